//! Pay where you live (`?state=`): a state's percentiles beside the
//! nation's and its areas, from the data files; the map of states; the
//! choice carried across the career's pages.

use std::collections::HashMap;

use crate::common::{TestApp, count, data_row, data_rows, money};

/// The state file's rows for `soc`, by postal code.
fn state_rows(soc: &str) -> HashMap<String, HashMap<String, String>> {
    data_rows("bls-oews-may2025/state.csv")
        .into_iter()
        .filter(|r| r["soc"] == soc)
        .map(|r| (r["state_abbrev"].clone(), r))
        .collect()
}

#[actix_web::test]
async fn a_states_pay_on_the_page_equals_the_data_file() {
    let app = TestApp::real();
    for (slug, soc) in [
        ("registered-nurses", "29-1141"),
        ("medical-coder", "29-2072"),
    ] {
        let ct = &state_rows(soc)["CT"];
        let nation = data_row("bls-oews-may2025/national.csv", soc);
        let r = app.get(&format!("/careers/{slug}/salary?state=CT")).await;
        assert_eq!(r.status, 200);
        let html = r.html();
        let table = scraper::Selector::parse("#pay-in-state ~ .table-wrap table").unwrap();
        let table = html.select(&table).next().expect("the state's table");
        let caption: String = table.text().collect();
        assert!(caption.contains("Annual pay in Connecticut beside the whole country"));
        let tr = scraper::Selector::parse("tbody tr").unwrap();
        let cell = scraper::Selector::parse("th, td").unwrap();
        let rows: Vec<Vec<String>> = table
            .select(&tr)
            .map(|row| {
                row.select(&cell)
                    .map(|c| c.text().collect::<String>().trim().to_string())
                    .collect()
            })
            .collect();
        let find = |name: &str| rows.iter().find(|r| r[0] == name).unwrap().clone();
        assert_eq!(
            find("Median"),
            [
                "Median",
                &money(&nation["annual_median"]),
                &money(&ct["annual_median"])
            ]
        );
        assert_eq!(find("10th percentile")[2], money(&ct["annual_p10"]));
        assert_eq!(find("90th percentile")[2], money(&ct["annual_p90"]));
        assert_eq!(find("Employment")[2], count(&ct["employment"]));
        // The overview and the sheet show the same state median.
        for page in ["", "/sheet"] {
            let r = app.get(&format!("/careers/{slug}{page}?state=CT")).await;
            assert_eq!(r.status, 200);
            assert!(
                r.texts("main")
                    .join(" ")
                    .contains(&money(&ct["annual_median"])),
                "{slug}{page}"
            );
        }
    }
}

#[actix_web::test]
async fn a_states_areas_are_listed_with_their_employment() {
    let app = TestApp::real();
    let areas: HashMap<String, String> = data_rows("bls-oews-may2025/areas.csv")
        .into_iter()
        .filter(|a| {
            a["state_abbrev"] == "CT" && a["area_type"] != "state" && a["area_type"] != "national"
        })
        .map(|a| (a["area_code"].clone(), a["area_name"].clone()))
        .collect();
    let expected: Vec<(String, String)> = data_rows("bls-oews-may2025/metro.csv.gz")
        .into_iter()
        .filter(|r| {
            r["soc"] == "29-2072"
                && areas.contains_key(&r["area_code"])
                && !r["employment"].is_empty()
        })
        .map(|r| (r["area_name"].clone(), count(&r["employment"])))
        .collect();
    assert!(!expected.is_empty());
    let r = app.get("/careers/medical-coder/salary?state=CT").await;
    let text = r.texts("#areas + .table-wrap tbody tr").join("\n");
    for (name, employment) in &expected {
        assert!(
            text.contains(&format!("{name} {employment}")),
            "{name} {employment} in\n{text}"
        );
    }
}

#[actix_web::test]
async fn the_map_has_one_labelled_shape_per_state_with_data() {
    let app = TestApp::real();
    let rows = state_rows("29-1141");
    let with_median: Vec<&HashMap<String, String>> = rows
        .values()
        .filter(|r| r["annual_median"].parse::<i64>().is_ok())
        .collect();
    let r = app.get("/careers/registered-nurses/salary").await;
    let html = r.html();
    // Each state's link is named by its <title>, which screen readers
    // read and pointers show.
    let shapes = scraper::Selector::parse("figure.map svg a > title").unwrap();
    let labels: Vec<String> = html
        .select(&shapes)
        .map(|t| t.text().collect::<String>())
        .collect();
    let with_figure: Vec<&String> = labels.iter().filter(|l| l.contains(": median $")).collect();
    assert_eq!(with_figure.len(), with_median.len(), "{labels:?}");
    for s in &with_median {
        let label = format!("{}: median {}", s["state_name"], money(&s["annual_median"]));
        assert!(labels.contains(&label), "no shape labelled {label}");
    }
    // Each shape is a rectangle; the legend gives the bands; the state
    // table below repeats the figures.
    let rect = scraper::Selector::parse("figure.map svg a rect").unwrap();
    assert_eq!(html.select(&rect).count(), labels.len());
    assert_eq!(r.texts("figure.map .legend .key").len(), 6);
    let table = r.texts("#pay-by-state ~ .table-wrap tbody").join(" ");
    for s in &with_median {
        assert!(table.contains(&money(&s["annual_median"])));
    }
    // A territory without figures is named, never shown as $0.
    assert!(
        labels
            .iter()
            .all(|l| !l.contains("$0") && !l.starts_with("VI:"))
    );
}

#[actix_web::test]
async fn the_state_carries_across_the_section_links() {
    let app = TestApp::real();
    for page in ["", "/salary", "/outlook", "/training", "/sheet"] {
        let r = app
            .get(&format!("/careers/medical-coder{page}?state=CT"))
            .await;
        assert_eq!(r.status, 200, "{page}");
        // Every link to one of the career's pages keeps the state.
        let html = r.html();
        let links = scraper::Selector::parse(r#"a[href^="/careers/medical-coder"]"#).unwrap();
        let hrefs: Vec<&str> = html
            .select(&links)
            .filter_map(|a| a.value().attr("href"))
            // Downloads, and the map's links to the other states.
            .filter(|h| !h.contains(".csv") && !h.ends_with("#pay-in-state"))
            .collect();
        assert!(hrefs.len() >= 2, "{page}: {hrefs:?}");
        for h in &hrefs {
            assert!(
                h.contains("state=CT"),
                "{page} links to {h} without the state"
            );
        }
        if page != "/sheet" {
            for section in ["salary", "outlook", "training"] {
                let href = format!("/careers/medical-coder/{section}?state=CT");
                assert!(
                    hrefs.contains(&href.as_str()),
                    "{page} has no link to {href}"
                );
            }
        }
    }
    // A state the address cannot mean is a 400 naming it.
    let r = app
        .get("/careers/medical-coder/salary?state=Connecticut")
        .await;
    assert_eq!(r.status, 400);
    assert!(r.texts("main").join(" ").contains("state="));
}

#[actix_web::test]
async fn a_state_without_figures_says_so_and_keeps_the_national_ones() {
    let app = TestApp::real();
    let soc = "29-2072";
    assert!(
        !state_rows(soc).contains_key("VI"),
        "the file has no VI row"
    );
    let nation = data_row("bls-oews-may2025/national.csv", soc);
    let r = app.get("/careers/medical-coder/salary?state=VI").await;
    assert_eq!(r.status, 200);
    let status = r.texts("#pay-in-state ~ [role=status]").join(" ");
    assert!(
        status.contains("publishes no figures for medical coders in"),
        "{status}"
    );
    assert!(status.contains("Virgin Islands"), "{status}");
    assert!(
        r.texts("main")
            .join(" ")
            .contains(&money(&nation["annual_median"]))
    );
}
