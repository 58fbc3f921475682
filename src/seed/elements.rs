//! `seed/elements.toml`: each O*NET skill, knowledge area, work style and
//! work value explained in our own words, checked against the elements the
//! O*NET ratings use.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::datasets::Datasets;
use super::{SeedError, parse_file};
use crate::domain::ElementKind;

/// One element explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// O*NET element id (`2.A.1.e`).
    pub id: String,
    /// Its kind.
    pub kind: ElementKind,
    /// Its name, as O*NET gives it (`Mathematics`).
    pub name: String,
    /// What it means, in our words.
    pub explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    element: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    kind: String,
    name: String,
    explanation: String,
}

/// Reads `elements.toml` in `dir`, if there is one, and checks it: ids
/// unique, kinds known, nothing blank, and (with the datasets) every
/// element the ratings use explained once under the name and kind the data
/// give it, and no entry the data do not use. The datasets' ratings need
/// the file.
pub fn load(dir: &Path, datasets: Option<&Datasets>) -> Result<Vec<Element>, SeedError> {
    let path = dir.join("elements.toml");
    let used = datasets.map(used_elements).unwrap_or_default();
    if !path.exists() {
        return match used.first() {
            None => Ok(Vec::new()),
            Some((id, _, name)) => Err(SeedError::new(
                &path,
                "",
                format!(
                    "missing: the O*NET ratings need an explanation of each element, such as {id} ({name})"
                ),
            )),
        };
    }
    let file: File = parse_file(&path)?;
    let mut out = Vec::with_capacity(file.element.len());
    let (mut ids, mut anchors) = (HashSet::new(), HashSet::new());
    for (i, e) in file.element.into_iter().enumerate() {
        let field = |f: &str| format!("element[{i}].{f}");
        let err = |f: &str, m: String| SeedError::new(&path, field(f), m);
        let id = e.id.trim().to_string();
        if id.is_empty() {
            return Err(err("id", "must not be empty".to_string()));
        }
        if !ids.insert(id.clone()) {
            return Err(err("id", format!("`{id}` is explained twice")));
        }
        let kind = ElementKind::from_key(e.kind.trim()).ok_or_else(|| {
            err(
                "kind",
                format!(
                    "`{}` ({id}) is not skill, knowledge, style or value",
                    e.kind
                ),
            )
        })?;
        for (f, v) in [("name", &e.name), ("explanation", &e.explanation)] {
            if v.trim().is_empty() {
                return Err(err(f, format!("`{id}` has an empty {f}")));
            }
        }
        if !anchors.insert(kind.anchor(&e.name)) {
            return Err(err(
                "name",
                format!("`{id}` has the glossary anchor of another {}", kind.key()),
            ));
        }
        out.push(Element {
            id,
            kind,
            name: e.name.trim().to_string(),
            explanation: e.explanation.trim().to_string(),
        });
    }
    if datasets.is_some() {
        check_against(&path, &out, &used)?;
    }
    Ok(out)
}

/// The elements the ratings use: (id, kind, name), in data order.
fn used_elements(d: &Datasets) -> Vec<(String, ElementKind, String)> {
    let mut seen = HashSet::new();
    d.ratings
        .iter()
        .filter(|r| seen.insert(r.element_id.as_str()))
        .map(|r| (r.element_id.clone(), r.kind, r.element.clone()))
        .collect()
}

fn check_against(
    path: &Path,
    elements: &[Element],
    used: &[(String, ElementKind, String)],
) -> Result<(), SeedError> {
    let by_id: HashMap<&str, (usize, &Element)> = elements
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), (i, e)))
        .collect();
    for (id, kind, name) in used {
        let Some((i, e)) = by_id.get(id.as_str()) else {
            return Err(SeedError::new(
                path,
                "element",
                format!(
                    "no explanation of the {} `{id}` ({name}), which the O*NET ratings use",
                    kind.key()
                ),
            ));
        };
        if e.name != *name {
            return Err(SeedError::new(
                path,
                format!("element[{i}].name"),
                format!("`{id}` is `{name}` in the O*NET ratings, not `{}`", e.name),
            ));
        }
        if e.kind != *kind {
            return Err(SeedError::new(
                path,
                format!("element[{i}].kind"),
                format!("`{id}` ({name}) is a {} in the O*NET ratings", kind.key()),
            ));
        }
    }
    let used_ids: HashSet<&str> = used.iter().map(|(id, _, _)| id.as_str()).collect();
    if let Some((i, e)) =
        (elements.iter().enumerate()).find(|(_, e)| !used_ids.contains(e.id.as_str()))
    {
        return Err(SeedError::new(
            path,
            format!("element[{i}].id"),
            format!(
                "`{}` ({}) is not an element of the O*NET ratings",
                e.id, e.name
            ),
        ));
    }
    Ok(())
}
