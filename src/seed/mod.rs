//! Reading and validating the seed files in `seed/`.
//!
//! `load` reads `sources.toml` and every `careers/*.toml`, parses them into
//! the typed [`model`] structs and checks everything the types alone cannot
//! (that each cited source exists, slugs are unique, years are plausible...).
//! Every problem is reported as a [`SeedError`] naming the file and the field.

pub mod csv_rows;
pub mod datasets;
pub mod descriptions;
pub mod elements;
pub mod interests;
pub mod model;
pub mod scorecard;
pub mod search_words;
pub mod spanish;
pub mod synthetic;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use model::{Career, Source};

/// Keys allowed for an education rung, in ladder order.
pub const EDUCATION_KEYS: &[&str] = &[
    "minimum",
    "short-course",
    "certificate",
    "associate",
    "bachelor",
    "home-study",
    "on-the-job",
];

/// Kinds allowed for an alternate title.
pub const ALTERNATE_TITLE_KINDS: &[&str] = &["also-called", "other-title", "similar-title"];

/// The addresses that redirect to a career: the slug of each of its
/// alternate titles, without repeats, leaving out any equal to its own slug.
pub fn alias_slugs(career: &Career) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &career.alternate_title {
        let s = slug::slugify(&t.title);
        if !s.is_empty() && s != career.slug && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// A seed that has been read and validated.
#[derive(Debug, Clone)]
pub struct Seed {
    /// Every source, in file order.
    pub sources: Vec<Source>,
    /// Every career, with the file it came from, sorted by file name.
    pub careers: Vec<(PathBuf, Career)>,
    /// Glossary terms (from the optional glossary.toml).
    pub glossary: Vec<model::GlossaryTerm>,
    /// The public datasets (from the optional `datasets/` folder): every
    /// US occupation with its current figures.
    pub datasets: Option<datasets::Datasets>,
    /// Our description of every career the datasets make (none without
    /// them).
    pub descriptions: Vec<descriptions::Description>,
    /// O*NET's elements explained (from `elements.toml`, which the
    /// datasets' ratings need).
    pub elements: Vec<elements::Element>,
    /// The words people type that the datasets lack (none without the
    /// datasets).
    pub search_words: search_words::SearchWords,
    /// The Spanish edition's texts (from the optional `es/` folder, which
    /// must then translate every text above).
    pub spanish: Option<spanish::Spanish>,
}

/// A problem in a seed file: which file, which field, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    /// The file at fault.
    pub file: PathBuf,
    /// Path of the field inside the file (`salary_by_city[3].median`), or
    /// empty when the problem is with the file as a whole.
    pub field: String,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}: field `{}`: {}",
                self.file.display(),
                self.field,
                self.message
            )
        }
    }
}

impl std::error::Error for SeedError {}

impl SeedError {
    fn new(file: &Path, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_path_buf(),
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Reads and validates the seed folder `dir`.
pub fn load(dir: &Path) -> Result<Seed, SeedError> {
    let sources_path = dir.join("sources.toml");
    let sources: model::SourcesFile = parse_file(&sources_path)?;
    let source_ids = check_sources(&sources_path, &sources.source)?;

    let careers_dir = dir.join("careers");
    let mut files = Vec::new();
    let entries = std::fs::read_dir(&careers_dir)
        .map_err(|e| SeedError::new(&careers_dir, "", format!("cannot read folder: {e}")))?;
    for entry in entries {
        let entry = entry
            .map_err(|e| SeedError::new(&careers_dir, "", format!("cannot read folder: {e}")))?;
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(SeedError::new(
            &careers_dir,
            "",
            "no career files (*.toml) found",
        ));
    }

    let mut careers = Vec::with_capacity(files.len());
    let mut slugs: HashMap<String, PathBuf> = HashMap::new();
    for path in files {
        let career: Career = parse_file(&path)?;
        check_career(&path, &career, &source_ids)?;
        if let Some(first) = slugs.get(&career.slug) {
            return Err(SeedError::new(
                &path,
                "slug",
                format!(
                    "duplicate slug `{}`: already used by {}",
                    career.slug,
                    first.display()
                ),
            ));
        }
        slugs.insert(career.slug.clone(), path.clone());
        careers.push((path, career));
    }
    check_aliases(&careers)?;
    let glossary_path = dir.join("glossary.toml");
    let glossary: model::GlossaryFile = if glossary_path.exists() {
        parse_file(&glossary_path)?
    } else {
        model::GlossaryFile::default()
    };
    let mut ids = HashSet::new();
    for (i, t) in glossary.term.iter().enumerate() {
        if !is_id(&t.id) {
            return Err(SeedError::new(
                &glossary_path,
                format!("term[{i}].id"),
                format!(
                    "`{}` is not a valid id: use lower-case letters, digits and hyphens",
                    t.id
                ),
            ));
        }
        if !ids.insert(t.id.as_str()) {
            return Err(SeedError::new(
                &glossary_path,
                format!("term[{i}].id"),
                format!("duplicate id `{}`", t.id),
            ));
        }
        not_blank(&glossary_path, &format!("term[{i}].term"), &t.term)?;
        not_blank(
            &glossary_path,
            &format!("term[{i}].definition"),
            &t.definition,
        )?;
    }
    let datasets_dir = dir.join("datasets");
    let (datasets, descriptions, search_words) = if datasets_dir.join("datasets.toml").exists() {
        let d = datasets::load(&datasets_dir)?;
        check_datasets(&d, &datasets_dir, &careers, &sources_path, &source_ids)?;
        let descriptions = descriptions::load(&dir.join(descriptions::FOLDER), &d, &careers)?;
        let socs = d.projections.iter().map(|p| p.soc.as_str()).collect();
        let words = search_words::load(dir, &socs)?;
        (Some(d), descriptions, words)
    } else {
        (None, Vec::new(), search_words::SearchWords::default())
    };
    let elements = elements::load(dir, datasets.as_ref())?;
    let spanish = spanish::load(
        dir,
        &spanish::English {
            careers: &careers,
            descriptions: &descriptions,
            elements: &elements,
            glossary: &glossary.term,
            sources: &sources.source,
            datasets: datasets.as_ref(),
        },
    )?;
    Ok(Seed {
        sources: sources.source,
        careers,
        glossary: glossary.term,
        datasets,
        descriptions,
        elements,
        search_words,
        spanish,
    })
}

/// The hand-written careers' occupation codes must name projected
/// occupations, one career each, and the datasets' source ids must not be
/// taken in sources.toml.
fn check_datasets(
    d: &datasets::Datasets,
    dir: &Path,
    careers: &[(PathBuf, Career)],
    sources_path: &Path,
    source_ids: &HashSet<String>,
) -> Result<(), SeedError> {
    for (id, _) in d.manifest.abouts() {
        if source_ids.contains(id) {
            return Err(SeedError::new(
                sources_path,
                "source",
                format!(
                    "the id `{id}` is taken by a dataset in {}: choose another",
                    dir.join("datasets.toml").display()
                ),
            ));
        }
    }
    let projected: HashSet<&str> = d.projections.iter().map(|p| p.soc.as_str()).collect();
    let mut claimed: HashMap<&str, &Path> = HashMap::new();
    for (path, career) in careers {
        let Some(soc) = career.soc.as_deref() else {
            continue;
        };
        if !projected.contains(soc) {
            return Err(SeedError::new(
                path,
                "soc",
                format!(
                    "`{soc}` is not an occupation in {}",
                    dir.join(&d.manifest.projections.occupations).display()
                ),
            ));
        }
        if let Some(other) = claimed.insert(soc, path) {
            return Err(SeedError::new(
                path,
                "soc",
                format!("`{soc}` is already the occupation of {}", other.display()),
            ));
        }
    }
    Ok(())
}

/// Every alternate title's address must lead to one career only: it may
/// not be another career's slug, nor an alternate title of another career.
fn check_aliases(careers: &[(PathBuf, Career)]) -> Result<(), SeedError> {
    let own: HashMap<&str, &Path> = careers
        .iter()
        .map(|(p, c)| (c.slug.as_str(), p.as_path()))
        .collect();
    let mut taken: HashMap<String, (&Path, &str)> = HashMap::new();
    for (path, career) in careers {
        for (i, t) in career.alternate_title.iter().enumerate() {
            let s = slug::slugify(&t.title);
            let field = format!("alternate_title[{i}].title");
            if s.is_empty() {
                return Err(SeedError::new(
                    path,
                    field,
                    format!(
                        "`{}` has no letters or digits to make an address from",
                        t.title
                    ),
                ));
            }
            if let Some(other) = own.get(s.as_str()).filter(|p| **p != path.as_path()) {
                return Err(SeedError::new(
                    path,
                    field,
                    format!(
                        "its address /careers/{s} is the slug of the career in {}",
                        other.display()
                    ),
                ));
            }
            if let Some((other, slug)) = taken.get(&s).filter(|(p, _)| *p != path.as_path()) {
                return Err(SeedError::new(
                    path,
                    field,
                    format!(
                        "its address /careers/{s} is already an alternate title of `{slug}` in {}",
                        other.display()
                    ),
                ));
            }
            taken.insert(s, (path.as_path(), career.slug.as_str()));
        }
    }
    Ok(())
}

/// Parses one TOML file, turning any error into a [`SeedError`] that names
/// the field where it happened.
fn parse_file<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, SeedError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| SeedError::new(path, "", format!("cannot read file: {e}")))?;
    parse_str(path, &text)
}

/// Parses TOML text that came from `path`.
pub fn parse_str<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, SeedError> {
    let de = toml::Deserializer::parse(text).map_err(|e| toml_error(path, text, "", &e))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let mut field = e.path().to_string();
        if field == "." {
            field.clear();
        }
        toml_error(path, text, &field, e.inner())
    })
}

fn toml_error(path: &Path, text: &str, field: &str, err: &toml::de::Error) -> SeedError {
    let message = err.message().trim().to_string();
    // serde reports a missing field at its parent; name the field itself.
    let field = match message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        Some(missing) if field.is_empty() => missing.to_string(),
        Some(missing) => format!("{field}.{missing}"),
        None => field.to_string(),
    };
    let line = err
        .span()
        .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
    let message = match line {
        Some(line) => format!("{message} (line {line})"),
        None => message,
    };
    SeedError::new(path, field, message)
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn check_sources(path: &Path, sources: &[Source]) -> Result<HashSet<String>, SeedError> {
    let mut ids = HashSet::new();
    for (i, s) in sources.iter().enumerate() {
        if !is_id(&s.id) {
            return Err(SeedError::new(
                path,
                format!("source[{i}].id"),
                format!(
                    "`{}` is not a valid id: use lower-case letters, digits and hyphens",
                    s.id
                ),
            ));
        }
        if !ids.insert(s.id.clone()) {
            return Err(SeedError::new(
                path,
                format!("source[{i}].id"),
                format!("duplicate source id `{}`", s.id),
            ));
        }
        not_blank(path, &format!("source[{i}].publisher"), &s.publisher)?;
        not_blank(path, &format!("source[{i}].reported_in"), &s.reported_in)?;
    }
    Ok(ids)
}

fn not_blank(path: &Path, field: &str, value: &str) -> Result<(), SeedError> {
    if value.trim().is_empty() {
        Err(SeedError::new(path, field, "must not be empty"))
    } else {
        Ok(())
    }
}

/// Checks one career against the rules the types cannot express.
struct Checker<'a> {
    path: &'a Path,
    sources: &'a HashSet<String>,
}

impl Checker<'_> {
    fn err(&self, field: impl Into<String>, message: impl Into<String>) -> SeedError {
        SeedError::new(self.path, field, message)
    }

    fn source(&self, field: &str, id: &str) -> Result<(), SeedError> {
        if self.sources.contains(id) {
            Ok(())
        } else {
            Err(self.err(
                field,
                format!("unknown source `{id}`: add it to sources.toml or fix the id"),
            ))
        }
    }

    fn sources(&self, field: &str, ids: &[String]) -> Result<(), SeedError> {
        if ids.is_empty() {
            return Err(self.err(field, "name at least one source"));
        }
        for (i, id) in ids.iter().enumerate() {
            self.source(&format!("{field}[{i}]"), id)?;
        }
        Ok(())
    }

    fn text(&self, field: &str, value: &str) -> Result<(), SeedError> {
        not_blank(self.path, field, value)
    }

    fn list(&self, field: &str, list: &model::ListSection) -> Result<(), SeedError> {
        self.sources(&format!("{field}.sources"), &list.sources)?;
        if list.items.is_empty() {
            return Err(self.err(format!("{field}.items"), "list at least one item"));
        }
        for (i, item) in list.items.iter().enumerate() {
            self.text(&format!("{field}.items[{i}]"), item)?;
        }
        Ok(())
    }

    fn year(&self, field: &str, year: u16) -> Result<(), SeedError> {
        if (1900..=2100).contains(&year) {
            Ok(())
        } else {
            Err(self.err(field, format!("{year} is not a plausible year")))
        }
    }

    fn amount(&self, field: &str, amount: u32) -> Result<(), SeedError> {
        if amount == 0 {
            Err(self.err(field, "must be more than 0"))
        } else {
            Ok(())
        }
    }

    fn state(&self, field: &str, state: &str) -> Result<(), SeedError> {
        if state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(())
        } else {
            Err(self.err(
                field,
                format!("`{state}` is not a two-letter state code such as CT"),
            ))
        }
    }
}

/// Checks one career: its identity first, then each family of fields.
/// Checks one career: who it is first, then each family of fields.
fn check_career(path: &Path, c: &Career, sources: &HashSet<String>) -> Result<(), SeedError> {
    let ck = Checker { path, sources };
    if !is_id(&c.slug) {
        return Err(ck.err(
            "slug",
            format!(
                "`{}` is not a valid slug: use lower-case letters, digits and hyphens",
                c.slug
            ),
        ));
    }
    ck.text("title", &c.title)?;
    if let Some(soc) = &c.soc {
        let b = soc.as_bytes();
        let ok = b.len() == 7
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, d)| i == 2 || d.is_ascii_digit());
        if !ok {
            return Err(ck.err("soc", format!("`{soc}` is not a SOC code like 29-2072")));
        }
    }
    ck.text("occupation_group", &c.occupation_group)?;
    ck.text("summary", &c.summary)?;
    check_date(&ck, "data_as_of", &c.data_as_of)?;

    check_texts(&ck, c)?;
    check_schools_and_credentials(&ck, c)?;
    check_pay(&ck, c)?;
    check_projections_and_links(&ck, c)
}

/// The written sections: work, hours, lists, trends, titles and education.
fn check_texts(ck: &Checker<'_>, c: &Career) -> Result<(), SeedError> {
    ck.sources("work.sources", &c.work.sources)?;
    ck.text("work.text", &c.work.text)?;
    ck.sources("work_hours.sources", &c.work_hours.sources)?;
    ck.text("work_hours.text", &c.work_hours.text)?;
    ck.list("duties", &c.duties)?;
    ck.list("skills", &c.skills)?;
    ck.list("work_settings", &c.work_settings)?;
    ck.list("coursework", &c.coursework)?;

    for (i, t) in c.trend.iter().enumerate() {
        ck.text(&format!("trend[{i}].title"), &t.title)?;
        ck.text(&format!("trend[{i}].text"), &t.text)?;
        ck.source(&format!("trend[{i}].source"), &t.source)?;
    }
    let mut titles = HashSet::new();
    for (i, t) in c.alternate_title.iter().enumerate() {
        ck.text(&format!("alternate_title[{i}].title"), &t.title)?;
        if !ALTERNATE_TITLE_KINDS.contains(&t.kind.as_str()) {
            return Err(ck.err(
                format!("alternate_title[{i}].kind"),
                format!(
                    "unknown kind `{}`: use one of {}",
                    t.kind,
                    ALTERNATE_TITLE_KINDS.join(", ")
                ),
            ));
        }
        if !titles.insert(t.title.to_lowercase()) {
            return Err(ck.err(
                format!("alternate_title[{i}].title"),
                format!("`{}` is listed twice", t.title),
            ));
        }
        ck.source(&format!("alternate_title[{i}].source"), &t.source)?;
    }
    for (i, s) in c.similar_occupation.iter().enumerate() {
        ck.text(&format!("similar_occupation[{i}].title"), &s.title)?;
        ck.source(&format!("similar_occupation[{i}].source"), &s.source)?;
    }
    for (i, e) in c.education.iter().enumerate() {
        if !EDUCATION_KEYS.contains(&e.key.as_str()) {
            return Err(ck.err(
                format!("education[{i}].key"),
                format!(
                    "unknown key `{}`: use one of {}",
                    e.key,
                    EDUCATION_KEYS.join(", ")
                ),
            ));
        }
        ck.text(&format!("education[{i}].title"), &e.title)?;
        ck.text(&format!("education[{i}].text"), &e.text)?;
        ck.source(&format!("education[{i}].source"), &e.source)?;
    }
    Ok(())
}

/// Schools, certification bodies, certifications and licensing.
fn check_schools_and_credentials(ck: &Checker<'_>, c: &Career) -> Result<(), SeedError> {
    let mut schools = HashSet::new();
    for (i, s) in c.school.iter().enumerate() {
        ck.text(&format!("school[{i}].name"), &s.name)?;
        ck.text(&format!("school[{i}].town"), &s.town)?;
        ck.state(&format!("school[{i}].state"), &s.state)?;
        if !schools.insert((s.name.as_str(), s.town.as_str(), s.state.as_str())) {
            return Err(ck.err(
                format!("school[{i}]"),
                format!("`{}` in {} is listed twice", s.name, s.town),
            ));
        }
        ck.source(&format!("school[{i}].source"), &s.source)?;
    }
    let mut bodies = HashSet::new();
    for (i, b) in c.certification_body.iter().enumerate() {
        ck.text(
            &format!("certification_body[{i}].abbreviation"),
            &b.abbreviation,
        )?;
        ck.text(&format!("certification_body[{i}].name"), &b.name)?;
        if !bodies.insert(b.abbreviation.as_str()) {
            return Err(ck.err(
                format!("certification_body[{i}].abbreviation"),
                format!("`{}` is listed twice", b.abbreviation),
            ));
        }
        ck.source(&format!("certification_body[{i}].source"), &b.source)?;
    }
    for (i, cert) in c.certification.iter().enumerate() {
        ck.text(&format!("certification[{i}].name"), &cert.name)?;
        if !bodies.contains(cert.body.as_str()) {
            return Err(ck.err(
                format!("certification[{i}].body"),
                format!(
                    "unknown certification body `{}`: list it under [[certification_body]]",
                    cert.body
                ),
            ));
        }
        ck.source(&format!("certification[{i}].source"), &cert.source)?;
    }
    let notes = &c.certification_notes;
    ck.sources("certification_notes.sources", &notes.sources)?;
    ck.text("certification_notes.text", &notes.text)?;
    ck.source("certification_notes.renewal_source", &notes.renewal_source)?;
    let mut states = HashSet::new();
    for (i, l) in c.licensing.iter().enumerate() {
        ck.state(&format!("licensing[{i}].state"), &l.state)?;
        if !states.insert(l.state.as_str()) {
            return Err(ck.err(
                format!("licensing[{i}].state"),
                format!("{} is listed twice", l.state),
            ));
        }
        ck.text(&format!("licensing[{i}].text"), &l.text)?;
        ck.source(&format!("licensing[{i}].source"), &l.source)?;
    }

    Ok(())
}

/// The hand-written pay tables: percentiles, industries, medians and cities.
fn check_pay(ck: &Checker<'_>, c: &Career) -> Result<(), SeedError> {
    for (i, p) in c.salary_percentile.iter().enumerate() {
        let f = format!("salary_percentile[{i}]");
        if !(1..=99).contains(&p.percentile) {
            return Err(ck.err(
                format!("{f}.percentile"),
                format!("{} is not a percentile between 1 and 99", p.percentile),
            ));
        }
        ck.amount(&format!("{f}.amount"), p.amount)?;
        ck.year(&format!("{f}.year"), p.year)?;
        ck.source(&format!("{f}.source"), &p.source)?;
    }
    for (i, s) in c.salary_by_industry.iter().enumerate() {
        let f = format!("salary_by_industry[{i}]");
        ck.text(&format!("{f}.industry"), &s.industry)?;
        ck.amount(&format!("{f}.median"), s.median)?;
        ck.year(&format!("{f}.year"), s.year)?;
        ck.source(&format!("{f}.source"), &s.source)?;
    }
    for (i, s) in c.salary_median.iter().enumerate() {
        let f = format!("salary_median[{i}]");
        ck.amount(&format!("{f}.median"), s.median)?;
        ck.year(&format!("{f}.year"), s.year)?;
        ck.text(&format!("{f}.scope"), &s.scope)?;
        ck.source(&format!("{f}.source"), &s.source)?;
    }
    let mut cities = HashSet::new();
    for (i, s) in c.salary_by_city.iter().enumerate() {
        let f = format!("salary_by_city[{i}]");
        if s.city.is_some() != s.state.is_some() {
            return Err(ck.err(
                format!("{f}.city"),
                "give both city and state, or neither for the overall figure",
            ));
        }
        if s.experience_years == 0 {
            return Err(ck.err(format!("{f}.experience_years"), "must be at least 1"));
        }
        ck.amount(&format!("{f}.median"), s.median)?;
        ck.year(&format!("{f}.year"), s.year)?;
        ck.source(&format!("{f}.source"), &s.source)?;
        if !cities.insert((s.city.as_deref(), s.state.as_deref(), s.experience_years)) {
            return Err(ck.err(
                f,
                format!(
                    "{} at {} years of experience is listed twice",
                    s.city.as_deref().unwrap_or("the overall figure"),
                    s.experience_years
                ),
            ));
        }
    }
    Ok(())
}

/// Projections (a period that ends after it starts, with sums that add up) and links to learn more.
fn check_projections_and_links(ck: &Checker<'_>, c: &Career) -> Result<(), SeedError> {
    for (i, p) in c.projection.iter().enumerate() {
        let f = format!("projection[{i}]");
        ck.year(&format!("{f}.start_year"), p.start_year)?;
        ck.year(&format!("{f}.end_year"), p.end_year)?;
        if p.end_year <= p.start_year {
            return Err(ck.err(
                format!("{f}.end_year"),
                format!(
                    "the period ends ({}) before it starts ({})",
                    p.end_year, p.start_year
                ),
            ));
        }
        if let (Some(start), Some(end), Some(new)) =
            (p.employment_start, p.employment_end, p.new_jobs)
            && i64::from(end) - i64::from(start) != i64::from(new)
        {
            return Err(ck.err(
                format!("{f}.new_jobs"),
                format!("{new} does not equal employment_end minus employment_start"),
            ));
        }
        ck.text(&format!("{f}.occupation_group"), &p.occupation_group)?;
        ck.source(&format!("{f}.source"), &p.source)?;
    }
    for (i, l) in c.learn_more.iter().enumerate() {
        ck.text(&format!("learn_more[{i}].name"), &l.name)?;
        if let Some(url) = &l.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            return Err(ck.err(
                format!("learn_more[{i}].url"),
                format!("`{url}` is not a web address: it must start with https:// or http://"),
            ));
        }
        ck.source(&format!("learn_more[{i}].source"), &l.source)?;
    }
    Ok(())
}

fn check_date(ck: &Checker<'_>, field: &str, value: &str) -> Result<(), SeedError> {
    let parts: Vec<&str> = value.split('-').collect();
    let ok = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) {
                (Ok(y), Ok(m), Ok(d)) => {
                    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
                }
                _ => false,
            }
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ck.err(
            field,
            format!("`{value}` is not a date written as YYYY-MM-DD"),
        ))
    }
}
