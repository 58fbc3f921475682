//! The career row, the sources it cites, its section lists, the
//! titles people use, its technology and related careers.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::rows::{CareerSummary, Group, Result, SUMMARY_COLUMNS, summary_row};

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

/// A source from a row of `id, publisher, reported_in, note, dataset`.
fn source_row(r: &Row<'_>) -> Result<Source> {
    Ok(Source {
        id: r.get(0)?,
        publisher: r.get(1)?,
        reported_in: r.get(2)?,
        note: r.get(3)?,
        dataset: r.get(4)?,
    })
}

/// The sources career `career_id` cites anywhere, in seed order.
pub fn sources(conn: &Connection, career_id: i64) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.publisher, s.reported_in, s.note, s.dataset
         FROM career_source cs JOIN source s ON s.id = cs.source_id
         WHERE cs.career_id = ?1 ORDER BY s.position",
    )?;
    stmt.query_map([career_id], source_row)?.collect()
}

/// The sources with these ids, in seed order.
pub fn sources_by_id(conn: &Connection, ids: &[&str]) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, publisher, reported_in, note, dataset FROM source WHERE id = ?1",
    )?;
    let mut out = Vec::new();
    for id in ids {
        out.extend(stmt.query_row([id], source_row).optional()?);
    }
    Ok(out)
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
    /// What the work is: the hand-written summary, or our description.
    pub description: String,
    /// The hand-written text, for careers written by hand.
    pub text: Option<CareerText>,
}

/// The prose of a hand-written career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerText {
    /// The statistical group its own figures describe.
    pub occupation_group: String,
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

/// The career with this slug, if any.
pub fn career(conn: &Connection, slug: &str) -> Result<Option<Career>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.slug, c.title, c.data_as_of, c.soc, c.handwritten, c.occupation_group,
                c.summary, c.work_text, c.work_hours_text, c.certification_text,
                c.renewal_years, c.renewal_source, g.code, g.slug, g.title, g.careers
         FROM career c LEFT JOIN occupation_group g ON g.code = c.group_code
         WHERE c.slug = ?1",
    )?;
    stmt.query_row([slug], |r| {
        let handwritten: bool = r.get(5)?;
        let text = if handwritten {
            Some(CareerText {
                occupation_group: r.get(6)?,
                work_text: r.get(8)?,
                work_hours_text: r.get(9)?,
                certification_text: r.get(10)?,
                renewal_years: r.get(11)?,
                renewal_source: r.get(12)?,
            })
        } else {
            None
        };
        let group = match r.get::<_, Option<String>>(13)? {
            Some(code) => Some(Group {
                code,
                slug: r.get(14)?,
                title: r.get(15)?,
                careers: r.get(16)?,
            }),
            None => None,
        };
        Ok(Career {
            id: r.get(0)?,
            slug: r.get(1)?,
            title: r.get(2)?,
            data_as_of: r.get(3)?,
            soc: r.get(4)?,
            group,
            description: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
            text,
        })
    })
    .optional()
}

/// Another career that a description points a student to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instead {
    /// Our line before the other career's title.
    pub lead: String,
    /// The other career's slug.
    pub slug: String,
    /// The other career's title.
    pub title: String,
}

/// The careers that career `career_id`'s description points to, in order.
pub fn instead(conn: &Connection, career_id: i64) -> Result<Vec<Instead>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.lead, c.slug, c.title FROM career_instead i JOIN career c ON c.id = i.other_id
         WHERE i.career_id = ?1 ORDER BY i.position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Instead {
            lead: r.get(0)?,
            slug: r.get(1)?,
            title: r.get(2)?,
        })
    })?
    .collect()
}

/// The slug of the career that `slug` (already made into a slug) or `code`
/// (as typed) names: a career's own slug, one of its other titles made
/// into a slug, its SOC code (`29-2072`) or one of its O*NET codes
/// (`29-2072.00`).
pub fn resolve_slug(conn: &Connection, slug: &str, code: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug FROM career WHERE slug = ?1
         UNION ALL
         SELECT c.slug FROM career_alias a JOIN career c ON c.id = a.career_id WHERE a.slug = ?1
         UNION ALL
         SELECT slug FROM career WHERE soc = ?2
         UNION ALL
         SELECT c.slug FROM onet_occupation o JOIN career c ON c.id = o.career_id WHERE o.code = ?2
         LIMIT 1",
    )?;
    stmt.query_row([slug, code], |r| r.get(0)).optional()
}

/// The sources behind each prose or list section, keyed by section name.
pub type SectionSources = HashMap<String, Vec<String>>;

pub(super) fn section_sources(conn: &Connection, career_id: i64) -> Result<SectionSources> {
    let mut stmt = conn.prepare_cached(
        "SELECT section, source_id FROM section_source WHERE career_id = ?1 ORDER BY section, position",
    )?;
    let mut map = SectionSources::new();
    let rows = stmt.query_map([career_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (section, source) = row?;
        map.entry(section).or_default().push(source);
    }
    Ok(map)
}

pub(super) fn list_items(conn: &Connection, career_id: i64, section: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT text FROM list_item WHERE career_id = ?1 AND section = ?2 ORDER BY position",
    )?;
    stmt.query_map(params![career_id, section], |r| r.get(0))?
        .collect()
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

/// What people call career `career_id`'s job, the most common first.
pub fn job_titles(conn: &Connection, career_id: i64, limit: i64) -> Result<Vec<JobTitle>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, common, source_id FROM job_title WHERE career_id = ?1
         ORDER BY position LIMIT ?2",
    )?;
    stmt.query_map([career_id, limit], |r| {
        Ok(JobTitle {
            title: r.get(0)?,
            common: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
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

/// Software and technology of career `career_id`, hot ones first.
pub fn technology(conn: &Connection, career_id: i64) -> Result<Vec<TechnologyItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT example, class, hot FROM technology WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(TechnologyItem {
            example: r.get(0)?,
            class: r.get(1)?,
            hot: r.get(2)?,
        })
    })?
    .collect()
}

/// Careers related to career `career_id`, most related first.
pub fn related(conn: &Connection, career_id: i64) -> Result<Vec<CareerSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM related_career r
         JOIN career c ON c.id = r.related_id
         LEFT JOIN occupation o ON o.career_id = c.id
         WHERE r.career_id = ?1 ORDER BY r.position"
    ))?;
    stmt.query_map([career_id], summary_row)?.collect()
}
