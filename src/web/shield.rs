//! What every request passes through: the security headers, and a check
//! of the method and the address before any handler runs.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::{DefaultHeaders, Next};

use crate::web::error::AppError;

/// Longest path accepted, in bytes.
pub const MAX_PATH_BYTES: usize = 2048;
/// Longest query string accepted, in bytes. Longer queries than any form
/// makes still reach the handlers, which say which parameter is too long.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;

/// The Content-Security-Policy: scripts, styles and images only from our
/// own origin, nothing inline, no framing, forms only to ourselves.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
    manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Browser features the site never uses, switched off.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), \
    gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), \
    interest-cohort=(), browsing-topics=()";

/// HSTS for two years, sent only when the site is behind TLS.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains; preload";

/// The security headers, added to every response, errors included.
pub fn security_headers(behind_tls: bool) -> DefaultHeaders {
    let csp = if behind_tls {
        // Over HTTPS, also upgrade any http:// address a page might hold.
        format!("{CONTENT_SECURITY_POLICY}; upgrade-insecure-requests")
    } else {
        CONTENT_SECURITY_POLICY.to_string()
    };
    let headers = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, csp))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("Permissions-Policy", PERMISSIONS_POLICY))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"));
    if behind_tls {
        headers.add((header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY))
    } else {
        headers
    }
}

/// What is wrong with the request line, if anything: a method other than
/// GET or HEAD (405), an over-long address (414), or a path or query that
/// is not UTF-8 or holds control characters once decoded (400).
pub fn check(method: &Method, path: &str, query: &str) -> Result<(), AppError> {
    if method != Method::GET && method != Method::HEAD {
        return Err(AppError::MethodNotAllowed);
    }
    if path.len() > MAX_PATH_BYTES || query.len() > MAX_QUERY_BYTES {
        return Err(AppError::UriTooLong);
    }
    let decoded_path = percent_encoding::percent_decode_str(path).decode_utf8();
    match decoded_path {
        Ok(p) if !p.chars().any(char::is_control) => {}
        _ => {
            return Err(AppError::BadRequest(
                "The address holds control characters or bytes that are not text. Check the link, or start again from the home page."
                    .to_string(),
            ));
        }
    }
    let query = query.replace('+', " ");
    match percent_encoding::percent_decode_str(&query).decode_utf8() {
        Ok(q) if !q.chars().any(char::is_control) => Ok(()),
        _ => Err(AppError::BadRequest(
            "The query part of the address (after “?”) holds control characters or bytes that are not text."
                .to_string(),
        )),
    }
}

/// Turns away bad request lines (see [`check`]) before routing; the
/// error is rendered like any other (see `error_page::render`).
pub async fn reject_bad_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let verdict = check(
        req.method(),
        req.uri().path(),
        req.uri().query().unwrap_or_default(),
    );
    match verdict {
        Ok(()) => Ok(next.call(req).await?.map_into_left_body()),
        Err(e) => Ok(req.error_response(e).map_into_right_body()),
    }
}
