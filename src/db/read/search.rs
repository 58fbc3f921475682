//! Full-text search, title suggestions and schools.

use rusqlite::{Connection, params};

use super::fts::Query;
use super::rows::{Result, meta};
use super::sql::{Args, where_all};

/// Where a search hit leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HitTarget {
    /// A place on a career's page.
    Career {
        /// The career's slug.
        slug: String,
        /// Its page, by the web layer's name (`overview`, `training`).
        section: String,
        /// The id of the place on the page, if any (`duties`).
        anchor: Option<String>,
    },
    /// The schools list filtered to a school's state and town.
    Schools {
        /// Two-letter state code.
        state: String,
        /// Town.
        town: String,
    },
}

/// One search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// `career`, `title`, `certification`, `duty`, `skill` or `school`.
    pub kind: String,
    /// Where it leads.
    pub target: HitTarget,
    /// The career it belongs to (none for schools).
    pub career_title: Option<String>,
    /// That career's description, in one sentence.
    pub career_line: Option<String>,
    /// The matched text, with matches between `\u{1}` and `\u{2}`.
    pub highlighted: String,
    /// How good a match it is, from 0 (a career's own title holds the
    /// words) down: 5 and over is no better than part of a word of a
    /// title, or words in other text.
    pub tier: i64,
}

/// A career that a search with no results may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The career's slug.
    pub slug: String,
    /// The title that resembled the query (the career's or an alternate).
    pub title: String,
}

/// A school in the schools list, with the careers it trains for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolListing {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State code.
    pub state: String,
    /// (slug, title) of each career it trains for.
    pub careers: Vec<(String, String)>,
}

/// A page of the schools list.
#[derive(Debug, Clone)]
pub struct SchoolPage {
    /// The schools on this page.
    pub schools: Vec<SchoolListing>,
    /// How many schools match the filter.
    pub total: i64,
    /// Every state with schools, with its count.
    pub states: Vec<(String, i64)>,
}

/// A school that trains for a career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State code.
    pub state: String,
    /// Source id.
    pub source: String,
    /// The Scorecard institution it certainly is, if any.
    pub institution: Option<SchoolInstitution>,
}

/// The Scorecard institution a hand-written career's school is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolInstitution {
    /// Unit id.
    pub unitid: String,
    /// Its name in the Scorecard.
    pub name: String,
    /// The institution it is now part of: (unit id, name).
    pub merged_into: Option<(String, String)>,
}

/// Full-text search for `query` (made by [`super::fts::Query`], quoted
/// terms only). At most `limit` hits, best first: a career whose own title
/// holds the words as whole words, then a common title (starting with
/// them first), then an alternate title holding them as whole words; then
/// the same three for words found only as the start of longer words
/// ("police" is not "policy"); then a duty, skill or certification; then a
/// school. Equals go by the most people employed, then FTS5's rank.
pub fn search(conn: &Connection, query: &Query, limit: i64) -> Result<Vec<SearchHit>> {
    let mut stmt = conn.prepare_cached(
        "WITH whole(id) AS (SELECT rowid FROM search_index WHERE search_index MATCH ?3),
              start(id) AS (SELECT rowid FROM search_index WHERE search_index MATCH ?4)
         SELECT search_index.kind, search_index.slug, section, anchor, state, town, career_title,
                highlight(search_index, 9, char(1), char(2)), c.summary_line, CASE
                 WHEN priority > 2 THEN priority * 2 + (search_index.rowid NOT IN whole) + 5
                 WHEN search_index.rowid NOT IN whole THEN priority + 5
                 WHEN priority = 0 THEN 0
                 WHEN priority = 1 THEN 2 + (search_index.rowid NOT IN start)
                 ELSE 4
             END AS tier
         FROM search_index LEFT JOIN career c ON c.slug = search_index.slug
         WHERE search_index MATCH ?1
         ORDER BY tier, weight DESC, rank
         LIMIT ?2",
    )?;
    stmt.query_map(params![query.found, limit, query.whole, query.start], |r| {
        let target = match r.get::<_, Option<String>>(1)? {
            Some(slug) => HitTarget::Career {
                slug,
                section: r.get(2)?,
                anchor: r.get(3)?,
            },
            None => HitTarget::Schools {
                state: r.get(4)?,
                town: r.get(5)?,
            },
        };
        Ok(SearchHit {
            kind: r.get(0)?,
            target,
            career_title: r.get(6)?,
            highlighted: r.get(7)?,
            career_line: r.get(8)?,
            tier: r.get(9)?,
        })
    })?
    .collect()
}

/// Every (word, another word search also looks for when it is typed),
/// from `seed/search-words.toml`.
pub fn search_words(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT word, also FROM search_word")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Titles (of careers and alternate titles) that share three-letter
/// pieces with `trigram_query` (an FTS5 OR of quoted trigrams): up to 100
/// candidates, for the caller to rank.
pub fn title_candidates(conn: &Connection, trigram_query: &str) -> Result<Vec<Suggestion>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title FROM title_trigram WHERE title_trigram MATCH ?1 ORDER BY rank LIMIT 100",
    )?;
    stmt.query_map([trigram_query], |r| {
        Ok(Suggestion {
            slug: r.get(0)?,
            title: r.get(1)?,
        })
    })?
    .collect()
}

/// One page of the schools list, filtered by state and town (matched
/// without regard to case); each filter has its own statement so SQLite
/// can use the index made for it.
pub fn school_page(
    conn: &Connection,
    state: Option<&str>,
    town: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<SchoolPage> {
    let mut args = Args::default();
    let mut clauses = Vec::new();
    if let Some(s) = state {
        clauses.push(format!("state = {}", args.push(s.to_string())));
    }
    if let Some(t) = town {
        clauses.push(format!(
            "town = {} COLLATE NOCASE",
            args.push(t.to_string())
        ));
    }
    let filter = where_all(&clauses);
    let total = if args.is_empty() {
        meta(conn, "schools")?
    } else {
        conn.prepare_cached(&format!("SELECT count(*) FROM school{filter}"))?
            .query_row(args.params(), |r| r.get(0))?
    };
    let page = args.limit_offset(limit, offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, name, town, state FROM school{filter} ORDER BY name, town {page}"
    ))?;
    let mut careers = conn.prepare_cached(
        "SELECT c.slug, c.title FROM career_school cs JOIN career c ON c.id = cs.career_id
         WHERE cs.school_id = ?1 ORDER BY c.title",
    )?;
    let mut schools = Vec::new();
    let mut rows = stmt.query(args.params())?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        schools.push(SchoolListing {
            name: r.get(1)?,
            town: r.get(2)?,
            state: r.get(3)?,
            careers: careers
                .query_map([id], |c| Ok((c.get(0)?, c.get(1)?)))?
                .collect::<Result<Vec<_>>>()?,
        });
    }
    let mut stmt =
        conn.prepare_cached("SELECT state, schools FROM school_state_count ORDER BY state")?;
    let states = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<_>>>()?;
    Ok(SchoolPage {
        schools,
        total,
        states,
    })
}

/// Career `career_id`'s schools, in `town` only when given, by name.
pub fn schools(conn: &Connection, career_id: i64, town: Option<&str>) -> Result<Vec<School>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, s.town, s.state, cs.source_id, i.unitid, i.name, m.unitid, m.name
         FROM career_school cs JOIN school s ON s.id = cs.school_id
         LEFT JOIN institution i ON i.unitid = s.unitid
         LEFT JOIN institution m ON m.unitid = i.merged_into
         WHERE cs.career_id = ?1 AND (?2 IS NULL OR s.town = ?2)
         ORDER BY s.name, s.town",
    )?;
    stmt.query_map(params![career_id, town], |r| {
        let unitid: Option<String> = r.get(4)?;
        let merged: Option<String> = r.get(6)?;
        Ok(School {
            name: r.get(0)?,
            town: r.get(1)?,
            state: r.get(2)?,
            source: r.get(3)?,
            institution: match unitid {
                Some(unitid) => Some(SchoolInstitution {
                    unitid,
                    name: r.get(5)?,
                    merged_into: match merged {
                        Some(m) => Some((m, r.get(7)?)),
                        None => None,
                    },
                }),
                None => None,
            },
        })
    })?
    .collect()
}

/// The towns of career `career_id`'s schools, by name, and `town` as
/// understood: one of them (matched without regard to case), or unknown.
pub fn town_filter(
    conn: &Connection,
    career_id: i64,
    town: Option<&str>,
) -> Result<(Vec<String>, TownFilter)> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT s.town FROM career_school cs JOIN school s ON s.id = cs.school_id
         WHERE cs.career_id = ?1 ORDER BY s.town",
    )?;
    let towns = stmt
        .query_map([career_id], |r| r.get(0))?
        .collect::<Result<Vec<String>>>()?;
    let filter = match town {
        None => TownFilter::All,
        Some(asked) => match towns
            .iter()
            .find(|t| t.to_lowercase() == asked.to_lowercase())
        {
            Some(known) => TownFilter::Town(known.clone()),
            None => TownFilter::Unknown(asked.to_string()),
        },
    };
    Ok((towns, filter))
}

/// The town filter of the schools table, as understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TownFilter {
    /// No town asked for: every school.
    All,
    /// A known town, spelt as in the data.
    Town(String),
    /// A town with no school for this career: every school is shown.
    Unknown(String),
}

impl TownFilter {
    /// The town shown, when the list is filtered to a known one.
    pub fn town(&self) -> Option<&str> {
        match self {
            TownFilter::Town(t) => Some(t),
            TownFilter::All | TownFilter::Unknown(_) => None,
        }
    }
}
