//! Search and the schools list, on the real seed.

use crate::common::TestApp;

/// The results under heading `id`, each without the career's one-line
/// description and pay (see `lines`).
fn group(r: &crate::common::Resp, id: &str) -> Vec<String> {
    let html = r.html();
    let li = scraper::Selector::parse(&format!("h2#{id} ~ ul.results li")).unwrap();
    let extra = scraper::Selector::parse(".row-line, .row-pay").unwrap();
    let words = |e: scraper::ElementRef| e.text().collect::<Vec<_>>().join("");
    html.select(&li)
        .map(|li| {
            let mut own = words(li);
            for e in li.select(&extra) {
                own = own.replace(&words(e), "");
            }
            own.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[actix_web::test]
async fn search_forgives_case_endings_accents_and_parts_of_words() {
    let app = TestApp::real();
    let r = app.get("/search?q=Coders").await;
    assert_eq!(r.status, 200);
    assert_eq!(group(&r, "careers")[0], "Medical Coder");
    assert!(
        r.body
            .contains(r#"<a href="/careers/medical-coder">Medical <mark>Coder</mark></a>"#),
        "highlight"
    );

    let r = app.get("/search?q=ABSTRACT").await;
    assert!(
        group(&r, "careers")
            .iter()
            .any(|t| t.starts_with("Medical Coder · matched: Coder/abstractor")),
        "{:?}",
        group(&r, "careers")
    );
    assert!(r.body.contains("<mark>abstractor</mark>"));
    assert!(
        r.body
            .contains(r#"href="/careers/medical-coder#alternate-titles""#)
    );

    let r = app.get("/search?q=m%C3%A9dical+c%C3%B4der").await;
    assert_eq!(group(&r, "careers")[0], "Medical Coder");

    let r = app.get("/search?q=ccs").await;
    let certs = group(&r, "certifications");
    assert!(
        certs[0].starts_with("Certified Coding Specialist (CCS)"),
        "{certs:?}"
    );
    assert!(
        r.body
            .contains(r#"href="/careers/medical-coder/training#certifications""#)
    );

    // Bridgeport's hand-written school that is no Scorecard institution
    // leads to the schools list; the institutions there to their pages.
    let r = app.get("/search?q=bridgeport").await;
    let schools = group(&r, "schools");
    assert!(
        schools.contains(&"Valley Medical Institute, Bridgeport, Connecticut".to_string()),
        "{schools:?}"
    );
    assert!(
        schools.contains(&"University of Bridgeport, Connecticut".to_string()),
        "{schools:?}"
    );
    assert!(
        r.body
            .contains(r#"href="/schools?state=CT&#38;town=Bridgeport""#)
            || r.body
                .contains(r#"href="/schools?state=CT&amp;town=Bridgeport""#)
    );

    let r = app.get("/search?q=attention+detail").await;
    assert!(!group(&r, "skills").is_empty());
    let r = app.get("/search?q=insurance+claims").await;
    assert!(!group(&r, "duties").is_empty());
}

#[actix_web::test]
async fn every_title_people_use_finds_its_career_best_match_first() {
    let app = TestApp::real();
    for (q, first, matched) in [
        ("RN", "Registered Nurses", Some("RN")),
        // A career's own title holding the words needs no "matched".
        ("coder", "Medical Coder", None),
        (
            "truck driver",
            "Heavy and Tractor-Trailer Truck Drivers",
            None,
        ),
        ("accountant", "Accountants and Auditors", None),
        ("29-2072", "Medical Coder", Some("29-2072")),
        ("registered nurses", "Registered Nurses", None),
    ] {
        let r = app.get(&format!("/search?q={}", q.replace(' ', "+"))).await;
        let careers = group(&r, "careers");
        let expected = match matched {
            Some(m) => format!("{first} · matched: {m}"),
            None => first.to_string(),
        };
        assert_eq!(careers.first(), Some(&expected), "q={q}: {careers:?}");
    }
    // A BLS sample title finds its occupation.
    let sample = crate::common::data_rows("bls-projections-2024-2034/sample-titles.csv")
        .into_iter()
        .find(|r| r["title"] == "Sub Arc Operator")
        .expect("a sample title");
    let r = app.get("/search?q=Sub+Arc+Operator").await;
    let bls = crate::common::data_row("bls-oews-may2025/national.csv", &sample["soc"]);
    assert!(
        group(&r, "careers")[0].starts_with(&bls["title"]),
        "{:?}",
        group(&r, "careers")
    );
}

#[actix_web::test]
async fn a_search_with_no_result_tries_close_titles() {
    let app = TestApp::real();
    let r = app.get("/search?q=medcal+codr").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.texts("p#respelt"),
        vec!["Showing results for medical coder. Search for “medcal codr” as typed instead."]
    );
    assert_eq!(
        group(&r, "careers").first().map(String::as_str),
        Some("Medical Coder")
    );
    let r = app.get("/search?q=medcal+codr&exact=1").await;
    assert!(r.body.contains("Nothing matched “medcal codr”."));
    let suggestions = r.texts("h2#suggestions + ul li");
    assert_eq!(
        suggestions.first().map(String::as_str),
        Some("Medical Coder"),
        "{suggestions:?}"
    );
    assert!(r.body.contains(r#"<a href="/careers/medical-coder">"#));
}

#[actix_web::test]
async fn odd_searches_get_a_clear_page_never_an_error() {
    let app = TestApp::real();
    for q in [
        "%22",
        "*",
        "%22%22",
        "NEAR",
        "NEAR(coder",
        "(coder",
        "coder)",
        "coder+AND",
        "OR",
        "NOT+coder",
        "-coder",
        "%5E",
        "coder*",
        "%22unbalanced",
        "a%3A",
        "%7B%7D",
        "%E2%80%94",
        "%F0%9F%98%80",
        "'",
        "%27%3B+DROP+TABLE+career%3B--",
        "x%00y",
    ] {
        let r = app.get(&format!("/search?q={q}")).await;
        assert!(r.status == 200 || r.status == 400, "q={q}: {}", r.status);
        assert!(
            r.body.contains(r#"class="site-header""#),
            "q={q}: not a page of the site"
        );
        assert!(!r.body.contains("fts5"), "q={q}: FTS error leaked");
    }
    let r = app.get("/search?q=x%00y").await;
    assert_eq!(r.status, 400, "control characters");
    let r = app.get("/search?q=NEAR(coder").await;
    assert!(
        group(&r, "careers").contains(&"Medical Coder".to_string()),
        "operators are plain words: {:?}",
        group(&r, "careers")
    );

    for q in ["", "q=", "q=+++"] {
        let r = app.get(&format!("/search?{q}")).await;
        assert_eq!(r.status, 200);
        assert!(r.body.contains("Type a job title"), "{q}");
    }
    let r = app.get("/search?q=%22*()").await;
    assert!(r.body.contains("has no letters or digits"));

    let long = "coder ".repeat(40);
    let r = app
        .get(&format!("/search?q={}", long.replace(' ', "+")))
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("at most 200"));
    let r = app.get(&format!("/search?q={}", "c".repeat(200))).await;
    assert_eq!(r.status, 200);
}

#[actix_web::test]
async fn search_text_is_escaped() {
    let app = TestApp::real();
    let r = app
        .get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+coder")
        .await;
    assert_eq!(r.status, 200);
    assert!(!r.body.contains("<script>alert"));
    assert!(
        r.texts("main p")
            .join(" ")
            .contains("<script>alert(1)</script> coder")
    );
    assert_eq!(attr_value(&r), "<script>alert(1)</script> coder");
}

fn attr_value(r: &crate::common::Resp) -> String {
    let sel = scraper::Selector::parse("input#site-search").unwrap();
    r.html()
        .select(&sel)
        .next()
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_string()
}

#[actix_web::test]
async fn every_page_has_the_search_box() {
    let app = TestApp::real();
    for path in [
        "/",
        "/careers/medical-coder",
        "/careers/medical-coder/salary",
        "/schools",
        "/no-such-page",
    ] {
        let r = app.get(path).await;
        assert_eq!(
            r.texts(
                r#"form[role="search"][action="/search"][method="get"] label[for="site-search"]"#
            ),
            vec!["Search"],
            "{path}"
        );
    }
}

#[actix_web::test]
async fn the_schools_list_filters_by_state_and_town() {
    let app = TestApp::real();
    let rows = |r: &crate::common::Resp| r.texts("main tbody tr");
    let r = app.get("/schools").await;
    assert_eq!(r.status, 200);
    assert_eq!(rows(&r).len(), 12);
    assert!(
        rows(&r)[0].starts_with("American Institute West Hartford CT Medical Coder"),
        "{:?}",
        rows(&r)
    );
    assert!(
        r.body
            .contains(r#"<a href="/careers/medical-coder/training#schools">Medical Coder</a>"#)
    );
    assert!(
        r.body
            .contains(r#"<option value="CT">Connecticut (12)</option>"#)
    );

    let r = app.get("/schools?state=ct").await;
    assert_eq!(rows(&r).len(), 12);
    assert!(r.body.contains(r#"<option value="CT" selected>"#));
    let r = app.get("/schools?state=CT&town=bridgeport").await;
    assert_eq!(rows(&r).len(), 3);
    assert_eq!(r.texts("h1"), vec!["Schools in bridgeport, Connecticut"]);
    let r = app.get("/schools?town=East+Hartford").await;
    assert_eq!(rows(&r).len(), 2);
    let r = app.get("/schools?state=NY").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("No schools match"));

    assert_eq!(app.get("/schools?state=C1").await.status, 400);
    assert_eq!(app.get("/schools?state=Connecticut").await.status, 400);
    assert_eq!(
        app.get(&format!("/schools?town={}", "x".repeat(500)))
            .await
            .status,
        400
    );
    assert_eq!(app.get("/schools?page=abc").await.status, 400);
    assert_eq!(app.get("/schools?page=0").await.status, 400);
    assert_eq!(app.get("/schools?page=2").await.status, 404);
}

mod queries;
mod uses;
