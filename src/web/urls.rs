//! Every internal address of the site, made in one place.
//!
//! Templates, handlers, the API, the sitemap, structured data, QR codes,
//! redirects, search results and the page cache's keys all ask this module
//! for addresses; nothing else writes a path of the site by hand. Addresses
//! are relative (`/careers/medical-coder`); `AppState::url` makes them
//! absolute for canonical links. Query parameters come in a fixed order and
//! only when they differ from the default, so one page has one address.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::db::read::{Credential, ExploreSort};
use crate::domain::{Interest, Lang};
use crate::web::i18n::Tr;
use crate::web::params::{
    CitySort, ExploreChoice, InterestChoice, PageNumber, ProgramChoice, ProgramSortParam,
    SearchGroup, SortKey, StateOrder, Table,
};

/// Where the JSON API lives; errors under it are JSON.
pub const API_PREFIX: &str = "/api/";

/// Bytes escaped in a path segment (a slug from a request may hold
/// anything; the seed's own slugs never need it).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'\\')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// An address under construction: a path, then query parameters.
struct Href(String);

impl Href {
    fn new(path: impl Into<String>) -> Self {
        Self(path.into())
    }

    /// The page at `path` (an English path) in `lang`'s edition.
    /// The home page of a language other than English is its prefix
    /// alone (`/es`), as no address of the site ends with a slash.
    fn at(lang: Lang, path: &str) -> Self {
        let prefix = lang.prefix();
        match path.strip_prefix('/') {
            Some(rest)
                if !prefix.is_empty() && (rest.is_empty() || rest.starts_with(['?', '#'])) =>
            {
                Self(format!("{prefix}{rest}"))
            }
            _ => Self(format!("{prefix}{path}")),
        }
    }

    /// Adds `name=value`, the value form-encoded.
    fn param(mut self, name: &str, value: &str) -> Self {
        self.0.push(if self.0.contains('?') { '&' } else { '?' });
        self.0.push_str(name);
        self.0.push('=');
        self.0
            .extend(form_urlencoded::byte_serialize(value.as_bytes()));
        self
    }

    /// Adds `name=value` when there is a value.
    fn param_opt(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.param(name, v),
            None => self,
        }
    }

    /// Adds `?page=n` unless it is the first page.
    fn page(self, page: PageNumber) -> Self {
        if page.is_first() {
            self
        } else {
            self.param("page", &page.get().to_string())
        }
    }

    /// Ends the address with `#id`.
    fn anchor(mut self, id: &str) -> String {
        self.0.push('#');
        self.0.push_str(id);
        self.0
    }

    fn finish(self) -> String {
        self.0
    }
}

/// The pages of a career, in navigation order.
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
    pub const NAV: [Section; 4] = [
        Section::Overview,
        Section::Training,
        Section::Salary,
        Section::Outlook,
    ];

    /// Every page of a career: the navigation and the sheet.
    pub const ALL: [Section; 5] = [
        Section::Overview,
        Section::Training,
        Section::Salary,
        Section::Outlook,
        Section::Sheet,
    ];

    /// Name in the navigation, in `tr`'s language.
    pub fn label(self, tr: impl std::borrow::Borrow<Tr>) -> String {
        tr.borrow().t(&format!("section-{}", self.key()))
    }

    /// The name stored for it in the database (the search index).
    pub fn key(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Training => "training",
            Section::Salary => "salary",
            Section::Outlook => "outlook",
            Section::Sheet => "sheet",
        }
    }

    /// The section stored as `key`; the overview for anything else.
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(Section::Overview)
    }

    /// The last path segment after the slug, if any.
    fn segment(self) -> Option<&'static str> {
        match self {
            Section::Overview => None,
            other => Some(other.key()),
        }
    }
}

/// One page of a career: a section, or a table as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareerPage {
    /// A section page.
    Section(Section),
    /// A table as CSV.
    Csv(Table),
}

/// The addresses of one career's pages. Made `in_state`, every page
/// address carries the reader's chosen state (`?state=CT`), so the choice
/// follows them from page to page; CSV addresses never do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerUrls {
    /// `/careers/{slug}`, escaped.
    base: String,
    /// The chosen state, carried in every page address.
    state: Option<String>,
    /// The edition the addresses are in.
    lang: Lang,
}

/// What an address under `/careers/` asks for, read back from the
/// part after `/careers` (`/medical-coder/salary`): the reverse of
/// [`career`], so that the career pages are matched by comparing
/// segments rather than by a pattern per route. Segments are returned as
/// they came (still percent-encoded); `None` is no career page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareerPath<'a> {
    /// A section page of the career `slug`.
    Section(&'a str, Section),
    /// A table of the career `slug` as CSV, by the table's name
    /// (`/medical-coder/pay-by-state.csv`).
    Csv(&'a str, &'a str),
}

impl<'a> CareerPath<'a> {
    /// Reads `tail`, the address after `/careers`.
    pub fn read(tail: &'a str) -> Option<Self> {
        let rest = tail.strip_prefix('/')?;
        let (slug, page) = match rest.split_once('/') {
            None => (rest, None),
            Some((slug, page)) => (slug, Some(page)),
        };
        if slug.is_empty() {
            return None;
        }
        let Some(page) = page else {
            return Some(Self::Section(slug, Section::Overview));
        };
        if let Some(section) = Section::ALL.into_iter().find(|s| s.segment() == Some(page)) {
            return Some(Self::Section(slug, section));
        }
        match page.strip_suffix(".csv") {
            Some(table) if !table.is_empty() && !table.contains('/') => {
                Some(Self::Csv(slug, table))
            }
            _ => None,
        }
    }

    /// The career's slug, as it came.
    pub fn slug(self) -> &'a str {
        match self {
            Self::Section(slug, _) | Self::Csv(slug, _) => slug,
        }
    }
}

/// The addresses of the career `slug`.
pub fn career(lang: Lang, slug: &str) -> CareerUrls {
    let mut base = format!("{}/careers/", lang.prefix());
    base.extend(utf8_percent_encode(slug, SEGMENT));
    CareerUrls {
        base,
        state: None,
        lang,
    }
}

impl CareerUrls {
    /// The same addresses, each carrying `state` when there is one.
    pub fn in_state(mut self, state: Option<&str>) -> Self {
        self.state = state.map(str::to_string);
        self
    }

    /// The edition the addresses are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The chosen state, if any.
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// A page address: `path` and `href`'s parameters, then the state.
    fn done(&self, href: Href) -> String {
        href.param_opt("state", self.state.as_deref()).finish()
    }

    /// The same, ending with `#id`.
    fn done_at(&self, href: Href, id: &str) -> String {
        href.param_opt("state", self.state.as_deref()).anchor(id)
    }

    fn path(&self, section: Section) -> String {
        match section.segment() {
            None => self.base.clone(),
            Some(seg) => format!("{}/{seg}", self.base),
        }
    }

    /// The address of `page` (without the state: for redirects, which keep
    /// the query as it was).
    pub fn page(&self, page: CareerPage) -> String {
        match page {
            CareerPage::Section(s) => self.path(s),
            CareerPage::Csv(t) => self.csv(t),
        }
    }

    /// The address of a section.
    pub fn section(&self, section: Section) -> String {
        self.done(Href::new(self.path(section)))
    }

    /// A place on a section page (`#duties`).
    pub fn anchor(&self, section: Section, id: &str) -> String {
        self.done_at(Href::new(self.path(section)), id)
    }

    /// The overview.
    pub fn overview(&self) -> String {
        self.section(Section::Overview)
    }

    /// The training page.
    pub fn training(&self) -> String {
        self.section(Section::Training)
    }

    /// The salary page.
    pub fn salary(&self) -> String {
        self.section(Section::Salary)
    }

    /// The outlook page.
    pub fn outlook(&self) -> String {
        self.section(Section::Outlook)
    }

    /// The printable sheet.
    pub fn sheet(&self) -> String {
        self.section(Section::Sheet)
    }

    /// The training page with its schools in `town` (all towns for `None`).
    pub fn training_in(&self, town: Option<&str>) -> String {
        self.done(Href::new(self.path(Section::Training)).param_opt("town", town))
    }

    /// The schools table of the training page, in `town`.
    pub fn schools_in(&self, town: Option<&str>) -> String {
        self.done_at(
            Href::new(self.path(Section::Training)).param_opt("town", town),
            "schools",
        )
    }

    /// The training page's parts of the address: its schools' town and
    /// its programs' credential, order and page.
    fn training_href(&self, town: Option<&str>, programs: &ProgramChoice) -> Href {
        Href::new(self.path(Section::Training))
            .param_opt("town", town)
            .param_opt("credential", programs.credential.map(Credential::slug))
            .param_opt("sort", ProgramSortParam::key(programs.sort))
            .page(programs.page)
    }

    /// The training page as asked: its address, the page cache's key.
    pub fn training_as(&self, town: Option<&str>, programs: &ProgramChoice) -> String {
        self.done(self.training_href(town, programs))
    }

    /// The programs table of the training page, as `programs` asks.
    pub fn programs_at(&self, town: Option<&str>, programs: &ProgramChoice) -> String {
        self.done_at(self.training_href(town, programs), "programs")
    }

    /// Where the programs' state chooser sends its form (which carries
    /// the other choices itself).
    pub fn programs_form(&self) -> String {
        Href::new(self.path(Section::Training)).anchor("programs")
    }

    /// The programs as CSV: every page, in the chosen state.
    pub fn programs_csv(&self, programs: &ProgramChoice) -> String {
        self.done(
            Href::new(self.csv(Table::Programs))
                .param_opt("credential", programs.credential.map(Credential::slug))
                .param_opt("sort", ProgramSortParam::key(programs.sort)),
        )
    }

    /// The salary page as asked, sort key and all (the page cache's key).
    pub fn salary_as_asked(&self, sort: &SortKey, states: StateOrder) -> String {
        self.done(
            Href::new(self.path(Section::Salary))
                .param_opt("sort", sort.get())
                .param_opt("states", states.non_default()),
        )
    }

    /// The salary page's canonical address: the city table sorted by
    /// `sort` and the state table in `states`, defaults left out.
    pub fn salary_canonical(&self, sort: CitySort, states: StateOrder) -> String {
        self.done(
            sorted(Href::new(self.path(Section::Salary)), sort)
                .param_opt("states", states.non_default()),
        )
    }

    /// The state table of the salary page, in `order`.
    pub fn state_table(&self, order: StateOrder) -> String {
        self.done_at(
            Href::new(self.path(Section::Salary)).param("states", order.key()),
            "pay-by-state",
        )
    }

    /// The salary page showing pay in `state` (where on the page:
    /// `#pay-in-state`).
    pub fn salary_in(&self, state: &str) -> String {
        Href::new(self.path(Section::Salary))
            .param("state", state)
            .anchor("pay-in-state")
    }

    /// The city table of the salary page, sorted by `sort` (said even
    /// for the default, so the column heading's link is explicit).
    pub fn city_table_sorted(&self, sort: CitySort) -> String {
        self.done_at(
            Href::new(self.path(Section::Salary)).param("sort", &sort.key()),
            "salary-by-city",
        )
    }

    /// A table as CSV, unfiltered and in the default order.
    pub fn csv(&self, table: Table) -> String {
        format!("{}/{}.csv", self.base, table.name())
    }

    /// A table of one state as CSV.
    pub fn state_csv(&self, table: Table, state: &str) -> String {
        Href::new(self.csv(table)).param("state", state).finish()
    }

    /// The city table as CSV, sorted by `sort`.
    pub fn city_csv(&self, sort: CitySort) -> String {
        sorted(Href::new(self.csv(Table::SalaryByCity)), sort).finish()
    }

    /// The schools table as CSV, in `town`.
    pub fn schools_csv(&self, town: Option<&str>) -> String {
        Href::new(self.csv(Table::Schools))
            .param_opt("town", town)
            .finish()
    }
}

/// Adds `?sort=` unless the order is the default.
fn sorted(href: Href, sort: CitySort) -> Href {
    match sort {
        CitySort::City => href,
        other => href.param("sort", &other.key()),
    }
}

/// The home page: page `page` of the career list.
pub fn home(lang: Lang, page: PageNumber) -> String {
    Href::at(lang, "/").page(page).finish()
}

/// The search page, with results for `q` when it is not empty.
pub fn search(lang: Lang, q: &str) -> String {
    search_page(lang, q, false, None, PageNumber::default())
}

/// The search page for `q` as typed, without trying close spellings.
pub fn search_exact(lang: Lang, q: &str) -> String {
    search_page(lang, q, true, None, PageNumber::default())
}

/// The search page for `q`: every group's first results, or page `page`
/// of one `group`; `exact` searches the words as typed.
pub fn search_page(
    lang: Lang,
    q: &str,
    exact: bool,
    group: Option<SearchGroup>,
    page: PageNumber,
) -> String {
    let q = q.trim();
    Href::at(lang, "/search")
        .param_opt("q", (!q.is_empty()).then_some(q))
        .param_opt("exact", exact.then_some("1"))
        .param_opt("group", group.map(SearchGroup::key).as_deref())
        .page(page)
        .finish()
}

/// Page `page` of the schools list, filtered by state and town.
pub fn schools(lang: Lang, state: Option<&str>, town: Option<&str>, page: PageNumber) -> String {
    Href::at(lang, "/schools")
        .param_opt("state", state)
        .param_opt("town", town)
        .page(page)
        .finish()
}

/// The page of a major occupational group.
pub fn group(lang: Lang, slug: &str) -> String {
    let mut out = format!("{}/groups/", lang.prefix());
    out.extend(utf8_percent_encode(slug, SEGMENT));
    out
}

/// Every career from A to Z.
pub fn a_z(lang: Lang) -> String {
    Href::at(lang, "/a-z").finish()
}

/// The letter `letter` of the A-Z index.
pub fn a_z_letter(lang: Lang, letter: char) -> String {
    Href::at(lang, "/a-z").anchor(&format!("letter-{}", letter.to_ascii_lowercase()))
}

/// The page that credits every dataset, at dataset `id` if given.
pub fn about_data(lang: Lang, id: Option<&str>) -> String {
    match id {
        Some(id) => Href::at(lang, "/about/data").anchor(id),
        None => Href::at(lang, "/about/data").finish(),
    }
}

/// An O*NET occupation's summary on O*NET OnLine (another site).
pub fn onet_online(code: &str) -> String {
    format!("https://www.onetonline.org/link/summary/{code}")
}

/// An O*NET occupation's profile on CareerOneStop (another site).
pub fn careeronestop(code: &str) -> String {
    format!(
        "https://www.careeronestop.org/Toolkit/Careers/Occupations/occupation-profile.aspx?onetcode={code}"
    )
}

/// The list of careers with `choice`'s filters and order (defaults left
/// out), page `page`.
pub fn explore(lang: Lang, choice: &ExploreChoice, page: PageNumber) -> String {
    explore_href(lang, "/careers", choice).page(page).finish()
}

/// The list of every career, unfiltered.
pub fn explore_all(lang: Lang) -> String {
    explore(lang, &ExploreChoice::default(), PageNumber::default())
}

/// The same list, every page of it, as CSV.
pub fn explore_csv(lang: Lang, choice: &ExploreChoice) -> String {
    explore_href(lang, "/careers.csv", choice).finish()
}

fn explore_href(lang: Lang, path: &str, c: &ExploreChoice) -> Href {
    let growth = c.growth_text();
    let sort = (c.sort != ExploreSort::Name).then(|| ExploreChoice::sort_key(c.sort));
    let dir = (c.descending != ExploreChoice::default_descending(c.sort))
        .then_some(if c.descending { "desc" } else { "asc" });
    Href::at(lang, path)
        .param_opt("group", c.group.as_deref())
        .param_opt("education", c.education.as_deref())
        .param_opt("zone", c.zone.map(|z| z.to_string()).as_deref())
        .param_opt("pay", c.pay.map(|p| p.to_string()).as_deref())
        .param_opt("growth", growth.as_deref())
        .param_opt("q", (!c.q.is_empty()).then_some(c.q.as_str()))
        .param_opt("uses", c.uses.as_deref())
        .param_opt("sort", sort)
        .param_opt("dir", dir)
}

/// The interests page with `choice`, at `page` of its results.
pub fn interests(lang: Lang, choice: &InterestChoice, page: PageNumber) -> String {
    interests_href(lang, "/interests", choice)
        .page(page)
        .finish()
}

/// The interests page with nothing chosen: the explainer and the form.
pub fn interests_all(lang: Lang) -> String {
    interests(lang, &InterestChoice::default(), PageNumber::default())
}

/// The careers that match `areas` (first choice first), any job zone.
pub fn interests_for(lang: Lang, areas: &[Interest]) -> String {
    let mut it = areas.iter().copied();
    interests(
        lang,
        &InterestChoice {
            first: it.next(),
            second: it.next(),
            third: it.next(),
            ..InterestChoice::default()
        },
        PageNumber::default(),
    )
}

/// The results of `choice`, every page of them, as CSV.
pub fn interests_csv(lang: Lang, choice: &InterestChoice) -> String {
    interests_href(
        lang,
        "/interests.csv",
        &InterestChoice {
            careers: Vec::new(),
            ..choice.clone()
        },
    )
    .finish()
}

fn interests_href(lang: Lang, path: &str, c: &InterestChoice) -> Href {
    let letter = |i: Option<Interest>| i.map(|i| i.letter().to_string());
    let mut href = Href::at(lang, path)
        .param_opt("first", letter(c.first).as_deref())
        .param_opt("second", letter(c.second).as_deref())
        .param_opt("third", letter(c.third).as_deref())
        .param_opt("zone", c.zone.map(|z| z.to_string()).as_deref());
    for slug in &c.careers {
        href = href.param("c", slug);
    }
    href
}

/// The comparison of `careers` (slugs), in `state` if chosen.
pub fn compare(lang: Lang, careers: &[String], state: Option<&str>) -> String {
    let mut href = Href::at(lang, "/compare");
    for c in careers {
        href = href.param("c", c);
    }
    href.param_opt("state", state).finish()
}

/// The comparison page with no careers chosen: the address of the forms
/// whose tick boxes choose them.
pub fn compare_form(lang: Lang) -> String {
    compare(lang, &[], None)
}

/// The same comparison as CSV.
pub fn compare_csv(lang: Lang, careers: &[String], state: Option<&str>) -> String {
    let mut href = Href::at(lang, "/compare.csv");
    for c in careers {
        href = href.param("c", c);
    }
    href.param_opt("state", state).finish()
}

/// An institution of the College Scorecard, by its unit id.
pub fn institution(lang: Lang, unitid: &str) -> String {
    let mut path = format!("{}/institutions/", lang.prefix());
    path.extend(utf8_percent_encode(unitid, SEGMENT));
    path
}

/// The glossary.
pub fn glossary(lang: Lang) -> String {
    Href::at(lang, "/glossary").finish()
}

/// A term's entry in the glossary (`median`).
pub fn glossary_term(lang: Lang, id: &str) -> String {
    Href::new(glossary(lang)).anchor(id)
}

/// The sitemap (or, on a large site, the sitemap index).
pub fn sitemap() -> String {
    "/sitemap.xml".to_string()
}

/// File `n` (from 1) of the sitemap index.
pub fn sitemap_file(n: usize) -> String {
    format!("/sitemaps/{n}.xml")
}

/// A file of `static/` by its (fingerprinted) name.
pub fn static_file(name: &str) -> String {
    format!("/static/{name}")
}

/// The API's career list.
pub fn api_careers() -> String {
    "/api/v1/careers".to_string()
}

/// The API's OpenAPI document.
pub fn api_openapi() -> String {
    "/api/v1/openapi.json".to_string()
}

/// The API's list of the programs that prepare for the career `slug`.
pub fn api_programs(slug: &str) -> String {
    format!("{}/programs", api_career(slug))
}

/// The API's record of an institution.
pub fn api_institution(unitid: &str) -> String {
    let mut out = String::from("/api/v1/institutions/");
    out.extend(utf8_percent_encode(unitid, SEGMENT));
    out
}

/// The API's record of the career `slug`.
pub fn api_career(slug: &str) -> String {
    let mut out = String::from("/api/v1/careers/");
    out.extend(utf8_percent_encode(slug, SEGMENT));
    out
}

/// The language of `address` (one of this module's addresses, or a
/// request's path): Spanish under `/es`.
pub fn lang_of(address: &str) -> Lang {
    match address.strip_prefix(Lang::Es.prefix()) {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '?', '#']) => Lang::Es,
        _ => Lang::En,
    }
}

/// The same page as `address` (with its query) in `lang`'s edition.
pub fn in_lang(address: &str, lang: Lang) -> String {
    let english = match lang_of(address) {
        Lang::En => address,
        Lang::Es => &address[Lang::Es.prefix().len()..],
    };
    let english = if english.is_empty() || english.starts_with(['?', '#']) {
        format!("/{english}")
    } else {
        english.to_string()
    };
    Href::at(lang, &english).finish()
}

/// `path` with `query` (without `?`) appended when there is one: for
/// redirects that keep what the reader asked for.
pub fn with_query(path: String, query: &str) -> String {
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_career_address_reads_back_as_the_page_it_names() {
        let c = career(Lang::En, "medical-coder");
        for section in Section::ALL {
            let href = c.section(section);
            let tail = href.strip_prefix("/careers").expect("under /careers");
            assert_eq!(
                CareerPath::read(tail),
                Some(CareerPath::Section("medical-coder", section)),
                "{href}"
            );
        }
        assert_eq!(
            CareerPath::read("/medical-coder/pay-by-state.csv"),
            Some(CareerPath::Csv("medical-coder", "pay-by-state"))
        );
        for not_a_page in [
            "",
            "/",
            "//salary",
            "/medical-coder/",
            "/medical-coder/salary/",
            "/medical-coder/wages",
            "/medical-coder/.csv",
            "/medical-coder/a/b.csv",
            "medical-coder",
        ] {
            assert_eq!(CareerPath::read(not_a_page), None, "{not_a_page:?}");
        }
    }

    #[test]
    fn career_addresses() {
        let c = career(Lang::En, "medical-coder");
        assert_eq!(c.overview(), "/careers/medical-coder");
        assert_eq!(c.sheet(), "/careers/medical-coder/sheet");
        assert_eq!(
            c.anchor(Section::Overview, "duties"),
            "/careers/medical-coder#duties"
        );
        assert_eq!(
            c.schools_in(Some("New Haven")),
            "/careers/medical-coder/training?town=New+Haven#schools"
        );
        assert_eq!(
            c.salary_canonical(CitySort::City, StateOrder::Name),
            "/careers/medical-coder/salary"
        );
        assert_eq!(
            c.salary_canonical(CitySort::Years(5), StateOrder::Median),
            "/careers/medical-coder/salary?sort=5y&states=median"
        );
        assert_eq!(
            c.city_csv(CitySort::Years(5)),
            "/careers/medical-coder/salary-by-city.csv?sort=5y"
        );
        assert_eq!(
            c.page(CareerPage::Csv(Table::Outlook)),
            "/careers/medical-coder/outlook.csv"
        );
        assert_eq!(career(Lang::En, "a/b?c").overview(), "/careers/a%2Fb%3Fc");
        let ct = career(Lang::En, "medical-coder").in_state(Some("CT"));
        assert_eq!(ct.overview(), "/careers/medical-coder?state=CT");
        assert_eq!(
            ct.schools_in(Some("Hartford")),
            "/careers/medical-coder/training?town=Hartford&state=CT#schools"
        );
        assert_eq!(ct.csv(Table::Outlook), "/careers/medical-coder/outlook.csv");
    }

    #[test]
    fn lists_leave_out_defaults() {
        assert_eq!(home(Lang::En, PageNumber::new(1)), "/");
        assert_eq!(home(Lang::En, PageNumber::new(2)), "/?page=2");
        assert_eq!(search(Lang::En, "  "), "/search");
        assert_eq!(
            search_exact(Lang::En, "plummer "),
            "/search?q=plummer&exact=1"
        );
        assert_eq!(
            search(Lang::En, "coder & biller"),
            "/search?q=coder+%26+biller"
        );
        assert_eq!(
            schools(Lang::En, Some("CT"), Some("New Haven"), PageNumber::new(2)),
            "/schools?state=CT&town=New+Haven&page=2"
        );
        assert_eq!(
            schools(Lang::En, None, None, PageNumber::new(1)),
            "/schools"
        );
        assert_eq!(glossary_term(Lang::En, "median"), "/glossary#median");
        assert_eq!(with_query("/x".into(), "a=1"), "/x?a=1");
    }

    #[test]
    fn spanish_addresses_are_the_english_ones_under_es() {
        let es = Lang::Es;
        assert_eq!(home(es, PageNumber::new(1)), "/es");
        assert_eq!(home(es, PageNumber::new(2)), "/es?page=2");
        assert_eq!(search(es, "electricista"), "/es/search?q=electricista");
        assert_eq!(glossary_term(es, "median"), "/es/glossary#median");
        let c = career(es, "electricians").in_state(Some("TX"));
        assert_eq!(c.salary(), "/es/careers/electricians/salary?state=TX");
        assert_eq!(c.lang(), es);
        assert_eq!(
            compare(es, &["a".into(), "b".into()], None),
            "/es/compare?c=a&c=b"
        );
        for (address, lang) in [
            ("/", Lang::En),
            ("/es", Lang::Es),
            ("/es?page=2", Lang::Es),
            ("/es/careers/x", Lang::Es),
            ("/espresso", Lang::En),
            ("/careers/es", Lang::En),
        ] {
            assert_eq!(lang_of(address), lang, "{address}");
        }
        for (en, es) in [
            ("/", "/es"),
            ("/?page=2", "/es?page=2"),
            (
                "/careers/x/salary?state=TX",
                "/es/careers/x/salary?state=TX",
            ),
            ("/compare?c=a&c=b", "/es/compare?c=a&c=b"),
        ] {
            assert_eq!(in_lang(en, Lang::Es), es);
            assert_eq!(in_lang(es, Lang::En), en);
            assert_eq!(in_lang(en, Lang::En), en);
            assert_eq!(in_lang(es, Lang::Es), es);
        }
    }

    #[test]
    fn sections_round_trip_through_their_keys() {
        for s in Section::ALL {
            assert_eq!(Section::from_key(s.key()), s);
        }
    }
}
