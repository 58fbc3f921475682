//! The one error type of the web layer, and how it is shown.
//!
//! Handlers, extractors and middleware fail with [`AppError`]. Its
//! `ResponseError::error_response` gives only the status and the headers
//! the status needs; [`render`] (run as actix-web's `ErrorHandlers`
//! middleware, so it knows the request) gives the body: JSON under `/api/`,
//! the site's error page elsewhere. Internal errors are logged there, once,
//! with their source chain, inside the request's span so the line carries
//! the request id.

use std::fmt::Write as _;

use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use askama::Template;
use serde::Serialize;
use utoipa::ToSchema;

use crate::web::page::PageMeta;
use crate::web::request_id::RequestId;
use crate::web::state::AppState;
use crate::web::urls;

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
    fn chain(&self) -> String {
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

    /// The status and the headers it needs; [`render`] adds the body.
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

/// An error as JSON, under `/api/`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// HTTP status code.
    pub status: u16,
    /// What went wrong, for people.
    pub error: String,
    /// The query parameter at fault, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The request's id (also in `X-Request-Id`), to quote when reporting
    /// a failure on our side.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
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
    /// The query parameter at fault, when one is.
    pub parameter: Option<String>,
    /// The request's id, shown for failures on our side.
    pub reference: Option<String>,
}

/// Gives an error response its body, for its request: the `AppError` it
/// carries as JSON under `/api/` (readable from any origin) and as the
/// error page elsewhere. Responses that carry no `AppError` pass through.
pub fn render<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let Some(err) = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
    else {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    };
    if matches!(err, AppError::Internal { .. }) {
        tracing::error!(error = %err.chain(), "internal error");
    }
    let status = err.status_code();
    let reference = (status.is_server_error())
        .then(|| {
            res.request()
                .extensions()
                .get::<RequestId>()
                .map(|id| id.to_string())
        })
        .flatten();
    let (content_type, body) = if res.request().path().starts_with(urls::API_PREFIX) {
        json(err, status, reference)
    } else {
        html(err, status, reference, res.request())
    };
    let (req, res) = res.into_parts();
    let mut res = res.set_body(body);
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if req.path().starts_with(urls::API_PREFIX) {
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    let res = ServiceResponse::new(req, res).map_into_boxed_body();
    Ok(ErrorHandlerResponse::Response(res.map_into_right_body()))
}

fn json(err: &AppError, status: StatusCode, reference: Option<String>) -> (&'static str, String) {
    let body = ErrorBody {
        status: status.as_u16(),
        error: err.message(),
        parameter: err.parameter().map(str::to_string),
        reference,
    };
    let text = serde_json::to_string(&body)
        .unwrap_or_else(|_| format!("{{\"status\":{},\"error\":\"error\"}}", status.as_u16()));
    ("application/json", text)
}

fn html(
    err: &AppError,
    status: StatusCode,
    reference: Option<String>,
    req: &HttpRequest,
) -> (&'static str, String) {
    let plain = || {
        (
            "text/plain; charset=utf-8",
            format!("{} {}", status.as_u16(), err.heading()),
        )
    };
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return plain();
    };
    let page = ErrorPage {
        meta: state.error_meta(err.heading(), err.message()),
        status: status.as_u16(),
        heading: err.heading(),
        message: err.message(),
        parameter: err.parameter().map(str::to_string),
        reference,
    };
    match page.render() {
        Ok(html) => ("text/html; charset=utf-8", html),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            plain()
        }
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
