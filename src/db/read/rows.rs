//! Rows and helpers several subjects share: a published figure, a
//! figure's date, a career in a list, the release facts and `meta` reads.

use rusqlite::{Connection, OptionalExtension, Row};

use crate::domain::{Footnote, Notes};

/// What every query returns.
pub(super) type Result<T> = rusqlite::Result<T>;

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

pub(super) fn date(r: &Row<'_>, year: usize, estimated: usize) -> Result<FigureDate> {
    Ok(FigureDate {
        year: r.get(year)?,
        period: None,
        estimated: r.get(estimated)?,
    })
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
    /// What the work is, in one sentence.
    pub line: String,
}

/// The columns of a career in a list, for [`summary_row`]; the query's
/// own columns follow from index [`SUMMARY_WIDTH`].
pub(super) const SUMMARY_COLUMNS: &str =
    "c.slug, c.title, o.career_id, o.annual_median, o.hourly_median_cents,
     o.notes, o.percent_change_tenths, o.entry_education, o.in_oews, c.summary_line";

/// How many columns [`SUMMARY_COLUMNS`] has.
pub(super) const SUMMARY_WIDTH: usize = 10;

/// A career in a list, from a row of [`SUMMARY_COLUMNS`].
pub(super) fn summary_row(r: &Row<'_>) -> Result<CareerSummary> {
    let has_occupation = r.get::<_, Option<i64>>(2)?.is_some();
    let in_oews: bool = r.get::<_, Option<bool>>(8)?.unwrap_or(false);
    let notes =
        Notes::parse(&r.get::<_, Option<String>>(5)?.unwrap_or_default()).unwrap_or_default();
    Ok(CareerSummary {
        slug: r.get(0)?,
        title: r.get(1)?,
        median: (has_occupation && in_oews)
            .then(|| Published::from_notes(r.get(3).ok().flatten(), &notes, "annual_median")),
        hourly_median: (has_occupation && in_oews)
            .then(|| Published::from_notes(r.get(4).ok().flatten(), &notes, "hourly_median")),
        percent_change_tenths: r.get(6)?,
        entry_education: r.get(7)?,
        line: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
    })
}

pub(super) fn meta(conn: &Connection, key: &str) -> Result<i64> {
    let mut stmt = conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?;
    Ok(stmt.query_row([key], |r| r.get(0)).optional()?.unwrap_or(0))
}

fn meta_text(conn: &Connection, key: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?;
    stmt.query_row([key], |r| {
        Ok(match r.get_ref(0)? {
            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            rusqlite::types::ValueRef::Integer(i) => i.to_string(),
            other => format!("{other:?}"),
        })
    })
    .optional()
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

/// The releases the current figures come from; `None` for a database
/// built without datasets.
pub fn releases(conn: &Connection) -> Result<Option<Releases>> {
    let Some(wages) = meta_text(conn, "oews_release")? else {
        return Ok(None);
    };
    Ok(Some(Releases {
        wages,
        top_coded_annual: meta(conn, "top_coded_annual")?,
        top_coded_hourly: meta_text(conn, "top_coded_hourly")?.unwrap_or_default(),
        projection_start: meta(conn, "projections_start")?,
        projection_end: meta(conn, "projections_end")?,
    }))
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
