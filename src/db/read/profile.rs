//! What a career takes (O*NET 29.3): its ratings of skills, knowledge,
//! work styles and work values, its tools, and the elements explained.

use rusqlite::{Connection, OptionalExtension};

use super::rows::Result;
use crate::domain::ElementKind;

/// An O*NET element with our explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// O*NET element id (`2.A.1.e`).
    pub id: String,
    /// Its kind.
    pub kind: ElementKind,
    /// Its name (`Mathematics`).
    pub name: String,
    /// Its glossary anchor (`skill-mathematics`).
    pub anchor: String,
    /// What it means, in our words.
    pub explanation: String,
}

/// One rating of a career's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementRating {
    /// The element.
    pub element: Element,
    /// Importance 1-5 (extent 1-7 for a work value) in hundredths; none
    /// where O*NET recommends suppressing it.
    pub score: Option<i64>,
    /// True where O*NET recommends suppressing the score.
    pub score_suppressed: bool,
    /// Level 0-7 in hundredths; none where suppressed or not rated.
    pub level: Option<i64>,
    /// True where O*NET recommends suppressing the level.
    pub level_suppressed: bool,
    /// True where O*NET treats the level as not relevant.
    pub not_relevant: bool,
    /// When O*NET last updated the rating (YYYY-MM).
    pub date: String,
}

/// A career's profile: the O*NET occupation rated and its ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerProfile {
    /// The O*NET occupation whose ratings these are.
    pub onet_code: String,
    /// Its title.
    pub onet_title: String,
    /// Every rating, the highest score first within each kind (those
    /// without a score last), in element order on ties.
    pub ratings: Vec<ElementRating>,
    /// The work value high points, first first.
    pub value_high_points: Vec<Element>,
}

impl CareerProfile {
    /// The ratings of one kind, highest first.
    pub fn of(&self, kind: ElementKind) -> impl Iterator<Item = &ElementRating> {
        self.ratings.iter().filter(move |r| r.element.kind == kind)
    }
}

/// The tools of a career's first O*NET occupation that lists some.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerTools {
    /// The O*NET occupation.
    pub onet_code: String,
    /// Its title.
    pub onet_title: String,
    /// (example, kind), in the order to show them.
    pub tools: Vec<(String, String)>,
    /// How many tools O*NET lists for it.
    pub total: i64,
}

const ELEMENT_COLUMNS: &str = "e.id, e.kind, e.name, e.anchor, e.explanation";

fn element_row(r: &rusqlite::Row<'_>, from: usize) -> rusqlite::Result<Element> {
    let kind: String = r.get(from + 1)?;
    Ok(Element {
        id: r.get(from)?,
        kind: ElementKind::from_key(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                from + 1,
                rusqlite::types::Type::Text,
                format!("`{kind}` is not a kind of element").into(),
            )
        })?,
        name: r.get(from + 2)?,
        anchor: r.get(from + 3)?,
        explanation: r.get(from + 4)?,
    })
}

/// Every element, by kind in page order, then in file order.
pub fn elements(conn: &Connection) -> Result<Vec<Element>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ELEMENT_COLUMNS} FROM onet_element e ORDER BY e.position"
    ))?;
    let mut list: Vec<Element> = stmt
        .query_map([], |r| element_row(r, 0))?
        .collect::<Result<_>>()?;
    list.sort_by_key(|e| e.kind);
    Ok(list)
}

/// Career `career_id`'s profile, if O*NET 29.3 rates one of its
/// occupations.
pub fn career_profile(conn: &Connection, career_id: i64) -> Result<Option<CareerProfile>> {
    let mut head = conn.prepare_cached(
        "SELECT p.onet_code, o.title, p.value_first, p.value_second, p.value_third
         FROM career_profile p JOIN onet_occupation o ON o.code = p.onet_code
         WHERE p.career_id = ?1",
    )?;
    let Some((onet_code, onet_title, high)) = head
        .query_row([career_id], |r| {
            let high: [Option<String>; 3] = [r.get(2)?, r.get(3)?, r.get(4)?];
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, high))
        })
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ELEMENT_COLUMNS}, r.score, r.score_suppressed, r.level, r.level_suppressed,
             r.not_relevant, r.date
         FROM career_rating r JOIN onet_element e ON e.id = r.element_id
         WHERE r.career_id = ?1
         ORDER BY r.score IS NULL, r.score DESC, e.position"
    ))?;
    let mut ratings: Vec<ElementRating> = stmt
        .query_map([career_id], |r| {
            Ok(ElementRating {
                element: element_row(r, 0)?,
                score: r.get(5)?,
                score_suppressed: r.get(6)?,
                level: r.get(7)?,
                level_suppressed: r.get(8)?,
                not_relevant: r.get(9)?,
                date: r.get(10)?,
            })
        })?
        .collect::<Result<_>>()?;
    ratings.sort_by_key(|r| r.element.kind);
    let value_high_points = high
        .iter()
        .flatten()
        .filter_map(|id| {
            ratings
                .iter()
                .find(|r| r.element.id == *id)
                .map(|r| r.element.clone())
        })
        .collect();
    Ok(Some(CareerProfile {
        onet_code,
        onet_title,
        ratings,
        value_high_points,
    }))
}

/// The first `limit` tools of career `career_id`, if O*NET lists any.
pub fn career_tools(conn: &Connection, career_id: i64, limit: i64) -> Result<Option<CareerTools>> {
    let mut head = conn.prepare_cached(
        "SELECT t.onet_code, o.title, count(*)
         FROM career_tool t JOIN onet_occupation o ON o.code = t.onet_code
         WHERE t.career_id = ?1 GROUP BY t.onet_code",
    )?;
    let Some((onet_code, onet_title, total)) = head
        .query_row([career_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT example, kind FROM career_tool WHERE career_id = ?1 ORDER BY position LIMIT ?2",
    )?;
    let tools = stmt
        .query_map([career_id, limit], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_>>()?;
    Ok(Some(CareerTools {
        onet_code,
        onet_title,
        tools,
        total,
    }))
}

/// The names of career `career_id`'s `n` most important skills (importance
/// 3 or more, not suppressed), most important first.
pub fn top_skills(conn: &Connection, career_id: i64, n: i64) -> Result<Vec<Element>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ELEMENT_COLUMNS}
         FROM career_rating r JOIN onet_element e ON e.id = r.element_id
         WHERE r.career_id = ?1 AND e.kind = 'skill' AND r.score >= 300
         ORDER BY r.score DESC, e.position LIMIT ?2"
    ))?;
    stmt.query_map([career_id, n], |r| element_row(r, 0))?
        .collect()
}
