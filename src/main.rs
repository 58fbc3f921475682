//! `careerguide`: build the database from `seed/` and serve the site.

use std::net::TcpListener;
use std::process::ExitCode;
use std::time::Instant;

use careerguide::config::{Cli, Command, Config};
use careerguide::web::assets::Assets;
use careerguide::{db, seed, telemetry, web};
use clap::Parser;

/// jemalloc instead of glibc's malloc: under 256 connections asking for
/// cold pages, glibc's per-thread arenas held freed page buffers and the
/// server grew past 300 MB; jemalloc returns them.
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _flush_on_exit = telemetry::init();
    let config = cli.config;
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Check => check(&config),
        Command::Build => build(&config),
        Command::Serve => serve(&config),
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
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("careerguide: {message}");
            ExitCode::FAILURE
        }
    }
}

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
    let workers = config
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let pool = db::open_read_only(&config.database, u32::try_from(workers * 2).unwrap_or(8))
        .map_err(|e| e.to_string())?;
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
    let state = web::AppState::with_cache(
        pool,
        &public_url,
        assets,
        config.page_cache_mb.saturating_mul(1024 * 1024),
    );
    let connections = u32::try_from(workers * 2).unwrap_or(8);
    actix_web::rt::System::new()
        .block_on(async {
            let options = web::server::ServerOptions {
                workers: Some(workers),
                behind_tls: config.behind_tls,
            };
            let server = web::server::server(listener, state.clone(), options)?;
            actix_web::rt::spawn(reload_on_hangup(
                state.clone(),
                config.database.clone(),
                connections,
            ));
            let result = server.await;
            log_cache(&state);
            result
        })
        .map_err(|e| format!("server stopped with an error: {e}"))
}

/// On every SIGHUP, opens the database file afresh (a `careerguide build`
/// beside the running site replaces it atomically) and serves it with an
/// empty page cache. A database that cannot be opened is reported and
/// the site goes on serving the one it has.
async fn reload_on_hangup(state: web::AppState, database: std::path::PathBuf, connections: u32) {
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
        let opened = actix_web::web::block(move || db::open_read_only(&path, connections)).await;
        match opened {
            Ok(Ok(pool)) => {
                log_cache(&state);
                state.reload(pool);
                tracing::info!(
                    database = %database.display(),
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "database reloaded; page cache emptied"
                );
            }
            Ok(Err(e)) => {
                tracing::error!(error = %e, "reload failed; still serving the database opened before")
            }
            Err(e) => {
                tracing::error!(error = %e, "reload failed; still serving the database opened before")
            }
        }
    }
}

/// Logs how the page cache did: pages, bytes, hits and misses.
fn log_cache(state: &web::AppState) {
    let (pages, bytes, hits, misses) = state.cache_stats();
    tracing::info!(pages, bytes, hits, misses, "page cache");
}
