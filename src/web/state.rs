//! What every worker shares: the database pool and the page cache made
//! from it (swapped together when the database is reloaded), the public
//! address and the static files.

use std::sync::{Arc, RwLock};

use actix_web::{HttpRequest, HttpResponse, web};
use rusqlite::Connection;
use tokio::sync::Semaphore;

use crate::db::Pool;
use crate::domain::Lang;
use crate::web::access_log::AccessLog;
use crate::web::assets::Assets;
use crate::web::cache::PageCache;
use crate::web::error::{AppError, AppResult};

/// Most bytes of rendered pages kept in memory.
pub const PAGE_CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// A database and the pages rendered from it. A reload replaces both at
/// once, so no page of the old database is served after it.
struct Live {
    pool: Pool,
    cache: PageCache,
    /// One permit per pooled connection: a query waits here, on the
    /// async worker, rather than on a blocking thread of its own. Without
    /// it, 256 connections asking for cold pages started a blocking thread
    /// each to wait for one of a handful of connections, and the server
    /// grew past 500 MB.
    permits: Arc<Semaphore>,
}

impl Live {
    fn new(pool: Pool, cache_bytes: u64) -> Self {
        let permits = Arc::new(Semaphore::new(pool.max_size() as usize));
        Self {
            pool,
            cache: PageCache::new(cache_bytes),
            permits,
        }
    }
}

/// Shared state of every worker.
#[derive(Clone)]
pub struct AppState {
    live: Arc<RwLock<Arc<Live>>>,
    cache_bytes: u64,
    public_url: String,
    assets: Arc<Assets>,
    access_log: AccessLog,
}

impl AppState {
    /// State serving the database behind `pool` at `public_url` (the
    /// address used in canonical links; a trailing slash is dropped), with
    /// the static files `assets`.
    pub fn new(pool: Pool, public_url: &str, assets: Assets) -> Self {
        Self::with_cache(pool, public_url, assets, PAGE_CACHE_BYTES)
    }

    /// The same, keeping at most `cache_bytes` of rendered pages (0 keeps
    /// none: every request renders).
    pub fn with_cache(pool: Pool, public_url: &str, assets: Assets, cache_bytes: u64) -> Self {
        Self {
            live: Arc::new(RwLock::new(Arc::new(Live::new(pool, cache_bytes)))),
            cache_bytes,
            public_url: public_url.trim_end_matches('/').to_string(),
            assets: Arc::new(assets),
            access_log: AccessLog::off(),
        }
    }

    /// The same state, logging each request to `log` (the access log is
    /// off otherwise).
    pub fn with_access_log(mut self, log: AccessLog) -> Self {
        self.access_log = log;
        self
    }

    /// Where each request leaves its line.
    pub fn access_log(&self) -> &AccessLog {
        &self.access_log
    }

    /// Serves `pool` from now on, with an empty page cache. Requests
    /// already running finish on the database they started with.
    pub fn reload(&self, pool: Pool) {
        let fresh = Arc::new(Live::new(pool, self.cache_bytes));
        *self.live.write().unwrap_or_else(|e| e.into_inner()) = fresh;
    }

    /// The database and page cache serving now.
    fn live(&self) -> Arc<Live> {
        self.live.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// How the page cache is doing: (pages, bytes, hits, misses).
    pub fn cache_stats(&self) -> (usize, u64, u64, u64) {
        self.live().cache.stats()
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
        // Pages go to the cache of the database serving when the request
        // began: one rendered across a reload lands in the old cache,
        // which is dropped.
        let live = self.live();
        if let Some(page) = live.cache.get(&key) {
            return Ok(page.respond(req));
        }
        let html = render.await?;
        Ok(live.cache.insert(key, html).respond(req))
    }

    /// The page kept under `key`, answered to `req`, if it is kept: for
    /// handlers that must check a request against the database before
    /// they know it is valid, and need not when its page is kept (only
    /// valid pages are).
    pub fn cached_hit(&self, req: &HttpRequest, key: &str) -> Option<HttpResponse> {
        self.live().cache.get(key).map(|page| page.respond(req))
    }

    /// The static files.
    pub fn assets(&self) -> &Arc<Assets> {
        &self.assets
    }

    /// Runs a database query on a blocking thread, so SQLite never blocks
    /// the async workers, once a connection is free.
    pub async fn db<T, F>(&self, query: F) -> AppResult<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        self.db_in(Lang::En, query).await
    }

    /// True when the database serving now holds the pages of `lang`.
    pub fn speaks(&self, lang: Lang) -> bool {
        self.live().pool.speaks(lang)
    }

    /// Runs a database query as [`AppState::db`] does, on a connection
    /// that reads the texts in `lang` (the figures are the same). A
    /// database without `lang` answers 404.
    pub async fn db_in<T, F>(&self, lang: Lang, query: F) -> AppResult<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let live = self.live();
        if !live.pool.speaks(lang) {
            return Err(AppError::NotFound(format!(
                "This site has no pages in {}.",
                lang.own_name()
            )));
        }
        let _permit = live
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| AppError::internal("database permits", e))?;
        let pool = live.pool.clone();
        web::block(move || -> AppResult<T> {
            let conn = match pool.get_in(lang) {
                Some(conn) => conn?,
                None => return Err(AppError::NotFound(String::new())),
            };
            Ok(query(&conn)?)
        })
        .await?
    }
}
