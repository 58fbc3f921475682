//! Addresses: every link a page makes leads somewhere, and forgiving
//! spellings of an address answer 301 to the one address of the page.

use std::collections::{BTreeSet, VecDeque};

use crate::common::TestApp;

async fn redirect(app: &TestApp, uri: &str) -> Option<String> {
    let r = app.get(uri).await;
    (r.status == 301).then(|| r.header("location").unwrap_or_default().to_string())
}

#[actix_web::test]
async fn a_trailing_slash_redirects_to_the_page_without_it() {
    let app = TestApp::real();
    for (from, to) in [
        ("/careers/", "/careers"),
        ("/careers/medical-coder/", "/careers/medical-coder"),
        (
            "/careers/medical-coder/programs.csv/",
            "/careers/medical-coder/programs.csv",
        ),
        ("/careers/medical-coder//", "/careers/medical-coder"),
        (
            "/careers/medical-coder/salary/?sort=5y",
            "/careers/medical-coder/salary?sort=5y",
        ),
        ("/schools/?state=CT", "/schools?state=CT"),
        ("/glossary/", "/glossary"),
    ] {
        assert_eq!(redirect(&app, from).await.as_deref(), Some(to), "{from}");
    }
    // Only to a page that exists, and never to another site.
    for uri in ["/nowhere/", "//evil.example/", "//evil.example//"] {
        assert_eq!(app.get(uri).await.status, 404, "{uri}");
    }
}

#[actix_web::test]
async fn another_spelling_of_a_slug_redirects_to_the_career() {
    let app = TestApp::real();
    for (from, to) in [
        ("/careers/Medical-Coder", "/careers/medical-coder"),
        (
            "/careers/MEDICAL-CODER/sheet",
            "/careers/medical-coder/sheet",
        ),
        (
            "/careers/Medical%20Coder/training?town=Bridgeport",
            "/careers/medical-coder/training?town=Bridgeport",
        ),
        (
            "/careers/Coding-Specialist/outlook.csv",
            "/careers/medical-coder/outlook.csv",
        ),
    ] {
        assert_eq!(redirect(&app, from).await.as_deref(), Some(to), "{from}");
    }
    let r = app.get("/careers/astronaut").await;
    assert_eq!(r.status, 404);
}

/// Internal links and form addresses on the page.
fn links(body: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(body);
    let a = scraper::Selector::parse("a[href], link[href]").unwrap();
    let form = scraper::Selector::parse("form[action]").unwrap();
    html.select(&a)
        .filter_map(|e| e.value().attr("href"))
        .chain(html.select(&form).filter_map(|e| e.value().attr("action")))
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .filter(|h| !h.is_empty())
        .collect()
}

/// The pages the crawl follows links from: the site's own pages and a
/// sample of careers (hand-written, salaried, paid by the hour, with no
/// wage estimate). Every other internal address found is requested once.
fn followed(path: &str) -> bool {
    // The Spanish edition is followed as the English one is.
    let path = match path.strip_prefix("/es") {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    };
    let careers = [
        "medical-coder",
        "registered-nurses",
        "actors",
        "legislators",
    ];
    !path.starts_with("/careers/")
        && !path.starts_with("/groups/")
        && !path.starts_with("/api/")
        && path != "/a-z"
        || path == "/groups/healthcare-support"
        || path == "/groups/healthcare-practitioners-and-technical"
        || careers
            .iter()
            .any(|c| path == format!("/careers/{c}") || path.starts_with(&format!("/careers/{c}/")))
}

/// English words and phrases of our own that a Spanish page must not
/// show: each is a word of the interface, never part of a name in the
/// data (a school, an industry, a source), which stay as published.
const ENGLISH: &[&str] = &[
    "Overview",
    "Salary",
    "Median",
    "Search",
    "Compare",
    "Job outlook",
    "Training & schools",
    "Career sheet",
    "not published",
    "Not published",
    "Download CSV",
    "Share or print",
    "Quick facts",
    "What the work is like",
    "Duties",
    "Sources",
    "Previous",
    "Showing",
    "percentile",
    "Employment",
    "Whole country",
    "Copy link",
    "Email this page",
    "Print this sheet",
    "Cite this page",
    "Careers A-Z",
    "By interest",
    "Glossary",
    "Skip to main content",
    "a year",
    "an hour",
    "projected",
    "openings",
    "between",
    "Related careers",
    "Where they work",
    "How to become",
    "Education to start",
    "Page not found",
];

/// The text a reader sees in `body`, without what is marked as English
/// (`lang="en"`), code, cited titles and the names of sources.
fn visible_text(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let skip = |e: &scraper::ElementRef| {
        let v = e.value();
        matches!(
            v.name(),
            "script" | "style" | "cite" | "code" | "head" | "title"
        ) || v.attr("lang").is_some_and(|l| l.starts_with("en"))
            || (v.name() == "strong"
                && e.ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .any(|a| a.value().classes().any(|c| c == "sources")))
    };
    let mut out = String::new();
    for node in html.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|e| skip(&e));
            if !hidden {
                out.push_str(text);
                out.push(' ');
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The English words `text` shows, each as a whole word or phrase.
fn english_in(text: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .filter(|w| {
            text.match_indices(**w).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .copied()
        .collect()
}

#[actix_web::test]
async fn every_address_a_page_makes_answers_200() {
    let app = TestApp::real();
    let mut seen = BTreeSet::from(["/".to_string()]);
    let mut queue = VecDeque::from(["/".to_string()]);
    let mut untranslated = Vec::new();
    while let Some(uri) = queue.pop_front() {
        let r = app.get(&uri).await;
        assert_eq!(r.status, 200, "{uri}");
        let html = r
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"));
        // Interest results are followed for one choice only: the others
        // (more choices, careers kept) are requested, not followed.
        let path = uri.split('?').next().unwrap_or_default();
        if html && (path == "/es" || path.starts_with("/es/")) {
            let english = english_in(&visible_text(&r.body));
            if !english.is_empty() {
                untranslated.push(format!("{uri}: {english:?}"));
            }
        }
        if !html || !followed(path) || (path == "/interests" && uri.contains('&')) {
            continue;
        }
        for link in links(&r.body) {
            if seen.len() < 4000 && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    assert!(seen.len() > 60, "only {} addresses found", seen.len());
    for expected in [
        "/careers/medical-coder/sheet",
        "/careers/medical-coder/salary-by-city.csv",
        "/careers/medical-coder/salary?sort=5y",
        "/careers/registered-nurses/pay-by-state.csv",
        "/careers/registered-nurses/salary?states=median",
        "/groups/healthcare-support",
        "/a-z",
        "/about/data",
        "/glossary",
        "/schools",
        "/interests",
        "/interests?first=C&second=I",
        "/interests.csv?first=C",
    ] {
        assert!(seen.contains(expected), "no page links to {expected}");
        let spanish = match expected {
            "/" => "/es".to_string(),
            other => format!("/es{other}"),
        };
        assert!(seen.contains(&spanish), "no page links to {spanish}");
    }
    assert!(
        untranslated.is_empty(),
        "English words on {} Spanish pages:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
}
