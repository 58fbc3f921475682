//! Template sentences read as a careful person would write them: a state
//! or territory takes "the" where English puts one, a range is "between X
//! and Y", and a projection grows, falls or stays about the same.

use careerguide::web::format;

use crate::common::{TestApp, count, data_row, data_rows, money};

/// The page's main text, white space collapsed.
async fn main_text(app: &TestApp, uri: &str) -> String {
    let r = app.get(uri).await;
    assert_eq!(r.status, 200, "{uri}");
    r.texts("main").join(" ")
}

/// The OEWS row of occupation `soc` in the state with postal code `code`.
fn state_row(soc: &str, code: &str) -> std::collections::HashMap<String, String> {
    data_rows("bls-oews-may2025/state.csv")
        .into_iter()
        .find(|r| r["soc"] == soc && r["state_abbrev"] == code)
        .unwrap_or_else(|| panic!("state.csv has no row for {soc} in {code}"))
}

#[actix_web::test]
async fn state_names_take_the_where_english_does() {
    let app = TestApp::real();
    for (code, in_sentence) in [
        ("DC", "the District of Columbia"),
        ("VI", "the Virgin Islands"),
        ("TX", "Texas"),
    ] {
        let row = state_row("47-2111", code);
        let name = &row["state_name"];
        assert!(in_sentence.ends_with(name.as_str()), "{name}");
        let overview = main_text(&app, &format!("/careers/electricians?state={code}")).await;
        assert!(
            overview.contains(&format!("Median annual pay in {in_sentence}")),
            "{code}: {overview}"
        );
        assert!(
            overview.contains(&format!("Pay in {in_sentence} and its cities")),
            "{code}"
        );
        let salary = main_text(&app, &format!("/careers/electricians/salary?state={code}")).await;
        assert!(
            salary.contains(&format!(
                "Annual pay in {in_sentence} beside the whole country"
            )),
            "{code}: {salary}"
        );
        assert!(salary.contains(&money(&row["annual_median"])), "{code}");
        let sheet = main_text(&app, &format!("/careers/electricians/sheet?state={code}")).await;
        assert!(
            sheet.contains(&format!("Median in {in_sentence}, May 2025")),
            "{code}"
        );
        if in_sentence != name.as_str() {
            // Never the bare name where a sentence needs "the".
            for text in [&overview, &salary, &sheet] {
                assert!(!text.contains(&format!("in {name}")), "{code}: in {name}");
            }
        } else {
            assert!(!overview.contains(&format!("the {name}")), "{code}");
        }
    }
    // A career BLS publishes nothing for in the territory says so.
    let coder = main_text(&app, "/careers/medical-coder/salary?state=VI").await;
    assert!(
        coder.contains("BLS publishes no figures for medical coders in the Virgin Islands:"),
        "{coder}"
    );
    let schools = main_text(&app, "/schools?state=VI").await;
    assert!(
        schools.contains("Schools in the Virgin Islands"),
        "{schools}"
    );
}

#[actix_web::test]
async fn the_pay_range_reads_between_and() {
    let app = TestApp::real();
    let oews = data_row("bls-oews-may2025/national.csv", "47-2111");
    let range = format!(
        "between {} and {}",
        money(&oews["annual_p10"]),
        money(&oews["annual_p90"])
    );
    let overview = main_text(&app, "/careers/electricians").await;
    assert!(
        overview.contains(&format!("Most earn {range} a year")),
        "{overview}"
    );
    assert!(!overview.contains(" to $"), "no “between X to Y”");
    let sheet = main_text(&app, "/careers/electricians/sheet").await;
    assert!(
        sheet.contains(&format!("Most earn {range} a year")),
        "{sheet}"
    );
}

#[actix_web::test]
async fn projections_grow_fall_or_stay_about_the_same() {
    let app = TestApp::real();
    let rows = data_rows("bls-projections-2024-2034/occupations.csv");
    let tenths = |r: &std::collections::HashMap<String, String>| -> i64 {
        (r["percent_change"].parse::<f64>().unwrap() * 10.0).round() as i64
    };
    let falling = rows
        .iter()
        .find(|r| tenths(r) < 0 && r["change"] != "0")
        .expect("an occupation with fewer jobs");
    let flat = rows
        .iter()
        .find(|r| tenths(r) == 0 && r["change"] == "0")
        .expect("an occupation that stays the same");
    let growing = data_row("bls-projections-2024-2034/occupations.csv", "47-2111");
    for (row, words) in [
        (
            falling,
            format!(
                "is projected to fall by {} ({} fewer jobs)",
                format::percent_tenths(-tenths(falling)),
                count(falling["change"].trim_start_matches('-'))
            ),
        ),
        (
            flat,
            "is projected to stay about the same (0.0%, fewer than 50 jobs either way)".to_string(),
        ),
        (
            &growing,
            format!(
                "is projected to grow by {} ({} more jobs)",
                format::percent_tenths(tenths(&growing)),
                count(&growing["change"])
            ),
        ),
    ] {
        let r = app.get(&format!("/careers/{}", row["soc"])).await;
        assert_eq!(r.status, 301, "{}", row["soc"]);
        let career = r.header("location").unwrap().to_string();
        let outlook = main_text(&app, &format!("{career}/outlook")).await;
        assert!(outlook.contains(&words), "{career}: {words}: {outlook}");
        assert!(!outlook.contains("projected to change by"), "{career}");
    }
}
