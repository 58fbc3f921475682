//! Lists of careers: groups, the A-Z index, the career list, the
//! sitemap, datasets, the glossary and comparisons.

use rusqlite::{Connection, OptionalExtension};

use super::career::{Career, Source, career, resolve_slug, sources};
use super::interests::{CareerInterest, career_interest};
use super::pay::{Occupation, StatePay, occupation, state_pay};
use super::profile::{Element, top_skills};
use super::rows::{CareerSummary, Group, Result, SUMMARY_COLUMNS, meta, summary_row};
use super::sections::{Certification, certifications};

/// A career in the list of careers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerListItem {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short summary, for hand-written careers.
    pub summary: Option<String>,
    /// What the work is: the hand-written summary or our description.
    pub description: String,
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
    /// Its most important skills (O*NET 29.3), most important first.
    pub top_skills: Vec<Element>,
    /// The sources it cites.
    pub sources: Vec<Source>,
}

/// Hand-written careers, by title, at most `limit`.
pub fn handwritten(conn: &Connection, limit: i64) -> Result<Vec<CareerListItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title, summary FROM career WHERE handwritten ORDER BY title, slug LIMIT ?1",
    )?;
    stmt.query_map([limit], |r| {
        let summary: Option<String> = r.get(2)?;
        Ok(CareerListItem {
            slug: r.get(0)?,
            title: r.get(1)?,
            description: summary.clone().unwrap_or_default(),
            summary,
        })
    })?
    .collect()
}

/// How many careers there are.
pub fn career_count(conn: &Connection) -> Result<i64> {
    meta(conn, "careers")
}

/// Every major group, by title.
pub fn groups(conn: &Connection) -> Result<Vec<Group>> {
    let mut stmt = conn
        .prepare_cached("SELECT code, slug, title, careers FROM occupation_group ORDER BY title")?;
    stmt.query_map([], |r| {
        Ok(Group {
            code: r.get(0)?,
            slug: r.get(1)?,
            title: r.get(2)?,
            careers: r.get(3)?,
        })
    })?
    .collect()
}

/// The group with this slug and its careers, by title.
pub fn group(conn: &Connection, slug: &str) -> Result<Option<(Group, Vec<CareerSummary>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, slug, title, careers FROM occupation_group WHERE slug = ?1",
    )?;
    let Some(group) = stmt
        .query_row([slug], |r| {
            Ok(Group {
                code: r.get(0)?,
                slug: r.get(1)?,
                title: r.get(2)?,
                careers: r.get(3)?,
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM career c LEFT JOIN occupation o ON o.career_id = c.id
         WHERE c.group_code = ?1 ORDER BY c.title, c.slug"
    ))?;
    let careers = stmt
        .query_map([&group.code], summary_row)?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some((group, careers)))
}

/// Every career's slug and title, by title: the A-Z index.
pub fn index(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT slug, title FROM career ORDER BY title, slug")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Every dataset, in the order the site credits them.
pub fn datasets(conn: &Connection) -> Result<Vec<DatasetInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, publisher, release, license, license_url, attribution, url, note,
                changes, files
         FROM dataset ORDER BY position",
    )?;
    stmt.query_map([], |r| {
        Ok(DatasetInfo {
            id: r.get(0)?,
            name: r.get(1)?,
            publisher: r.get(2)?,
            release: r.get(3)?,
            license: r.get(4)?,
            license_url: r.get(5)?,
            attribution: r.get(6)?,
            url: r.get(7)?,
            note: r.get(8)?,
            changes: r.get(9)?,
            files: r
                .get::<_, String>(10)?
                .lines()
                .map(str::to_string)
                .collect(),
        })
    })?
    .collect()
}

/// Every career's slug and the date its facts were checked, for the sitemap.
pub fn sitemap(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT slug, data_as_of FROM career ORDER BY slug")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// One page of the career list, by title, and the number of careers.
pub fn career_page(
    conn: &Connection,
    limit: i64,
    offset: i64,
) -> Result<(Vec<CareerListItem>, i64)> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title, summary, handwritten FROM career
         ORDER BY title, slug LIMIT ?1 OFFSET ?2",
    )?;
    let careers = stmt
        .query_map([limit, offset], |r| {
            let summary: Option<String> = r.get(2)?;
            let handwritten: bool = r.get(3)?;
            Ok(CareerListItem {
                slug: r.get(0)?,
                title: r.get(1)?,
                description: summary.clone().unwrap_or_default(),
                summary: summary.filter(|_| handwritten),
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok((careers, meta(conn, "careers")?))
}

/// Every glossary term, in page order: (id, term, definition).
pub fn glossary(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, term, definition FROM glossary ORDER BY position")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect()
}

/// How many top skills a comparison shows for each career.
pub const TOP_SKILLS_COMPARED: i64 = 3;

/// One career of a comparison, with pay in `state` if asked.
pub fn compare_item(
    conn: &Connection,
    slug: &str,
    state: Option<&str>,
) -> Result<Option<CompareItem>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    Ok(Some(CompareItem {
        occupation: occupation(conn, id)?,
        certifications: certifications(conn, id)?,
        state_pay: match state {
            Some(s) => state_pay(conn, id, s)?,
            None => None,
        },
        interest: career_interest(conn, id)?,
        top_skills: top_skills(conn, id, TOP_SKILLS_COMPARED)?,
        sources: sources(conn, id)?,
        career,
    }))
}

/// The career that words typed into the comparison's "add" box name:
/// a slug, a code or a title (as `resolve_slug` takes them), else the best
/// match of a title search (`fts_query` over `raw`).
pub fn career_named(
    conn: &Connection,
    slug: &str,
    raw: &str,
    fts_query: &str,
) -> Result<Option<String>> {
    if let Some(found) = resolve_slug(conn, slug, raw)? {
        return Ok(Some(found));
    }
    if fts_query.is_empty() {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(
        conn,
        "SELECT slug FROM search_index WHERE search_index MATCH ?1
             AND kind IN ('career', 'title', 'code')
         ORDER BY text = ?2 COLLATE NOCASE DESC, priority, weight DESC, rank LIMIT 1",
    )?)?;
    stmt.query_row([fts_query, raw], |r| r.get(0)).optional()
}

/// The careers of `slugs` that exist, as list rows, in the order asked.
pub fn career_summaries(conn: &Connection, slugs: &[String]) -> Result<Vec<CareerSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM career c LEFT JOIN occupation o ON o.career_id = c.id
         WHERE c.slug = ?1"
    ))?;
    let mut out = Vec::with_capacity(slugs.len());
    for s in slugs {
        if let Some(c) = stmt.query_row([s], summary_row).optional()? {
            out.push(c);
        }
    }
    Ok(out)
}

/// Counts rows of a table, for tests and the build report. `table` must be
/// one of the schema's table names.
pub fn count(conn: &Connection, table: &str) -> Result<i64> {
    const TABLES: &[&str] = &[
        "career",
        "career_alias",
        "school",
        "career_school",
        "source",
        "projection",
        "salary_by_city",
        "salary_percentile",
        "salary_by_industry",
        "salary_median",
        "alternate_title",
        "certification",
    ];
    if !TABLES.contains(&table) {
        return Err(rusqlite::Error::InvalidParameterName(table.to_string()));
    }
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
}
