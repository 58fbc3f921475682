//! The data of each career page: overview, sheet, training, salary and
//! outlook, gathered from the other subjects.

use rusqlite::Connection;

use super::career::{
    Career, Instead, JobTitle, SectionSources, Source, TechnologyItem, career, instead, job_titles,
    list_items, related, section_sources, sources, technology,
};
use super::interests::{CareerInterest, career_interest};
use super::pay::{
    IndustryWages, Occupation, SalaryByCity, SalaryByIndustry, SalaryMedian, SalaryPercentile,
    StatePay, StateWages, UsState, industry_wages, occupation, salary_by_city, salary_by_industry,
    salary_medians, salary_percentiles, state_pay, state_wages, us_states,
};
use super::profile::{CareerProfile, CareerTools, career_profile, career_tools};
use super::programs::program_count;
use super::rows::{CareerSummary, Result};
use super::search::{School, TownFilter, schools, town_filter};
use super::sections::{
    AlternateTitle, Certification, Education, EducationShareRow, LearnMore, Licensing, Projection,
    SimilarOccupation, Trend, alternate_titles, certifications, education, education_shares,
    learn_more, licensing, projections, similar, trends,
};

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
    /// The careers its description points to instead.
    pub instead: Vec<Instead>,
    /// Wages in the industries employing the most (for where they work).
    pub industries: Vec<IndustryWages>,
    /// Licensing by state (for how to become one).
    pub licensing: Vec<Licensing>,
    /// How many programs the College Scorecard lists in the fields that
    /// prepare for the career; `None` when no field is linked to it.
    pub programs: Option<i64>,
    /// What it takes: skills, knowledge, work styles and values (O*NET 29.3).
    pub profile: Option<CareerProfile>,
    /// Tools used (O*NET 29.3), the first few.
    pub tools: Option<CareerTools>,
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

/// Pay in `state` (if asked) and the list of states, for the pages that
/// let the reader choose a state.
fn states_for(
    conn: &Connection,
    career_id: i64,
    state: Option<&str>,
) -> Result<(Option<StatePay>, Vec<UsState>)> {
    let pay = match state {
        Some(s) => state_pay(conn, career_id, s)?,
        None => None,
    };
    Ok((pay, us_states(conn)?))
}

/// The career sheet's data for `slug`, with pay in `state` if asked.
pub fn sheet(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Sheet>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    Ok(Some(Sheet {
        sources: sources(conn, career.id)?,
        duties: list_items(conn, id, "duties")?,
        skills: list_items(conn, id, "skills")?,
        section_sources: section_sources(conn, id)?,
        education: education(conn, id)?,
        certifications: certifications(conn, id)?,
        percentiles: salary_percentiles(conn, id)?,
        medians: salary_medians(conn, id)?,
        projections: projections(conn, id)?,
        schools: schools(conn, id, None)?,
        learn_more: learn_more(conn, id)?,
        occupation: occupation(conn, id)?,
        job_titles: job_titles(conn, id, 6)?,
        related: related(conn, id)?,
        state_pay,
        us_states,
        career,
    }))
}

/// The overview page's data for `slug`, with pay in `state` if asked.
pub fn overview(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Overview>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    Ok(Some(Overview {
        sources: sources(conn, career.id)?,
        section_sources: section_sources(conn, id)?,
        duties: list_items(conn, id, "duties")?,
        skills: list_items(conn, id, "skills")?,
        work_settings: list_items(conn, id, "work_settings")?,
        trends: trends(conn, id)?,
        alternate_titles: alternate_titles(conn, id)?,
        similar: similar(conn, id)?,
        education: education(conn, id)?,
        medians: salary_medians(conn, id)?,
        percentiles: salary_percentiles(conn, id)?,
        certifications: certifications(conn, id)?,
        projections: projections(conn, id)?,
        learn_more: learn_more(conn, id)?,
        occupation: occupation(conn, id)?,
        job_titles: job_titles(conn, id, 60)?,
        technology: technology(conn, id)?,
        related: related(conn, id)?,
        state_pay,
        us_states,
        interest: career_interest(conn, id)?,
        instead: instead(conn, id)?,
        industries: industry_wages(conn, id)?,
        licensing: licensing(conn, id)?,
        programs: program_count(conn, id)?,
        profile: career_profile(conn, id)?,
        tools: career_tools(conn, id, TOOLS_SHOWN)?,
        career,
    }))
}

/// How many tools the overview shows.
pub const TOOLS_SHOWN: i64 = 10;

/// The training page's data for `slug`, with schools limited to `town`
/// (matched without regard to case) when it is one of the career's towns.
pub fn training(conn: &Connection, slug: &str, town: Option<&str>) -> Result<Option<Training>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let certifications = certifications(conn, id)?;
    let licensing = licensing(conn, id)?;
    let (towns, town_filter) = town_filter(conn, id, town)?;
    let schools = schools(conn, id, town_filter.town())?;
    Ok(Some(Training {
        sources: sources(conn, career.id)?,
        section_sources: section_sources(conn, id)?,
        education: education(conn, id)?,
        coursework: list_items(conn, id, "coursework")?,
        certifications,
        licensing,
        schools,
        towns,
        town_filter,
        occupation: occupation(conn, id)?,
        education_shares: education_shares(conn, id)?,
        career,
    }))
}

/// The salary page's data for `slug`, with pay in `state` if asked.
pub fn salary(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Salary>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    let percentiles = salary_percentiles(conn, id)?;
    let industries = salary_by_industry(conn, id)?;
    let cities = salary_by_city(conn, id)?;
    Ok(Some(Salary {
        sources: sources(conn, career.id)?,
        medians: salary_medians(conn, id)?,
        percentiles,
        industries,
        cities,
        occupation: occupation(conn, id)?,
        states: state_wages(conn, id)?,
        industry_wages: industry_wages(conn, id)?,
        state_pay,
        us_states,
        career,
    }))
}

/// The outlook page's data for `slug`.
pub fn outlook(conn: &Connection, slug: &str) -> Result<Option<Outlook>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    Ok(Some(Outlook {
        sources: sources(conn, career.id)?,
        projections: projections(conn, career.id)?,
        occupation: occupation(conn, career.id)?,
        career,
    }))
}
