//! Interest profiles and careers ranked by chosen interests.

use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::{CareerSummary, Result, SUMMARY_COLUMNS, SUMMARY_WIDTH, summary_row};
use super::sql::{Args, where_all};
use crate::domain::Interest;

/// A career's interest profile (O*NET).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerInterest {
    /// The O*NET occupation profiled.
    pub onet_code: String,
    /// Its title.
    pub onet_title: String,
    /// The six scores, 1-7 in hundredths, in [`Interest::ALL`] order.
    pub scores: [i64; 6],
    /// The high points, first first.
    pub high_points: Vec<Interest>,
    /// When O*NET last updated the profile (YYYY-MM).
    pub date: String,
}

/// What a student chose on the interests page: areas in order of
/// preference (one to three, no repeats) and a job zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestQuery {
    /// The chosen areas, first choice first.
    pub chosen: Vec<Interest>,
    /// Only careers in this job zone.
    pub zone: Option<i64>,
}

/// A career matched to chosen interests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRow {
    /// The career, with pay, growth and education.
    pub career: CareerSummary,
    /// SOC code.
    pub soc: Option<String>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Its high points, first first.
    pub high_points: Vec<Interest>,
    /// Its six scores, 1-7 in hundredths.
    pub scores: [i64; 6],
}

/// The columns of `career_interest` (alias `i`) for the six scores, in
/// [`Interest::ALL`] order.
const INTEREST_SCORES: &str =
    "i.realistic, i.investigative, i.artistic, i.social, i.enterprising, i.conventional";

/// The column of `area`'s score.
fn interest_column(area: Interest) -> &'static str {
    match area {
        Interest::Realistic => "i.realistic",
        Interest::Investigative => "i.investigative",
        Interest::Artistic => "i.artistic",
        Interest::Social => "i.social",
        Interest::Enterprising => "i.enterprising",
        Interest::Conventional => "i.conventional",
    }
}

/// High points stored as letters, in order; a letter that names no area
/// (none is written) ends the list.
fn high_points(letters: [Option<String>; 3]) -> Vec<Interest> {
    letters
        .iter()
        .map_while(|l| l.as_deref().and_then(Interest::from_letter))
        .collect()
}

/// Six scores from columns `from..from + 6`.
fn interest_scores(r: &Row<'_>, from: usize) -> Result<[i64; 6]> {
    let mut scores = [0; 6];
    for (i, s) in scores.iter_mut().enumerate() {
        *s = r.get(from + i)?;
    }
    Ok(scores)
}

/// Career `career_id`'s interest profile, if O*NET has one.
pub fn career_interest(conn: &Connection, career_id: i64) -> Result<Option<CareerInterest>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.onet_code, i.onet_title, i.first, i.second, i.third, i.date, {INTEREST_SCORES}
         FROM career_interest i WHERE i.career_id = ?1"
    ))?;
    stmt.query_row([career_id], |r| {
        Ok(CareerInterest {
            onet_code: r.get(0)?,
            onet_title: r.get(1)?,
            high_points: high_points([r.get(2)?, r.get(3)?, r.get(4)?]),
            date: r.get(5)?,
            scores: interest_scores(r, 6)?,
        })
    })
    .optional()
}

/// The WHERE clause (its values pushed to `args`) and the ORDER BY keys
/// that rank careers for `q`. A career is listed when one of its high points is a chosen area.
/// It ranks by how many of the choices, in order, are its high points in
/// order (first = first, then second = second, ...), then by how many of
/// the chosen areas are among its high points in any order, then by the
/// sum of its scores in the chosen areas, then by its score in the first.
/// Letters come from [`Interest`], never from the request.
fn interest_ranking(q: &InterestQuery, args: &mut Args) -> (String, String) {
    const POSITIONS: [&str; 3] = ["i.first", "i.second", "i.third"];
    let chosen = &q.chosen[..q.chosen.len().min(3)];
    let mut in_order = Vec::new();
    let mut prefix: Vec<String> = Vec::new();
    for (pos, area) in POSITIONS.iter().zip(chosen) {
        prefix.push(format!("{pos} IS '{}'", area.letter()));
        in_order.push(format!("({})", prefix.join(" AND ")));
    }
    let shared: Vec<String> = chosen
        .iter()
        .map(|a| {
            let l = a.letter();
            format!("(i.first IS '{l}' OR i.second IS '{l}' OR i.third IS '{l}')")
        })
        .collect();
    let sum: Vec<&str> = chosen.iter().map(|a| interest_column(*a)).collect();
    let (in_order, shared, sum) = if chosen.is_empty() {
        ("0".to_string(), "0".to_string(), "0".to_string())
    } else {
        (in_order.join(" + "), shared.join(" + "), sum.join(" + "))
    };
    let first = chosen.first().map_or("0", |a| interest_column(*a));
    let mut clauses = vec![format!("({shared}) > 0")];
    if let Some(z) = q.zone {
        clauses.push(format!("o.job_zone = {}", args.push(z)));
    }
    let order = format!("({in_order}) DESC, ({shared}) DESC, ({sum}) DESC, {first} DESC");
    (where_all(&clauses), order)
}

/// How many careers match `q`.
pub fn interest_count(conn: &Connection, q: &InterestQuery) -> Result<i64> {
    let mut args = Args::default();
    let (clause, _) = interest_ranking(q, &mut args);
    // Every profile belongs to a career, so only the job zone needs a
    // join; counting the profiles alone is a third quicker.
    let from = if q.zone.is_some() {
        "career_interest i JOIN occupation o ON o.career_id = i.career_id"
    } else {
        "career_interest i"
    };
    let mut stmt = conn.prepare_cached(&format!("SELECT count(*) FROM {from}{clause}"))?;
    stmt.query_row(args.params(), |r| r.get(0))
}

/// The careers that match `q`, best first, `limit` from `offset`. The
/// profiles are read first (`CROSS JOIN` fixes that order: SQLite would
/// otherwise walk every career and look its profile up), so only the
/// careers that match are read.
pub fn interest_matches(
    conn: &Connection,
    q: &InterestQuery,
    limit: i64,
    offset: i64,
) -> Result<Vec<InterestRow>> {
    let mut args = Args::default();
    let (clause, order) = interest_ranking(q, &mut args);
    let page = args.limit_offset(limit, offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}, c.soc, o.job_zone, i.first, i.second, i.third, {INTEREST_SCORES}
         FROM career_interest i CROSS JOIN career c ON c.id = i.career_id
         LEFT JOIN occupation o ON o.career_id = c.id{clause}
         ORDER BY {order}, c.title, c.slug
         {page}"
    ))?;
    stmt.query_map(args.params(), |r| {
        Ok(InterestRow {
            career: summary_row(r)?,
            soc: r.get(SUMMARY_WIDTH)?,
            zone: r.get(SUMMARY_WIDTH + 1)?,
            high_points: high_points([
                r.get(SUMMARY_WIDTH + 2)?,
                r.get(SUMMARY_WIDTH + 3)?,
                r.get(SUMMARY_WIDTH + 4)?,
            ]),
            scores: interest_scores(r, SUMMARY_WIDTH + 5)?,
        })
    })?
    .collect()
}
