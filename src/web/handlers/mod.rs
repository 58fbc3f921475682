//! Request handlers, one module per page, each with its template struct.

pub mod health;
pub mod home;

pub mod outlook;
pub mod overview;
pub mod salary;
pub mod training;

use crate::web::{AppError, AppResult};

/// Answers every address no route matched.
pub async fn not_found() -> AppResult<actix_web::HttpResponse> {
    Err(AppError::NotFound(
        "There is no page at this address. It may have moved, or the link may be mistyped."
            .to_string(),
    ))
}

/// The 404 error for an unknown career slug.
pub fn unknown_career(slug: &str) -> AppError {
    let slug: String = slug.chars().take(60).collect();
    AppError::NotFound(format!(
        "We have no career called “{slug}”. It may have been renamed, or the link may be mistyped."
    ))
}
