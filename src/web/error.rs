//! The one error type of the web layer.
//!
//! Handlers, extractors and middleware fail with [`AppError`]. Its
//! `ResponseError::error_response` gives only the status and the headers
//! the status needs; `error_page::render` (run as actix-web's
//! `ErrorHandlers` middleware, so it knows the request) gives the body.

use std::fmt::Write as _;

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError};

/// Result of a handler.
pub type AppResult<T> = Result<T, AppError>;

/// Any error, boxed, as the source of an internal error.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing at this address; the text says what was looked for.
    #[error("not found: {0}")]
    NotFound(String),
    /// Not a failure: the page lives at another address (301).
    #[error("moved permanently to {0}")]
    Moved(String),
    /// The site only answers GET and HEAD (405).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The address is longer than the site accepts (414).
    #[error("address too long")]
    UriTooLong,
    /// The request was malformed; the text says what was wrong.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// A parameter of the address has a bad value (400).
    #[error("bad parameter `{name}`: {message}")]
    BadParam {
        /// The parameter, as it is named in the address.
        name: String,
        /// What is wrong with its value, for the reader.
        message: String,
    },
    /// Something failed on our side. Readers are told only that; the
    /// source is logged.
    #[error("{what}")]
    Internal {
        /// What we were doing.
        what: &'static str,
        /// What failed.
        #[source]
        source: BoxError,
    },
}

impl AppError {
    /// An internal error: `what` we were doing when `source` failed.
    pub fn internal(what: &'static str, source: impl Into<BoxError>) -> Self {
        AppError::Internal {
            what,
            source: source.into(),
        }
    }

    /// The kind of error, as the ids of its messages name it
    /// (`error-not-found-heading`, `error-not-found-text`).
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotFound(_) => "not-found",
            AppError::BadRequest(_) | AppError::BadParam { .. } => "bad-request",
            AppError::Moved(_) => "moved",
            AppError::MethodNotAllowed => "method",
            AppError::UriTooLong => "too-long",
            AppError::Internal { .. } => "internal",
        }
    }

    /// A heading for the reader.
    pub fn heading(&self) -> &'static str {
        match self {
            AppError::NotFound(_) => "Page not found",
            AppError::BadRequest(_) | AppError::BadParam { .. } => {
                "Something in the address is not right"
            }
            AppError::Moved(_) => "This page has moved",
            AppError::MethodNotAllowed => "This kind of request is not supported",
            AppError::UriTooLong => "This address is too long",
            AppError::Internal { .. } => "Something went wrong on our side",
        }
    }

    /// What went wrong, for the reader; internal errors only in general
    /// terms.
    pub fn message(&self) -> String {
        match self {
            AppError::NotFound(what) | AppError::BadRequest(what) => what.clone(),
            AppError::BadParam { message, .. } => message.clone(),
            AppError::Moved(to) => format!("It is now at {to}."),
            AppError::MethodNotAllowed => {
                "This site can only be read: it answers GET and HEAD requests.".to_string()
            }
            AppError::UriTooLong => "The address is longer than any page of this site. Check the link, or start again from the home page.".to_string(),
            AppError::Internal { .. } => {
                "The page could not be made just now. Please try again in a moment.".to_string()
            }
        }
    }

    /// The parameter at fault, for a bad parameter.
    pub fn parameter(&self) -> Option<&str> {
        match self {
            AppError::BadParam { name, .. } => Some(name),
            _ => None,
        }
    }

    /// The error and every source under it, for the log.
    pub fn chain(&self) -> String {
        let mut out = self.to_string();
        let mut next = std::error::Error::source(self);
        while let Some(e) = next {
            let _ = write!(out, ": {e}");
            next = e.source();
        }
        out
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> Self {
        AppError::internal("database query failed", e)
    }
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::internal("no database connection", e)
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::internal("template failed to render", e)
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::internal("blocking task failed", e)
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Moved(_) => StatusCode::MOVED_PERMANENTLY,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::UriTooLong => StatusCode::URI_TOO_LONG,
            AppError::BadRequest(_) | AppError::BadParam { .. } => StatusCode::BAD_REQUEST,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The status and the headers it needs; `error_page::render` adds the
    /// body.
    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status_code());
        match self {
            AppError::Moved(location) => {
                res.insert_header((header::LOCATION, location.as_str()));
            }
            AppError::MethodNotAllowed => {
                res.insert_header((header::ALLOW, "GET, HEAD"));
            }
            _ => {}
        }
        res.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_keep_their_source_and_tell_readers_little() {
        let source = std::io::Error::other("disk on fire");
        let e = AppError::internal("reading the file", source);
        assert_eq!(e.status_code(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(e.chain(), "reading the file: disk on fire");
        assert!(!e.message().contains("disk"));
    }

    #[test]
    fn statuses_and_their_headers() {
        let moved = AppError::Moved("/careers/medical-coder".into()).error_response();
        assert_eq!(moved.status(), StatusCode::MOVED_PERMANENTLY);
        assert_eq!(
            moved.headers().get(header::LOCATION).map(|v| v.as_bytes()),
            Some(&b"/careers/medical-coder"[..])
        );
        let e = AppError::BadParam {
            name: "page".into(),
            message: "no".into(),
        };
        assert_eq!(e.status_code(), StatusCode::BAD_REQUEST);
        assert_eq!(e.parameter(), Some("page"));
        assert_eq!(
            AppError::MethodNotAllowed
                .error_response()
                .headers()
                .get(header::ALLOW)
                .map(|v| v.as_bytes()),
            Some(&b"GET, HEAD"[..])
        );
    }
}
