//! What every request passes through: the security headers, and a check
//! of the method and the address before any handler runs (both applied by
//! `request_id::front`).

use actix_web::http::Method;
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};

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

/// The security headers, prepared once: added to every response, errors
/// included, unless a handler set one itself.
#[derive(Debug, Clone)]
pub struct SecurityHeaders(Vec<(HeaderName, HeaderValue)>);

impl SecurityHeaders {
    /// The headers; HSTS and `upgrade-insecure-requests` only behind TLS.
    pub fn new(behind_tls: bool) -> Self {
        let csp = if behind_tls {
            // Over HTTPS, also upgrade any http:// address a page might hold.
            format!("{CONTENT_SECURITY_POLICY}; upgrade-insecure-requests")
        } else {
            CONTENT_SECURITY_POLICY.to_string()
        };
        let mut headers = vec![
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&csp)),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                Ok(HeaderValue::from_static("nosniff")),
            ),
            (
                header::REFERRER_POLICY,
                Ok(HeaderValue::from_static("strict-origin-when-cross-origin")),
            ),
            (
                header::X_FRAME_OPTIONS,
                Ok(HeaderValue::from_static("DENY")),
            ),
            (
                HeaderName::from_static("permissions-policy"),
                Ok(HeaderValue::from_static(PERMISSIONS_POLICY)),
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                Ok(HeaderValue::from_static("same-origin")),
            ),
            (
                HeaderName::from_static("cross-origin-resource-policy"),
                Ok(HeaderValue::from_static("same-origin")),
            ),
        ];
        if behind_tls {
            headers.push((
                header::STRICT_TRANSPORT_SECURITY,
                Ok(HeaderValue::from_static(STRICT_TRANSPORT_SECURITY)),
            ));
        }
        // Every value above is ASCII without control characters.
        Self(
            headers
                .into_iter()
                .filter_map(|(name, value)| Some((name, value.ok()?)))
                .collect(),
        )
    }

    /// Adds the headers `headers` lacks.
    pub fn apply(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.0 {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
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
