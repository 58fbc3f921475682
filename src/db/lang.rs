//! Reading the database in Spanish. A connection for Spanish pages lays
//! the Spanish texts (the `*_es` tables) over the English tables with
//! temporary views of the same names: SQLite looks for an unqualified
//! name in the `temp` schema first, so every query of `db::read` reads
//! Spanish titles, descriptions and explanations where the seed has them,
//! and the figures from the one copy, without a second set of queries.

use rusqlite::Connection;

/// A table and how its Spanish is found: the key columns shared with the
/// Spanish table (the English table's column, the Spanish one's), and the
/// columns translated.
struct Overlay {
    table: &'static str,
    spanish: &'static str,
    keys: &'static [(&'static str, &'static str)],
    columns: &'static [&'static str],
}

const OVERLAYS: [Overlay; 12] = [
    Overlay {
        table: "career",
        spanish: "career_es",
        keys: &[("id", "career_id")],
        columns: &[
            "title",
            "summary",
            "summary_line",
            "work_text",
            "work_hours_text",
            "certification_text",
        ],
    },
    Overlay {
        table: "career_instead",
        spanish: "career_instead_es",
        keys: &[("career_id", "career_id"), ("position", "position")],
        columns: &["lead"],
    },
    Overlay {
        table: "occupation_group",
        spanish: "occupation_group_es",
        keys: &[("code", "code")],
        columns: &["title"],
    },
    Overlay {
        table: "onet_element",
        spanish: "onet_element_es",
        keys: &[("id", "id")],
        columns: &["name", "explanation"],
    },
    Overlay {
        table: "glossary",
        spanish: "glossary_es",
        keys: &[("id", "id")],
        columns: &["term", "definition"],
    },
    Overlay {
        table: "list_item",
        spanish: "list_item_es",
        keys: &[
            ("career_id", "career_id"),
            ("section", "section"),
            ("position", "position"),
        ],
        columns: &["text"],
    },
    Overlay {
        table: "trend",
        spanish: "trend_es",
        keys: &[("career_id", "career_id"), ("position", "position")],
        columns: &["title", "text"],
    },
    Overlay {
        table: "education",
        spanish: "education_es",
        keys: &[("career_id", "career_id"), ("position", "position")],
        columns: &["title", "duration", "text"],
    },
    Overlay {
        table: "certification",
        spanish: "certification_es",
        keys: &[("career_id", "career_id"), ("position", "position")],
        columns: &["name", "text"],
    },
    Overlay {
        table: "licensing",
        spanish: "licensing_es",
        keys: &[("career_id", "career_id"), ("state", "state")],
        columns: &["text"],
    },
    Overlay {
        table: "source",
        spanish: "source_es",
        keys: &[("id", "id")],
        columns: &["publisher", "reported_in", "note"],
    },
    Overlay {
        table: "dataset",
        spanish: "dataset_es",
        keys: &[("id", "id")],
        columns: &["license", "note", "changes"],
    },
];

/// The columns of the data's fixed words, and the kind of word each is in
/// `vocabulary_es`: (table, column, kind).
const WORDS: [(&str, &str, &str); 5] = [
    ("occupation", "entry_education", "entry_education"),
    ("occupation", "work_experience", "work_experience"),
    ("occupation", "on_the_job_training", "on_the_job_training"),
    ("entry_education", "label", "entry_education"),
    ("projection", "pace", "pace"),
];

/// The tables with columns in [`WORDS`], each laid over by one view.
const WORD_TABLES: [&str; 3] = ["occupation", "entry_education", "projection"];

/// The columns of `table` in the main database, in order.
fn columns(c: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = c.prepare(&format!("PRAGMA main.table_info({table})"))?;
    let names = stmt.query_map([], |r| r.get::<_, String>(1))?;
    names.collect()
}

/// Makes `c` read in Spanish: one temporary view per translated table.
pub(crate) fn read_in_spanish(c: &Connection) -> rusqlite::Result<()> {
    let mut sql = String::new();
    for o in &OVERLAYS {
        let on = o
            .keys
            .iter()
            .map(|(en, es)| format!("s.{es} = t.{en}"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let select = columns(c, o.table)?
            .into_iter()
            .map(|col| {
                if o.columns.contains(&col.as_str()) {
                    format!(
                        "coalesce((SELECT s.{col} FROM main.{} AS s WHERE {on}), t.{col}) AS {col}",
                        o.spanish
                    )
                } else {
                    format!("t.{col}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        sql.push_str(&format!(
            "CREATE TEMP VIEW {} AS SELECT {select} FROM main.{} AS t;\n",
            o.table, o.table
        ));
    }
    for table in WORD_TABLES {
        let select = columns(c, table)?
            .into_iter()
            .map(|col| {
                match WORDS
                    .iter()
                    .find(|(t, column, _)| *t == table && *column == col)
                {
                    Some((_, _, kind)) => format!(
                        "coalesce((SELECT s.spanish FROM main.vocabulary_es AS s
                                   WHERE s.kind = '{kind}' AND s.english = t.{col}), t.{col}) AS {col}"
                    ),
                    None => format!("t.{col}"),
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        sql.push_str(&format!(
            "CREATE TEMP VIEW {table} AS SELECT {select} FROM main.{table} AS t;\n"
        ));
    }
    sql.push_str(&format!("CREATE TEMP TABLE {MARKER} (unused);\n"));
    c.execute_batch(&sql)
}

/// An empty temporary table that marks a connection reading in Spanish:
/// SQLite tells whether a table exists without running a statement.
const MARKER: &str = "reads_spanish";

/// Makes `c` read in English again (the build, once it has written the
/// Spanish search indexes).
pub(crate) fn read_in_english(c: &Connection) -> rusqlite::Result<()> {
    let mut sql = String::new();
    for table in OVERLAYS.iter().map(|o| o.table).chain(WORD_TABLES) {
        sql.push_str(&format!("DROP VIEW IF EXISTS temp.{table};\n"));
    }
    sql.push_str(&format!("DROP TABLE IF EXISTS temp.{MARKER};\n"));
    c.execute_batch(&sql)
}

/// True when `c` reads the texts in Spanish (see [`read_in_spanish`]):
/// the search reads the Spanish indexes then.
pub fn reads_spanish(c: &Connection) -> rusqlite::Result<bool> {
    c.table_exists(Some("temp"), MARKER)
}

/// True when the database holds the Spanish edition's texts.
pub fn has_spanish(c: &Connection) -> rusqlite::Result<bool> {
    c.query_row(
        "SELECT count(*) FROM main.meta WHERE key = 'languages' AND value LIKE '%es%'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}
