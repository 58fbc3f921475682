//! The one error type of the web layer and the error page it renders.

use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::web::page::PageMeta;

/// Result of a handler.
pub type AppResult<T> = Result<T, AppError>;

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
    /// A database query failed.
    #[error("database query failed: {0}")]
    Database(#[from] rusqlite::Error),
    /// No database connection could be had.
    #[error("no database connection: {0}")]
    Pool(#[from] r2d2::Error),
    /// Something else went wrong on our side; the text is for the log.
    #[error("{0}")]
    Internal(String),
    /// A template failed to render.
    #[error("template failed to render: {0}")]
    Template(#[from] askama::Error),
    /// The blocking thread pool failed.
    #[error("blocking task failed: {0}")]
    Blocking(#[from] actix_web::error::BlockingError),
}

/// The error page, in the site's layout.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Page head.
    pub meta: PageMeta,
    /// HTTP status code.
    pub status: u16,
    /// Heading.
    pub heading: &'static str,
    /// What went wrong, for the reader.
    pub message: String,
}

impl AppError {
    /// A heading and a message for the person who made the request. Internal
    /// errors are logged here and described only in general terms.
    pub fn describe(&self) -> (&'static str, String) {
        match self {
            AppError::NotFound(what) => ("Page not found", what.clone()),
            AppError::BadRequest(what) => ("Something in the address is not right", what.clone()),
            AppError::Moved(to) => ("This page has moved", format!("It is now at {to}.")),
            AppError::MethodNotAllowed => (
                "This kind of request is not supported",
                "This site can only be read: it answers GET and HEAD requests.".to_string(),
            ),
            AppError::UriTooLong => (
                "This address is too long",
                "The address is longer than any page of this site. Check the link, or start again from the home page."
                    .to_string(),
            ),
            other => {
                tracing::error!(error = %other, "internal error");
                (
                    "Something went wrong on our side",
                    "The page could not be made just now. Please try again in a moment."
                        .to_string(),
                )
            }
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Moved(_) => StatusCode::MOVED_PERMANENTLY,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::UriTooLong => StatusCode::URI_TOO_LONG,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if let AppError::Moved(location) = self {
            return HttpResponse::MovedPermanently()
                .insert_header((actix_web::http::header::LOCATION, location.as_str()))
                .finish();
        }
        let (heading, message) = self.describe();
        let page = ErrorPage {
            meta: PageMeta {
                title: heading.to_string(),
                description: message.clone(),
                url: String::new(),
            },
            status: status.as_u16(),
            heading,
            message,
        };
        match page.render() {
            Ok(html) => HttpResponse::build(status)
                .content_type(ContentType::html())
                .body(html),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                HttpResponse::build(status)
                    .content_type(ContentType::plaintext())
                    .body(format!("{} {}", status.as_u16(), heading))
            }
        }
    }
}
