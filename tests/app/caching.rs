//! Compression, ETags, Cache-Control, fingerprinted static files and the
//! page cache, through one app instance so the cache is shared.

use actix_web::http::header;

use crate::common::TestApp;

async fn send(
    app: &TestApp,
    uri: &str,
    headers: &[(&str, &str)],
) -> (u16, header::HeaderMap, Vec<u8>) {
    let r = app.get_with(uri, headers).await;
    (r.status, r.headers, r.bytes)
}

fn h<'a>(headers: &'a header::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[actix_web::test]
async fn pages_carry_etag_and_cache_control_and_answer_304() {
    let app = TestApp::real();
    let (status, headers, body) = send(&app, "/careers/medical-coder", &[]).await;
    assert_eq!(status, 200);
    let etag = h(&headers, "etag").expect("an ETag").to_string();
    assert!(
        etag.starts_with('"') && !etag.starts_with("W/"),
        "a strong ETag: {etag}"
    );
    assert_eq!(h(&headers, "cache-control"), Some("public, max-age=300"));
    assert_eq!(h(&headers, "vary"), Some("Accept-Encoding"));
    assert!(String::from_utf8(body).unwrap().contains("Medical Coder"));

    let (status, headers, body) =
        send(&app, "/careers/medical-coder", &[("If-None-Match", &etag)]).await;
    assert_eq!(status, 304);
    assert!(body.is_empty());
    assert_eq!(h(&headers, "etag"), Some(etag.as_str()));

    let (status, _, _) = send(
        &app,
        "/careers/medical-coder",
        &[("If-None-Match", "\"something-else\"")],
    )
    .await;
    assert_eq!(status, 200);
    // Another page has another validator.
    let (_, other, _) = send(&app, "/careers/medical-coder/salary", &[]).await;
    assert_ne!(h(&other, "etag"), Some(etag.as_str()));
}

#[actix_web::test]
async fn compression_follows_accept_encoding() {
    let app = TestApp::real();
    let (_, plain, identity) = send(&app, "/careers/medical-coder", &[]).await;
    assert_eq!(h(&plain, "content-encoding"), None);

    let (_, headers, br) = send(
        &app,
        "/careers/medical-coder",
        &[("Accept-Encoding", "gzip, deflate, br")],
    )
    .await;
    assert_eq!(h(&headers, "content-encoding"), Some("br"));
    assert!(
        br.len() * 3 < identity.len(),
        "brotli: {} of {}",
        br.len(),
        identity.len()
    );
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &br[..], &mut out).unwrap();
    assert_eq!(out, identity);
    let br_etag = h(&headers, "etag").unwrap().to_string();

    let (_, headers, gz) = send(
        &app,
        "/careers/medical-coder",
        &[("Accept-Encoding", "gzip")],
    )
    .await;
    assert_eq!(h(&headers, "content-encoding"), Some("gzip"));
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out).unwrap();
    assert_eq!(out, identity);
    assert_ne!(
        h(&headers, "etag").unwrap(),
        br_etag,
        "each encoding has its own ETag"
    );

    let (_, headers, body) = send(
        &app,
        "/careers/medical-coder",
        &[("Accept-Encoding", "br;q=0, gzip;q=0")],
    )
    .await;
    assert_eq!(h(&headers, "content-encoding"), None);
    assert_eq!(body, identity);

    // Error pages are compressed by the middleware.
    let (status, headers, _) = send(&app, "/careers/nope", &[("Accept-Encoding", "gzip")]).await;
    assert_eq!(status, 404);
    assert_eq!(h(&headers, "content-encoding"), Some("gzip"));
}

#[actix_web::test]
async fn the_cache_never_serves_one_query_for_another() {
    let app = TestApp::real();
    let first_row = |body: &[u8]| {
        let html = scraper::Html::parse_document(std::str::from_utf8(body).unwrap());
        let sel = scraper::Selector::parse("#salary-by-city ~ .table-wrap tbody tr th").unwrap();
        html.select(&sel)
            .next()
            .map(|e| e.text().collect::<String>())
            .unwrap()
    };
    for _ in 0..2 {
        let (_, _, five) = send(&app, "/careers/medical-coder/salary?sort=5y", &[]).await;
        let (_, _, city) = send(&app, "/careers/medical-coder/salary?sort=city", &[]).await;
        let (_, _, rise) = send(&app, "/careers/medical-coder/salary?sort=rise&utm=x", &[]).await;
        assert_eq!(first_row(&five), "Seattle, Washington");
        assert_eq!(first_row(&city), "Atlanta, Georgia");
        assert_eq!(first_row(&rise), "Atlanta, Georgia");
        let (_, _, bogus) = send(&app, "/careers/medical-coder/salary?sort=bogus", &[]).await;
        assert!(String::from_utf8_lossy(&bogus).contains("is not a way to sort"));
    }
    let rows = |body: &[u8]| {
        let html = scraper::Html::parse_document(std::str::from_utf8(body).unwrap());
        let sel = scraper::Selector::parse("#schools ~ .table-wrap tbody tr").unwrap();
        html.select(&sel).count()
    };
    for _ in 0..2 {
        let (_, _, bridgeport) =
            send(&app, "/careers/medical-coder/training?town=Bridgeport", &[]).await;
        let (_, _, enfield) = send(&app, "/careers/medical-coder/training?town=Enfield", &[]).await;
        let (_, _, all) = send(&app, "/careers/medical-coder/training", &[]).await;
        assert_eq!(rows(&bridgeport), 3);
        assert_eq!(rows(&enfield), 1);
        assert_eq!(rows(&all), 12);
        let (_, _, unknown) = send(&app, "/careers/medical-coder/training?town=Nowhere", &[]).await;
        assert!(String::from_utf8_lossy(&unknown).contains("“Nowhere”"));
        let (_, _, other) = send(&app, "/careers/medical-coder/training?town=NOWHERE", &[]).await;
        assert!(String::from_utf8_lossy(&other).contains("“NOWHERE”"));
    }
}

#[actix_web::test]
async fn static_files_are_fingerprinted_and_cached_for_a_year() {
    let app = TestApp::real();
    let (_, _, page) = send(&app, "/", &[]).await;
    let page = String::from_utf8(page).unwrap();
    let css = careerguide::web::urls::static_file(app.state.assets().name("css/site.css"));
    assert!(
        css.starts_with("/static/css/site.")
            && css.ends_with(".css")
            && css != "/static/css/site.css"
    );
    assert!(page.contains(&format!(r#"<link rel="stylesheet" href="{css}">"#)));

    let (status, headers, body) = send(&app, &css, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        h(&headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(h(&headers, "content-type").unwrap().starts_with("text/css"));
    let (_, plain_headers, plain) = send(&app, "/static/css/site.css", &[]).await;
    assert_eq!(plain, body);
    assert_eq!(
        h(&plain_headers, "cache-control"),
        Some("public, max-age=3600")
    );
    // Compressed once at start-up (as nginx's gzip_static serves a .gz
    // sibling): the same bytes, their own validator, and a 304 for it.
    let (_, gz_headers, gz) = send(&app, &css, &[("Accept-Encoding", "gzip")]).await;
    assert_eq!(h(&gz_headers, "content-encoding"), Some("gzip"));
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(gz.as_slice()),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, body);
    let (_, br_headers, br) = send(&app, &css, &[("Accept-Encoding", "br, gzip")]).await;
    assert_eq!(h(&br_headers, "content-encoding"), Some("br"));
    assert_eq!(h(&br_headers, "vary"), Some("Accept-Encoding"));
    assert!(br.len() < gz.len() && gz.len() < body.len());
    let br_etag = h(&br_headers, "etag").unwrap().to_string();
    let (status, _, empty) = send(
        &app,
        &css,
        &[("Accept-Encoding", "br"), ("If-None-Match", &br_etag)],
    )
    .await;
    assert_eq!(status, 304);
    assert!(empty.is_empty());
    // Served from disk by actix-files: validators, and 304s for them.
    let etag = h(&headers, "etag").expect("an ETag").to_string();
    let modified = h(&headers, "last-modified")
        .expect("a Last-Modified")
        .to_string();
    for (name, value) in [
        ("If-None-Match", etag.as_str()),
        ("If-Modified-Since", &modified),
    ] {
        let (status, again, body) = send(&app, &css, &[(name, value)]).await;
        assert_eq!(status, 304, "{name}");
        assert!(body.is_empty());
        assert_eq!(
            h(&again, "cache-control"),
            Some("public, max-age=31536000, immutable")
        );
    }
    let (_, js, _) = send(
        &app,
        &careerguide::web::urls::static_file(app.state.assets().name("js/share.js")),
        &[],
    )
    .await;
    assert!(h(&js, "content-type").unwrap().contains("javascript"));
    let (_, svg, _) = send(
        &app,
        &careerguide::web::urls::static_file(app.state.assets().name("favicon.svg")),
        &[],
    )
    .await;
    assert_eq!(h(&svg, "content-type"), Some("image/svg+xml"));
    for bad in [
        "/static/css/site.000000000000.css",
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/css/",
        "/static/",
    ] {
        let (status, _, _) = send(&app, bad, &[]).await;
        assert_eq!(status, 404, "{bad}");
    }
}

#[actix_web::test]
async fn a_popular_page_goes_out_at_brotli_best_once_it_is_ready() {
    let app = TestApp::real();
    let uri = "/careers/registered-nurses";
    let br = [("Accept-Encoding", "br")];
    let (_, plain, identity) = send(&app, uri, &[]).await;
    assert_eq!(h(&plain, "content-encoding"), None);
    let (_, first, fast) = send(&app, uri, &br).await;
    let fast_etag = h(&first, "etag").unwrap().to_string();
    assert!(fast_etag.ends_with("-br\""), "{fast_etag}");
    // The page has been asked for often enough: a background thread makes
    // the best form, and the first request that finds it ready gets it.
    let mut best = None;
    for _ in 0..200 {
        let (status, headers, body) = send(&app, uri, &br).await;
        assert_eq!(status, 200);
        let etag = h(&headers, "etag").unwrap().to_string();
        if etag != fast_etag {
            best = Some((etag, body));
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    let (etag, body) = best.expect("the best form within 5 s");
    assert!(etag.ends_with("-br11\""), "{etag}");
    assert!(body.len() < fast.len(), "{} vs {}", body.len(), fast.len());
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &body[..], &mut out).unwrap();
    assert_eq!(out, identity);
    // Its ETag validates it like any other.
    let (status, _, _) = send(
        &app,
        uri,
        &[("Accept-Encoding", "br"), ("If-None-Match", &etag)],
    )
    .await;
    assert_eq!(status, 304);
}
