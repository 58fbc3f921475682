//! The real-browser quality gate: starts the site, crawls it from `/` in
//! headless Chromium and checks every page it finds for broken links,
//! accessibility (axe-core, WCAG 2.1 AA), HTML validity (Nu HTML Checker),
//! horizontal overflow at 360 and 1280 px, console errors, and that it
//! works with JavaScript off.
//!
//! Run it with `cargo test --test browser`; see README.md for the tools.

#[path = "../common/mod.rs"]
mod common;
mod driver;
mod tools;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use serde_json::Value;

use common::TestApp;

/// The widths every page is checked (and, if asked for or failing,
/// photographed) at.
const WIDTHS: [u32; 2] = [360, 1280];
/// Set to `all` to keep a full-page screenshot of every page the crawl
/// opens, at each width; otherwise only pages that fail a check are
/// photographed (a full-page screenshot costs more than all the checks).
const SCREENSHOTS_VAR: &str = "CAREERGUIDE_SCREENSHOTS";

/// A crawl that finds more pages than this has a link generator gone wrong.
const MAX_PAGES: usize = 300;

/// The careers whose pages the crawl opens, beside the site's own pages:
/// the hand-written one and imported ones of different kinds (salaried,
/// paid by the hour, with no wage estimate, a combined BLS code). Links to
/// every other career are checked for a 200 but not opened.
const SAMPLE: [&str; 5] = [
    "medical-coder",
    "registered-nurses",
    "actors",
    "legislators",
    "buyers-and-purchasing-agents",
];

/// Addresses the crawl starts from beside `/`: a filtered and sorted list,
/// a comparison of four careers (one with no wage estimate) with pay in a
/// state, and a career's pay in a state. The pages link to others like
/// them, which the crawl finds itself.
const START: [&str; 7] = [
    "/",
    "/careers?group=healthcare-practitioners-and-technical&growth=5&sort=pay",
    "/compare?c=medical-coder&c=registered-nurses&c=actors&c=legislators&state=CT",
    "/careers/medical-coder/salary?state=CT",
    "/careers/medical-coder/training?state=CT",
    "/interests?first=C&second=I&zone=3",
    "/interests?first=C&second=I&c=medical-coder&c=registered-nurses",
];

/// The Spanish edition's pages the crawl starts from. Its pages are the
/// English templates with Spanish words, so the crawl opens a stated
/// sample of them rather than repeating every English page: the site's
/// own pages, two careers (the hand-written one and an imported one, with
/// pay in a state), one comparison, one interests page and one
/// institution.
const START_ES: [&str; 4] = [
    "/es",
    "/es/careers/medical-coder/salary?state=CT",
    "/es/compare?c=medical-coder&c=registered-nurses&c=actors&c=legislators&state=CT",
    "/es/interests?first=C&second=I&zone=3",
];

/// The careers of the Spanish sample.
const SAMPLE_ES: [&str; 2] = ["medical-coder", "registered-nurses"];

/// The institutions whose pages the crawl opens: one that others merged
/// into, and one of those. Links to the others are checked, not opened.
const INSTITUTIONS: [&str; 2] = ["/institutions/129367", "/institutions/128577"];

/// The one state whose pages the crawl opens; links to the others (the
/// map has one per state) are checked for a 200 but not opened.
const STATE: &str = "CT";

/// Whether the crawl opens `target` (a path with its query) as a page.
fn opened(target: &str) -> bool {
    let target = target.split('#').next().unwrap_or_default();
    if let Some(rest) = target.strip_prefix("/es")
        && (rest.is_empty() || rest.starts_with(['/', '?']))
    {
        // The Spanish sample (see START_ES): what the English crawl
        // would open, less every career but two, the groups, the
        // comparisons and interests pages it does not start from, and
        // all institutions but one.
        let english = if rest.is_empty() || rest.starts_with('?') {
            format!("/{rest}")
        } else {
            rest.to_string()
        };
        let path = english.split('?').next().unwrap_or_default();
        // Programs by credential, order or page are the English pages'
        // tables with Spanish headings: the English crawl opens them.
        let programs = english.contains("/training?")
            && ["credential=", "sort=", "page="]
                .iter()
                .any(|k| english.contains(k));
        let sampled = match path.strip_prefix("/careers/") {
            Some(career) => {
                !programs
                    && SAMPLE_ES
                        .iter()
                        .any(|c| career == *c || career.starts_with(&format!("{c}/")))
            }
            None => {
                !path.starts_with("/groups/")
                    && path != "/interests"
                    && path != "/compare"
                    && (!path.starts_with("/institutions/") || path == INSTITUTIONS[0])
            }
        };
        return START_ES.contains(&target) || (sampled && opened_english(&english));
    }
    opened_english(target)
}

/// Whether the crawl opens `target`, an English page.
fn opened_english(target: &str) -> bool {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut program_choices = 0;
    let mut choices = 0;
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if !value.is_empty() {
            choices += 1;
        }
        let other_state = name == "state" && !value.is_empty() && value != STATE;
        let far_page = name == "page" && !matches!(value.as_ref(), "" | "1" | "2");
        if path.ends_with("/training")
            && matches!(name.as_ref(), "credential" | "sort" | "page")
            && !value.is_empty()
        {
            program_choices += 1;
        }
        if other_state || far_page {
            return false;
        }
    }
    // Programs by credential, order or page: one career's, one choice at
    // a time, are enough.
    if program_choices > 1 || (program_choices == 1 && !path.starts_with("/careers/medical-coder/"))
    {
        return false;
    }
    // A career page with two choices (a sort and a state, say) is the
    // same template as with either one: its links are checked, not opened.
    if path.starts_with("/careers/") && choices > 1 {
        return false;
    }
    if path.starts_with("/institutions/") {
        return INSTITUTIONS.contains(&path);
    }
    if path == "/interests" {
        // Every first choice, Conventional's second choices, and the
        // pages the crawl starts from; each results page's other links
        // (third choices, zones, pages, one "keep" per career) are
        // checked, not opened.
        let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        let has = |k: &str| params.iter().any(|(n, _)| n == k);
        let first_c = params.iter().any(|(n, v)| n == "first" && v == "C");
        let more = ["c", "third", "zone", "page"].iter().any(|k| has(k));
        return START.contains(&target) || (!more && (!has("second") || first_c));
    }
    match path.strip_prefix("/careers/") {
        Some(rest) => SAMPLE
            .iter()
            .any(|c| rest == *c || rest.starts_with(&format!("{c}/"))),
        None => {
            !path.starts_with("/groups/")
                || path == "/groups/healthcare-practitioners-and-technical"
        }
    }
}

/// What kind of comparison `target` is (how many careers, with a state or
/// not), or `None` for other pages. Removing careers from a comparison of
/// four links to every smaller one; the crawl opens one of each kind.
fn comparison_kind(target: &str) -> Option<(usize, bool)> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != "/compare" {
        return None;
    }
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let careers = params.iter().filter(|(k, _)| k == "c").count();
    Some((careers, params.iter().any(|(k, _)| k == "state")))
}

/// Where the crawl spends its time, by phase, for the report.
#[derive(Default)]
struct Phases(Vec<(&'static str, std::time::Duration)>);

impl Phases {
    /// Adds the time since `since` to `phase`, and restarts `since`.
    fn add(&mut self, phase: &'static str, since: &mut std::time::Instant) {
        let spent = since.elapsed();
        *since = std::time::Instant::now();
        match self.0.iter_mut().find(|(p, _)| *p == phase) {
            Some((_, total)) => *total += spent,
            None => self.0.push((phase, spent)),
        }
    }

    fn report(&self) -> String {
        self.0
            .iter()
            .map(|(p, d)| format!("{p} {:.0} s", d.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn http() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

/// Everything gathered from one page in the browser.
struct PageFacts {
    links: Vec<String>,
    assets: Vec<String>,
    forms: Vec<String>,
    main_text: String,
}

const GATHER_JS: &str = r#"
const abs = (u) => new URL(u, document.baseURI).href;
const links = [...document.querySelectorAll('a[href]')].map(a => a.href);
const assets = [
  ...[...document.querySelectorAll('link[href]')].map(l => l.href),
  ...[...document.querySelectorAll('img[src], script[src], source[src], iframe[src]')].map(e => abs(e.getAttribute('src'))),
];
const forms = [...document.querySelectorAll('form')]
  .filter(f => (f.getAttribute('method') || 'get').toLowerCase() === 'get')
  .map(f => {
    const u = new URL(f.action || document.baseURI);
    u.search = new URLSearchParams(new FormData(f)).toString();
    return u.href;
  });
// Content added by JavaScript (data-enhancement) is left out, so the text
// can be compared with the same page shown with JavaScript off.
const extras = [...document.querySelectorAll('[data-enhancement]')].filter(e => !e.hidden);
extras.forEach(e => { e.hidden = true; });
const main = document.querySelector('main');
const main_text = main ? main.innerText : '';
extras.forEach(e => { e.hidden = false; });
return { links, assets, forms, main_text };
"#;

async fn gather(client: &Client) -> PageFacts {
    let v = client
        .execute(GATHER_JS, vec![])
        .await
        .expect("gathering links");
    let list = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    };
    PageFacts {
        links: list("links"),
        assets: list("assets"),
        forms: list("forms"),
        main_text: v["main_text"].as_str().unwrap_or_default().to_string(),
    }
}

/// An address inside the site, without its fragment, or `None` for
/// other sites and non-HTTP links (mailto:, tel:).
fn internal(base: &str, href: &str) -> Option<String> {
    let url = url::Url::parse(href).ok()?;
    let origin = url::Url::parse(base).ok()?;
    if url.origin() != origin.origin() {
        return None;
    }
    let mut path = url.path().to_string();
    if let Some(q) = url.query() {
        path.push('?');
        path.push_str(q);
    }
    Some(path)
}

const AXE_RUN_JS: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are reported: axe then skips gathering the nodes that
  // pass, most of its time on a page of long tables.
  resultTypes: ['violations'],
})
  .then(r => done(r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' '))
  }))))
  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
"#;

const OVERFLOW_JS: &str = r#"
const doc = document.documentElement;
const width = doc.clientWidth;
const scrollsX = (el) => {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
  }
  return false;
};
const offenders = [...document.body.querySelectorAll('*')]
  .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrollsX(el); })
  .slice(0, 5)
  .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
return { inner: window.innerWidth, client: width, scroll: doc.scrollWidth, height: doc.scrollHeight, offenders };
"#;

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

fn file_name(path: &str) -> String {
    let name: String = path
        .trim_start_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() {
        "home".to_string()
    } else {
        name
    }
}

/// Runs the Nu HTML Checker once over every saved page.
fn nu_check(tools: &tools::Tools, files: &BTreeMap<PathBuf, String>, failures: &mut Vec<String>) {
    if files.is_empty() {
        return;
    }
    let out = std::process::Command::new(&tools.java)
        .arg("-jar")
        .arg(&tools.vnu_jar)
        .args(["--errors-only", "--format", "json", "--stdout"])
        .args(files.keys())
        .output()
        .expect("the Nu HTML Checker runs");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "the Nu HTML Checker gave no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    for m in report["messages"].as_array().into_iter().flatten() {
        if m["type"] != "error" && m["subType"] != "fatal" {
            continue;
        }
        let file = m["url"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("file:");
        let page = files
            .iter()
            .find(|(path, _)| path.ends_with(Path::new(file).file_name().unwrap_or_default()))
            .map_or(file, |(_, page)| page.as_str());
        failures.push(format!(
            "{page} — Nu HTML Checker: line {}: {} (at: {})",
            m["lastLine"],
            m["message"].as_str().unwrap_or_default(),
            m["extract"].as_str().unwrap_or_default().trim()
        ));
    }
}

#[actix_web::test]
async fn every_page_passes_the_browser_checks() {
    let Some(tools) =
        tools::find("the crawl with axe, Nu, overflow, console and JavaScript-off checks")
    else {
        return;
    };
    let app = TestApp::real();
    let base = app.serve();
    let agent = http();
    let mut driver = driver::Driver::start(&tools.chromedriver);
    let client = driver.session(&tools.chromium, true).await;
    let axe = std::fs::read_to_string(&tools.axe_js).expect("axe-core");
    let shots = screenshot_dir();
    let html_dir = tempfile::TempDir::new().expect("a folder for page sources");

    let mut failures: Vec<String> = Vec::new();
    let mut queue: VecDeque<String> = START
        .iter()
        .chain(START_ES.iter())
        .map(|p| p.to_string())
        .collect();
    let mut queued: BTreeSet<String> = queue.iter().cloned().collect();
    let mut comparisons: BTreeSet<(usize, bool)> =
        START.iter().filter_map(|p| comparison_kind(p)).collect();
    // Every internal address seen, with the first page that referred to it.
    let mut referred: BTreeMap<String, String> = BTreeMap::new();
    let mut pages: Vec<(String, String)> = Vec::new(); // (path, main text)
    let mut sources: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut phases = Phases::default();
    let mut clock = std::time::Instant::now();
    let every_shot = std::env::var(SCREENSHOTS_VAR).is_ok_and(|v| v == "all");

    while let Some(path) = queue.pop_front() {
        assert!(
            pages.len() < MAX_PAGES,
            "the crawl found more than {MAX_PAGES} pages"
        );
        let url = format!("{base}{path}");
        // The exact bytes the server sends, for the Nu checker.
        let mut resp = agent.get(&url).call().expect("page answers");
        let status = resp.status().as_u16();
        let is_html = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        let body = resp.body_mut().read_to_string().unwrap_or_default();
        if status != 200 {
            failures.push(format!("{path} — status: answered {status}"));
            continue;
        }
        if !is_html {
            // Downloads (CSV) are link-checked below, not opened as pages.
            continue;
        }
        let file = html_dir.path().join(format!("page-{}.html", pages.len()));
        std::fs::write(&file, &body).expect("saving the page");
        sources.insert(file, path.clone());
        phases.add("fetching pages", &mut clock);

        driver::console_errors(&client).await; // start this page with an empty log
        client
            .set_window_size(1280, 900)
            .await
            .expect("window size");
        client.goto(&url).await.expect("navigation");
        let facts = gather(&client).await;

        for href in facts.links.iter().chain(&facts.assets).chain(&facts.forms) {
            let Some(target) = internal(&base, href) else {
                continue;
            };
            referred
                .entry(target.clone())
                .or_insert_with(|| path.clone());
            let is_page = facts.links.contains(href) || facts.forms.contains(href);
            if is_page
                && !target.starts_with("/static/")
                && opened(&target)
                && comparison_kind(&target).is_none_or(|k| comparisons.insert(k))
                && queued.insert(target.clone())
            {
                queue.push_back(target);
            }
        }

        phases.add("opening pages", &mut clock);
        let failed_before = failures.len();

        // Accessibility.
        client
            .execute(&axe, vec![])
            .await
            .expect("injecting axe-core");
        let violations = client
            .execute_async(AXE_RUN_JS, vec![])
            .await
            .expect("running axe-core");
        for v in violations.as_array().into_iter().flatten() {
            failures.push(format!(
                "{path} — axe {} ({}): {} at {}",
                v["id"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or_default(),
                v["help"].as_str().unwrap_or_default(),
                v["nodes"]
                    .as_array()
                    .map(|n| n
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("; "))
                    .unwrap_or_default()
            ));
        }

        phases.add("axe", &mut clock);

        // Widths: no horizontal overflow.
        let mut heights = Vec::new();
        for width in WIDTHS {
            client
                .set_window_size(width, 900)
                .await
                .expect("window size");
            let m = client
                .execute(OVERFLOW_JS, vec![])
                .await
                .expect("measuring");
            let inner = m["inner"].as_u64().unwrap_or_default();
            assert!(
                inner <= u64::from(width) && inner + 40 >= u64::from(width),
                "the browser window did not take width {width} (inner width {inner})"
            );
            let (client_w, scroll_w) = (m["client"].as_u64(), m["scroll"].as_u64());
            if scroll_w > client_w {
                failures.push(format!(
                    "{path} — overflow at {width} px: document is {} px wide in a {} px window; widest: {}",
                    scroll_w.unwrap_or_default(),
                    client_w.unwrap_or_default(),
                    m["offenders"]
                        .as_array()
                        .map(|o| o.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
                        .unwrap_or_default()
                ));
            }
            heights.push((
                width,
                m["height"].as_u64().unwrap_or(900).clamp(400, 10_000) as u32,
            ));
        }

        for message in driver::console_errors(&client).await {
            failures.push(format!("{path} — console error: {message}"));
        }

        // A full-page screenshot at each width, if asked for or if this
        // page failed a check.
        if every_shot || failures.len() > failed_before {
            for (width, height) in heights {
                client
                    .set_window_size(width, height)
                    .await
                    .expect("window size");
                let png = client.screenshot().await.expect("screenshot");
                std::fs::write(shots.join(format!("{}-{width}.png", file_name(&path))), png)
                    .expect("saving a screenshot");
            }
        }
        pages.push((path, facts.main_text));
        phases.add("widths and screenshots", &mut clock);
    }

    // Every internal link and asset answers 200.
    for (target, from) in &referred {
        let status = agent
            .get(&format!("{base}{target}"))
            .call()
            .map(|r| r.status().as_u16())
            .unwrap_or(0);
        if status != 200 {
            failures.push(format!("{from} — broken link: {target} answered {status}"));
        }
    }

    phases.add("checking links", &mut clock);
    nu_check(&tools, &sources, &mut failures);
    phases.add("Nu HTML Checker", &mut clock);

    // With JavaScript off every page shows the same content.
    let plain = driver.session(&tools.chromium, false).await;
    plain
        .goto("data:text/html,<title>off</title><script>document.title='on'</script>")
        .await
        .expect("navigation");
    assert_eq!(
        plain.title().await.expect("a title"),
        "off",
        "the JavaScript-off session ran a script"
    );
    for (path, text) in &pages {
        plain
            .goto(&format!("{base}{path}"))
            .await
            .expect("navigation");
        let shown = plain
            .find(Locator::Css("main"))
            .await
            .expect("a main element")
            .text()
            .await
            .unwrap_or_default();
        if shown.split_whitespace().ne(text.split_whitespace()) {
            failures.push(format!(
                "{path} — JavaScript off: the main content differs from the page with JavaScript on"
            ));
        }
    }

    // The schools filter works with JavaScript off: pick a town, submit.
    if let Some((training, _)) = pages.iter().find(|(p, _)| p.ends_with("/training")) {
        plain
            .goto(&format!("{base}{training}"))
            .await
            .expect("navigation");
        plain
            .find(Locator::Css("select#town"))
            .await
            .expect("the town filter")
            .select_by_label("Bridgeport")
            .await
            .expect("choosing a town");
        plain
            .find(Locator::Css("form.filter button[type=submit]"))
            .await
            .expect("the filter button")
            .click()
            .await
            .expect("submitting the filter");
        // The click returns before the browser has left the page: wait (up
        // to 5 s) for the filtered page's address.
        let mut now = plain.current_url().await.expect("the address");
        for _ in 0..50 {
            if now.query().is_some() {
                break;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
            now = plain.current_url().await.expect("the address");
        }
        let rows = plain
            .find_all(Locator::Css("#schools ~ .table-wrap tbody tr"))
            .await
            .map(|r| r.len())
            .unwrap_or_default();
        if now.query() != Some("town=Bridgeport") || rows != 3 {
            failures.push(format!(
                "{training} — JavaScript off: the town filter led to {now} with {rows} schools, expected ?town=Bridgeport with 3"
            ));
        }
    } else {
        failures.push("the crawl found no training page to test the schools filter on".to_string());
    }

    phases.add("JavaScript off", &mut clock);
    plain.close().await.ok();
    client.close().await.ok();
    let report = format!(
        "Browser checks: {} pages, {} internal addresses, {} failures\nTime: {}\n{}\n",
        pages.len(),
        referred.len(),
        failures.len(),
        phases.report(),
        failures.join("\n")
    );
    std::fs::write(shots.join("report.txt"), &report).ok();
    println!("{report}");
    assert!(
        pages.len() >= 5,
        "the crawl found only {} pages: {:?}",
        pages.len(),
        pages.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    assert!(failures.is_empty(), "{report}");
}

/// Prints the page open in `client` on US Letter and on A4, saves each PDF
/// as `{name}-{paper}.pdf` beside the screenshots, and checks each is
/// exactly one page.
async fn assert_prints_on_one_page(client: &Client, name: &str) {
    use fantoccini::wd::{PrintConfiguration, PrintSize};

    for (paper, size) in [("letter", PrintSize::US_LETTER), ("a4", PrintSize::A4)] {
        let config = PrintConfiguration::builder()
            .size(size)
            .shrink_to_fit(false)
            .build()
            .expect("a print configuration");
        let pdf = client.print(config).await.expect("print to PDF");
        std::fs::write(screenshot_dir().join(format!("{name}-{paper}.pdf")), &pdf)
            .expect("saving the PDF");
        let pages = lopdf::Document::load_mem(&pdf)
            .expect("a readable PDF")
            .get_pages()
            .len();
        assert_eq!(pages, 1, "{name} prints on {pages} pages on {paper} paper");
    }
}

/// The career sheet prints on exactly one page on US Letter and on A4, and
/// its QR code decodes to the canonical address of the career page.
#[actix_web::test]
async fn the_sheet_prints_on_one_page_with_a_working_qr_code() {
    let Some(tools) = tools::find("printing the sheet and decoding its QR code") else {
        return;
    };
    let app = TestApp::real();
    let base = app.serve();
    let mut driver = driver::Driver::start(&tools.chromedriver);
    let client = driver.session(&tools.chromium, true).await;
    let shots = screenshot_dir();

    client
        .goto(&format!("{base}/careers/medical-coder"))
        .await
        .expect("navigation");
    let canonical = client
        .find(Locator::Css(r#"link[rel="canonical"]"#))
        .await
        .expect("a canonical link")
        .attr("href")
        .await
        .expect("its address")
        .expect("an href");
    assert_eq!(canonical, format!("{base}/careers/medical-coder"));

    // A hand-written career and imported ones (the longest title and the
    // longest description among them), the last printed being the one
    // whose QR code is read below.
    for career in [
        "registered-nurses",
        "actors",
        "first-line-supervisors-of-transportation-and-material-moving-workers-except-aircraft-cargo-handling",
        "home-health-and-personal-care-aides",
        "medical-coder",
    ] {
        client
            .goto(&format!("{base}/careers/{career}/sheet"))
            .await
            .expect("navigation");
        assert_prints_on_one_page(&client, &format!("sheet-{career}")).await;
    }
    let english_qr = qr_content(&client, &shots.join("sheet-qr.png")).await;
    assert_eq!(
        english_qr, canonical,
        "the QR code leads to the career page"
    );

    // The Spanish sheets, whose words run longer, print on one page too,
    // and their QR code leads to the Spanish page; the last printed is the
    // one read.
    for career in [
        "first-line-supervisors-of-transportation-and-material-moving-workers-except-aircraft-cargo-handling",
        "home-health-and-personal-care-aides",
        "medical-coder",
    ] {
        client
            .goto(&format!("{base}/es/careers/{career}/sheet"))
            .await
            .expect("navigation");
        assert_prints_on_one_page(&client, &format!("sheet-es-{career}")).await;
    }
    let spanish_qr = qr_content(&client, &shots.join("sheet-es-qr.png")).await;
    assert_eq!(spanish_qr, format!("{base}/es/careers/medical-coder"));
    client.close().await.ok();
}

/// The address in the QR code of the sheet the browser shows, its picture
/// saved at `file`.
async fn qr_content(client: &Client, file: &std::path::Path) -> String {
    let png = client
        .find(Locator::Css(".qr svg"))
        .await
        .expect("the QR code")
        .screenshot()
        .await
        .expect("a picture of the QR code");
    std::fs::write(file, &png).expect("saving the QR code");
    let picture = image::load_from_memory(&png).expect("a PNG").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(picture);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}

/// With JavaScript off, ticking two careers on a group page opens their
/// comparison; a comparison of four with pay in a state prints on exactly
/// one page on US Letter and on A4.
#[actix_web::test]
async fn careers_ticked_on_a_list_compare_and_print_on_one_page() {
    let Some(tools) = tools::find("ticking careers into a comparison and printing it") else {
        return;
    };
    let app = TestApp::real();
    let base = app.serve();
    let mut driver = driver::Driver::start(&tools.chromedriver);
    let plain = driver.session(&tools.chromium, false).await;

    plain
        .goto(&format!(
            "{base}/groups/healthcare-practitioners-and-technical"
        ))
        .await
        .expect("navigation");
    for slug in ["registered-nurses", "dentists-general"] {
        plain
            .find(Locator::Css(&format!("input#cmp-{slug}")))
            .await
            .expect("a tick box for the career")
            .click()
            .await
            .expect("ticking it");
    }
    plain
        .find(Locator::Css("form.compare-form button[type=submit]"))
        .await
        .expect("the compare button")
        .click()
        .await
        .expect("submitting the form");
    let mut now = plain.current_url().await.expect("the address");
    for _ in 0..50 {
        if now.path() == "/compare" {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
        now = plain.current_url().await.expect("the address");
    }
    // The form sends the ticked careers in the list's order.
    assert_eq!(
        now.query(),
        Some("c=dentists-general&c=registered-nurses"),
        "the tick boxes led to {now}"
    );
    let columns = plain
        .find_all(Locator::Css("table.compare thead th a"))
        .await
        .expect("the comparison's columns");
    let mut titles = Vec::new();
    for c in columns {
        titles.push(c.text().await.expect("a title"));
    }
    assert_eq!(titles, ["Dentists, General", "Registered Nurses"]);

    let address =
        "/compare?c=medical-coder&c=registered-nurses&c=pediatric-surgeons&c=legislators&state=CT";
    plain
        .goto(&format!("{base}{address}"))
        .await
        .expect("navigation");
    assert_prints_on_one_page(&plain, "compare").await;
    plain.close().await.ok();
}
