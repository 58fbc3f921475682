//! Every parameter a request can carry, each a type with one parser.
//!
//! Query strings are read by [`Params`], an extractor that deserialises a
//! page's parameter struct (serde, through `serde_path_to_error` so a
//! failure knows which parameter it was). A bad value is
//! [`AppError::BadParam`]: a 400 that names the parameter and says what
//! was wrong, as a page or, under `/api/`, as JSON. Parameters a page does
//! not know (tracking tags added by mail programs, say) are ignored, and a
//! blank value means the same as none.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::IntoParams;

use crate::db::read::{Credential, ExploreSort, ProgramSort};
use crate::domain::Interest;
use crate::web::error::AppError;
use crate::web::search::MAX_QUERY_CHARS;

/// A page's query parameters, parsed and checked before the handler runs.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned> Params<T> {
    /// Parses a query string (without the `?`).
    pub fn parse(query: &str) -> Result<T, AppError> {
        let pairs = form_urlencoded::parse(query.as_bytes());
        let de = serde_urlencoded::Deserializer::new(pairs);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let name = match e.path().to_string() {
                path if path == "." => "the query string".to_string(),
                path => path,
            };
            AppError::BadParam {
                name,
                message: e.into_inner().to_string(),
            }
        })
    }
}

impl<T: DeserializeOwned> FromRequest for Params<T> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()).map(Params))
    }
}

/// Up to `max` characters of `raw`, with an ellipsis when cut, for quoting
/// a bad value back to the reader.
fn shown(raw: &str, max: usize) -> String {
    let mut out: String = raw.chars().take(max).collect();
    if raw.chars().count() > max {
        out.push('…');
    }
    out
}

/// `?page=`: a page of a list, from 1. Absent or blank is page 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PageNumber(i64);

impl PageNumber {
    /// The highest page number accepted.
    pub const MAX: i64 = 100_000;

    /// Page `n` (clamped to 1..=[`Self::MAX`]).
    pub fn new(n: i64) -> Self {
        Self(n.clamp(1, Self::MAX))
    }

    /// The number, from 1.
    pub fn get(self) -> i64 {
        self.0
    }

    /// True for the first page, whose address has no `?page=`.
    pub fn is_first(self) -> bool {
        self.0 == 1
    }
}

impl Default for PageNumber {
    fn default() -> Self {
        Self(1)
    }
}

impl TryFrom<String> for PageNumber {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(Self::default());
        }
        s.parse::<i64>()
            .ok()
            .filter(|n| (1..=Self::MAX).contains(n))
            .map(Self)
            .ok_or_else(|| {
                format!(
                    "“{}” is not a page number. Pages are numbered from 1.",
                    shown(s, 20)
                )
            })
    }
}

/// `?town=`: a town to filter schools by. Blank is every town.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Town(Option<String>);

impl Town {
    /// Longest town name accepted, in characters.
    pub const MAX_CHARS: usize = 100;

    /// The town, if one was asked for.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The town, if one was asked for, owned.
    pub fn into_inner(self) -> Option<String> {
        self.0
    }
}

impl TryFrom<String> for Town {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let town = raw.trim();
        if town.is_empty() {
            return Ok(Self(None));
        }
        let chars = town.chars().count();
        if chars > Self::MAX_CHARS {
            return Err(format!(
                "The town in the address is {chars} characters long; town names have at most {}. \
                 Choose a town from the list on the page.",
                Self::MAX_CHARS
            ));
        }
        if town.chars().any(char::is_control) {
            return Err(
                "The town in the address contains control characters. Choose a town from the list on the page."
                    .to_string(),
            );
        }
        Ok(Self(Some(town.to_string())))
    }
}

/// `?state=`: a US state by its two-letter postal code, upper-cased.
/// Blank is every state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct StateCode(Option<String>);

impl StateCode {
    /// The code, if a state was asked for.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl TryFrom<String> for StateCode {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" => Ok(Self(None)),
            s if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Ok(Self(Some(s.to_ascii_uppercase())))
            }
            s => Err(format!(
                "“{}” is not a state. Use a two-letter code such as CT, or choose from the list.",
                shown(s, 20)
            )),
        }
    }
}

/// `?q=`: what someone typed into the search box, trimmed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SearchText(String);

impl SearchText {
    /// The text (empty when nothing was typed).
    pub fn get(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SearchText {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let text = raw.trim();
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(format!(
                "Your search is {chars} characters long; searches can be at most {MAX_QUERY_CHARS}. \
                 Try a few key words, such as a job title."
            ));
        }
        if text.chars().any(char::is_control) {
            return Err(
                "Your search contains control characters. Type it again with letters and digits."
                    .to_string(),
            );
        }
        Ok(Self(text.to_string()))
    }
}

/// An order of the salary-by-city table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CitySort {
    /// By city name, A to Z (the default).
    #[default]
    City,
    /// By the median at this many years of experience, highest first.
    Years(i64),
    /// By the rise from the least to the most experience, largest first.
    Rise,
}

impl CitySort {
    /// The value of `?sort=` for this order.
    pub fn key(self) -> String {
        match self {
            CitySort::City => "city".to_string(),
            CitySort::Years(n) => format!("{n}y"),
            CitySort::Rise => "rise".to_string(),
        }
    }
}

/// `?sort=` of the salary-by-city table, as asked. Its columns (the years
/// of experience) depend on the career, so the key is matched against
/// them by [`SortKey::resolve`] once the table is known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct SortKey(Option<String>);

impl From<String> for SortKey {
    fn from(raw: String) -> Self {
        let key = raw.trim();
        Self((!key.is_empty()).then(|| key.to_string()))
    }
}

impl SortKey {
    /// The key as asked, if any.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The order among `choices` that this key names (the default when
    /// none was asked for); anything else is a 400 that lists the choices.
    pub fn resolve(&self, choices: &[CitySort]) -> Result<CitySort, AppError> {
        let Some(key) = self.get() else {
            return Ok(CitySort::default());
        };
        choices
            .iter()
            .copied()
            .find(|c| c.key() == key)
            .ok_or_else(|| AppError::BadParam {
                name: "sort".to_string(),
                message: format!(
                    "“{}” is not a way to sort the salary-by-city table. Use one of: {}.",
                    shown(key, 40),
                    choices
                        .iter()
                        .map(|c| c.key())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
    }
}

/// `?states=`: the order of a salary page's table of states.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum StateOrder {
    /// By state name (the default).
    #[default]
    Name,
    /// By median pay, highest first.
    Median,
    /// By employment, most first.
    Employment,
}

impl StateOrder {
    /// Every order, in the order the table's headings show them.
    pub const ALL: [StateOrder; 3] = [StateOrder::Name, StateOrder::Employment, StateOrder::Median];

    /// The value of `?states=`.
    pub fn key(self) -> &'static str {
        match self {
            StateOrder::Name => "name",
            StateOrder::Median => "median",
            StateOrder::Employment => "employment",
        }
    }

    /// The value, unless it is the default.
    pub fn non_default(self) -> Option<&'static str> {
        (self != StateOrder::Name).then(|| self.key())
    }
}

impl TryFrom<String> for StateOrder {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let key = raw.trim();
        if key.is_empty() {
            return Ok(Self::default());
        }
        Self::ALL.into_iter().find(|o| o.key() == key).ok_or_else(|| {
            format!(
                "“{}” is not a way to order the table of states. Use one of: name, employment, median.",
                shown(key, 40)
            )
        })
    }
}

/// A data table that downloads as CSV, by its file name
/// (`/careers/{slug}/{table}.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Current national pay (BLS).
    Pay,
    /// Current pay by state (BLS).
    PayByState,
    /// Current pay in the industries employing the most (BLS).
    PayByIndustry,
    /// Current pay in one state and its areas (BLS; `?state=`).
    PayByArea,
    /// O*NET's shares of workers by level of education.
    EducationLevels,
    /// Pay percentiles.
    SalaryPercentiles,
    /// Median pay by industry.
    SalaryByIndustry,
    /// Median pay by city and experience.
    SalaryByCity,
    /// Median pay in different years.
    SalaryMedians,
    /// Employment projections.
    Outlook,
    /// Schools.
    Schools,
    /// Certifications.
    Certifications,
    /// College Scorecard programs in the career's fields of study.
    Programs,
}

impl Table {
    /// Every table, in the order pages show them.
    pub const ALL: [Table; 13] = [
        Table::Pay,
        Table::PayByState,
        Table::PayByIndustry,
        Table::PayByArea,
        Table::EducationLevels,
        Table::SalaryPercentiles,
        Table::SalaryByIndustry,
        Table::SalaryByCity,
        Table::SalaryMedians,
        Table::Outlook,
        Table::Schools,
        Table::Certifications,
        Table::Programs,
    ];

    /// Its file name without `.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Pay => "pay",
            Table::PayByState => "pay-by-state",
            Table::PayByIndustry => "pay-by-industry",
            Table::PayByArea => "pay-by-area",
            Table::EducationLevels => "education-levels",
            Table::SalaryPercentiles => "salary-percentiles",
            Table::SalaryByIndustry => "salary-by-industry",
            Table::SalaryByCity => "salary-by-city",
            Table::SalaryMedians => "salary-medians",
            Table::Outlook => "outlook",
            Table::Schools => "schools",
            Table::Certifications => "certifications",
            Table::Programs => "programs",
        }
    }

    /// The table called `name`; a 404 listing the tables when there is none.
    pub fn from_name(name: &str) -> Result<Self, AppError> {
        Self::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .ok_or_else(|| {
                AppError::NotFound(format!(
                    "There is no table called “{}” to download. The tables are: {}.",
                    shown(name, 40),
                    Self::ALL.map(Table::name).join(", ")
                ))
            })
    }
}

/// Parameters of the API's list of a career's programs.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ProgramsParams {
    /// Two-letter state code: only institutions in that state.
    #[param(value_type = Option<String>, example = "CT")]
    pub state: StateCode,
    /// Only this credential: certificate, associate, bachelor,
    /// post-baccalaureate-certificate, master, graduate-certificate,
    /// doctoral, first-professional or non-credential.
    #[param(value_type = Option<String>, example = "associate")]
    pub credential: CredentialParam,
    /// Order within each credential: completers (most first, the
    /// default), earnings (highest first) or debt (least first).
    #[param(value_type = Option<String>, example = "earnings")]
    pub sort: ProgramSortParam,
    /// Page number, from 1; 25 programs a page.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
}

/// Parameters of a list with pages (the home page, the API's career list).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Page number, from 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
}

/// Parameters every page of a career takes: the reader's chosen state,
/// which the pages with pay show and every page carries in its links.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CareerParams {
    /// Two-letter state code.
    pub state: StateCode,
}

/// `?credential=`: one Scorecard credential level by its slug
/// (`associate`); blank is every level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct CredentialParam(Option<Credential>);

impl CredentialParam {
    /// The level, if one was asked for.
    pub fn get(self) -> Option<Credential> {
        self.0
    }
}

impl From<Option<Credential>> for CredentialParam {
    fn from(c: Option<Credential>) -> Self {
        Self(c)
    }
}

impl TryFrom<String> for CredentialParam {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" => Ok(Self(None)),
            s => Credential::from_slug(s)
                .map(|c| Self(Some(c)))
                .ok_or_else(|| {
                    format!(
                        "“{}” is not a credential. Use one of {}.",
                        shown(s, 40),
                        Credential::ALL.map(Credential::slug).join(", ")
                    )
                }),
        }
    }
}

/// `?sort=` of a list of programs: `completers` (the default), `earnings`
/// or `debt`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct ProgramSortParam(ProgramSort);

impl ProgramSortParam {
    /// The order.
    pub fn get(self) -> ProgramSort {
        self.0
    }

    /// Its value in addresses; `None` for the default.
    pub fn key(sort: ProgramSort) -> Option<&'static str> {
        match sort {
            ProgramSort::Completers => None,
            ProgramSort::Earnings => Some("earnings"),
            ProgramSort::Debt => Some("debt"),
        }
    }
}

impl TryFrom<String> for ProgramSortParam {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" | "completers" => Ok(Self(ProgramSort::Completers)),
            "earnings" => Ok(Self(ProgramSort::Earnings)),
            "debt" => Ok(Self(ProgramSort::Debt)),
            s => Err(format!(
                "“{}” is not a way to sort programs. Use completers, earnings or debt.",
                shown(s, 40)
            )),
        }
    }
}

/// How a career's list of programs is shown: the credential, the order
/// and the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProgramChoice {
    /// Only this credential.
    pub credential: Option<Credential>,
    /// The order.
    pub sort: ProgramSort,
    /// The page.
    pub page: PageNumber,
}

/// Parameters of a career's training page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TrainingParams {
    /// Show only schools in this town.
    pub town: Town,
    /// The chosen state: programs in it, and carried in the links.
    pub state: StateCode,
    /// Programs leading to this credential.
    pub credential: CredentialParam,
    /// Order of the programs.
    pub sort: ProgramSortParam,
    /// Page of the programs.
    pub page: PageNumber,
}

impl TrainingParams {
    /// The programs as asked.
    pub fn programs(&self) -> ProgramChoice {
        ProgramChoice {
            credential: self.credential.get(),
            sort: self.sort.get(),
            page: self.page,
        }
    }
}

/// Parameters of a career's salary page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SalaryParams {
    /// Sort order of the city table.
    pub sort: SortKey,
    /// Order of the table of states.
    pub states: StateOrder,
    /// The state to show beside the nation.
    pub state: StateCode,
}

/// Parameters of a CSV download: the same filters as the pages.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DownloadParams {
    /// Sort order of the city table or the programs.
    pub sort: SortKey,
    /// Credential of the programs.
    pub credential: CredentialParam,
    /// Town filter of the schools table.
    pub town: Town,
    /// The state of the table of areas.
    pub state: StateCode,
}

/// Parameters of the schools list (page and API).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct SchoolsParams {
    /// Two-letter state code, e.g. CT.
    #[param(value_type = Option<String>)]
    pub state: StateCode,
    /// Town, matched without regard to case.
    #[param(value_type = Option<String>)]
    pub town: Town,
    /// Page number, from 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
}

/// Parameters of the search page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    /// What to look for.
    pub q: SearchText,
}

/// Most careers a comparison shows.
pub const MAX_COMPARED: usize = 4;

/// `/compare`'s parameters: `c` (a career's slug) repeated, `state`, and
/// `add` (words naming a career to add).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareParams {
    /// The careers asked for, in order, as typed (trimmed; blanks dropped).
    pub careers: Vec<String>,
    /// The state to show pay in.
    pub state: StateCode,
    /// A career to add, in words.
    pub add: Option<String>,
}

impl CompareParams {
    /// Parses a query string; a bad `state` or `add` is a 400 naming it.
    pub fn parse(query: &str) -> Result<Self, AppError> {
        let mut out = Self::default();
        let bad = |name: &str, message: String| AppError::BadParam {
            name: name.to_string(),
            message,
        };
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match name.as_ref() {
                "c" if !value.is_empty() => {
                    if value.chars().count() > 100 || value.chars().any(char::is_control) {
                        return Err(bad("c", "That is not the address of a career.".to_string()));
                    }
                    out.careers.push(value.to_string());
                }
                "state" => {
                    out.state =
                        StateCode::try_from(value.to_string()).map_err(|m| bad("state", m))?;
                }
                "add" if !value.is_empty() => {
                    let text =
                        SearchText::try_from(value.to_string()).map_err(|m| bad("add", m))?;
                    out.add = Some(text.get().to_string());
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

impl FromRequest for CompareParams {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}

/// `/interests`'s parameters as typed in the address: `first`, `second`
/// and `third` (area letters), `zone`, `page`, and `c` (careers kept for
/// a comparison) repeated. [`InterestRaw::parse`] checks them one by one,
/// so a bad one gives a 400 page that names it and keeps the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestRaw {
    /// First choice, a letter.
    pub first: Option<String>,
    /// Second choice.
    pub second: Option<String>,
    /// Third choice.
    pub third: Option<String>,
    /// Job zone, 1-5.
    pub zone: Option<String>,
    /// Page number.
    pub page: Option<String>,
    /// Careers kept for the comparison, as typed.
    pub careers: Vec<String>,
}

/// `/interests`'s choices, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestChoice {
    /// First choice.
    pub first: Option<Interest>,
    /// Second choice.
    pub second: Option<Interest>,
    /// Third choice.
    pub third: Option<Interest>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Page.
    pub page: PageNumber,
    /// Careers kept for the comparison (slugs, checked by the page).
    pub careers: Vec<String>,
}

impl InterestChoice {
    /// The chosen areas in order.
    pub fn chosen(&self) -> Vec<Interest> {
        [self.first, self.second, self.third]
            .into_iter()
            .flatten()
            .collect()
    }
}

impl InterestRaw {
    /// Reads a query string; unknown parameters are ignored.
    pub fn from_query(query: &str) -> Self {
        let mut out = Self::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_string();
            match name.as_ref() {
                "first" => out.first = Some(value),
                "second" => out.second = Some(value),
                "third" => out.third = Some(value),
                "zone" => out.zone = Some(value),
                "page" => out.page = Some(value),
                "c" if !value.is_empty() => out.careers.push(value),
                _ => {}
            }
        }
        out
    }

    /// Checks every parameter: the choices, and for each bad one its name
    /// and what is wrong.
    pub fn parse(&self) -> (InterestChoice, Vec<(&'static str, String)>) {
        let mut errors = Vec::new();
        let mut choice = InterestChoice::default();
        let text = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
        let mut area = |name: &'static str, v: &Option<String>| {
            let v = text(v)?;
            let found = Interest::from_letter(&v);
            if found.is_none() {
                errors.push((
                    name,
                    format!(
                        "“{}” is not an interest area: use one of the letters R, I, A, S, E or C.",
                        shown(&v, 20)
                    ),
                ));
            }
            found
        };
        let first = area("first", &self.first);
        let second = area("second", &self.second);
        let third = area("third", &self.third);
        let given = |v: &Option<String>| text(v).is_some();
        if given(&self.second) && !given(&self.first) {
            errors.push((
                "second",
                "A second choice needs a first: choose the area you like most as the first."
                    .to_string(),
            ));
        }
        if given(&self.third) && !given(&self.second) {
            errors.push((
                "third",
                "A third choice needs a second: choose the second area you like before a third."
                    .to_string(),
            ));
        }
        if let (Some(a), Some(b)) = (first, second)
            && a == b
        {
            errors.push((
                "second",
                format!(
                    "{} is already your first choice: choose a different area, or none.",
                    a.name()
                ),
            ));
        }
        if let Some(c) = third
            && (first == Some(c) || second == Some(c))
        {
            let which = if first == Some(c) { "first" } else { "second" };
            errors.push((
                "third",
                format!(
                    "{} is already your {which} choice: choose a different area, or none.",
                    c.name()
                ),
            ));
        }
        (choice.first, choice.second, choice.third) = (first, second, third);
        if let Some(z) = text(&self.zone) {
            match z.parse::<i64>().ok().filter(|z| (1..=5).contains(z)) {
                Some(z) => choice.zone = Some(z),
                None => errors.push((
                    "zone",
                    format!(
                        "“{}” is not a job zone: choose 1 (little or no preparation) to 5 (extensive).",
                        shown(&z, 20)
                    ),
                )),
            }
        }
        match PageNumber::try_from(self.page.clone().unwrap_or_default()) {
            Ok(p) => choice.page = p,
            Err(m) => errors.push(("page", m)),
        }
        for c in &self.careers {
            if c.chars().count() > 100 || c.chars().any(char::is_control) {
                errors.push(("c", "That is not the address of a career.".to_string()));
            } else if choice.careers.contains(c) {
                errors.push((
                    "c",
                    format!("“{}” is kept for the comparison twice.", shown(c, 60)),
                ));
            } else {
                choice.careers.push(c.clone());
            }
        }
        if choice.careers.len() > MAX_COMPARED {
            errors.push((
                "c",
                format!("A comparison holds at most {MAX_COMPARED} careers."),
            ));
        }
        (choice, errors)
    }
}

impl FromRequest for InterestRaw {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::from_query(req.query_string())))
    }
}

/// The list of careers' parameters as typed in the address. They are
/// checked one by one ([`ExploreRaw::parse`]) so that a bad one gives a
/// 400 page that names it and keeps the rest of the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ExploreRaw {
    /// Group slug.
    pub group: Option<String>,
    /// Entry education, as a slug of its label.
    pub education: Option<String>,
    /// Job zone, 1-5.
    pub zone: Option<String>,
    /// Median pay at least, dollars a year.
    pub pay: Option<String>,
    /// Projected growth at least, per cent.
    pub growth: Option<String>,
    /// Words in a title.
    pub q: Option<String>,
    /// Sort order.
    pub sort: Option<String>,
    /// `asc` or `desc`.
    pub dir: Option<String>,
    /// Page number.
    pub page: Option<String>,
}

/// The list of careers' choices, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreChoice {
    /// Group slug (checked against the groups by the page).
    pub group: Option<String>,
    /// Entry education slug (checked against the levels by the page).
    pub education: Option<String>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Median pay at least, dollars a year.
    pub pay: Option<i64>,
    /// Growth at least, tenths of a per cent.
    pub growth_tenths: Option<i64>,
    /// Words in a title, trimmed.
    pub q: String,
    /// Sort order.
    pub sort: ExploreSort,
    /// Highest first.
    pub descending: bool,
    /// Page.
    pub page: PageNumber,
}

impl ExploreChoice {
    /// The value of `?sort=`.
    pub fn sort_key(sort: ExploreSort) -> &'static str {
        match sort {
            ExploreSort::Name => "name",
            ExploreSort::Pay => "pay",
            ExploreSort::Growth => "growth",
            ExploreSort::Openings => "openings",
            ExploreSort::Employment => "employment",
        }
    }

    /// Whether `sort` lists highest first unless asked otherwise.
    pub fn default_descending(sort: ExploreSort) -> bool {
        sort != ExploreSort::Name
    }

    /// `growth_tenths` as typed in the form ("2.5").
    pub fn growth_text(&self) -> Option<String> {
        self.growth_tenths.map(|t| {
            let sign = if t < 0 { "-" } else { "" };
            let t = t.unsigned_abs();
            if t % 10 == 0 {
                format!("{sign}{}", t / 10)
            } else {
                format!("{sign}{}.{}", t / 10, t % 10)
            }
        })
    }
}

impl ExploreRaw {
    /// Checks every parameter: the choices, and for each bad one its name
    /// and what is wrong.
    pub fn parse(&self) -> (ExploreChoice, Vec<(&'static str, String)>) {
        let mut errors = Vec::new();
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let mut choice = ExploreChoice {
            group: text(&self.group),
            education: text(&self.education),
            ..ExploreChoice::default()
        };
        if let Some(z) = text(&self.zone) {
            match z.parse::<i64>().ok().filter(|z| (1..=5).contains(z)) {
                Some(z) => choice.zone = Some(z),
                None => errors.push((
                    "zone",
                    format!("“{}” is not a job zone: choose 1 to 5.", shown(&z, 20)),
                )),
            }
        }
        if let Some(p) = text(&self.pay) {
            let digits: String = p
                .chars()
                .filter(|c| !matches!(c, '$' | ',' | ' '))
                .collect();
            match digits.parse::<i64>() {
                Ok(n) if n >= 0 => choice.pay = Some(n),
                Ok(_) => errors.push(("pay", "Pay cannot be less than $0.".to_string())),
                Err(_) => errors.push((
                    "pay",
                    format!(
                        "“{}” is not an amount of dollars a year, such as 50000.",
                        shown(&p, 20)
                    ),
                )),
            }
        }
        if let Some(g) = text(&self.growth) {
            let g2 = g.trim_end_matches('%').trim();
            let parsed = g2
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite() && f.abs() < 1000.0);
            match parsed {
                Some(f) => choice.growth_tenths = Some((f * 10.0).round() as i64),
                None => errors.push((
                    "growth",
                    format!(
                        "“{}” is not a percentage, such as 5 or -2.5.",
                        shown(&g, 20)
                    ),
                )),
            }
        }
        if let Some(q) = text(&self.q) {
            match SearchText::try_from(q) {
                Ok(t) => choice.q = t.get().to_string(),
                Err(m) => errors.push(("q", m)),
            }
        }
        let sort = text(&self.sort);
        choice.sort = match sort.as_deref() {
            None | Some("name") => ExploreSort::Name,
            Some("pay") => ExploreSort::Pay,
            Some("growth") => ExploreSort::Growth,
            Some("openings") => ExploreSort::Openings,
            Some("employment") => ExploreSort::Employment,
            Some(other) => {
                errors.push((
                    "sort",
                    format!(
                        "“{}” is not a way to sort careers. Use name, pay, growth, openings or employment.",
                        shown(other, 40)
                    ),
                ));
                ExploreSort::Name
            }
        };
        choice.descending = match text(&self.dir).as_deref() {
            None => ExploreChoice::default_descending(choice.sort),
            Some("desc") => true,
            Some("asc") => false,
            Some(other) => {
                errors.push((
                    "dir",
                    format!("“{}” is not an order: use asc or desc.", shown(other, 20)),
                ));
                ExploreChoice::default_descending(choice.sort)
            }
        };
        match PageNumber::try_from(self.page.clone().unwrap_or_default()) {
            Ok(p) => choice.page = p,
            Err(m) => errors.push(("page", m)),
        }
        (choice, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad<T: DeserializeOwned + std::fmt::Debug>(query: &str) -> (String, String) {
        match Params::<T>::parse(query) {
            Err(AppError::BadParam { name, message }) => (name, message),
            other => panic!("{query}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn blank_and_unknown_parameters_mean_the_defaults() {
        let p = Params::<SchoolsParams>::parse("state=&town=%20&page=&utm_source=mail")
            .expect("parses");
        assert_eq!(p.state.get(), None);
        assert_eq!(p.town.get(), None);
        assert_eq!(p.page.get(), 1);
        let p = Params::<SchoolsParams>::parse("state=ct&town=+New+Haven+&page=3").expect("parses");
        assert_eq!(p.state.get(), Some("CT"));
        assert_eq!(p.town.get(), Some("New Haven"));
        assert_eq!(p.page.get(), 3);
    }

    #[test]
    fn a_bad_value_names_its_parameter() {
        let (name, message) = bad::<SchoolsParams>("page=0");
        assert_eq!(name, "page");
        assert!(message.contains("“0” is not a page number"), "{message}");
        let (name, message) = bad::<SchoolsParams>("state=Connecticut");
        assert_eq!(name, "state");
        assert!(message.contains("is not a state"), "{message}");
        let (name, _) = bad::<TrainingParams>(&format!("town={}", "a".repeat(101)));
        assert_eq!(name, "town");
        let (name, message) = bad::<SearchParams>(&format!("q={}", "a".repeat(201)));
        assert_eq!(name, "q");
        assert!(message.contains("201 characters"), "{message}");
    }

    #[test]
    fn sort_keys_resolve_among_the_choices() {
        let choices = [
            CitySort::City,
            CitySort::Years(1),
            CitySort::Years(5),
            CitySort::Rise,
        ];
        let sort = |q: &str| {
            Params::<SalaryParams>::parse(q)
                .and_then(|p| p.sort.resolve(&choices))
                .ok()
        };
        assert_eq!(sort(""), Some(CitySort::City));
        assert_eq!(sort("sort=+"), Some(CitySort::City));
        assert_eq!(sort("sort=city"), Some(CitySort::City));
        assert_eq!(sort("sort=5y"), Some(CitySort::Years(5)));
        assert_eq!(sort("sort=rise"), Some(CitySort::Rise));
        assert_eq!(sort("sort=3y"), None);
        match SortKey::from("bogus".to_string()).resolve(&choices) {
            Err(AppError::BadParam { name, message }) => {
                assert_eq!(name, "sort");
                assert!(
                    message.contains("“bogus” is not a way to sort"),
                    "{message}"
                );
                assert!(message.contains("city, 1y, 5y, rise"), "{message}");
            }
            other => panic!("expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn explore_parameters_are_checked_one_by_one() {
        let raw = ExploreRaw {
            zone: Some("7".into()),
            pay: Some("$50,000".into()),
            growth: Some("-2.5%".into()),
            sort: Some("pay".into()),
            ..ExploreRaw::default()
        };
        let (choice, errors) = raw.parse();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "zone");
        assert_eq!(choice.pay, Some(50_000));
        assert_eq!(choice.growth_tenths, Some(-25));
        assert_eq!(choice.growth_text().as_deref(), Some("-2.5"));
        assert!(choice.descending, "pay sorts highest first");
        let (_, errors) = ExploreRaw {
            pay: Some("-5".into()),
            growth: Some("lots".into()),
            dir: Some("up".into()),
            ..ExploreRaw::default()
        }
        .parse();
        let names: Vec<&str> = errors.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["pay", "growth", "dir"]);
    }

    #[test]
    fn tables_are_found_by_file_name() {
        for t in Table::ALL {
            assert_eq!(Table::from_name(t.name()).ok(), Some(t));
        }
        match Table::from_name("nothing") {
            Err(AppError::NotFound(m)) => assert!(m.contains("salary-percentiles"), "{m}"),
            other => panic!("expected a 404, got {other:?}"),
        }
    }
}
