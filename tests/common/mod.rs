//! Helpers shared by the integration tests: seeded temporary databases,
//! and [`TestApp`], the one way tests build the application.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
        std::fs::copy(from.join("elements.toml"), dir.path().join("elements.toml")).unwrap();
        // The datasets are left out: tests that edit a career need not build
        // every occupation. `with_datasets` links them in.
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

    /// The same, with the real datasets and descriptions (linked, not
    /// copied).
    pub fn with_datasets() -> Self {
        let copy = Self::new();
        let from = real_seed().join("datasets");
        let to = copy.path().join("datasets");
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let entry = entry.unwrap();
            std::os::unix::fs::symlink(entry.path(), to.join(entry.file_name())).unwrap();
        }
        // The datasets' careers need their descriptions.
        std::os::unix::fs::symlink(
            real_seed().join("descriptions"),
            copy.path().join("descriptions"),
        )
        .unwrap();
        copy
    }

    /// Replaces the first `from` with `to` in the dataset file `file`
    /// (relative to `datasets/`), which becomes a copy of its own.
    pub fn edit_dataset(&self, file: &str, from: &str, to: &str) {
        let datasets = self.path().join("datasets");
        let rel = Path::new(file);
        let folder = datasets.join(rel.parent().unwrap());
        if folder.is_symlink() {
            let original = std::fs::read_link(&folder).unwrap();
            std::fs::remove_file(&folder).unwrap();
            std::fs::create_dir(&folder).unwrap();
            for entry in std::fs::read_dir(&original).unwrap() {
                let entry = entry.unwrap();
                std::os::unix::fs::symlink(entry.path(), folder.join(entry.file_name())).unwrap();
            }
        }
        let target = datasets.join(rel);
        let text = std::fs::read_to_string(&target).unwrap();
        assert!(text.contains(from), "{file} has no `{from}` to replace");
        std::fs::remove_file(&target).unwrap();
        std::fs::write(&target, text.replacen(from, to, 1)).unwrap();
    }

    /// Replaces the first `from` with `to` in the description file that
    /// holds it; the descriptions folder becomes a copy of its own.
    /// Returns the file's name.
    pub fn edit_descriptions(&self, from: &str, to: &str) -> String {
        let folder = self.path().join("descriptions");
        if folder.is_symlink() {
            std::fs::remove_file(&folder).unwrap();
            std::fs::create_dir(&folder).unwrap();
            for entry in std::fs::read_dir(real_seed().join("descriptions")).unwrap() {
                let entry = entry.unwrap();
                std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
            }
        }
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).unwrap();
            if text.contains(from) {
                std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
                return path.file_name().unwrap().to_string_lossy().into_owned();
            }
        }
        panic!("no description file has `{from}` to replace");
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
    /// The folder holding a database of this test's own (none for the
    /// shared database of the real seed).
    pub dir: Option<TempDir>,
    pub path: PathBuf,
    pub pool: Pool,
}

/// The real seed's database, built once per test binary and shared
/// read-only by every test that does not change it.
fn shared_real() -> &'static Path {
    static REAL: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = REAL.get_or_init(|| {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("real.sqlite3");
        db::build::build_from_dir(&real_seed(), &path).expect("the real seed builds");
        (dir, path)
    });
    path
}

impl TestDb {
    pub fn build(seed: &Path) -> Self {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("test.sqlite3");
        db::build::build_from_dir(seed, &path).expect("seed builds");
        let pool = db::open_read_only(&path, 2).expect("database opens");
        Self {
            dir: Some(dir),
            path,
            pool,
        }
    }

    /// The real seed's database, shared: never write to it.
    pub fn real() -> Self {
        let path = shared_real().to_path_buf();
        let pool = db::open_read_only(&path, 2).expect("database opens");
        Self {
            dir: None,
            path,
            pool,
        }
    }

    /// A copy of the real seed's database of this test's own, to change.
    pub fn real_copy() -> Self {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("copy.sqlite3");
        std::fs::copy(shared_real(), &path).unwrap();
        let pool = db::open_read_only(&path, 2).expect("database opens");
        Self {
            dir: Some(dir),
            path,
            pool,
        }
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

/// Every row of a dataset file in the real seed (gzip-compressed or not),
/// as maps from column to value: tests check pages against the files
/// themselves.
pub fn data_rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let path = real_seed().join("datasets").join(file);
    let bytes = std::fs::File::open(&path).unwrap();
    let input: Box<dyn std::io::Read> = if file.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(bytes))
    } else {
        Box::new(bytes)
    };
    let mut reader = csv::Reader::from_reader(input);
    reader.deserialize().map(|r| r.unwrap()).collect()
}

/// The row of a dataset file whose `soc` is `soc`.
pub fn data_row(file: &str, soc: &str) -> std::collections::HashMap<String, String> {
    data_rows(file)
        .into_iter()
        .find(|r| r.get("soc").map(String::as_str) == Some(soc))
        .unwrap_or_else(|| panic!("{file} has no row for {soc}"))
}

/// A data file's dollars as the pages write them: `$51,140` from `51140`.
pub fn money(raw: &str) -> String {
    let n: i64 = raw.parse().unwrap();
    format!("${}", careerguide::web::format::number(n))
}

/// A data file's count as the pages write it: `194,720` from `194720`.
pub fn count(raw: &str) -> String {
    careerguide::web::format::number(raw.parse().unwrap())
}

/// A CSV download: checks it is 200 and CSV, then its rows as maps from
/// column to value, in order.
pub async fn csv_table(app: &TestApp, uri: &str) -> Vec<std::collections::HashMap<String, String>> {
    let r = app.get(uri).await;
    assert_eq!(r.status, 200, "{uri}");
    assert_eq!(r.header("content-type"), Some("text/csv; charset=utf-8"));
    let mut reader = csv::Reader::from_reader(r.body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}
