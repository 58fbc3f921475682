//! The Spanish edition: every page's twin under /es, each naming the
//! other (hreflang, the switch at the top), Spanish search, the API in
//! Spanish, Spanish error pages and the build's refusal of a seed whose
//! Spanish is missing.

use crate::common::{PUBLIC_URL, SeedCopy, TestApp, data_rows, real_seed};

/// English pages and their Spanish twins, with the queries that change
/// what they show.
const PAGES: &[&str] = &[
    "/",
    "/careers",
    "/careers?group=healthcare-support&sort=pay",
    "/interests?first=R",
    "/compare?c=electricians&c=plumbers-pipefitters-and-steamfitters",
    "/compare?c=electricians&c=registered-nurses&state=TX",
    "/search?q=nurse",
    "/a-z",
    "/groups/healthcare-support",
    "/glossary",
    "/about/data",
    "/schools",
    "/institutions/129367",
    "/careers/medical-coder",
    "/careers/medical-coder/training",
    "/careers/medical-coder/salary",
    "/careers/medical-coder/outlook",
    "/careers/medical-coder/sheet",
    "/careers/registered-nurses?state=TX",
    "/careers/registered-nurses/salary?state=TX",
    "/careers/electricians/training?state=TX",
    "/careers/legislators/outlook",
];

/// The Spanish address of an English one.
fn spanish(en: &str) -> String {
    match en.strip_prefix('/') {
        Some("") => "/es".to_string(),
        Some(rest) if rest.starts_with('?') => format!("/es{rest}"),
        _ => format!("/es{en}"),
    }
}

/// The `href` of the first element matching `selector`.
fn href(r: &crate::common::Resp, selector: &str) -> Option<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    r.html()
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr("href").map(str::to_string))
}

/// The `lang` of the page's `<html>`.
fn lang(r: &crate::common::Resp) -> Option<String> {
    let sel = scraper::Selector::parse("html").unwrap();
    r.html()
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr("lang").map(str::to_string))
}

#[actix_web::test]
async fn every_page_has_its_spanish_twin_and_each_points_to_the_other() {
    let app = TestApp::real();
    for en in PAGES {
        let es = spanish(en);
        let re = app.get(en).await;
        let rs = app.get(&es).await;
        assert_eq!(re.status, 200, "{en}");
        assert_eq!(rs.status, 200, "{es}");
        assert_eq!(lang(&re).as_deref(), Some("en"), "{en}");
        assert_eq!(lang(&rs).as_deref(), Some("es"), "{es}");
        // Each names the other's canonical address (which leaves out what
        // does not change the page, such as the state on a training page).
        let abs_en = href(&re, r#"link[rel="canonical"]"#).expect("a canonical link");
        let abs_es = href(&rs, r#"link[rel="canonical"]"#).expect("a canonical link");
        assert_eq!(
            abs_es,
            spanish(&abs_en[PUBLIC_URL.len()..]).replacen("", PUBLIC_URL, 1),
            "{es}"
        );
        for (r, page) in [(&re, en), (&rs, &es.as_str())] {
            assert_eq!(
                href(r, r#"link[rel="alternate"][hreflang="en"]"#).as_deref(),
                Some(abs_en.as_str()),
                "{page}: hreflang en"
            );
            assert_eq!(
                href(r, r#"link[rel="alternate"][hreflang="es"]"#).as_deref(),
                Some(abs_es.as_str()),
                "{page}: hreflang es"
            );
            assert_eq!(
                href(r, r#"link[rel="alternate"][hreflang="x-default"]"#).as_deref(),
                Some(abs_en.as_str()),
                "{page}: x-default"
            );
        }
        // The switch at the top keeps the query (state, filters, careers).
        assert_eq!(
            href(&re, r#".lang-switch a[hreflang="es"]"#).as_deref(),
            Some(es.as_str()),
            "{en}: switch"
        );
        assert_eq!(
            href(&rs, r#".lang-switch a[hreflang="en"]"#).as_deref(),
            Some(*en),
            "{es}: switch"
        );
        assert_eq!(re.texts(".lang-switch a"), ["Español"], "{en}");
        assert_eq!(rs.texts(".lang-switch a"), ["English"], "{es}");
    }
}

#[actix_web::test]
async fn spanish_pages_link_within_the_spanish_edition() {
    let app = TestApp::real();
    let r = app.get("/es/careers/registered-nurses?state=TX").await;
    assert_eq!(r.status, 200);
    let sel = scraper::Selector::parse("main a[href^='/']").unwrap();
    let english: Vec<String> = r
        .html()
        .select(&sel)
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| !h.starts_with("/es") && !h.starts_with("/static/") && !h.starts_with("/api/"))
        .map(str::to_string)
        .collect();
    assert!(
        english.is_empty(),
        "English links on a Spanish page: {english:?}"
    );
    assert!(
        r.body
            .contains("href=\"/es/careers/registered-nurses/salary?state=TX\"")
    );
}

#[actix_web::test]
async fn the_spanish_edition_shows_our_spanish_texts() {
    let app = TestApp::real();
    let r = app.get("/es/careers/electricians").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("h1"), ["Electricistas"]);
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/es/descriptions/43-49.toml"),
    )
    .expect("the Spanish descriptions");
    let lede = r.texts("p.lede").join(" ");
    assert!(lede.len() > 80 && seed.contains(&lede[..60]), "{lede}");
    let r = app.get("/es/careers/medical-coder").await;
    assert_eq!(r.texts("h1"), ["Codificador médico"]);
    let r = app.get("/es/glossary").await;
    assert!(r.body.contains("Mediana"), "the glossary in Spanish");
}

#[actix_web::test]
async fn error_pages_speak_the_language_of_the_address() {
    let app = TestApp::real();
    let r = app.get("/es/careers/no-such-career").await;
    assert_eq!(r.status, 404);
    assert_eq!(lang(&r).as_deref(), Some("es"));
    assert!(
        r.texts("h1")[0].contains("No encontramos"),
        "{:?}",
        r.texts("h1")
    );
    let r = app.get("/es/careers/electricians?state=ZZZ").await;
    assert_eq!(r.status, 400);
    assert_eq!(lang(&r).as_deref(), Some("es"));
    assert!(
        r.body.contains("<code>state=</code>"),
        "names the parameter"
    );
    let r = app.get("/es/no-such-page").await;
    assert_eq!(r.status, 404);
    assert_eq!(lang(&r).as_deref(), Some("es"));
    // The Spanish home has no slash, like every address of the site.
    let r = app.get("/es/").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/es"));
}

/// What Spanish speakers type, and the career (by slug) that must come
/// first among the careers found (or within the first three).
const QUERIES: &[(&str, &str, usize)] = &[
    ("electricista", "electricians", 1),
    ("electricistas", "electricians", 1),
    ("enfermera", "registered-nurses", 1),
    ("enfermeras", "registered-nurses", 1),
    ("enfermero", "registered-nurses", 1),
    ("plomero", "plumbers-pipefitters-and-steamfitters", 3),
    (
        "mecánico",
        "automotive-service-technicians-and-mechanics",
        3,
    ),
    (
        "mecanico de autos",
        "automotive-service-technicians-and-mechanics",
        1,
    ),
    ("contador", "accountants-and-auditors", 1),
    ("abogado", "lawyers", 1),
    ("dentista", "dentists-general", 1),
    ("veterinario", "veterinarians", 1),
    ("carpintero", "carpenters", 1),
    ("bombero", "firefighters", 1),
    ("cajero", "cashiers", 1),
    ("mesero", "waiters-and-waitresses", 3),
    ("camionero", "heavy-and-tractor-trailer-truck-drivers", 1),
    ("soldador", "welders-cutters-solderers-and-brazers", 3),
    ("paramédico", "paramedics", 1),
    ("programador", "computer-programmers", 1),
    (
        "maestra de primaria",
        "elementary-school-teachers-except-special-education",
        1,
    ),
    ("codificador médico", "medical-coder", 1),
    ("policía", "police-and-sheriff-s-patrol-officers", 3),
    ("fisioterapeuta", "physical-therapists", 1),
    // English titles and short forms still find the career.
    ("nurse", "registered-nurses", 1),
    ("RN", "registered-nurses", 1),
];

#[actix_web::test]
async fn spanish_search_finds_the_career_a_spanish_speaker_means() {
    let app = TestApp::real();
    let careers = scraper::Selector::parse("h2#careers ~ ul.results li a").unwrap();
    let mut wrong = Vec::new();
    for (q, slug, within) in QUERIES {
        let encoded: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let uri = format!("/es/search?q={encoded}");
        let r = app.get(&uri).await;
        assert_eq!(r.status, 200, "{q}");
        let found: Vec<String> = r
            .html()
            .select(&careers)
            .filter_map(|a| a.value().attr("href"))
            .filter_map(|h| h.strip_prefix("/es/careers/"))
            .map(|h| h.split(['/', '?', '#']).next().unwrap_or("").to_string())
            .fold(Vec::new(), |mut v, s| {
                if !v.contains(&s) {
                    v.push(s);
                }
                v
            });
        if !found.iter().take(*within).any(|s| s == slug) {
            wrong.push(format!(
                "{q}: wanted {slug} in the first {within}, got {:?}",
                &found[..found.len().min(5)]
            ));
        }
    }
    assert!(QUERIES.len() >= 20);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[actix_web::test]
async fn the_api_gives_titles_and_descriptions_in_spanish_when_asked() {
    let app = TestApp::real();
    let r = app.get("/api/v1/careers/electricians?lang=es").await;
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("JSON");
    assert_eq!(v["title"], "Electricistas");
    assert_eq!(v["url"], format!("{PUBLIC_URL}/es/careers/electricians"));
    let en: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/careers/electricians").await.body).expect("JSON");
    assert_eq!(en["title"], "Electricians");
    assert_ne!(v["description"], en["description"]);
    // The figures are the same in both languages (the BLS categories are
    // in Spanish).
    for figure in ["annual", "employment", "states", "change", "percent_change"] {
        assert_eq!(v["current"][figure], en["current"][figure], "{figure}");
    }
    let list: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/careers?lang=es").await.body).expect("JSON");
    assert!(
        list["careers"][0]["url"]
            .as_str()
            .unwrap_or("")
            .contains("/es/careers/")
    );
    let r = app.get("/api/v1/careers/electricians?lang=fr").await;
    assert_eq!(r.status, 400);
    let e: serde_json::Value = serde_json::from_str(&r.body).expect("JSON");
    assert_eq!(e["parameter"], "lang");
}

#[actix_web::test]
async fn csv_downloads_from_spanish_pages_have_spanish_headings() {
    let app = TestApp::real();
    for (en, es) in [
        (
            "/careers/registered-nurses/pay-by-state.csv",
            "/es/careers/registered-nurses/pay-by-state.csv",
        ),
        (
            "/careers.csv?group=healthcare-support",
            "/es/careers.csv?group=healthcare-support",
        ),
    ] {
        let (re, rs) = (app.get(en).await, app.get(es).await);
        assert_eq!((re.status, rs.status), (200, 200), "{es}");
        let (he, hs) = (
            re.body.lines().next().unwrap_or_default().to_string(),
            rs.body.lines().next().unwrap_or_default().to_string(),
        );
        assert_ne!(he, hs, "{es} has the English headings");
        assert_eq!(
            re.body.lines().count(),
            rs.body.lines().count(),
            "{es}: same rows"
        );
    }
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

#[test]
fn a_career_without_its_spanish_is_refused_by_name() {
    let seed = SeedCopy::with_datasets();
    copy_tree(&real_seed().join("es"), &seed.path().join("es"));
    careerguide::seed::load(seed.path()).expect("the Spanish seed loads whole");
    let path = seed.path().join("es/descriptions/43-49.toml");
    let text = std::fs::read_to_string(&path).expect("the Spanish descriptions");
    let start = text.find("soc = \"47-2111\"").expect("electricians");
    let entry_start = text[..start].rfind("[[career]]").expect("its entry");
    let entry_end = text[start..]
        .find("[[career]]")
        .map_or(text.len(), |n| start + n);
    std::fs::write(
        &path,
        format!("{}{}", &text[..entry_start], &text[entry_end..]),
    )
    .expect("write");
    let err = careerguide::seed::load(seed.path()).expect_err("refused");
    let shown = err.to_string();
    assert!(
        shown.contains("47-2111") && shown.contains("es/descriptions"),
        "{shown}"
    );
}

#[test]
fn the_spanish_seed_translates_every_career_once() {
    let rows = data_rows("bls-projections-2024-2034/occupations.csv");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/es/descriptions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("the folder") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a file");
        count += text.matches("[[career]]").count();
    }
    // One projected occupation (29-2072) is the hand-written Medical Coder.
    assert_eq!(count + 1, rows.len());
}
