//! Our own description of every career that the datasets make, from
//! `seed/descriptions/*.toml`: what the people in it do, in a few plain
//! sentences, and where a student who wanted neighbouring work should go
//! instead.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::datasets::Datasets;
use super::{Career, SeedError, parse_str};

/// The folder of description files, inside the seed folder.
pub const FOLDER: &str = "descriptions";

/// The description of one career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    /// The SOC code of the career's projected occupation.
    pub soc: String,
    /// What the work is, a few sentences.
    pub text: String,
    /// Careers a student may have meant instead, in file order.
    pub instead: Vec<Instead>,
}

/// A pointer to another career, with our line saying why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instead {
    /// The other career's SOC code.
    pub soc: String,
    /// The line before the other career's title ("Fitting alarm systems
    /// is a separate career"); the title itself is shown as a link.
    pub lead: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    career: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    soc: String,
    title: String,
    description: String,
    #[serde(default)]
    instead: Vec<InsteadEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InsteadEntry {
    soc: String,
    line: String,
}

/// Fewest and most words in a description: two to four plain sentences.
const WORDS: (usize, usize) = (20, 120);

/// Reads every `*.toml` in `dir` and checks the descriptions against the
/// careers: one for each projected occupation that no hand-written
/// career (in `careers`) answers for, and none for any other code.
pub fn load(
    dir: &Path,
    d: &Datasets,
    careers: &[(PathBuf, Career)],
) -> Result<Vec<Description>, SeedError> {
    let titles = Titles::new(d);
    let handwritten: HashMap<&str, &Path> = careers
        .iter()
        .filter_map(|(path, c)| Some((c.soc.as_deref()?, path.as_path())))
        .collect();
    let mut out: Vec<Description> = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for path in files(dir)? {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| SeedError::new(&path, "", format!("cannot read file: {e}")))?;
        let file: File = parse_str(&path, &text)?;
        for (i, e) in file.career.into_iter().enumerate() {
            let at = At {
                path: &path,
                text: &text,
                index: i,
                soc: &e.soc,
            };
            let Some(title) = titles.shown(&e.soc) else {
                return Err(at.err("soc", "is not the code of a career in the projections file"));
            };
            if let Some(hand) = handwritten.get(e.soc.as_str()) {
                return Err(at.err(
                    "soc",
                    &format!(
                        "has a hand-written career ({}), which keeps its own text",
                        hand.display()
                    ),
                ));
            }
            if !titles.names(&e.soc, &e.title) {
                return Err(at.err("title", &format!("should be the career's title, {title}")));
            }
            if let Some(first) = seen.get(&e.soc) {
                return Err(at.err(
                    "soc",
                    &format!("already has a description in {}", first.display()),
                ));
            }
            let words = e.description.split_whitespace().count();
            if words == 0 {
                return Err(at.err("description", "is empty"));
            }
            if !(WORDS.0..=WORDS.1).contains(&words) {
                return Err(at.err(
                    "description",
                    &format!("has {words} words: write {} to {}", WORDS.0, WORDS.1),
                ));
            }
            let instead = e
                .instead
                .iter()
                .enumerate()
                .map(|(j, s)| instead(&at, j, s, &titles))
                .collect::<Result<_, _>>()?;
            seen.insert(e.soc.clone(), path.clone());
            out.push(Description {
                text: e
                    .description
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                soc: e.soc,
                instead,
            });
        }
    }
    for p in &d.projections {
        if !seen.contains_key(&p.soc) && !handwritten.contains_key(p.soc.as_str()) {
            return Err(SeedError::new(
                dir,
                "career",
                format!(
                    "no description for {} ({}): every career needs one",
                    p.soc,
                    titles.shown(&p.soc).unwrap_or(&p.title)
                ),
            ));
        }
    }
    Ok(out)
}

/// The `*.toml` files in `dir`, sorted.
fn files(dir: &Path) -> Result<Vec<PathBuf>, SeedError> {
    let cannot = |e: std::io::Error| SeedError::new(dir, "", format!("cannot read folder: {e}"));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let path = entry.map_err(cannot)?.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The careers' titles: as the site shows them (the wage survey's, in
/// title case, where it has one) and as the projections write them. A
/// description may use either.
struct Titles<'a> {
    shown: HashMap<&'a str, &'a str>,
    projected: HashMap<&'a str, &'a str>,
}

impl<'a> Titles<'a> {
    fn new(d: &'a Datasets) -> Self {
        let projected: HashMap<&str, &str> = d
            .projections
            .iter()
            .map(|p| (p.soc.as_str(), p.title.as_str()))
            .collect();
        let mut shown = projected.clone();
        for n in &d.national {
            if let Some(title) = shown.get_mut(n.soc.as_str()) {
                *title = n.title.as_str();
            }
        }
        Self { shown, projected }
    }

    /// The title of career `soc` as the site shows it, if it is a career.
    fn shown(&self, soc: &str) -> Option<&'a str> {
        self.shown.get(soc).copied()
    }

    /// True when `title` is one of career `soc`'s titles, whatever its
    /// capitals.
    fn names(&self, soc: &str, title: &str) -> bool {
        [&self.shown, &self.projected]
            .iter()
            .filter_map(|m| m.get(soc))
            .any(|t| t.eq_ignore_ascii_case(title))
    }
}

/// Checks one pointer: a known career other than this one, and a line
/// that ends with that career's title.
fn instead(
    at: &At<'_>,
    j: usize,
    s: &InsteadEntry,
    titles: &Titles<'_>,
) -> Result<Instead, SeedError> {
    let field = |name: &str| format!("instead[{j}].{name}");
    let Some(title) = titles.shown(&s.soc) else {
        return Err(at.err(
            &field("soc"),
            &format!("`{}` is not the code of a career", s.soc),
        ));
    };
    if s.soc == at.soc {
        return Err(at.err(&field("soc"), "points to the career itself"));
    }
    let line = s.line.split_whitespace().collect::<Vec<_>>().join(" ");
    let lead = line
        .strip_suffix('.')
        .and_then(|l| l.rsplit_once(": "))
        .filter(|(_, named)| titles.names(&s.soc, named))
        .map(|(lead, _)| lead.to_string());
    match lead {
        Some(lead) if !lead.is_empty() => Ok(Instead {
            soc: s.soc.clone(),
            lead,
        }),
        _ => Err(at.err(
            &field("line"),
            &format!("should end with \": {title}.\", the title of {}", s.soc),
        )),
    }
}

/// Where an entry is, for errors that name its file, line, field and code.
struct At<'a> {
    path: &'a Path,
    text: &'a str,
    index: usize,
    soc: &'a str,
}

impl At<'_> {
    fn err(&self, field: &str, message: &str) -> SeedError {
        let needle = format!("soc = \"{}\"", self.soc);
        let line = self
            .text
            .find(&needle)
            .map(|at| self.text[..at].matches('\n').count() + 1);
        let place = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        SeedError::new(
            self.path,
            format!("career[{}].{field}", self.index),
            format!("career {}: {field} {message}{place}", self.soc),
        )
    }
}
