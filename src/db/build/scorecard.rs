//! Writes the College Scorecard's institutions and programs, links each
//! career to the fields of study that prepare for it, and links the
//! hand-written careers' schools to the institutions they certainly are.

use std::collections::{HashMap, HashSet};

use rusqlite::{Transaction, params};

use crate::seed::scorecard::{Institution, Scorecard};

/// Writes everything in `s`. Runs after the careers are written.
pub fn write(tx: &Transaction<'_>, s: &Scorecard) -> rusqlite::Result<()> {
    let merged = merged_into(&s.institutions);
    let mut ins = tx.prepare(
        "INSERT INTO institution (unitid, opeid6, name, state, control, merged_into)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    // Merged institutions first, so the ones merged into them can refer
    // to them.
    let (listed, former): (Vec<&Institution>, Vec<&Institution>) =
        s.institutions.iter().partition(|i| i.state.is_some());
    for i in listed.into_iter().chain(former) {
        ins.execute(params![
            i.unitid,
            i.opeid6,
            i.name,
            i.state,
            i.control.code(),
            merged.get(i.unitid.as_str()),
        ])?;
    }
    let mut field = tx.prepare("INSERT INTO study_field (cip4, title) VALUES (?1, ?2)")?;
    for f in &s.fields {
        field.execute(params![f.cip4, f.title])?;
    }
    let state_of: HashMap<&str, Option<&str>> = s
        .institutions
        .iter()
        .map(|i| (i.unitid.as_str(), i.state.as_deref()))
        .collect();
    let mut program = tx.prepare(
        "INSERT INTO program (unitid, cip4, credential, state, completers, earnings, horizon, debt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for p in &s.programs {
        program.execute(params![
            p.unitid,
            p.cip4,
            p.credential,
            state_of.get(p.unitid.as_str()).copied().flatten(),
            p.completers,
            p.earnings,
            p.horizon.map(|h| h.years()),
            p.debt,
        ])?;
    }
    write_career_fields(tx, s)?;
    link_schools(tx, &s.institutions, &merged)
}

/// For each institution without a state, the one listed institution that
/// shares its federal aid identifier (a merger), if there is exactly one.
fn merged_into(institutions: &[Institution]) -> HashMap<&str, &str> {
    let mut listed: HashMap<&str, Vec<&str>> = HashMap::new();
    for i in institutions.iter().filter(|i| i.state.is_some()) {
        listed
            .entry(i.opeid6.as_str())
            .or_default()
            .push(i.unitid.as_str());
    }
    institutions
        .iter()
        .filter(|i| i.state.is_none())
        .filter_map(|i| match listed.get(i.opeid6.as_str()).map(Vec::as_slice) {
            Some([one]) => Some((i.unitid.as_str(), *one)),
            _ => None,
        })
        .collect()
}

/// Links careers to fields of study. A crosswalk occupation that is not a
/// career belongs to the one career whose code shares its first six
/// characters and that the crosswalk does not list itself: BLS publishes
/// some occupations only combined (13-1020 for 13-1021, 13-1022, 13-1023).
fn write_career_fields(tx: &Transaction<'_>, s: &Scorecard) -> rusqlite::Result<()> {
    let careers: HashMap<String, i64> = {
        let mut stmt = tx.prepare("SELECT soc, id FROM career WHERE soc IS NOT NULL")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let fields: HashSet<&str> = s.fields.iter().map(|f| f.cip4.as_str()).collect();
    let listed: HashSet<&str> = s.links.iter().map(|l| l.soc.as_str()).collect();
    let career_of = |soc: &str| -> Option<i64> {
        if let Some(id) = careers.get(soc) {
            return Some(*id);
        }
        let combined: Vec<i64> = careers
            .iter()
            .filter(|(c, _)| c[..6] == soc[..6] && !listed.contains(c.as_str()))
            .map(|(_, id)| *id)
            .collect();
        match combined.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    };
    let mut stmt =
        tx.prepare("INSERT OR IGNORE INTO career_field (career_id, cip4) VALUES (?1, ?2)")?;
    for l in &s.links {
        // Only fields the Scorecard has programs in.
        if let (Some(id), true) = (career_of(&l.soc), fields.contains(l.cip4.as_str())) {
            stmt.execute(params![id, l.cip4])?;
        }
    }
    Ok(())
}

/// A name for comparing: lower case, "&" as "and", letters and digits
/// only, single spaces.
pub fn comparable(name: &str) -> String {
    name.to_lowercase()
        .replace('&', " and ")
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Links each school to the institution it certainly is, or to none.
/// Certain means exactly one institution that either
/// - is in the school's state under the same name, or the same name and
///   the school's town ("American Institute-West Hartford"), or
/// - has no state, merged into one in the school's state, and has the
///   same name ("Asnuntuck Community College"), or is that institution's
///   campus named for the school ("Connecticut State Community College
///   Gateway" for "Gateway Community College").
fn link_schools(
    tx: &Transaction<'_>,
    institutions: &[Institution],
    merged: &HashMap<&str, &str>,
) -> rusqlite::Result<()> {
    let by_id: HashMap<&str, &Institution> = institutions
        .iter()
        .map(|i| (i.unitid.as_str(), i))
        .collect();
    let schools: Vec<(i64, String, String, String)> = {
        let mut stmt = tx.prepare("SELECT id, name, town, state FROM school")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut update = tx.prepare("UPDATE school SET unitid = ?1 WHERE id = ?2")?;
    for (id, name, town, state) in schools {
        let wanted = comparable(&name);
        let with_town = comparable(&format!("{name} {town}"));
        let matches: Vec<&str> = institutions
            .iter()
            .filter(|i| match (&i.state, merged.get(i.unitid.as_str())) {
                (Some(s), _) => {
                    let n = comparable(&i.name);
                    *s == state && (n == wanted || n == with_town)
                }
                (None, Some(into)) => {
                    let Some(target) = by_id
                        .get(into)
                        .filter(|t| t.state.as_deref() == Some(state.as_str()))
                    else {
                        return false;
                    };
                    comparable(&i.name) == wanted || is_campus_of(&i.name, &target.name, &wanted)
                }
                (None, None) => false,
            })
            .map(|i| i.unitid.as_str())
            .collect();
        if let [one] = matches.as_slice() {
            update.execute(params![one, id])?;
        }
    }
    Ok(())
}

/// Whether `name` is the campus of `merged` named for the school whose
/// comparable name is `school`: `name` is `merged` and a campus word W,
/// and `school` is W followed by the end of `merged`'s name ("Gateway" +
/// "Community College").
fn is_campus_of(name: &str, merged: &str, school: &str) -> bool {
    let (name, merged) = (comparable(name), comparable(merged));
    let Some(campus) = name
        .strip_prefix(merged.as_str())
        .and_then(|r| r.strip_prefix(' '))
    else {
        return false;
    };
    let Some(kind) = school
        .strip_prefix(campus)
        .and_then(|r| r.strip_prefix(' '))
    else {
        return false;
    };
    !kind.is_empty() && merged.ends_with(&format!(" {kind}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_punctuation_or_ampersands() {
        assert_eq!(
            comparable("Porter & Chester Institute"),
            comparable("Porter and Chester Institute")
        );
        assert_ne!(
            comparable("Goodwin College"),
            comparable("Goodwin University")
        );
    }

    #[test]
    fn a_campus_is_named_for_the_school_it_was() {
        let merged = "Connecticut State Community College";
        let school = comparable("Gateway Community College");
        assert!(is_campus_of(
            "Connecticut State Community College Gateway",
            merged,
            &school
        ));
        assert!(!is_campus_of(
            "Connecticut State Community College Tunxis",
            merged,
            &school
        ));
        assert!(!is_campus_of(
            "Connecticut State Community College Gateway",
            merged,
            &comparable("Gateway University")
        ));
    }
}
