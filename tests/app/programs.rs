//! College Scorecard programs on a career's training page, institution
//! pages, the hand-written schools linked to institutions, and the same
//! data in the API, all checked against the data files.

use std::collections::{HashMap, HashSet};

use crate::common::{TestApp, count, data_rows, money};

type Row = HashMap<String, String>;

/// The Scorecard's programs file, read once for all the tests.
fn scorecard() -> &'static [Row] {
    static ROWS: std::sync::OnceLock<Vec<Row>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| data_rows("college-scorecard-2026-06/programs.csv.gz"))
}

/// The four-digit fields the crosswalk links to `soc`.
fn fields_of(soc: &str) -> HashSet<String> {
    data_rows("crosswalks/cip2020-soc2018.csv")
        .into_iter()
        .filter(|r| r["soc2018_code"] == soc && !r["cip2020_code"].is_empty())
        .map(|r| r["cip2020_code"].replace('.', "")[..4].to_string())
        .collect()
}

/// The Scorecard's programs in `fields`, in `state`.
fn programs_in(fields: &HashSet<String>, state: &str) -> Vec<Row> {
    scorecard()
        .iter()
        .filter(|r| fields.contains(&r["cip_code"]) && r["state"] == state)
        .cloned()
        .collect()
}

/// The rows of the programs table: every cell's text.
fn table_rows(r: &crate::common::Resp) -> Vec<Vec<String>> {
    let html = r.html();
    let tr = scraper::Selector::parse("table.programs tbody tr").unwrap();
    let cell = scraper::Selector::parse("th, td").unwrap();
    html.select(&tr)
        .map(|row| {
            row.select(&cell)
                .map(|c| {
                    c.text()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
        .filter(|cells: &Vec<String>| cells.len() > 1)
        .collect()
}

#[actix_web::test]
async fn a_careers_programs_in_a_state_are_exactly_the_files() {
    let app = TestApp::real();
    let fields = fields_of("29-2072");
    assert_eq!(fields, HashSet::from(["5107".to_string()]));
    let expected = programs_in(&fields, "CT");
    assert!(expected.len() > 25, "more than a page: {}", expected.len());
    let r = app.get("/careers/medical-coder/training?state=CT").await;
    assert_eq!(r.status, 200);
    let caption = r.texts("table.programs caption").join(" ");
    assert!(
        caption.starts_with(&format!("{} programs in Connecticut", expected.len())),
        "{caption}"
    );
    // The download has every one of them, each with its figures.
    let csv = app
        .get("/careers/medical-coder/programs.csv?state=CT")
        .await;
    assert_eq!(csv.status, 200);
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let rows: Vec<Row> = reader.deserialize().map(Result::unwrap).collect();
    assert_eq!(rows.len(), expected.len());
    let key = |unitid: &str, level: &str| (unitid.to_string(), level.to_string());
    let by_key: HashMap<(String, String), &Row> = expected
        .iter()
        .map(|r| (key(&r["unitid"], &r["credential_level"]), r))
        .collect();
    let level_of = |label: &str| match label {
        "Certificate or diploma (undergraduate)" => "1",
        "Associate degree" => "2",
        "Bachelor's degree" => "3",
        "Master's degree" => "5",
        "Graduate or professional certificate" => "8",
        other => panic!("unexpected credential {other}"),
    };
    for row in &rows {
        let file = by_key[&key(
            &row["College Scorecard unit id"],
            level_of(&row["Credential"]),
        )];
        let published = |column: &str| {
            if file[column].is_empty() {
                "not published".to_string()
            } else {
                file[column].clone()
            }
        };
        assert_eq!(row["Completers"], published("completers_count"));
        assert_eq!(row["Median earnings (USD a year)"], published("earnings"));
        assert_eq!(row["Median debt (USD)"], published("debt_median"));
        assert_eq!(row["State"], "CT");
    }
    // One row's figures on the page, as published: the program with the
    // most completers among those with published earnings and debt.
    let best = expected
        .iter()
        .filter(|r| !r["earnings"].is_empty() && !r["debt_median"].is_empty())
        .max_by_key(|r| r["completers_count"].parse::<i64>().unwrap_or(0))
        .unwrap();
    let all = app
        .get("/careers/medical-coder/training?state=CT&sort=earnings")
        .await;
    let shown = table_rows(&all);
    let line = shown
        .iter()
        .find(|cells| {
            cells[0] == best["inst_name"] && cells[4].starts_with(&money(&best["earnings"]))
        })
        .unwrap_or_else(|| panic!("no line for {best:?} in {shown:?}"));
    assert_eq!(line[1], "CT");
    assert_eq!(line[3], count(&best["completers_count"]));
    assert!(
        line[4].contains("4 years after finishing") || line[4].contains("1 year after finishing")
    );
    assert_eq!(line[5], money(&best["debt_median"]));
    // A withheld figure says so and is never 0.
    assert!(shown.iter().any(|cells| cells[4] == "not published"));
    assert!(
        !shown
            .iter()
            .any(|cells| cells[4] == "$0" || cells[5] == "$0")
    );
    // The page says what the figures are not.
    let note = r.texts("#programs ~ p.note").join(" ");
    assert!(note.contains("not what medical coders earn"), "{note}");
}

#[actix_web::test]
async fn filters_sorts_pages_and_csv_agree() {
    let app = TestApp::real();
    let base = "/careers/medical-coder";
    // The whole country, by earnings: page 1 is the CSV's first 25 rows.
    let csv = app.get(&format!("{base}/programs.csv?sort=earnings")).await;
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let rows: Vec<Row> = reader.deserialize().map(Result::unwrap).collect();
    let expected = scorecard()
        .iter()
        .filter(|r| r["cip_code"] == "5107" && !r["state"].is_empty())
        .count();
    assert_eq!(rows.len(), expected);
    let page = app.get(&format!("{base}/training?sort=earnings")).await;
    let shown = table_rows(&page);
    assert_eq!(shown.len(), 25);
    // The count of the whole country (summed from the build's tally)
    // is the file's.
    let caption = page.texts("table.programs caption").join(" ");
    assert!(
        caption.starts_with(&format!("{} program", count(&expected.to_string()))),
        "{caption} / {expected}"
    );
    for (cells, row) in shown.iter().zip(&rows) {
        assert_eq!(cells[0], row["Institution"]);
    }
    // Within a credential, earnings never rise, and withheld ones come last.
    let certificates: Vec<&Row> = rows
        .iter()
        .filter(|r| r["Credential"] == "Certificate or diploma (undergraduate)")
        .collect();
    let values: Vec<Option<i64>> = certificates
        .iter()
        .map(|r| r["Median earnings (USD a year)"].parse().ok())
        .collect();
    let first_none = values
        .iter()
        .position(Option::is_none)
        .unwrap_or(values.len());
    assert!(values[first_none..].iter().all(Option::is_none));
    let known: Vec<i64> = values.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] >= w[1]));
    // Debt: least first.
    let csv = app
        .get(&format!(
            "{base}/programs.csv?sort=debt&credential=associate&state=CT"
        ))
        .await;
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let debt: Vec<Row> = reader.deserialize().map(Result::unwrap).collect();
    assert!(
        debt.iter()
            .all(|r| r["Credential"] == "Associate degree" && r["State"] == "CT")
    );
    // A credential: its count on the page equals the link's.
    let r = app
        .get(&format!("{base}/training?state=CT&credential=bachelor"))
        .await;
    let bachelor = programs_in(&HashSet::from(["5107".to_string()]), "CT")
        .into_iter()
        .filter(|r| r["credential_level"] == "3")
        .count();
    assert!(r.texts("table.programs caption")[0].starts_with(&format!("{bachelor} program")));
    assert!(
        r.body
            .contains(&format!("Bachelor&#39;s degree ({bachelor})"))
            || r.body.contains(&format!("Bachelor's degree ({bachelor})"))
    );
    // Page 2 holds the rest.
    let r = app.get(&format!("{base}/training?state=CT&page=2")).await;
    let total = programs_in(&HashSet::from(["5107".to_string()]), "CT").len();
    assert_eq!(table_rows(&r).len(), total - 25);
    assert_eq!(
        app.get(&format!("{base}/training?state=CT&page=3"))
            .await
            .status,
        404
    );
    // Bad values are 400s naming the parameter.
    for (query, name) in [
        ("credential=phd", "credential"),
        ("sort=cost", "sort"),
        ("page=0", "page"),
        ("state=Connecticut", "state"),
    ] {
        // The download has every page, so it takes no page number.
        let paths: &[&str] = if name == "page" {
            &["training"]
        } else {
            &["training", "programs.csv"]
        };
        for path in paths {
            let uri = format!("{base}/{path}?{query}");
            let r = app.get(&uri).await;
            assert_eq!(r.status, 400, "{uri}");
            assert!(r.body.contains(&format!("{name}=")), "{uri}: {}", r.body);
        }
    }
}

#[actix_web::test]
async fn an_institution_page_lists_its_programs_and_mergers() {
    let app = TestApp::real();
    let r = app.get("/institutions/129367").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("h1"), ["Connecticut State Community College"]);
    let merged = r.texts("#merged + ul li").join(" ");
    assert!(merged.contains("Asnuntuck Community College"), "{merged}");
    let file: Vec<&Row> = scorecard()
        .iter()
        .filter(|r| r["unitid"] == "129367")
        .collect();
    let rows = table_rows(&r);
    assert_eq!(rows.len(), file.len());
    let coding = file
        .iter()
        .find(|p| p["cip_code"] == "5107" && p["credential_level"] == "1")
        .unwrap();
    let line = rows
        .iter()
        .find(|c| {
            c[0].starts_with("Health and Medical Administrative Services")
                && c[4].contains("Medical Coder")
        })
        .unwrap();
    let shown = |v: &str, f: fn(&str) -> String| {
        if v.is_empty() {
            "not published".to_string()
        } else {
            f(v)
        }
    };
    assert_eq!(line[1], shown(&coding["completers_count"], count));
    assert!(line[2].starts_with(&shown(&coding["earnings"], money)));
    assert!(r.body.contains(r#"href="/careers/medical-coder""#));

    let r = app.get("/institutions/128577").await;
    assert_eq!(r.status, 200);
    let note = r.texts("[role=note]").join(" ");
    assert!(
        note.contains("now part of Connecticut State Community College"),
        "{note}"
    );
    assert!(r.body.contains(r#"href="/institutions/129367""#));
    assert_eq!(app.get("/institutions/000000").await.status, 404);
    assert_eq!(app.get("/institutions/%3Cx%3E").await.status, 404);
}

#[actix_web::test]
async fn seed_schools_link_to_institutions_only_when_certain() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/training").await;
    let rows: Vec<String> = r.texts("#schools ~ .table-wrap tbody tr");
    let row = |name: &str| rows.iter().find(|r| r.starts_with(name)).unwrap().clone();
    // Merged into Connecticut State Community College, under its own
    // name or as one of its campuses.
    for school in [
        "Asnuntuck Community College",
        "Gateway Community College",
        "Housatonic Community College",
        "Middlesex Community College",
        "Naugatuck Valley Community College",
        "Northwestern Connecticut Community College",
        "Norwalk Community College",
        "Quinebaug Valley Community College",
    ] {
        assert!(
            row(school).contains("Now part of Connecticut State Community College"),
            "{}",
            row(school)
        );
    }
    // The same name in the same state.
    assert!(
        r.body
            .contains(r#"<a href="/institutions/130174">Porter &#38; Chester Institute</a>"#)
            || r.body
                .contains(r#"<a href="/institutions/130174">Porter &amp; Chester Institute</a>"#)
    );
    // A renamed school is not guessed at.
    assert!(row("Goodwin College").contains("no certain match"));
    assert!(row("Valley Medical Institute").contains("no certain match"));
}

#[actix_web::test]
async fn the_api_gives_the_same_programs_and_institutions() {
    let app = TestApp::real();
    let r = app
        .get("/api/v1/careers/medical-coder/programs?state=CT&credential=certificate")
        .await;
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let expected: Vec<Row> = programs_in(&HashSet::from(["5107".to_string()]), "CT")
        .into_iter()
        .filter(|r| r["credential_level"] == "1")
        .collect();
    assert_eq!(v["total"], expected.len());
    assert_eq!(v["fields"][0]["code"], "51.07");
    for p in v["programs"].as_array().unwrap() {
        let file = expected
            .iter()
            .find(|r| r["unitid"] == p["institution_id"].as_str().unwrap())
            .unwrap();
        let number = |column: &str| file[column].parse::<i64>().ok();
        assert_eq!(p["median_earnings"].as_i64(), number("earnings"));
        assert_eq!(p["median_debt"].as_i64(), number("debt_median"));
        assert_eq!(p["completers"].as_i64(), number("completers_count"));
    }
    let r = app.get("/api/v1/institutions/128577").await;
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["merged_into"]["id"], "129367");
    assert!(v["state"].is_null());
    let r = app
        .get("/api/v1/careers/medical-coder/programs?sort=cost")
        .await;
    assert_eq!(r.status, 400);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["parameter"], "sort");
    let doc = app.get("/api/v1/openapi.json").await.body;
    assert!(doc.contains("/api/v1/careers/{slug}/programs"));
    assert!(doc.contains("/api/v1/institutions/{id}"));
}
