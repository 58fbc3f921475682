//! The explore list: careers filtered and sorted by their figures.

use rusqlite::Connection;

use super::rows::{CareerSummary, Result, SUMMARY_COLUMNS, SUMMARY_WIDTH, summary_row};
use super::sql::{Args, where_all};

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
    /// An O*NET element (skill or knowledge area) the career's profile
    /// rates important or more (3 of 5), the rating not suppressed.
    pub uses: Option<String>,
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
            self.uses.is_some(),
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

/// The levels of entry education careers have, from the most schooling.
pub fn education_levels(conn: &Connection) -> Result<Vec<EducationLevel>> {
    let mut stmt = conn.prepare_cached("SELECT code, label FROM entry_education ORDER BY code")?;
    stmt.query_map([], |r| {
        Ok(EducationLevel {
            code: r.get(0)?,
            label: r.get(1)?,
        })
    })?
    .collect()
}

/// The WHERE clause of `filter`, its values pushed to `args`; `top_coded`
/// is the annual wage a top-coded median counts as.
fn explore_where(filter: &ExploreFilter, top_coded: i64, args: &mut Args) -> String {
    let mut clauses: Vec<String> = Vec::new();
    if let Some(g) = &filter.group {
        clauses.push(format!("c.group_code = {}", args.push(g.clone())));
    }
    if let Some(e) = filter.education {
        clauses.push(format!("o.entry_education_code = {}", args.push(e)));
    }
    if let Some(z) = filter.zone {
        clauses.push(format!("o.job_zone = {}", args.push(z)));
    }
    if let Some(p) = filter.min_pay {
        let p = args.push(p);
        let top = args.push(top_coded);
        clauses.push(format!(
            "(o.annual_median >= {p} OR (o.annual_median IS NULL AND instr(o.notes, 'annual_median=5') > 0 AND {top} >= {p}))"
        ));
    }
    if let Some(g) = filter.min_growth_tenths {
        clauses.push(format!("o.percent_change_tenths >= {}", args.push(g)));
    }
    if let Some(t) = &filter.text {
        clauses.push(format!(
            "c.slug IN (SELECT slug FROM search_index WHERE search_index MATCH {}
                 AND kind IN ('career', 'title', 'code'))",
            args.push(t.clone())
        ));
    }
    if let Some(e) = &filter.uses {
        clauses.push(format!(
            "c.id IN (SELECT career_id FROM career_rating WHERE element_id = {} AND score >= 300)",
            args.push(e.clone())
        ));
    }
    where_all(&clauses)
}

/// How many careers pass `filter`.
pub fn explore_count(conn: &Connection, filter: &ExploreFilter, top_coded: i64) -> Result<i64> {
    let mut args = Args::default();
    let clause = explore_where(filter, top_coded, &mut args);
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(
        conn,
        &format!(
            "SELECT count(*) FROM career c LEFT JOIN occupation o ON o.career_id = c.id{clause}"
        ),
    )?)?;
    stmt.query_row(args.params(), |r| r.get(0))
}

/// The careers that pass `filter`, ordered by `sort` (`descending` or
/// not; careers without the figure last, then by title), `limit` from
/// `offset`.
pub fn explore(
    conn: &Connection,
    filter: &ExploreFilter,
    sort: ExploreSort,
    descending: bool,
    top_coded: i64,
    limit: i64,
    offset: i64,
) -> Result<Vec<ExploreRow>> {
    let mut args = Args::default();
    let clause = explore_where(filter, top_coded, &mut args);
    let key = match sort {
        ExploreSort::Name => "NULL".to_string(),
        ExploreSort::Pay => format!(
            "coalesce(o.annual_median,
             CASE WHEN instr(o.notes, 'annual_median=5') > 0 THEN {} END)",
            args.push(top_coded)
        ),
        ExploreSort::Growth => "o.percent_change_tenths".to_string(),
        ExploreSort::Openings => "o.annual_openings".to_string(),
        ExploreSort::Employment => "o.employment".to_string(),
    };
    let dir = if descending { "DESC" } else { "ASC" };
    let title_dir = if sort == ExploreSort::Name {
        dir
    } else {
        "ASC"
    };
    let page = args.limit_offset(limit, offset);
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(
        conn,
        &format!(
            "SELECT {SUMMARY_COLUMNS}, c.soc, g.title, o.employment, o.annual_openings, o.job_zone
             FROM career c LEFT JOIN occupation o ON o.career_id = c.id
             LEFT JOIN occupation_group g ON g.code = c.group_code{clause}
             ORDER BY {key} IS NULL, {key} {dir}, c.title {title_dir}, c.slug
             {page}"
        ),
    )?)?;
    stmt.query_map(args.params(), |r| {
        Ok(ExploreRow {
            career: summary_row(r)?,
            soc: r.get(SUMMARY_WIDTH)?,
            group: r.get(SUMMARY_WIDTH + 1)?,
            employment: r.get(SUMMARY_WIDTH + 2)?,
            openings: r.get(SUMMARY_WIDTH + 3)?,
            zone: r.get(SUMMARY_WIDTH + 4)?,
        })
    })?
    .collect()
}
