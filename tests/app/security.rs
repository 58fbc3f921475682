//! Headers on every response, hostile addresses, and escaping.

use actix_web::http::Method;
use proptest::prelude::*;

use crate::common::{SeedCopy, TestApp};

const REQUIRED: [(&str, &str); 6] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("cross-origin-opener-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("permissions-policy", "camera=()"),
    ("content-security-policy", "frame-ancestors 'none'"),
];

fn assert_headers(uri: &str, headers: &actix_web::http::header::HeaderMap) {
    for (name, expected) in REQUIRED {
        let value = headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{uri}: no {name}"));
        assert!(value.contains(expected), "{uri}: {name}: {value}");
    }
    let csp = headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"));
    assert!(
        headers.get("x-request-id").is_some(),
        "{uri}: no request id"
    );
}

async fn call(
    app: &TestApp,
    method: Method,
    uri: &str,
) -> (u16, actix_web::http::header::HeaderMap, String) {
    let r = app.call(method, uri).await;
    (r.status, r.headers, r.body)
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::real();
    for (method, uri, status) in [
        (Method::GET, "/", 200),
        (Method::GET, "/careers/medical-coder/salary?sort=5y", 200),
        (Method::GET, "/careers/coding-specialist", 301),
        (Method::GET, "/careers/nope", 404),
        (Method::GET, "/careers/medical-coder/salary?sort=bogus", 400),
        (Method::POST, "/", 405),
        (Method::DELETE, "/careers/medical-coder", 405),
        (Method::GET, "/static/css/site.css", 200),
        (Method::GET, "/sitemap.xml", 200),
        (Method::GET, "/robots.txt", 200),
        (Method::GET, "/healthz", 200),
        (Method::GET, "/search?q=x%00", 400),
    ] {
        let (got, headers, _) = call(&app, method.clone(), uri).await;
        assert_eq!(got, status, "{method} {uri}");
        assert_headers(uri, &headers);
        assert!(
            headers.get("strict-transport-security").is_none(),
            "no HSTS without TLS"
        );
    }
    let tls = TestApp::real().behind_tls();
    let (_, headers, _) = call(&tls, Method::GET, "/").await;
    let hsts = headers
        .get("strict-transport-security")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(hsts.starts_with("max-age=63072000"), "{hsts}");
}

#[actix_web::test]
async fn hostile_addresses_get_clear_pages() {
    let app = TestApp::real();
    let (status, headers, body) = call(&app, Method::POST, "/careers/medical-coder").await;
    assert_eq!(status, 405);
    assert_eq!(headers.get("allow").unwrap(), "GET, HEAD");
    assert!(body.contains("answers GET and HEAD") && body.contains(r#"class="site-header""#));
    for method in [Method::PUT, Method::PATCH, Method::OPTIONS] {
        assert_eq!(call(&app, method, "/").await.0, 405);
    }

    let long = format!("/careers/{}", "a".repeat(3000));
    let (status, _, body) = call(&app, Method::GET, &long).await;
    assert_eq!(status, 414);
    assert!(body.contains("This address is too long"));
    let (status, _, _) = call(
        &app,
        Method::GET,
        &format!("/search?q={}", "a".repeat(20_000)),
    )
    .await;
    assert_eq!(status, 414);

    for uri in [
        "/careers/%FF%FE",
        "/careers/medical%00coder",
        "/careers/medical-coder%0d%0aSet-Cookie:x=1",
        "/search?q=%FF",
        "/careers/medical-coder/training?town=%C3%28",
        "/careers/medical-coder/training?town=a%0Ab",
    ] {
        let (status, _, body) = call(&app, Method::GET, uri).await;
        assert_eq!(status, 400, "{uri}");
        assert!(
            body.contains("control characters or bytes that are not text"),
            "{uri}"
        );
    }
}

#[actix_web::test]
async fn static_files_never_leave_the_static_folder() {
    let app = TestApp::real();
    for uri in [
        "/static/../Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/%2e%2e%2fsrc%2fmain.rs",
        "/static/css/..%2f..%2fCargo.toml",
        "/static/..\\Cargo.toml",
        "/static/%5c..%5cCargo.toml",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/.gitignore",
        "/static/.",
        "/static/css",
        "/static/css/",
        "/static/",
        "/static",
    ] {
        let (status, _, body) = call(&app, Method::GET, uri).await;
        assert!(status == 404 || status == 400, "{uri}: {status}");
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{uri} leaked a file"
        );
        assert!(!body.contains("Index of"), "{uri} listed a folder");
    }
}

#[actix_web::test]
async fn seed_text_is_escaped_in_every_context() {
    let seed = SeedCopy::new();
    let evil = r#"Coder \"><script>alert(1)</script> ]]> javascript:alert(2) </script>"#;
    seed.edit_career("title = \"Medical Coder\"", &format!("title = \"{evil}\""));
    seed.edit_career(
        "industry = \"Federal executive branch\"",
        &format!("industry = \"{evil}\""),
    );
    seed.edit_career("city = \"Seattle\"", &format!("city = \"{evil}\""));
    let app = TestApp::build(seed.path());
    for uri in [
        "/",
        "/careers/medical-coder",
        "/careers/medical-coder/training",
        "/careers/medical-coder/salary",
        "/careers/medical-coder/outlook",
        "/careers/medical-coder/sheet",
        "/search?q=coder",
        "/schools",
    ] {
        let (status, _, body) = call(&app, Method::GET, uri).await;
        assert_eq!(status, 200, "{uri}");
        assert!(!body.contains("<script>alert"), "{uri}: raw script");
        assert!(
            !body.contains("\"><script>"),
            "{uri}: attribute broken out of"
        );
        assert!(
            !body.contains("href=\"javascript:"),
            "{uri}: javascript link"
        );
        let html = scraper::Html::parse_document(&body);
        let scripts =
            scraper::Selector::parse("script:not([src]):not([type=\"application/ld+json\"])")
                .unwrap();
        assert_eq!(html.select(&scripts).count(), 0, "{uri}: inline script");
        let ld = scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap();
        for s in html.select(&ld) {
            let data: serde_json::Value =
                serde_json::from_str(&s.text().collect::<String>()).unwrap();
            assert!(
                data["name"]
                    .as_str()
                    .unwrap()
                    .contains("<script>alert(1)</script> ]]>")
            );
        }
    }
    // A learn-more address must be a web address.
    let seed = SeedCopy::new();
    seed.edit_career(
        "phone = \"(312) 233-1100\"",
        "phone = \"(312) 233-1100\"\nurl = \"javascript:alert(1)\"",
    );
    let err = careerguide::seed::load(seed.path()).expect_err("javascript: must be refused");
    assert_eq!(err.field, "learn_more[0].url");
}

fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("careers".to_string()),
        Just("medical-coder".to_string()),
        Just("coding-specialist".to_string()),
        Just("training".to_string()),
        Just("salary".to_string()),
        Just("static".to_string()),
        Just("..".to_string()),
        Just("%2e%2e".to_string()),
        Just("%FF".to_string()),
        Just("%00".to_string()),
        "[a-zA-Z0-9._~%-]{0,12}",
        "\\PC{0,6}".prop_map(|s| s.bytes().map(|b| format!("%{b:02X}")).collect()),
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z]{1,6}=[a-zA-Z0-9%+&=._*\"()-]{0,40}".prop_map(|q| format!("?{q}")),
        "(sort|town|q|state|page)=\\PC{0,30}".prop_map(|q| {
            let (k, v) = q.split_once('=').unwrap_or((&q, ""));
            format!(
                "?{k}={}",
                form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            )
        }),
        "[ -~]{0,60}".prop_map(|q| format!("?{}", q.replace(' ', "+").replace('#', "%23"))),
    ]
}

#[test]
fn random_addresses_never_break_the_site() {
    let app = TestApp::real();
    let system = actix_web::rt::System::new();
    let config = ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |(segments in proptest::collection::vec(segment(), 0..5), q in query(), head in any::<bool>())| {
        let uri = format!("/{}{}", segments.join("/"), q);
        if let Ok(parsed) = uri.parse::<actix_web::http::Uri>() {
            let method = if head { Method::HEAD } else { Method::GET };
            let r = system.block_on(app.call(method, &parsed.to_string()));
            prop_assert!(r.status < 500, "{uri} answered {}", r.status);
            assert_headers(&uri, &r.headers);
        }
    });
}
