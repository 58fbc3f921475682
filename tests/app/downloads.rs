//! CSV downloads of every table.

use crate::common::{SeedCopy, TestApp};

fn parse(body: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[actix_web::test]
async fn every_table_downloads_as_csv_with_sources() {
    let app = TestApp::real();
    let states = crate::common::data_rows("bls-oews-may2025/state.csv")
        .into_iter()
        .filter(|r| r["soc"] == "29-2072")
        .count();
    for (table, rows, header_start) in [
        ("pay", 8, "Measure,Value,Unit,Released,Source,Reported in"),
        (
            "pay-by-state",
            states,
            "State,Name,Employment,10th percentile (USD)",
        ),
        ("pay-by-industry", 10, "Industry,NAICS,Employment"),
        (
            "education-levels",
            0,
            "Level of education,Share of workers (%)",
        ),
        (
            "salary-percentiles",
            3,
            "Percentile,Annual pay (USD),Year,Year estimated,Source,Reported in",
        ),
        ("salary-by-industry", 5, "Industry,Median annual pay (USD)"),
        (
            "salary-by-city",
            11,
            "Place,Median at 1 year (USD),Median at 5 years (USD),Rise (USD),Year",
        ),
        (
            "salary-medians",
            3,
            "Year,Median annual pay (USD),People employed",
        ),
        ("outlook", 6, "Start year,End year,Projected growth (%)"),
        ("schools", 12, "School,Town,State,Source,Reported in"),
        ("certifications", 7, "Credential,Abbreviation,Awarded by"),
    ] {
        let r = app
            .get(&format!("/careers/medical-coder/{table}.csv"))
            .await;
        assert_eq!(r.status, 200, "{table}");
        assert_eq!(r.header("content-type"), Some("text/csv; charset=utf-8"));
        assert_eq!(
            r.header("content-disposition"),
            Some(format!("attachment; filename=\"medical-coder-{table}.csv\"").as_str())
        );
        assert!(
            r.body.starts_with(header_start),
            "{table}: {}",
            r.body.lines().next().unwrap()
        );
        assert!(r.body.contains("\r\n"), "RFC 4180 line ends");
        let (_, parsed) = parse(&r.body);
        assert_eq!(parsed.len(), rows, "{table}");
    }
    // Current figures as in the data file, with their release and source.
    let oews = crate::common::data_row("bls-oews-may2025/national.csv", "29-2072");
    let r = app.get("/careers/medical-coder/pay.csv").await;
    let (_, rows) = parse(&r.body);
    let median = rows.iter().find(|r| r[0] == "Median").unwrap();
    assert_eq!(median[1], oews["annual_median"]);
    assert_eq!(median[3], "May 2025");
    assert_eq!(median[4], "U.S. Bureau of Labor Statistics");
    let r = app.get("/careers/medical-coder/outlook.csv").await;
    let (_, rows) = parse(&r.body);
    assert_eq!(rows[0][..3], ["2024", "2034", "7.1"]);

    let r = app.get("/careers/medical-coder/salary-by-city.csv").await;
    let (header, rows) = parse(&r.body);
    let seattle = rows.iter().find(|r| r[0] == "Seattle, Washington").unwrap();
    assert_eq!(&seattle[1..4], ["46000", "56000", "10000"]);
    assert_eq!(
        seattle[header.iter().position(|h| h == "Source").unwrap()],
        "Payscale"
    );
    assert_eq!(
        seattle[header.iter().position(|h| h == "Year estimated").unwrap()],
        "yes"
    );
    assert_eq!(rows.last().unwrap()[0], "All locations (overall)");

    let r = app.get("/careers/medical-coder/salary-medians.csv").await;
    let (_, rows) = parse(&r.body);
    assert_eq!(rows[0][..3], ["May 2018", "40350", "208650"]);
    assert_eq!(rows[0][5], "U.S. Bureau of Labor Statistics");

    let r = app.get("/careers/medical-coder/outlook.csv").await;
    let (_, rows) = parse(&r.body);
    let old = rows.iter().find(|r| r[0] == "2008").unwrap();
    assert_eq!(
        &old[..7],
        ["2008", "2018", "20", "", "172500", "207600", "35100"]
    );
}

#[actix_web::test]
async fn filters_and_sorts_carry_into_the_download() {
    let app = TestApp::real();
    let r = app
        .get("/careers/medical-coder/training?town=Bridgeport")
        .await;
    assert!(
        r.body
            .contains(r#"href="/careers/medical-coder/schools.csv?town=Bridgeport" download"#)
    );
    let r = app
        .get("/careers/medical-coder/schools.csv?town=bridgeport")
        .await;
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"medical-coder-schools-in-bridgeport.csv\"")
    );
    let (_, rows) = parse(&r.body);
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r[1] == "Bridgeport"));

    let r = app.get("/careers/medical-coder/salary?sort=5y").await;
    assert!(
        r.body
            .contains(r#"href="/careers/medical-coder/salary-by-city.csv?sort=5y" download"#)
    );
    let r = app
        .get("/careers/medical-coder/salary-by-city.csv?sort=5y")
        .await;
    let (_, rows) = parse(&r.body);
    assert_eq!(rows[0][0], "Seattle, Washington");
    assert!(
        r.header("content-disposition")
            .unwrap()
            .contains("salary-by-city-sorted-by-5y.csv")
    );

    assert_eq!(
        app.get("/careers/medical-coder/salary-by-city.csv?sort=bogus")
            .await
            .status,
        400
    );
    assert_eq!(
        app.get("/careers/medical-coder/nothing.csv").await.status,
        404
    );
    assert_eq!(app.get("/careers/nobody/outlook.csv").await.status, 404);
}

#[actix_web::test]
async fn commas_and_quotes_round_trip() {
    let seed = SeedCopy::new();
    seed.edit_career(
        "name = \"American Institute\"",
        "name = \"American Institute, \\\"West\\\" campus\"",
    );
    let app = TestApp::build(seed.path());
    let r = app.get("/careers/medical-coder/schools.csv").await;
    assert!(
        r.body
            .contains("\"American Institute, \"\"West\"\" campus\""),
        "{}",
        r.body
    );
    let (_, rows) = parse(&r.body);
    assert_eq!(rows[0][0], "American Institute, \"West\" campus");
}
