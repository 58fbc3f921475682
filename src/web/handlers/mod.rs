//! Request handlers, one module per page or area, each with its template
//! struct. A handler reads top to bottom: typed parameters in, the page's
//! address as its cache key, the database layer's typed data, the page
//! rendered. Handlers never import each other; what two share is in
//! `web::views` or here.

pub mod about;
pub mod api;
pub mod career;
pub mod compare;
pub mod discovery;
pub mod downloads;
pub mod explore;
pub mod glossary;
pub mod groups;
pub mod health;
pub mod home;
pub mod institutions;
pub mod interests;
pub mod outlook;
pub mod overview;
pub mod salary;
pub mod schools;
pub mod search;
pub mod sheet;
pub mod static_files;
pub mod training;

use actix_web::HttpRequest;

use crate::db::read;
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage};

/// Answers every address no route matched: a 301 to the same address
/// without its trailing slash when that is a page, else a 404.
pub async fn not_found(req: HttpRequest) -> AppResult<actix_web::HttpResponse> {
    let path = req.path();
    let trimmed = path.trim_end_matches('/');
    // "//host" would be read as another site's address: never redirect there.
    if trimmed.len() < path.len()
        && !trimmed.is_empty()
        && !trimmed.starts_with("//")
        && is_page(&req, trimmed)
    {
        return Err(AppError::Moved(urls::with_query(
            trimmed.to_string(),
            req.query_string(),
        )));
    }
    Err(AppError::NotFound(
        "There is no page at this address. It may have moved, or the link may be mistyped."
            .to_string(),
    ))
}

/// Whether `path` is an address the site answers: a route's, or a
/// career page's (those are read by `urls::CareerPath`, not routed).
fn is_page(req: &HttpRequest, path: &str) -> bool {
    let english = match urls::lang_of(path) {
        Lang::En => path,
        lang => &path[lang.prefix().len()..],
    };
    req.resource_map().has_resource(path)
        || english
            .strip_prefix("/careers")
            .is_some_and(|tail| urls::CareerPath::read(tail).is_some())
}

/// Loads the data of `page` of the career `slug` with `query`; when the
/// slug names no career, answers as [`career_not_found`] does.
pub async fn load_career<T, Q>(
    state: &AppState,
    req: &HttpRequest,
    slug: &str,
    page: CareerPage,
    query: Q,
) -> AppResult<T>
where
    T: Send + 'static,
    Q: FnOnce(&rusqlite::Connection, &str) -> rusqlite::Result<Option<T>> + Send + 'static,
{
    let key = slug.to_string();
    let lang = urls::lang_of(req.path());
    match state.db_in(lang, move |c| query(c, &key)).await? {
        Some(data) => Ok(data),
        None => Err(career_not_found(state, req, slug, page).await),
    }
}

/// The answer for a slug that names no career: a 301 to the same page
/// (and query) of the career it means, when it is another spelling of a
/// career's slug (`Medical-Coder`) or one of its alternate titles
/// (`coding-specialist`); else a helpful 404.
pub async fn career_not_found(
    state: &AppState,
    req: &HttpRequest,
    slug: &str,
    page: CareerPage,
) -> AppError {
    let wanted = slug::slugify(slug);
    let code = slug.trim().to_string();
    let lang = urls::lang_of(req.path());
    match state
        .db_in(lang, move |c| read::resolve_slug(c, &wanted, &code))
        .await
    {
        Ok(Some(target)) if target != slug => AppError::Moved(urls::with_query(
            urls::career(lang, &target).page(page),
            req.query_string(),
        )),
        Ok(_) => unknown_career(slug),
        Err(e) => e,
    }
}

/// A page's data with the name of the chosen state (`None` when none was
/// chosen or BLS publishes nothing for it), for pages that only carry the
/// state in their links.
pub fn with_state_name<T>(
    conn: &rusqlite::Connection,
    state: Option<&str>,
    data: Option<T>,
) -> rusqlite::Result<Option<(T, Option<String>)>> {
    let Some(data) = data else {
        return Ok(None);
    };
    let name = match state {
        Some(code) => read::state_name(conn, code)?,
        None => None,
    };
    Ok(Some((data, name)))
}

/// A 400 for `?state=` naming a state BLS publishes no figures for, when
/// `found` (its pay) is missing.
pub fn check_state<T>(asked: Option<&str>, found: &Option<T>) -> AppResult<()> {
    match (asked, found) {
        (Some(code), None) => Err(AppError::BadParam {
            name: "state".to_string(),
            message: format!(
                "“{code}” is not a state or territory that BLS publishes wage figures for. Choose one from the list."
            ),
        }),
        _ => Ok(()),
    }
}

/// The 404 error for an unknown career slug.
pub fn unknown_career(slug: &str) -> AppError {
    let slug: String = slug.chars().take(60).collect();
    AppError::NotFound(format!(
        "We have no career called “{slug}”. It may have been renamed, or the link may be mistyped."
    ))
}
