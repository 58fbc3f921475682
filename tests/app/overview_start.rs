//! The overview's "Where they work", "How to become one" and related
//! careers, checked against the data files.

use std::collections::HashMap;

use careerguide::web::format;

use crate::common::{TestApp, data_row, data_rows, money};

/// An OEWS ownership designation ("Hospitals, Privately Owned", 622005),
/// which overlaps the industries of the same level.
fn ownership_split(code: &str) -> bool {
    code.len() == 6
        && code.chars().all(|c| c.is_ascii_digit())
        && &code[3..5] == "00"
        && !code.ends_with('0')
}

/// The expected table rows (title, employment, share) and the number of
/// industries whose employment is withheld, computed from the OEWS files.
fn expected_industries(soc: &str) -> (Vec<String>, usize, i64, i64) {
    let total: i64 = data_row("bls-oews-may2025/national.csv", soc)["employment"]
        .parse()
        .unwrap();
    let rows: Vec<HashMap<String, String>> = data_rows("bls-oews-may2025/national-by-industry.csv")
        .into_iter()
        .filter(|r| {
            r["soc"] == soc && r["industry_level"] == "4" && !ownership_split(&r["industry_code"])
        })
        .collect();
    let withheld = rows.iter().filter(|r| r["employment"].is_empty()).count();
    let mut published: Vec<(i64, String)> = rows
        .iter()
        .filter(|r| !r["employment"].is_empty())
        .map(|r| {
            (
                r["employment"].parse().unwrap(),
                r["industry_title"].clone(),
            )
        })
        .collect();
    published.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    published.truncate(5);
    let listed: i64 = published.iter().map(|(n, _)| n).sum();
    let rows = published
        .iter()
        .map(|(n, title)| {
            format!(
                "{title} {} {}%",
                format::number(*n),
                (n * 100 + total / 2) / total
            )
        })
        .collect();
    (rows, withheld, listed, total)
}

#[actix_web::test]
async fn industry_shares_add_up_from_the_oews_file() {
    let app = TestApp::real();
    for (slug, soc) in [
        ("electricians", "47-2111"),
        ("registered-nurses", "29-1141"),
        ("medical-coder", "29-2072"),
    ] {
        let (rows, withheld, listed, total) = expected_industries(soc);
        let r = app.get(&format!("/careers/{slug}")).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.texts("#work-settings").len(), 1, "{slug}: one heading");
        let shown = r.texts("#work-settings ~ .table-wrap tbody tr");
        assert_eq!(shown, rows, "{slug}");
        let text = r.texts("[aria-labelledby=work-settings] p").join(" ");
        let together = (listed * 100 + total / 2) / total;
        assert!(
            text.contains(&format!(
                "employ {together}% of the {} ",
                format::number(total)
            )),
            "{slug}: {text}"
        );
        assert!(text.contains("May 2025"), "{slug}: {text}");
        let rest = (total - listed) * 100;
        if listed < total {
            let other = (rest + total / 2) / total;
            assert!(
                text.contains(&format!("The other {other}% work in other industries")),
                "{text}"
            );
        }
        assert_eq!(
            text.contains("BLS withholds the number for"),
            withheld > 0,
            "{slug}: {text}"
        );
        if withheld > 0 {
            assert!(
                text.contains(&format!(
                    "for {} industr",
                    format::small_number(careerguide::web::i18n::Tr::default(), withheld)
                )),
                "{slug}: {text}"
            );
        }
        let link = r.html();
        let sel = scraper::Selector::parse("[aria-labelledby=work-settings] a").unwrap();
        let hrefs: Vec<&str> = link
            .select(&sel)
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(
            hrefs.contains(&format!("/careers/{slug}/salary#pay-by-industry").as_str()),
            "{hrefs:?}"
        );
    }
    let coder = app.get("/careers/medical-coder").await;
    assert!(
        coder.texts("[aria-labelledby=work-settings] li").len() > 1,
        "the hand-written settings stay under the same heading"
    );
    let electricians = app.get("/careers/electricians").await;
    let text = electricians
        .texts("[aria-labelledby=work-settings] p")
        .join(" ");
    assert!(
        text.contains("The industry that employs the most electricians is Building Equipment Contractors: about 7 in 10 of them work there."),
        "{text}"
    );
}

/// The steps of the path on `slug`'s overview.
async fn steps(app: &TestApp, slug: &str) -> Vec<String> {
    let r = app.get(&format!("/careers/{slug}")).await;
    assert_eq!(r.status, 200);
    r.texts("#how-to-become ~ ol li")
}

#[actix_web::test]
async fn the_path_follows_the_projections_file() {
    let app = TestApp::real();
    let e = data_row("bls-projections-2024-2034/occupations.csv", "47-2111");
    assert_eq!(e["on_the_job_training"], "Apprenticeship");
    assert_eq!(e["entry_education"], "High school diploma or equivalent");
    assert_eq!(e["work_experience"], "None");
    let s = steps(&app, "electricians").await;
    assert!(s[0].starts_with("Finish high school"), "{s:?}");
    assert!(
        s[1].starts_with("Compare schools: the College Scorecard lists "),
        "{s:?}"
    );
    assert!(s[1].contains(" programs in fields of study"), "{s:?}");
    assert!(s[2].starts_with("Complete an apprenticeship"), "{s:?}");
    assert_eq!(s.len(), 3, "no experience step when none is needed: {s:?}");

    let n = data_row("bls-projections-2024-2034/occupations.csv", "29-1141");
    assert_eq!(n["entry_education"], "Bachelor's degree");
    let s = steps(&app, "registered-nurses").await;
    assert!(s[0].starts_with("Earn a bachelor's degree"), "{s:?}");
    assert!(s.iter().all(|t| !t.contains("apprenticeship")), "{s:?}");

    let s = steps(&app, "medical-coder").await;
    assert!(
        s.iter().any(|t| t.starts_with(
            "Consider earning a certification, such as the Certified Coding Associate (CCA)"
        )),
        "{s:?}"
    );
    assert!(
        s.iter()
            .any(|t| t.contains("None is needed in Connecticut.")),
        "{s:?}"
    );
    let page = app.get("/careers/electricians").await;
    let zone = page.texts("[aria-labelledby=how-to-become] > p").join(" ");
    assert!(zone.starts_with("O*NET puts this job in zone "), "{zone}");
}

#[actix_web::test]
async fn related_careers_show_their_figures_from_the_files() {
    let app = TestApp::real();
    let r = app.get("/careers/electricians").await;
    let rows = r.texts("#related ~ .table-wrap tbody tr");
    assert!(rows.len() >= 5, "{rows:?}");
    let head = r.texts("#related ~ .table-wrap thead th").join(" | ");
    assert!(head.contains("Median pay, May 2025"), "{head}");
    assert!(head.contains("Projected growth, 2024-2034"), "{head}");
    let national = data_rows("bls-oews-may2025/national.csv");
    let projections = data_rows("bls-projections-2024-2034/occupations.csv");
    let mut checked = 0;
    for row in &rows {
        let Some(n) = national
            .iter()
            .find(|n| n["level"] == "detailed" && row.starts_with(&format!("{} ", n["title"])))
        else {
            continue;
        };
        let p = projections.iter().find(|p| p["soc"] == n["soc"]).unwrap();
        let tenths = (p["percent_change"].parse::<f64>().unwrap() * 10.0).round() as i64;
        // The title, what the work is in one sentence, then the figures.
        let figures = format!(
            "{} {} {}",
            p["entry_education"],
            money(&n["annual_median"]),
            format::percent_tenths(tenths)
        );
        if !n["annual_median"].is_empty() {
            assert!(row.ends_with(&format!(". {figures}")), "{row}");
            checked += 1;
        }
    }
    assert!(checked >= 3, "{rows:?}");
}
