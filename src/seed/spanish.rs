//! The Spanish edition's texts, from `seed/es/`: beside each English text
//! of ours, its Spanish version, written by us.
//!
//! - `es/descriptions/*.toml`: each career's title, description, the words
//!   Spanish speakers search it by, and the lead of each "instead" line;
//! - `es/careers/{slug}.toml`: a hand-written career's prose;
//! - `es/elements.toml`, `es/glossary.toml`, `es/sources.toml`: the
//!   explanations, glossary and notes on sources;
//! - `es/vocabulary.toml`: the data's fixed words (the occupational
//!   groups, BLS's education and training categories).
//!
//! The folder is optional: without it the site speaks English only. With
//! it, every text must have its Spanish version, and the build names the
//! file and entry of any that does not (or of any that answers for no
//! English text).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::datasets::Datasets;
use super::descriptions::Description;
use super::elements::Element;
use super::model::{Career, GlossaryTerm, Source};
use super::{SeedError, parse_file, parse_str};

/// The folder of the Spanish texts, inside the seed folder.
pub const FOLDER: &str = "es";

/// Every Spanish text of the seed.
#[derive(Debug, Clone, Default)]
pub struct Spanish {
    /// Careers made from the datasets, by SOC code.
    pub careers: HashMap<String, CareerEs>,
    /// Hand-written careers, by slug.
    pub handwritten: HashMap<String, HandwrittenEs>,
    /// Element names and explanations, by element id.
    pub elements: HashMap<String, Translated>,
    /// Glossary terms and definitions, by term id.
    pub glossary: HashMap<String, Translated>,
    /// Sources' texts, by source id.
    pub sources: HashMap<String, SourceEs>,
    /// The datasets' texts, by their source id (`bls-oews`).
    pub datasets: HashMap<String, DatasetEs>,
    /// The data's fixed words.
    pub vocabulary: Vocabulary,
}

/// A career made from the datasets, in Spanish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerEs {
    /// Its title.
    pub title: String,
    /// What the work is.
    pub description: String,
    /// Everyday words Spanish speakers search it by.
    pub words: Vec<String>,
    /// The leads of its "instead" lines, in the English order.
    pub instead: Vec<String>,
}

/// A name and its explanation in Spanish (an element, a glossary term).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The name.
    pub name: String,
    /// What it means.
    pub text: String,
}

/// A source's texts in Spanish; what is absent stays as published.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEs {
    /// Its id.
    pub id: String,
    /// The publisher, with a Spanish gloss.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Where we read it.
    #[serde(default)]
    pub reported_in: Option<String>,
    /// Our note for readers.
    #[serde(default)]
    pub note: Option<String>,
}

/// The data's fixed words in Spanish, each keyed by its English (or, for
/// the groups, by the group's SOC code).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// The SOC major groups (`11-0000`).
    #[serde(default)]
    pub groups: BTreeMap<String, String>,
    /// BLS's education needed to start.
    #[serde(default)]
    pub entry_education: BTreeMap<String, String>,
    /// BLS's work experience in a related occupation.
    #[serde(default)]
    pub work_experience: BTreeMap<String, String>,
    /// BLS's typical on-the-job training.
    #[serde(default)]
    pub on_the_job_training: BTreeMap<String, String>,
    /// BLS's words for the pace of a projection, as hand-written careers
    /// report them ("Much faster than average").
    #[serde(default)]
    pub pace: BTreeMap<String, String>,
}

impl Vocabulary {
    /// The Spanish of `english` in `table`, or the English when the table
    /// has none (the build has checked that every word the data use has
    /// one).
    pub fn word<'a>(table: &'a BTreeMap<String, String>, english: &'a str) -> &'a str {
        table.get(english).map(String::as_str).unwrap_or(english)
    }
}

/// A hand-written career's prose in Spanish: the same sections as the
/// English file, with only the text in them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandwrittenEs {
    /// Its title.
    pub title: String,
    /// What the work is, in brief.
    pub summary: String,
    /// What the work is like.
    #[serde(default)]
    pub work: TextEs,
    /// Duties.
    #[serde(default)]
    pub duties: ItemsEs,
    /// Skills.
    #[serde(default)]
    pub skills: ItemsEs,
    /// Work settings.
    #[serde(default)]
    pub work_settings: ItemsEs,
    /// Work hours.
    #[serde(default)]
    pub work_hours: TextEs,
    /// Trends, in the English order.
    #[serde(default)]
    pub trend: Vec<TrendEs>,
    /// The education ladder, in the English order.
    #[serde(default)]
    pub education: Vec<EducationEs>,
    /// Coursework.
    #[serde(default)]
    pub coursework: ItemsEs,
    /// The notes on certification.
    #[serde(default)]
    pub certification_notes: Option<toml::Table>,
    /// Certifications, in the English order.
    #[serde(default)]
    pub certification: Vec<toml::Table>,
    /// Licensing rules, in the English order.
    #[serde(default)]
    pub licensing: Vec<toml::Table>,
    /// Where to learn more, in the English order.
    #[serde(default)]
    pub learn_more: Vec<toml::Table>,
}

/// A section of prose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextEs {
    /// The text.
    #[serde(default)]
    pub text: String,
}

/// A section of items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemsEs {
    /// The items, in the English order.
    #[serde(default)]
    pub items: Vec<String>,
}

/// A trend.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrendEs {
    /// Its title.
    pub title: String,
    /// What is changing.
    pub text: String,
}

/// A step of the education ladder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationEs {
    /// The step's key, as in English.
    pub key: String,
    /// Its name.
    pub title: String,
    /// How long it takes, where the English says.
    #[serde(default)]
    pub duration: Option<String>,
    /// What it is.
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DescriptionsFile {
    career: Vec<DescriptionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DescriptionEntry {
    soc: String,
    title: String,
    #[serde(default)]
    words: Vec<String>,
    description: String,
    #[serde(default)]
    instead: Vec<InsteadEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InsteadEntry {
    soc: String,
    lead: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ElementsFile {
    element: Vec<ElementEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ElementEntry {
    id: String,
    name: String,
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    term: Vec<GlossaryTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<SourceEs>,
    #[serde(default)]
    dataset: Vec<DatasetEs>,
}

/// Our texts about a dataset, in Spanish (its name and publisher stay as
/// published).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetEs {
    /// The dataset's source id.
    pub id: String,
    /// Its name with a Spanish gloss, and its release, as source lists
    /// show them.
    pub reported_in: String,
    /// Its license, in words.
    pub license: String,
    /// What a reader should know about its figures.
    pub note: Option<String>,
    /// How our copy differs from the publisher's files.
    pub changes: Option<String>,
}

/// What the Spanish texts are checked against: the English texts.
pub struct English<'a> {
    /// Hand-written careers.
    pub careers: &'a [(PathBuf, Career)],
    /// Descriptions of the careers made from the datasets.
    pub descriptions: &'a [Description],
    /// Elements explained.
    pub elements: &'a [Element],
    /// Glossary terms.
    pub glossary: &'a [GlossaryTerm],
    /// Sources.
    pub sources: &'a [Source],
    /// The datasets, when the seed has them.
    pub datasets: Option<&'a Datasets>,
}

/// Reads `dir/es/` if it exists, and checks that each English text has
/// its Spanish version and each Spanish text answers for an English one.
pub fn load(dir: &Path, en: &English<'_>) -> Result<Option<Spanish>, SeedError> {
    let dir = dir.join(FOLDER);
    if !dir.is_dir() {
        return Ok(None);
    }
    let mut es = Spanish {
        careers: descriptions(&dir.join("descriptions"), en.descriptions)?,
        ..Spanish::default()
    };
    for (path, career) in en.careers {
        let file = dir.join("careers").join(format!("{}.toml", career.slug));
        if !file.exists() {
            return Err(SeedError::new(
                &file,
                "",
                format!(
                    "missing: the career {} ({}) has no Spanish text",
                    career.slug,
                    path.display()
                ),
            ));
        }
        let text: HandwrittenEs = parse_file(&file)?;
        check_handwritten(&file, &text, career)?;
        es.handwritten.insert(career.slug.clone(), text);
    }
    es.elements = elements(&dir.join("elements.toml"), en.elements)?;
    es.glossary = glossary(&dir.join("glossary.toml"), en.glossary)?;
    let (sources, notes) = sources(&dir.join("sources.toml"), en)?;
    es.sources = sources;
    es.datasets = notes;
    es.vocabulary = vocabulary(&dir.join("vocabulary.toml"), en.datasets)?;
    for (_, career) in en.careers {
        for p in &career.projection {
            let Some(pace) = &p.pace else { continue };
            if es
                .vocabulary
                .pace
                .get(pace)
                .is_none_or(|s| s.trim().is_empty())
            {
                return Err(SeedError::new(
                    &dir.join("vocabulary.toml"),
                    "pace",
                    format!(
                        "no Spanish for `{pace}`, the pace of a projection of {}",
                        career.slug
                    ),
                ));
            }
        }
    }
    Ok(Some(es))
}

/// The line of `needle` in `text`, as " (line N)", or nothing.
fn line_of(text: &str, needle: &str) -> String {
    text.find(needle)
        .map(|at| format!(" (line {})", text[..at].matches('\n').count() + 1))
        .unwrap_or_default()
}

/// Collapses runs of white space, as the English texts are.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn descriptions(
    dir: &Path,
    english: &[Description],
) -> Result<HashMap<String, CareerEs>, SeedError> {
    let by_soc: HashMap<&str, &Description> = english.iter().map(|d| (d.soc.as_str(), d)).collect();
    let mut out: HashMap<String, CareerEs> = HashMap::new();
    let mut files = Vec::new();
    if dir.is_dir() {
        let cannot =
            |e: std::io::Error| SeedError::new(dir, "", format!("cannot read folder: {e}"));
        for entry in std::fs::read_dir(dir).map_err(cannot)? {
            let path = entry.map_err(cannot)?.path();
            if path.extension().is_some_and(|x| x == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| SeedError::new(&path, "", format!("cannot read file: {e}")))?;
        let file: DescriptionsFile = parse_str(&path, &text)?;
        for (i, e) in file.career.into_iter().enumerate() {
            let place = line_of(&text, &format!("soc = \"{}\"", e.soc));
            let err = |field: &str, m: String| {
                SeedError::new(
                    &path,
                    format!("career[{i}].{field}"),
                    format!("career {}: {m}{place}", e.soc),
                )
            };
            let Some(en) = by_soc.get(e.soc.as_str()) else {
                return Err(err(
                    "soc",
                    "has no English description in seed/descriptions".to_string(),
                ));
            };
            if out.contains_key(&e.soc) {
                return Err(err("soc", "has a Spanish text twice".to_string()));
            }
            for (field, value) in [("title", &e.title), ("description", &e.description)] {
                if value.trim().is_empty() {
                    return Err(err(field, format!("{field} is empty")));
                }
            }
            let socs: Vec<&str> = e.instead.iter().map(|s| s.soc.as_str()).collect();
            let english_socs: Vec<&str> = en.instead.iter().map(|s| s.soc.as_str()).collect();
            if socs != english_socs {
                return Err(err(
                    "instead",
                    format!(
                        "should point to the careers the English points to, in its order: {}",
                        if english_socs.is_empty() {
                            "none".to_string()
                        } else {
                            english_socs.join(", ")
                        }
                    ),
                ));
            }
            let mut instead = Vec::new();
            for (j, s) in e.instead.iter().enumerate() {
                let lead = one_line(&s.lead);
                if lead.is_empty() || lead.ends_with(['.', ':', ';', ',']) {
                    return Err(err(
                        &format!("instead[{j}].lead"),
                        "lead must be a sentence without its end: the page adds \": <the other career>.\""
                            .to_string(),
                    ));
                }
                instead.push(lead);
            }
            let mut words = Vec::new();
            for (j, w) in e.words.iter().enumerate() {
                let w = one_line(w);
                if w.is_empty() {
                    return Err(err(&format!("words[{j}]"), "is empty".to_string()));
                }
                words.push(w);
            }
            out.insert(
                e.soc.clone(),
                CareerEs {
                    title: one_line(&e.title),
                    description: one_line(&e.description),
                    words,
                    instead,
                },
            );
        }
    }
    for d in english {
        if !out.contains_key(&d.soc) {
            return Err(SeedError::new(
                dir,
                "career",
                format!(
                    "no Spanish text for {}: every career's description needs one",
                    d.soc
                ),
            ));
        }
    }
    Ok(out)
}

/// The English items of a section and the Spanish ones must be as many.
fn same_count(path: &Path, field: &str, english: usize, spanish: usize) -> Result<(), SeedError> {
    if english == spanish {
        Ok(())
    } else {
        Err(SeedError::new(
            path,
            field,
            format!(
                "has {spanish} entries where the English has {english}: one for each, in order"
            ),
        ))
    }
}

fn check_handwritten(path: &Path, es: &HandwrittenEs, en: &Career) -> Result<(), SeedError> {
    let blank = |field: &str, v: &str| {
        if v.trim().is_empty() {
            Err(SeedError::new(path, field, "must not be empty"))
        } else {
            Ok(())
        }
    };
    blank("title", &es.title)?;
    blank("summary", &es.summary)?;
    for (field, english, spanish) in [
        ("work.text", &en.work.text, &es.work.text),
        ("work_hours.text", &en.work_hours.text, &es.work_hours.text),
    ] {
        if !english.trim().is_empty() {
            blank(field, spanish)?;
        }
    }
    for (field, english, spanish) in [
        ("duties.items", &en.duties.items, &es.duties.items),
        ("skills.items", &en.skills.items, &es.skills.items),
        (
            "work_settings.items",
            &en.work_settings.items,
            &es.work_settings.items,
        ),
        (
            "coursework.items",
            &en.coursework.items,
            &es.coursework.items,
        ),
    ] {
        same_count(path, field, english.len(), spanish.len())?;
        for (i, item) in spanish.iter().enumerate() {
            blank(&format!("{field}[{i}]"), item)?;
        }
    }
    same_count(path, "trend", en.trend.len(), es.trend.len())?;
    for (i, t) in es.trend.iter().enumerate() {
        blank(&format!("trend[{i}].title"), &t.title)?;
        blank(&format!("trend[{i}].text"), &t.text)?;
    }
    same_count(
        path,
        "certification",
        en.certification.len(),
        es.certification.len(),
    )?;
    same_count(path, "licensing", en.licensing.len(), es.licensing.len())?;
    same_count(path, "education", en.education.len(), es.education.len())?;
    for (i, (s, e)) in es.education.iter().zip(&en.education).enumerate() {
        if s.key != e.key {
            return Err(SeedError::new(
                path,
                format!("education[{i}].key"),
                format!("is `{}` where the English has `{}`", s.key, e.key),
            ));
        }
        blank(&format!("education[{i}].title"), &s.title)?;
        blank(&format!("education[{i}].text"), &s.text)?;
        if e.duration.is_some() != s.duration.is_some() {
            return Err(SeedError::new(
                path,
                format!("education[{i}].duration"),
                "should be given exactly where the English gives one",
            ));
        }
    }
    Ok(())
}

fn elements(path: &Path, english: &[Element]) -> Result<HashMap<String, Translated>, SeedError> {
    if english.is_empty() && !path.exists() {
        return Ok(HashMap::new());
    }
    let file: ElementsFile = parse_file(path)?;
    let known: HashSet<&str> = english.iter().map(|e| e.id.as_str()).collect();
    let mut out = HashMap::new();
    for (i, e) in file.element.into_iter().enumerate() {
        let err = |f: &str, m: String| SeedError::new(path, format!("element[{i}].{f}"), m);
        if !known.contains(e.id.as_str()) {
            return Err(err(
                "id",
                format!("`{}` is not explained in seed/elements.toml", e.id),
            ));
        }
        for (f, v) in [("name", &e.name), ("explanation", &e.explanation)] {
            if v.trim().is_empty() {
                return Err(err(f, format!("`{}` has an empty {f}", e.id)));
            }
        }
        let value = Translated {
            name: one_line(&e.name),
            text: one_line(&e.explanation),
        };
        if out.insert(e.id.clone(), value).is_some() {
            return Err(err("id", format!("`{}` is translated twice", e.id)));
        }
    }
    for e in english {
        if !out.contains_key(&e.id) {
            return Err(SeedError::new(
                path,
                "element",
                format!("no Spanish text for the element {} ({})", e.id, e.name),
            ));
        }
    }
    Ok(out)
}

fn glossary(
    path: &Path,
    english: &[GlossaryTerm],
) -> Result<HashMap<String, Translated>, SeedError> {
    if english.is_empty() && !path.exists() {
        return Ok(HashMap::new());
    }
    let file: GlossaryFile = parse_file(path)?;
    let known: HashSet<&str> = english.iter().map(|t| t.id.as_str()).collect();
    let mut out = HashMap::new();
    for (i, t) in file.term.into_iter().enumerate() {
        let err = |f: &str, m: String| SeedError::new(path, format!("term[{i}].{f}"), m);
        if !known.contains(t.id.as_str()) {
            return Err(err(
                "id",
                format!("`{}` is not a term of seed/glossary.toml", t.id),
            ));
        }
        for (f, v) in [("term", &t.term), ("definition", &t.definition)] {
            if v.trim().is_empty() {
                return Err(err(f, format!("`{}` has an empty {f}", t.id)));
            }
        }
        let value = Translated {
            name: one_line(&t.term),
            text: one_line(&t.definition),
        };
        if out.insert(t.id.clone(), value).is_some() {
            return Err(err("id", format!("`{}` is translated twice", t.id)));
        }
    }
    for t in english {
        if !out.contains_key(&t.id) {
            return Err(SeedError::new(
                path,
                "term",
                format!(
                    "no Spanish text for the glossary term `{}` ({})",
                    t.id, t.term
                ),
            ));
        }
    }
    Ok(out)
}

type SourceTexts = (HashMap<String, SourceEs>, HashMap<String, DatasetEs>);

fn sources(path: &Path, en: &English<'_>) -> Result<SourceTexts, SeedError> {
    let file: SourcesFile = if path.exists() {
        parse_file(path)?
    } else {
        SourcesFile {
            source: Vec::new(),
            dataset: Vec::new(),
        }
    };
    let by_id: HashMap<&str, &Source> = en.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut out = HashMap::new();
    for (i, s) in file.source.into_iter().enumerate() {
        let err = |f: &str, m: String| SeedError::new(path, format!("source[{i}].{f}"), m);
        let Some(english) = by_id.get(s.id.as_str()) else {
            return Err(err(
                "id",
                format!("`{}` is not a source of seed/sources.toml", s.id),
            ));
        };
        if english.note.is_some() != s.note.is_some() {
            return Err(err(
                "note",
                format!(
                    "`{}` should have a note exactly when the English has one",
                    s.id
                ),
            ));
        }
        if out.insert(s.id.clone(), s.clone()).is_some() {
            return Err(err("id", format!("`{}` is translated twice", s.id)));
        }
    }
    for s in en.sources {
        if s.note.is_some() && !out.contains_key(&s.id) {
            return Err(SeedError::new(
                path,
                "source",
                format!("no Spanish text for the note of the source `{}`", s.id),
            ));
        }
    }
    let mut notes = HashMap::new();
    for (i, n) in file.dataset.into_iter().enumerate() {
        let err = |f: &str, m: String| SeedError::new(path, format!("dataset[{i}].{f}"), m);
        if let Some(d) = en.datasets {
            let Some((_, about)) = d.manifest.abouts().into_iter().find(|(id, _)| *id == n.id)
            else {
                return Err(err(
                    "id",
                    format!("`{}` is not a dataset of datasets.toml", n.id),
                ));
            };
            for (field, english, spanish) in [
                ("note", &about.note, &n.note),
                ("changes", &about.changes, &n.changes),
            ] {
                if english.is_some() != spanish.is_some() {
                    return Err(err(
                        field,
                        format!(
                            "`{}` should have a {field} exactly when the English has one",
                            n.id
                        ),
                    ));
                }
            }
            // The name stays as published, and the release is the same:
            // its years, or the release itself when it names none (30.2).
            let years: Vec<&str> = about
                .release
                .split(|c: char| !c.is_ascii_digit())
                .filter(|run| run.len() == 4)
                .collect();
            let same_release = if years.is_empty() {
                n.reported_in.contains(&about.release)
            } else {
                years.iter().all(|y| n.reported_in.contains(y))
            };
            if !n.reported_in.starts_with(&about.name) || !same_release {
                return Err(err(
                    "reported_in",
                    format!(
                        "`{}` should start with the name `{}` and name the release `{}`",
                        n.id, about.name, about.release
                    ),
                ));
            }
        }
        let texts = [
            Some(&n.reported_in),
            Some(&n.license),
            n.note.as_ref(),
            n.changes.as_ref(),
        ];
        if texts.into_iter().flatten().any(|t| t.trim().is_empty()) {
            return Err(err("id", format!("`{}` has an empty text", n.id)));
        }
        let id = n.id.clone();
        let n = DatasetEs {
            reported_in: one_line(&n.reported_in),
            license: one_line(&n.license),
            note: n.note.as_deref().map(one_line),
            changes: n.changes.as_deref().map(one_line),
            id: n.id,
        };
        if notes.insert(id.clone(), n).is_some() {
            return Err(err("id", format!("`{id}` is translated twice")));
        }
    }
    if let Some(d) = en.datasets {
        for (id, _) in d.manifest.abouts() {
            if !notes.contains_key(id) {
                return Err(SeedError::new(
                    path,
                    "dataset",
                    format!("no Spanish texts for the dataset `{id}`"),
                ));
            }
        }
    }
    Ok((out, notes))
}

fn vocabulary(path: &Path, datasets: Option<&Datasets>) -> Result<Vocabulary, SeedError> {
    let Some(d) = datasets else {
        return if path.exists() {
            parse_file(path)
        } else {
            Ok(Vocabulary::default())
        };
    };
    let v: Vocabulary = parse_file(path)?;
    let need =
        |table: &BTreeMap<String, String>, field: &str, english: &str| match table.get(english) {
            Some(s) if !s.trim().is_empty() => Ok(()),
            _ => Err(SeedError::new(
                path,
                field,
                format!("no Spanish for `{english}`, which the data use"),
            )),
        };
    for n in d.national.iter().filter(|n| n.level == "major") {
        need(&v.groups, "groups", &n.soc)?;
    }
    for p in &d.projections {
        need(&v.entry_education, "entry_education", &p.entry_education.0)?;
        need(&v.work_experience, "work_experience", &p.work_experience.0)?;
        need(
            &v.on_the_job_training,
            "on_the_job_training",
            &p.on_the_job_training.0,
        )?;
    }
    Ok(v)
}
