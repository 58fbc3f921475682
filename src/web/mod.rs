//! The web layer: routes, handlers, errors and the HTTP server.

pub mod chart;
pub mod error;
pub mod format;
pub mod handlers;
pub mod jsonld;
pub mod page;
pub mod search;

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, guard, web};
use rusqlite::Connection;
use tracing_actix_web::TracingLogger;

use crate::db::Pool;
pub use error::{AppError, AppResult};

/// Shared state of every worker.
#[derive(Clone)]
pub struct AppState {
    pool: Pool,
    public_url: String,
}

impl AppState {
    /// State serving the database behind `pool` at `public_url` (no
    /// trailing slash), the address used in canonical links.
    pub fn new(pool: Pool, public_url: String) -> Self {
        Self {
            pool,
            public_url: public_url.trim_end_matches('/').to_string(),
        }
    }

    /// The absolute address of `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// Runs a database query on a blocking thread, so SQLite never blocks
    /// the async workers.
    pub async fn db<T, F>(&self, query: F) -> AppResult<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || -> AppResult<T> {
            let conn = pool.get()?;
            Ok(query(&conn)?)
        })
        .await?
    }
}

/// A route answering GET and HEAD, the only methods this read-only site has.
fn read() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Registers every route, the static files and the error handlers. Used by
/// the server and by the tests.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::QueryConfig::default().error_handler(|err, _req| {
        AppError::BadRequest(format!(
            "The address has a query string we cannot read: {err}."
        ))
        .into()
    }))
    .app_data(web::PathConfig::default().error_handler(|err, _req| {
        AppError::BadRequest(format!("The address cannot be read: {err}.")).into()
    }))
    .route("/", read().to(handlers::home::home))
    .route("/healthz", read().to(handlers::health::healthz))
    .route("/search", read().to(handlers::search::search))
    .route("/schools", read().to(handlers::schools::schools))
    .route("/sitemap.xml", read().to(handlers::discovery::sitemap))
    .route("/robots.txt", read().to(handlers::discovery::robots))
    .route("/careers/{slug}", read().to(handlers::overview::overview))
    .route(
        "/careers/{slug}/training",
        read().to(handlers::training::training),
    )
    .route(
        "/careers/{slug}/salary",
        read().to(handlers::salary::salary),
    )
    .route(
        "/careers/{slug}/outlook",
        read().to(handlers::outlook::outlook),
    )
    .route("/careers/{slug}/sheet", read().to(handlers::sheet::sheet))
    .service(actix_files::Files::new("/static", static_dir()))
    .default_service(web::to(handlers::not_found));
}

/// The folder of static files: `static/` beside `Cargo.toml` when run
/// through cargo, else `static/` in the working directory.
pub fn static_dir() -> std::path::PathBuf {
    let beside_manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
    if beside_manifest.is_dir() {
        beside_manifest
    } else {
        std::path::PathBuf::from("static")
    }
}

/// Binds `listener` and returns the server, ready to be awaited.
pub fn server(
    listener: TcpListener,
    state: AppState,
    workers: Option<usize>,
) -> std::io::Result<Server> {
    let data = web::Data::new(state);
    let mut server = HttpServer::new(move || {
        App::new()
            .wrap(TracingLogger::default())
            .app_data(data.clone())
            .configure(configure)
    })
    .listen(listener)?;
    if let Some(n) = workers {
        server = server.workers(n.max(1));
    }
    Ok(server.run())
}
