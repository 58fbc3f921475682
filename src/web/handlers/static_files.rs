//! `/static/{name}`: the files of `static/`, served from disk by
//! actix-files with ETag and Last-Modified, or, to a client that accepts
//! brotli or gzip, a text file's compressed form made at start-up.
//! Fingerprinted names are cached for a year; plain names for an hour.
//! Only names found at start-up are served (see `web::assets`), so no
//! address can reach any other file or list a folder.

use actix_files::NamedFile;
use actix_web::http::header::{self, ContentEncoding, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::web::cache::{IMMUTABLE_CACHE_CONTROL, names_etag, preferred_encoding};
use crate::web::error::{AppError, AppResult};
use crate::web::state::AppState;

/// Cache-Control for a static file asked for by its plain name.
pub const PLAIN_CACHE_CONTROL: &str = "public, max-age=3600";

/// Files up to this size are read on the worker, in one go, instead of a
/// chunk at a time on the blocking pool: ours are a few kilobytes, in the
/// page cache, and the hop costs more than the read.
const READ_IN_ONE_GO: u64 = 256 * 1024;

/// Serves a static file.
pub async fn static_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    name: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (file, fingerprinted) = state
        .assets()
        .find(&name)
        .ok_or_else(|| AppError::NotFound("There is no such file.".to_string()))?;
    let cache_control = if fingerprinted {
        IMMUTABLE_CACHE_CONTROL
    } else {
        PLAIN_CACHE_CONTROL
    };
    if let Some(c) = state.assets().compressed(&name)
        && let Some(coding) = preferred_encoding(&req)
    {
        let (body, suffix) = match coding {
            ContentEncoding::Brotli => (c.br.clone(), "br"),
            _ => (c.gzip.clone(), "gz"),
        };
        let etag = format!("\"{}-{suffix}\"", c.hash);
        let not_modified = names_etag(&req, &etag);
        let mut res = if not_modified {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        res.insert_header((header::ETAG, etag))
            .insert_header((header::CACHE_CONTROL, cache_control))
            .insert_header((header::VARY, "Accept-Encoding"));
        if not_modified {
            return Ok(res.finish());
        }
        let mime = actix_files::file_extension_to_mime(
            file.extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default(),
        );
        return Ok(res
            .insert_header((header::CONTENT_ENCODING, coding.to_header_value()))
            .content_type(format!("{mime}; charset=utf-8"))
            .body(body));
    }
    let file = NamedFile::open_async(file)
        .await
        .map_err(|e| AppError::internal("opening a static file", e))?;
    let mut res = file
        .use_etag(true)
        .use_last_modified(true)
        .prefer_utf8(true)
        .disable_content_disposition()
        .read_mode_threshold(READ_IN_ONE_GO)
        .into_response(&req);
    let headers = res.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    // The compression middleware may send these bytes gzip- or
    // brotli-encoded under the same ETag, so it is a weak validator (as
    // nginx makes it when it compresses). actix-files compares
    // If-None-Match weakly, so a 304 still follows.
    if let Some(weak) = headers
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.starts_with("W/"))
        .and_then(|v| HeaderValue::from_str(&format!("W/{v}")).ok())
    {
        headers.insert(header::ETAG, weak);
    }
    Ok(res)
}
