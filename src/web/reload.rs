//! Reloading the database while the site runs: a `careerguide build`
//! beside the running site replaces the file atomically, and SIGHUP tells
//! the server to open it afresh.

use std::path::PathBuf;
use std::time::Instant;

use crate::db;
use crate::web::AppState;

/// On every SIGHUP, opens the database file afresh and serves it with an
/// empty page cache. A database that cannot be opened is reported and the
/// site goes on serving the one it has.
pub async fn on_hangup(state: AppState, database: PathBuf, connections: u32) {
    use tokio::signal::unix::{SignalKind, signal};
    let mut hangups = match signal(SignalKind::hangup()) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot listen for SIGHUP: reloading is off");
            return;
        }
    };
    while hangups.recv().await.is_some() {
        let started = Instant::now();
        let path = database.clone();
        let opened = actix_web::web::block(move || db::open_read_only(&path, connections))
            .await
            .map_err(|e| e.to_string())
            .and_then(|r| r.map_err(|e| e.to_string()));
        match opened {
            Ok(pool) => {
                log_cache(&state);
                state.reload(pool);
                tracing::info!(
                    database = %database.display(),
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "database reloaded; page cache emptied"
                );
            }
            Err(e) => {
                tracing::error!(error = %e, "reload failed; still serving the database opened before")
            }
        }
    }
}

/// Logs how the page cache did: pages, bytes, hits and misses.
pub fn log_cache(state: &AppState) {
    let (pages, bytes, hits, misses) = state.cache_stats();
    tracing::info!(pages, bytes, hits, misses, "page cache");
}
