//! Typed rows and page data returned by [`super::queries`].

use std::collections::HashMap;

use crate::domain::Interest;
use crate::domain::{Footnote, Notes};

/// A source that figures cite. Also the API's `Source` schema.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Source {
    /// Short id.
    pub id: String,
    /// Who produced the facts.
    pub publisher: String,
    /// Where we read them.
    pub reported_in: String,
    /// A note for readers.
    pub note: Option<String>,
    /// True for a dataset (its publisher's own release), false for a
    /// page that reported someone's figures.
    pub dataset: bool,
}

/// A career in the list of careers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerListItem {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short summary, for hand-written careers.
    pub summary: Option<String>,
}

/// The fields of a career that every page needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Career {
    /// Row id.
    pub id: i64,
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date the facts were checked (YYYY-MM-DD).
    pub data_as_of: String,
    /// The SOC code of its occupation, if it has one.
    pub soc: Option<String>,
    /// Its major occupational group, where the datasets give one.
    pub group: Option<Group>,
    /// The hand-written text, for careers written by hand.
    pub text: Option<CareerText>,
}

/// The prose of a hand-written career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerText {
    /// The statistical group its own figures describe.
    pub occupation_group: String,
    /// Short summary.
    pub summary: String,
    /// What the work is like.
    pub work_text: String,
    /// Typical hours.
    pub work_hours_text: String,
    /// Facts about certification.
    pub certification_text: String,
    /// How often credentials are renewed, in years.
    pub renewal_years: i64,
    /// Source of the renewal period.
    pub renewal_source: String,
}

/// A major occupational group (SOC `NN-0000`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// SOC code, `29-0000`.
    pub code: String,
    /// URL slug.
    pub slug: String,
    /// Title without "Occupations".
    pub title: String,
    /// How many careers it has.
    pub careers: i64,
}

/// A figure as BLS publishes it: a number, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// The number (dollars, cents an hour, or a count).
    Value(i64),
    /// At or above the release's top-coded wage (footnote 5).
    TopCoded,
    /// Not published in this form: no annual wage for work paid by the
    /// hour, no hourly wage for work paid by the year (footnote 4).
    NotInThisForm,
    /// Not released (footnote 8), or no estimate at all.
    NotReleased,
}

impl Published {
    /// The figure in `column`, from its value and the row's BLS notes.
    pub fn from_notes(value: Option<i64>, notes: &Notes, column: &str) -> Self {
        match (value, notes.get(column)) {
            (Some(v), _) => Published::Value(v),
            (None, Some(Footnote::TopCoded)) => Published::TopCoded,
            (None, Some(Footnote::NotInThisForm)) => Published::NotInThisForm,
            (None, _) => Published::NotReleased,
        }
    }

    /// The number, if there is one.
    pub fn value(self) -> Option<i64> {
        match self {
            Published::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// Wages published for one place (the nation, a state) or industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wages {
    /// Employment.
    pub employment: Published,
    /// Annual wage at the 10th, 25th, 50th, 75th and 90th percentiles
    /// (the 25th and 75th are not published by industry).
    pub annual: [Published; 5],
}

/// The facts of a release that pages quote with its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Releases {
    /// The wage release, "May 2025".
    pub wages: String,
    /// Annual wage at or above which BLS publishes no number.
    pub top_coded_annual: i64,
    /// The same, by the hour ("115.00").
    pub top_coded_hourly: String,
    /// First year of the projection period.
    pub projection_start: i64,
    /// Last year of the projection period.
    pub projection_end: i64,
}

impl Releases {
    /// The wage release's year (the last four characters of "May 2025").
    pub fn wage_year(&self) -> i64 {
        self.wages
            .rsplit(' ')
            .next()
            .and_then(|y| y.parse().ok())
            .unwrap_or(self.projection_start)
    }
}

/// A career's occupation, with its current figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    /// SOC code.
    pub soc: String,
    /// The BLS title.
    pub title: String,
    /// National wages; `None` when BLS publishes no wage estimate for it.
    pub wages: Option<Wages>,
    /// Mean annual wage.
    pub annual_mean: Published,
    /// Median hourly wage, in cents.
    pub hourly_median: Published,
    /// Employment at the start and end of the projection period.
    pub employment_start: i64,
    /// Employment projected for the end of the period.
    pub employment_end: i64,
    /// Change over the period, as published.
    pub change: i64,
    /// Percent change in tenths of a per cent.
    pub percent_change_tenths: i64,
    /// Openings a year.
    pub annual_openings: i64,
    /// Typical education needed for entry.
    pub entry_education: String,
    /// Work experience in a related occupation.
    pub work_experience: String,
    /// Typical on-the-job training.
    pub on_the_job_training: String,
    /// O*NET job zone, 1-5.
    pub job_zone: Option<i64>,
    /// The O*NET occupations the career covers, the main one first.
    pub onet: Vec<OnetRef>,
    /// Releases of the figures.
    pub releases: Releases,
}

/// An O*NET occupation, by code and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnetRef {
    /// O*NET-SOC code.
    pub code: String,
    /// Title.
    pub title: String,
}

/// Wages in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateWages {
    /// Postal code.
    pub state: String,
    /// Name.
    pub name: String,
    /// The wages.
    pub wages: Wages,
}

/// Wages in one metropolitan or nonmetropolitan area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaWages {
    /// OEWS area code.
    pub code: String,
    /// Name.
    pub name: String,
    /// True for a metropolitan area.
    pub metropolitan: bool,
    /// The wages (10th, median and 90th percentiles only).
    pub wages: Wages,
}

/// A state or territory: (postal code, name).
pub type UsState = (String, String);

/// Pay in one chosen state: the state, its wages if BLS publishes them,
/// and its areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatePay {
    /// Postal code.
    pub code: String,
    /// Name.
    pub name: String,
    /// The state's wages for the career, if BLS publishes any.
    pub wages: Option<Wages>,
    /// Its metropolitan and nonmetropolitan areas with figures, by name.
    pub areas: Vec<AreaWages>,
}

/// Wages in one industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryWages {
    /// NAICS code.
    pub naics: String,
    /// Industry.
    pub title: String,
    /// The wages (10th, median and 90th percentiles only).
    pub wages: Wages,
}

/// A title people use for the job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobTitle {
    /// The title.
    pub title: String,
    /// One of the most common.
    pub common: bool,
    /// Source id.
    pub source: String,
}

/// A software or technology example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TechnologyItem {
    /// Product or technology.
    pub example: String,
    /// Its class.
    pub class: String,
    /// Frequently named in job postings.
    pub hot: bool,
}

/// Another career, as a list shows it: with its median pay and projected
/// change where the datasets give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerSummary {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// National median annual wage.
    pub median: Option<Published>,
    /// Median hourly wage in cents, for careers paid by the hour.
    pub hourly_median: Option<Published>,
    /// Projected change, tenths of a per cent.
    pub percent_change_tenths: Option<i64>,
    /// Typical entry education.
    pub entry_education: Option<String>,
}

/// O*NET's share of workers at one level of education.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EducationShareRow {
    /// Category number.
    pub category: i64,
    /// Label.
    pub label: String,
    /// Percent, as O*NET prints it.
    pub percent: String,
    /// O*NET advises against relying on it.
    pub suppress: bool,
    /// The O*NET occupation rated.
    pub onet_code: String,
    /// When rated (YYYY-MM).
    pub date: String,
}

/// A dataset, as the page that credits them shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetInfo {
    /// Source id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Publisher.
    pub publisher: String,
    /// Release.
    pub release: String,
    /// License.
    pub license: String,
    /// License text address.
    pub license_url: Option<String>,
    /// The attribution line, word for word.
    pub attribution: String,
    /// The publisher's page.
    pub url: String,
    /// A note on its figures.
    pub note: Option<String>,
    /// How our copy differs.
    pub changes: Option<String>,
    /// The files, one per line.
    pub files: Vec<String>,
}

/// The sources behind each prose or list section, keyed by section name.
pub type SectionSources = HashMap<String, Vec<String>>;

/// A trend in the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trend {
    /// Heading.
    pub title: String,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// Another name for the job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlternateTitle {
    /// The title.
    pub title: String,
    /// `also-called`, `other-title` or `similar-title`.
    pub kind: String,
    /// Source id.
    pub source: String,
}

/// A related occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimilarOccupation {
    /// Its name.
    pub title: String,
    /// Source id.
    pub source: String,
}

/// A rung of the education ladder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Education {
    /// Ladder key.
    pub key: String,
    /// Heading.
    pub title: String,
    /// How long it takes.
    pub duration: Option<String>,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// A school that trains for a career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State code.
    pub state: String,
    /// Source id.
    pub source: String,
    /// The Scorecard institution it certainly is, if any.
    pub institution: Option<SchoolInstitution>,
}

/// A certification with its awarding body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certification {
    /// Abbreviation, if any.
    pub abbreviation: Option<String>,
    /// Name.
    pub name: String,
    /// Abbreviation of the body.
    pub body: String,
    /// Full name of the body.
    pub body_name: String,
    /// Explanation.
    pub text: Option<String>,
    /// Source id.
    pub source: String,
}

/// A state's licensing rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licensing {
    /// State code.
    pub state: String,
    /// Whether a licence is required.
    pub required: bool,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// When a figure dates from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureDate {
    /// The year.
    pub year: i64,
    /// The source's own name for the date ("May 2018").
    pub period: Option<String>,
    /// True when the source does not print the year.
    pub estimated: bool,
}

/// A pay percentile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryPercentile {
    /// 1-99.
    pub percentile: i64,
    /// US dollars a year.
    pub amount: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// Median pay in an industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryByIndustry {
    /// Industry.
    pub industry: String,
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// The occupation's median pay for one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryMedian {
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Number employed, where given.
    pub employment: Option<i64>,
    /// Who the figure covers.
    pub scope: String,
    /// Source id.
    pub source: String,
}

/// Median pay in a city (or overall) at some years of experience.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryByCity {
    /// City, or `None` for the overall figure.
    pub city: Option<String>,
    /// The city's state.
    pub state: Option<String>,
    /// Years of experience.
    pub experience_years: i64,
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// An employment projection. Also the API's `Projection` schema.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Projection {
    /// First year.
    pub start_year: i64,
    /// Last year.
    pub end_year: i64,
    /// Growth in per cent.
    pub growth_percent: i64,
    /// The source's comparison with all jobs.
    pub pace: Option<String>,
    /// Employment at the start.
    pub employment_start: Option<i64>,
    /// Employment at the end.
    pub employment_end: Option<i64>,
    /// New jobs.
    pub new_jobs: Option<i64>,
    /// The group projected.
    pub occupation_group: String,
    /// Source id.
    pub source: String,
}

/// An organisation to learn more from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnMore {
    /// Name.
    pub name: String,
    /// Postal address lines.
    pub address: Vec<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// Source id.
    pub source: String,
}

/// Everything the overview page shows.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The career.
    pub career: Career,
    /// The sources the career cites, for the page's source list.
    pub sources: Vec<Source>,
    /// Sources behind prose and list sections.
    pub section_sources: SectionSources,
    /// Duties.
    pub duties: Vec<String>,
    /// Skills and qualities.
    pub skills: Vec<String>,
    /// Work settings.
    pub work_settings: Vec<String>,
    /// Trends.
    pub trends: Vec<Trend>,
    /// Other names.
    pub alternate_titles: Vec<AlternateTitle>,
    /// Related occupations.
    pub similar: Vec<SimilarOccupation>,
    /// The education ladder (for the quick facts).
    pub education: Vec<Education>,
    /// Medians from every year (for the quick facts).
    pub medians: Vec<SalaryMedian>,
    /// Pay percentiles (for the structured data).
    pub percentiles: Vec<SalaryPercentile>,
    /// Certifications (for the structured data).
    pub certifications: Vec<Certification>,
    /// Every projection (for the quick facts).
    pub projections: Vec<Projection>,
    /// Where to learn more.
    pub learn_more: Vec<LearnMore>,
    /// Its occupation's current figures, if it has an occupation.
    pub occupation: Option<Occupation>,
    /// What people call the job.
    pub job_titles: Vec<JobTitle>,
    /// Software and technology used.
    pub technology: Vec<TechnologyItem>,
    /// Related careers.
    pub related: Vec<CareerSummary>,
    /// Pay in the state asked for, if one was.
    pub state_pay: Option<StatePay>,
    /// Every state and territory with wage figures: (code, name), by name.
    pub us_states: Vec<UsState>,
    /// Its interest profile.
    pub interest: Option<CareerInterest>,
}

/// Everything the one-page career sheet shows.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The career.
    pub career: Career,
    /// The sources the career cites, for the page's source list.
    pub sources: Vec<Source>,
    /// Sources behind prose and list sections.
    pub section_sources: SectionSources,
    /// Duties.
    pub duties: Vec<String>,
    /// Skills.
    pub skills: Vec<String>,
    /// The education ladder.
    pub education: Vec<Education>,
    /// Certifications.
    pub certifications: Vec<Certification>,
    /// Pay percentiles.
    pub percentiles: Vec<SalaryPercentile>,
    /// Medians from different years, newest first.
    pub medians: Vec<SalaryMedian>,
    /// Projections, newest first.
    pub projections: Vec<Projection>,
    /// Every school, by name.
    pub schools: Vec<School>,
    /// Where to learn more.
    pub learn_more: Vec<LearnMore>,
    /// Its occupation's current figures, if it has an occupation.
    pub occupation: Option<Occupation>,
    /// The most common titles people use.
    pub job_titles: Vec<JobTitle>,
    /// Related careers.
    pub related: Vec<CareerSummary>,
    /// Pay in the state asked for, if one was.
    pub state_pay: Option<StatePay>,
    /// Every state and territory with wage figures: (code, name), by name.
    pub us_states: Vec<UsState>,
}

/// Everything the training page shows.
#[derive(Debug, Clone)]
pub struct Training {
    /// The career.
    pub career: Career,
    /// The sources the career cites, for the page's source list.
    pub sources: Vec<Source>,
    /// Sources behind prose and list sections.
    pub section_sources: SectionSources,
    /// The education ladder.
    pub education: Vec<Education>,
    /// Typical coursework.
    pub coursework: Vec<String>,
    /// Certifications.
    pub certifications: Vec<Certification>,
    /// Licensing by state.
    pub licensing: Vec<Licensing>,
    /// Schools, filtered by town when asked.
    pub schools: Vec<School>,
    /// Every town with a school for this career, sorted.
    pub towns: Vec<String>,
    /// Which schools `schools` holds.
    pub town_filter: TownFilter,
    /// Its occupation's current figures, if it has an occupation.
    pub occupation: Option<Occupation>,
    /// O*NET's shares of workers by level of education.
    pub education_shares: Vec<EducationShareRow>,
}

/// The town filter of the schools table, as understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TownFilter {
    /// No town asked for: every school.
    All,
    /// A known town, spelt as in the data.
    Town(String),
    /// A town with no school for this career: every school is shown.
    Unknown(String),
}

impl TownFilter {
    /// The town shown, when the list is filtered to a known one.
    pub fn town(&self) -> Option<&str> {
        match self {
            TownFilter::Town(t) => Some(t),
            TownFilter::All | TownFilter::Unknown(_) => None,
        }
    }
}

/// Everything the salary page shows.
#[derive(Debug, Clone)]
pub struct Salary {
    /// The career.
    pub career: Career,
    /// The sources the career cites, for the page's source list.
    pub sources: Vec<Source>,
    /// Percentiles, by source and year then percentile.
    pub percentiles: Vec<SalaryPercentile>,
    /// Medians by industry, highest first.
    pub industries: Vec<SalaryByIndustry>,
    /// Medians from different years, newest first.
    pub medians: Vec<SalaryMedian>,
    /// Medians by city and experience, in seed order.
    pub cities: Vec<SalaryByCity>,
    /// Its occupation's current figures, if it has an occupation.
    pub occupation: Option<Occupation>,
    /// Current wages by state, by state name.
    pub states: Vec<StateWages>,
    /// Current wages in the industries employing the most.
    pub industry_wages: Vec<IndustryWages>,
    /// Pay in the state asked for, if one was.
    pub state_pay: Option<StatePay>,
    /// Every state and territory with wage figures: (code, name), by name.
    pub us_states: Vec<UsState>,
}

/// Everything the outlook page shows.
#[derive(Debug, Clone)]
pub struct Outlook {
    /// The career.
    pub career: Career,
    /// The sources the career cites, for the page's source list.
    pub sources: Vec<Source>,
    /// Projections, newest period first.
    pub projections: Vec<Projection>,
    /// Its occupation's current figures, if it has an occupation.
    pub occupation: Option<Occupation>,
}

/// Where a search hit leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HitTarget {
    /// A place on a career's page.
    Career {
        /// The career's slug.
        slug: String,
        /// Its page, by the web layer's name (`overview`, `training`).
        section: String,
        /// The id of the place on the page, if any (`duties`).
        anchor: Option<String>,
    },
    /// The schools list filtered to a school's state and town.
    Schools {
        /// Two-letter state code.
        state: String,
        /// Town.
        town: String,
    },
}

/// One search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// `career`, `title`, `certification`, `duty`, `skill` or `school`.
    pub kind: String,
    /// Where it leads.
    pub target: HitTarget,
    /// The career it belongs to (none for schools).
    pub career_title: Option<String>,
    /// The matched text, with matches between `\u{1}` and `\u{2}`.
    pub highlighted: String,
}

/// A career that a search with no results may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The career's slug.
    pub slug: String,
    /// The title that resembled the query (the career's or an alternate).
    pub title: String,
}

/// A school in the schools list, with the careers it trains for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolListing {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State code.
    pub state: String,
    /// (slug, title) of each career it trains for.
    pub careers: Vec<(String, String)>,
}

/// A page of the schools list.
#[derive(Debug, Clone)]
pub struct SchoolPage {
    /// The schools on this page.
    pub schools: Vec<SchoolListing>,
    /// How many schools match the filter.
    pub total: i64,
    /// Every state with schools, with its count.
    pub states: Vec<(String, i64)>,
}

/// What the list of careers can be ordered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExploreSort {
    /// Title, A to Z.
    #[default]
    Name,
    /// National median annual pay.
    Pay,
    /// Projected percent change in employment.
    Growth,
    /// Openings a year.
    Openings,
    /// Employment.
    Employment,
}

/// Filters of the list of careers; `None` leaves a filter out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreFilter {
    /// Major group code (`29-0000`).
    pub group: Option<String>,
    /// BLS entry education code (1 doctoral ... 8 no formal credential).
    pub education: Option<i64>,
    /// O*NET job zone, 1-5.
    pub zone: Option<i64>,
    /// Median annual pay at least this (top-coded wages count as above
    /// any figure; careers paid by the hour have no annual median).
    pub min_pay: Option<i64>,
    /// Projected change at least this, in tenths of a per cent.
    pub min_growth_tenths: Option<i64>,
    /// An FTS5 expression the career's titles must match.
    pub text: Option<String>,
}

impl ExploreFilter {
    /// How many filters are in use.
    pub fn count(&self) -> usize {
        [
            self.group.is_some(),
            self.education.is_some(),
            self.zone.is_some(),
            self.min_pay.is_some(),
            self.min_growth_tenths.is_some(),
            self.text.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }
}

/// A career in the explore list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExploreRow {
    /// The career, with pay, growth and education.
    pub career: CareerSummary,
    /// SOC code.
    pub soc: Option<String>,
    /// Its group's title.
    pub group: Option<String>,
    /// Employment (OEWS).
    pub employment: Option<i64>,
    /// Openings a year.
    pub openings: Option<i64>,
    /// Job zone.
    pub zone: Option<i64>,
}

/// A level of entry education, as the list's filter offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EducationLevel {
    /// BLS code.
    pub code: i64,
    /// Label ("Bachelor's degree").
    pub label: String,
}

/// One career of a comparison.
#[derive(Debug, Clone)]
pub struct CompareItem {
    /// The career.
    pub career: Career,
    /// Its occupation's current figures.
    pub occupation: Option<Occupation>,
    /// Its certifications (hand-written careers).
    pub certifications: Vec<Certification>,
    /// Pay in the chosen state.
    pub state_pay: Option<StatePay>,
    /// Its interest profile.
    pub interest: Option<CareerInterest>,
    /// The sources it cites.
    pub sources: Vec<Source>,
}

/// A career's interest profile (O*NET).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerInterest {
    /// The O*NET occupation profiled.
    pub onet_code: String,
    /// Its title.
    pub onet_title: String,
    /// The six scores, 1-7 in hundredths, in [`Interest::ALL`] order.
    pub scores: [i64; 6],
    /// The high points, first first.
    pub high_points: Vec<Interest>,
    /// When O*NET last updated the profile (YYYY-MM).
    pub date: String,
}

/// What a student chose on the interests page: areas in order of
/// preference (one to three, no repeats) and a job zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestQuery {
    /// The chosen areas, first choice first.
    pub chosen: Vec<Interest>,
    /// Only careers in this job zone.
    pub zone: Option<i64>,
}

/// A career matched to chosen interests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRow {
    /// The career, with pay, growth and education.
    pub career: CareerSummary,
    /// SOC code.
    pub soc: Option<String>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Its high points, first first.
    pub high_points: Vec<Interest>,
    /// Its six scores, 1-7 in hundredths.
    pub scores: [i64; 6],
}

/// A College Scorecard credential level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Credential(pub i64);

impl Credential {
    /// Every level, from the shortest to the longest, then programs that
    /// lead to no credential.
    pub const ALL: [Credential; 9] = [
        Credential(1),
        Credential(2),
        Credential(3),
        Credential(4),
        Credential(5),
        Credential(8),
        Credential(6),
        Credential(7),
        Credential(99),
    ];

    /// Its name, in our words.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Certificate or diploma (undergraduate)",
            2 => "Associate degree",
            3 => "Bachelor's degree",
            4 => "Post-baccalaureate certificate",
            5 => "Master's degree",
            6 => "Doctoral degree",
            7 => "First professional degree",
            8 => "Graduate or professional certificate",
            _ => "Coursework without a credential",
        }
    }

    /// Its value in addresses (`?credential=associate`).
    pub fn slug(self) -> &'static str {
        match self.0 {
            1 => "certificate",
            2 => "associate",
            3 => "bachelor",
            4 => "post-baccalaureate-certificate",
            5 => "master",
            6 => "doctoral",
            7 => "first-professional",
            8 => "graduate-certificate",
            _ => "non-credential",
        }
    }

    /// The level whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// Where it comes in the list: [`Credential::ALL`]'s order.
    pub fn rank(self) -> usize {
        Self::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(Self::ALL.len())
    }
}

/// How a list of programs is sorted: within each credential, the most
/// completers, the highest earnings or the least debt first; programs
/// without the figure last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProgramSort {
    /// Most completers first.
    #[default]
    Completers,
    /// Highest median earnings first.
    Earnings,
    /// Lowest median debt first.
    Debt,
}

/// Which of a career's programs to list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgramFilter {
    /// Only institutions in this state.
    pub state: Option<String>,
    /// Only this credential.
    pub credential: Option<Credential>,
}

/// Figures of a program as the Scorecard publishes them; `None` is
/// withheld.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramFigures {
    /// Field of study, four-digit CIP code.
    pub cip4: String,
    /// Its title.
    pub field: String,
    /// Credential.
    pub credential: Credential,
    /// Completers.
    pub completers: Option<i64>,
    /// Median earnings of completers, dollars a year.
    pub earnings: Option<i64>,
    /// Years after completion the earnings were measured.
    pub horizon: Option<i64>,
    /// Median debt of completers, dollars.
    pub debt: Option<i64>,
}

/// A program in a career's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramRow {
    /// Institution's unit id.
    pub unitid: String,
    /// Institution's name.
    pub institution: String,
    /// Its state.
    pub state: String,
    /// The figures.
    pub figures: ProgramFigures,
}

/// A page of a career's programs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Programs {
    /// The fields of study that prepare for the career: (code, title).
    pub fields: Vec<(String, String)>,
    /// How many programs pass the state filter, by credential.
    pub by_credential: Vec<(Credential, i64)>,
    /// How many pass every filter.
    pub total: i64,
    /// The programs on this page, by credential, then in the asked order.
    pub rows: Vec<ProgramRow>,
}

/// An institution and what the Scorecard says of its programs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionDetail {
    /// Unit id.
    pub unitid: String,
    /// Federal Student Aid identifier.
    pub opeid6: String,
    /// Name.
    pub name: String,
    /// State, if the Scorecard still lists it in one.
    pub state: Option<String>,
    /// Who runs it: 1 public, 2 private nonprofit, 3 private for-profit.
    pub control: i64,
    /// The institution it merged into: (unit id, name).
    pub merged_into: Option<(String, String)>,
    /// Institutions that merged into it: (unit id, name).
    pub merged_here: Vec<(String, String)>,
    /// Its programs, by credential then field.
    pub programs: Vec<InstitutionProgram>,
}

/// A program of an institution and the careers it prepares for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionProgram {
    /// The figures.
    pub figures: ProgramFigures,
    /// Careers its field prepares for: (slug, title).
    pub careers: Vec<(String, String)>,
}

/// The Scorecard institution a hand-written career's school is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolInstitution {
    /// Unit id.
    pub unitid: String,
    /// Its name in the Scorecard.
    pub name: String,
    /// The institution it is now part of: (unit id, name).
    pub merged_into: Option<(String, String)>,
}
