//! What people type, and the career that must come first (or in the first
//! three). Careers are named by SOC code and their titles read from the
//! BLS wage file, so the table says what a person means, not our slugs.

use crate::common::{TestApp, data_rows};

/// Query, the SOC code of the career meant, and how high it must come
/// (1: first).
const QUERIES: &[(&str, &str, usize)] = &[
    // Own titles and their plurals.
    ("police", "33-3051", 1),
    ("electrician", "47-2111", 1),
    ("electricians", "47-2111", 1),
    ("registered nurse", "29-1141", 1),
    ("plumber", "47-2152", 1),
    ("pharmacist", "29-1051", 1),
    ("dental hygienist", "29-1292", 1),
    ("firefighter", "33-2011", 1),
    ("paralegal", "23-2011", 1),
    ("cashier", "41-2011", 1),
    ("actor", "27-2011", 1),
    ("chef", "35-1011", 1),
    ("veterinarian", "29-1131", 1),
    ("welder", "51-4121", 1),
    ("carpenter", "47-2031", 1),
    ("dentist", "29-1021", 3),
    ("software developer", "15-1252", 1),
    ("web developer", "15-1254", 1),
    ("lawyer", "23-1011", 1),
    ("teacher assistant", "25-9045", 3),
    ("x-ray tech", "29-2034", 1),
    ("physical therapist", "29-1123", 1),
    ("truck driver", "53-3032", 1),
    ("nursing assistant", "31-1131", 1),
    // A word as typed beats another with its stem ("mechanical", "nursing"),
    // and a title naming it only after "Except" comes last.
    ("mechanic", "49-3023", 1),
    ("nurse", "29-1141", 1),
    ("medical", "43-6013", 1),
    // Titles people use.
    ("RN", "29-1141", 1),
    ("LPN", "29-2061", 1),
    ("EMT", "29-2042", 1),
    ("paramedic", "29-2043", 1),
    // A SOC direct-match title.
    ("ceo", "11-1011", 1),
    ("cop", "33-3051", 3),
    ("hairdresser", "39-5012", 1),
    // Typing mistakes, searched as the closest titles' spelling.
    ("electrition", "47-2111", 1),
    ("pharmasist", "29-1051", 1),
    ("plummer", "47-2152", 1),
    // Short forms and everyday words (seed/search-words.toml).
    ("cna", "31-1131", 1),
    ("CNA", "31-1131", 1),
    ("hvac", "49-9021", 1),
    ("cpa", "13-2011", 1),
    ("ux", "15-1255", 1),
    ("vet", "29-1131", 1),
    ("vet tech", "29-2056", 1),
    ("pharmacy tech", "29-2052", 1),
    ("ultrasound tech", "29-2032", 1),
    ("cnc", "51-9161", 3),
    ("lvn", "29-2061", 1),
];

/// A career's title in the BLS wage file, by SOC code.
fn titles() -> std::collections::HashMap<String, String> {
    data_rows("bls-oews-may2025/national.csv")
        .into_iter()
        .map(|r| (r["soc"].clone(), r["title"].clone()))
        .collect()
}

#[actix_web::test]
async fn what_people_type_finds_the_career_they_mean() {
    let app = TestApp::real();
    let titles = titles();
    let mut wrong = Vec::new();
    for (q, soc, within) in QUERIES {
        let title = &titles[*soc];
        let r = app.get(&format!("/search?q={}", q.replace(' ', "+"))).await;
        assert_eq!(r.status, 200, "{q}");
        let careers: Vec<String> = super::group(&r, "careers")
            .into_iter()
            .map(|c| c.split(" · matched: ").next().unwrap_or("").to_string())
            .take(*within)
            .collect();
        if !careers.contains(title) {
            wrong.push(format!(
                "{q}: wanted {title} in the first {within}, got {careers:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[actix_web::test]
async fn a_query_close_to_nothing_says_so_and_offers_other_ways_in() {
    let app = TestApp::real();
    for q in ["youtuber", "zzzzqqq"] {
        let r = app.get(&format!("/search?q={q}")).await;
        assert_eq!(r.status, 200);
        assert!(super::group(&r, "careers").is_empty(), "{q}");
        assert!(r.texts("h2#suggestions + ul li").is_empty(), "{q}");
        let html = r.html();
        let nothing = scraper::Selector::parse("p#nothing-close").unwrap();
        assert!(html.select(&nothing).next().is_some(), "{q}");
        assert!(r.body.contains(r#"href="/careers""#), "{q}");
        assert!(r.body.contains(r#"href="/interests""#), "{q}");
    }
}

#[actix_web::test]
async fn an_own_title_beats_another_careers_alternate_title() {
    let app = TestApp::real();
    let titles = titles();
    // "Police" is an O*NET alternate title of secretaries, who outnumber
    // patrol officers; the officers' own title still comes first.
    let alternates = data_rows("onet/alternate-titles.csv");
    assert!(
        alternates
            .iter()
            .any(|r| r["alternate_title"] == "Police" && r["onet_code"].starts_with("43-6014"))
    );
    let r = app.get("/search?q=police").await;
    assert_eq!(
        super::group(&r, "careers").first(),
        Some(&titles["33-3051"])
    );
}

#[actix_web::test]
async fn among_equal_matches_more_people_employed_comes_first() {
    let app = TestApp::real();
    let employment: std::collections::HashMap<String, u64> =
        data_rows("bls-oews-may2025/national.csv")
            .into_iter()
            .filter_map(|r| Some((r["title"].clone(), r["employment"].parse().ok()?)))
            .collect();
    // Each of the first five holds "nurses" in its own title.
    let r = app.get("/search?q=nurse").await;
    let first: Vec<u64> = super::group(&r, "careers")
        .iter()
        .take(5)
        .map(|t| {
            let title = t.split(" · matched: ").next().unwrap_or("");
            assert!(title.contains("Nurse"), "{title}");
            employment[title]
        })
        .collect();
    assert_eq!(first.len(), 5);
    assert!(first.windows(2).all(|w| w[0] >= w[1]), "{first:?}");
}

#[actix_web::test]
async fn a_misspelt_query_says_what_it_searched_and_offers_the_words_as_typed() {
    let app = TestApp::real();
    let r = app.get("/search?q=plummer").await;
    assert_eq!(r.status, 200);
    let said = r.texts("p#respelt");
    assert_eq!(
        said,
        vec!["Showing results for plumber. Search for “plummer” as typed instead."]
    );
    assert!(
        r.body.contains(r#"href="/search?q=plummer&#38;exact=1""#)
            || r.body.contains(r#"href="/search?q=plummer&amp;exact=1""#)
    );
    let r = app.get("/search?q=plummer&exact=1").await;
    assert_eq!(r.status, 200);
    assert!(r.texts("p#respelt").is_empty());
    let r = app.get("/search?q=plumber").await;
    assert!(r.texts("p#respelt").is_empty());
}
