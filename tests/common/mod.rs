//! Helpers shared by the integration tests: seeded temporary databases
//! and requests through the real routes.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use actix_web::test;
use careerguide::db::{self, Pool};
use careerguide::web::{AppState, app};
use tempfile::TempDir;

/// The project's real seed folder.
pub fn real_seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seed")
}

/// A copy of the real seed in a temporary folder, for tests that change it.
pub struct SeedCopy {
    pub dir: TempDir,
}

impl SeedCopy {
    pub fn new() -> Self {
        let dir = TempDir::new().unwrap();
        let from = real_seed();
        std::fs::create_dir_all(dir.path().join("careers")).unwrap();
        std::fs::copy(from.join("sources.toml"), dir.path().join("sources.toml")).unwrap();
        std::fs::copy(from.join("glossary.toml"), dir.path().join("glossary.toml")).unwrap();
        for entry in std::fs::read_dir(from.join("careers")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(
                entry.path(),
                dir.path().join("careers").join(entry.file_name()),
            )
            .unwrap();
        }
        Self { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn career_file(&self) -> PathBuf {
        self.path().join("careers").join("medical-coder.toml")
    }

    /// Replaces the first `from` in the Medical Coder file with `to`.
    pub fn edit_career(&self, from: &str, to: &str) {
        let file = self.career_file();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(from), "seed has no `{from}` to replace");
        std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
    }
}

/// A database built from a seed folder into a temporary directory.
pub struct TestDb {
    pub dir: TempDir,
    pub path: PathBuf,
    pub pool: Pool,
}

impl TestDb {
    pub fn build(seed: &Path) -> Self {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("test.sqlite3");
        db::build::build_from_dir(seed, &path).expect("seed builds");
        let pool = db::open_read_only(&path, 2).expect("database opens");
        Self { dir, path, pool }
    }

    pub fn real() -> Self {
        Self::build(&real_seed())
    }
}

/// A response, read whole.
pub struct Resp {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Text of every element matching `selector`, white space collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

/// GETs `uri` from the app serving `pool`.
pub async fn get(pool: &Pool, uri: &str) -> Resp {
    let app = test::init_service(app(
        AppState::new(pool.clone(), "http://careers.example".to_string()),
        false,
    ))
    .await;
    let resp = test::call_service(&app, test::TestRequest::get().uri(uri).to_request()).await;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = test::read_body(resp).await;
    Resp {
        status,
        headers,
        body: String::from_utf8(body.to_vec()).unwrap(),
    }
}
