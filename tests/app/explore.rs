//! `/careers`: the list of careers filtered and sorted on the server,
//! checked against the data files; every bad parameter is a 400 that names
//! it and keeps the rest of the form.

use std::collections::{HashMap, HashSet};

use crate::common::{TestApp, csv_table, data_rows, money};

/// The projected occupations (the site's careers), by SOC code.
fn projections() -> HashMap<String, HashMap<String, String>> {
    data_rows("bls-projections-2024-2034/occupations.csv")
        .into_iter()
        .map(|r| (r["soc"].clone(), r))
        .collect()
}

/// The list's rows: (title, median pay as shown).
fn rows(r: &crate::common::Resp) -> Vec<(String, String)> {
    let html = r.html();
    let row = scraper::Selector::parse("main table tbody tr").unwrap();
    let th = scraper::Selector::parse("th > a").unwrap();
    let td = scraper::Selector::parse("td.num").unwrap();
    html.select(&row)
        .map(|tr| {
            let text = |e: scraper::ElementRef| e.text().collect::<String>().trim().to_string();
            let title = tr.select(&th).next().map(text).unwrap_or_default();
            let pay = tr.select(&td).next().map(text).unwrap_or_default();
            (title, pay)
        })
        .collect()
}

#[actix_web::test]
async fn sorted_by_pay_the_highest_paid_career_in_a_group_comes_first() {
    let app = TestApp::real();
    let careers = projections();
    // The highest national median among the group's careers, from the file.
    let best = data_rows("bls-oews-may2025/national.csv")
        .into_iter()
        .filter(|r| r["soc"].starts_with("29-") && careers.contains_key(&r["soc"]))
        .filter_map(|r| Some((r["annual_median"].parse::<i64>().ok()?, r["title"].clone())))
        .max()
        .unwrap();
    let r = app
        .get("/careers?group=healthcare-practitioners-and-technical&sort=pay")
        .await;
    assert_eq!(r.status, 200);
    let shown = rows(&r);
    assert_eq!(shown.len(), 50, "pages of fifty");
    assert_eq!(
        shown[0].1,
        money(&best.0.to_string()),
        "first row {:?}, file's best {best:?}",
        shown[0]
    );
    assert!(
        shown[0].0.eq_ignore_ascii_case(&best.1),
        "{:?} vs {best:?}",
        shown[0]
    );
    // Every median on the page is at most the one before it.
    let pay = |s: &str| {
        s.trim_start_matches('$')
            .replace(',', "")
            .parse::<i64>()
            .ok()
    };
    let values: Vec<i64> = shown.iter().filter_map(|(_, p)| pay(p)).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    // Asked otherwise, the lowest comes first.
    let r = app
        .get("/careers?group=healthcare-practitioners-and-technical&sort=pay&dir=asc")
        .await;
    let values: Vec<i64> = rows(&r).iter().filter_map(|(_, p)| pay(p)).collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
    // The whole group is in the download, every career in group 29.
    let all = csv_table(
        &app,
        "/careers.csv?group=healthcare-practitioners-and-technical&sort=pay",
    )
    .await;
    let in_group = careers.keys().filter(|s| s.starts_with("29-")).count();
    assert_eq!(all.len(), in_group);
    assert!(all.iter().all(|r| r["SOC code"].starts_with("29-")));
    assert!(
        r.body.contains(&format!("{in_group} careers")),
        "the count is shown"
    );
}

#[actix_web::test]
async fn the_growth_filter_keeps_only_careers_at_or_above_it() {
    let app = TestApp::real();
    let careers = projections();
    let expected: HashSet<String> = careers
        .values()
        .filter(|r| r["percent_change"].parse::<f64>().unwrap() >= 10.0)
        .map(|r| r["soc"].clone())
        .collect();
    assert!(!expected.is_empty() && expected.len() < careers.len());
    let got = csv_table(&app, "/careers.csv?growth=10&sort=growth").await;
    let socs: HashSet<String> = got.iter().map(|r| r["SOC code"].clone()).collect();
    assert_eq!(socs, expected);
    let growth = |r: &HashMap<String, String>| {
        let key = r
            .keys()
            .find(|k| k.starts_with("Projected change"))
            .unwrap()
            .clone();
        r[&key].parse::<f64>().unwrap()
    };
    let values: Vec<f64> = got.iter().map(growth).collect();
    assert!(values.iter().all(|g| *g >= 10.0));
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "highest growth first"
    );
    // The page says how many and shows the first fifty.
    let r = app.get("/careers?growth=10&sort=growth").await;
    assert_eq!(r.status, 200);
    assert!(r.texts("caption")[0].starts_with(&format!("{} careers", expected.len())));
}

#[actix_web::test]
async fn other_filters_match_the_data_files() {
    let app = TestApp::real();
    let careers = projections();
    // Entry education.
    let got = csv_table(&app, "/careers.csv?education=master-s-degree").await;
    let expected = careers
        .values()
        .filter(|r| r["entry_education"] == "Master's degree")
        .count();
    assert_eq!(got.len(), expected);
    assert!(
        got.iter()
            .all(|r| r["Typical entry education"] == "Master's degree")
    );
    // Pay at least: every median shown is a number at or above it.
    let got = csv_table(&app, "/careers.csv?pay=100000").await;
    assert!(!got.is_empty());
    for r in &got {
        let key = r
            .keys()
            .find(|k| k.starts_with("Median annual pay"))
            .unwrap();
        let n: i64 = r[key].trim_end_matches(" or more").parse().unwrap();
        assert!(n >= 100_000, "{r:?}");
    }
    // Job zone and words together: the words match any of a career's
    // titles, as search does.
    let got = csv_table(&app, "/careers.csv?zone=5&q=surgeons").await;
    assert!(got.iter().all(|r| r["Job zone"] == "5"), "{got:?}");
    assert!(got.iter().any(|r| r["Career"] == "Pediatric Surgeons"));
    assert!(!got.iter().any(|r| r["Career"] == "Registered Nurses"));
    // Name order is A to Z, and a page of the list links to the next.
    let r = app.get("/careers").await;
    let titles: Vec<String> = rows(&r)
        .into_iter()
        .map(|(t, _)| t.to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
    assert!(r.body.contains(r#"href="/careers?page=2""#));
}

#[actix_web::test]
async fn each_bad_parameter_is_a_400_that_names_it_and_keeps_the_form() {
    let app = TestApp::real();
    for (query, name, says) in [
        ("group=plumbing", "group", "is not an occupational group"),
        ("education=phd", "education", "is not a level of education"),
        ("zone=9", "zone", "is not a job zone"),
        ("pay=-5", "pay", "cannot be less than $0"),
        ("pay=lots", "pay", "is not an amount"),
        ("growth=fast", "growth", "is not a percentage"),
        ("sort=salary", "sort", "is not a way to sort"),
        ("dir=up", "dir", "is not an order"),
        ("page=0", "page", "page"),
    ] {
        let uri = format!("/careers?{query}&q=nurse&zone=3&sort=pay");
        let uri = if name == "zone" || name == "sort" {
            format!("/careers?{query}&q=nurse")
        } else {
            uri
        };
        let r = app.get(&uri).await;
        assert_eq!(r.status, 400, "{uri}");
        let alert = r.texts("[role=alert]").join(" ");
        assert!(alert.contains(&format!("{name}=")), "{uri}: {alert}");
        assert!(alert.contains(says), "{uri}: {alert}");
        // The rest of the form is kept.
        assert!(
            r.body
                .contains(r#"name="q" type="text" maxlength="200" value="nurse""#),
            "{uri}"
        );
        if name != "zone" && name != "sort" {
            assert!(r.body.contains(r#"<option value="3" selected>"#), "{uri}");
            assert!(r.body.contains(r#"<option value="pay" selected>"#), "{uri}");
        }
        assert!(
            r.texts("main table").is_empty(),
            "{uri}: no list under a 400"
        );
    }
    // Two at once are both named.
    let r = app.get("/careers?pay=-1&growth=x").await;
    assert_eq!(r.status, 400);
    let alert = r.texts("[role=alert]").join(" ");
    assert!(
        alert.contains("pay=") && alert.contains("growth="),
        "{alert}"
    );
    // The download names the parameter too.
    let r = app.get("/careers.csv?zone=0").await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("zone="), "{}", r.body);
}

#[actix_web::test]
async fn an_empty_list_says_which_filter_to_loosen() {
    let app = TestApp::real();
    let r = app.get("/careers?group=legal&growth=40").await;
    assert_eq!(r.status, 200);
    let status = r.texts("main [role=status]").join(" ");
    assert!(status.contains("No career matches"), "{status}");
    assert!(status.contains("Without the lowest growth"), "{status}");
    let legal = projections()
        .keys()
        .filter(|s| s.starts_with("23-"))
        .count();
    assert!(
        status.contains(&format!("{legal} careers match")),
        "{status}"
    );
    assert!(r.body.contains(r#"href="/careers?group=legal""#));
}

#[actix_web::test]
async fn the_list_is_one_form_of_tick_boxes_into_a_comparison() {
    let app = TestApp::real();
    for uri in ["/careers?group=legal", "/groups/legal", "/search?q=nurse"] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 200, "{uri}");
        let html = r.html();
        let form = scraper::Selector::parse(r#"form.compare-form[method=get][action="/compare"]"#)
            .unwrap();
        let forms: Vec<_> = html.select(&form).collect();
        assert_eq!(forms.len(), 1, "{uri}: one comparison form");
        let boxes = scraper::Selector::parse(r#"input[type=checkbox][name=c]"#).unwrap();
        let n = forms[0].select(&boxes).count();
        assert!(n >= 2, "{uri}: {n} tick boxes");
        // Each tick box is named for its career.
        for b in forms[0].select(&boxes) {
            let name = b.value().attr("aria-label").unwrap();
            assert!(name.starts_with("Compare "), "{uri}: {name}");
        }
    }
    // Each career page links to a comparison that starts with it.
    let r = app.get("/careers/registered-nurses?state=CT").await;
    assert!(
        r.body
            .contains(r#"href="/compare?c=registered-nurses&#38;state=CT""#)
    );
}
