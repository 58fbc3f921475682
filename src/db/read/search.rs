//! Full-text search, title suggestions and schools.

use rusqlite::{Connection, params};

use super::fts::Query;
use super::rows::{CareerSummary, Result, SUMMARY_COLUMNS, SUMMARY_WIDTH, meta, summary_row};
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
    /// A College Scorecard institution's page.
    Institution {
        /// Its unit id.
        unitid: String,
    },
}

/// One search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// `career`, `code`, `title`, `certification`, `duty`, `skill`,
    /// `school` or `institution`.
    pub kind: String,
    /// Where it leads.
    pub target: HitTarget,
    /// The career it belongs to, with its pay and what the work is (none
    /// for schools).
    pub career: Option<CareerSummary>,
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
/// school. Equals go by the most people employed (or, for schools, the
/// most students completing), then the index's order (FTS5's rank costs
/// more than it is worth here). A
/// career found by several of its titles is found once, by the best.
pub fn search(conn: &Connection, query: &Query, limit: i64) -> Result<Vec<SearchHit>> {
    let sql = format!(
        "WITH whole(id) AS (SELECT rowid FROM search_index WHERE search_index MATCH ?3),
              start(id) AS (SELECT rowid FROM search_index WHERE search_index MATCH ?4),
              hit AS (
                SELECT rowid AS id, kind, slug, section, anchor, state, town, unitid, weight,
                       highlight(search_index, 9, char(1), char(2)) AS highlighted, CASE
                         WHEN priority > 2 THEN priority * 2 + (rowid NOT IN whole) + 5
                         WHEN rowid NOT IN whole THEN priority + 5
                         WHEN priority = 0 THEN 0
                         WHEN priority = 1 THEN 2 + (rowid NOT IN start)
                         ELSE 4
                     END AS tier
                FROM search_index WHERE search_index MATCH ?1),
              best AS (
                SELECT *, row_number() OVER (
                    PARTITION BY CASE WHEN kind IN ('career', 'title', 'code') THEN slug
                                      ELSE id END
                    ORDER BY tier, weight DESC, id) AS nth
                FROM hit)
         SELECT {SUMMARY_COLUMNS}, h.kind, h.section, h.anchor, h.state, h.town, h.unitid,
                h.highlighted, h.tier
         FROM best h LEFT JOIN career c ON c.slug = h.slug
         LEFT JOIN occupation o ON o.career_id = c.id
         WHERE h.nth = 1
         ORDER BY h.tier, h.weight DESC, h.id
         LIMIT ?2"
    );
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(conn, &sql)?)?;
    let at = SUMMARY_WIDTH;
    stmt.query_map(params![query.found, limit, query.whole, query.start], |r| {
        let career = match r.get::<_, Option<String>>(0)? {
            Some(_) => Some(summary_row(r)?),
            None => None,
        };
        let target = match &career {
            Some(c) => HitTarget::Career {
                slug: c.slug.clone(),
                section: r.get(at + 1)?,
                anchor: r.get(at + 2)?,
            },
            None => match r.get::<_, Option<String>>(at + 4)? {
                Some(town) => HitTarget::Schools {
                    state: r.get(at + 3)?,
                    town,
                },
                None => HitTarget::Institution {
                    unitid: r.get(at + 5)?,
                },
            },
        };
        Ok(SearchHit {
            kind: r.get(at)?,
            target,
            career,
            highlighted: r.get(at + 6)?,
            tier: r.get(at + 7)?,
        })
    })?
    .collect()
}

/// What a career can use or need, as search finds it: a piece of
/// software, a tool, or a skill, knowledge area or work style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedThing {
    /// `software`, `tool`, `skill`, `knowledge` or `style`.
    pub kind: String,
    /// The example itself, or the element's id.
    pub key: String,
    /// Its name.
    pub name: String,
    /// How many careers use it (or rate it important).
    pub careers: i64,
    /// Its name, with the words matched between `\u{1}` and `\u{2}`.
    pub highlighted: String,
    /// 0 when its name is the words typed, 1 when it holds them as whole
    /// words, 2 when only as the start of longer ones.
    pub tier: i64,
}

/// The software, tools, skills, knowledge areas and work styles matching
/// `query`, best first: named exactly `words` (lower case, spaced), then
/// holding them as whole words, then as the start of longer words; the
/// most used first among equals. At most `limit`.
pub fn used_things(
    conn: &Connection,
    query: &Query,
    words: &str,
    limit: i64,
) -> Result<Vec<UsedThing>> {
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(
        conn,
        "WITH whole(id) AS (SELECT rowid FROM uses_index WHERE uses_index MATCH ?3)
         SELECT kind, key, name, careers, highlight(uses_index, 3, char(1), char(2)), CASE
                 WHEN lower(name) = ?4 THEN 0
                 WHEN rowid IN whole THEN 1
                 ELSE 2
             END AS tier
         FROM uses_index WHERE uses_index MATCH ?1
         ORDER BY tier, careers DESC, name
         LIMIT ?2",
    )?)?;
    stmt.query_map(params![query.found, limit, query.whole, words], |r| {
        Ok(UsedThing {
            kind: r.get(0)?,
            key: r.get(1)?,
            name: r.get(2)?,
            careers: r.get(3)?,
            highlighted: r.get(4)?,
            tier: r.get(5)?,
        })
    })?
    .collect()
}

/// A career that uses a thing search found, and how central it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerUsing {
    /// The career, with its pay.
    pub career: CareerSummary,
    /// Software only: O*NET marks it a hot technology for the career.
    pub hot: bool,
    /// Software only: O*NET marks it in demand in the career's job ads.
    pub in_demand: bool,
    /// Skills, knowledge and styles: its importance to the career, in
    /// hundredths (300 to 500).
    pub importance: Option<i64>,
}

/// Careers that use `thing`, the most central first (software: in
/// demand, then hot; an element: the most important), then the most
/// employed: `limit` of them from `offset`.
pub fn careers_using(
    conn: &Connection,
    thing: &UsedThing,
    limit: i64,
    offset: i64,
) -> Result<Vec<CareerUsing>> {
    let from = match thing.kind.as_str() {
        "software" => {
            "(SELECT career_id, max(hot) AS hot, max(in_demand) AS in_demand, NULL AS importance
              FROM technology WHERE example = ?1 GROUP BY career_id) u"
        }
        "tool" => {
            "(SELECT DISTINCT career_id, 0 AS hot, 0 AS in_demand, NULL AS importance
              FROM career_tool WHERE example = ?1) u"
        }
        _ => {
            "(SELECT career_id, 0 AS hot, 0 AS in_demand, score AS importance
              FROM career_rating WHERE element_id = ?1 AND score >= 300) u"
        }
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}, u.hot, u.in_demand, u.importance
         FROM {from} JOIN career c ON c.id = u.career_id
         LEFT JOIN occupation o ON o.career_id = c.id
         ORDER BY u.in_demand DESC, u.hot DESC, u.importance DESC,
                  coalesce(o.employment, o.employment_start, 0) DESC, c.title
         LIMIT ?2 OFFSET ?3"
    ))?;
    stmt.query_map(params![thing.key, limit, offset], |r| {
        Ok(CareerUsing {
            career: summary_row(r)?,
            hot: r.get(SUMMARY_WIDTH)?,
            in_demand: r.get(SUMMARY_WIDTH + 1)?,
            importance: r.get(SUMMARY_WIDTH + 2)?,
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
    let mut stmt = conn.prepare_cached(&super::fts::in_edition(
        conn,
        "SELECT slug, title FROM title_trigram WHERE title_trigram MATCH ?1 ORDER BY rank LIMIT 100",
    )?)?;
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
