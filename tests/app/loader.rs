//! The seed loader and the database build.

use careerguide::db::{self, build::BuildError, read};
use careerguide::seed;

use crate::common::{SeedCopy, TestDb, real_seed};

#[test]
fn the_real_seed_loads_with_every_figure() {
    let seed = seed::load(&real_seed()).expect("real seed is valid");
    assert_eq!(seed.careers.len(), 1);
    let (_, career) = &seed.careers[0];
    assert_eq!(career.slug, "medical-coder");

    let db = TestDb::real();
    let conn = db.pool.get().unwrap();
    assert_eq!(read::count(&conn, "school").unwrap(), 12);
    assert_eq!(read::count(&conn, "career_school").unwrap(), 12);
    assert_eq!(read::count(&conn, "projection").unwrap(), 5);
    assert_eq!(read::count(&conn, "salary_by_city").unwrap(), 22);
    assert_eq!(read::count(&conn, "salary_percentile").unwrap(), 3);
    assert_eq!(read::count(&conn, "salary_by_industry").unwrap(), 5);
    assert_eq!(read::count(&conn, "salary_median").unwrap(), 3);
    assert_eq!(read::count(&conn, "certification").unwrap(), 7);
    assert_eq!(read::count(&conn, "alternate_title").unwrap(), 20);
}

#[test]
fn every_figure_cites_a_known_source_and_a_year() {
    let db = TestDb::real();
    let conn = db.pool.get().unwrap();
    for table in [
        "salary_percentile",
        "salary_by_industry",
        "salary_median",
        "salary_by_city",
    ] {
        let orphans: i64 = conn
            .query_row(
                &format!(
                    "SELECT count(*) FROM {table} t LEFT JOIN source s ON s.id = t.source_id
                     WHERE s.id IS NULL OR t.year IS NULL"
                ),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(orphans, 0, "{table} has figures without source or year");
    }
}

#[test]
fn the_server_connection_is_read_only() {
    let db = TestDb::real();
    let conn = db.pool.get().unwrap();
    let err = conn
        .execute("DELETE FROM school", [])
        .expect_err("writes must fail on a serving connection");
    assert!(
        err.to_string().to_lowercase().contains("readonly")
            || err.to_string().contains("read-only")
            || err.to_string().contains("query_only")
            || err.to_string().contains("attempt to write"),
        "{err}"
    );
}

/// Builds a good database, breaks the seed with `edit`, rebuilds into the
/// same path and checks the error names `file` and `field` and the old
/// database is byte-for-byte unchanged.
fn assert_rejected(edit: impl FnOnce(&SeedCopy), file: &str, field: &str, message: &str) {
    let seed = SeedCopy::new();
    let out = tempfile::TempDir::new().unwrap();
    let target = out.path().join("site.sqlite3");
    db::build::build_from_dir(seed.path(), &target).expect("good seed builds");
    let before = std::fs::read(&target).unwrap();

    edit(&seed);
    let err = match db::build::build_from_dir(seed.path(), &target) {
        Err(BuildError::Seed(e)) => e,
        Err(other) => panic!("expected a seed error, got {other}"),
        Ok(_) => panic!("a broken seed was accepted"),
    };
    assert!(
        err.file.ends_with(file),
        "error names {}, expected {file}",
        err.file.display()
    );
    assert_eq!(err.field, field, "wrong field in: {err}");
    assert!(err.message.contains(message), "unexpected message: {err}");
    let shown = err.to_string();
    assert!(shown.contains(file) && shown.contains(field), "{shown}");

    assert_eq!(
        std::fs::read(&target).unwrap(),
        before,
        "old database changed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "temporary files left: {leftovers:?}");
    db::open_read_only(&target, 1).expect("old database still opens");
}

#[test]
fn an_unknown_source_is_rejected() {
    assert_rejected(
        |s| s.edit_career("source = \"bls-ct-guide\"", "source = \"no-such-source\""),
        "medical-coder.toml",
        "projection[0].source",
        "unknown source `no-such-source`",
    );
}

#[test]
fn an_unknown_source_in_a_list_is_rejected() {
    assert_rejected(
        |s| {
            s.edit_career(
                "sources = [\"coding-career\", \"4corner\"]",
                "sources = [\"coding-career\", \"4-corner\"]",
            )
        },
        "medical-coder.toml",
        "duties.sources[1]",
        "unknown source `4-corner`",
    );
}

#[test]
fn a_missing_year_is_rejected() {
    assert_rejected(
        |s| s.edit_career("amount = 20440\nyear = 2008\n", "amount = 20440\n"),
        "medical-coder.toml",
        "salary_percentile[0].year",
        "missing field `year`",
    );
}

#[test]
fn a_negative_salary_is_rejected() {
    assert_rejected(
        |s| s.edit_career("amount = 20440", "amount = -20440"),
        "medical-coder.toml",
        "salary_percentile[0].amount",
        "-20440",
    );
}

#[test]
fn a_non_numeric_salary_is_rejected() {
    assert_rejected(
        |s| s.edit_career("median = 56000", "median = \"about $56k\""),
        "medical-coder.toml",
        "salary_by_city[20].median",
        "invalid type: string",
    );
}

#[test]
fn a_zero_salary_is_rejected() {
    assert_rejected(
        |s| s.edit_career("median = 42760", "median = 0"),
        "medical-coder.toml",
        "salary_by_industry[0].median",
        "must be more than 0",
    );
}

#[test]
fn a_duplicate_slug_is_rejected() {
    assert_rejected(
        |s| {
            std::fs::copy(
                s.career_file(),
                s.path().join("careers").join("zz-copy.toml"),
            )
            .unwrap();
        },
        "zz-copy.toml",
        "slug",
        "duplicate slug `medical-coder`",
    );
}

#[test]
fn an_unknown_key_is_rejected() {
    assert_rejected(
        |s| {
            s.edit_career(
                "title = \"Medical Coder\"\n",
                "title = \"Medical Coder\"\ncolour = \"blue\"\n",
            )
        },
        "medical-coder.toml",
        "colour",
        "unknown field `colour`",
    );
}

#[test]
fn an_unknown_key_in_a_table_is_rejected() {
    assert_rejected(
        |s| {
            s.edit_career(
                "town = \"Enfield\"\n",
                "town = \"Enfield\"\nwebsite = \"x\"\n",
            )
        },
        "medical-coder.toml",
        "school[1].website",
        "unknown field `website`",
    );
}

#[test]
fn an_unknown_key_in_sources_is_rejected() {
    assert_rejected(
        |s| {
            let file = s.path().join("sources.toml");
            let text = std::fs::read_to_string(&file).unwrap();
            std::fs::write(
                &file,
                text.replacen("[[source]]\n", "[[source]]\nurl = \"x\"\n", 1),
            )
            .unwrap();
        },
        "sources.toml",
        "source[0].url",
        "unknown field `url`",
    );
}

#[test]
fn a_toml_syntax_error_names_the_file_and_line() {
    assert_rejected(
        |s| s.edit_career("slug = \"medical-coder\"", "slug = \"medical-coder"),
        "medical-coder.toml",
        "",
        "line",
    );
}

#[test]
fn an_end_before_the_start_is_rejected() {
    assert_rejected(
        |s| {
            s.edit_career(
                "start_year = 2020\nend_year = 2030",
                "start_year = 2020\nend_year = 2010",
            )
        },
        "medical-coder.toml",
        "projection[0].end_year",
        "ends (2010) before it starts (2020)",
    );
}

#[test]
fn the_schema_version_is_checked_when_opening() {
    let db = TestDb::real_copy();
    {
        let conn = rusqlite::Connection::open(&db.path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = db::open_read_only(&db.path, 1).expect_err("wrong version must not open");
    assert!(err.to_string().contains("schema version 99"), "{err}");
    let missing = db.dir.as_ref().unwrap().path().join("missing.sqlite3");
    let err = db::open_read_only(&missing, 1).expect_err("missing file must not open");
    assert!(err.to_string().contains("missing.sqlite3"), "{err}");
}

#[test]
fn a_duplicate_glossary_id_is_rejected() {
    assert_rejected(
        |s| {
            let file = s.path().join("glossary.toml");
            let text = std::fs::read_to_string(&file).unwrap();
            std::fs::write(
                &file,
                text.replacen("id = \"percentile\"", "id = \"median\"", 1),
            )
            .unwrap();
        },
        "glossary.toml",
        "term[1].id",
        "duplicate id `median`",
    );
}

/// A dataset edited by `edit` is refused, naming the file, the column and
/// the line, and the database built before stays as it was.
fn assert_dataset_rejected(edit: impl FnOnce(&SeedCopy), file: &str, field: &str, says: &[&str]) {
    let seed = SeedCopy::with_datasets();
    let out = tempfile::TempDir::new().unwrap();
    let target = out.path().join("site.sqlite3");
    db::build::build_from_dir(seed.path(), &target).expect("good seed builds");
    let before = std::fs::read(&target).unwrap();
    edit(&seed);
    let err = match db::build::build_from_dir(seed.path(), &target) {
        Err(BuildError::Seed(e)) => e,
        Err(other) => panic!("expected a seed error, got {other}"),
        Ok(_) => panic!("a broken dataset was accepted"),
    };
    assert!(err.file.ends_with(file), "{err}");
    assert_eq!(err.field, field, "{err}");
    for s in says {
        assert!(err.to_string().contains(s), "`{s}` not in: {err}");
    }
    assert_eq!(
        std::fs::read(&target).unwrap(),
        before,
        "old database changed"
    );
}

#[test]
fn a_malformed_dataset_row_names_file_column_and_line() {
    let national = "bls-oews-may2025/national.csv";
    let coders_row = "29-2072,Medical Records Specialists,detailed,194720,56790,37000,43490,51140,";
    assert_dataset_rejected(
        |s| s.edit_dataset(national, coders_row, &coders_row.replace("51140", "51x40")),
        "national.csv",
        "annual_median",
        &["is not a whole number", "(line 484)"],
    );
    assert_dataset_rejected(
        |s| s.edit_dataset(national, coders_row, &coders_row.replace("51140", "")),
        "national.csv",
        "annual_median",
        &["without a BLS footnote", "(line 484)"],
    );
    assert_dataset_rejected(
        |s| {
            s.edit_dataset(
                "bls-projections-2024-2034/occupations.csv",
                "29-2072,Medical records specialists,194800,208600,13800,7.1,",
                "29-2072,Medical records specialists,194800,208600,13800,7.15,",
            )
        },
        "occupations.csv",
        "percent_change",
        &["at most 1 decimals", "line "],
    );
    assert_dataset_rejected(
        |s| s.edit_career("soc = \"29-2072\"", "soc = \"29-9999\""),
        "medical-coder.toml",
        "soc",
        &["is not an occupation"],
    );
}
