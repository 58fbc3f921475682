//! Software, tools, skills and schools found by search, each group
//! checked against the data files, and the groups' own pages.

use std::collections::{BTreeSet, HashMap};

use crate::common::{TestApp, data_rows, money};

/// The careers of a group, over every page of it: (title, the whole
/// result as read).
async fn whole_group(app: &TestApp, q: &str, group: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for page in 1.. {
        let r = app
            .get(&format!("/search?q={q}&group={group}&page={page}"))
            .await;
        if r.status == 404 {
            break;
        }
        assert_eq!(r.status, 200, "{q} {group} {page}");
        let titles = r.texts(&format!("h2#{group} ~ ul.results li > a:first-of-type"));
        let whole = r.texts(&format!("h2#{group} ~ ul.results li"));
        assert!(!titles.is_empty(), "{q} {group} {page}");
        out.extend(titles.into_iter().zip(whole));
    }
    out
}

/// A career's title by SOC code, from the wage file (or the projections
/// for occupations the wage survey leaves out).
fn titles() -> HashMap<String, String> {
    let mut t: HashMap<String, String> = data_rows("bls-projections-2024-2034/occupations.csv")
        .into_iter()
        .map(|r| (r["soc"].clone(), r["title"].clone()))
        .collect();
    t.extend(
        data_rows("bls-oews-may2025/national.csv")
            .into_iter()
            .map(|r| (r["soc"].clone(), r["title"].clone())),
    );
    t
}

#[actix_web::test]
async fn software_finds_every_career_that_uses_it_the_most_central_first() {
    let app = TestApp::real();
    let rows: Vec<_> = data_rows("onet/technology-skills.csv")
        .into_iter()
        .filter(|r| r["example"] == "Python")
        .collect();
    let socs: BTreeSet<String> = rows
        .iter()
        .map(|r| r["onet_code"][..7].to_string())
        .collect();
    let r = app.get("/search?q=python").await;
    assert_eq!(r.status, 200);
    // It comes first, since no career's own title holds the word.
    assert_eq!(
        r.texts("main h2").first().map(String::as_str),
        Some("Careers that use Python (software)")
    );
    let first = r.texts("h2#uses-1 ~ ul.results li > a:first-of-type");
    assert_eq!(first.len(), 10);
    let titles = titles();
    assert_eq!(first[0], titles["15-1252"], "{first:?}");
    // Each shown is marked as the data marks it.
    let notes = r.texts("h2#uses-1 ~ ul.results li");
    assert!(
        notes[0].contains("in demand, hot technology"),
        "{}",
        notes[0]
    );
    // The group's own pages hold every career that lists it, once.
    let all = whole_group(&app, "python", "uses-1").await;
    // O*NET's detailed codes that BLS publishes only as a broad group
    // (29-2011 in 29-2010) are that group's career.
    let title = |soc: &str| {
        titles
            .get(soc)
            .or_else(|| titles.get(&format!("{}0", &soc[..6])))
            .cloned()
            .unwrap_or_else(|| panic!("no title for {soc}"))
    };
    let expected: BTreeSet<String> = socs.iter().map(|s| title(s)).collect();
    let found: BTreeSet<String> = all.iter().map(|(t, _)| t.clone()).collect();
    assert_eq!(found, expected);
    assert_eq!(all.len(), expected.len());
    // Those marked in demand come first, and each is in demand in the data.
    let demand: BTreeSet<String> = rows
        .iter()
        .filter(|r| r["in_demand"] == "Y")
        .map(|r| title(&r["onet_code"][..7]))
        .collect();
    let marked: Vec<bool> = all.iter().map(|(_, w)| w.contains("in demand")).collect();
    assert!(marked.windows(2).all(|w| w[0] >= w[1]), "{marked:?}");
    for (t, w) in &all {
        if w.contains("in demand") {
            assert!(demand.contains(t), "{t}");
        }
    }
}

#[actix_web::test]
async fn a_skill_or_knowledge_area_finds_the_careers_it_matters_most_to() {
    let app = TestApp::real();
    let r = app.get("/search?q=mathematics").await;
    let headings = r.texts("main h2");
    assert!(
        headings.contains(&"Careers that need knowledge of Mathematics".to_string()),
        "{headings:?}"
    );
    assert!(headings.contains(&"Careers that need Mathematics (skill)".to_string()));
    // The knowledge group's careers rate it 3 or more of 5, the highest first.
    let id = r
        .html()
        .select(&scraper::Selector::parse("main h2").unwrap())
        .find(|h| h.text().collect::<String>() == "Careers that need knowledge of Mathematics")
        .and_then(|h| h.value().id().map(str::to_string))
        .unwrap();
    let notes = r.texts(&format!("h2#{id} ~ ul.results li"));
    let scores: Vec<f64> = notes
        .iter()
        .map(|n| {
            let at = n.find("importance ").unwrap() + "importance ".len();
            n[at..at + 4].parse().unwrap()
        })
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let best = data_rows("onet-29.3/knowledge.csv")
        .into_iter()
        .filter(|r| r["element"] == "Mathematics" && r["importance_suppress"] != "Y")
        .filter_map(|r| r["importance"].parse::<f64>().ok())
        .fold(0.0, f64::max);
    assert!((scores[0] - best).abs() < 0.006, "{} vs {best}", scores[0]);
}

#[actix_web::test]
async fn a_career_title_is_not_crowded_out_by_tools_named_after_it() {
    let app = TestApp::real();
    // Tools such as "Nurse call systems" exist, but "nurse" means nurses.
    let r = app.get("/search?q=nurse").await;
    assert_eq!(
        r.texts("main h2").first().map(String::as_str),
        Some("Careers")
    );
    assert!(
        r.texts("h2[id^=uses]").is_empty(),
        "{:?}",
        r.texts("main h2")
    );
}

#[actix_web::test]
async fn institutions_are_found_by_name_and_town_and_lead_to_their_page() {
    let app = TestApp::real();
    let programs = data_rows("college-scorecard-2026-06/programs.csv.gz");
    let goodwin = programs
        .iter()
        .find(|r| r["inst_name"] == "Goodwin University")
        .expect("Goodwin University in the Scorecard");
    let r = app.get("/search?q=goodwin").await;
    let html = r.html();
    let link = scraper::Selector::parse("h2#schools ~ ul.results li a").unwrap();
    let found: Vec<(String, String)> = html
        .select(&link)
        .map(|a| {
            (
                a.text().collect::<String>(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        found.contains(&(
            "Goodwin University, Connecticut".to_string(),
            format!("/institutions/{}", goodwin["unitid"])
        )),
        "{found:?}"
    );
    // A hand-written career's school that is a Scorecard institution is
    // found by its town too, and leads to the institution.
    let gateway = programs
        .iter()
        .find(|r| r["unitid"] == "130396")
        .expect("Gateway in the Scorecard");
    let r = app.get("/search?q=east+hartford").await;
    let hrefs: Vec<String> = r
        .html()
        .select(&link)
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert!(
        hrefs.contains(&format!("/institutions/{}", gateway["unitid"])),
        "{hrefs:?}"
    );
}

#[actix_web::test]
async fn career_results_show_their_median_pay_with_its_source() {
    let app = TestApp::real();
    let rn = crate::common::data_row("bls-oews-may2025/national.csv", "29-1141");
    let r = app.get("/search?q=registered+nurse").await;
    let first = &r.texts("h2#careers ~ ul.results li")[0];
    assert!(first.starts_with(&rn["title"]), "{first}");
    assert!(
        first.ends_with(&format!(
            "Median pay: {} a year",
            money(&rn["annual_median"])
        )),
        "{first}"
    );
    let cited = r.texts("h2#careers ~ p.muted");
    assert_eq!(
        cited,
        vec!["Median pay: Occupational Employment and Wage Statistics, May 2025."]
    );
    assert!(r.body.contains(r#"href="/about/data#bls-oews""#));
}

#[actix_web::test]
async fn each_group_has_pages_of_its_own() {
    let app = TestApp::real();
    let r = app.get("/search?q=python").await;
    let more = r
        .html()
        .select(&scraper::Selector::parse("section[aria-labelledby=uses-1] > p > a").unwrap())
        .map(|a| {
            (
                a.text().collect::<String>(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .next()
        .unwrap();
    assert_eq!(
        more,
        (
            "All 97 careers that use Python".to_string(),
            "/search?q=python&group=uses-1".to_string()
        )
    );
    let r = app.get("/search?q=python&group=uses-1&page=2").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.texts("main h2"),
        vec!["Careers that use Python (software)"]
    );
    assert_eq!(r.texts("h2#uses-1 ~ ul.results li").len(), 25);
    assert!(
        r.texts(".pagination p")
            .contains(&"Showing 26 to 50 of 97. Page 2 of 4.".to_string())
    );
    let r = app.get("/search?q=python&group=uses-1&page=9").await;
    assert_eq!(r.status, 404);
    // A group this search did not find is a 404, an unknown one a 400.
    let r = app.get("/search?q=python&group=schools").await;
    assert_eq!(r.status, 404);
    let r = app.get("/search?q=python&group=everything").await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("group"), "{}", r.body);
}
