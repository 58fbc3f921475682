//! Rendered pages kept in memory, with their compressed forms and ETag.
//!
//! The database is read-only while the server runs, so a page depends only
//! on its normalised address: it is rendered once, compressed once with
//! gzip and brotli (at fast settings: the first request waits for it), and
//! served from memory after that. A page asked for more than a few times
//! is compressed again at brotli's best quality by a background thread,
//! and goes out at its smallest from then on. The cache belongs to
//! the running server and is therefore new whenever the database has been
//! rebuilt. It is bounded by bytes and evicts the least-used pages.

use std::cell::RefCell;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::{Arc, OnceLock};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{
    self, AcceptEncoding, ContentEncoding, Encoding, Header, HeaderValue,
};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};

/// How long browsers and proxies may reuse a page without asking again.
pub const PAGE_CACHE_CONTROL: &str = "public, max-age=300";

/// How long browsers may keep a fingerprinted static file: a year, since
/// a changed file gets a new address.
pub const IMMUTABLE_CACHE_CONTROL: &str = "public, max-age=31536000, immutable";

/// A rendered HTML page ready to send in any encoding. The compressed
/// forms are made the first time a client asks for them, then kept.
#[derive(Debug)]
pub struct CachedPage {
    /// Strong validators, quoted, of the page as rendered and of each
    /// compressed form, made once.
    etags: Etags,
    /// The bytes as rendered.
    identity: Bytes,
    /// Gzip-compressed (empty when that is not smaller).
    gzip: OnceLock<Bytes>,
    /// Brotli-compressed (empty when that is not smaller).
    br: OnceLock<Bytes>,
    /// Brotli at its best quality, made off the request path once the
    /// page has been asked for [`BEST_AFTER`] times.
    best_br: OnceLock<Bytes>,
    /// Times the page has been asked for.
    asked: AtomicU32,
    /// True once the page waits for (or has) its best compression.
    queued: AtomicBool,
    /// Where pages go to be compressed at the best quality.
    best: Option<SyncSender<Arc<CachedPage>>>,
}

/// A page's ETag for each form it is sent in: one hash of the content,
/// a suffix for each encoding.
#[derive(Debug)]
struct Etags {
    identity: HeaderValue,
    gzip: HeaderValue,
    br: HeaderValue,
    best_br: HeaderValue,
}

impl Etags {
    fn of(content: &[u8]) -> Self {
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(content));
        let tag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{hash}{suffix}\""))
                .unwrap_or_else(|_| HeaderValue::from_static("\"-\""))
        };
        Self {
            identity: tag(""),
            gzip: tag("-gz"),
            br: tag("-br"),
            best_br: tag("-br11"),
        }
    }
}

/// Requests after which a page is compressed again at brotli quality 11:
/// one asked for "more than a few times".
pub const BEST_AFTER: u32 = 4;
/// Pages that may wait for their best compression; when the queue is full
/// a page is queued again by a later request.
const BEST_QUEUE: usize = 256;

/// Brotli quality for pages, compressed on the request that first asks
/// for them: 0.4-0.8 ms for a 20-60 KB page, against 17-61 ms at quality 11
/// for 13-18 % fewer bytes. A crawl of every page once paid that on every
/// request (bench/RESULTS.md).
pub const PAGE_BROTLI_QUALITY: u32 = 5;
/// Gzip level for pages: level 9 makes the same size, a little slower.
pub const PAGE_GZIP_LEVEL: u32 = 6;

/// `data` compressed with gzip at its best level (static files, made once
/// at start-up).
pub fn gzip(data: &[u8]) -> Bytes {
    gzip_at(data, 9)
}

/// `data` compressed with gzip at `level` (0-9).
pub fn gzip_at(data: &[u8], level: u32) -> Bytes {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    gz.write_all(data)
        .and_then(|()| gz.finish())
        .map(Bytes::from)
        .unwrap_or_default()
}

/// `data` compressed with brotli at its best quality (static files, made
/// once at start-up).
pub fn brotli(data: &[u8]) -> Bytes {
    brotli_at(data, 11)
}

/// `data` compressed with brotli at `quality` (0-11).
pub fn brotli_at(data: &[u8], quality: u32) -> Bytes {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality.min(11) as i32,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)
        .map(|_| Bytes::from(out))
        .unwrap_or_default()
}

fn page_gzip(data: &[u8]) -> Bytes {
    gzip_at(data, PAGE_GZIP_LEVEL)
}

fn page_brotli(data: &[u8]) -> Bytes {
    brotli_at(data, PAGE_BROTLI_QUALITY)
}

/// `data` compressed by `compress`, when that is smaller (a failed
/// compression is empty, never smaller).
fn smaller(data: &[u8], compress: fn(&[u8]) -> Bytes) -> Option<Bytes> {
    let b = compress(data);
    (!b.is_empty() && b.len() < data.len()).then_some(b)
}

/// The encoding `req` prefers among brotli, gzip and none.
///
/// actix's `AcceptEncoding` reads the header; each worker remembers the
/// answer for the last few distinct values it saw (browsers send one
/// fixed value each), since reading it again cost about a tenth of the
/// work of serving a cached page.
pub fn preferred_encoding(req: &HttpRequest) -> Option<ContentEncoding> {
    let value = req.headers().get(header::ACCEPT_ENCODING)?;
    thread_local! {
        static SEEN: RefCell<Vec<(HeaderValue, Option<ContentEncoding>)>> =
            const { RefCell::new(Vec::new()) };
    }
    if let Some(known) = SEEN.with_borrow(|seen| {
        seen.iter()
            .find(|(v, _)| v.as_bytes() == value.as_bytes())
            .map(|(_, c)| *c)
    }) {
        return known;
    }
    let chosen = negotiate(req);
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= ENCODINGS_REMEMBERED {
            seen.remove(0);
        }
        seen.push((value.clone(), chosen));
    });
    chosen
}

/// Distinct Accept-Encoding values a worker remembers the answer for.
const ENCODINGS_REMEMBERED: usize = 16;

fn negotiate(req: &HttpRequest) -> Option<ContentEncoding> {
    let encoding = AcceptEncoding::parse(req)
        .ok()
        .and_then(|a| {
            a.negotiate([Encoding::brotli(), Encoding::gzip(), Encoding::identity()].iter())
        })
        .unwrap_or_else(Encoding::identity);
    match encoding {
        Encoding::Known(c @ (ContentEncoding::Brotli | ContentEncoding::Gzip)) => Some(c),
        _ => None,
    }
}

/// Whether a body of `content_type` is worth compressing: text, JSON,
/// XML, SVG and scripts (not images or fonts, compressed already).
fn compressible(content_type: Option<&HeaderValue>) -> bool {
    let Some(t) = content_type.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let t = t.split(';').next().unwrap_or_default().trim();
    t.starts_with("text/")
        || matches!(
            t,
            "application/json"
                | "application/xml"
                | "application/javascript"
                | "image/svg+xml"
                | "application/manifest+json"
        )
}

/// Whether a response chose its encoding itself, as a cached page or a
/// static file does: it says so with `Vary: Accept-Encoding`.
fn negotiated(headers: &actix_web::http::header::HeaderMap) -> bool {
    headers.get_all(header::VARY).any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .any(|n| n.trim().eq_ignore_ascii_case("accept-encoding"))
        })
    })
}

/// Compresses a finished response for its request, the way cached pages
/// are (brotli at [`PAGE_BROTLI_QUALITY`] or gzip at [`PAGE_GZIP_LEVEL`],
/// kept only when smaller), with `Vary: Accept-Encoding`. Used by the one
/// middleware for every response not already encoded: JSON, CSV, XML,
/// error pages, pages rendered for one request. A cached page or a
/// static file has chosen its encoding itself (it says so with `Vary`)
/// and passes through untouched, without a wrapper around its body.
pub fn compress_response<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> ServiceResponse<EitherBody<B, Bytes>> {
    let status = res.status();
    let eligible = status != StatusCode::NO_CONTENT
        && status != StatusCode::NOT_MODIFIED
        && status != StatusCode::PARTIAL_CONTENT
        && !res.headers().contains_key(header::CONTENT_ENCODING)
        && !negotiated(res.headers())
        && compressible(res.headers().get(header::CONTENT_TYPE));
    if !eligible {
        return res.map_into_left_body();
    }
    let coding = preferred_encoding(res.request());
    res.map_body(|head, body| {
        let bytes = match body.try_into_bytes() {
            Ok(bytes) => bytes,
            Err(body) => return EitherBody::left(body),
        };
        head.headers
            .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        let compressed = match coding {
            Some(ContentEncoding::Brotli) => smaller(&bytes, page_brotli),
            Some(ContentEncoding::Gzip) => smaller(&bytes, page_gzip),
            _ => None,
        };
        match (coding, compressed) {
            (Some(coding), Some(compressed)) => {
                head.headers
                    .insert(header::CONTENT_ENCODING, coding.to_header_value());
                EitherBody::right(compressed)
            }
            _ => EitherBody::right(bytes),
        }
    })
}

/// Whether `req`'s If-None-Match names `etag` (quoted) or is `*`.
pub fn names_etag(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

impl CachedPage {
    /// An HTML page; `best` is where to send it for its best compression
    /// (none: it keeps the fast one).
    pub fn new(html: String, best: Option<SyncSender<Arc<CachedPage>>>) -> Self {
        let identity = Bytes::from(html);
        Self {
            etags: Etags::of(&identity),
            identity,
            gzip: OnceLock::new(),
            br: OnceLock::new(),
            best_br: OnceLock::new(),
            asked: AtomicU32::new(0),
            queued: AtomicBool::new(false),
            best,
        }
    }

    /// Counts a request, and at the [`BEST_AFTER`]th (or a later one, if
    /// the queue was full) sends the page to be compressed at the best
    /// quality.
    fn count(self: &Arc<Self>) {
        let asked = self.asked.fetch_add(1, Ordering::Relaxed) + 1;
        let Some(best) = &self.best else { return };
        if asked < BEST_AFTER || self.queued.swap(true, Ordering::AcqRel) {
            return;
        }
        if let Err(TrySendError::Full(_)) = best.try_send(self.clone()) {
            self.queued.store(false, Ordering::Release);
        }
    }

    /// Compresses the page at brotli's best quality, keeping it when it is
    /// smaller than the fast form (run by the background thread).
    fn compress_best(&self) {
        let b = brotli_at(&self.identity, 11);
        let fast = self.compressed(&self.br, page_brotli);
        if !b.is_empty() && fast.is_none_or(|f| b.len() < f.len()) {
            let _ = self.best_br.set(b);
        }
    }

    /// The compressed form from `slot`, made by `compress` the first time;
    /// `None` when it would not be smaller.
    fn compressed(&self, slot: &OnceLock<Bytes>, compress: fn(&[u8]) -> Bytes) -> Option<Bytes> {
        let b = slot.get_or_init(|| smaller(&self.identity, compress).unwrap_or_default());
        (!b.is_empty()).then(|| b.clone())
    }

    /// Bytes held, counting the compressed forms (gzip, brotli and
    /// brotli at its best, made later) as one more original: together
    /// they are a third of it or less.
    fn weight(&self) -> u64 {
        (self.identity.len() * 2 + 4 * self.etags.identity.len()) as u64
    }

    /// The response to `req`: 304 when its `If-None-Match` names this
    /// representation, else the body in the best encoding it accepts,
    /// with its headers made once for the page.
    pub fn respond(self: &Arc<Self>, req: &HttpRequest) -> HttpResponse {
        self.count();
        let compressed = match preferred_encoding(req) {
            Some(ContentEncoding::Brotli) => match self.best_br.get() {
                Some(b) => Some((b.clone(), ContentEncoding::Brotli, &self.etags.best_br)),
                None => self
                    .compressed(&self.br, page_brotli)
                    .map(|b| (b, ContentEncoding::Brotli, &self.etags.br)),
            },
            Some(ContentEncoding::Gzip) => self
                .compressed(&self.gzip, page_gzip)
                .map(|b| (b, ContentEncoding::Gzip, &self.etags.gzip)),
            _ => None,
        };
        let (body, coding, etag) = match compressed {
            Some((b, coding, etag)) => (b, Some(coding), etag),
            None => (self.identity.clone(), None, &self.etags.identity),
        };
        let not_modified = etag.to_str().is_ok_and(|e| names_etag(req, e));
        let mut res = if not_modified {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        res.insert_header((header::ETAG, etag.clone()))
            .insert_header((
                header::CACHE_CONTROL,
                HeaderValue::from_static(PAGE_CACHE_CONTROL),
            ))
            .insert_header((header::VARY, HeaderValue::from_static("Accept-Encoding")));
        if not_modified {
            return res.finish();
        }
        res.insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ));
        if let Some(coding) = coding {
            res.insert_header((header::CONTENT_ENCODING, coding.to_header_value()));
        }
        res.body(body)
    }
}

#[derive(Debug, Clone)]
struct ByBytes;

impl quick_cache::Weighter<String, Arc<CachedPage>> for ByBytes {
    fn weight(&self, key: &String, page: &Arc<CachedPage>) -> u64 {
        key.len() as u64 + page.weight()
    }
}

/// Pages by normalised address.
pub struct PageCache {
    pages: quick_cache::sync::Cache<String, Arc<CachedPage>, ByBytes>,
    /// The background thread's queue (none if it could not start). The
    /// thread ends when the cache, and so this sender, is dropped.
    best: Option<SyncSender<Arc<CachedPage>>>,
}

impl PageCache {
    /// A cache holding at most `max_bytes` of pages, with a thread that
    /// compresses popular pages at brotli's best quality.
    pub fn new(max_bytes: u64) -> Self {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Arc<CachedPage>>(BEST_QUEUE);
        let started = std::thread::Builder::new()
            .name("brotli-best".to_string())
            .spawn(move || {
                while let Ok(page) = rx.recv() {
                    page.compress_best();
                }
            });
        if let Err(e) = &started {
            tracing::warn!(error = %e, "pages keep their fast compression: no thread for the best");
        }
        Self {
            pages: quick_cache::sync::Cache::with_weighter(1024, max_bytes, ByBytes),
            best: started.ok().map(|_| tx),
        }
    }

    /// The page kept under `key`, if any.
    pub fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.pages.get(key)
    }

    /// Pages kept, their bytes, and lookups that found a page and that
    /// did not.
    pub fn stats(&self) -> (usize, u64, u64, u64) {
        (
            self.pages.len(),
            self.pages.weight(),
            self.pages.hits(),
            self.pages.misses(),
        )
    }

    /// Keeps `html` under `key` and returns it ready to send.
    pub fn insert(&self, key: String, html: String) -> Arc<CachedPage> {
        let page = Arc::new(CachedPage::new(html, self.best.clone()));
        self.pages.insert(key, page.clone());
        page
    }
}
