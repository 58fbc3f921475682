//! How an error is shown: the site's error page, or JSON under `/api/`.
//! Internal errors are logged here, once, with their source chain, inside
//! the request's span so the line carries the request id.

use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpMessage, HttpRequest, ResponseError, web};
use askama::Template;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::Lang;
use crate::web::error::AppError;
use crate::web::i18n::Tr;
use crate::web::page::PageMeta;
use crate::web::request_id::RequestId;
use crate::web::state::AppState;
use crate::web::urls;

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
    pub heading: String,
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
        // Logged in the request's span, opened here (the happy path pays
        // for none), so the line carries the id of its access line.
        let log = || tracing::error!(error = %err.chain(), "internal error");
        match res.request().extensions().get::<RequestId>() {
            Some(id) => tracing::info_span!("request", id = %id).in_scope(log),
            None => log(),
        }
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
    let lang = urls::lang_of(req.path());
    let tr = Tr::new(lang);
    // The English pages say exactly what was wrong; the other editions
    // say it by kind (the details are made in English deep down) and
    // still name the parameter at fault.
    let (heading, message) = match lang {
        Lang::En => (err.heading().to_string(), err.message()),
        _ => (
            tr.t(&format!("error-{}-heading", err.key())),
            tr.t(&format!("error-{}-text", err.key())),
        ),
    };
    let page = ErrorPage {
        meta: state.error_meta(&heading, message.clone(), req.path()),
        status: status.as_u16(),
        heading,
        message,
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
