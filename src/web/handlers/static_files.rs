//! `/static/{name}`: the embedded, precompressed files of `static/`.
//! Fingerprinted names are cached for a year; plain names for an hour.
//! Only names known at build time are served, so no address can reach any
//! other file.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::web::AppError;
use crate::web::assets::{ASSETS, find};
use crate::web::cache::{CachedPage, IMMUTABLE_CACHE_CONTROL};

/// Cache-Control for a static file asked for by its plain name.
pub const PLAIN_CACHE_CONTROL: &str = "public, max-age=3600";

fn compressed() -> &'static HashMap<&'static str, Arc<CachedPage>> {
    static FILES: OnceLock<HashMap<&'static str, Arc<CachedPage>>> = OnceLock::new();
    FILES.get_or_init(|| {
        ASSETS
            .iter()
            .map(|a| {
                let body = CachedPage::with_type(Bytes::from_static(a.bytes), a.media_type);
                (a.path, Arc::new(body))
            })
            .collect()
    })
}

/// Serves a static file.
pub async fn static_file(
    req: HttpRequest,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (asset, fingerprinted) =
        find(&name).ok_or_else(|| AppError::NotFound("There is no such file.".to_string()))?;
    let body = compressed()
        .get(asset.path)
        .ok_or_else(|| AppError::NotFound("There is no such file.".to_string()))?;
    let cache_control = if fingerprinted {
        IMMUTABLE_CACHE_CONTROL
    } else {
        PLAIN_CACHE_CONTROL
    };
    Ok(body.respond_with(&req, cache_control))
}
