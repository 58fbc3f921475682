//! Building the SQLite database from a validated seed.
//!
//! The whole database is written into a temporary file beside the target
//! inside one transaction, synced, and only then renamed over the old file.
//! A failure at any step (bad seed, full disk, crash) leaves the previous
//! database exactly as it was.

mod catalogue;
mod error;
mod fingerprint;
mod profile;
mod scorecard;
mod spanish;

pub use error::BuildError;
pub use fingerprint::fingerprint;

use std::path::{Path, PathBuf};
use std::time::Instant;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};

use super::SCHEMA_VERSION;
use crate::domain::first_sentence;
use crate::seed::{self, Career, Seed};

/// What a build wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildStats {
    /// Number of careers.
    pub careers: usize,
    /// Number of distinct schools.
    pub schools: usize,
    /// Number of sources.
    pub sources: usize,
}

/// Reads and validates `seed_dir`, then atomically replaces `target` with a
/// database built from it. Nothing is touched if validation fails.
pub fn build_from_dir(seed_dir: &Path, target: &Path) -> Result<BuildStats, BuildError> {
    let started = Instant::now();
    let fingerprint = fingerprint(seed_dir)?;
    let seed = seed::load(seed_dir)?;
    tracing::info!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "seed read and checked"
    );
    build_with(&seed, target, Some(&fingerprint))
}

/// True when `target` was built by this program's schema and build code
/// from exactly the files now in `seed_dir`, so building again would
/// change nothing.
pub fn is_current(seed_dir: &Path, target: &Path) -> bool {
    let Ok(now) = fingerprint(seed_dir) else {
        return false;
    };
    let Ok(conn) = Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap_or(0);
    let built: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'seed_fingerprint'",
            [],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten();
    version == SCHEMA_VERSION && built.as_deref() == Some(now.as_str())
}

/// Atomically replaces `target` with a database built from `seed`.
pub fn build(seed: &Seed, target: &Path) -> Result<BuildStats, BuildError> {
    build_with(seed, target, None)
}

fn build_with(
    seed: &Seed,
    target: &Path,
    fingerprint: Option<&str>,
) -> Result<BuildStats, BuildError> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|source| BuildError::Io {
        context: "cannot create the database folder",
        path: dir.clone(),
        source,
    })?;
    let tmp = tempfile::Builder::new()
        .prefix(".careerguide-build-")
        .suffix(".sqlite3")
        .tempfile_in(&dir)
        .map_err(|source| BuildError::Io {
            context: "cannot create a temporary file in",
            path: dir.clone(),
            source,
        })?;

    let stats = {
        let mut conn = Connection::open(tmp.path())?;
        // The file is thrown away on any failure, so no journal is needed;
        // durability comes from the sync before the rename below.
        conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
        let tx = conn.transaction()?;
        tx.execute_batch(include_str!("schema.sql"))?;
        let stats = write_seed(&tx, seed)?;
        if let Some(f) = fingerprint {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('seed_fingerprint', ?1)",
                [f],
            )?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        conn.execute_batch("PRAGMA optimize;")?;
        conn.close().map_err(|(_, e)| e)?;
        stats
    };
    tmp.as_file().sync_all().map_err(|source| BuildError::Io {
        context: "cannot sync",
        path: tmp.path().to_path_buf(),
        source,
    })?;
    tmp.persist(target).map_err(|e| BuildError::Io {
        context: "cannot move the new database into place at",
        path: target.to_path_buf(),
        source: e.error,
    })?;
    Ok(stats)
}

/// The tables derived from what is written: each career's sources, the
/// counts, and the search indexes.
const DERIVED: &str = include_str!("derived.sql");
const SEARCH_INDEX: &str = include_str!("search_index.sql");

fn write_seed(tx: &Transaction<'_>, seed: &Seed) -> Result<BuildStats, BuildError> {
    let started = Instant::now();
    {
        let mut stmt = tx.prepare(
            "INSERT INTO source (id, position, publisher, reported_in, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, s) in (0_i64..).zip(seed.sources.iter()) {
            stmt.execute(params![s.id, i, s.publisher, s.reported_in, s.note])?;
        }
    }
    {
        let mut stmt = tx.prepare(
            "INSERT INTO glossary (id, position, term, definition) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, t) in (0_i64..).zip(seed.glossary.iter()) {
            stmt.execute(params![t.id, i, clean(&t.term), clean(&t.definition)])?;
        }
    }
    {
        let mut stmt = tx.prepare("INSERT INTO career_word (word, soc) VALUES (?1, ?2)")?;
        for (word, soc) in &seed.search_words.careers {
            stmt.execute(params![word, soc])?;
        }
        let mut stmt = tx.prepare("INSERT INTO search_word (word, also) VALUES (?1, ?2)")?;
        for (word, also) in &seed.search_words.words {
            stmt.execute(params![word, also])?;
        }
    }
    profile::write_elements(tx, &seed.elements)?;
    if let Some(d) = &seed.datasets {
        catalogue::write_sources(tx, d, seed.sources.len() as i64)?;
        catalogue::write_groups(tx, d)?;
    }
    let mut claimed = catalogue::Claimed::new();
    for (_, career) in &seed.careers {
        let id = write_career(tx, career, seed.datasets.is_some())?;
        if let Some(soc) = &career.soc {
            claimed.insert(soc.clone(), id);
        }
    }
    let mut careers = seed.careers.len();
    if let Some(d) = &seed.datasets {
        careers += catalogue::write(tx, d, &seed.descriptions, &claimed)?;
        scorecard::write(tx, &d.scorecard)?;
        tracing::info!(
            careers,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "careers and their figures written"
        );
    }
    let schools: i64 = tx.query_row("SELECT count(*) FROM school", [], |r| r.get(0))?;
    spanish::write(tx, seed)?;
    tx.execute_batch(DERIVED)?;
    tx.execute_batch(SEARCH_INDEX)?;
    if seed.spanish.is_some() {
        spanish::write_search(tx, SEARCH_INDEX)?;
    }
    tracing::info!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "search index written"
    );
    Ok(BuildStats {
        careers,
        schools: usize::try_from(schools).unwrap_or_default(),
        sources: seed.sources.len()
            + seed
                .datasets
                .as_ref()
                .map_or(0, |d| d.manifest.abouts().len()),
    })
}

/// Trims stored text, so prose from multi-line TOML strings has no stray
/// white space at either end.
fn clean(text: &str) -> String {
    text.trim().to_string()
}

/// `text` on one line, its white space runs made single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes a hand-written career and returns its id. `groups` says whether
/// the occupational groups exist to name (they come with the datasets).
fn write_career(tx: &Transaction<'_>, c: &Career, groups: bool) -> Result<i64, rusqlite::Error> {
    tx.execute(
        "INSERT INTO career (slug, title, occupation_group, data_as_of, summary, summary_line,
             work_text, work_hours_text, certification_text, renewal_years, renewal_source,
             handwritten, soc, group_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, ?13)",
        params![
            c.slug,
            clean(&c.title),
            clean(&c.occupation_group),
            c.data_as_of,
            clean(&c.summary),
            first_sentence(&one_line(&c.summary)),
            clean(&c.work.text),
            clean(&c.work_hours.text),
            clean(&c.certification_notes.text),
            c.certification_notes.renewal_years,
            c.certification_notes.renewal_source,
            c.soc,
            c.soc
                .as_deref()
                .filter(|_| groups)
                .map(catalogue::group_code),
        ],
    )?;
    let id = tx.last_insert_rowid();

    write_texts(tx, id, c)?;
    write_training(tx, id, c)?;
    write_figures(tx, id, c)?;
    Ok(id)
}

/// Career `id`'s prose: section sources, lists, trends, other titles and
/// the slugs that lead to it, similar occupations and education.
fn write_texts(tx: &Transaction<'_>, id: i64, c: &Career) -> Result<(), rusqlite::Error> {
    let mut section_source = tx.prepare_cached(
        "INSERT INTO section_source (career_id, section, position, source_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut list_item = tx.prepare_cached(
        "INSERT INTO list_item (career_id, section, position, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let text_sections = [
        ("work", &c.work.sources),
        ("work_hours", &c.work_hours.sources),
        ("certification", &c.certification_notes.sources),
    ];
    for (section, sources) in text_sections {
        for (i, s) in (0_i64..).zip(sources.iter()) {
            section_source.execute(params![id, section, i, s])?;
        }
    }
    let lists = [
        ("duties", &c.duties),
        ("skills", &c.skills),
        ("work_settings", &c.work_settings),
        ("coursework", &c.coursework),
    ];
    for (section, list) in lists {
        for (i, s) in (0_i64..).zip(list.sources.iter()) {
            section_source.execute(params![id, section, i, s])?;
        }
        for (i, item) in (0_i64..).zip(list.items.iter()) {
            list_item.execute(params![id, section, i, clean(item)])?;
        }
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO trend (career_id, position, title, text, source_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, t) in (0_i64..).zip(c.trend.iter()) {
        stmt.execute(params![id, i, clean(&t.title), clean(&t.text), t.source])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO alternate_title (career_id, position, title, kind, source_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, t) in (0_i64..).zip(c.alternate_title.iter()) {
        stmt.execute(params![id, i, clean(&t.title), t.kind, t.source])?;
    }
    let mut alias = tx.prepare_cached(
        "INSERT INTO career_alias (slug, career_id) VALUES (?1, ?2) ON CONFLICT (slug) DO NOTHING",
    )?;
    for slug in seed::alias_slugs(c) {
        alias.execute(params![slug, id])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO similar_occupation (career_id, position, title, source_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, s) in (0_i64..).zip(c.similar_occupation.iter()) {
        stmt.execute(params![id, i, clean(&s.title), s.source])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO education (career_id, position, key, title, duration, text, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, e) in (0_i64..).zip(c.education.iter()) {
        stmt.execute(params![
            id,
            i,
            e.key,
            clean(&e.title),
            e.duration,
            clean(&e.text),
            e.source
        ])?;
    }
    Ok(())
}

/// Career `id`'s schools, certifications and licensing.
fn write_training(tx: &Transaction<'_>, id: i64, c: &Career) -> Result<(), rusqlite::Error> {
    let mut insert_school = tx.prepare_cached(
        "INSERT INTO school (name, town, state) VALUES (?1, ?2, ?3)
         ON CONFLICT (name, town, state) DO UPDATE SET name = excluded.name
         RETURNING id",
    )?;
    let mut link_school = tx.prepare_cached(
        "INSERT INTO career_school (career_id, school_id, source_id) VALUES (?1, ?2, ?3)",
    )?;
    for s in &c.school {
        let school_id: i64 = insert_school
            .query_row(params![clean(&s.name), clean(&s.town), s.state], |r| {
                r.get(0)
            })?;
        link_school.execute(params![id, school_id, s.source])?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO certification_body (career_id, abbreviation, name, source_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for b in &c.certification_body {
        stmt.execute(params![id, b.abbreviation, clean(&b.name), b.source])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO certification (career_id, position, abbreviation, name, body, text, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, cert) in (0_i64..).zip(c.certification.iter()) {
        stmt.execute(params![
            id,
            i,
            cert.abbreviation,
            clean(&cert.name),
            cert.body,
            cert.text.as_deref().map(clean),
            cert.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO licensing (career_id, state, required, text, source_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for l in &c.licensing {
        stmt.execute(params![id, l.state, l.required, clean(&l.text), l.source])?;
    }
    Ok(())
}

/// Career `id`'s hand-written figures: salaries, projections, and where
/// to learn more.
fn write_figures(tx: &Transaction<'_>, id: i64, c: &Career) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO salary_percentile (career_id, percentile, amount, year, year_estimated, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for p in &c.salary_percentile {
        stmt.execute(params![
            id,
            p.percentile,
            p.amount,
            p.year,
            p.year_estimated,
            p.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO salary_by_industry (career_id, position, industry, median, year, year_estimated, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, s) in (0_i64..).zip(c.salary_by_industry.iter()) {
        stmt.execute(params![
            id,
            i,
            clean(&s.industry),
            s.median,
            s.year,
            s.year_estimated,
            s.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO salary_median (career_id, position, median, year, period, year_estimated, employment, scope, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, s) in (0_i64..).zip(c.salary_median.iter()) {
        stmt.execute(params![
            id,
            i,
            s.median,
            s.year,
            s.period,
            s.year_estimated,
            s.employment,
            clean(&s.scope),
            s.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO salary_by_city (career_id, position, city, state, experience_years, median, year, year_estimated, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, s) in (0_i64..).zip(c.salary_by_city.iter()) {
        stmt.execute(params![
            id,
            i,
            s.city,
            s.state,
            s.experience_years,
            s.median,
            s.year,
            s.year_estimated,
            s.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO projection (career_id, position, start_year, end_year, growth_percent, pace,
             employment_start, employment_end, new_jobs, occupation_group, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (i, p) in (0_i64..).zip(c.projection.iter()) {
        stmt.execute(params![
            id,
            i,
            p.start_year,
            p.end_year,
            p.growth_percent,
            p.pace,
            p.employment_start,
            p.employment_end,
            p.new_jobs,
            clean(&p.occupation_group),
            p.source
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO learn_more (career_id, position, name, address, phone, url, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, l) in (0_i64..).zip(c.learn_more.iter()) {
        stmt.execute(params![
            id,
            i,
            clean(&l.name),
            l.address.join("\n"),
            l.phone,
            l.url,
            l.source
        ])?;
    }
    Ok(())
}
