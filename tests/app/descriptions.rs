//! Our description of every career: loaded and checked by the build, and
//! shown as the opening of the overview, in lists, search, the comparison,
//! the API and the page's head.

use std::collections::HashMap;

use careerguide::seed;

use crate::common::{SeedCopy, TestApp, data_rows, real_seed};

/// A description as the seed has it: (title, text on one line, instead
/// lines as (soc, line)).
type Entry = (String, String, Vec<(String, String)>);

/// Every description in the seed, by SOC code.
fn descriptions() -> HashMap<String, Entry> {
    let mut out = HashMap::new();
    for entry in std::fs::read_dir(real_seed().join("descriptions")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let file: toml::Table = toml::from_str(&text).unwrap();
        for c in file["career"].as_array().unwrap() {
            let get = |k: &str| c[k].as_str().unwrap().to_string();
            let instead = c
                .get("instead")
                .and_then(|i| i.as_array())
                .map(|list| {
                    list.iter()
                        .map(|i| {
                            let s = |k: &str| i[k].as_str().unwrap().to_string();
                            (s("soc"), s("line"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let words = get("description")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            out.insert(get("soc"), (get("title"), words, instead));
        }
    }
    out
}

/// The first sentence, as the lists show it.
fn first(text: &str) -> String {
    careerguide::domain::first_sentence(text).to_string()
}

#[test]
fn every_career_but_the_hand_written_one_has_a_description() {
    let all = descriptions();
    let projections = data_rows("bls-projections-2024-2034/occupations.csv");
    assert_eq!(projections.len(), 832);
    for p in &projections {
        if p["soc"] == "29-2072" {
            assert!(
                !all.contains_key("29-2072"),
                "Medical Coder keeps its own text"
            );
        } else {
            let (_, text, _) = all.get(&p["soc"]).unwrap_or_else(|| panic!("{}", p["soc"]));
            let words = text.split_whitespace().count();
            assert!((20..=120).contains(&words), "{}: {words} words", p["soc"]);
        }
    }
    assert_eq!(all.len(), 831);
}

/// The seed with one description edited is refused, naming the file (or
/// folder) `file`, the field and the code.
fn assert_refused(from: &str, to: &str, file: &str, field: &str, says: &[&str]) {
    let seed = SeedCopy::with_datasets();
    seed.edit_descriptions(from, to);
    let err = seed::load(seed.path()).expect_err("a broken description was accepted");
    let shown = err.to_string();
    assert!(err.file.ends_with(file), "{shown}");
    assert_eq!(err.field, field, "{shown}");
    for s in says {
        assert!(shown.contains(s), "`{s}` not in: {shown}");
    }
}

/// The file that describes `soc`, its name and its text.
fn file_of(soc: &str) -> (String, String) {
    let needle = format!("soc = \"{soc}\"\ntitle");
    std::fs::read_dir(real_seed().join("descriptions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .find(|(_, text)| text.contains(&needle))
        .expect("a file that describes the career")
}

/// `career[N].name` for the entry of `soc` in `text`.
fn field_of(text: &str, soc: &str, name: &str) -> String {
    let at = text.find(&format!("soc = \"{soc}\"\ntitle")).unwrap();
    let n = text[..at].matches("\n[[career]]\n").count() - 1;
    format!("career[{n}].{name}")
}

#[test]
fn the_build_refuses_a_missing_empty_or_stray_description() {
    let (file, text) = file_of("47-2111");
    let head = "soc = \"47-2111\"\ntitle = \"Electricians\"\ndescription = \"\"\"\n";
    let start = text.find(head).unwrap();
    let body_start = start + head.len();
    let body = &text[body_start..body_start + text[body_start..].find("\"\"\"").unwrap()];
    assert_refused(
        body,
        " ",
        &file,
        &field_of(&text, "47-2111", "description"),
        &["47-2111", "is empty", "(line "],
    );
    // A code that is not a career's.
    assert_refused(
        "soc = \"47-2111\"\ntitle",
        "soc = \"47-2110\"\ntitle",
        &file,
        &field_of(&text, "47-2111", "soc"),
        &["47-2110", "is not the code of a career"],
    );
    // The hand-written career keeps its own text.
    assert_refused(
        "soc = \"47-2111\"\ntitle = \"Electricians\"",
        "soc = \"29-2072\"\ntitle = \"Medical Records Specialists\"",
        &file,
        &field_of(&text, "47-2111", "soc"),
        &["29-2072", "hand-written career"],
    );
    // A pointer whose line does not name the career it leads to.
    assert_refused(
        "is a separate career: Security and Fire Alarm Systems Installers.",
        "is a separate career: Plumbers.",
        &file,
        &format!("{}.line", field_of(&text, "47-2111", "instead[0]")),
        &["47-2111", "Security and Fire Alarm Systems Installers"],
    );
    // No entry at all: the folder is named, with the code.
    let entry_start = text[..start].rfind("[[career]]").unwrap();
    let entry_end = start + text[start..].find("[[career]]").unwrap();
    assert_refused(
        &text[entry_start..entry_end],
        "",
        "descriptions",
        "career",
        &["no description for 47-2111"],
    );
}

#[actix_web::test]
async fn the_overview_opens_with_the_description_and_points_elsewhere() {
    let app = TestApp::real();
    let all = descriptions();
    let (_, text, instead) = &all["47-2111"];
    let r = app.get("/careers/electricians").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.texts("main p.lede"), vec![text.clone()]);
    let html = r.html();
    let meta = scraper::Selector::parse("meta[name=description]").unwrap();
    let content = html.select(&meta).next().unwrap().value().attr("content");
    assert_eq!(content, Some(text.as_str()));
    let ld = scraper::Selector::parse("script[type='application/ld+json']").unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&html.select(&ld).next().unwrap().inner_html()).unwrap();
    assert_eq!(json["description"], text.as_str());
    // The pointer: our line, and the other career's title as its link.
    let (soc, line) = &instead[0];
    assert_eq!(r.texts("main p.instead")[0], *line);
    let link = scraper::Selector::parse("main p.instead a").unwrap();
    let href = html
        .select(&link)
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap();
    let other = app.get(&format!("/careers/{soc}")).await;
    assert_eq!(other.header("location"), Some(href));

    // The hand-written career keeps its own text.
    let r = app.get("/careers/medical-coder").await;
    assert!(r.texts("main p.lede")[0].starts_with("Medical coders turn what doctors"));
}

#[actix_web::test]
async fn lists_search_the_comparison_and_the_api_show_it() {
    let app = TestApp::real();
    let all = descriptions();
    let (_, text, _) = &all["47-2111"];
    let line = first(text);
    assert!(
        line.len() < text.len(),
        "a first sentence, not the whole text"
    );

    let r = app.get("/groups/construction-and-extraction").await;
    assert_eq!(r.status, 200);
    assert!(
        r.texts("main tbody th .row-line").contains(&line),
        "group list"
    );
    let r = app.get("/careers?group=construction-and-extraction").await;
    assert!(
        r.texts("main tbody th .row-line").contains(&line),
        "explore list"
    );
    let r = app.get("/search?q=electricians").await;
    assert!(r.texts("ul.results li .row-line").contains(&line), "search");
    let r = app
        .get("/compare?c=electricians&c=plumbers-pipefitters-and-steamfitters")
        .await;
    let row = r
        .texts("table.compare tbody tr")
        .into_iter()
        .find(|t| t.starts_with("What the work is"))
        .expect("a row of what the work is");
    assert!(row.contains(&line), "{row}");

    let r = app.get("/api/v1/careers/electricians").await;
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["description"], text.as_str());
    assert!(
        json["summary"].is_null(),
        "summary stays for hand-written careers"
    );
    // Every career in the API list carries its description, as the seed has it.
    let mut seen = 0;
    for page in 1.. {
        let r = app.get(&format!("/api/v1/careers?page={page}")).await;
        if r.status == 404 {
            break;
        }
        let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        for c in json["careers"].as_array().unwrap() {
            let d = c["description"].as_str().unwrap();
            assert!(!d.is_empty(), "{}", c["slug"]);
            seen += 1;
        }
    }
    assert_eq!(seen, 832);
}
