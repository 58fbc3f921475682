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
//!   (request ids, the one middleware), `access_log` (its lines,
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
pub mod i18n;
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

use actix_web::dev::{Handler, Payload, ServiceRequest, ServiceResponse, fn_service};
use actix_web::{FromRequest, HttpRequest, HttpResponse, Responder, guard, web};

pub use error::{AppError, AppResult};
pub use state::AppState;

use crate::domain::Lang;
use urls::{CareerPath, Section};

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
    // Spanish first: its scope takes every address under /es.
    .service(
        web::scope(Lang::Es.prefix())
            .route("", read().to(home::home))
            .configure(pages)
            .default_service(web::to(handlers::not_found)),
    )
    .route("/", read().to(home::home))
    .configure(pages)
    .route("/healthz", read().to(health::healthz))
    .route("/sitemap.xml", read().to(discovery::sitemap))
    .route("/sitemaps/{file}", read().to(discovery::sitemap_file))
    .route("/robots.txt", read().to(discovery::robots))
    .route("/static/{name:.*}", read().to(static_files::static_file))
    .default_service(web::to(handlers::not_found));
}

/// The routes of the pages, the same in every language: at the root in
/// English and under `/es` in Spanish. Handlers take the language from
/// the address (see [`Lang`]'s extractor in [`i18n`]).
/// The home page is not among them: it is `/` in English and `/es`
/// (no slash, as every address of the site) in Spanish.
fn pages(cfg: &mut web::ServiceConfig) {
    // First: most requests are for a career's pages, and they are read
    // by `career_pages`, without a pattern per route.
    cfg.service(
        web::scope("/careers")
            .route("", read().to(explore::explore))
            .default_service(fn_service(career_pages)),
    )
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
    .route("/careers.csv", read().to(explore::explore_csv))
    .route("/interests", read().to(interests::interests))
    .route("/interests.csv", read().to(interests::interests_csv))
    .route("/compare", read().to(compare::compare))
    .route("/compare.csv", read().to(compare::compare_csv));
}

/// Answers every address under `/careers/`. The address is read by
/// [`CareerPath`] (segments compared with the sections' names, where a
/// route per page would run a regular expression per route on every
/// request), its segments are named for the extractors (`slug`, and
/// `table` for a CSV), and the page's handler runs as a route would run
/// it. Anything else is answered by [`handlers::not_found`], which also
/// sends a career page with a slash added to the page. Methods other than GET and HEAD never
/// get here (see [`shield::check`]).
async fn career_pages(mut req: ServiceRequest) -> Result<ServiceResponse, actix_web::Error> {
    let tail = req.match_info().unprocessed().to_string();
    let Some(path) = CareerPath::read(&tail) else {
        let (req, _) = req.into_parts();
        let res = handlers::not_found(req.clone())
            .await
            .respond_to(&req)
            .map_into_boxed_body();
        return Ok(ServiceResponse::new(req, res));
    };
    let names = req.match_info_mut();
    names.add_static("slug", path.slug().to_string());
    if let CareerPath::Csv(_, table) = path {
        names.add_static("table", table.to_string());
    }
    let (req, mut payload) = req.into_parts();
    let res = match path {
        CareerPath::Section(_, Section::Overview) => {
            run(overview::overview, &req, &mut payload).await
        }
        CareerPath::Section(_, Section::Training) => {
            run(training::training, &req, &mut payload).await
        }
        CareerPath::Section(_, Section::Salary) => run(salary::salary, &req, &mut payload).await,
        CareerPath::Section(_, Section::Outlook) => run(outlook::outlook, &req, &mut payload).await,
        CareerPath::Section(_, Section::Sheet) => run(sheet::sheet, &req, &mut payload).await,
        CareerPath::Csv(..) => run(downloads::download, &req, &mut payload).await,
    };
    Ok(ServiceResponse::new(req, res))
}

/// Runs `handler` on `req` as a route does: its arguments extracted (a
/// failed extraction is the extractor's error response), then its answer.
async fn run<F, Args>(handler: F, req: &HttpRequest, payload: &mut Payload) -> HttpResponse
where
    F: Handler<Args>,
    Args: FromRequest,
    F::Output: Responder,
{
    match Args::from_request(req, payload).await {
        Ok(args) => handler
            .call(args)
            .await
            .respond_to(req)
            .map_into_boxed_body(),
        Err(e) => HttpResponse::from_error(e),
    }
}
