//! O*NET's interest profiles: how strongly each occupation draws on the
//! six interest areas of Holland's model (RIASEC), and the areas that
//! stand out, read from the Interests file and checked occupation by
//! occupation.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::SeedError;
use super::csv_rows::{At, read_csv};

pub use crate::domain::Interest;

/// An occupation's interest profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestProfile {
    /// O*NET-SOC code.
    pub code: String,
    /// The six scores, 1 (low) to 7 (high), in hundredths, in
    /// [`Interest::ALL`] order.
    pub scores: [i64; 6],
    /// The first, second and third high points (O*NET's order; fewer
    /// when O*NET names fewer).
    pub high_points: Vec<Interest>,
    /// When O*NET last updated the profile (YYYY-MM).
    pub date: String,
}

#[derive(Deserialize)]
struct Row {
    onet_code: String,
    element_id: String,
    element: String,
    scale_id: String,
    data_value: Option<String>,
    date: String,
}

/// What one occupation's rows have given so far.
#[derive(Default)]
struct Partial {
    scores: [Option<i64>; 6],
    high_points: [Option<i64>; 3],
    date: Option<String>,
    line: u64,
}

const SCORE_ELEMENTS: [&str; 6] = [
    "1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f",
];
const HIGH_POINT_ELEMENTS: [(&str, &str); 3] = [
    ("1.B.1.g", "First Interest High-Point"),
    ("1.B.1.h", "Second Interest High-Point"),
    ("1.B.1.i", "Third Interest High-Point"),
];

/// Reads the Interests file: nine rows per occupation (six `OI` scores,
/// three `IH` high points), each occupation one of `codes`, complete and
/// without repeats; a high point after a 0 ("none") must be 0 too, and no
/// area is a high point twice.
pub fn read(path: &Path, codes: &HashSet<&str>) -> Result<Vec<InterestProfile>, SeedError> {
    let mut partial: HashMap<String, Partial> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    read_csv(path, |at, r: Row| {
        let code = at.onet("onet_code", &r.onet_code)?;
        if !codes.contains(code.as_str()) {
            return Err(at.err(
                "onet_code",
                format!("`{code}` is not in the O*NET occupations file"),
            ));
        }
        let p = partial.entry(code.clone()).or_insert_with(|| {
            order.push(code.clone());
            Partial {
                line: at.line,
                ..Partial::default()
            }
        });
        let element = r.element_id.trim();
        let date = at.text("date", &r.date)?;
        if !is_month(&date) {
            return Err(at.err("date", format!("`{date}` is not a month (YYYY-MM)")));
        }
        match &p.date {
            Some(d) if *d != date => {
                return Err(at.err(
                    "date",
                    format!("`{date}` differs from this occupation's other rows ({d})"),
                ));
            }
            Some(_) => {}
            None => p.date = Some(date),
        }
        if let Some(i) = SCORE_ELEMENTS.iter().position(|e| *e == element) {
            let name = Interest::ALL[i].name();
            if r.element.trim() != name || r.scale_id.trim() != "OI" {
                return Err(at.err("element", format!("{element} must be `{name}` on scale OI")));
            }
            let value = at
                .decimal("data_value", r.data_value.as_deref(), 2)?
                .filter(|v| (100..=700).contains(v))
                .ok_or_else(|| at.err("data_value", "an interest score is 1 to 7"))?;
            if p.scores[i].replace(value).is_some() {
                return Err(at.err(
                    "element_id",
                    format!("{element} appears twice for `{code}`"),
                ));
            }
        } else if let Some(i) = HIGH_POINT_ELEMENTS.iter().position(|(e, _)| *e == element) {
            let name = HIGH_POINT_ELEMENTS[i].1;
            if r.element.trim() != name || r.scale_id.trim() != "IH" {
                return Err(at.err("element", format!("{element} must be `{name}` on scale IH")));
            }
            let value = at
                .int("data_value", r.data_value.as_deref())?
                .filter(|v| (0..=6).contains(v))
                .ok_or_else(|| {
                    at.err(
                        "data_value",
                        "a high point is 1 (Realistic) to 6 (Conventional), or 0 for none",
                    )
                })?;
            if p.high_points[i].replace(value).is_some() {
                return Err(at.err(
                    "element_id",
                    format!("{element} appears twice for `{code}`"),
                ));
            }
        } else {
            return Err(at.err(
                "element_id",
                format!("`{element}` is not an interest element (1.B.1.a to 1.B.1.i)"),
            ));
        }
        Ok(())
    })?;
    let mut out = Vec::with_capacity(order.len());
    for code in order {
        let Some(p) = partial.remove(&code) else {
            continue;
        };
        let at = At {
            file: path,
            line: p.line,
        };
        out.push(complete(at, code, p)?);
    }
    Ok(out)
}

/// The profile of one occupation's rows, or an error at its first row
/// naming what is missing or contradictory.
fn complete(at: At<'_>, code: String, p: Partial) -> Result<InterestProfile, SeedError> {
    let mut scores = [0; 6];
    for (i, s) in p.scores.iter().enumerate() {
        scores[i] = s.ok_or_else(|| {
            at.err(
                "element_id",
                format!(
                    "`{code}` has no {} score ({})",
                    Interest::ALL[i].name(),
                    SCORE_ELEMENTS[i]
                ),
            )
        })?;
    }
    let mut high_points = Vec::with_capacity(3);
    let mut ended = false;
    for (i, h) in p.high_points.iter().enumerate() {
        let h = h.ok_or_else(|| {
            at.err(
                "element_id",
                format!(
                    "`{code}` has no {} ({})",
                    HIGH_POINT_ELEMENTS[i].1, HIGH_POINT_ELEMENTS[i].0
                ),
            )
        })?;
        match h {
            0 => ended = true,
            n if ended => {
                return Err(at.err(
                    "data_value",
                    format!(
                        "`{code}` names a {} ({n}) after one that is 0 (none)",
                        HIGH_POINT_ELEMENTS[i].1
                    ),
                ));
            }
            n => {
                let area = Interest::ALL[(n - 1) as usize];
                if high_points.contains(&area) {
                    return Err(at.err(
                        "data_value",
                        format!("`{code}` has {} as a high point twice", area.name()),
                    ));
                }
                high_points.push(area);
            }
        }
    }
    if high_points.is_empty() {
        return Err(at.err(
            "data_value",
            format!("`{code}` has no first interest high point"),
        ));
    }
    Ok(InterestProfile {
        code,
        scores,
        high_points,
        date: p.date.unwrap_or_default(),
    })
}

fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(
            &s[5..],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "onet_code,element_id,element,scale_id,data_value,date,domain_source\n";

    fn rows(code: &str, scores: [&str; 6], high: [&str; 3]) -> String {
        let mut s = String::new();
        for (i, v) in scores.iter().enumerate() {
            s.push_str(&format!(
                "{code},{},{},OI,{v},2026-02,x\n",
                SCORE_ELEMENTS[i],
                Interest::ALL[i].name()
            ));
        }
        for (i, v) in high.iter().enumerate() {
            s.push_str(&format!(
                "{code},{},{},IH,{v},2026-02,x\n",
                HIGH_POINT_ELEMENTS[i].0, HIGH_POINT_ELEMENTS[i].1
            ));
        }
        s
    }

    /// A whole file: the header and one occupation's nine rows.
    fn file(code: &str, scores: [&str; 6], high: [&str; 3]) -> String {
        format!("{HEADER}{}", rows(code, scores, high))
    }

    fn read_text(text: &str) -> Result<Vec<InterestProfile>, SeedError> {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let path = dir.path().join("interests.csv");
        std::fs::write(&path, text).expect("write");
        let codes: HashSet<&str> = ["29-2072.00", "29-1131.00"].into_iter().collect();
        read(&path, &codes)
    }

    #[test]
    fn a_profile_keeps_scores_and_high_points_in_order() {
        let text = file(
            "29-2072.00",
            ["2.86", "4.33", "1", "3.41", "1.88", "6.95"],
            ["6", "2", "0"],
        );
        let p = read_text(&text).expect("reads");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].scores, [286, 433, 100, 341, 188, 695]);
        assert_eq!(
            p[0].high_points,
            vec![Interest::Conventional, Interest::Investigative]
        );
        assert_eq!(p[0].date, "2026-02");
    }

    #[test]
    fn a_bad_profile_names_its_line_and_field() {
        let text = file(
            "29-2072.00",
            ["2.86", "4.33", "1", "9", "1.88", "6.95"],
            ["6", "2", "0"],
        );
        let e = read_text(&text).expect_err("score 9").to_string();
        assert!(e.contains("line 5") && e.contains("data_value"), "{e}");
        let text = file(
            "29-2072.00",
            ["2.86", "4.33", "1", "3", "1.88", "6.95"],
            ["6", "6", "0"],
        );
        let e = read_text(&text).expect_err("twice").to_string();
        assert!(e.contains("Conventional as a high point twice"), "{e}");
        let text = file(
            "29-2072.00",
            ["2.86", "4.33", "1", "3", "1.88", "6.95"],
            ["6", "0", "2"],
        );
        let e = read_text(&text).expect_err("after none").to_string();
        assert!(e.contains("after one that is 0"), "{e}");
        let mut text = file(
            "29-2072.00",
            ["2.86", "4.33", "1", "3", "1.88", "6.95"],
            ["6", "2", "0"],
        );
        text = text.replacen("29-2072.00,1.B.1.c,Artistic,OI,1,2026-02,x\n", "", 1);
        let e = read_text(&text).expect_err("missing").to_string();
        assert!(
            e.contains("no Artistic score") && e.contains("line 2"),
            "{e}"
        );
        let text = file(
            "11-1011.00",
            ["2.86", "4.33", "1", "3", "1.88", "6.95"],
            ["6", "2", "0"],
        );
        let e = read_text(&text).expect_err("unknown").to_string();
        assert!(e.contains("not in the O*NET occupations file"), "{e}");
    }

    #[test]
    fn letters_name_areas() {
        assert_eq!(Interest::from_letter("c"), Some(Interest::Conventional));
        assert_eq!(Interest::from_letter("R"), Some(Interest::Realistic));
        assert_eq!(Interest::from_letter("X"), None);
        assert_eq!(Interest::from_letter("CI"), None);
        assert_eq!(Interest::from_letter(""), None);
    }
}
