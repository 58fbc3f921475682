//! Shareable addresses: canonical links, preview tags, redirects from
//! alternate titles, the sitemap, robots.txt, structured data and the sheet.

use careerguide::seed;

use crate::common::{SeedCopy, TestApp, real_seed};

const SITE: &str = "http://careers.example";

fn attr(r: &crate::common::Resp, selector: &str, name: &str) -> Option<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    r.html()
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr(name).map(str::to_string))
}

#[actix_web::test]
async fn every_page_has_canonical_and_preview_tags() {
    let app = TestApp::real();
    for (path, canonical) in [
        ("/", "/"),
        ("/careers/medical-coder", "/careers/medical-coder"),
        (
            "/careers/medical-coder/training",
            "/careers/medical-coder/training",
        ),
        (
            "/careers/medical-coder/training?town=bridgeport&utm_source=mail",
            "/careers/medical-coder/training?town=Bridgeport",
        ),
        (
            "/careers/medical-coder/training?town=East%20Hartford",
            "/careers/medical-coder/training?town=East+Hartford",
        ),
        (
            "/careers/medical-coder/salary",
            "/careers/medical-coder/salary",
        ),
        (
            "/careers/medical-coder/salary?sort=city",
            "/careers/medical-coder/salary",
        ),
        (
            "/careers/medical-coder/salary?sort=rise",
            "/careers/medical-coder/salary?sort=rise",
        ),
        (
            "/careers/medical-coder/outlook",
            "/careers/medical-coder/outlook",
        ),
        (
            "/careers/medical-coder/sheet",
            "/careers/medical-coder/sheet",
        ),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        let url = format!("{SITE}{canonical}");
        assert_eq!(
            attr(&r, r#"link[rel="canonical"]"#, "href"),
            Some(url.clone()),
            "{path}"
        );
        assert_eq!(
            attr(&r, r#"meta[property="og:url"]"#, "content"),
            Some(url),
            "{path}"
        );
        let title = r.texts("head > title")[0].replace(" · Career Guide", "");
        assert_eq!(
            attr(&r, r#"meta[property="og:title"]"#, "content"),
            Some(title.clone()),
            "{path}"
        );
        assert_eq!(
            attr(&r, r#"meta[name="twitter:title"]"#, "content"),
            Some(title),
            "{path}"
        );
        assert_eq!(
            attr(&r, r#"meta[name="twitter:card"]"#, "content").as_deref(),
            Some("summary")
        );
        assert_eq!(
            attr(&r, r#"meta[property="og:site_name"]"#, "content").as_deref(),
            Some("Career Guide")
        );
        let desc = attr(&r, r#"meta[name="description"]"#, "content").unwrap();
        assert!(desc.len() > 40, "{path}");
        assert_eq!(
            attr(&r, r#"meta[property="og:description"]"#, "content"),
            Some(desc.clone())
        );
        assert_eq!(
            attr(&r, r#"meta[name="twitter:description"]"#, "content"),
            Some(desc)
        );
    }
}

#[actix_web::test]
async fn career_pages_offer_share_and_print() {
    let app = TestApp::real();
    for path in [
        "/careers/medical-coder",
        "/careers/medical-coder/training",
        "/careers/medical-coder/salary",
        "/careers/medical-coder/outlook",
    ] {
        let r = app.get(path).await;
        let url = format!("{SITE}{path}");
        assert_eq!(
            attr(&r, "a.address", "href"),
            Some(url.clone()),
            "{path}: visible address"
        );
        assert_eq!(r.texts("a.address"), vec![url.clone()]);
        assert_eq!(
            attr(&r, "button[data-copy-link]", "data-copy-link"),
            Some(url.clone())
        );
        assert!(
            attr(&r, "button[data-copy-link]", "hidden").is_some(),
            "{path}: the copy button waits for JavaScript"
        );
        let mailto = attr(&r, r#"a[href^="mailto:"]"#, "href").unwrap();
        assert!(
            mailto.starts_with("mailto:?subject=Medical%20Coder"),
            "{mailto}"
        );
        assert!(
            mailto.ends_with(&format!(
                "&body={}",
                url.replace(':', "%3A")
                    .replace('/', "%2F")
                    .replace('-', "%2D")
                    .replace('.', "%2E")
            )),
            "{mailto}"
        );
        let print = r.texts(r#"a[href="/careers/medical-coder/sheet"]"#);
        assert_eq!(print, vec!["Print this sheet"], "{path}");
    }
}

#[actix_web::test]
async fn every_alternate_title_redirects_to_the_career() {
    let app = TestApp::real();
    let seed = seed::load(&real_seed()).unwrap();
    let aliases = seed::alias_slugs(&seed.careers[0].1);
    assert!(aliases.contains(&"coding-specialist".to_string()));
    assert!(aliases.contains(&"coder-abstractor".to_string()));
    assert_eq!(aliases.len(), 20);
    for alias in &aliases {
        let r = app.get(&format!("/careers/{alias}")).await;
        assert_eq!(r.status, 301, "/careers/{alias}");
        assert_eq!(
            r.header("location"),
            Some("/careers/medical-coder"),
            "/careers/{alias}"
        );
    }
    let r = app.get("/careers/coding-specialist/salary?sort=5y").await;
    assert_eq!(r.status, 301);
    assert_eq!(
        r.header("location"),
        Some("/careers/medical-coder/salary?sort=5y")
    );
    let r = app.get("/careers/medical-biller/sheet").await;
    assert_eq!(r.header("location"), Some("/careers/medical-coder/sheet"));
    let r = app.get("/careers/not-a-coder").await;
    assert_eq!(r.status, 404);
}

#[test]
fn an_alternate_title_may_not_take_another_careers_address() {
    let seed = SeedCopy::new();
    let other = std::fs::read_to_string(seed.career_file())
        .unwrap()
        .replacen(
            "slug = \"medical-coder\"",
            "slug = \"coding-specialist\"",
            1,
        )
        .replace(
            "[[alternate_title]]\ntitle = \"",
            "[[alternate_title]]\ntitle = \"Other ",
        );
    std::fs::write(seed.path().join("careers/zz-other.toml"), other).unwrap();
    let err = seed::load(seed.path()).expect_err("the clash must be caught");
    assert!(err.file.ends_with("medical-coder.toml"), "{err}");
    assert_eq!(err.field, "alternate_title[3].title", "{err}");
    assert!(
        err.message
            .contains("/careers/coding-specialist is the slug of the career in"),
        "{err}"
    );
}

#[actix_web::test]
async fn the_sitemap_lists_every_page_and_robots_points_to_it() {
    let app = TestApp::real();
    let r = app.get("/sitemap.xml").await;
    assert_eq!(r.status, 200);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/xml")
    );
    assert!(
        r.body
            .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    );
    for path in [
        "/",
        "/careers/medical-coder",
        "/careers/medical-coder/training",
        "/careers/medical-coder/salary",
        "/careers/medical-coder/outlook",
        "/careers/medical-coder/sheet",
        "/es",
        "/es/careers/medical-coder",
        "/es/careers/medical-coder/sheet",
        "/es/institutions/129367",
    ] {
        assert!(
            r.body.contains(&format!("<loc>{SITE}{path}</loc>")),
            "sitemap lacks {path}"
        );
    }
    // In each of the two editions: five pages of every career, every
    // group, six other pages, the interests page and its six areas, and
    // every institution the College Scorecard lists in a state.
    let careers = crate::common::data_rows("bls-projections-2024-2034/occupations.csv").len();
    let institutions: std::collections::HashSet<String> =
        crate::common::data_rows("college-scorecard-2026-06/programs.csv.gz")
            .into_iter()
            .filter(|r| !r["state"].is_empty())
            .map(|r| r["unitid"].clone())
            .collect();
    assert_eq!(
        r.body.matches("<url>").count(),
        2 * (careers * 5 + 22 + 6 + 7 + institutions.len())
    );
    assert!(
        r.body
            .contains(&format!("<loc>{SITE}/institutions/129367</loc>"))
    );
    assert!(
        !r.body
            .contains(&format!("<loc>{SITE}/institutions/128577</loc>"))
    );
    assert!(r.body.contains(&format!(
        "<loc>{SITE}/careers/registered-nurses/salary</loc>"
    )));
    assert!(
        r.body
            .contains(&format!("<loc>{SITE}/groups/healthcare-support</loc>"))
    );
    assert!(r.body.contains("<lastmod>2026-11-23</lastmod>"));

    let r = app.get("/robots.txt").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains(&format!("Sitemap: {SITE}/sitemap.xml")));
}

#[actix_web::test]
async fn the_overview_carries_occupation_structured_data() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder").await;
    let scripts = r.texts(r#"script[type="application/ld+json"]"#);
    assert_eq!(scripts.len(), 1);
    let data: serde_json::Value = serde_json::from_str(&scripts[0]).expect("valid JSON");
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "Occupation");
    assert_eq!(data["name"], "Medical Coder");
    assert_eq!(data["url"], format!("{SITE}/careers/medical-coder"));
    let names: Vec<&str> = data["alternateName"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(names.contains(&"Coder/abstractor"), "{names:?}");
    assert_eq!(data["responsibilities"].as_array().unwrap().len(), 8);
    assert!(!data["skills"].as_array().unwrap().is_empty());
    assert!(data["qualifications"].as_array().unwrap().iter().any(|q| {
        q.as_str()
            .unwrap()
            .starts_with("Certified Coding Specialist (CCS)")
    }));
    // The BLS entry requirement first, then the seed's ladder.
    let education: Vec<&str> = data["educationRequirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    let bls = crate::common::data_row("bls-projections-2024-2034/occupations.csv", "29-2072");
    assert_eq!(education[0], bls["entry_education"]);
    assert!(
        education[1].starts_with("High school diploma"),
        "{education:?}"
    );
    assert_eq!(
        data["occupationalCategory"],
        "29-2072 Medical Records Specialists"
    );
    let salaries = data["estimatedSalary"].as_array().unwrap();
    for s in salaries {
        assert_eq!(s["@type"], "MonetaryAmountDistribution");
        assert_eq!(s["currency"], "USD");
        assert_eq!(s["duration"], "P1Y");
    }
    // The current BLS percentiles, as in the data file.
    let oews = crate::common::data_row("bls-oews-may2025/national.csv", "29-2072");
    let current = salaries
        .iter()
        .find(|s| s["name"].as_str().unwrap().contains("May 2025"))
        .expect("the May 2025 figures");
    assert_eq!(current["median"].to_string(), oews["annual_median"]);
    assert_eq!(current["percentile90"].to_string(), oews["annual_p90"]);
    let may_2018 = salaries
        .iter()
        .find(|s| s["median"] == 40350)
        .expect("the May 2018 median");
    assert!(may_2018["name"].as_str().unwrap().contains("May 2018"));
    assert!(
        may_2018["description"]
            .as_str()
            .unwrap()
            .contains("U.S. Bureau of Labor Statistics")
    );
    let range = salaries
        .iter()
        .find(|s| s["percentile10"] == 20440)
        .expect("the percentiles");
    assert_eq!(range["median"], 30610);
    assert_eq!(range["percentile90"], 50060);
    assert!(range["name"].as_str().unwrap().contains("c. 2008"));
}

#[actix_web::test]
async fn structured_data_cannot_break_out_of_its_script() {
    let seed = SeedCopy::new();
    seed.edit_career(
        "title = \"Medical Coder\"",
        "title = \"Coder</script><script>alert(1)</script>\"",
    );
    let app = TestApp::build(seed.path());
    let r = app.get("/careers/medical-coder").await;
    assert_eq!(
        r.body.matches("<script").count(),
        2,
        "only share.js and the JSON-LD"
    );
    let scripts = r.texts(r#"script[type="application/ld+json"]"#);
    let data: serde_json::Value = serde_json::from_str(&scripts[0]).unwrap();
    assert_eq!(data["name"], "Coder</script><script>alert(1)</script>");
}

#[actix_web::test]
async fn the_sheet_summarises_the_career_on_one_page() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/sheet").await;
    assert_eq!(r.status, 200);
    let text = r.texts("main").join(" ");
    for expected in [
        "Median $51,140 a year (May 2025)",
        "7.1% over 2024-2034, about 14,200 openings a year",
        "194,720 people employed (May 2025)",
        "Typical start (2024-2034): postsecondary nondegree award",
        "Median $40,350 a year (May 2018)",
        "Median $35,900 a year (2014)",
        "From $20,440 at the 10th percentile to $50,060 at the 90th (c. 2008)",
        "+9% over 2020-2030",
        "+20% over 2008-2018",
        "Vocational coding course (up to 12 weeks)",
        "Certified Coding Associate (CCA), AHIMA",
        "American Institute, West Hartford",
        "And 6 more on the training page",
        "(312) 233-1100",
        "Renewed every 2 years.",
    ] {
        assert!(text.contains(expected), "sheet lacks {expected}: {text}");
    }
    assert_eq!(r.texts("#sheet-duties ~ ul li").len(), 5, "five duties");
    assert_eq!(
        attr(&r, ".sheet-link a.address", "href").as_deref(),
        Some("http://careers.example/careers/medical-coder")
    );
    assert_eq!(attr(&r, ".qr", "role").as_deref(), Some("img"));
    assert!(r.body.contains("<svg aria-hidden=\"true\""));
    assert!(!r.body.contains("<?xml"));
    let listed = r.texts(".sheet-sources li").len();
    let cited: std::collections::BTreeSet<String> = r.texts("sup.cite a").into_iter().collect();
    assert_eq!(cited.len(), listed, "every listed source is cited");
}
