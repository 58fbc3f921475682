//! Helpers shared by the integration tests: seeded temporary databases,
//! and [`TestApp`], the one way tests build the application.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use actix_web::http::Method;
use actix_web::test;
use careerguide::db::{self, Pool};
use careerguide::web::assets::Assets;
use careerguide::web::{self as site, AppState};
use tempfile::TempDir;

/// The address the test apps say they are reached at.
pub const PUBLIC_URL: &str = "http://careers.example";

/// The project's real seed folder.
pub fn real_seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seed")
}

/// The project's real static folder.
pub fn static_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("static")
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

/// The application over a seeded database, as the server builds it
/// (routes, middleware, state); requests go through it in-process. Every
/// request shares one page cache, as a server's workers do.
pub struct TestApp {
    pub db: TestDb,
    pub state: AppState,
    pub behind_tls: bool,
}

impl TestApp {
    /// The app over the real seed.
    pub fn real() -> Self {
        Self::with_db(TestDb::real())
    }

    /// The app over the seed in `seed`.
    pub fn build(seed: &Path) -> Self {
        Self::with_db(TestDb::build(seed))
    }

    /// The app over `db`.
    pub fn with_db(db: TestDb) -> Self {
        let assets = Assets::load(&static_dir()).expect("the static folder loads");
        let state = AppState::new(db.pool.clone(), PUBLIC_URL, assets);
        Self {
            db,
            state,
            behind_tls: false,
        }
    }

    /// The same, serving as if behind TLS.
    pub fn behind_tls(mut self) -> Self {
        self.behind_tls = true;
        self
    }

    /// GETs `uri`.
    pub async fn get(&self, uri: &str) -> Resp {
        self.send(test::TestRequest::get().uri(uri)).await
    }

    /// Sends `uri` with `method`.
    pub async fn call(&self, method: Method, uri: &str) -> Resp {
        self.send(test::TestRequest::default().method(method).uri(uri))
            .await
    }

    /// GETs `uri` with extra request headers.
    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Resp {
        let mut req = test::TestRequest::get().uri(uri);
        for (k, v) in headers {
            req = req.insert_header((*k, *v));
        }
        self.send(req).await
    }

    /// Sends `req` through the app.
    pub async fn send(&self, req: test::TestRequest) -> Resp {
        let app = test::init_service(site::server::app(self.state.clone(), self.behind_tls)).await;
        let resp = test::call_service(&app, req.to_request()).await;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = test::read_body(resp).await.to_vec();
        Resp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).to_string(),
            bytes,
        }
    }

    /// Starts the real HTTP server over this database on a free port, in
    /// its own thread, and returns its address (which is also its public
    /// address, for canonical links and QR codes).
    pub fn serve(&self) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let base = format!("http://{}", listener.local_addr().expect("an address"));
        let assets = Assets::load(&static_dir()).expect("the static folder loads");
        let state = AppState::new(self.db.pool.clone(), &base, assets);
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let options = site::server::ServerOptions {
                    workers: Some(2),
                    behind_tls: false,
                };
                site::server::server(listener, state, options)
                    .expect("server starts")
                    .await
            })
        });
        base
    }
}

/// A response, read whole.
pub struct Resp {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    /// The body as text (lossy for binary bodies).
    pub body: String,
    /// The body as sent.
    pub bytes: Vec<u8>,
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
