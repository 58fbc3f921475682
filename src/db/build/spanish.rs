//! Writes the Spanish edition's texts (seed/es) beside the English rows
//! they translate, after everything else is written, so that careers,
//! groups and elements are found by their codes.

use rusqlite::{Transaction, params};

use crate::domain::first_sentence;
use crate::seed::Seed;
use crate::seed::spanish::Spanish;

/// Writes `seed`'s Spanish texts, if it has any, and records in `meta`
/// that the site speaks Spanish.
pub fn write(tx: &Transaction<'_>, seed: &Seed) -> Result<(), rusqlite::Error> {
    let Some(es) = &seed.spanish else {
        return Ok(());
    };
    careers(tx, es)?;
    handwritten(tx, seed, es)?;
    let mut stmt =
        tx.prepare("INSERT INTO onet_element_es (id, name, explanation) VALUES (?1, ?2, ?3)")?;
    for (id, e) in &es.elements {
        stmt.execute(params![id, e.name, e.text])?;
    }
    let mut stmt =
        tx.prepare("INSERT INTO glossary_es (id, term, definition) VALUES (?1, ?2, ?3)")?;
    for (id, t) in &es.glossary {
        stmt.execute(params![id, t.name, t.text])?;
    }
    let mut stmt = tx.prepare(
        "INSERT INTO source_es (id, publisher, reported_in, note) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (id, s) in &es.sources {
        stmt.execute(params![
            id,
            s.publisher.as_deref().map(one_line),
            s.reported_in.as_deref().map(one_line),
            s.note.as_deref().map(one_line)
        ])?;
    }
    let mut stmt =
        tx.prepare("INSERT INTO dataset_es (id, license, note, changes) VALUES (?1, ?2, ?3, ?4)")?;
    // A dataset is also a source: source lists show its name, release and
    // note from here.
    let mut source = tx.prepare(
        "INSERT INTO source_es (id, publisher, reported_in, note) VALUES (?1, NULL, ?2, ?3)",
    )?;
    for (id, d) in &es.datasets {
        stmt.execute(params![id, d.license, d.note, d.changes])?;
        source.execute(params![id, d.reported_in, d.note])?;
    }
    let mut stmt = tx.prepare("INSERT INTO occupation_group_es (code, title) VALUES (?1, ?2)")?;
    for (code, title) in &es.vocabulary.groups {
        stmt.execute(params![code, title])?;
    }
    let mut stmt =
        tx.prepare("INSERT INTO vocabulary_es (kind, english, spanish) VALUES (?1, ?2, ?3)")?;
    let v = &es.vocabulary;
    for (kind, table) in [
        ("entry_education", &v.entry_education),
        ("work_experience", &v.work_experience),
        ("on_the_job_training", &v.on_the_job_training),
        ("pace", &v.pace),
    ] {
        for (english, spanish) in table {
            stmt.execute(params![kind, english, spanish])?;
        }
    }
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('languages', 'en es')",
        [],
    )?;
    Ok(())
}

/// Writes the Spanish search indexes: `sql` (the English indexes'
/// statements) with each index's name followed by `_es`, run while the
/// build's connection reads the texts in Spanish; then the careers'
/// English titles and everyday Spanish words, which only the Spanish
/// edition's search knows.
pub fn write_search(tx: &Transaction<'_>, sql: &str) -> Result<(), rusqlite::Error> {
    let spanish_sql = sql
        .replace("search_index", "search_index_es")
        .replace("uses_index", "uses_index_es")
        .replace("title_trigram", "title_trigram_es");
    crate::db::lang::read_in_spanish(tx)?;
    tx.execute_batch(&spanish_sql)?;
    tx.execute_batch(
        "INSERT INTO search_index_es (kind, priority, weight, slug, section, anchor, text)
             SELECT 'title', 1, coalesce(o.employment, o.employment_start, 0), m.slug,
                    'overview', NULL, m.title
             FROM main.career m LEFT JOIN main.occupation o ON o.career_id = m.id;
         INSERT INTO search_index_es (kind, priority, weight, slug, section, anchor, text)
             SELECT 'title', 1, coalesce(o.employment, o.employment_start, 0), m.slug,
                    'overview', NULL, w.word
             FROM main.career_word_es w JOIN main.career m ON m.id = w.career_id
             LEFT JOIN main.occupation o ON o.career_id = m.id;
         INSERT INTO title_trigram_es (slug, title)
             SELECT m.slug, w.word FROM main.career_word_es w JOIN main.career m ON m.id = w.career_id;
         INSERT INTO title_trigram_es (slug, title) SELECT slug, title FROM main.career;
         INSERT INTO search_index_es (search_index_es) VALUES ('optimize');
         INSERT INTO title_trigram_es (title_trigram_es) VALUES ('optimize');",
    )?;
    crate::db::lang::read_in_english(tx)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The careers made from the datasets: title, description, the leads of
/// their "instead" lines and their search words.
fn careers(tx: &Transaction<'_>, es: &Spanish) -> Result<(), rusqlite::Error> {
    let mut id_of = tx.prepare("SELECT id FROM career WHERE soc = ?1 AND handwritten = 0")?;
    let mut career = tx.prepare(
        "INSERT INTO career_es (career_id, title, summary, summary_line) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut instead = tx
        .prepare("INSERT INTO career_instead_es (career_id, position, lead) VALUES (?1, ?2, ?3)")?;
    let mut word = tx.prepare(
        "INSERT INTO career_word_es (career_id, word) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    for (soc, c) in &es.careers {
        let ids: Vec<i64> = id_of
            .query_map([soc], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in ids {
            career.execute(params![
                id,
                c.title,
                c.description,
                first_sentence(&c.description)
            ])?;
            for (position, lead) in (0_i64..).zip(&c.instead) {
                instead.execute(params![id, position, lead])?;
            }
            for w in &c.words {
                word.execute(params![id, w.to_lowercase()])?;
            }
        }
    }
    Ok(())
}

/// The hand-written careers' prose.
fn handwritten(tx: &Transaction<'_>, seed: &Seed, es: &Spanish) -> Result<(), rusqlite::Error> {
    let mut id_of = tx.prepare("SELECT id FROM career WHERE slug = ?1")?;
    for (_, c) in &seed.careers {
        let Some(text) = es.handwritten.get(&c.slug) else {
            continue;
        };
        let id: i64 = id_of.query_row([&c.slug], |r| r.get(0))?;
        let certification = text
            .certification_notes
            .as_ref()
            .and_then(|t| t.get("text"))
            .and_then(|v| v.as_str())
            .map(|s| s.trim().to_string());
        tx.execute(
            "INSERT INTO career_es (career_id, title, summary, summary_line, work_text,
                 work_hours_text, certification_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                one_line(&text.title),
                text.summary.trim(),
                first_sentence(&one_line(&text.summary)),
                text.work.text.trim(),
                text.work_hours.text.trim(),
                certification,
            ],
        )?;
        let mut item = tx.prepare_cached(
            "INSERT INTO list_item_es (career_id, section, position, text) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (section, list) in [
            ("duties", &text.duties),
            ("skills", &text.skills),
            ("work_settings", &text.work_settings),
            ("coursework", &text.coursework),
        ] {
            for (i, s) in (0_i64..).zip(&list.items) {
                item.execute(params![id, section, i, s.trim()])?;
            }
        }
        let mut trend = tx.prepare_cached(
            "INSERT INTO trend_es (career_id, position, title, text) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, t) in (0_i64..).zip(&text.trend) {
            trend.execute(params![id, i, t.title.trim(), t.text.trim()])?;
        }
        let mut education = tx.prepare_cached(
            "INSERT INTO education_es (career_id, position, title, duration, text)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (i, e) in (0_i64..).zip(&text.education) {
            education.execute(params![id, i, e.title.trim(), e.duration, e.text.trim()])?;
        }
        let mut certification = tx.prepare_cached(
            "INSERT INTO certification_es (career_id, position, name, text) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let field = |t: &toml::Table, name: &str| {
            t.get(name)
                .and_then(|v| v.as_str())
                .map(|s| one_line(s.trim()))
        };
        for (i, t) in (0_i64..).zip(&text.certification) {
            // A name copied from the English is the published name.
            let name = field(t, "name").filter(|n| {
                c.certification
                    .get(i as usize)
                    .is_none_or(|e| e.name.trim() != n)
            });
            certification.execute(params![id, i, name, field(t, "text")])?;
        }
        let mut licensing = tx.prepare_cached(
            "INSERT INTO licensing_es (career_id, state, text) VALUES (?1, ?2, ?3)",
        )?;
        for (t, english) in text.licensing.iter().zip(&c.licensing) {
            if let Some(spanish) = field(t, "text") {
                licensing.execute(params![id, english.state, spanish])?;
            }
        }
        let mut word = tx.prepare_cached(
            "INSERT INTO career_word_es (career_id, word) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?;
        word.execute(params![id, one_line(&text.title).to_lowercase()])?;
    }
    Ok(())
}
