//! What people type, and the career that must come first (or in the first
//! three). Careers are named by SOC code and their titles read from the
//! BLS wage file, so the table says what a person means, not our slugs.

use crate::common::{TestApp, data_rows};

/// Query, the SOC code of the career meant, and how high it must come
/// (1: first).
/// What a query must find.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// A career, by SOC code, among the careers found by title.
    Career(&'static str),
    /// A career, by SOC code, in the first group of careers that use the
    /// software or skill named.
    Uses(&'static str),
    /// A College Scorecard institution, by unit id, among the schools.
    School(&'static str),
}
use Want::{Career, School, Uses};

const QUERIES: &[(&str, Want, usize)] = &[
    // Own titles and their plurals.
    ("police", Career("33-3051"), 1),
    ("electrician", Career("47-2111"), 1),
    ("electricians", Career("47-2111"), 1),
    ("registered nurse", Career("29-1141"), 1),
    ("plumber", Career("47-2152"), 1),
    ("pharmacist", Career("29-1051"), 1),
    ("dental hygienist", Career("29-1292"), 1),
    ("firefighter", Career("33-2011"), 1),
    ("paralegal", Career("23-2011"), 1),
    ("cashier", Career("41-2011"), 1),
    ("actor", Career("27-2011"), 1),
    ("chef", Career("35-1011"), 1),
    ("veterinarian", Career("29-1131"), 1),
    ("welder", Career("51-4121"), 1),
    ("carpenter", Career("47-2031"), 1),
    ("dentist", Career("29-1021"), 3),
    ("software developer", Career("15-1252"), 1),
    ("web developer", Career("15-1254"), 1),
    ("lawyer", Career("23-1011"), 1),
    ("teacher assistant", Career("25-9045"), 3),
    ("x-ray tech", Career("29-2034"), 1),
    ("physical therapist", Career("29-1123"), 1),
    ("truck driver", Career("53-3032"), 1),
    ("nursing assistant", Career("31-1131"), 1),
    // A word as typed beats another with its stem ("mechanical", "nursing"),
    // and a title naming it only after "Except" comes last.
    ("mechanic", Career("49-3023"), 1),
    ("nurse", Career("29-1141"), 1),
    ("medical", Career("43-6013"), 1),
    // Titles people use.
    ("RN", Career("29-1141"), 1),
    ("LPN", Career("29-2061"), 1),
    ("EMT", Career("29-2042"), 1),
    ("paramedic", Career("29-2043"), 1),
    // A SOC direct-match title.
    ("ceo", Career("11-1011"), 1),
    ("cop", Career("33-3051"), 3),
    ("hairdresser", Career("39-5012"), 1),
    // Typing mistakes, searched as the closest titles' spelling.
    ("electrition", Career("47-2111"), 1),
    ("pharmasist", Career("29-1051"), 1),
    ("plummer", Career("47-2152"), 1),
    // Short forms and everyday words (seed/search-words.toml).
    ("cna", Career("31-1131"), 1),
    ("CNA", Career("31-1131"), 1),
    ("hvac", Career("49-9021"), 1),
    ("cpa", Career("13-2011"), 1),
    ("ux", Career("15-1255"), 1),
    ("vet", Career("29-1131"), 1),
    ("vet tech", Career("29-2056"), 1),
    ("pharmacy tech", Career("29-2052"), 1),
    ("ultrasound tech", Career("29-2032"), 1),
    ("cnc", Career("51-9161"), 3),
    ("lvn", Career("29-2061"), 1),
    // Software, skills and knowledge: the first career of the first group
    // of careers that use it.
    ("python", Uses("15-1252"), 1),
    ("microsoft excel", Uses("11-1021"), 3),
    ("autocad", Uses("17-2051"), 3),
    ("mathematics", Career("25-1022"), 1),
    // Schools: the College Scorecard institution, by unit id.
    ("goodwin", School("129154"), 1),
    ("east hartford", School("130396"), 3),
    ("university of bridgeport", School("128744"), 1),
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
    let institutions: std::collections::HashMap<String, String> =
        data_rows("college-scorecard-2026-06/programs.csv.gz")
            .into_iter()
            .map(|r| (r["unitid"].clone(), r["inst_name"].clone()))
            .collect();
    let mut wrong = Vec::new();
    for (q, want, within) in QUERIES {
        let r = app.get(&format!("/search?q={}", q.replace(' ', "+"))).await;
        assert_eq!(r.status, 200, "{q}");
        let (wanted, found): (String, Vec<String>) = match want {
            Career(soc) | Uses(soc) => {
                let group = if matches!(want, Uses(_)) {
                    "uses-1"
                } else {
                    "careers"
                };
                (
                    titles[*soc].clone(),
                    super::group(&r, group)
                        .into_iter()
                        .map(|c| {
                            let c = c.split(" · matched: ").next().unwrap_or("");
                            c.split(" · ").next().unwrap_or("").to_string()
                        })
                        .collect(),
                )
            }
            School(unitid) => {
                let href = format!("/institutions/{unitid}");
                let links = scraper::Selector::parse("h2#schools ~ ul.results li a").unwrap();
                (
                    format!("{} ({href})", institutions[*unitid]),
                    r.html()
                        .select(&links)
                        .map(|a| {
                            let text = a.text().collect::<String>();
                            let name = text.split(", ").next().unwrap_or("").to_string();
                            format!("{name} ({})", a.value().attr("href").unwrap_or(""))
                        })
                        .collect(),
                )
            }
        };
        let first: Vec<String> = found.into_iter().take(*within).collect();
        if !first.contains(&wanted) {
            wrong.push(format!(
                "{q}: wanted {wanted} in the first {within}, got {first:?}"
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
