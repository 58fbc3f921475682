//! The web layer. This file holds the routes; the rest is split by what
//! it does:
//!
//! - `params` (typed query and path parameters) and `urls` (every
//!   internal address) for what comes in and goes out;
//! - `handlers/` (one module per page or area, each with its template
//!   struct), `views/` (view-building two pages share), `page` (what every
//!   page template needs), `format`, `chart`, `jsonld`, `search`;
//! - `state` (pool, cache, static files), `cache` (rendered pages),
//!   `assets` (fingerprinted static files);
//! - `error` (the one error type), `error_page` (how it is shown: page
//!   or JSON), `request_id`
//!   (request ids, spans, the one middleware), `access_log` (its lines,
//!   written in batches by a thread of their own), `shield` (security headers and
//!   request checks), `server` (middleware and the HTTP server), `reload`
//!   (reopening the database on SIGHUP).

pub mod access_log;
pub mod assets;
pub mod cache;
pub mod chart;
pub mod csv_file;
pub mod error;
pub mod error_page;
pub mod format;
pub mod handlers;
pub mod jsonld;
pub mod page;
pub mod params;
pub mod reload;
pub mod request_id;
pub mod search;
pub mod server;
pub mod shield;
pub mod state;
pub mod urls;
pub mod views;

use actix_web::{guard, web};

pub use error::{AppError, AppResult};
pub use state::AppState;

use handlers::{
    about, api, compare, discovery, downloads, explore, glossary, groups, health, home,
    institutions, interests, outlook, overview, salary, schools, search as search_page, sheet,
    static_files, training,
};

/// A route answering GET and HEAD, the only methods this read-only site has.
fn read() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Registers every route and the static files. Used by the server and by
/// the tests (through [`server::app`]).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PathConfig::default().error_handler(|err, _req| {
        AppError::BadRequest(format!("The address cannot be read: {err}.")).into()
    }))
    .service(
        web::scope("/api/v1")
            .route("/careers", read().to(api::careers))
            .route("/careers/{slug}", read().to(api::career))
            .route("/careers/{slug}/programs", read().to(api::programs))
            .route("/institutions/{id}", read().to(api::institution))
            .route("/schools", read().to(api::schools))
            .route("/openapi.json", read().to(api::openapi_json))
            .default_service(web::to(api::not_found)),
    )
    .route("/", read().to(home::home))
    .route("/healthz", read().to(health::healthz))
    .route("/search", read().to(search_page::search))
    .route("/glossary", read().to(glossary::glossary))
    .route("/a-z", read().to(groups::a_z))
    .route("/groups/{slug}", read().to(groups::group))
    .route(
        "/institutions/{unitid}",
        read().to(institutions::institution),
    )
    .route("/about/data", read().to(about::data))
    .route("/schools", read().to(schools::schools))
    .route("/sitemap.xml", read().to(discovery::sitemap))
    .route("/sitemaps/{file}", read().to(discovery::sitemap_file))
    .route("/robots.txt", read().to(discovery::robots))
    .route("/careers", read().to(explore::explore))
    .route("/careers.csv", read().to(explore::explore_csv))
    .route("/interests", read().to(interests::interests))
    .route("/interests.csv", read().to(interests::interests_csv))
    .route("/compare", read().to(compare::compare))
    .route("/compare.csv", read().to(compare::compare_csv))
    .route("/careers/{slug}", read().to(overview::overview))
    .route("/careers/{slug}/training", read().to(training::training))
    .route("/careers/{slug}/salary", read().to(salary::salary))
    .route("/careers/{slug}/outlook", read().to(outlook::outlook))
    .route("/careers/{slug}/sheet", read().to(sheet::sheet))
    .route(
        "/careers/{slug}/{table}.csv",
        read().to(downloads::download),
    )
    .route("/static/{name:.*}", read().to(static_files::static_file))
    .default_service(web::to(handlers::not_found));
}
