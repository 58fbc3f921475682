//! Writing what each career takes (O*NET 29.3): the elements with our
//! explanations, and for every career the ratings of the first of its
//! O*NET occupations that has any, and the tools of the first that lists
//! some.

use std::collections::HashMap;

use rusqlite::{Transaction, params};

use crate::seed::datasets::{Datasets, OnetOccupation, Rating, Tool};
use crate::seed::elements::Element;

/// Writes the elements, in file order.
pub fn write_elements(tx: &Transaction<'_>, elements: &[Element]) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare(
        "INSERT INTO onet_element (id, kind, position, name, anchor, explanation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, e) in (0_i64..).zip(elements) {
        stmt.execute(params![
            e.id,
            e.kind.key(),
            i,
            e.name,
            e.kind.anchor(&e.name),
            e.explanation
        ])?;
    }
    Ok(())
}

/// Writes each career's profile and tools; `codes_of` gives a career's
/// O*NET occupations in order, `ids` the careers that have any.
pub fn write(
    tx: &Transaction<'_>,
    d: &Datasets,
    codes_of: &HashMap<i64, Vec<&OnetOccupation>>,
    ids: &[i64],
) -> Result<(), rusqlite::Error> {
    let mut ratings_of: HashMap<&str, Vec<&Rating>> = HashMap::new();
    for r in &d.ratings {
        ratings_of.entry(r.code.as_str()).or_default().push(r);
    }
    let high_of: HashMap<&str, &[String]> = (d.value_high_points.iter())
        .map(|h| (h.code.as_str(), h.elements.as_slice()))
        .collect();
    let mut tools_of: HashMap<&str, Vec<&Tool>> = HashMap::new();
    for t in &d.tools {
        tools_of.entry(t.code.as_str()).or_default().push(t);
    }
    let mut profile = tx.prepare(
        "INSERT INTO career_profile (career_id, onet_code, value_first, value_second, value_third)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut rating = tx.prepare(
        "INSERT INTO career_rating (career_id, element_id, score, score_suppressed, level,
             level_suppressed, not_relevant, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut tool = tx.prepare(
        "INSERT INTO career_tool (career_id, position, onet_code, example, kind)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for &id in ids {
        let codes = &codes_of[&id];
        if let Some((code, list)) = codes
            .iter()
            .find_map(|o| ratings_of.get_key_value(o.code.as_str()))
        {
            let high = high_of.get(code).copied().unwrap_or_default();
            profile.execute(params![id, code, high.first(), high.get(1), high.get(2)])?;
            for r in list {
                rating.execute(params![
                    id,
                    r.element_id,
                    r.score,
                    r.score_suppressed,
                    r.level,
                    r.level_suppressed,
                    r.not_relevant,
                    r.date
                ])?;
            }
        }
        if let Some((code, list)) = codes
            .iter()
            .find_map(|o| tools_of.get_key_value(o.code.as_str()))
        {
            for (i, t) in (0_i64..).zip(tool_order(list)) {
                tool.execute(params![id, i, code, t.example, t.kind])?;
            }
        }
    }
    Ok(())
}

/// Tools one kind at a time: the first example of each kind, the kinds
/// with the most examples first (then by name), then the second of each,
/// and so on; examples within a kind by name.
fn tool_order<'a>(list: &[&'a Tool]) -> Vec<&'a Tool> {
    let mut kinds: Vec<(&str, Vec<&Tool>)> = Vec::new();
    for t in list {
        match kinds.iter_mut().find(|(k, _)| *k == t.kind) {
            Some((_, v)) => v.push(t),
            None => kinds.push((t.kind.as_str(), vec![t])),
        }
    }
    for (_, v) in &mut kinds {
        v.sort_by_key(|t| t.example.to_lowercase());
    }
    kinds.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(b.0)));
    let mut out = Vec::with_capacity(list.len());
    for round in 0.. {
        let before = out.len();
        out.extend(kinds.iter().filter_map(|(_, v)| v.get(round).copied()));
        if out.len() == before {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tool(example: &str, kind: &str) -> Tool {
        Tool {
            code: "47-2111.00".into(),
            example: example.into(),
            kind: kind.into(),
        }
    }

    #[test]
    fn tools_take_turns_by_kind_the_commonest_first() {
        let tools = [
            tool("Wire strippers", "Wire stripper"),
            tool("Pliers", "Pliers"),
            tool("Needlenose pliers", "Pliers"),
            tool("Lineman's pliers", "Pliers"),
            tool("Voltmeters", "Voltage tester"),
            tool("Multimeters", "Voltage tester"),
        ];
        let list: Vec<&Tool> = tools.iter().collect();
        let names: Vec<&str> = tool_order(&list)
            .iter()
            .map(|t| t.example.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Lineman's pliers",
                "Multimeters",
                "Wire strippers",
                "Needlenose pliers",
                "Voltmeters",
                "Pliers"
            ]
        );
    }
}
