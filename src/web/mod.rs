//! The web layer: routes, handlers, errors and the HTTP server.

pub mod api;
pub mod assets;
pub mod cache;
pub mod chart;
pub mod error;
pub mod format;
pub mod handlers;
pub mod jsonld;
pub mod page;
pub mod search;
pub mod shield;

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, guard, web};
use rusqlite::Connection;

use crate::db::Pool;
pub use error::{AppError, AppResult};

/// Most bytes of rendered pages kept in memory.
pub const PAGE_CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// The key a page is cached under: its path and the given query
/// parameters, trimmed, in a fixed order. Parameters not listed (tracking
/// tags and the like) do not change the page, so they are left out.
pub fn cache_key(path: &str, params: &[(&str, Option<&str>)]) -> String {
    let mut key = path.to_string();
    for (name, value) in params {
        key.push(if key.contains('?') { '&' } else { '?' });
        key.push_str(name);
        key.push('=');
        key.push_str(value.map(str::trim).unwrap_or(""));
    }
    key
}

/// Shared state of every worker.
#[derive(Clone)]
pub struct AppState {
    pool: Pool,
    public_url: String,
    cache: std::sync::Arc<cache::PageCache>,
}

impl AppState {
    /// State serving the database behind `pool` at `public_url` (no
    /// trailing slash), the address used in canonical links.
    pub fn new(pool: Pool, public_url: String) -> Self {
        Self {
            pool,
            public_url: public_url.trim_end_matches('/').to_string(),
            cache: std::sync::Arc::new(cache::PageCache::new(PAGE_CACHE_BYTES)),
        }
    }

    /// Answers `req` with the page kept under `key`, rendering it with
    /// `render` (and keeping it) the first time. Errors are not kept.
    pub async fn page(
        &self,
        req: &actix_web::HttpRequest,
        key: String,
        render: impl std::future::Future<Output = AppResult<String>>,
    ) -> AppResult<actix_web::HttpResponse> {
        if let Some(page) = self.cache.get(&key) {
            return Ok(page.respond(req));
        }
        let html = render.await?;
        Ok(self.cache.insert(key, html).respond(req))
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
    .configure(api::configure)
    .route("/", read().to(handlers::home::home))
    .route("/healthz", read().to(handlers::health::healthz))
    .route("/search", read().to(handlers::search::search))
    .route("/glossary", read().to(handlers::glossary::glossary))
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
    .route(
        "/careers/{slug}/{table}.csv",
        read().to(handlers::downloads::download),
    )
    .route(
        "/static/{name:.*}",
        read().to(handlers::static_files::static_file),
    )
    .default_service(web::to(handlers::not_found));
}

/// The whole application: routes, security headers, request checks,
/// compression and the access log. Used by the server and the tests.
pub fn app(
    state: AppState,
    behind_tls: bool,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(web::Data::new(state))
        .configure(configure)
        .wrap(actix_web::middleware::from_fn(shield::reject_bad_requests))
        .wrap(actix_web::middleware::Compress::default())
        .wrap(shield::security_headers(behind_tls))
        .wrap(actix_web::middleware::from_fn(shield::access_log))
}

/// Server settings that are not about the site itself.
#[derive(Debug, Clone, Copy)]
pub struct ServerOptions {
    /// Worker threads (default: one per core).
    pub workers: Option<usize>,
    /// Send Strict-Transport-Security.
    pub behind_tls: bool,
}

/// Binds `listener` and returns the server, ready to be awaited. A client
/// gets 5 s to send its request head and 15 s of idle keep-alive; on
/// SIGTERM or SIGINT the server stops accepting, lets requests in flight
/// finish for up to 10 s, then exits.
pub fn server(
    listener: TcpListener,
    state: AppState,
    options: ServerOptions,
) -> std::io::Result<Server> {
    let mut server = HttpServer::new(move || app(state.clone(), options.behind_tls))
        .client_request_timeout(std::time::Duration::from_secs(5))
        .client_disconnect_timeout(std::time::Duration::from_secs(1))
        .keep_alive(std::time::Duration::from_secs(15))
        .shutdown_timeout(10)
        .listen(listener)?;
    if let Some(n) = options.workers {
        server = server.workers(n.max(1));
    }
    Ok(server.run())
}
