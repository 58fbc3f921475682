//! The outlook page.

use crate::common::TestApp;

#[actix_web::test]
async fn outlook_shows_all_six_projections_side_by_side() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/outlook").await;
    assert_eq!(r.status, 200);
    let rows = r.texts("#projections ~ .table-wrap tbody tr");
    assert_eq!(rows.len(), 6, "{rows:?}");
    // The current BLS projection first, as published (one decimal).
    let bls = crate::common::data_row("bls-projections-2024-2034/occupations.csv", "29-2072");
    let expected = format!(
        "2024-2034 {}% not given 194,800 208,600 +13,800 14,200 Medical Records Specialists",
        bls["percent_change"]
    );
    assert!(rows[0].starts_with(&expected), "{rows:?}");
    assert_eq!(bls["percent_change"], "7.1");
    assert!(
        rows[1].starts_with("2020-2030 +9% About as fast as the average"),
        "{rows:?}"
    );
    assert!(
        rows[2].starts_with("2018-2028 +11% Much faster than average"),
        "{rows:?}"
    );
    assert!(rows[3].starts_with("2016-2026 +13%"), "{rows:?}");
    assert!(rows[4].starts_with("2012-2022 +22%"), "{rows:?}");
    assert!(
        rows[5].starts_with(
            "2008-2018 +20% not given 172,500 207,600 35,100 not given Medical coders"
        ),
        "{rows:?}"
    );
    // Employment figures the sources do not give are not made up.
    assert_eq!(rows[1].matches("not given").count(), 4, "{}", rows[1]);

    assert!(
        r.body
            .contains("are not competing guesses about the same years")
    );
    assert!(
        r.body.contains(
            r#"<svg role="img" aria-labelledby="outlook-chart-title outlook-chart-desc""#
        )
    );
    assert_eq!(r.body.matches(r#"<rect class="bar"#).count(), 6);
    let sources = r.texts(".sources li");
    assert_eq!(
        sources.len(),
        6,
        "each projection has its own source: {sources:?}"
    );
}
