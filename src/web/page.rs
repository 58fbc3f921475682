//! What every page's template needs besides its own data: the head
//! (title, description, address), the breadcrumb, the career section
//! navigation and the numbered list of sources cited on the page.

use std::collections::HashMap;
use std::sync::Arc;

use crate::db::read::{Career, FigureDate, SectionSources, Source};
use crate::domain::Lang;
use crate::web::assets::Assets;
use crate::web::error::AppError;
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::params::PageNumber;
use crate::web::state::AppState;
use crate::web::urls::{self, CareerUrls, Section};

/// Items on one page of every list (careers, schools, the API's lists).
pub const PER_PAGE: i64 = 50;

/// Title, description and address of a page, for `<head>`, and the static
/// files its layout links to.
#[derive(Debug, Clone)]
pub struct PageMeta {
    /// The page's own title (the site name is added by the layout).
    pub title: String,
    /// One or two sentences for search results and link previews.
    pub description: String,
    /// The page's canonical absolute address, with only the query
    /// parameters that change what it shows; empty for error pages.
    pub url: String,
    /// The static files, for their fingerprinted addresses.
    pub assets: Arc<Assets>,
    /// The page's language.
    pub lang: Lang,
    /// Its messages.
    pub tr: Tr,
    /// The same page in each language the site speaks, absolute, for
    /// `hreflang` links; empty for error pages and an English-only site.
    pub alternates: Vec<(Lang, String)>,
    /// The same page in the other language, for the switch at the top of
    /// the page, when the site speaks it.
    pub switch: Option<(Lang, String)>,
}

impl PageMeta {
    /// Makes this the head of a page shown at `address`, which carries more of
    /// the query than its canonical address (the state on a training
    /// page, say): the switch to the other language keeps all of it.
    pub fn show_at(&mut self, address: &str) {
        if let Some((other, href)) = &mut self.switch {
            *href = urls::in_lang(address, *other);
        }
    }

    /// The page's language (for templates, which pass fields by
    /// reference).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The page's messages (for templates, which pass fields by
    /// reference).
    pub fn tr(&self) -> Tr {
        self.tr
    }

    /// The fingerprinted address of a static file (`css/site.css`).
    pub fn asset(&self, path: &str) -> String {
        urls::static_file(self.assets.name(path))
    }

    /// A `mailto:` link whose subject is the page title and whose body is
    /// the page's address (RFC 6068: spaces as %20).
    pub fn mailto(&self) -> String {
        use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
        format!(
            "mailto:?subject={}&body={}",
            utf8_percent_encode(&format!("{} · Career Guide", self.title), NON_ALPHANUMERIC),
            utf8_percent_encode(&self.url, NON_ALPHANUMERIC)
        )
    }
}

/// One step of a breadcrumb trail; the last step is the current page.
#[derive(Debug, Clone)]
pub struct Crumb {
    /// Link text.
    pub label: String,
    /// Address.
    pub href: String,
}

/// A link in the career section navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    /// Link text.
    pub label: String,
    /// Address.
    pub href: String,
    /// True for the page being shown.
    pub current: bool,
}

/// A source as listed at the foot of a page.
#[derive(Debug, Clone)]
pub struct CitedSource {
    /// Its number on this page, from 1.
    pub number: usize,
    /// Its id.
    pub id: String,
    /// True for a dataset, credited on the page about the data.
    pub dataset: bool,
    /// Who produced the facts.
    pub publisher: String,
    /// Where we read them.
    pub reported_in: String,
    /// A note for readers.
    pub note: Option<String>,
}

/// Numbers sources in the order a page first cites them.
#[derive(Debug)]
pub struct Citer {
    tr: Tr,
    known: HashMap<String, Source>,
    numbers: HashMap<String, usize>,
    cited: Vec<CitedSource>,
}

impl Citer {
    /// A citer over every known source, for a page in `lang`.
    pub fn new(lang: Lang, sources: &[Source]) -> Self {
        Self {
            tr: Tr::new(lang),
            known: sources.iter().map(|s| (s.id.clone(), s.clone())).collect(),
            numbers: HashMap::new(),
            cited: Vec::new(),
        }
    }

    /// The messages of the page's language (every section builder that
    /// cites has the citer, so it has the language too).
    pub fn tr(&self) -> Tr {
        self.tr
    }

    /// The number of source `id` on this page, giving it the next number the
    /// first time it is cited.
    pub fn cite(&mut self, id: &str) -> usize {
        if let Some(n) = self.numbers.get(id) {
            return *n;
        }
        let number = self.cited.len() + 1;
        let (publisher, reported_in, note, dataset) = match self.known.get(id) {
            Some(s) => (
                s.publisher.clone(),
                s.reported_in.clone(),
                s.note.clone(),
                s.dataset,
            ),
            // The build checks every reference, so this cannot happen with a
            // database built by this program; say so rather than hide it.
            None => (format!("Unknown source `{id}`"), String::new(), None, false),
        };
        self.numbers.insert(id.to_string(), number);
        self.cited.push(CitedSource {
            number,
            id: id.to_string(),
            dataset,
            publisher,
            reported_in,
            note,
        });
        number
    }

    /// The numbers of several sources, without repeats.
    pub fn cite_all(&mut self, ids: &[String]) -> Vec<usize> {
        let mut numbers: Vec<usize> = ids.iter().map(|id| self.cite(id)).collect();
        numbers.dedup();
        numbers
    }

    /// The numbers of the sources behind section `name` of a career (see
    /// [`SectionSources`]), without repeats; none when it has no sources.
    pub fn cite_section(&mut self, sections: &SectionSources, name: &str) -> Vec<usize> {
        sections
            .get(name)
            .map(|ids| self.cite_all(ids))
            .unwrap_or_default()
    }

    /// The sources cited so far, in number order.
    pub fn finish(self) -> Vec<CitedSource> {
        self.cited
    }
}

/// A figure ready to show: the value, when it dates from and its source.
#[derive(Debug, Clone)]
pub struct Figure {
    /// The formatted value (`$40,350`).
    pub value: String,
    /// When it dates from (`May 2018`, `c. 2008`).
    pub when: String,
    /// True when the source does not print the year.
    pub estimated: bool,
    /// Number of its source on the page.
    pub cite: usize,
}

impl Figure {
    /// Formats `value` with its date and cites `source`.
    pub fn new(value: String, date: &FigureDate, source: &str, citer: &mut Citer) -> Self {
        Self {
            value,
            when: format::date(citer.tr(), date),
            estimated: date.estimated,
            cite: citer.cite(source),
        }
    }
}

/// The parts shared by the pages of a career.
#[derive(Debug, Clone)]
pub struct CareerFrame {
    /// The page's language.
    pub lang: Lang,
    /// Which page this is.
    pub section: Section,
    /// Career title.
    pub title: String,
    /// Career slug.
    pub slug: String,
    /// The addresses of the career's pages.
    pub urls: CareerUrls,
    /// True for a hand-written career.
    pub handwritten: bool,
    /// Breadcrumb trail, ending with this page.
    pub crumbs: Vec<Crumb>,
    /// Section navigation.
    pub nav: Vec<NavLink>,
    /// When the facts were checked, in words.
    pub data_as_of: String,
    /// Same date as YYYY-MM-DD, for `<time datetime>`.
    pub data_as_of_iso: String,
    /// A comparison that starts with this career, in the chosen state.
    pub compare_href: String,
}

impl CareerFrame {
    /// The frame of section `current` of `career`, its links carrying the
    /// reader's chosen `state`.
    pub fn new(lang: Lang, career: &Career, current: Section, state: Option<&str>) -> Self {
        let tr = Tr::new(lang);
        let urls = urls::career(lang, &career.slug).in_state(state);
        let mut crumbs = vec![Crumb {
            label: tr.t("crumb-careers"),
            href: urls::home(lang, PageNumber::default()),
        }];
        if let Some(g) = &career.group {
            crumbs.push(Crumb {
                label: g.title.clone(),
                href: urls::group(lang, &g.slug),
            });
        }
        crumbs.push(Crumb {
            label: career.title.clone(),
            href: urls.overview(),
        });
        if current != Section::Overview {
            crumbs.push(Crumb {
                label: current.label(tr),
                href: urls.section(current),
            });
        }
        Self {
            lang,
            section: current,
            title: career.title.clone(),
            slug: career.slug.clone(),
            crumbs,
            nav: Section::NAV
                .iter()
                .map(|s| NavLink {
                    label: s.label(tr),
                    href: urls.section(*s),
                    current: *s == current,
                })
                .collect(),
            compare_href: urls::compare(lang, std::slice::from_ref(&career.slug), state),
            urls,
            handwritten: career.text.is_some(),
            data_as_of: format::long_date_in(lang, &career.data_as_of),
            data_as_of_iso: career.data_as_of.clone(),
        }
    }

    /// Who the career is about, in the plural, for sentences: hand-written
    /// titles are singular ("Medical Coder" gives "medical coders"), BLS
    /// titles already plural ("Registered Nurses").
    pub fn people(&self) -> String {
        let t = self.title.to_lowercase();
        if !self.handwritten || t.ends_with('s') {
            return t;
        }
        match self.lang {
            Lang::En => format!("{t}s"),
            // Spanish makes each word plural ("codificador médico" gives
            // "codificadores médicos").
            Lang::Es => t
                .split(' ')
                .map(|w| match w.chars().last() {
                    Some('a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'ó') => format!("{w}s"),
                    Some(_) => format!("{w}es"),
                    None => String::new(),
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The title of this page.
    pub fn page_title(&self) -> String {
        let tr = Tr::new(self.lang);
        match self.section {
            Section::Overview => tr.t1("page-title-overview", "title", &self.title),
            other => tr.t2(
                "page-title-section",
                "title",
                &self.title,
                "section",
                other.label(tr).to_lowercase(),
            ),
        }
    }
}

/// Splits prose into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A link in a pagination bar.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// Page number, from 1; `None` for a gap ("…").
    pub number: Option<i64>,
    /// Address of that page.
    pub href: String,
    /// True for the page shown.
    pub current: bool,
}

/// Pagination of a list into numbered pages with shareable addresses.
#[derive(Debug, Clone)]
pub struct Pager {
    /// The page shown, from 1.
    pub page: i64,
    /// Number of pages (at least 1).
    pub pages: i64,
    /// Items in all.
    pub total: i64,
    /// Index of the first item shown, from 1.
    pub first: i64,
    /// Index of the last item shown.
    pub last: i64,
    /// Link to the previous page.
    pub prev: Option<String>,
    /// Link to the next page.
    pub next: Option<String>,
    /// Links to pages near this one, the first and the last.
    pub links: Vec<PageLink>,
}

impl Pager {
    /// Where the page is in the list, in words: "Showing 1 to 25 of
    /// 3,580. Page 1 of 144."
    pub fn summary(&self, tr: impl std::borrow::Borrow<Tr>) -> String {
        let tr = tr.borrow();
        let shown = tr.t3(
            "pager-shown",
            "first",
            format::number(self.first),
            "last",
            format::number(self.last),
            "total",
            format::number(self.total),
        );
        let page = tr.t2(
            "pager-page",
            "page",
            format::number(self.page),
            "pages",
            format::number(self.pages),
        );
        format!("{shown} {page}")
    }

    /// Pages `total` items [`PER_PAGE`] at a time; `href(n)` is the
    /// address of page `n`. A page past the last is a 404 that says how
    /// many pages `what` ("the career list") has.
    pub fn new(
        page: PageNumber,
        total: i64,
        what: &str,
        href: impl Fn(PageNumber) -> String,
    ) -> Result<Self, AppError> {
        Self::sized(page, total, PER_PAGE, what, href)
    }

    /// The same, `per_page` items at a time.
    pub fn sized(
        page: PageNumber,
        total: i64,
        per_page: i64,
        what: &str,
        href: impl Fn(PageNumber) -> String,
    ) -> Result<Self, AppError> {
        let pages = page_count(total, per_page);
        let page = page.get();
        if page > pages {
            return Err(AppError::NotFound(format!(
                "There is no page {page} of {what}: it has {pages} {}.",
                if pages == 1 { "page" } else { "pages" }
            )));
        }
        let href = |n: i64| href(PageNumber::new(n));
        let mut links = Vec::new();
        let mut last_shown = 0;
        for n in 1..=pages {
            if n == 1 || n == pages || (n - page).abs() <= 2 {
                if n > last_shown + 1 {
                    links.push(PageLink {
                        number: None,
                        href: String::new(),
                        current: false,
                    });
                }
                links.push(PageLink {
                    number: Some(n),
                    href: href(n),
                    current: n == page,
                });
                last_shown = n;
            }
        }
        Ok(Self {
            page,
            pages,
            total,
            first: ((page - 1) * per_page + 1).min(total),
            last: (page * per_page).min(total),
            prev: (page > 1).then(|| href(page - 1)),
            next: (page < pages).then(|| href(page + 1)),
            links,
        })
    }

    /// Offset of the first item of `page`, for SQL.
    pub fn offset(page: PageNumber) -> i64 {
        Self::offset_sized(page, PER_PAGE)
    }

    /// The same, `per_page` items at a time.
    pub fn offset_sized(page: PageNumber, per_page: i64) -> i64 {
        (page.get() - 1) * per_page
    }
}

/// Number of pages for `total` items, `per_page` at a time (at least 1).
fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page).max(1)
}

/// The heads of pages, made from what every worker shares.
impl AppState {
    /// The head of a page at `path` (relative) with its title and
    /// description.
    pub fn meta(&self, title: String, description: String, path: &str) -> PageMeta {
        let lang = urls::lang_of(path);
        let bilingual = self.speaks(Lang::Es);
        let alternates = if bilingual {
            Lang::ALL
                .into_iter()
                .map(|l| (l, self.url(&urls::in_lang(path, l))))
                .collect()
        } else {
            Vec::new()
        };
        PageMeta {
            title,
            description,
            url: self.url(path),
            assets: self.assets().clone(),
            lang,
            tr: Tr::new(lang),
            alternates,
            switch: bilingual.then(|| (lang.other(), urls::in_lang(path, lang.other()))),
        }
    }

    /// The head of an error page at `path` (the address asked for): no
    /// canonical address, and the same address in the other language.
    pub fn error_meta(&self, title: &str, description: String, path: &str) -> PageMeta {
        let lang = urls::lang_of(path);
        PageMeta {
            title: title.to_string(),
            description,
            url: String::new(),
            assets: self.assets().clone(),
            lang,
            tr: Tr::new(lang),
            alternates: Vec::new(),
            switch: self
                .speaks(Lang::Es)
                .then(|| (lang.other(), urls::in_lang(path, lang.other()))),
        }
    }
}
