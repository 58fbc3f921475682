//! The real binary: start-up failures, the access log, SIGTERM, and a
//! build killed half-way.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{TestDb, real_seed};

const BIN: &str = env!("CARGO_BIN_EXE_careerguide");

fn careerguide(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("CAREERGUIDE_DATABASE")
        .env_remove("CAREERGUIDE_PORT")
        .env("RUST_LOG", "info");
    cmd
}

/// Starts the server on `database` without building it; returns the
/// error line it must stop with.
fn start_up_error(database: &std::path::Path) -> String {
    let out = careerguide(&[
        "--no-build",
        "--port",
        "0",
        "--database",
        database.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(
        !out.status.success(),
        "the server started on {}",
        database.display()
    );
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines()
        .find(|l| l.starts_with("careerguide:"))
        .expect("an error line")
        .to_string()
}

#[test]
fn a_missing_or_corrupt_database_stops_start_up_with_one_clear_line() {
    let dir = tempfile::TempDir::new().unwrap();
    let line = start_up_error(&dir.path().join("missing.sqlite3"));
    assert!(
        line.contains("missing.sqlite3") && line.contains("careerguide build"),
        "{line}"
    );

    let corrupt = dir.path().join("corrupt.sqlite3");
    std::fs::write(
        &corrupt,
        b"this is not a database, just text that is long enough to look like a header",
    )
    .unwrap();
    let line = start_up_error(&corrupt);
    assert!(
        line.contains("corrupt.sqlite3") && line.contains("rebuild it"),
        "{line}"
    );
}

#[test]
fn sigterm_stops_the_server_cleanly_after_logging_requests() {
    let db = TestDb::real();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    drop(listener);
    let mut child = careerguide(&[
        "--no-build",
        "--port",
        &port,
        "--database",
        db.path.to_str().unwrap(),
    ])
    .stderr(Stdio::piped())
    .stdout(Stdio::null())
    .spawn()
    .unwrap();
    let url = format!("http://127.0.0.1:{port}/healthz");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(resp) = ureq::get(&url).call() {
            assert_eq!(resp.status().as_u16(), 200);
            break;
        }
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A client that never finishes its request is cut off (408) after the
    // 5 s request timeout instead of holding the connection.
    {
        use std::io::Write;
        let mut slow = std::net::TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
        slow.set_read_timeout(Some(Duration::from_secs(15)))
            .unwrap();
        slow.write_all(b"GET /careers/medical-coder HTTP/1.1\r\nHost: x\r\n")
            .unwrap();
        let started = Instant::now();
        let mut answer = Vec::new();
        let _ = slow.read_to_end(&mut answer);
        let waited = started.elapsed();
        assert!(
            waited < Duration::from_secs(12),
            "the slow client held the connection for {waited:?}"
        );
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
            "{answer}"
        );
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap();
    assert!(code.success(), "exit status after SIGTERM: {code}");
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let access = log
        .lines()
        .find(|l| l.contains("path=\"/healthz\""))
        .expect("an access line");
    assert!(
        access.contains("method=GET")
            && access.contains("status=200")
            && access.contains("duration_us="),
        "{access}"
    );
}

#[test]
fn a_build_killed_half_way_leaves_the_old_database() {
    let dir = tempfile::TempDir::new().unwrap();
    let target = dir.path().join("site.sqlite3");
    careerguide::db::build::build_from_dir(&real_seed(), &target).unwrap();
    let before = std::fs::read(&target).unwrap();

    let big = dir.path().join("big");
    careerguide::seed::synthetic::write(&big, 3000, 30_000).unwrap();
    for delay_ms in [200, 600, 1200] {
        let mut child = careerguide(&[
            "build",
            "--seed-dir",
            big.to_str().unwrap(),
            "--database",
            target.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok();
        child.wait().unwrap();
        assert!(
            !finished,
            "the build finished within {delay_ms} ms; make the seed bigger"
        );
        assert_eq!(
            std::fs::read(&target).unwrap(),
            before,
            "killed after {delay_ms} ms"
        );
        let pool = careerguide::db::open_read_only(&target, 1).expect("the old database opens");
        let conn = pool.get().unwrap();
        let careers = crate::common::data_rows("bls-projections-2024-2034/occupations.csv").len();
        assert_eq!(
            careerguide::db::read::count(&conn, "career").unwrap(),
            careers as i64
        );
    }
}

/// Starts the server on `database` (building it from the real seed when
/// needed), waits until it answers, stops it, and returns what it logged.
fn serve_once(database: &std::path::Path) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    drop(listener);
    let mut child = careerguide(&["--port", &port, "--database", database.to_str().unwrap()])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/healthz");
    let deadline = Instant::now() + Duration::from_secs(180);
    while ureq::get(&url).call().is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    log
}

#[test]
fn an_unchanged_seed_is_not_built_again() {
    let dir = tempfile::TempDir::new().unwrap();
    let database = dir.path().join("careers.sqlite3");
    let first = serve_once(&database);
    assert!(first.contains("database built"), "{first}");
    let built = std::fs::metadata(&database).unwrap().modified().unwrap();
    let second = serve_once(&database);
    assert!(second.contains("not rebuilding"), "{second}");
    assert!(!second.contains("database built"), "{second}");
    assert_eq!(
        std::fs::metadata(&database).unwrap().modified().unwrap(),
        built
    );
}

#[test]
fn under_load_every_request_leaves_one_access_line_and_sigterm_writes_the_last() {
    let db = TestDb::real();
    let dir = tempfile::TempDir::new().unwrap();
    let log_file = dir.path().join("server.log");
    let (mut child, base) = start_serving(&db.path, &log_file);

    // 16 clients on their own connections, 400 requests each: a cached
    // page and, in between, an address of their own that is a 404.
    const CLIENTS: usize = 16;
    const EACH: usize = 400;
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let base = base.clone();
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                for i in 0..EACH {
                    let url = if i % 2 == 0 {
                        format!("{base}/careers/medical-coder/outlook")
                    } else {
                        format!("{base}/no-such-page/{c}/{i}")
                    };
                    let mut r = agent.get(&url).call().unwrap();
                    let want = if i % 2 == 0 { 200 } else { 404 };
                    assert_eq!(r.status().as_u16(), want, "{url}");
                    r.body_mut().read_to_vec().unwrap();
                }
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    // At once, while the last lines may still wait for their batch.
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success());

    let log = std::fs::read_to_string(&log_file).unwrap();
    // The start-up wait's /healthz lines aside, one line a request.
    let access: Vec<&str> = log
        .lines()
        .filter(|l| l.contains(": access: ") && !l.contains("path=\"/healthz\""))
        .collect();
    assert_eq!(access.len(), CLIENTS * EACH, "access lines");
    let page = access
        .iter()
        .filter(|l| l.contains("path=\"/careers/medical-coder/outlook\" status=200"))
        .count();
    assert_eq!(page, CLIENTS * EACH / 2);
    let missing: std::collections::HashSet<&str> = access
        .iter()
        .filter(|l| l.contains("path=\"/no-such-page/") && l.contains("status=404"))
        .map(|l| l.split(" path=").nth(1).unwrap())
        .collect();
    assert_eq!(missing.len(), CLIENTS * EACH / 2, "each 404 once");
    // Every line is whole: a time, the request's id, and its fields.
    for line in &access {
        assert!(
            line.len() > 30
                && line.as_bytes()[4] == b'-'
                && line.contains("  INFO request{id=")
                && line.contains(" method=GET path=\"/")
                && line.contains(" duration_us="),
            "{line}"
        );
    }
}

/// Starts the server on `database` without building, its log going to
/// `log` (a pipe nobody reads would fill and stall it), waits until it
/// answers, and returns it with its address.
fn start_serving(
    database: &std::path::Path,
    log: &std::path::Path,
) -> (std::process::Child, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    drop(listener);
    let child = careerguide(&[
        "--no-build",
        "--port",
        &port,
        "--workers",
        "2",
        "--database",
        database.to_str().unwrap(),
    ])
    .stderr(std::fs::File::create(log).unwrap())
    .stdout(Stdio::null())
    .spawn()
    .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    while ureq::get(&format!("{base}/healthz")).call().is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, base)
}

/// Builds the seed at `seed` into `database` with the binary, as an
/// operator would beside the running site; returns whether it built and
/// what it printed.
fn build_beside(seed: &std::path::Path, database: &std::path::Path) -> (bool, String) {
    let out = careerguide(&[
        "build",
        "--seed-dir",
        seed.to_str().unwrap(),
        "--database",
        database.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn hang_up(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_rebuilt_database_is_served_after_sighup_without_a_failed_request() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    let seed = crate::common::SeedCopy::with_datasets();
    let dir = tempfile::TempDir::new().unwrap();
    let database = dir.path().join("site.sqlite3");
    let (built, log) = build_beside(seed.path(), &database);
    assert!(built, "{log}");
    let log_file = dir.path().join("server.log");
    let (mut child, base) = start_serving(&database, &log_file);
    let page = format!("{base}/careers/medical-coder");
    let body = |url: &str| {
        ureq::get(url)
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap()
    };
    assert!(body(&page).contains("$51,140"));

    // 64 clients, each on its own connection, ask for pages until told to
    // stop; every answer must be a 200.
    let stop = Arc::new(AtomicBool::new(false));
    let (ok, failed) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let paths = [
        "/careers/medical-coder",
        "/careers/medical-coder/salary?state=CT",
        "/careers/registered-nurses/training",
        "/careers?sort=pay",
        "/search?q=coder",
    ];
    let clients: Vec<_> = (0..64)
        .map(|i| {
            let (stop, ok, failed) = (stop.clone(), ok.clone(), failed.clone());
            let url = format!("{base}{}", paths[i % paths.len()]);
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                while !stop.load(Ordering::Relaxed) {
                    match agent.get(&url).call() {
                        Ok(mut r) if r.status() == 200 => {
                            let _ = r.body_mut().read_to_vec();
                            ok.fetch_add(1, Ordering::Relaxed);
                        }
                        _ => {
                            failed.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));

    // A broken data file: the build names it and changes nothing; a
    // hang-up then keeps the site as it was.
    let before = std::fs::read(&database).unwrap();
    seed.edit_dataset(
        "bls-oews-may2025/national.csv",
        "29-2072,Medical Records Specialists,detailed,194720,56790,37000,43490,51140,",
        "29-2072,Medical Records Specialists,detailed,194720,56790,37000,43490,lots,",
    );
    let (built, log) = build_beside(seed.path(), &database);
    assert!(!built, "a broken file built");
    assert!(
        log.contains("national.csv") && log.contains("annual_median") && log.contains("line 484"),
        "{log}"
    );
    assert_eq!(
        std::fs::read(&database).unwrap(),
        before,
        "the database changed"
    );
    hang_up(&child);
    std::thread::sleep(Duration::from_millis(300));
    assert!(body(&page).contains("$51,140"));

    // A good change: built beside the running site, then a hang-up.
    seed.edit_dataset(
        "bls-oews-may2025/national.csv",
        "43490,lots,",
        "43490,51777,",
    );
    let (built, log) = build_beside(seed.path(), &database);
    assert!(built, "{log}");
    hang_up(&child);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !body(&page).contains("$51,777") {
        assert!(Instant::now() < deadline, "the new figure was not served");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.join().unwrap();
    }
    let (ok, failed) = (ok.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    assert!(ok > 500, "only {ok} requests answered");
    assert_eq!(failed, 0, "{failed} of {} requests failed", ok + failed);
    // The cached page of the old database is gone: the salary page, asked
    // before and after, shows the new national median too.
    assert!(body(&format!("{base}/careers/medical-coder/salary")).contains("$51,777"));

    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    let log = std::fs::read_to_string(&log_file).unwrap();
    assert_eq!(log.matches("database reloaded").count(), 2, "{log}");
    assert!(log.contains("page cache"), "{log}");
}
