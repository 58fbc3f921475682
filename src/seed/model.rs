//! The shape of the seed files, as serde types.
//!
//! Every struct denies unknown keys, so a misspelt field is an error that
//! names the field instead of being silently ignored. Amounts are unsigned,
//! so a negative or non-numeric salary is rejected while parsing.

use serde::{Deserialize, Serialize};

/// `seed/sources.toml`: every source a figure may cite.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// The sources, in the order they are listed.
    pub source: Vec<Source>,
}

/// Who produced a fact or figure, and where we read it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id that career files cite.
    pub id: String,
    /// The organisation that produced the facts or figures.
    pub publisher: String,
    /// The page or document that reported them to us.
    pub reported_in: String,
    /// Anything a reader should know about the source.
    #[serde(default)]
    pub note: Option<String>,
}

/// One file in `seed/careers/`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Career {
    /// URL slug, e.g. `medical-coder`.
    pub slug: String,
    /// The career's usual name.
    pub title: String,
    /// The SOC code of the occupation whose current BLS and O*NET figures
    /// the career shows beside its own (`29-2072`).
    #[serde(default)]
    pub soc: Option<String>,
    /// The statistical occupation group the figures describe.
    pub occupation_group: String,
    /// Day the facts were last checked against their sources (YYYY-MM-DD).
    pub data_as_of: String,
    /// A short summary for lists and the top of the overview.
    pub summary: String,
    /// What the work is like.
    pub work: TextSection,
    /// Main duties.
    pub duties: ListSection,
    /// Skills and qualities.
    pub skills: ListSection,
    /// Where people in this career work.
    pub work_settings: ListSection,
    /// Typical hours.
    pub work_hours: TextSection,
    /// Trends in the field.
    #[serde(default)]
    pub trend: Vec<Trend>,
    /// Other names for the job.
    #[serde(default)]
    pub alternate_title: Vec<AlternateTitle>,
    /// Related occupations.
    #[serde(default)]
    pub similar_occupation: Vec<SimilarOccupation>,
    /// The education ladder.
    #[serde(default)]
    pub education: Vec<Education>,
    /// Typical coursework.
    pub coursework: ListSection,
    /// Schools that train for the career.
    #[serde(default)]
    pub school: Vec<School>,
    /// Bodies that award certifications.
    #[serde(default)]
    pub certification_body: Vec<CertificationBody>,
    /// Certifications.
    #[serde(default)]
    pub certification: Vec<Certification>,
    /// General facts about certification and its renewal.
    pub certification_notes: CertificationNotes,
    /// Licensing rules by state.
    #[serde(default)]
    pub licensing: Vec<Licensing>,
    /// Pay percentiles.
    #[serde(default)]
    pub salary_percentile: Vec<SalaryPercentile>,
    /// Median pay by industry.
    #[serde(default)]
    pub salary_by_industry: Vec<SalaryByIndustry>,
    /// Medians for the whole occupation from different years.
    #[serde(default)]
    pub salary_median: Vec<SalaryMedian>,
    /// Median pay by city and years of experience.
    #[serde(default)]
    pub salary_by_city: Vec<SalaryByCity>,
    /// Employment projections.
    #[serde(default)]
    pub projection: Vec<Projection>,
    /// Organisations to learn more from.
    #[serde(default)]
    pub learn_more: Vec<LearnMore>,
}

/// A block of prose with the sources behind it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TextSection {
    /// Source ids.
    pub sources: Vec<String>,
    /// The text; blank lines separate paragraphs.
    pub text: String,
}

/// A list with the sources behind it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ListSection {
    /// Source ids.
    pub sources: Vec<String>,
    /// The items, in order.
    pub items: Vec<String>,
}

/// A trend in the field.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Trend {
    /// Short heading.
    pub title: String,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// Another name for the job.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AlternateTitle {
    /// The title.
    pub title: String,
    /// `also-called`, `other-title` or `similar-title`.
    pub kind: String,
    /// Source id.
    pub source: String,
}

/// A related occupation.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SimilarOccupation {
    /// Its name.
    pub title: String,
    /// Source id.
    pub source: String,
}

/// One rung of the education ladder.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// One of [`EDUCATION_KEYS`](super::EDUCATION_KEYS).
    pub key: String,
    /// Heading.
    pub title: String,
    /// How long it takes, in words.
    #[serde(default)]
    pub duration: Option<String>,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// A school.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// Its name.
    pub name: String,
    /// Town or city.
    pub town: String,
    /// Two-letter postal code of the state.
    pub state: String,
    /// Source id.
    pub source: String,
}

/// A body that awards certifications.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CertificationBody {
    /// Abbreviation, used by certifications to refer to it.
    pub abbreviation: String,
    /// Full name.
    pub name: String,
    /// Source id.
    pub source: String,
}

/// A certification.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// Its abbreviation, if it has one.
    #[serde(default)]
    pub abbreviation: Option<String>,
    /// Its name.
    pub name: String,
    /// Abbreviation of the awarding body.
    pub body: String,
    /// A short explanation.
    #[serde(default)]
    pub text: Option<String>,
    /// Source id.
    pub source: String,
}

/// General facts about certification.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CertificationNotes {
    /// Source ids.
    pub sources: Vec<String>,
    /// Explanation.
    pub text: String,
    /// How often a credential is renewed, in years.
    pub renewal_years: u8,
    /// Source of the renewal period.
    pub renewal_source: String,
}

/// A state's licensing rule.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Licensing {
    /// Two-letter postal code.
    pub state: String,
    /// Whether a licence is required.
    pub required: bool,
    /// Explanation.
    pub text: String,
    /// Source id.
    pub source: String,
}

/// A pay percentile.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryPercentile {
    /// 10, 25, 50, 75 or 90 (any 1-99).
    pub percentile: u8,
    /// Annual pay in US dollars.
    pub amount: u32,
    /// Year of the figure.
    pub year: u16,
    /// True when the source does not print the year.
    #[serde(default)]
    pub year_estimated: bool,
    /// Source id.
    pub source: String,
}

/// Median pay in one industry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryByIndustry {
    /// The industry.
    pub industry: String,
    /// Annual median in US dollars.
    pub median: u32,
    /// Year of the figure.
    pub year: u16,
    /// True when the source does not print the year.
    #[serde(default)]
    pub year_estimated: bool,
    /// Source id.
    pub source: String,
}

/// The occupation's median pay as published for one year.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryMedian {
    /// Annual median in US dollars.
    pub median: u32,
    /// Year of the figure.
    pub year: u16,
    /// The source's own name for the date, e.g. "May 2018".
    #[serde(default)]
    pub period: Option<String>,
    /// True when the source does not print the year.
    #[serde(default)]
    pub year_estimated: bool,
    /// Number employed at the time, where given.
    #[serde(default)]
    pub employment: Option<u32>,
    /// Which group of workers the figure covers.
    pub scope: String,
    /// Source id.
    pub source: String,
}

/// Median pay in one city (or overall) at some years of experience.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryByCity {
    /// City; absent for the overall figure.
    #[serde(default)]
    pub city: Option<String>,
    /// State of the city.
    #[serde(default)]
    pub state: Option<String>,
    /// Years of experience.
    pub experience_years: u8,
    /// Annual median in US dollars.
    pub median: u32,
    /// Year of the figure.
    pub year: u16,
    /// True when the source does not print the year.
    #[serde(default)]
    pub year_estimated: bool,
    /// Source id.
    pub source: String,
}

/// A projection of employment over a period.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    /// First year of the period.
    pub start_year: u16,
    /// Last year of the period.
    pub end_year: u16,
    /// Projected growth in per cent (may be negative).
    pub growth_percent: i16,
    /// The source's comparison with all occupations.
    #[serde(default)]
    pub pace: Option<String>,
    /// Employment at the start, where given.
    #[serde(default)]
    pub employment_start: Option<u32>,
    /// Employment at the end, where given.
    #[serde(default)]
    pub employment_end: Option<u32>,
    /// New jobs over the period, where given.
    #[serde(default)]
    pub new_jobs: Option<u32>,
    /// The group of workers projected.
    pub occupation_group: String,
    /// Source id.
    pub source: String,
}

/// An organisation to learn more from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnMore {
    /// Its name.
    pub name: String,
    /// Postal address lines.
    #[serde(default)]
    pub address: Vec<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Web address.
    #[serde(default)]
    pub url: Option<String>,
    /// Source id.
    pub source: String,
}

/// `seed/glossary.toml`: terms explained on the /glossary page.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    /// The terms, in page order.
    #[serde(default)]
    pub term: Vec<GlossaryTerm>,
}

/// One glossary entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// Anchor on the page (`median` for /glossary#median).
    pub id: String,
    /// The term as shown.
    pub term: String,
    /// Its explanation.
    pub definition: String,
}
