//! What the sections of a career's pages hold: trends, other titles,
//! education, certifications, licensing, projections and where to learn more.

use rusqlite::Connection;

use super::rows::Result;

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

pub(super) fn trends(conn: &Connection, career_id: i64) -> Result<Vec<Trend>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, text, source_id FROM trend WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Trend {
            title: r.get(0)?,
            text: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
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

pub(super) fn alternate_titles(conn: &Connection, career_id: i64) -> Result<Vec<AlternateTitle>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, kind, source_id FROM alternate_title WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(AlternateTitle {
            title: r.get(0)?,
            kind: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
}

/// A related occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimilarOccupation {
    /// Its name.
    pub title: String,
    /// Source id.
    pub source: String,
}

pub(super) fn similar(conn: &Connection, career_id: i64) -> Result<Vec<SimilarOccupation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, source_id FROM similar_occupation WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SimilarOccupation {
            title: r.get(0)?,
            source: r.get(1)?,
        })
    })?
    .collect()
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

pub(super) fn education(conn: &Connection, career_id: i64) -> Result<Vec<Education>> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, title, duration, text, source_id FROM education
         WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Education {
            key: r.get(0)?,
            title: r.get(1)?,
            duration: r.get(2)?,
            text: r.get(3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
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

/// Career `career_id`'s certifications with their bodies, in seed order.
pub fn certifications(conn: &Connection, career_id: i64) -> Result<Vec<Certification>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.abbreviation, c.name, c.body, b.name, c.text, c.source_id
         FROM certification c
         JOIN certification_body b ON b.career_id = c.career_id AND b.abbreviation = c.body
         WHERE c.career_id = ?1 ORDER BY c.position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Certification {
            abbreviation: r.get(0)?,
            name: r.get(1)?,
            body: r.get(2)?,
            body_name: r.get(3)?,
            text: r.get(4)?,
            source: r.get(5)?,
        })
    })?
    .collect()
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

/// Licensing rules of career `career_id`, by state.
pub(super) fn licensing(conn: &Connection, career_id: i64) -> Result<Vec<Licensing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT state, required, text, source_id FROM licensing WHERE career_id = ?1 ORDER BY state",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Licensing {
            state: r.get(0)?,
            required: r.get(1)?,
            text: r.get(2)?,
            source: r.get(3)?,
        })
    })?
    .collect()
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

pub(super) fn learn_more(conn: &Connection, career_id: i64) -> Result<Vec<LearnMore>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, address, phone, url, source_id FROM learn_more
         WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        let address: String = r.get(1)?;
        Ok(LearnMore {
            name: r.get(0)?,
            address: address
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            phone: r.get(2)?,
            url: r.get(3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
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

/// Career `career_id`'s hand-written projections, newest first.
pub fn projections(conn: &Connection, career_id: i64) -> Result<Vec<Projection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT start_year, end_year, growth_percent, pace, employment_start, employment_end,
                new_jobs, occupation_group, source_id
         FROM projection WHERE career_id = ?1 ORDER BY start_year DESC, position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Projection {
            start_year: r.get(0)?,
            end_year: r.get(1)?,
            growth_percent: r.get(2)?,
            pace: r.get(3)?,
            employment_start: r.get(4)?,
            employment_end: r.get(5)?,
            new_jobs: r.get(6)?,
            occupation_group: r.get(7)?,
            source: r.get(8)?,
        })
    })?
    .collect()
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

/// O*NET's shares of workers by level of education, for career
/// `career_id`.
pub fn education_shares(conn: &Connection, career_id: i64) -> Result<Vec<EducationShareRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT category, label, percent, suppress, onet_code, date FROM education_share
         WHERE career_id = ?1 ORDER BY category",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(EducationShareRow {
            category: r.get(0)?,
            label: r.get(1)?,
            percent: r.get(2)?,
            suppress: r.get(3)?,
            onet_code: r.get(4)?,
            date: r.get(5)?,
        })
    })?
    .collect()
}
