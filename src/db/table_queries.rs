//! Typed queries for a career's tables one at a time, as the CSV downloads
//! send them: each reads only its table (and the career's sources, for the
//! source columns), not the whole page the table sits on. Every function
//! takes a `&Connection`; `Ok(None)` means "no such career".

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::models::{
    Certification, FigureDate, Projection, Releases, SalaryByCity, SalaryByIndustry, SalaryMedian,
    SalaryPercentile, School, SchoolInstitution, Source, TownFilter,
};
use super::queries;

type Result<T> = rusqlite::Result<T>;

/// One table of a career: its rows, and the sources the career cites,
/// which the rows name by id.
#[derive(Debug, Clone)]
pub struct CareerTable<T> {
    /// The table's rows (or whatever the table is built from).
    pub rows: T,
    /// The sources the career cites, in seed order.
    pub sources: Vec<Source>,
}

/// Table `rows` of the career `slug`, with its sources; `None` when the
/// slug names no career.
pub fn career_table<T>(
    conn: &Connection,
    slug: &str,
    rows: impl FnOnce(&Connection, i64) -> Result<T>,
) -> Result<Option<CareerTable<T>>> {
    let Some(id) = career_id(conn, slug)? else {
        return Ok(None);
    };
    Ok(Some(CareerTable {
        rows: rows(conn, id)?,
        sources: queries::sources(conn, id)?,
    }))
}

/// Rows of one of BLS's current wage tables, with the releases they
/// come from.
#[derive(Debug, Clone)]
pub struct Released<T> {
    /// The releases, as [`career_releases`] finds them.
    pub releases: Option<Releases>,
    /// The rows.
    pub rows: T,
}

/// Current wage table `rows` of career `career_id`, with its releases.
pub fn released<T>(
    conn: &Connection,
    career_id: i64,
    rows: impl FnOnce(&Connection, i64) -> Result<T>,
) -> Result<Released<T>> {
    Ok(Released {
        releases: career_releases(conn, career_id)?,
        rows: rows(conn, career_id)?,
    })
}

/// The id of the career with this slug, if any.
pub fn career_id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM career WHERE slug = ?1")?;
    stmt.query_row([slug], |r| r.get(0)).optional()
}

/// The releases of career `career_id`'s current figures: `None` when it
/// has no occupation or the database was built without datasets.
pub fn career_releases(conn: &Connection, career_id: i64) -> Result<Option<Releases>> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM occupation WHERE career_id = ?1")?;
    if stmt
        .query_row([career_id], |_| Ok(()))
        .optional()?
        .is_none()
    {
        return Ok(None);
    }
    queries::releases(conn)
}

fn date(r: &Row<'_>, year: usize, estimated: usize) -> Result<FigureDate> {
    Ok(FigureDate {
        year: r.get(year)?,
        period: None,
        estimated: r.get(estimated)?,
    })
}

/// Career `career_id`'s pay percentiles, newest first.
pub fn salary_percentiles(conn: &Connection, career_id: i64) -> Result<Vec<SalaryPercentile>> {
    let mut stmt = conn.prepare_cached(
        "SELECT percentile, amount, year, year_estimated, source_id FROM salary_percentile
         WHERE career_id = ?1 ORDER BY year DESC, source_id, percentile",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryPercentile {
            percentile: r.get(0)?,
            amount: r.get(1)?,
            date: date(r, 2, 3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay by industry, best paid first.
pub fn salary_by_industry(conn: &Connection, career_id: i64) -> Result<Vec<SalaryByIndustry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT industry, median, year, year_estimated, source_id FROM salary_by_industry
         WHERE career_id = ?1 ORDER BY median DESC, industry",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryByIndustry {
            industry: r.get(0)?,
            median: r.get(1)?,
            date: date(r, 2, 3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay by city and experience, in seed order.
pub fn salary_by_city(conn: &Connection, career_id: i64) -> Result<Vec<SalaryByCity>> {
    let mut stmt = conn.prepare_cached(
        "SELECT city, state, experience_years, median, year, year_estimated, source_id
         FROM salary_by_city WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryByCity {
            city: r.get(0)?,
            state: r.get(1)?,
            experience_years: r.get(2)?,
            median: r.get(3)?,
            date: date(r, 4, 5)?,
            source: r.get(6)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay in different years, newest first.
pub fn salary_medians(conn: &Connection, career_id: i64) -> Result<Vec<SalaryMedian>> {
    let mut stmt = conn.prepare_cached(
        "SELECT median, year, period, year_estimated, employment, scope, source_id
         FROM salary_median WHERE career_id = ?1 ORDER BY year DESC, position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryMedian {
            median: r.get(0)?,
            date: FigureDate {
                year: r.get(1)?,
                period: r.get(2)?,
                estimated: r.get(3)?,
            },
            employment: r.get(4)?,
            scope: r.get(5)?,
            source: r.get(6)?,
        })
    })?
    .collect()
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

/// Career `career_id`'s schools, limited to `town` (matched without
/// regard to case) when it is one of the career's towns, with the filter
/// as understood.
pub fn schools(
    conn: &Connection,
    career_id: i64,
    town: Option<&str>,
) -> Result<(Vec<School>, TownFilter)> {
    let filter = match town {
        None => TownFilter::All,
        Some(asked) => match school_towns(conn, career_id)?
            .into_iter()
            .find(|t| t.to_lowercase() == asked.to_lowercase())
        {
            Some(known) => TownFilter::Town(known),
            None => TownFilter::Unknown(asked.to_string()),
        },
    };
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, s.town, s.state, cs.source_id, i.unitid, i.name, m.unitid, m.name
         FROM career_school cs JOIN school s ON s.id = cs.school_id
         LEFT JOIN institution i ON i.unitid = s.unitid
         LEFT JOIN institution m ON m.unitid = i.merged_into
         WHERE cs.career_id = ?1 AND (?2 IS NULL OR s.town = ?2)
         ORDER BY s.name, s.town",
    )?;
    let schools = stmt
        .query_map(params![career_id, filter.town()], school_row)?
        .collect::<Result<Vec<_>>>()?;
    Ok((schools, filter))
}

/// The towns of career `career_id`'s schools, by name.
fn school_towns(conn: &Connection, career_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT s.town FROM career_school cs JOIN school s ON s.id = cs.school_id
         WHERE cs.career_id = ?1 ORDER BY s.town",
    )?;
    stmt.query_map([career_id], |r| r.get(0))?.collect()
}

/// A school from a row of name, town, state, source and the unit id and
/// name of its institution and of the one it merged into.
fn school_row(r: &Row<'_>) -> Result<School> {
    let institution = match r.get::<_, Option<String>>(4)? {
        Some(unitid) => Some(SchoolInstitution {
            unitid,
            name: r.get(5)?,
            merged_into: match r.get::<_, Option<String>>(6)? {
                Some(m) => Some((m, r.get(7)?)),
                None => None,
            },
        }),
        None => None,
    };
    Ok(School {
        name: r.get(0)?,
        town: r.get(1)?,
        state: r.get(2)?,
        source: r.get(3)?,
        institution,
    })
}
