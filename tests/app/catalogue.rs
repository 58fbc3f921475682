//! Every US occupation from the datasets: its pages, its figures exactly
//! as the data files publish them, its addresses and the data's credits.

use std::collections::HashMap;

use crate::common::{TestApp, count, data_row, data_rows, money};

#[actix_web::test]
async fn every_projected_occupation_has_all_its_pages() {
    let app = TestApp::real();
    let occupations = data_rows("bls-projections-2024-2034/occupations.csv");
    assert!(occupations.len() > 800, "{}", occupations.len());
    for o in &occupations {
        let soc = &o["soc"];
        let r = app.get(&format!("/careers/{soc}")).await;
        assert_eq!(r.status, 301, "/careers/{soc}");
        let career = r.header("location").unwrap().to_string();
        for section in ["", "/salary", "/outlook", "/training", "/sheet"] {
            let r = app.get(&format!("{career}{section}")).await;
            assert_eq!(r.status, 200, "{career}{section} ({soc})");
        }
    }
}

/// The page's main text, white space collapsed.
async fn main_text(app: &TestApp, uri: &str) -> String {
    let r = app.get(uri).await;
    assert_eq!(r.status, 200, "{uri}");
    r.texts("main").join(" ")
}

#[actix_web::test]
async fn figures_appear_exactly_as_published() {
    let app = TestApp::real();
    let soc = "29-1141";
    let oews = data_row("bls-oews-may2025/national.csv", soc);
    let proj = data_row("bls-projections-2024-2034/occupations.csv", soc);
    let overview = main_text(&app, "/careers/registered-nurses").await;
    for expected in [
        money(&oews["annual_median"]),
        count(&oews["employment"]),
        format!("{}%", proj["percent_change"]),
        count(&proj["annual_openings"]),
        proj["entry_education"].clone(),
    ] {
        assert!(overview.contains(&expected), "overview lacks {expected}");
    }
    assert!(
        overview.contains(&format!(
            "Most earn between {} and {} a year",
            money(&oews["annual_p10"]),
            money(&oews["annual_p90"])
        )),
        "the 10th-90th range"
    );
    let salary = main_text(&app, "/careers/registered-nurses/salary").await;
    for column in [
        "annual_p10",
        "annual_p25",
        "annual_median",
        "annual_p75",
        "annual_p90",
        "annual_mean",
    ] {
        assert!(
            salary.contains(&money(&oews[column])),
            "salary lacks {column}"
        );
    }
    let ca: HashMap<String, String> = data_rows("bls-oews-may2025/state.csv")
        .into_iter()
        .find(|r| r["soc"] == soc && r["state_abbrev"] == "CA")
        .unwrap();
    let r = app.get("/careers/registered-nurses/salary").await;
    let california = r
        .texts("#pay-by-state ~ .table-wrap tbody tr")
        .into_iter()
        .find(|row| row.starts_with("California"))
        .unwrap();
    assert_eq!(
        california,
        format!(
            "California {} {} {} {}",
            count(&ca["employment"]),
            money(&ca["annual_median"]),
            money(&ca["annual_p10"]),
            money(&ca["annual_p90"])
        )
    );
    let outlook = main_text(&app, "/careers/registered-nurses/outlook").await;
    for column in ["employment_2024", "employment_2034", "annual_openings"] {
        assert!(
            outlook.contains(&count(&proj[column])),
            "outlook lacks {column}"
        );
    }
}

#[actix_web::test]
async fn withheld_figures_say_why() {
    let app = TestApp::real();
    // Top-coded: at or above the release's highest published wage.
    let states = data_rows("bls-oews-may2025/state.csv");
    let top = states
        .iter()
        .find(|r| r["notes"].contains("annual_median=5") && r["level"] == "detailed")
        .unwrap();
    let r = app.get(&format!("/careers/{}", top["soc"])).await;
    let career = r.header("location").unwrap().to_string();
    let r = app.get(&format!("{career}/salary")).await;
    let row = r
        .texts("#pay-by-state ~ .table-wrap tbody tr")
        .into_iter()
        .find(|row| row.starts_with(&top["state_name"]))
        .unwrap();
    assert!(row.contains("$239,200 or more"), "{row}");
    assert!(!row.contains(" $0"), "{row}");

    // Not released: "not published", never 0 or blank.
    let hidden = states
        .iter()
        .find(|r| r["notes"].contains("employment=8") && r["level"] == "detailed")
        .unwrap();
    let r = app.get(&format!("/careers/{}", hidden["soc"])).await;
    let career = r.header("location").unwrap().to_string();
    let r = app.get(&format!("{career}/salary")).await;
    let row = r
        .texts("#pay-by-state ~ .table-wrap tbody tr")
        .into_iter()
        .find(|row| row.starts_with(&hidden["state_name"]))
        .unwrap();
    assert!(
        row.starts_with(&format!("{} not published", hidden["state_name"])),
        "{row}"
    );

    // Paid by the hour: hourly pay where BLS gives no annual figure.
    let actors = data_row("bls-oews-may2025/national.csv", "27-2011");
    assert!(actors["annual_median"].is_empty());
    let overview = main_text(&app, "/careers/actors").await;
    assert!(
        overview.contains(&format!("${} an hour", actors["hourly_median"])),
        "{overview}"
    );
    let salary = main_text(&app, "/careers/actors/salary").await;
    assert!(salary.contains("not published (paid by the hour)"));

    // No wage estimate at all: the wage survey is still the source that
    // says so.
    let overview = main_text(&app, "/careers/legislators").await;
    assert!(
        overview.contains("Median annual pay not published (May 2025)[1]"),
        "{overview}"
    );
    assert!(!overview.contains("Unknown source"), "{overview}");
    assert!(
        overview.contains(
            "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
        ),
        "{overview}"
    );
}

#[actix_web::test]
async fn codes_and_titles_lead_to_their_careers() {
    let app = TestApp::real();
    for (from, to) in [
        ("/careers/29-1141", "/careers/registered-nurses"),
        ("/careers/29-1141.01", "/careers/registered-nurses"),
        ("/careers/29-2072", "/careers/medical-coder"),
        (
            "/careers/medical-records-specialists",
            "/careers/medical-coder",
        ),
        (
            "/careers/13-1022.00/salary",
            "/careers/buyers-and-purchasing-agents/salary",
        ),
    ] {
        let r = app.get(from).await;
        assert_eq!(r.status, 301, "{from}");
        assert_eq!(r.header("location"), Some(to), "{from}");
    }
}

#[actix_web::test]
async fn the_data_is_credited_word_for_word() {
    let app = TestApp::real();
    let manifest = std::fs::read_to_string(
        crate::common::real_seed()
            .join("datasets")
            .join("datasets.toml"),
    )
    .unwrap();
    let r = app.get("/about/data").await;
    assert_eq!(r.status, 200);
    let attributions = r.texts("p.attribution");
    let onet = "This site incorporates information from O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
    assert!(attributions.iter().any(|a| a == onet), "{attributions:?}");
    assert!(manifest.contains(onet));
    assert!(attributions.contains(
        &"Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.".to_string()
    ));
    // The footer of every page links to it.
    let r = app.get("/careers/actors").await;
    assert!(
        r.body
            .contains(r#"<a href="/about/data">Where the data comes from</a>"#)
    );
    // A figure's source names its release.
    let sources = r.texts(".sources li").join(" ");
    assert!(
        sources.contains("Occupational Employment and Wage Statistics, May 2025"),
        "{sources}"
    );
}

#[actix_web::test]
async fn groups_list_their_careers_with_pay_and_growth() {
    let app = TestApp::real();
    let r = app.get("/").await;
    let groups = r.texts("ul.group-list li");
    assert_eq!(groups.len(), 22, "{groups:?}");
    let r = app
        .get("/groups/healthcare-practitioners-and-technical")
        .await;
    assert_eq!(r.status, 200);
    let rows = r.texts("main tbody tr");
    let proj = data_rows("bls-projections-2024-2034/occupations.csv");
    assert_eq!(
        rows.len(),
        proj.iter().filter(|p| p["soc"].starts_with("29-")).count()
    );
    let nurses = rows
        .iter()
        .find(|r| r.starts_with("Registered Nurses"))
        .unwrap();
    let oews = data_row("bls-oews-may2025/national.csv", "29-1141");
    assert!(nurses.contains(&money(&oews["annual_median"])), "{nurses}");
    assert_eq!(app.get("/groups/astronauts").await.status, 404);
}

#[test]
fn no_career_page_query_reads_a_whole_table() {
    let app = TestApp::real();
    let conn = app.db.pool.get().unwrap();
    crate::scale::assert_no_full_scans(&conn, 40, |conn| {
        use careerguide::db::read;
        use careerguide::db::read::{Credential, ProgramFilter, ProgramSort};
        let c = read::career(conn, "registered-nurses").unwrap().unwrap();
        read::overview(conn, "registered-nurses", Some("CT"))
            .unwrap()
            .unwrap();
        read::salary(conn, "registered-nurses", Some("NY"))
            .unwrap()
            .unwrap();
        read::sheet(conn, "medical-coder", Some("CT"))
            .unwrap()
            .unwrap();
        read::training(conn, "registered-nurses", None)
            .unwrap()
            .unwrap();
        read::outlook(conn, "registered-nurses").unwrap().unwrap();
        read::compare_item(conn, "medical-coder", Some("CT"))
            .unwrap()
            .unwrap();
        let coder = read::career(conn, "medical-coder").unwrap().unwrap();
        for sort in [
            ProgramSort::Completers,
            ProgramSort::Earnings,
            ProgramSort::Debt,
        ] {
            let filter = ProgramFilter {
                state: Some("CT".to_string()),
                credential: Some(Credential(2)),
            };
            read::programs(conn, coder.id, &filter, sort, Some(25), 0).unwrap();
        }
        read::institution(conn, "129367").unwrap().unwrap();
        read::group(conn, "healthcare-support").unwrap().unwrap();
        read::handwritten(conn, 12).unwrap();
        read::resolve_slug(conn, "29-1141-01", "29-1141.01").unwrap();
        read::state_name(conn, "CT").unwrap();
        read::related(conn, c.id).unwrap();
    });
}
