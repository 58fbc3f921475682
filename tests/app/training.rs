//! The training page and its town filter.

use crate::common::TestApp;

const SCHOOLS: [(&str, &str); 12] = [
    ("American Institute", "West Hartford"),
    ("Asnuntuck Community College", "Enfield"),
    ("Gateway Community College", "East Hartford"),
    ("Goodwin College", "East Hartford"),
    ("Housatonic Community College", "Bridgeport"),
    ("Middlesex Community College", "Middletown"),
    ("Naugatuck Valley Community College", "Waterbury"),
    ("Northwestern Connecticut Community College", "Winsted"),
    ("Norwalk Community College", "Norwalk"),
    ("Porter and Chester Institute", "Bridgeport"),
    ("Quinebaug Valley Community College", "Danielson"),
    ("Valley Medical Institute", "Bridgeport"),
];

fn school_rows(r: &crate::common::Resp) -> Vec<String> {
    r.texts("#schools ~ .table-wrap tbody tr")
}

#[actix_web::test]
async fn training_lists_every_school_with_its_town() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/training").await;
    assert_eq!(r.status, 200);
    let rows = school_rows(&r);
    assert_eq!(rows.len(), 12, "{rows:?}");
    for (name, town) in SCHOOLS {
        assert!(
            rows.iter()
                .any(|row| row.starts_with(&format!("{name} {town} Connecticut"))),
            "{name} in {town} missing: {rows:?}"
        );
    }
    assert!(r.body.contains("12 schools"));
}

#[actix_web::test]
async fn training_shows_the_ladder_certifications_and_licensing() {
    let app = TestApp::real();
    let r = app.get("/careers/medical-coder/training").await;
    let ladder = r.texts("ol.ladder h3");
    assert_eq!(
        ladder,
        vec![
            "High school diploma or equivalent",
            "Vocational coding course",
            "Postsecondary certificate",
            "Associate degree",
            "Bachelor's degree",
            "AHIMA home-study course",
            "On-the-job training",
        ]
    );
    assert!(r.body.contains("Up to 12 weeks"));
    assert!(r.body.contains("24 to 36 months"));
    let certs = r
        .texts("#certifications ~ .table-wrap tbody tr")
        .join(" | ");
    for c in [
        "Certified Coding Associate (CCA) AHIMA",
        "Certified Coding Specialist (CCS) AHIMA",
        "Certified Professional Coder (CPC) AAPC",
        "CPC-Outpatient Hospital AAPC",
        "CPC-Payer AAPC",
        "Specialty coding credentials BMSC",
        "Specialty coding credentials PAHCS",
    ] {
        assert!(certs.contains(c), "{c} missing: {certs}");
    }
    assert!(r.body.contains("every 2 years"));
    let licensing = r.texts("#licensing ~ .table-wrap tbody tr");
    assert_eq!(licensing.len(), 1);
    assert!(licensing[0].starts_with("Connecticut No"), "{licensing:?}");
    assert!(
        r.texts("#coursework ~ ul li")
            .iter()
            .any(|c| c == "Medical terminology")
    );
}

#[actix_web::test]
async fn the_town_filter_is_a_shareable_link() {
    let app = TestApp::real();
    let r = app
        .get("/careers/medical-coder/training?town=Bridgeport")
        .await;
    assert_eq!(r.status, 200);
    let rows = school_rows(&r);
    assert_eq!(rows.len(), 3, "{rows:?}");
    for name in [
        "Housatonic Community College",
        "Porter and Chester Institute",
        "Valley Medical Institute",
    ] {
        assert!(
            rows.iter().any(|row| row.starts_with(name)),
            "{name}: {rows:?}"
        );
    }
    assert!(r.body.contains("<option selected>Bridgeport</option>"));
    assert!(r.body.contains("in Bridgeport: 3 schools"));

    // Case and spaces do not matter; town names with spaces work.
    let r = app
        .get("/careers/medical-coder/training?town=+east+hartford+")
        .await;
    let rows = school_rows(&r);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(r.body.contains("<option selected>East Hartford</option>"));

    // An empty town is every town; unrelated parameters are ignored.
    let r = app
        .get("/careers/medical-coder/training?town=&utm_source=mail")
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(school_rows(&r).len(), 12);
}

#[actix_web::test]
async fn an_unknown_town_says_so_and_offers_every_town() {
    let app = TestApp::real();
    let r = app
        .get("/careers/medical-coder/training?town=Hartford%3Cb%3E")
        .await;
    assert_eq!(r.status, 200);
    let notice = r.texts(".notice p").join(" ");
    assert!(
        notice.contains("We know of no school for this career in “Hartford<b>”"),
        "{notice}"
    );
    assert_eq!(
        r.html()
            .select(&scraper::Selector::parse("main b").unwrap())
            .count(),
        0
    );
    assert!(
        r.body
            .contains(r#"href="/careers/medical-coder/training?town=East+Hartford#schools""#)
    );
    let offered = r.texts(".notice li a");
    assert_eq!(offered.len(), 9, "{offered:?}");
    assert!(offered.contains(&"Danielson".to_string()));
    assert_eq!(school_rows(&r).len(), 12);
}

#[actix_web::test]
async fn a_hostile_town_is_a_400_in_the_site_layout() {
    let app = TestApp::real();
    let long = "a".repeat(10_000);
    let r = app
        .get(&format!("/careers/medical-coder/training?town={long}"))
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("10000 characters long"),
        "{}",
        &r.body[..500.min(r.body.len())]
    );
    assert!(r.body.contains(r#"class="site-header""#));
    assert!(
        !r.body.contains(&long),
        "the page must not echo the whole input"
    );

    let r = app
        .get("/careers/medical-coder/training?town=Nor%01walk")
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("control characters"));
}
