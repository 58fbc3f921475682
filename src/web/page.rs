//! What every page's template needs besides its own data: the head
//! (title, description, address), the breadcrumb, the career section
//! navigation and the numbered list of sources cited on the page.

use std::collections::HashMap;

use crate::db::models::{Career, FigureDate, SectionSources, Source};
use crate::web::format;

/// Title, description and address of a page, for `<head>`.
#[derive(Debug, Clone)]
pub struct PageMeta {
    /// The page's own title (the site name is added by the layout).
    pub title: String,
    /// One or two sentences for search results and link previews.
    pub description: String,
    /// The page's canonical absolute address, with only the query
    /// parameters that change what it shows; empty for error pages.
    pub url: String,
}

impl PageMeta {
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

/// The four pages of a career, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `/careers/{slug}`.
    Overview,
    /// `/careers/{slug}/training`.
    Training,
    /// `/careers/{slug}/salary`.
    Salary,
    /// `/careers/{slug}/outlook`.
    Outlook,
    /// `/careers/{slug}/sheet`, the printable one-page summary (not in the
    /// section navigation).
    Sheet,
}

impl Section {
    /// The sections in the navigation, in order.
    pub const ALL: [Section; 4] = [
        Section::Overview,
        Section::Training,
        Section::Salary,
        Section::Outlook,
    ];

    /// Name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Section::Overview => "Overview",
            Section::Training => "Training & schools",
            Section::Salary => "Salary",
            Section::Outlook => "Job outlook",
            Section::Sheet => "Career sheet",
        }
    }

    /// Address of this section for a career.
    pub fn href(self, slug: &str) -> String {
        match self {
            Section::Overview => format!("/careers/{slug}"),
            Section::Training => format!("/careers/{slug}/training"),
            Section::Salary => format!("/careers/{slug}/salary"),
            Section::Outlook => format!("/careers/{slug}/outlook"),
            Section::Sheet => format!("/careers/{slug}/sheet"),
        }
    }
}

/// A link in the career section navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    /// Link text.
    pub label: &'static str,
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
    known: HashMap<String, Source>,
    numbers: HashMap<String, usize>,
    cited: Vec<CitedSource>,
}

impl Citer {
    /// A citer over every known source.
    pub fn new(sources: &[Source]) -> Self {
        Self {
            known: sources.iter().map(|s| (s.id.clone(), s.clone())).collect(),
            numbers: HashMap::new(),
            cited: Vec::new(),
        }
    }

    /// The number of source `id` on this page, giving it the next number the
    /// first time it is cited.
    pub fn cite(&mut self, id: &str) -> usize {
        if let Some(n) = self.numbers.get(id) {
            return *n;
        }
        let number = self.cited.len() + 1;
        let (publisher, reported_in, note) = match self.known.get(id) {
            Some(s) => (s.publisher.clone(), s.reported_in.clone(), s.note.clone()),
            // The build checks every reference, so this cannot happen with a
            // database built by this program; say so rather than hide it.
            None => (format!("Unknown source `{id}`"), String::new(), None),
        };
        self.numbers.insert(id.to_string(), number);
        self.cited.push(CitedSource {
            number,
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
            when: format::date(date),
            estimated: date.estimated,
            cite: citer.cite(source),
        }
    }
}

/// The parts shared by the four pages of a career.
#[derive(Debug, Clone)]
pub struct CareerFrame {
    /// Which page this is.
    pub section: Section,
    /// Career title.
    pub title: String,
    /// Career slug.
    pub slug: String,
    /// Breadcrumb trail, ending with this page.
    pub crumbs: Vec<Crumb>,
    /// Section navigation.
    pub nav: Vec<NavLink>,
    /// When the facts were checked, in words.
    pub data_as_of: String,
    /// Same date as YYYY-MM-DD, for `<time datetime>`.
    pub data_as_of_iso: String,
}

impl CareerFrame {
    /// The path of this page, without a query.
    pub fn path(&self) -> String {
        self.section.href(&self.slug)
    }

    /// The head of this page, with `description` and canonical `url`.
    pub fn meta(&self, description: String, url: String) -> PageMeta {
        let title = match self.section {
            Section::Overview => format!("{}: what the job is like", self.title),
            other => format!("{}: {}", self.title, other.label().to_lowercase()),
        };
        PageMeta {
            title,
            description,
            url,
        }
    }

    /// The frame of section `current` of `career`.
    pub fn new(career: &Career, current: Section) -> Self {
        let mut crumbs = vec![
            Crumb {
                label: "Careers".to_string(),
                href: "/".to_string(),
            },
            Crumb {
                label: career.title.clone(),
                href: Section::Overview.href(&career.slug),
            },
        ];
        if current != Section::Overview {
            crumbs.push(Crumb {
                label: current.label().to_string(),
                href: current.href(&career.slug),
            });
        }
        Self {
            section: current,
            title: career.title.clone(),
            slug: career.slug.clone(),
            crumbs,
            nav: Section::ALL
                .iter()
                .map(|s| NavLink {
                    label: s.label(),
                    href: s.href(&career.slug),
                    current: *s == current,
                })
                .collect(),
            data_as_of: format::long_date(&career.data_as_of),
            data_as_of_iso: career.data_as_of.clone(),
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
    /// Pages `total` items `per_page` at a time; `href(n)` is the address
    /// of page `n`.
    pub fn new(page: i64, total: i64, per_page: i64, href: impl Fn(i64) -> String) -> Self {
        let pages = page_count(total, per_page);
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
        Self {
            page,
            pages,
            total,
            first: ((page - 1) * per_page + 1).min(total),
            last: (page * per_page).min(total),
            prev: (page > 1).then(|| href(page - 1)),
            next: (page < pages).then(|| href(page + 1)),
            links,
        }
    }

    /// Offset of the first item of the page, for SQL.
    pub fn offset(page: i64, per_page: i64) -> i64 {
        (page - 1) * per_page
    }
}

/// Number of pages for `total` items, `per_page` at a time (at least 1).
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page).max(1)
}

/// A 404 that says how many pages there are when `page` is past the last
/// of `pages` pages of `what` ("the career list").
pub fn check_page_exists(page: i64, pages: i64, what: &str) -> Result<(), crate::web::AppError> {
    if page <= pages {
        return Ok(());
    }
    Err(crate::web::AppError::NotFound(format!(
        "There is no page {page} of {what}: it has {pages} {}.",
        if pages == 1 { "page" } else { "pages" }
    )))
}

/// Reads `?page=`: absent or blank is page 1; anything but a whole number
/// from 1 to 100,000 is a 400 that says so.
pub fn parse_page(raw: Option<&str>) -> Result<i64, crate::web::AppError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(1),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=100_000).contains(n))
            .ok_or_else(|| {
                let shown: String = s.chars().take(20).collect();
                crate::web::AppError::BadRequest(format!(
                    "“{shown}” is not a page number. Pages are numbered from 1."
                ))
            }),
    }
}
