//! O*NET 29.3: what each occupation takes. Skills and knowledge rated for
//! importance (1-5) and level (0-7), work styles for importance, work
//! values for extent (1-7) with their high points, and the tools workers
//! use.
//!
//! A rating O*NET recommends suppressing is not kept as a figure: its value
//! is dropped here and only the flag says it was there.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::onet::known;
use crate::domain::ElementKind;
use crate::seed::SeedError;
use crate::seed::csv_rows::{At, read_csv};

/// One occupation's rating of one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    /// O*NET-SOC code.
    pub code: String,
    /// O*NET element id (`2.A.1.e`).
    pub element_id: String,
    /// The element's name as O*NET gives it (`Mathematics`).
    pub element: String,
    /// Which kind of element it is.
    pub kind: ElementKind,
    /// Importance 1-5 (extent 1-7 for a work value), in hundredths; none
    /// where O*NET recommends suppressing it.
    pub score: Option<i64>,
    /// True where O*NET recommends suppressing the importance.
    pub score_suppressed: bool,
    /// Level 0-7 in hundredths (skills and knowledge only); none where
    /// O*NET recommends suppressing it.
    pub level: Option<i64>,
    /// True where O*NET recommends suppressing the level.
    pub level_suppressed: bool,
    /// True where O*NET treats the level as not relevant.
    pub not_relevant: bool,
    /// When O*NET last updated the rating (YYYY-MM).
    pub date: String,
}

/// An occupation's work value high points, as element ids, first first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueHighPoints {
    /// O*NET-SOC code.
    pub code: String,
    /// The element ids of the high points (one to three).
    pub elements: Vec<String>,
}

/// A tool workers use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    /// O*NET-SOC code.
    pub code: String,
    /// The tool as workers name it.
    pub example: String,
    /// Its kind (UNSPSC commodity title).
    pub kind: String,
}

/// The work values in the order O*NET numbers them in its high points
/// (1 = Achievement ... 6 = Independence).
pub const VALUE_ELEMENTS: [(&str, &str); 6] = [
    ("1.B.2.a", "Achievement"),
    ("1.B.2.b", "Working Conditions"),
    ("1.B.2.c", "Recognition"),
    ("1.B.2.d", "Relationships"),
    ("1.B.2.e", "Support"),
    ("1.B.2.f", "Independence"),
];

const HIGH_POINT_ELEMENTS: [&str; 3] = ["1.B.2.g", "1.B.2.h", "1.B.2.i"];

#[derive(Deserialize)]
struct RatingRow {
    onet_code: String,
    element_id: String,
    element: String,
    importance: Option<String>,
    level: Option<String>,
    importance_suppress: Option<String>,
    level_suppress: Option<String>,
    not_relevant: Option<String>,
    date: String,
}

/// Checks that every element id keeps one name, and that no occupation
/// rates an element twice.
#[derive(Default)]
struct Seen {
    names: HashMap<String, String>,
    pairs: HashSet<(String, String)>,
}

impl Seen {
    fn check(&mut self, at: At<'_>, code: &str, id: &str, name: &str) -> Result<(), SeedError> {
        let known = self
            .names
            .entry(id.to_string())
            .or_insert_with(|| name.to_string());
        if known != name {
            return Err(at.err(
                "element",
                format!("`{name}` differs from the name of {id} on earlier rows ({known})"),
            ));
        }
        if !self.pairs.insert((code.to_string(), id.to_string())) {
            return Err(at.err("element_id", format!("{id} appears twice for `{code}`")));
        }
        Ok(())
    }
}

/// A date as O*NET writes it (`08/2023`), as `2023-08`.
fn month(at: At<'_>, value: &str) -> Result<String, SeedError> {
    let v = value.trim();
    let ok = v.len() == 7
        && v.as_bytes()[2] == b'/'
        && v[..2].bytes().all(|b| b.is_ascii_digit())
        && v[3..].bytes().all(|b| b.is_ascii_digit())
        && ("01"..="12").contains(&&v[..2]);
    if ok {
        Ok(format!("{}-{}", &v[3..], &v[..2]))
    } else {
        Err(at.err("date", format!("`{v}` is not a month (MM/YYYY)")))
    }
}

/// A score in hundredths within `lo..=hi` (whole units).
fn score(
    at: At<'_>,
    column: &str,
    value: Option<&str>,
    lo: i64,
    hi: i64,
) -> Result<i64, SeedError> {
    at.decimal(column, value, 2)?
        .filter(|v| (lo * 100..=hi * 100).contains(v))
        .ok_or_else(|| at.err(column, format!("must be a number from {lo} to {hi}")))
}

/// Reads a skills, knowledge or work styles file: one row per occupation
/// and element, `kind` naming what the file rates (skills and knowledge
/// have a level, work styles do not).
pub(super) fn read_ratings(
    path: &Path,
    kind: ElementKind,
    codes: &HashSet<&str>,
) -> Result<Vec<Rating>, SeedError> {
    let leveled = kind != ElementKind::Style;
    let mut out = Vec::new();
    let mut seen = Seen::default();
    read_csv(path, |at, r: RatingRow| {
        let code = known(at, "onet_code", &r.onet_code, codes)?;
        let element_id = at.text("element_id", &r.element_id)?;
        let element = at.text("element", &r.element)?;
        seen.check(at, &code, &element_id, &element)?;
        let score_suppressed = at.flag("importance_suppress", r.importance_suppress.as_deref())?;
        let importance = score(at, "importance", r.importance.as_deref(), 1, 5)?;
        let (level, level_suppressed, not_relevant) = if leveled {
            let suppressed = at.flag("level_suppress", r.level_suppress.as_deref())?;
            let level = score(at, "level", r.level.as_deref(), 0, 7)?;
            let not_relevant = at.flag("not_relevant", r.not_relevant.as_deref())?;
            ((!suppressed).then_some(level), suppressed, not_relevant)
        } else {
            (None, false, false)
        };
        out.push(Rating {
            code,
            element_id,
            element,
            kind,
            score: (!score_suppressed).then_some(importance),
            score_suppressed,
            level,
            level_suppressed,
            not_relevant,
            date: month(at, &r.date)?,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct ValueRow {
    onet_code: String,
    element_id: String,
    element: String,
    scale: String,
    value: Option<String>,
    date: String,
}

/// Reads the work values file: the six extents (`EX`, 1-7) and the three
/// high points (`VH`, 1-6 naming a value in [`VALUE_ELEMENTS`] order, 0
/// for none) of each occupation.
pub(super) fn read_values(
    path: &Path,
    codes: &HashSet<&str>,
) -> Result<(Vec<Rating>, Vec<ValueHighPoints>), SeedError> {
    let mut ratings = Vec::new();
    let mut high: HashMap<String, [i64; 3]> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut seen = Seen::default();
    read_csv(path, |at, r: ValueRow| {
        let code = known(at, "onet_code", &r.onet_code, codes)?;
        let element_id = at.text("element_id", &r.element_id)?;
        let element = at.text("element", &r.element)?;
        seen.check(at, &code, &element_id, &element)?;
        let date = month(at, &r.date)?;
        if let Some((_, name)) = VALUE_ELEMENTS.iter().find(|(id, _)| *id == element_id) {
            if element != *name || r.scale.trim() != "EX" {
                return Err(at.err(
                    "element",
                    format!("{element_id} must be `{name}` on scale EX"),
                ));
            }
            let extent = score(at, "value", r.value.as_deref(), 1, 7)?;
            ratings.push(Rating {
                code,
                element_id,
                element,
                kind: ElementKind::Value,
                score: Some(extent),
                score_suppressed: false,
                level: None,
                level_suppressed: false,
                not_relevant: false,
                date,
            });
        } else if let Some(i) = HIGH_POINT_ELEMENTS.iter().position(|e| *e == element_id) {
            if r.scale.trim() != "VH" {
                return Err(at.err("scale", format!("{element_id} must be on scale VH")));
            }
            let n = at
                .int(
                    "value",
                    r.value.as_deref().map(|v| v.trim_end_matches(".00")),
                )?
                .filter(|n| (0..=6).contains(n))
                .ok_or_else(|| at.err("value", "a high point is 1 to 6, or 0 for none"))?;
            let slots = high.entry(code.clone()).or_insert_with(|| {
                order.push(code.clone());
                [0; 3]
            });
            slots[i] = n;
        } else {
            return Err(at.err(
                "element_id",
                format!("`{element_id}` is not a work value element (1.B.2.a to 1.B.2.i)"),
            ));
        }
        Ok(())
    })?;
    let high_points = order
        .into_iter()
        .map(|code| {
            let slots = high.get(&code).copied().unwrap_or_default();
            let mut elements: Vec<String> = Vec::new();
            for n in slots.into_iter().take_while(|n| *n > 0) {
                let id = VALUE_ELEMENTS[(n - 1) as usize].0.to_string();
                if !elements.contains(&id) {
                    elements.push(id);
                }
            }
            ValueHighPoints { code, elements }
        })
        .collect();
    Ok((ratings, high_points))
}

#[derive(Deserialize)]
struct ToolRow {
    onet_code: String,
    example: String,
    commodity_title: String,
}

/// Reads the tools file.
pub(super) fn read_tools(path: &Path, codes: &HashSet<&str>) -> Result<Vec<Tool>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: ToolRow| {
        out.push(Tool {
            code: known(at, "onet_code", &r.onet_code, codes)?,
            example: at.text("example", &r.example)?,
            kind: at.text("commodity_title", &r.commodity_title)?,
        });
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str, kind: ElementKind) -> Result<Vec<Rating>, SeedError> {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let path = dir.path().join("skills.csv");
        std::fs::write(&path, text).expect("write");
        let codes: HashSet<&str> = ["29-2072.00"].into_iter().collect();
        read_ratings(&path, kind, &codes)
    }

    const HEADER: &str = "onet_code,element_id,element,importance,level,importance_suppress,level_suppress,not_relevant,date,domain_source\n";

    #[test]
    fn suppressed_values_are_not_kept() {
        let text = format!(
            "{HEADER}29-2072.00,2.A.1.e,Mathematics,3.12,4.50,N,Y,N,08/2023,Analyst\n\
             29-2072.00,2.A.1.f,Science,2.00,1.25,Y,N,N,07/2015,Analyst\n"
        );
        let r = read_text(&text, ElementKind::Skill).expect("reads");
        assert_eq!(r[0].score, Some(312));
        assert_eq!((r[0].level, r[0].level_suppressed), (None, true));
        assert_eq!((r[1].score, r[1].score_suppressed), (None, true));
        assert_eq!(r[1].level, Some(125));
        assert_eq!(r[0].date, "2023-08");
    }

    #[test]
    fn bad_rows_name_their_line_and_column() {
        let text = format!("{HEADER}29-2072.00,2.A.1.e,Mathematics,5.5,4.50,N,N,N,08/2023,A\n");
        let e = read_text(&text, ElementKind::Skill)
            .expect_err("over 5")
            .to_string();
        assert!(e.contains("importance") && e.contains("line 2"), "{e}");
        let text = format!(
            "{HEADER}29-2072.00,2.A.1.e,Mathematics,3,4,N,N,N,08/2023,A\n\
             29-2072.00,2.A.1.e,Mathematics,3,4,N,N,N,08/2023,A\n"
        );
        let e = read_text(&text, ElementKind::Skill)
            .expect_err("twice")
            .to_string();
        assert!(e.contains("appears twice") && e.contains("line 3"), "{e}");
        let text = format!("{HEADER}29-2072.00,2.A.1.e,Mathematics,3,4,N,N,N,2023-08,A\n");
        let e = read_text(&text, ElementKind::Skill)
            .expect_err("date")
            .to_string();
        assert!(e.contains("date"), "{e}");
    }
}
