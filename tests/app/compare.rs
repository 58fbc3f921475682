//! `/compare`: two to four careers side by side, their figures from the
//! data files with source and release; five, a duplicate or an unknown
//! career get a page that says so and offers the comparison that works.

use crate::common::{TestApp, count, data_row, money};

/// The comparison's column headings.
fn columns(r: &crate::common::Resp) -> Vec<String> {
    r.texts("table.compare thead th a")
}

/// The cells of the row whose heading starts with `heading`.
fn row(r: &crate::common::Resp, heading: &str) -> Vec<String> {
    let html = r.html();
    let tr = scraper::Selector::parse("table.compare tbody tr").unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    let text = |e: scraper::ElementRef| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&tr)
        .find(|row| {
            row.select(&th)
                .next()
                .is_some_and(|h| text(h).starts_with(heading))
        })
        .map(|row| row.select(&td).map(text).collect())
        .unwrap_or_else(|| panic!("no row {heading}"))
}

#[actix_web::test]
async fn two_careers_side_by_side_with_figures_from_the_data_files() {
    let app = TestApp::real();
    let r = app
        .get("/compare?c=medical-coder&c=registered-nurses")
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(columns(&r), ["Medical Coder", "Registered Nurses"]);
    for (i, soc) in ["29-2072", "29-1141"].iter().enumerate() {
        let oews = data_row("bls-oews-may2025/national.csv", soc);
        let proj = data_row("bls-projections-2024-2034/occupations.csv", soc);
        let pay = &row(&r, "Median annual pay")[i];
        assert!(pay.contains(&money(&oews["annual_median"])), "{pay}");
        assert!(pay.contains("(May 2025)"), "{pay}");
        assert!(
            pay.contains(&format!(
                "most earn between {} and {} a year",
                money(&oews["annual_p10"]),
                money(&oews["annual_p90"])
            )),
            "{pay}"
        );
        assert!(row(&r, "People employed")[i].contains(&count(&oews["employment"])));
        let change = &row(&r, "Projected change")[i];
        assert!(
            change.contains(&format!("{}%", proj["percent_change"])),
            "{change}"
        );
        assert!(change.contains("2024-2034"), "{change}");
        assert!(row(&r, "Openings a year")[i].contains(&count(&proj["annual_openings"])));
        assert!(row(&r, "Typical education")[i].contains(&proj["entry_education"]));
        assert!(row(&r, "Experience")[i].contains(&proj["work_experience"]));
        assert!(row(&r, "Training on the job")[i].contains(&proj["on_the_job_training"]));
    }
    assert!(row(&r, "Preparation")[1].starts_with("4 of 5"));
    // The hand-written career's certifications, with their bodies.
    let certs = &row(&r, "Certifications")[0];
    assert!(
        certs.contains("Certified Coding Specialist (CCS), AHIMA"),
        "{certs}"
    );
    // Every figure cites a source listed at the foot.
    let sources = r.texts(".sources li").join(" ");
    assert!(sources.contains("Occupational Employment and Wage Statistics, May 2025"));
    assert!(sources.contains("Employment Projections, 2024-2034"));
    assert!(
        r.html()
            .select(&scraper::Selector::parse("table.compare sup.cite").unwrap())
            .count()
            > 10
    );
    // Remove links, the add form and the state chooser.
    assert!(r.body.contains(r#"href="/compare?c=registered-nurses""#));
    assert!(r.body.contains(r#"href="/compare?c=medical-coder""#));
    assert!(r.body.contains(r#"name="add""#));
    assert!(r.body.contains(r#"id="state-choice""#));
    assert!(
        r.body
            .contains(r#"href="/compare.csv?c=medical-coder&#38;c=registered-nurses""#)
    );
}

#[actix_web::test]
async fn four_careers_fit_and_a_fifth_is_a_clear_400() {
    let app = TestApp::real();
    let four = "/compare?c=medical-coder&c=registered-nurses&c=actors&c=legislators";
    let r = app.get(four).await;
    assert_eq!(r.status, 200);
    assert_eq!(columns(&r).len(), 4);
    assert!(!r.body.contains(r#"name="add""#), "no room to add a fifth");
    // Legislators have no wage estimate: not published, never $0.
    let pay = &row(&r, "Median annual pay")[3];
    assert!(!pay.contains("$0"), "{pay}");

    let r = app.get(&format!("{four}&c=cashiers")).await;
    assert_eq!(r.status, 400);
    let alert = r.texts("[role=alert]").join(" ");
    assert!(alert.contains("at most 4 careers"), "{alert}");
    assert!(alert.contains("asks for 5"), "{alert}");
    assert!(
        r.body
            .contains(&format!(r#"href="{}""#, four.replace('&', "&#38;")))
    );
    assert!(columns(&r).is_empty());
}

#[actix_web::test]
async fn a_duplicate_or_an_unknown_career_gets_a_page_not_a_500() {
    let app = TestApp::real();
    let r = app.get("/compare?c=actors&c=medical-coder&c=actors").await;
    assert_eq!(r.status, 400);
    assert!(
        r.texts("[role=alert]")
            .join(" ")
            .contains("same career more than once")
    );
    assert!(
        r.body
            .contains(r#"href="/compare?c=actors&#38;c=medical-coder""#)
    );

    let r = app.get("/compare?c=actors&c=astronaut-chef").await;
    assert_eq!(r.status, 404);
    let alert = r.texts("[role=alert]").join(" ");
    assert!(
        alert.contains("no career called “astronaut-chef”"),
        "{alert}"
    );
    assert!(r.body.contains(r#"href="/compare?c=actors""#));

    // Markup in a slug is escaped, never run.
    let r = app.get("/compare?c=%3Cscript%3Ex%3C/script%3E").await;
    assert_eq!(r.status, 404);
    assert!(!r.body.contains("<script>x"));

    // Another spelling of a career (its code) goes to the one address.
    let r = app.get("/compare?c=29-2072&c=registered-nurses").await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some("/compare?c=medical-coder&c=registered-nurses")
    );
}

#[actix_web::test]
async fn careers_are_added_by_name_and_removed_by_link() {
    let app = TestApp::real();
    let r = app
        .get("/compare?c=medical-coder&add=registered+nurses")
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some("/compare?c=medical-coder&c=registered-nurses")
    );
    let r = app.get("/compare?c=medical-coder&add=qqqzzzx").await;
    assert_eq!(r.status, 200);
    assert!(
        r.texts("[role=status]")
            .join(" ")
            .contains("No career matches “qqqzzzx”")
    );
    assert_eq!(columns(&r), ["Medical Coder"]);
    // The empty comparison says how to start one.
    let r = app.get("/compare").await;
    assert_eq!(r.status, 200);
    assert!(
        r.texts("main")
            .join(" ")
            .contains("Choose careers to compare")
    );
}

#[actix_web::test]
async fn pay_in_a_state_beside_the_nation_and_the_comparison_as_csv() {
    let app = TestApp::real();
    let r = app
        .get("/compare?c=medical-coder&c=registered-nurses&state=CT")
        .await;
    assert_eq!(r.status, 200);
    let ct = row(&r, "Median annual pay in Connecticut");
    for (i, soc) in ["29-2072", "29-1141"].iter().enumerate() {
        let state = crate::common::data_rows("bls-oews-may2025/state.csv")
            .into_iter()
            .find(|s| s["soc"] == *soc && s["state_abbrev"] == "CT")
            .unwrap();
        assert!(ct[i].contains(&money(&state["annual_median"])), "{}", ct[i]);
    }
    // The career links keep the state.
    assert!(r.body.contains(r#"href="/careers/medical-coder?state=CT""#));
    assert_eq!(
        app.get("/compare?c=medical-coder&state=ZZ").await.status,
        400
    );

    let r = app
        .get("/compare.csv?c=medical-coder&c=registered-nurses&state=CT")
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(
        r.header("content-disposition")
            .unwrap()
            .contains("comparison.csv")
    );
    let mut reader = csv::Reader::from_reader(r.body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert!(
        header.contains(&"Median annual pay (USD, May 2025)".to_string()),
        "{header:?}"
    );
    assert!(header.contains(&"Median annual pay in CT (USD, May 2025)".to_string()));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let oews = data_row("bls-oews-may2025/national.csv", "29-1141");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        &rows[1][col("Median annual pay (USD, May 2025)")],
        oews["annual_median"].as_str()
    );
    assert_eq!(
        &rows[1][col("Employment (May 2025)")],
        oews["employment"].as_str()
    );
    assert_eq!(app.get("/compare.csv?c=a&c=a").await.status, 404);
    assert_eq!(app.get("/compare.csv?c=actors&c=actors").await.status, 400);
}
