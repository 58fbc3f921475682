//! The career list, the overview, errors and shared page parts.

use crate::common::{SeedCopy, TestApp};

#[actix_web::test]
async fn home_lists_the_careers() {
    let app = TestApp::real();
    let r = app.get("/").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(r.texts("main h1"), vec!["Explore careers"]);
    assert!(
        r.body
            .contains(r#"<a href="/careers/medical-coder">Medical Coder</a>"#)
    );
}

#[actix_web::test]
async fn overview_shows_the_facts_with_sources() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("h1"), vec!["Medical Coder"]);
    let facts = r.texts("table.facts td").join(" | ");
    // Every median and every projection, each with its year or period.
    for expected in [
        "$40,350 in May 2018",
        "$35,900 in 2014",
        "$30,610 in c. 2008",
        "+9% over 2020-2030",
        "+11% over 2018-2028",
        "+13% over 2016-2026",
        "+22% over 2012-2022",
        "+20% over 2008-2018",
        "High school diploma or equivalent",
    ] {
        assert!(
            facts.contains(expected),
            "quick facts lack {expected}: {facts}"
        );
    }
    // Sections of the job description.
    for id in [
        "work",
        "duties",
        "skills",
        "work-settings",
        "work-hours",
        "trends",
        "alternate-titles",
        "similar",
        "learn-more",
    ] {
        assert_eq!(r.texts(&format!("h2#{id}")).len(), 1, "no section #{id}");
    }
    let titles = r.texts("#alternate-titles ~ ul.tags li").join(" | ");
    for t in [
        "Coder/abstractor",
        "Medical information coder",
        "Medical biller",
        "Medical records director",
    ] {
        assert!(titles.contains(t), "alternate title {t} missing: {titles}");
    }
    assert!(r.body.contains("Medical transcriptionist"));
    assert!(r.body.contains("233 N. Michigan Avenue, 21st Floor"));
    assert!(r.body.contains("(312) 233-1100"));
    assert!(r.body.contains("artificial intelligence"));
}

#[actix_web::test]
async fn every_citation_points_to_a_listed_source() {
    let app = TestApp::real();
    for page in ["", "/training", "/salary", "/outlook"] {
        let r = app.get(&format!("/careers/medical-coder{page}")).await;
        assert_eq!(r.status, 200);
        let html = r.html();
        let cite = scraper::Selector::parse("sup.cite a").unwrap();
        let listed = r.texts(".sources ol > li").len();
        assert!(listed > 0, "{page}: no sources listed");
        let mut highest = 0;
        for a in html.select(&cite) {
            let href = a.value().attr("href").unwrap();
            let n: usize = href.trim_start_matches("#source-").parse().unwrap();
            assert!(n >= 1 && n <= listed, "{page}: {href} but {listed} sources");
            let id = scraper::Selector::parse(&format!("li{href}")).unwrap();
            assert_eq!(html.select(&id).count(), 1, "{page}: no {href}");
            highest = highest.max(n);
        }
        assert_eq!(highest, listed, "{page}: a listed source is never cited");
        assert!(r.body.contains("Facts checked against these sources on"));
        assert!(
            r.body
                .contains(r#"<time datetime="2026-11-23">23 November 2026</time>"#)
        );
    }
}

#[actix_web::test]
async fn career_pages_share_navigation_breadcrumb_and_head() {
    let app = TestApp::real();
    for (path, crumb, title) in [
        (
            "/careers/medical-coder",
            "Medical Coder",
            "Medical Coder: what the job is like · Career Guide",
        ),
        (
            "/careers/medical-coder/training",
            "Training & schools",
            "Medical Coder: training & schools · Career Guide",
        ),
        (
            "/careers/medical-coder/salary",
            "Salary",
            "Medical Coder: salary · Career Guide",
        ),
        (
            "/careers/medical-coder/outlook",
            "Job outlook",
            "Medical Coder: job outlook · Career Guide",
        ),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.texts("head > title"), vec![title]);
        let current = r.texts(r#".section-nav a[aria-current="page"]"#);
        assert_eq!(current.len(), 1, "{path}");
        assert_eq!(r.texts(".section-nav a").len(), 4);
        assert_eq!(
            r.texts(r#".breadcrumb a[aria-current="page"]"#),
            vec![crumb]
        );
        let html = r.html();
        let desc = scraper::Selector::parse(r#"meta[name="description"]"#).unwrap();
        let content = html
            .select(&desc)
            .next()
            .unwrap()
            .value()
            .attr("content")
            .unwrap();
        assert!(content.len() > 40, "{path}: thin description");
        assert_eq!(r.texts("main").len(), 1);
        assert_eq!(r.texts("a.skip-link"), vec!["Skip to main content"]);
        // Headings never skip a level.
        let heads = scraper::Selector::parse("h1, h2, h3, h4").unwrap();
        let mut last = 0;
        for h in html.select(&heads) {
            let level: u32 = h.value().name()[1..].parse().unwrap();
            assert!(
                level <= last + 1,
                "{path}: heading jumps from h{last} to h{level}"
            );
            last = level;
        }
        // Every table has a caption and headers with a scope.
        let tables = scraper::Selector::parse("table").unwrap();
        let caption = scraper::Selector::parse("caption").unwrap();
        let th = scraper::Selector::parse("th").unwrap();
        for t in html.select(&tables) {
            assert!(
                t.select(&caption).next().is_some(),
                "{path}: table without caption"
            );
            for h in t.select(&th) {
                assert!(
                    h.value().attr("scope").is_some(),
                    "{path}: th without scope"
                );
            }
        }
    }
}

#[actix_web::test]
async fn an_unknown_career_is_a_helpful_404() {
    let app = TestApp::real();
    for path in [
        "/careers/astronaut",
        "/careers/astronaut/training",
        "/careers/astronaut/salary",
        "/careers/astronaut/outlook",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 404, "{path}");
        assert!(r.header("content-type").unwrap().starts_with("text/html"));
        assert!(
            r.body.contains("We have no career called “astronaut”"),
            "{path}"
        );
        assert!(r.body.contains(r#"<a href="/">Browse all careers</a>"#));
        assert!(
            r.body.contains(r#"class="site-header""#),
            "not in the site layout"
        );
    }
    let r = app.get("/no/such/page").await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("Browse all careers"));
}

#[actix_web::test]
async fn health_and_static_files_answer() {
    let app = TestApp::real();
    let r = app.get("/healthz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "ok\n");
    let r = app.get("/static/css/site.css").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/css"));
    let r = app.get("/static/css/print.css").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("@page"));
}

#[actix_web::test]
async fn text_from_the_seed_is_escaped() {
    let seed = SeedCopy::new();
    seed.edit_career(
        "title = \"Medical Coder\"",
        "title = \"Coder <script>alert('x')</script> & \\\"friends\\\"\"",
    );
    seed.edit_career(
        "name = \"American Institute\"",
        "name = \"<img src=x onerror=alert(1)>\"",
    );
    let app = TestApp::build(seed.path());
    for path in [
        "/",
        "/careers/medical-coder",
        "/careers/medical-coder/training",
        "/careers/medical-coder/salary",
        "/careers/medical-coder/outlook",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert!(
            !r.body.contains("<script>alert"),
            "{path}: title not escaped"
        );
        assert!(!r.body.contains("<img src=x"), "{path}");
        // Escaped, the text reads exactly as written in the seed.
        let shown = r.texts("main").join(" ");
        assert!(
            shown.contains(r#"Coder <script>alert('x')</script> & "friends""#),
            "{path}: title not shown as text"
        );
        let scripts = scraper::Selector::parse("body script, body img").unwrap();
        assert_eq!(r.html().select(&scripts).count(), 0, "{path}");
    }
    let r = app.get("/careers/medical-coder/training").await;
    assert!(
        r.texts("#schools ~ .table-wrap tbody th")
            .contains(&"<img src=x onerror=alert(1)>".to_string())
    );
}

#[actix_web::test]
async fn head_requests_answer_like_get() {
    let app = TestApp::real();
    for (uri, status) in [
        ("/", 200),
        ("/careers/medical-coder/salary", 200),
        ("/careers/nope", 404),
    ] {
        let r = app.call(actix_web::http::Method::HEAD, uri).await;
        assert_eq!(r.status, status, "HEAD {uri}");
    }
}

#[actix_web::test]
async fn the_glossary_explains_the_terms_pages_link_to() {
    let app = TestApp::real();
    let r = app.get("/glossary").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    let dt = scraper::Selector::parse("dl.glossary dt[id]").unwrap();
    let anchors: Vec<String> = html
        .select(&dt)
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    for id in [
        "median",
        "percentile",
        "projection-period",
        "certificate",
        "associate-degree",
        "credential",
        "licensure",
        "cca",
        "ccs",
        "cpc",
        "ahima",
        "aapc",
    ] {
        assert!(anchors.contains(&id.to_string()), "no entry #{id}");
    }
    let link = scraper::Selector::parse(r#"a[href^="/glossary#"]"#).unwrap();
    let mut linked = std::collections::BTreeSet::new();
    for path in [
        "/careers/medical-coder",
        "/careers/medical-coder/training",
        "/careers/medical-coder/salary",
        "/careers/medical-coder/outlook",
    ] {
        let page = app.get(path).await.html();
        for a in page.select(&link) {
            let id = a
                .value()
                .attr("href")
                .unwrap()
                .trim_start_matches("/glossary#");
            assert!(
                anchors.contains(&id.to_string()),
                "{path} links to missing #{id}"
            );
            linked.insert(id.to_string());
        }
    }
    for id in [
        "median",
        "percentile",
        "projection-period",
        "certificate",
        "associate-degree",
        "credential",
        "licensure",
        "ahima",
        "aapc",
        "bmsc",
        "pahcs",
    ] {
        assert!(linked.contains(id), "no page links to #{id}");
    }
}

#[actix_web::test]
async fn career_pages_suggest_a_citation() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/salary?sort=rise").await;
    let cite = r.texts("p.citation");
    assert_eq!(
        cite,
        vec![
            "Career Guide. “Medical Coder: salary.” http://careers.example/careers/medical-coder/salary?sort=rise. Data as of 23 November 2026."
        ]
    );
    assert!(r.texts("h2#cite-heading").len() == 1);
}

/// `bytes` compressed with gzip at its default level, as the server
/// sends pages to a browser that takes gzip.
fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap().len()
}

/// Every career page, with the screen style sheet it loads, stays under
/// 25 KB compressed: the hand-written career and imported ones with the
/// most titles, industries, programs and related careers.
#[actix_web::test]
async fn career_pages_stay_within_their_size_budget() {
    const BUDGET: usize = 25_000;
    let app = TestApp::real();
    let css = std::fs::read(crate::common::static_dir().join("css/site.css")).unwrap();
    let css = gzip_len(&css);
    for career in [
        "medical-coder",
        "registered-nurses",
        "electricians",
        "software-developers",
        "general-and-operations-managers",
        "home-health-and-personal-care-aides",
    ] {
        for section in ["", "/training", "/salary", "/outlook", "/sheet"] {
            let uri = format!("/careers/{career}{section}");
            let r = app.get(&uri).await;
            assert_eq!(r.status, 200, "{uri}");
            let size = gzip_len(r.body.as_bytes()) + css;
            assert!(
                size < BUDGET,
                "{uri}: {size} bytes with the CSS, compressed"
            );
        }
    }
}
