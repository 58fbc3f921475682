//! Finding the browser, its driver, axe-core and the Nu HTML Checker.
//!
//! Under `CI=true` a missing tool fails the run; elsewhere the suite skips
//! with a message that says what to install.

use std::path::{Path, PathBuf};

/// Paths of every tool the suite drives.
pub struct Tools {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
    pub axe_js: PathBuf,
    pub vnu_jar: PathBuf,
    pub java: PathBuf,
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn from_env_or(var: &str, default: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)).filter(|p| p.is_file()),
        _ => default().filter(|p| p.is_file()),
    }
}

fn node_tool(rel: &str) -> Option<PathBuf> {
    Some(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tools/browser/node_modules")
            .join(rel),
    )
}

/// Finds every tool, or returns `None` after printing one line that says
/// what was skipped and why. Panics instead under `CI=true`.
///
/// The line goes straight to the terminal's standard error, past the test
/// harness's capture, so that a local run that checked nothing cannot look
/// green.
pub fn find(what: &str) -> Option<Tools> {
    let found = [
        (
            "chromium (apt-get install chromium)",
            "CHROMIUM",
            from_env_or("CHROMIUM", || which("chromium")),
        ),
        (
            "chromedriver (apt-get install chromium-driver)",
            "CHROMEDRIVER",
            from_env_or("CHROMEDRIVER", || which("chromedriver")),
        ),
        (
            "axe-core (npm ci --prefix tools/browser)",
            "AXE_CORE_JS",
            from_env_or("AXE_CORE_JS", || node_tool("axe-core/axe.min.js")),
        ),
        (
            "vnu-jar (npm ci --prefix tools/browser)",
            "VNU_JAR",
            from_env_or("VNU_JAR", || node_tool("vnu-jar/build/dist/vnu.jar")),
        ),
        (
            "java (for the Nu HTML Checker)",
            "JAVA",
            from_env_or("JAVA", || which("java")),
        ),
    ];
    let missing: Vec<String> = found
        .iter()
        .filter(|(_, _, p)| p.is_none())
        .map(|(what, var, _)| format!("{what}, or set {var}"))
        .collect();
    if !missing.is_empty() {
        let message = format!(
            "browser checks need tools that are missing:\n  - {}\n`bash .ci/run` installs them all.",
            missing.join("\n  - ")
        );
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{message}");
        }
        let line = format!(
            "SKIPPED (browser suite): {what}; missing {}. `bash .ci/run` installs them all.\n",
            missing.join("; ")
        );
        // Not `eprintln!`: the harness captures that and shows it only on failure.
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), line.as_bytes());
        return None;
    }
    let [chromium, chromedriver, axe_js, vnu_jar, java] = found.map(|(_, _, p)| p);
    Some(Tools {
        chromium: chromium?,
        chromedriver: chromedriver?,
        axe_js: axe_js?,
        vnu_jar: vnu_jar?,
        java: java?,
    })
}
