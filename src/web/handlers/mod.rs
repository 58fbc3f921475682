//! Request handlers, one module per page, each with its template struct.

pub mod discovery;
pub mod downloads;
pub mod glossary;
pub mod health;
pub mod home;

pub mod outlook;
pub mod overview;
pub mod salary;
pub mod schools;
pub mod search;
pub mod sheet;
pub mod static_files;
pub mod training;

use crate::db::queries;
use crate::web::page::Section;
use crate::web::{AppError, AppResult, AppState};

/// Answers every address no route matched.
pub async fn not_found() -> AppResult<actix_web::HttpResponse> {
    Err(AppError::NotFound(
        "There is no page at this address. It may have moved, or the link may be mistyped."
            .to_string(),
    ))
}

/// Loads the data of one career page with `query`; when the slug names no
/// career, answers as [`career_not_found`] does.
pub async fn load_career<T, Q>(
    state: &AppState,
    req: &actix_web::HttpRequest,
    slug: &str,
    section: Section,
    query: Q,
) -> AppResult<T>
where
    T: Send + 'static,
    Q: FnOnce(&rusqlite::Connection, &str) -> rusqlite::Result<Option<T>> + Send + 'static,
{
    let key = slug.to_string();
    match state.db(move |c| query(c, &key)).await? {
        Some(data) => Ok(data),
        None => Err(career_not_found(state, slug, section, req.query_string()).await),
    }
}

/// The answer for a slug that names no career: a 301 to the same section
/// of the career when the slug is one of its alternate titles (keeping the
/// query string), else a helpful 404.
pub async fn career_not_found(
    state: &AppState,
    slug: &str,
    section: Section,
    query: &str,
) -> AppError {
    let key = slug.to_string();
    match state.db(move |c| queries::alias(c, &key)).await {
        Ok(Some(target)) => {
            let mut location = section.href(&target);
            if !query.is_empty() {
                location.push('?');
                location.push_str(query);
            }
            AppError::Moved(location)
        }
        Ok(None) => unknown_career(slug),
        Err(e) => e,
    }
}

/// The 404 error for an unknown career slug.
pub fn unknown_career(slug: &str) -> AppError {
    let slug: String = slug.chars().take(60).collect();
    AppError::NotFound(format!(
        "We have no career called “{slug}”. It may have been renamed, or the link may be mistyped."
    ))
}
