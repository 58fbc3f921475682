//! The listed and hand-written sections of a career (what the work is
//! like, duties, skills, settings, hours, trends), each with the numbers
//! of its sources.

use crate::db::read::{SectionSources, Trend};
use crate::web::i18n::{self, Tr, link};
use crate::web::page::Citer;

/// A section of a career: its paragraphs or items, and its sources.
#[derive(Debug, Clone)]
pub struct CitedList {
    /// The paragraphs or items.
    pub items: Vec<String>,
    /// Source numbers of the section.
    pub cites: Vec<usize>,
}

impl CitedList {
    /// Section `name` of a career, showing `items` and citing the sources
    /// `sections` gives it.
    pub fn new(
        items: Vec<String>,
        sections: &SectionSources,
        name: &str,
        citer: &mut Citer,
    ) -> Self {
        Self {
            cites: citer.cite_section(sections, name),
            items,
        }
    }
}

/// A trend, ready to show.
#[derive(Debug, Clone)]
pub struct TrendView {
    /// Heading.
    pub title: String,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

impl TrendView {
    /// Every trend of a career, citing their sources.
    pub fn all(trends: &[Trend], citer: &mut Citer) -> Vec<Self> {
        trends
            .iter()
            .map(|t| Self {
                title: t.title.clone(),
                text: t.text.clone(),
                cite: citer.cite(&t.source),
            })
            .collect()
    }
}

/// How a list of three or more ends: "a, b and c" or "a, b or c".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListEnd {
    /// "and".
    And,
    /// "or".
    Or,
}

/// The sound a word starts with, for the languages whose "and" or "or"
/// changes before it (Spanish "y" becomes "e" before an "i" sound, "o"
/// becomes "u" before an "o" sound): "i", "o" or "other". The messages
/// `ov-and` and `ov-or` choose their word by it.
fn sound(next: &str) -> &'static str {
    let start: Vec<char> = next
        .trim_start()
        .chars()
        .take(3)
        .flat_map(char::to_lowercase)
        .collect();
    let vowel = |c: Option<&char>| matches!(c, Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú'));
    match start.as_slice() {
        ['i' | 'í', rest @ ..] | ['h', 'i' | 'í', rest @ ..] if !vowel(rest.first()) => "i",
        ['o' | 'ó', ..] | ['h', 'o' | 'ó', ..] => "o",
        _ => "other",
    }
}

/// The word that ends a list before `last`, in `tr`'s language.
fn conjunction(tr: Tr, end: ListEnd, last: &str) -> String {
    let id = match end {
        ListEnd::And => "ov-and",
        ListEnd::Or => "ov-or",
    };
    tr.t1(id, "sound", sound(last))
}

/// `a`, `a and b`, `a, b and c` (or `or`), in `tr`'s language.
pub fn list(tr: Tr, items: &[String], end: ListEnd) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), conjunction(tr, end, last)),
    }
}

/// (name, address) pairs as links in a list joined by "and", as HTML for
/// a sentence made with [`Tr::html`].
pub fn link_list<N: AsRef<str>, H: AsRef<str>>(tr: Tr, items: &[(N, H)]) -> String {
    let links: Vec<String> = items.iter().map(|(name, href)| link(href, name)).collect();
    match (links.as_slice(), items.last()) {
        ([], _) | (_, None) => String::new(),
        ([a], _) => a.clone(),
        ([rest @ .., last], Some((name, _))) => format!(
            "{} {} {last}",
            rest.join(", "),
            i18n::text(conjunction(tr, ListEnd::And, name.as_ref()))
        ),
    }
}

/// The mark of a hot technology, as HTML for a sentence made with
/// [`Tr::html`].
pub fn hot_mark(tr: Tr) -> String {
    format!(
        "<strong class=\"hot\">{}</strong>",
        i18n::text(tr.t("hot-technology"))
    )
}

/// `text` in a `<span class>`, as HTML for a sentence made with
/// [`Tr::html`].
pub fn span(class: &str, text: &str) -> String {
    format!(
        "<span class=\"{}\">{}</span>",
        i18n::text(class),
        i18n::text(text)
    )
}

/// Message `id` with any number of text values, as HTML (its text and
/// its values escaped): for sentences with more values than [`Tr::t3`]
/// takes. Values choose no plural form here: choose it first, with a
/// message of its own.
pub fn sentence(tr: Tr, id: &str, values: &[(&str, &str)]) -> String {
    let values: Vec<(&str, String)> = values.iter().map(|(k, v)| (*k, i18n::text(v))).collect();
    tr.html(id, &values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn lists_end_with_the_right_word() {
        let en = Tr::new(Lang::En);
        let es = Tr::new(Lang::Es);
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            list(en, &items(&["a", "b", "c"]), ListEnd::And),
            "a, b and c"
        );
        assert_eq!(list(en, &items(&["a", "b"]), ListEnd::Or), "a or b");
        assert_eq!(
            list(es, &items(&["Social", "Investigador"]), ListEnd::And),
            "Social e Investigador"
        );
        assert_eq!(
            list(es, &items(&["Social", "hierro"]), ListEnd::And),
            "Social y hierro"
        );
        assert_eq!(
            list(es, &items(&["A", "B", "Ohio"]), ListEnd::Or),
            "A, B u Ohio"
        );
        assert_eq!(list(es, &items(&["A", "Texas"]), ListEnd::Or), "A o Texas");
        assert_eq!(
            link_list(en, &[("A & B", "/a"), ("C", "/c")]),
            "<a href=\"/a\">A &#38; B</a> and <a href=\"/c\">C</a>"
        );
    }
}
