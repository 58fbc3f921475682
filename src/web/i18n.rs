//! The words of the interface in each language, from Project Fluent files
//! (`templates/locales/{en,es}/*.ftl`, compiled into the program). Plural
//! and gender forms are the files' business: a message picks its form
//! from the values it is given.
//!
//! Templates and views ask a [`Tr`] for a message by its id, with named
//! values: `tr.t("nav-explore")`, `tr.t1("pay-in", "state", name)`. Every
//! id exists in every language (a test holds it), so a missing message is
//! a bug; it shows its id rather than nothing.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Lang;

/// The Fluent files of one language: (file name, text).
type Files = &'static [(&'static str, &'static str)];

macro_rules! ftl {
    ($lang:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/locales/", $lang, "/", $name)))),*]
    };
}

/// The files, the same names in each language.
const ENGLISH: Files = ftl!("en": "site.ftl", "words.ftl", "shared.ftl", "overview.ftl", "pay.ftl", "training.ftl", "lists.ftl");
const SPANISH: Files = ftl!("es": "site.ftl", "words.ftl", "shared.ftl", "overview.ftl", "pay.ftl", "training.ftl", "lists.ftl");

/// The bundles, made once. A file that does not parse, or a message
/// defined twice, stops the program at its first page with the file and
/// the error; the tests load every bundle, so that never reaches a
/// release.
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| [bundle(Lang::En, ENGLISH), bundle(Lang::Es, SPANISH)]);

fn bundle(lang: Lang, files: Files) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|e| panic!("language tag {lang}: {e:?}"));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The pages are HTML with their own `lang`; Unicode isolation marks
    // around each value would only show up in copied text.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = FluentResource::try_new((*text).to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{name}: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{lang}/{name}: {errors:?}"));
    }
    bundle
}

/// The ids of every message of `lang`, for the tests.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let files = match lang {
        Lang::En => ENGLISH,
        Lang::Es => SPANISH,
    };
    let mut ids = Vec::new();
    for (_, text) in files {
        if let Ok(resource) = FluentResource::try_new((*text).to_string()) {
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    ids
}

/// A value given to a message: text, or a number (which also chooses a
/// plural form).
pub trait Arg {
    /// The value as Fluent takes it.
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'_> {
        (**self).value()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(i64, i32, u16, u32, u64, usize, f64);

/// A request's language: Spanish under `/es`, English elsewhere. Never
/// fails: every address is in one language.
impl actix_web::FromRequest for Lang {
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &actix_web::HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(crate::web::urls::lang_of(req.path())))
    }
}

/// The messages of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr {
    /// The language.
    pub lang: Lang,
}

impl Tr {
    /// The messages of `lang`.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = &BUNDLES[match self.lang {
            Lang::En => 0,
            Lang::Es => 1,
        }];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(lang = %self.lang, id, "no such message");
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(lang = %self.lang, id, ?errors, "message formatted with errors");
        }
        text.into_owned()
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with the value `v` named `k`.
    pub fn t1(&self, id: &str, k: &str, v: impl Arg) -> String {
        let mut args = FluentArgs::new();
        args.set(k.to_string(), v.value());
        self.format(id, Some(&args))
    }

    /// The message `id` with two named values.
    pub fn t2(&self, id: &str, k1: &str, v1: impl Arg, k2: &str, v2: impl Arg) -> String {
        let mut args = FluentArgs::new();
        args.set(k1.to_string(), v1.value());
        args.set(k2.to_string(), v2.value());
        self.format(id, Some(&args))
    }

    /// The message `id` with any number of named text values.
    pub fn tn(&self, id: &str, values: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (k, v) in values {
            args.set(k.to_string(), FluentValue::from(v.as_str()));
        }
        self.format(id, Some(&args))
    }

    /// The message `id` with three named values.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        id: &str,
        k1: &str,
        v1: impl Arg,
        k2: &str,
        v2: impl Arg,
        k3: &str,
        v3: impl Arg,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(k1.to_string(), v1.value());
        args.set(k2.to_string(), v2.value());
        args.set(k3.to_string(), v3.value());
        self.format(id, Some(&args))
    }

    /// The message `id` as HTML, its values already HTML (links, say):
    /// the message's own text is escaped, the values are not. For a
    /// sentence with a link in it, so that translators keep the sentence
    /// whole. Make the values with [`link`] and [`code`].
    pub fn html(&self, id: &str, values: &[(&str, String)]) -> String {
        // Each value goes in as a marker that no message contains, the
        // text is escaped, then the markers become the values.
        let mut args = FluentArgs::new();
        let markers: Vec<String> = (0..values.len())
            .map(|i| format!("\u{E000}{i}\u{E001}"))
            .collect();
        for ((k, _), marker) in values.iter().zip(&markers) {
            args.set(k.to_string(), FluentValue::from(marker.as_str()));
        }
        let mut out = escape(&self.format(id, Some(&args)));
        for ((_, v), marker) in values.iter().zip(&markers) {
            out = out.replace(marker.as_str(), v);
        }
        out
    }
}

/// A link to `href` reading `text`, as HTML for [`Tr::html`].
pub fn link(href: impl AsRef<str>, text: impl AsRef<str>) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape(href.as_ref()),
        escape(text.as_ref())
    )
}

/// `text` as a date for machines too (`iso` is YYYY-MM-DD), as HTML for
/// [`Tr::html`].
pub fn time(iso: impl AsRef<str>, text: impl AsRef<str>) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        escape(iso.as_ref()),
        escape(text.as_ref())
    )
}

/// `text` as code, as HTML for [`Tr::html`].
pub fn code(text: impl AsRef<str>) -> String {
    format!("<code>{}</code>", escape(text.as_ref()))
}

/// The title of a work (a dataset, a document), as HTML for [`Tr::html`]:
/// it stays as published, in any language.
pub fn cite(title: impl AsRef<str>) -> String {
    format!("<cite>{}</cite>", escape(title.as_ref()))
}

/// `plain` escaped, as HTML for [`Tr::html`] (and for attribute values).
pub fn text(plain: impl AsRef<str>) -> String {
    escape(plain.as_ref())
}

/// `text` escaped for HTML text and attribute values, exactly as the
/// templates escape what they print.
fn escape(text: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Writing to a String cannot fail.
    let _ = askama::filters::Html.write_escaped_str(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_in_every_language() {
        let mut en = message_ids(Lang::En);
        let mut es = message_ids(Lang::Es);
        en.sort();
        es.sort();
        let missing_es: Vec<_> = en.iter().filter(|id| !es.contains(id)).collect();
        let missing_en: Vec<_> = es.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing_es.is_empty(), "no Spanish for {missing_es:?}");
        assert!(missing_en.is_empty(), "no English for {missing_en:?}");
        // Both bundles load (a file that does not parse panics here).
        assert!(!BUNDLES[0].has_message("no-such-message"));
    }

    #[test]
    fn html_messages_escape_their_text_not_their_values() {
        let tr = Tr::new(Lang::En);
        let out = tr.html("error-check-parameter", &[("parameter", code("<b>="))]);
        assert_eq!(
            out,
            "Check <code>&#60;b&#62;=</code> in the address, or leave it out."
        );
        assert_eq!(
            link("/a?b=1&c=2", "A & B"),
            "<a href=\"/a?b=1&#38;c=2\">A &#38; B</a>"
        );
    }
}
