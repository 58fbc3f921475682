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

/// The careers the crawl follows in full: hand-written, salaried, paid by
/// the hour, with no wage estimate.
const SAMPLE: [&str; 4] = [
    "medical-coder",
    "registered-nurses",
    "actors",
    "legislators",
];

/// How many other careers and institutions the crawl requests pages of
/// (the first it finds): beyond that, their pages repeat the same templates.
const OTHERS: usize = 50;

/// `path` without the Spanish edition's prefix.
fn in_english(path: &str) -> &str {
    match path.strip_prefix("/es") {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The pages the crawl follows links from: the site's own pages and the
/// sampled careers, each with at most one choice in its address (a
/// second choice changes only the choices in its links), lists to their
/// second page and states only Texas and Connecticut. Every other
/// internal address found is requested once. Each edition is followed
/// the same way.
fn followed(uri: &str) -> bool {
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    let path = in_english(path);
    let params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let one_choice = params.len() <= 1
        && params.iter().all(|p| {
            p.strip_prefix("page=")
                .is_none_or(|n| n.parse::<u32>().is_ok_and(|n| n <= 2))
                && p.strip_prefix("state=")
                    .is_none_or(|s| s == "TX" || s == "CT")
        });
    let site_page = !path.starts_with("/careers/")
        && !path.starts_with("/groups/")
        && !path.starts_with("/institutions/")
        && !path.starts_with("/api/")
        && path != "/a-z";
    let sampled = path == "/groups/healthcare-support"
        || path == "/groups/healthcare-practitioners-and-technical"
        || path == "/institutions/129367"
        || SAMPLE.iter().any(|c| {
            path == format!("/careers/{c}") || path.starts_with(&format!("/careers/{c}/"))
        });
    (site_page || sampled) && one_choice
}

/// The careers and institutions outside the sample that `link` shows:
/// its career or institution, and the careers its query keeps (`c=`).
fn others_in(link: &str) -> Vec<String> {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let mut parts = in_english(path).split('/').skip(1);
    let mut out = Vec::new();
    match (parts.next(), parts.next()) {
        (Some("careers"), Some(slug)) => out.push(slug.to_string()),
        (Some("institutions"), Some(id)) => out.push(format!("institution {id}")),
        _ => {}
    }
    out.extend(
        query
            .split('&')
            .filter_map(|p| p.strip_prefix("c="))
            .map(str::to_string),
    );
    out.retain(|s| !SAMPLE.contains(&s.as_str()) && s != "institution 129367");
    out
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
/// (`lang="en"`), code, cited titles and the names of sources (bold in
/// source lists, `.publisher` on the sheet).
fn visible_text(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let skip = |e: &scraper::ElementRef| {
        let v = e.value();
        matches!(
            v.name(),
            "script" | "style" | "cite" | "code" | "head" | "title"
        ) || v.attr("lang").is_some_and(|l| l.starts_with("en"))
            || v.classes().any(|c| c == "publisher")
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

/// More addresses than one edition's crawl finds (about 750): reaching it
/// means the sample above has stopped being one.
const LIMIT: usize = 1500;

/// What a crawl from one page found: every address, and the Spanish
/// pages that show English words.
struct Crawl {
    seen: BTreeSet<String>,
    untranslated: Vec<String>,
}

/// Requests every internal address reachable from `start` through the
/// pages [`followed`] allows, within one edition (links to the other
/// edition are requested, not followed), and checks each answers 200.
async fn crawl(app: &TestApp, start: &str) -> Crawl {
    let spanish = |path: &str| path == "/es" || path.starts_with("/es/");
    let in_spanish = spanish(start);
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut queue = VecDeque::from([start.to_string()]);
    let mut untranslated = Vec::new();
    let mut others = BTreeSet::new();
    while let Some(uri) = queue.pop_front() {
        let r = app.get(&uri).await;
        assert_eq!(r.status, 200, "{uri}");
        let html = r
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"));
        let path = uri.split('?').next().unwrap_or_default();
        if html && spanish(path) {
            let english = english_in(&visible_text(&r.body));
            if !english.is_empty() {
                untranslated.push(format!("{uri}: {english:?}"));
            }
        }
        if !html || spanish(path) != in_spanish || !followed(&uri) {
            continue;
        }
        for link in links(&r.body) {
            let new: Vec<String> = others_in(&link)
                .into_iter()
                .filter(|o| !others.contains(o))
                .collect();
            if others.len() + new.len() > OTHERS || seen.len() >= LIMIT {
                continue;
            }
            if seen.insert(link.clone()) {
                others.extend(new);
                queue.push_back(link);
            }
        }
    }
    Crawl { seen, untranslated }
}

#[actix_web::test]
async fn every_address_a_page_makes_answers_200() {
    let app = TestApp::real();
    let started = std::time::Instant::now();
    let english = crawl(&app, "/").await;
    eprintln!("english: {} in {:?}", english.seen.len(), started.elapsed());
    let spanish = crawl(&app, "/es").await;
    eprintln!("spanish: {} in {:?}", spanish.seen.len(), started.elapsed());
    for crawl in [&english, &spanish] {
        let found = crawl.seen.len();
        assert!((60..LIMIT).contains(&found), "{found} addresses found");
    }
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
        assert!(
            english.seen.contains(expected),
            "no page links to {expected}"
        );
        let es = format!("/es{expected}");
        assert!(spanish.seen.contains(&es), "no Spanish page links to {es}");
    }
    assert!(
        spanish.untranslated.is_empty(),
        "English words on {} Spanish pages:\n{}",
        spanish.untranslated.len(),
        spanish.untranslated.join("\n")
    );
}
