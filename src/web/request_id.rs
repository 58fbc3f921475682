//! An id for every request, its `tracing` span and the access log, in
//! the one middleware every request passes through ([`front`]).
//!
//! Every request gets a random id. Everything logged while it is handled
//! (the access-log line, an internal error) happens inside a span that
//! carries the id, and the response carries it in `X-Request-Id`, so a
//! report of a broken page ("reference ...") leads to its log lines.

use std::rc::Rc;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, Next};
use actix_web::{Error, HttpMessage};
use tracing::Instrument;

use crate::web::error_page;
use crate::web::shield::{self, SecurityHeaders};

/// The response header that carries the request id.
pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A request's id: 32 hexadecimal digits (a random UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestId(uuid::Uuid);

impl RequestId {
    /// A new random id.
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4())
    }
}

impl Default for RequestId {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.simple())
    }
}

/// The one middleware every request passes through, in order: gives it
/// an id and a span; turns away a bad request line (see
/// [`shield::check`]); runs the handler; gives an error its page or JSON
/// body (see [`error_page::render`]); adds the security headers and the
/// id in `X-Request-Id`; and logs one line: method, path, status and
/// duration. The path is logged with `Debug`, so control characters in it
/// cannot forge log lines. One layer instead of five keeps the path of a
/// cached page short (bench/RESULTS.md).
pub async fn front(
    headers: Rc<SecurityHeaders>,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let id = RequestId::new();
    req.extensions_mut().insert(id);
    let span = tracing::info_span!("request", id = %id);
    let method = req.method().clone();
    let path = req.path().to_string();
    let answered = async {
        let verdict = shield::check(
            req.method(),
            req.uri().path(),
            req.uri().query().unwrap_or_default(),
        );
        let res = match verdict {
            Ok(()) => next.call(req).await?.map_into_left_body(),
            Err(e) => req.error_response(e).map_into_right_body(),
        };
        match error_page::render(res)? {
            ErrorHandlerResponse::Response(r) => Ok::<_, Error>(r),
            ErrorHandlerResponse::Future(f) => f.await,
        }
    };
    let mut res = answered.instrument(span.clone()).await?;
    headers.apply(res.headers_mut());
    if let Ok(value) = HeaderValue::from_str(&id.to_string()) {
        res.headers_mut().insert(X_REQUEST_ID, value);
    }
    let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    span.in_scope(|| {
        tracing::info!(
            target: "access",
            method = %method,
            path = ?path,
            status = res.status().as_u16(),
            duration_us = micros,
        );
    });
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_32_hex_digits_and_differ() {
        let (a, b) = (RequestId::new().to_string(), RequestId::new().to_string());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
