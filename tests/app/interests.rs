//! `/interests`: careers found from what a student likes doing, ranked by
//! O*NET's interest profiles and checked against the Interests file; every
//! bad parameter is a 400 that names it and keeps the form; a student gets
//! from the question to a comparison of three careers by links alone.

use std::collections::HashMap;

use crate::common::{TestApp, csv_table, data_rows};

const LETTERS: [&str; 6] = ["R", "I", "A", "S", "E", "C"];
const NAMES: [&str; 6] = [
    "Realistic",
    "Investigative",
    "Artistic",
    "Social",
    "Enterprising",
    "Conventional",
];

/// Each O*NET occupation's high points from the Interests file, as area
/// names, first first.
fn high_points() -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, [Option<String>; 3]> = HashMap::new();
    for r in data_rows("onet/interests.csv") {
        if r["scale_id"] != "IH" {
            continue;
        }
        let rank = match r["element_id"].as_str() {
            "1.B.1.g" => 0,
            "1.B.1.h" => 1,
            _ => 2,
        };
        let n: usize = r["data_value"].parse().unwrap();
        if n > 0 {
            out.entry(r["onet_code"].clone()).or_default()[rank] = Some(NAMES[n - 1].to_string());
        }
    }
    out.into_iter()
        .map(|(k, v)| (k, v.into_iter().flatten().collect()))
        .collect()
}

fn points(row: &HashMap<String, String>) -> Vec<String> {
    row["Interest high points (O*NET)"]
        .split(", ")
        .map(String::from)
        .collect()
}

#[actix_web::test]
async fn careers_whose_high_points_follow_the_choices_in_order_rank_first() {
    let app = TestApp::real();
    let rows = csv_table(&app, "/interests.csv?first=C&second=I").await;
    let file = high_points();
    // Careers whose O*NET occupation is their SOC code's `.00` carry that
    // occupation's high points, as the file gives them.
    let mut checked = 0;
    for r in &rows {
        if let Some(p) = file.get(&format!("{}.00", r["SOC code"])) {
            assert_eq!(&points(r), p, "{}", r["Career"]);
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} careers checked against the file");
    // Every career listed has Conventional or Investigative as a high point.
    for r in &rows {
        let p = points(r);
        assert!(
            p.iter()
                .any(|x| x == "Conventional" || x == "Investigative"),
            "{}: {p:?}",
            r["Career"]
        );
    }
    let rank_of = |pred: &dyn Fn(&[String]) -> bool| -> Vec<usize> {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| pred(&points(r)))
            .map(|(i, _)| i)
            .collect()
    };
    let c_then_i = rank_of(&|p| p.len() >= 2 && p[0] == "Conventional" && p[1] == "Investigative");
    let c_not_i = rank_of(&|p| {
        p[0] == "Conventional" && p.get(1).map(String::as_str) != Some("Investigative")
    });
    assert!(!c_then_i.is_empty() && !c_not_i.is_empty());
    assert!(
        c_then_i.iter().max() < c_not_i.iter().min(),
        "every C-then-I career ranks above every career that is C first but not I second"
    );
    // Medical Coder (O*NET 29-2072.00: Conventional, then Investigative)
    // is in the first group.
    let coder = rows
        .iter()
        .position(|r| r["Career"] == "Medical Coder")
        .unwrap();
    assert!(c_then_i.contains(&coder));
    // Within the first group, ties go to the higher sum of the two scores.
    let sum = |r: &HashMap<String, String>| -> f64 {
        r["Conventional score (1-7, O*NET)"].parse::<f64>().unwrap()
            + r["Investigative score (1-7, O*NET)"]
                .parse::<f64>()
                .unwrap()
    };
    for w in c_then_i.windows(2) {
        assert!(sum(&rows[w[0]]) >= sum(&rows[w[1]]), "{w:?}");
    }
    // The page shows the same order, fifty at a time.
    let r = app.get("/interests?first=C&second=I").await;
    assert_eq!(r.status, 200);
    let titles = r.texts("main table tbody th > a");
    assert_eq!(titles.len(), 50.min(rows.len()));
    let expected: Vec<String> = rows.iter().take(50).map(|r| r["Career"].clone()).collect();
    assert_eq!(titles, expected);
    let caption = r.texts("main table caption").join(" ");
    assert!(
        caption.starts_with(&format!("{} careers", rows.len())),
        "{caption}"
    );
    assert!(
        r.texts(".note")
            .join(" ")
            .contains("How the list is ordered")
    );
    // Nothing is stored about the student.
    assert_eq!(r.header("set-cookie"), None);
    // The second page goes on where the first stopped and counts the same
    // total; a page past the last is not found.
    let r = app.get("/interests?first=C&second=I&page=2").await;
    assert_eq!(r.status, 200);
    let titles = r.texts("main table tbody th > a");
    let expected: Vec<String> = rows
        .iter()
        .skip(50)
        .take(50)
        .map(|r| r["Career"].clone())
        .collect();
    assert_eq!(titles, expected);
    let caption = r.texts("main table caption").join(" ");
    assert!(
        caption.starts_with(&format!("{} careers", rows.len())),
        "{caption}"
    );
    let past = rows.len().div_ceil(50) + 1;
    let r = app
        .get(&format!("/interests?first=C&second=I&page={past}"))
        .await;
    assert_eq!(r.status, 404, "page {past}");
}

#[actix_web::test]
async fn the_job_zone_filter_keeps_only_that_zone() {
    let app = TestApp::real();
    let all = csv_table(&app, "/interests.csv?first=R").await;
    let zone2 = csv_table(&app, "/interests.csv?first=R&zone=2").await;
    assert!(!zone2.is_empty() && zone2.len() < all.len());
    assert!(zone2.iter().all(|r| r["Job zone"] == "2"));
    let in_zone: Vec<&String> = all
        .iter()
        .filter(|r| r["Job zone"] == "2")
        .map(|r| &r["Career"])
        .collect();
    let kept: Vec<&String> = zone2.iter().map(|r| &r["Career"]).collect();
    assert_eq!(kept, in_zone, "the same careers in the same order");
    // The zone agrees with the O*NET occupations file.
    let zones: HashMap<String, String> = data_rows("onet/occupations.csv")
        .into_iter()
        .map(|r| (r["onet_code"].clone(), r["job_zone"].clone()))
        .collect();
    for r in &zone2 {
        if let Some(z) = zones.get(&format!("{}.00", r["SOC code"]))
            && !z.is_empty()
        {
            assert_eq!(z, "2", "{}", r["Career"]);
        }
    }
    let r = app.get("/interests?first=R&zone=2").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains(r#"<option value="2" selected>"#));
    assert!(r.texts("#results ~ p").join(" ").contains("job zone 2"));
}

#[actix_web::test]
async fn the_overview_shows_the_interest_profile() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder").await;
    assert_eq!(r.status, 200);
    let section = r.texts("#interests ~ p").join(" ");
    assert!(
        section.contains("draws most on Conventional and Investigative interests"),
        "{section}"
    );
    // Each high point links to the careers that share it first.
    assert!(
        r.body
            .contains(r#"<a href="/interests?first=C">Conventional</a>"#)
    );
    assert!(
        r.body
            .contains(r#"<a href="/interests?first=I">Investigative</a>"#)
    );
    assert!(r.body.contains(r#"href="/interests?first=C&#38;second=I""#));
    // The six scores, from the file, in a table and a chart.
    let scores: HashMap<String, String> = data_rows("onet/interests.csv")
        .into_iter()
        .filter(|r| r["onet_code"] == "29-2072.00" && r["scale_id"] == "OI")
        .map(|r| (r["element"].clone(), r["data_value"].clone()))
        .collect();
    let rows = r.texts("section[aria-labelledby=interests] tbody tr");
    assert_eq!(rows.len(), 6);
    for (row, name) in rows.iter().zip(NAMES) {
        let v: f64 = scores[name].parse().unwrap();
        assert!(row.starts_with(&format!("{name} {v:.2}")), "{row}");
    }
    assert!(rows[5].ends_with("first"), "{}", rows[5]);
    assert!(rows[1].ends_with("second"), "{}", rows[1]);
    assert_eq!(
        r.texts("section[aria-labelledby=interests] svg rect.bar")
            .len(),
        6
    );
    let quick = r.texts(".facts tr").join(" | ");
    assert!(
        quick.contains("Strongest interests Conventional and Investigative"),
        "{quick}"
    );
    // The API carries the profile too.
    let api = app.get("/api/v1/careers/medical-coder").await;
    assert!(
        api.body
            .contains(r#""high_points":["Conventional","Investigative"]"#),
        "{}",
        api.body
    );
    assert!(
        api.body
            .contains(r#""letter":"C","area":"Conventional","score":"6.95""#)
    );
    // A generated career has one too; its source is O*NET 30.2.
    let r = app.get("/careers/registered-nurses").await;
    assert!(r.texts("#interests").len() == 1);
    assert!(
        r.texts(".sources li")
            .join(" ")
            .contains("O*NET Database, 30.2")
    );
}

#[actix_web::test]
async fn each_bad_parameter_is_a_400_that_names_it_and_keeps_the_form() {
    let app = TestApp::real();
    for (query, name, says) in [
        ("first=X&zone=3", "first", "is not an interest area"),
        (
            "first=C&second=Q&zone=3",
            "second",
            "is not an interest area",
        ),
        (
            "first=C&second=C&zone=3",
            "second",
            "already your first choice",
        ),
        (
            "first=C&second=I&third=C&zone=3",
            "third",
            "already your first choice",
        ),
        ("second=I&zone=3", "second", "needs a first"),
        ("first=C&third=I&zone=3", "third", "needs a second"),
        ("first=C&zone=6", "zone", "is not a job zone"),
        ("first=C&zone=two", "zone", "is not a job zone"),
        ("first=C&zone=3&page=0", "page", "page"),
        ("first=C&zone=3&c=no-such-career", "c", "is not a career"),
    ] {
        let uri = format!("/interests?{query}");
        let r = app.get(&uri).await;
        assert_eq!(r.status, 400, "{uri}");
        let alert = r.texts("[role=alert]").join(" ");
        assert!(alert.contains(&format!("{name}=")), "{uri}: {alert}");
        assert!(alert.contains(says), "{uri}: {alert}");
        // The rest of the form is kept.
        if name != "zone" {
            assert!(r.body.contains(r#"<option value="3" selected>"#), "{uri}");
        }
        if query.starts_with("first=C") {
            assert!(r.body.contains(r#"<option value="C" selected>"#), "{uri}");
        }
        assert!(
            r.texts("main table").is_empty(),
            "{uri}: no results under a 400"
        );
        // The download answers the same.
        let r = app.get(&format!("/interests.csv?{query}")).await;
        if name != "c" {
            assert_eq!(r.status, 400, "csv {uri}");
            assert!(r.body.contains(&format!("{name}=")), "{}", r.body);
        }
    }
    // A page past the last is a 404 that says how many there are.
    let r = app
        .get("/interests?first=A&second=R&third=C&zone=1&page=40")
        .await;
    assert_eq!(r.status, 404);
    // Lower-case letters are read as the same areas.
    let r = app.get("/interests?first=c").await;
    assert_eq!(r.status, 200);
}

#[actix_web::test]
async fn the_explainer_has_every_area_in_our_words() {
    let app = TestApp::real();
    let r = app.get("/interests").await;
    assert_eq!(r.status, 200);
    let areas = r.texts(".areas > li h3");
    assert_eq!(areas.len(), 6);
    for (h, (name, letter)) in areas.iter().zip(NAMES.iter().zip(LETTERS)) {
        assert!(h.starts_with(&format!("{name} ({letter})")), "{h}");
        assert!(
            r.body
                .contains(&format!(r#"href="/interests?first={letter}""#)),
            "{letter}"
        );
    }
    assert!(r.texts(".areas li li").len() >= 18, "everyday activities");
    // The job zones in words.
    assert!(r.body.contains("1: little or no preparation"));
    assert!(r.body.contains("5: extensive preparation"));
    // No results until an area is chosen; the O*NET line word for word.
    assert!(r.texts("main table").is_empty());
    assert!(r.texts("p.attribution").contains(&"This site incorporates information from O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.".to_string()));
    // The home page and every page's navigation lead here.
    let home = app.get("/").await;
    assert!(home.body.contains(r#"href="/interests""#));
}

/// The first link in `body` whose text is `text` (or starts with it).
fn link(r: &crate::common::Resp, text: &str) -> String {
    let html = r.html();
    let a = scraper::Selector::parse("main a").unwrap();
    html.select(&a)
        .find(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .starts_with(text)
        })
        .and_then(|e| e.value().attr("href"))
        .unwrap_or_else(|| panic!("no link “{text}”"))
        .to_string()
}

#[actix_web::test]
async fn links_alone_lead_from_the_question_to_a_comparison_of_three() {
    let app = TestApp::real();
    let r = app.get("/interests").await;
    let href = link(&r, "Careers for Conventional interests");
    let r = app.get(&href).await;
    assert_eq!(r.status, 200, "{href}");
    let href = link(&r, "Investigative");
    assert_eq!(href, "/interests?first=C&second=I");
    let mut r = app.get(&href).await;
    let titles = r.texts("main table tbody th > a");
    for title in titles.iter().take(3) {
        let href = link(&r, &format!("Keep {title}"));
        r = app.get(&href).await;
        assert_eq!(r.status, 200, "{href}");
    }
    let kept = r.texts(".kept li");
    assert_eq!(kept.len(), 3, "{kept:?}");
    let href = link(&r, "Compare these three careers");
    let r = app.get(&href).await;
    assert_eq!(r.status, 200, "{href}");
    let columns = r.texts("table.compare thead th a");
    assert_eq!(columns, titles[..3].to_vec());
    let interests = r.texts("table.compare tr").join(" | ");
    assert!(
        interests.contains("Strongest interests Conventional, Investigative"),
        "{interests}"
    );
    // A kept career can be let go again by its link.
    let r = app
        .get(&href.replace("/compare?", "/interests?first=C&second=I&"))
        .await;
    assert_eq!(r.status, 200);
    let remove = link(&r, "Remove");
    let r = app.get(&remove).await;
    assert_eq!(r.texts(".kept li").len(), 2);
}
