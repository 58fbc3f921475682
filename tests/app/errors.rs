//! One error type, rendered as the error page or as JSON under /api/;
//! request ids in every response and in the log lines of the request.

use std::sync::{Arc, Mutex, OnceLock};

use careerguide::telemetry;
use careerguide::web::access_log::AccessLog;
use tracing_subscriber::EnvFilter;

use crate::common::{TestApp, TestDb};

#[actix_web::test]
async fn a_bad_parameter_is_a_400_that_names_it_as_a_page_or_as_json() {
    let app = TestApp::real();
    for (uri, name, says) in [
        ("/schools?state=Connecticut", "state", "is not a state"),
        ("/schools?page=zero", "page", "is not a page number"),
        (
            "/careers/medical-coder/salary?sort=3y",
            "sort",
            "1y, 5y, rise",
        ),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 400, "{uri}");
        assert!(r.header("content-type").unwrap().starts_with("text/html"));
        let main = r.texts("main").join(" ");
        assert!(main.contains(says), "{uri}: {main}");
        assert!(
            main.contains(&format!("Check {name}= in the address")),
            "{uri}: {main}"
        );
    }
    let r = app.get("/api/v1/schools?state=Connecticut&page=2").await;
    assert_eq!(r.status, 400);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["status"], 400);
    assert_eq!(v["parameter"], "state");
    assert!(v["error"].as_str().unwrap().contains("is not a state"));
    assert!(v.get("reference").is_none(), "{v}");
}

#[actix_web::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::real();
    let mut ids = Vec::new();
    for uri in [
        "/",
        "/careers/medical-coder",
        "/careers/nope",
        "/careers/coding-specialist",
        "/schools?page=x",
        "/api/v1/careers",
        "/api/v1/nothing",
        "/static/css/site.css",
    ] {
        let r = app.get(uri).await;
        let id = r
            .header("x-request-id")
            .unwrap_or_else(|| panic!("{uri}: no id"));
        assert_eq!(id.len(), 32, "{uri}: {id}");
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{uri}: {id}");
        ids.push(id.to_string());
    }
    let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len(), "ids repeat: {ids:?}");
    let r = app.call(actix_web::http::Method::DELETE, "/").await;
    assert_eq!(r.status, 405);
    assert!(r.header("x-request-id").is_some());
}

/// A log that tests can read: what the subscriber writes, kept in memory.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    /// The log of this test binary: the binary's subscriber, installed
    /// for the whole process the first time, writing here. (A subscriber
    /// set for one thread only misses events whose call sites other test
    /// threads registered first.) Lines of one request are found by its id.
    fn global() -> &'static Log {
        static LOG: OnceLock<Log> = OnceLock::new();
        LOG.get_or_init(|| {
            let log = Log::default();
            let writer = log.clone();
            let subscriber =
                telemetry::subscriber(move || writer.clone(), EnvFilter::new("info"), false);
            tracing::subscriber::set_global_default(subscriber).expect("no other logger");
            log
        })
    }

    fn lines(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .lines()
            .map(str::to_string)
            .collect()
    }
}

#[actix_web::test]
async fn an_internal_error_is_logged_once_with_the_id_of_its_access_line() {
    let log = Log::global();
    let mut app = TestApp::with_db(TestDb::real_copy());
    let access = AccessLog::to(log.clone());
    app.state = app.state.with_access_log(access.clone());
    // Break the database under the running app: the outlook's query fails.
    rusqlite::Connection::open(&app.db.path)
        .unwrap()
        .execute_batch("DROP TABLE projection")
        .unwrap();

    for uri in [
        "/careers/medical-coder/outlook",
        "/api/v1/careers/medical-coder",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 500, "{uri}");
        assert!(
            !r.body.contains("projection"),
            "{uri}: the cause reached the reader"
        );
        let id = r.header("x-request-id").unwrap().to_string();
        // The reader gets the id to quote.
        assert!(r.body.contains(&id), "{uri}: {}", r.body);

        access.flush();
        let lines = log.lines();
        let of_request: Vec<&String> = lines.iter().filter(|l| l.contains(&id)).collect();
        let errors: Vec<&&String> = of_request
            .iter()
            .filter(|l| l.contains("ERROR") && l.contains("internal error"))
            .collect();
        assert_eq!(errors.len(), 1, "{uri}: {lines:#?}");
        assert!(
            errors[0].contains("database query failed: no such table: projection"),
            "{}",
            errors[0]
        );
        let access: Vec<&&String> = of_request
            .iter()
            .filter(|l| l.contains(": access: ") && l.contains("status=500"))
            .collect();
        assert_eq!(access.len(), 1, "{uri}: {lines:#?}");
    }
    let json = app.get("/api/v1/careers/medical-coder").await;
    let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(v["reference"], json.header("x-request-id").unwrap());
}
