//! A career's tables one at a time, as the CSV downloads send them: each
//! reads only its table (with one of the subject queries, such as
//! [`super::salary_by_city`]) and the career's sources, for the source
//! columns, not the whole page the table sits on. Every function takes a
//! `&Connection`; `Ok(None)` means "no such career".

use rusqlite::{Connection, OptionalExtension};

use super::{Releases, Source};

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
        sources: super::sources(conn, id)?,
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
    super::releases(conn)
}
