//! The salary page and its sort orders.

use crate::common::TestApp;

fn city_rows(r: &crate::common::Resp) -> Vec<String> {
    r.texts("#salary-by-city ~ .table-wrap tbody tr")
}

#[actix_web::test]
async fn salary_shows_every_figure_with_year_and_source() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/salary").await;
    assert_eq!(r.status, 200);

    let pct = r.texts("#salary-percentiles ~ .table-wrap tbody tr");
    assert_eq!(pct.len(), 3);
    assert!(
        pct[0].starts_with("10th percentile 10% earn less than this $20,440 c. 2008"),
        "{pct:?}"
    );
    assert!(pct[1].starts_with("Median (50th percentile)") && pct[1].contains("$30,610"));
    assert!(pct[2].contains("$50,060"));

    let ind = r.texts("#salary-by-industry ~ .table-wrap tbody tr");
    let names: Vec<&str> = ind.iter().map(|r| r.split(" $").next().unwrap()).collect();
    assert_eq!(
        names,
        vec![
            "Federal executive branch",
            "General medical and surgical hospitals",
            "Nursing care facilities",
            "Outpatient care centers",
            "Offices of physicians",
        ],
        "industries must be sorted by median, highest first"
    );
    assert!(ind[4].contains("$26,210"));

    let medians = r.texts("#salary-medians ~ .table-wrap tbody tr");
    assert_eq!(medians.len(), 3);
    assert!(
        medians[0].starts_with("May 2018 $40,350 208,650"),
        "{medians:?}"
    );
    assert!(
        medians[1].starts_with("2014 $35,900 not given"),
        "{medians:?}"
    );
    assert!(medians[2].starts_with("c. 2008 $30,610"), "{medians:?}");

    let rows = city_rows(&r);
    assert_eq!(rows.len(), 10);
    let seattle = rows
        .iter()
        .find(|r| r.starts_with("Seattle, Washington"))
        .unwrap();
    assert!(
        seattle.starts_with("Seattle, Washington $46,000 $56,000 +$10,000 (+22%) c. 2019"),
        "{seattle}"
    );
    let overall = r.texts("#salary-by-city ~ .table-wrap tfoot tr");
    assert_eq!(overall.len(), 1);
    assert!(
        overall[0].starts_with("All locations (overall) $41,000 $52,000 +$11,000"),
        "{overall:?}"
    );

    let sources = r.texts(".sources li").join(" | ");
    assert!(
        sources.contains("Payscale, as reported in Medical Coder, a job description"),
        "{sources}"
    );
    assert!(sources.contains("U.S. Bureau of Labor Statistics"));

    // The chart is inline SVG with a text alternative.
    assert!(
        r.body
            .contains(r#"<svg role="img" aria-labelledby="city-chart-title city-chart-desc""#)
    );
    assert_eq!(r.body.matches(r#"<rect class="bar"#).count(), 22);
}

#[actix_web::test]
async fn the_city_table_sorts_on_the_server() {
    let app = TestApp::real();
    for (sort, first, last) in [
        ("", "Atlanta, Georgia", "Tampa, Florida"),
        ("city", "Atlanta, Georgia", "Tampa, Florida"),
        ("1y", "Los Angeles, California $46,000", "Orlando, Florida"),
        (
            "5y",
            "Seattle, Washington",
            "Tampa, Florida $40,000 $47,000",
        ),
        (
            "rise",
            "Atlanta, Georgia $38,000 $52,000 +$14,000",
            "Tampa, Florida $40,000 $47,000 +$7,000",
        ),
    ] {
        let r = app
            .get(&format!("/careers/medical-coder/salary?sort={sort}"))
            .await;
        assert_eq!(r.status, 200, "{sort}");
        let rows = city_rows(&r);
        assert!(
            rows[0].starts_with(first),
            "sort={sort}: first row {}",
            rows[0]
        );
        assert!(
            rows[9].starts_with(last),
            "sort={sort}: last row {}",
            rows[9]
        );
        let key = if sort.is_empty() { "city" } else { sort };
        let sorted = r.texts("#salary-by-city ~ .table-wrap th[aria-sort] a");
        assert_eq!(sorted.len(), 1);
        assert!(r.body.contains(&format!(
            r#"href="/careers/medical-coder/salary?sort={key}#salary-by-city">{}"#,
            sorted[0]
        )));
    }
}

#[actix_web::test]
async fn a_bad_sort_is_a_400_that_lists_the_choices() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/salary?sort=bogus").await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("“bogus” is not a way to sort"),
        "{}",
        r.body
    );
    assert!(r.body.contains("city, 1y, 5y, rise"));
    assert!(r.body.contains(r#"class="site-header""#));

    let r = app
        .get(&format!(
            "/careers/medical-coder/salary?sort={}",
            "x".repeat(5000)
        ))
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.len() < 8000,
        "the page must not echo the whole input"
    );

    let r = app
        .get("/careers/medical-coder/salary?sort=%3Cscript%3E")
        .await;
    assert_eq!(r.status, 400);
    assert!(!r.body.contains("<script>"));
    assert!(
        r.texts("main p")
            .join(" ")
            .contains("“<script>” is not a way to sort")
    );
}
