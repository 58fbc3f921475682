//! Typed rows and page data returned by [`super::queries`].

use std::collections::HashMap;

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
}

/// A career in the list of careers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerListItem {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short summary.
    pub summary: String,
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
    /// The statistical group the figures describe.
    pub occupation_group: String,
    /// Date the facts were checked (YYYY-MM-DD).
    pub data_as_of: String,
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
