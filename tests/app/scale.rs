//! A thousand synthetic careers and ten thousand schools: the list pages,
//! search still finds the right things, career pages render, and no page
//! query scans all careers or schools.

use std::sync::Mutex;

use careerguide::db::read;
use careerguide::seed::synthetic;
use rusqlite::trace::{TraceEvent, TraceEventCodes};

use crate::common::TestApp;

static TRACED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(event: TraceEvent<'_>) {
    if let TraceEvent::Stmt(stmt, _) = event
        && let Some(sql) = stmt.expanded_sql()
        && let Ok(mut all) = TRACED.lock()
    {
        all.push(sql);
    }
}

/// Small lookup tables that do not grow with careers or schools; the
/// planner may read them whole.
const SMALL_TABLES: [&str; 6] = [
    "source",
    "meta",
    "school_state_count",
    "us_state",
    "occupation_group",
    "dataset",
];

/// The table that `name` (a table or an alias) stands for in `sql`.
fn table_of<'a>(sql: &'a str, name: &'a str) -> &'a str {
    let words: Vec<&str> = sql
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .find(|w| {
            w[1] == name && !["FROM", "JOIN", "ON", "AS"].contains(&w[0].to_uppercase().as_str())
        })
        .map_or(name, |w| w[0])
}

/// Plan lines that read a whole table that grows with the data: a SCAN of
/// a real table, unless it walks an index to a LIMIT.
fn full_scans(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("cannot explain {sql}: {e}"));
    let details: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    details
        .into_iter()
        .filter(|d| d.starts_with("SCAN "))
        .filter(|d| !d.contains("VIRTUAL TABLE"))
        .filter(|d| {
            let name = d
                .trim_start_matches("SCAN ")
                .split(' ')
                .next()
                .unwrap_or_default();
            let table = table_of(sql, name);
            // A subquery or a named WITH result holds rows already found
            // (a search's matches), not a table.
            let derived = name.starts_with("(subquery")
                || sql.contains(&format!("{table} AS ("))
                || sql.contains(&format!("{table}(id) AS ("));
            !SMALL_TABLES.contains(&table) && !derived
        })
        .filter(|d| {
            !(d.contains("USING INDEX") || d.contains("USING COVERING INDEX"))
                || !sql.contains("LIMIT")
        })
        .collect()
}

/// Runs `run` on `conn` with every statement traced, then checks that no
/// statement (at least `min` of them) reads a whole table that grows with
/// the data.
pub fn assert_no_full_scans<T>(
    conn: &rusqlite::Connection,
    min: usize,
    run: impl FnOnce(&rusqlite::Connection) -> T,
) -> T {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    TRACED.lock().unwrap().clear();
    conn.trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(record));
    let out = run(conn);
    conn.trace_v2(TraceEventCodes::empty(), None);
    let traced = std::mem::take(&mut *TRACED.lock().unwrap());
    assert!(
        traced.len() > min,
        "only {} statements traced",
        traced.len()
    );
    let mut failures = Vec::new();
    // Leave out trigger comments and FTS5's own reads of its shadow tables.
    let ours = traced
        .iter()
        .filter(|s| !s.trim_start().starts_with("--") && !s.contains("FROM 'main'."));
    for sql in ours {
        for scan in full_scans(conn, sql) {
            failures.push(format!(
                "{scan}\n    in: {}",
                sql.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "full table scans:\n{}",
        failures.join("\n")
    );
    out
}

#[actix_web::test]
async fn a_thousand_careers_and_ten_thousand_schools() {
    let dir = tempfile::TempDir::new().unwrap();
    let seed = dir.path().join("seed");
    synthetic::write(&seed, 1000, 10_000).unwrap();
    assert!(
        synthetic::write(&seed, 1, 1).is_err(),
        "the generator must refuse a folder that is not empty"
    );
    let app = TestApp::build(&seed);

    // The home page shows a dozen careers in depth; the A-Z index all.
    let r = app.get("/").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts(".career-list > li").len(), 12);
    let r = app.get("/a-z").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("main ul.columns li").len(), 1000);

    // The API's career list paginates.
    let r = app.get("/api/v1/careers?page=20").await;
    assert_eq!(r.status, 200);
    assert_eq!(app.get("/api/v1/careers?page=21").await.status, 404);

    // Search stays correct.
    let title = synthetic::career_title(421);
    let number = "00421";
    let r = app.get(&format!("/search?q={number}")).await;
    assert_eq!(r.status, 200);
    let careers = r.texts("h2#careers ~ ul.results li > a");
    assert_eq!(
        careers,
        vec![title.clone()],
        "the one career numbered {number}"
    );
    let r = app
        .get(&format!("/search?q={}", title.replace(' ', "+")))
        .await;
    assert_eq!(r.texts("h2#careers ~ ul.results li > a")[0], title);
    let r = app.get("/search?q=synthetic+school+004242").await;
    let schools = r.texts("h2#schools ~ ul.results li");
    assert_eq!(schools.len(), 1, "{schools:?}");
    assert!(
        schools[0].starts_with("Synthetic School 004242, Synthtown 0242"),
        "{schools:?}"
    );
    let r = app.get("/search?q=synthetic").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("300+ results"));

    // A career page still renders, with its own schools.
    let slug = synthetic::career_slug(421);
    let r = app.get(&format!("/careers/{slug}/training")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("#schools ~ .table-wrap tbody tr").len(), 10);
    for page in ["", "/salary", "/outlook", "/sheet"] {
        assert_eq!(
            app.get(&format!("/careers/{slug}{page}")).await.status,
            200,
            "{page}"
        );
    }

    // The schools list paginates and filters.
    let r = app.get("/schools?state=TX&page=3").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("main tbody tr").len(), 50);
    assert!(
        r.body.contains("Showing 101 to 150 of 1,000")
            || r.body.contains("Showing 101 to 150 of 1000")
    );
    let r = app.get("/schools?town=synthtown+0042").await;
    assert_eq!(r.texts("main tbody tr").len(), 10);

    // No query a page runs reads a whole table of careers or schools.
    let conn = app.db.pool.get().unwrap();
    let career = assert_no_full_scans(&conn, 30, |conn| {
        let career = read::career(conn, &slug).unwrap().unwrap();
        read::career_page(conn, 50, 500).unwrap();
        read::overview(conn, &slug, Some("CT")).unwrap().unwrap();
        read::training(conn, &slug, None).unwrap().unwrap();
        read::training(conn, &slug, Some("Synthtown 0421"))
            .unwrap()
            .unwrap();
        read::salary(conn, &slug, Some("CT")).unwrap().unwrap();
        read::outlook(conn, &slug).unwrap().unwrap();
        read::sheet(conn, &slug, None).unwrap().unwrap();
        read::resolve_slug(conn, "synthetic-harbor-analyst-aide-00000", "29-2072").unwrap();
        read::search(
            conn,
            &read::fts::Query::every(&["quarry".to_string()], &[]),
            300,
        )
        .unwrap();
        read::title_candidates(conn, "\"qua\" OR \"uar\"").unwrap();
        for (state, town) in [
            (None, None),
            (Some("CT"), None),
            (None, Some("Synthtown 0042")),
            (Some("CT"), Some("Synthtown 0042")),
        ] {
            read::school_page(conn, state, town, 50, 100).unwrap();
        }
        career
    });
    assert_eq!(career.slug, slug);
}
