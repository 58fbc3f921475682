//! An id for every request, and the one middleware every request passes
//! through ([`front`]).
//!
//! Every request gets a random id. Its access-log line carries it, an
//! internal error is logged in a span that carries it (see
//! [`error_page::render`]; handlers themselves do not log), and the
//! response carries it in `X-Request-Id`, so a report of a broken page
//! ("reference ...") leads to its log lines. No span is opened for a
//! request that logs nothing else: it cost about a twelfth of a cached
//! page's work (bench/RESULTS.md).

use std::rc::Rc;
use std::time::{Instant, SystemTime};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, Next};
use actix_web::{Error, HttpMessage};

use crate::web::access_log::{AccessLog, Entry};
use crate::web::shield::{self, SecurityHeaders};
use crate::web::{cache, error_page};

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

    /// The id as a header value, made without a string in between.
    pub fn header_value(&self) -> HeaderValue {
        let mut digits = [0u8; uuid::fmt::Simple::LENGTH];
        let digits = self.0.simple().encode_lower(&mut digits);
        HeaderValue::from_str(digits).unwrap_or_else(|_| HeaderValue::from_static("-"))
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

/// What the one middleware needs besides the request: the security
/// headers, prepared once, and the access log.
#[derive(Debug)]
pub struct Front {
    /// Added to every response.
    pub headers: SecurityHeaders,
    /// Where each request leaves its line.
    pub log: AccessLog,
}

/// The one middleware every request passes through, in order: gives it
/// an id; turns away a bad request line (see
/// [`shield::check`]); runs the handler; gives an error its page or JSON
/// body (see [`error_page::render`]); compresses a body that is not
/// compressed yet (see [`cache::compress_response`]); adds the security headers and the
/// id in `X-Request-Id`; and hands the access log its line (method,
/// path, status, duration), which a thread of the log's own formats and
/// writes (see [`AccessLog`]). One layer instead of five keeps the path
/// of a cached page short (bench/RESULTS.md).
pub async fn front(
    front: Rc<Front>,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let at = SystemTime::now();
    let started = Instant::now();
    let id = RequestId::new();
    req.extensions_mut().insert(id);
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
    let mut res = cache::compress_response(answered.await?);
    front.headers.apply(res.headers_mut());
    res.headers_mut().insert(X_REQUEST_ID, id.header_value());
    front.log.record(Entry {
        at,
        id,
        method,
        path,
        status: res.status().as_u16(),
        duration_us: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
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
