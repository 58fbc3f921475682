//! "What it takes" (O*NET 29.3): for sampled careers, the skills,
//! knowledge, work styles and work values shown are the top ones of the
//! data files with their published scores; values O*NET recommends
//! suppressing never appear as figures; every element links to its
//! explanation in the glossary; the attribution names 29.3; the page stays
//! within its size budget.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use crate::common::{TestApp, data_rows, real_seed};

type Row = HashMap<String, String>;

/// Rows of an O*NET 29.3 file by occupation code, in file order.
fn by_code(file: &str) -> HashMap<String, Vec<Row>> {
    let mut out: HashMap<String, Vec<Row>> = HashMap::new();
    for r in data_rows(&format!("onet-29.3/{file}")) {
        out.entry(r["onet_code"].clone()).or_default().push(r);
    }
    out
}

fn suppressed(r: &Row, column: &str) -> bool {
    r.get(column).is_some_and(|v| v == "Y")
}

/// Score text as a number, for ordering.
fn num(s: &str) -> f64 {
    s.parse().unwrap()
}

/// The top rows the page must show: not suppressed, at least `least`,
/// the highest first (ties in file order), at most `n`.
fn top(rows: &[Row], column: &str, least: f64, n: usize) -> Vec<Row> {
    let mut list: Vec<Row> = rows
        .iter()
        .filter(|r| !suppressed(r, "importance_suppress") && num(&r[column]) >= least)
        .cloned()
        .collect();
    list.sort_by(|a, b| num(&b[column]).partial_cmp(&num(&a[column])).unwrap());
    list.truncate(n);
    list
}

/// The body rows of the table whose caption starts with `caption`: each
/// row's header and cells as text.
fn table(html: &scraper::Html, caption: &str) -> Option<Vec<Vec<String>>> {
    let tables = scraper::Selector::parse("table").unwrap();
    let cap = scraper::Selector::parse("caption").unwrap();
    let tr = scraper::Selector::parse("tbody tr").unwrap();
    let cell = scraper::Selector::parse("th, td").unwrap();
    let text = |e: scraper::ElementRef<'_>| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&tables)
        .find(|t| {
            t.select(&cap)
                .next()
                .is_some_and(|c| text(c).starts_with(caption))
        })
        .map(|t| {
            t.select(&tr)
                .map(|r| r.select(&cell).map(text).collect())
                .collect()
        })
}

/// The O*NET occupation the page's profile names, from its source line.
fn profile_code(r: &crate::common::Resp) -> Option<String> {
    let line = r
        .texts("p.source-line")
        .into_iter()
        .find(|l| l.contains("O*NET 29.3"))?;
    let start = line.find("Profile of the O*NET occupation ")?;
    let code = line[start..].split(", O*NET 29.3").next()?;
    let code = code.rsplit_once('(')?.1.trim_end_matches(')');
    Some(code.to_string())
}

/// The career page an O*NET code leads to.
async fn page_of(app: &TestApp, code: &str) -> String {
    let r = app.get(&format!("/careers/{code}")).await;
    assert_eq!(r.status, 301, "/careers/{code}");
    r.header("location").unwrap().to_string()
}

/// Codes to check: three well-known careers, every 40th occupation in the
/// skills file, and those with a suppressed value among the values shown.
fn sample(
    skills: &HashMap<String, Vec<Row>>,
    knowledge: &HashMap<String, Vec<Row>>,
) -> Vec<String> {
    let mut codes: Vec<String> = ["29-1141.00", "47-2111.00", "29-1292.00"]
        .map(String::from)
        .into_iter()
        .filter(|c| skills.contains_key(c))
        .collect();
    assert_eq!(codes.len(), 3);
    let mut all: Vec<&String> = skills.keys().collect();
    all.sort();
    codes.extend(all.iter().step_by(40).map(|c| (*c).clone()));
    let mut with_level_out: Vec<&String> = (skills.iter().chain(knowledge))
        .filter(|(_, rows)| {
            top(rows, "importance", 3.0, 8)
                .iter()
                .any(|r| suppressed(r, "level_suppress"))
        })
        .map(|(c, _)| c)
        .collect();
    with_level_out.sort();
    codes.extend(with_level_out.into_iter().take(10).cloned());
    let mut with_importance_out: Vec<&String> = knowledge
        .iter()
        .filter(|(_, rows)| rows.iter().any(|r| suppressed(r, "importance_suppress")))
        .map(|(c, _)| c)
        .collect();
    with_importance_out.sort();
    codes.extend(with_importance_out.into_iter().take(10).cloned());
    codes
}

/// Checks one kind's table against the file's rows.
fn check_rated(page: &str, rows: Option<Vec<Vec<String>>>, expected: &[Row], leveled: bool) {
    let rows = rows.unwrap_or_default();
    assert_eq!(rows.len(), expected.len(), "{page}: {rows:?}");
    for (shown, want) in rows.iter().zip(expected) {
        assert_eq!(shown[0], want["element"], "{page}");
        assert_eq!(shown[1], want["importance"], "{page}: {}", want["element"]);
        if leveled {
            let level = if suppressed(want, "level_suppress") {
                "not shown"
            } else {
                want["level"].as_str()
            };
            assert_eq!(shown[2], level, "{page}: {}", want["element"]);
        }
        let explanation = shown.last().unwrap();
        assert!(explanation.len() > 20, "{page}: {shown:?}");
    }
}

#[actix_web::test]
async fn careers_show_the_top_ratings_of_their_occupation_as_published() {
    let app = TestApp::real();
    let skills = by_code("skills.csv");
    let knowledge = by_code("knowledge.csv");
    let styles = by_code("work-styles.csv");
    let values = by_code("work-values.csv");
    let rated = |code: &str| skills.contains_key(code) || values.contains_key(code);
    let mut checked = 0;
    let (mut level_out_seen, mut importance_out_seen) = (0, 0);
    for code in sample(&skills, &knowledge) {
        let page = page_of(&app, &code).await;
        let r = app.get(&page).await;
        assert_eq!(r.status, 200, "{page}");
        let shown = profile_code(&r).unwrap_or_else(|| panic!("{page} names no profile"));
        assert!(rated(&shown), "{page} shows {shown}, which has no ratings");
        if shown != code || !skills.contains_key(&code) {
            // The career's first O*NET occupation with data is another.
            continue;
        }
        checked += 1;
        let html = r.html();
        let s_top = top(&skills[&code], "importance", 3.0, 8);
        check_rated(&page, table(&html, "Skills:"), &s_top, true);
        let k_top = top(&knowledge[&code], "importance", 3.0, 8);
        check_rated(&page, table(&html, "Knowledge:"), &k_top, true);
        if (s_top.iter().chain(&k_top)).any(|r| suppressed(r, "level_suppress")) {
            level_out_seen += 1;
            assert!(r.body.contains("advises against relying on"), "{page}");
        }
        let importance_out = knowledge[&code]
            .iter()
            .filter(|r| suppressed(r, "importance_suppress"))
            .count();
        if importance_out > 0 {
            importance_out_seen += 1;
            let notes = r.texts("p.note").join(" ");
            assert!(
                notes.contains("importance rating") && notes.contains("knowledge area"),
                "{page}: {notes}"
            );
        }
        check_rated(
            &page,
            table(&html, "Work styles"),
            &top(&styles[&code], "importance", 0.0, 5),
            false,
        );
        if let Some(v) = values.get(&code) {
            let mut extents: Vec<(String, String)> = v
                .iter()
                .filter(|r| r["scale"] == "EX")
                .map(|r| (r["element"].clone(), r["value"].clone()))
                .collect();
            extents.sort_by(|a, b| num(&b.1).partial_cmp(&num(&a.1)).unwrap());
            let rows = table(&html, "Work values:").unwrap();
            let shown: Vec<(String, String)> =
                rows.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
            assert_eq!(shown, extents, "{page}");
            // The high points, first first, as the file codes them.
            const NAMES: [&str; 6] = [
                "Achievement",
                "Working Conditions",
                "Recognition",
                "Relationships",
                "Support",
                "Independence",
            ];
            for (rank, id) in ["first", "second", "third"]
                .iter()
                .zip(["1.B.2.g", "1.B.2.h", "1.B.2.i"])
            {
                let n: usize = v.iter().find(|r| r["element_id"] == id).unwrap()["value"]
                    .trim_end_matches(".00")
                    .parse()
                    .unwrap();
                if n > 0 {
                    let row = rows.iter().find(|r| r[0] == NAMES[n - 1]).unwrap();
                    assert_eq!(row[2], *rank, "{page}: {row:?}");
                }
            }
        }
    }
    assert!(checked >= 20, "{checked} careers checked");
    assert!(
        level_out_seen >= 1 && importance_out_seen >= 1,
        "{level_out_seen} {importance_out_seen}"
    );
}

#[actix_web::test]
async fn suppressed_values_never_appear_as_figures() {
    let app = TestApp::real();
    let knowledge = by_code("knowledge.csv");
    let skills = by_code("skills.csv");
    for (file, rows_of) in [("Knowledge:", &knowledge), ("Skills:", &skills)] {
        let mut codes: Vec<&String> = rows_of
            .iter()
            .filter(|(_, rows)| {
                rows.iter().any(|r| {
                    suppressed(r, "importance_suppress") || suppressed(r, "level_suppress")
                })
            })
            .map(|(c, _)| c)
            .collect();
        codes.sort();
        for code in codes.into_iter().step_by(25) {
            let page = page_of(&app, code).await;
            let r = app.get(&page).await;
            if profile_code(&r).as_deref() != Some(code.as_str()) {
                continue;
            }
            let shown = table(&r.html(), file).unwrap_or_default();
            for want in &rows_of[code] {
                let row = shown.iter().find(|s| s[0] == want["element"]);
                if suppressed(want, "importance_suppress") {
                    assert!(row.is_none(), "{page} shows {}", want["element"]);
                }
                if suppressed(want, "level_suppress")
                    && let Some(row) = row
                {
                    assert_eq!(row[2], "not shown", "{page}: {row:?}");
                }
            }
        }
    }
}

#[actix_web::test]
async fn a_career_without_ratings_says_so_once_and_borrows_none() {
    let app = TestApp::real();
    let skills = by_code("skills.csv");
    let values = by_code("work-values.csv");
    // Data-level occupations that 29.3 does not rate.
    let unrated: Vec<String> = data_rows("onet/occupations.csv")
        .into_iter()
        .filter(|r| r["data_level"] == "Y" && !skills.contains_key(&r["onet_code"]))
        .map(|r| r["onet_code"].clone())
        .collect();
    assert_eq!(unrated.len(), 44);
    let mut none_seen = 0;
    for code in &unrated {
        let r = app.get(&format!("/careers/{code}")).await;
        if r.status != 301 {
            continue;
        }
        let page = app.get(r.header("location").unwrap()).await;
        match profile_code(&page) {
            Some(shown) => assert!(
                skills.contains_key(&shown) || values.contains_key(&shown),
                "{code}: {shown}"
            ),
            None => {
                none_seen += 1;
                let h2 = page.texts("h2#what-it-takes");
                assert_eq!(h2.len(), 1);
                assert_eq!(page.body.matches("O*NET 29.3 rates no skills").count(), 1);
                assert!(
                    page.texts("table caption")
                        .iter()
                        .all(|c| !c.starts_with("Skills:"))
                );
            }
        }
    }
    assert!(none_seen > 0);
}

#[actix_web::test]
async fn every_element_is_explained_in_the_glossary_and_linked_from_careers() {
    let app = TestApp::real();
    let g = app.get("/glossary").await;
    assert_eq!(g.status, 200);
    let html = g.html();
    let any_id = scraper::Selector::parse("[id]").unwrap();
    let ids: Vec<String> = html
        .select(&any_id)
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "ids repeat on /glossary");
    let text = std::fs::read_to_string(real_seed().join("elements.toml")).unwrap();
    let file: toml::Table = toml::from_str(&text).unwrap();
    let elements = file["element"].as_array().unwrap();
    assert_eq!(elements.len(), 90);
    for e in elements {
        let kind = e["kind"].as_str().unwrap();
        let name = e["name"].as_str().unwrap();
        let anchor = format!("{kind}-{}", slug(name));
        let dt = g.texts(&format!("dt#{anchor}"));
        assert_eq!(dt, vec![name.to_string()], "#{anchor}");
        let explanation = e["explanation"].as_str().unwrap().trim();
        assert!(g.body.contains(&escape(explanation)), "{name}");
    }
    assert!(ids.contains(&"style-independence".to_string()));
    assert!(ids.contains(&"value-independence".to_string()));
    assert!(ids.contains(&"skill-mathematics".to_string()));
    // Every element named on a career page links to its entry.
    let r = app.get("/careers/electricians").await;
    let link =
        scraper::Selector::parse(r#"section[aria-labelledby="what-it-takes"] table a"#).unwrap();
    let mut linked = 0;
    for a in r.html().select(&link) {
        let href = a.value().attr("href").unwrap();
        if let Some(id) = href.strip_prefix("/glossary#") {
            assert!(ids.contains(&id.to_string()), "missing #{id}");
            linked += 1;
        }
    }
    assert!(linked >= 15, "{linked} element links");
}

/// The anchor form of a name, as the site makes it.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[actix_web::test]
async fn the_about_page_credits_29_3_word_for_word() {
    let app = TestApp::real();
    let manifest =
        std::fs::read_to_string(real_seed().join("datasets").join("datasets.toml")).unwrap();
    let line = "This site incorporates information from O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
    assert!(manifest.contains(line));
    let r = app.get("/about/data").await;
    assert!(r.texts("p.attribution").iter().any(|a| a == line));
    assert!(
        r.body
            .contains("USDOL/ETA has not approved, endorsed or tested these changes")
    );
    let page = app.get("/careers/registered-nurses").await;
    let sources = page.texts(".sources li").join(" ");
    assert!(sources.contains("O*NET Database, 29.3"), "{sources}");
}

#[actix_web::test]
async fn career_pages_stay_within_their_size_budget() {
    let app = TestApp::real();
    let gz = |text: &str| -> usize {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(text.as_bytes()).unwrap();
        e.finish().unwrap().len()
    };
    let css: usize = ["site.css", "print.css"]
        .iter()
        .map(|f| {
            gz(&std::fs::read_to_string(crate::common::static_dir().join("css").join(f)).unwrap())
        })
        .sum();
    for page in [
        "/careers/registered-nurses",
        "/careers/electricians",
        "/careers/medical-coder",
        "/careers/software-developers",
    ] {
        let r = app.get(page).await;
        assert_eq!(r.status, 200, "{page}");
        let total = gz(&r.body) + css;
        assert!(
            total < 25 * 1024,
            "{page}: {total} bytes compressed with the CSS"
        );
    }
}

#[test]
fn the_explanations_are_checked_against_the_ratings() {
    let seed = crate::common::SeedCopy::with_datasets();
    let file = seed.path().join("elements.toml");
    let good = std::fs::read_to_string(&file).unwrap();
    let at = good.find("id = \"2.A.1.e\"").unwrap();
    let start = good[..at].rfind("[[element]]").unwrap();
    let end = at + good[at..].find("[[element]]").unwrap();
    let block = &good[start..end];
    let explanation = block
        .lines()
        .find(|l| l.starts_with("explanation"))
        .unwrap();
    let cases = [
        (
            good.replacen(block, "", 1),
            "no explanation of the skill `2.A.1.e` (Mathematics)",
        ),
        (
            good.replacen(
                block,
                &block.replace("name = \"Mathematics\"", "name = \"Maths\""),
                1,
            ),
            "`2.A.1.e` is `Mathematics` in the O*NET ratings, not `Maths`",
        ),
        (
            good.replacen(block, &block.replace(explanation, "explanation = \" \""), 1),
            "`2.A.1.e` has an empty explanation",
        ),
    ];
    for (text, says) in cases {
        std::fs::write(&file, text).unwrap();
        let e = careerguide::seed::load(seed.path()).expect_err(says);
        assert!(e.file.ends_with("elements.toml"), "{e}");
        assert!(e.to_string().contains(says), "{e}");
    }
}

#[actix_web::test]
async fn the_careers_list_filters_by_a_skill_or_knowledge_area_as_rated() {
    let app = TestApp::real();
    let all = crate::common::csv_table(&app, "/careers.csv").await;
    for (file, kind, name) in [
        ("skills.csv", "skill", "Mathematics"),
        ("knowledge.csv", "knowledge", "Medicine and Dentistry"),
    ] {
        let rows_of = by_code(file);
        let uri = format!("/careers.csv?uses={kind}-{}", slug(name));
        let got = crate::common::csv_table(&app, &uri).await;
        let listed: HashSet<&str> = got.iter().map(|r| r["SOC code"].as_str()).collect();
        // A career whose first O*NET occupation is its SOC code's `.00`
        // is listed exactly when that occupation rates the element 3 or
        // more and O*NET does not advise against the rating.
        let mut checked = 0;
        for r in &all {
            let Some(rows) = rows_of.get(&format!("{}.00", r["SOC code"])) else {
                continue;
            };
            let rated = rows.iter().any(|x| {
                x["element"] == name
                    && !suppressed(x, "importance_suppress")
                    && num(&x["importance"]) >= 3.0
            });
            assert_eq!(
                listed.contains(r["SOC code"].as_str()),
                rated,
                "{uri}: {}",
                r["Career"]
            );
            checked += 1;
        }
        assert!(checked > 500, "{checked}");
        assert!(!got.is_empty() && got.len() < all.len());
    }
    // With another filter, the list is both at once.
    let uses = crate::common::csv_table(&app, "/careers.csv?uses=skill-mathematics").await;
    let both = crate::common::csv_table(&app, "/careers.csv?uses=skill-mathematics&zone=4").await;
    let expected: Vec<&String> = uses
        .iter()
        .filter(|r| r["Job zone"] == "4")
        .map(|r| &r["Career"])
        .collect();
    assert_eq!(
        both.iter().map(|r| &r["Career"]).collect::<Vec<_>>(),
        expected
    );
    // The page keeps the choice, its CSV link carries it, and an unknown
    // element is a 400 naming the parameter.
    let r = app.get("/careers?uses=skill-mathematics&zone=4").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains(r#"<option value="skill-mathematics" selected>"#)
    );
    let csv = scraper::Selector::parse(r#"a[href^="/careers.csv"]"#).unwrap();
    let href = r
        .html()
        .select(&csv)
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert!(
        href.contains("uses=skill-mathematics") && href.contains("zone=4"),
        "{href}"
    );
    let r = app.get("/careers?uses=skill-juggling").await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("is not a skill or knowledge area"));
}

#[actix_web::test]
async fn the_comparison_shows_each_careers_top_skills() {
    let app = TestApp::real();
    let skills = by_code("skills.csv");
    let slugs = ["registered-nurses", "electricians"];
    let r = app
        .get(&format!("/compare?c={}&c={}", slugs[0], slugs[1]))
        .await;
    assert_eq!(r.status, 200);
    let html = r.html();
    let tr = scraper::Selector::parse("tr").unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    let a = scraper::Selector::parse(r#"a[href^="/glossary#skill-"]"#).unwrap();
    let row = html
        .select(&tr)
        .find(|r| {
            r.select(&th)
                .next()
                .is_some_and(|h| h.text().collect::<String>() == "Top skills")
        })
        .expect("a row of top skills");
    let cells: Vec<Vec<String>> = row
        .select(&td)
        .map(|c| c.select(&a).map(|l| l.text().collect()).collect())
        .collect();
    for (slug, shown) in slugs.iter().zip(cells) {
        let page = app.get(&format!("/careers/{slug}")).await;
        let code = profile_code(&page).unwrap();
        let expected: Vec<String> = top(&skills[&code], "importance", 3.0, 3)
            .iter()
            .map(|r| r["element"].clone())
            .collect();
        assert_eq!(shown, expected, "{slug}");
    }
}
