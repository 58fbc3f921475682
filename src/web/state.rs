//! What every worker shares: the database pool, the public address, the
//! page cache and the static files.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, web};
use rusqlite::Connection;

use crate::db::Pool;
use crate::web::assets::Assets;
use crate::web::cache::PageCache;
use crate::web::error::AppResult;
use crate::web::page::PageMeta;

/// Most bytes of rendered pages kept in memory.
pub const PAGE_CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// Shared state of every worker.
#[derive(Clone)]
pub struct AppState {
    pool: Pool,
    public_url: String,
    cache: Arc<PageCache>,
    assets: Arc<Assets>,
}

impl AppState {
    /// State serving the database behind `pool` at `public_url` (the
    /// address used in canonical links; a trailing slash is dropped), with
    /// the static files `assets`.
    pub fn new(pool: Pool, public_url: &str, assets: Assets) -> Self {
        Self {
            pool,
            public_url: public_url.trim_end_matches('/').to_string(),
            cache: Arc::new(PageCache::new(PAGE_CACHE_BYTES)),
            assets: Arc::new(assets),
        }
    }

    /// The absolute address of `path` (a relative address from
    /// [`crate::web::urls`]).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    /// Answers `req` with the page kept under `key` (its address, from
    /// [`crate::web::urls`]), rendering it with `render` and keeping it
    /// the first time. Errors are not kept.
    pub async fn cached(
        &self,
        req: &HttpRequest,
        key: String,
        render: impl std::future::Future<Output = AppResult<String>>,
    ) -> AppResult<HttpResponse> {
        if let Some(page) = self.cache.get(&key) {
            return Ok(page.respond(req));
        }
        let html = render.await?;
        Ok(self.cache.insert(key, html).respond(req))
    }

    /// The static files.
    pub fn assets(&self) -> &Assets {
        &self.assets
    }

    /// The head of a page at `path` (relative) with its title and
    /// description.
    pub fn meta(&self, title: String, description: String, path: &str) -> PageMeta {
        PageMeta {
            title,
            description,
            url: self.url(path),
            assets: self.assets.clone(),
        }
    }

    /// The head of an error page: no canonical address.
    pub fn error_meta(&self, title: &str, description: String) -> PageMeta {
        PageMeta {
            title: title.to_string(),
            description,
            url: String::new(),
            assets: self.assets.clone(),
        }
    }

    /// Runs a database query on a blocking thread, so SQLite never blocks
    /// the async workers.
    pub async fn db<T, F>(&self, query: F) -> AppResult<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || -> AppResult<T> {
            let conn = pool.get()?;
            Ok(query(&conn)?)
        })
        .await?
    }
}
