//! What each command does: check the seed, build the database, serve the
//! site, write a synthetic seed. `main` parses the command line and calls
//! [`run`]; everything it does lives here so that tests can use it too.

use std::net::TcpListener;
use std::time::Instant;

use crate::config::{Command, Config};
use crate::web::assets::Assets;
use crate::{db, seed, web};

/// Runs `command` with `config`; the error is the message to print.
pub fn run(command: Command, config: &Config) -> Result<(), String> {
    match command {
        Command::Check => check(config),
        Command::Build => build(config),
        Command::Serve => serve(config),
        Command::Generate {
            careers,
            schools,
            out,
        } => seed::synthetic::write(&out, careers, schools)
            .map(|()| {
                println!(
                    "wrote {careers} synthetic careers and {schools} schools to {}",
                    out.display()
                )
            })
            .map_err(|e| e.to_string()),
    }
}

/// Validates the seed folder and says how much it holds.
fn check(config: &Config) -> Result<(), String> {
    let seed = seed::load(&config.seed_dir).map_err(|e| e.to_string())?;
    println!(
        "{}: {} careers and {} sources are valid",
        config.seed_dir.display(),
        seed.careers.len(),
        seed.sources.len()
    );
    Ok(())
}

/// Rebuilds the database from the seed; on failure the old one stays.
fn build(config: &Config) -> Result<(), String> {
    let started = Instant::now();
    let stats = db::build::build_from_dir(&config.seed_dir, &config.database).map_err(|e| {
        format!(
            "{e}\nThe database at {} was left unchanged.",
            config.database.display()
        )
    })?;
    tracing::info!(
        database = %config.database.display(),
        careers = stats.careers,
        schools = stats.schools,
        sources = stats.sources,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "database built"
    );
    Ok(())
}

/// How many workers serve requests and how many database connections
/// they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizing {
    /// HTTP worker threads.
    pub workers: usize,
    /// Pooled read-only database connections: two a worker, so a worker
    /// waiting on one query does not hold up the next.
    pub connections: u32,
}

impl Sizing {
    /// `workers` if given, else one a core.
    pub fn new(workers: Option<usize>) -> Self {
        let workers =
            workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
        Self {
            workers,
            connections: u32::try_from(workers * 2).unwrap_or(8),
        }
    }
}

/// Builds the database if the seed or the build code changed, then serves
/// the site until SIGTERM; SIGHUP reopens the database.
fn serve(config: &Config) -> Result<(), String> {
    if !config.no_build {
        if db::build::is_current(&config.seed_dir, &config.database) {
            tracing::info!(
                database = %config.database.display(),
                "database is up to date with the seed; not rebuilding"
            );
        } else {
            build(config)?;
        }
    }
    let sizing = Sizing::new(config.workers);
    let pool =
        db::open_read_only(&config.database, sizing.connections).map_err(|e| e.to_string())?;
    let assets = Assets::load(&config.static_dir).map_err(|e| e.to_string())?;
    let listener = TcpListener::bind((config.addr.as_str(), config.port))
        .map_err(|e| format!("cannot listen on {}:{}: {e}", config.addr, config.port))?;
    let local = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?;
    let public_url = config.public_url(local.port())?;
    tracing::info!(
        public_url,
        static_files = assets.len(),
        "serving on http://{local}"
    );
    // The access log follows RUST_LOG like the rest: off below `info`.
    let access_log = if tracing::enabled!(target: "access", tracing::Level::INFO) {
        web::access_log::AccessLog::to_stderr()
    } else {
        web::access_log::AccessLog::off()
    };
    let state = web::AppState::with_cache(
        pool,
        &public_url,
        assets,
        config.page_cache_mb.saturating_mul(1024 * 1024),
    )
    .with_access_log(access_log);
    actix_web::rt::System::new()
        .block_on(async {
            let options = web::server::ServerOptions {
                workers: Some(sizing.workers),
                behind_tls: config.behind_tls,
            };
            let server = web::server::server(listener, state.clone(), options)?;
            actix_web::rt::spawn(web::reload::on_hangup(
                state.clone(),
                config.database.clone(),
                sizing.connections,
            ));
            let result = server.await;
            // The workers have stopped: write the last access lines.
            state.access_log().close();
            web::reload::log_cache(&state);
            result
        })
        .map_err(|e| format!("server stopped with an error: {e}"))
}

#[cfg(test)]
mod tests {
    use super::Sizing;

    #[test]
    fn two_connections_a_worker() {
        assert_eq!(
            Sizing::new(Some(3)),
            Sizing {
                workers: 3,
                connections: 6
            }
        );
        assert!(Sizing::new(None).workers >= 1);
    }
}
