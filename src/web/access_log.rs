//! The access log: one line per request, formatted and written by a
//! thread of its own in batches.
//!
//! A worker only hands over what it knows (time, id, method, path,
//! status, duration) by pushing it onto a shared list under a lock; the
//! writer wakes once per batch, not per line, formats the whole batch
//! into one buffer and writes it with one call. Nothing is dropped: when
//! the writer falls [`MOST_WAITING`] lines behind (a stalled standard
//! error), requests wait for it, as they would for a synchronous log.
//! [`AccessLog::close`] writes what is left and stops the thread; the
//! server calls it after SIGTERM, once the last requests have finished.
//!
//! The lines look like the rest of the log (`tracing`'s format), so one
//! request's lines are found together by its id:
//!
//! ```text
//! 2026-12-01T11:02:52.669960Z  INFO request{id=3f0c...}: access: method=GET path="/healthz" status=200 duration_us=31
//! ```

use std::fmt::Write as _;
use std::io::Write;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use actix_web::http::Method;

use crate::web::request_id::RequestId;

/// How long the writer lets lines gather after the first of a batch
/// arrives: one write every 20 ms at most, instead of one a request.
const BATCH_WINDOW: Duration = Duration::from_millis(20);

/// Lines that may wait for the writer before requests wait for it.
pub const MOST_WAITING: usize = 65_536;

/// What one request leaves in the log.
#[derive(Debug)]
pub struct Entry {
    /// When the request arrived.
    pub at: SystemTime,
    /// Its id, also in its `X-Request-Id` header.
    pub id: RequestId,
    /// Its method.
    pub method: Method,
    /// Its path (without the query), written with `Debug` escapes so
    /// that control characters cannot forge a line.
    pub path: String,
    /// The status answered.
    pub status: u16,
    /// Microseconds from arrival to the response head.
    pub duration_us: u64,
}

impl Entry {
    /// Appends the entry's line, newline included, to `out`.
    fn write_line(&self, out: &mut String) {
        let t = time::OffsetDateTime::from(self.at);
        let _ = writeln!(
            out,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z  INFO request{{id={}}}: access: \
             method={} path={:?} status={} duration_us={}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.microsecond(),
            self.id,
            self.method,
            self.path,
            self.status,
            self.duration_us,
        );
    }
}

/// The lines waiting for the writer, and how far it has got.
#[derive(Default)]
struct Queue {
    waiting: Vec<Entry>,
    /// Lines handed over since the start.
    pushed: u64,
    /// Lines written since the start.
    written: u64,
    /// Set by `close`: write what is left, then stop.
    closing: bool,
    /// Set when someone waits for the writer: no batch window.
    hurry: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    /// Wakes the writer: a first line after a pause, a flush, a close.
    work: Condvar,
    /// Wakes whoever waits for lines to be written.
    written: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The access log, shared by every worker (cheap to clone). One that is
/// off ([`AccessLog::off`]) takes entries and drops them.
#[derive(Clone, Default)]
pub struct AccessLog {
    inner: Option<Arc<Inner>>,
}

struct Inner {
    shared: Arc<Shared>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for AccessLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessLog")
            .field("on", &self.inner.is_some())
            .finish()
    }
}

impl AccessLog {
    /// A log that writes nothing.
    pub fn off() -> Self {
        Self::default()
    }

    /// A log written to `sink` by a thread of its own; off (with a
    /// warning) if the thread cannot start.
    pub fn to(sink: impl Write + Send + 'static) -> Self {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            work: Condvar::new(),
            written: Condvar::new(),
        });
        let for_thread = shared.clone();
        match std::thread::Builder::new()
            .name("access-log".to_string())
            .spawn(move || write_batches(&for_thread, sink))
        {
            Ok(thread) => Self {
                inner: Some(Arc::new(Inner {
                    shared,
                    thread: Mutex::new(Some(thread)),
                })),
            },
            Err(e) => {
                tracing::warn!(error = %e, "no thread for the access log: it is off");
                Self::off()
            }
        }
    }

    /// A log written to standard error.
    pub fn to_stderr() -> Self {
        Self::to(std::io::stderr())
    }

    /// Hands `entry` to the writer. Waits only when the writer is
    /// [`MOST_WAITING`] lines behind.
    pub fn record(&self, entry: Entry) {
        let Some(inner) = &self.inner else { return };
        let shared = &inner.shared;
        let mut queue = shared.lock();
        if queue.closing {
            return;
        }
        while queue.waiting.len() >= MOST_WAITING && !queue.closing {
            queue.hurry = true;
            shared.work.notify_one();
            queue = shared
                .written
                .wait(queue)
                .unwrap_or_else(|e| e.into_inner());
        }
        let first = queue.waiting.is_empty();
        queue.waiting.push(entry);
        queue.pushed += 1;
        drop(queue);
        if first {
            shared.work.notify_one();
        }
    }

    /// Returns once every line recorded before the call is written.
    pub fn flush(&self) {
        let Some(inner) = &self.inner else { return };
        let shared = &inner.shared;
        let mut queue = shared.lock();
        let target = queue.pushed;
        queue.hurry = true;
        shared.work.notify_one();
        while queue.written < target && !queue.closing {
            queue = shared
                .written
                .wait(queue)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Writes every line recorded so far and stops the writer. The server
    /// calls it once its workers have stopped; a line recorded after it
    /// is dropped.
    pub fn close(&self) {
        let Some(inner) = &self.inner else { return };
        inner.shared.lock().closing = true;
        inner.shared.work.notify_one();
        let thread = inner
            .thread
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(thread) = thread
            && thread.join().is_err()
        {
            eprintln!("careerguide: the access-log thread panicked");
        }
    }
}

/// The writer thread: waits for a first line, lets a batch gather, then
/// formats and writes it in one call.
fn write_batches(shared: &Shared, mut sink: impl Write) {
    let mut batch: Vec<Entry> = Vec::new();
    let mut text = String::new();
    loop {
        {
            let mut queue = shared.lock();
            while queue.waiting.is_empty() && !queue.closing {
                queue = shared.work.wait(queue).unwrap_or_else(|e| e.into_inner());
            }
            if !queue.closing && !queue.hurry {
                drop(queue);
                std::thread::sleep(BATCH_WINDOW);
                queue = shared.lock();
            }
            if queue.waiting.is_empty() && queue.closing {
                shared.written.notify_all();
                return;
            }
            queue.hurry = false;
            std::mem::swap(&mut batch, &mut queue.waiting);
        }
        text.clear();
        for entry in &batch {
            entry.write_line(&mut text);
        }
        if let Err(e) = write_whole_lines(&mut sink, &text) {
            eprintln!("careerguide: cannot write the access log: {e}");
        }
        let n = batch.len() as u64;
        batch.clear();
        // Keep a large batch's buffers from staying allocated for good.
        batch.shrink_to(4_096);
        text.shrink_to(1 << 20);
        shared.lock().written += n;
        shared.written.notify_all();
    }
}

/// Most bytes a pipe takes in one piece (Linux's `PIPE_BUF`): a write
/// no longer than this is not interleaved with another process's or
/// thread's (the rest of the log goes to the same standard error).
const ATOMIC_WRITE: usize = 4_096;

/// Writes `text` (whole lines) in writes of whole lines of at most
/// [`ATOMIC_WRITE`] bytes each (a longer line alone), then flushes.
fn write_whole_lines(sink: &mut impl Write, text: &str) -> std::io::Result<()> {
    let mut rest = text;
    while !rest.is_empty() {
        let mut end = rest.len().min(ATOMIC_WRITE);
        if end < rest.len() {
            end = match rest[..end].rfind('\n') {
                Some(i) => i + 1,
                None => rest.find('\n').map_or(rest.len(), |i| i + 1),
            };
        }
        sink.write_all(&rest.as_bytes()[..end])?;
        rest = &rest[end..];
    }
    sink.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("buffer lock").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Records the size of each write.
    #[derive(Default)]
    struct Writes(Vec<usize>, Vec<u8>);

    impl Write for Writes {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.push(buf.len());
            self.1.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_batch_goes_out_in_whole_lines_of_at_most_one_pipe_buffer() {
        let line = format!("{}\n", "x".repeat(99));
        let long = format!("{}\n", "y".repeat(5_000));
        let text = format!("{}{long}{}", line.repeat(100), line.repeat(3));
        let mut w = Writes::default();
        write_whole_lines(&mut w, &text).expect("writes");
        assert_eq!(w.1, text.as_bytes());
        assert_eq!(w.0, vec![4_000, 4_000, 2_000, 5_001, 300]);
    }

    fn entry(path: &str) -> Entry {
        Entry {
            at: SystemTime::UNIX_EPOCH + Duration::from_micros(1_764_587_000_123_456),
            id: RequestId::new(),
            method: Method::GET,
            path: path.to_string(),
            status: 200,
            duration_us: 42,
        }
    }

    #[test]
    fn a_line_reads_like_the_rest_of_the_log() {
        let e = entry("/careers/x\n2026 INFO forged");
        let mut line = String::new();
        e.write_line(&mut line);
        assert_eq!(
            line,
            format!(
                "2025-12-01T11:03:20.123456Z  INFO request{{id={}}}: access: method=GET \
                 path=\"/careers/x\\n2026 INFO forged\" status=200 duration_us=42\n",
                e.id
            )
        );
    }

    #[test]
    fn every_line_from_many_threads_is_written_once_and_close_writes_the_last() {
        let buffer = Buffer::default();
        let log = AccessLog::to(buffer.clone());
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let log = log.clone();
                std::thread::spawn(move || {
                    for i in 0..10_000 {
                        log.record(entry(&format!("/{t}/{i}")));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread ends");
        }
        log.close();
        let text = String::from_utf8(buffer.0.lock().expect("buffer lock").clone()).expect("UTF-8");
        let lines: std::collections::HashSet<&str> = text
            .lines()
            .map(|l| l.split(" path=").nth(1).expect("a path"))
            .collect();
        assert_eq!(text.lines().count(), 80_000);
        assert_eq!(lines.len(), 80_000);
    }

    #[test]
    fn flush_returns_after_the_lines_are_written() {
        let buffer = Buffer::default();
        let log = AccessLog::to(buffer.clone());
        log.record(entry("/a"));
        log.record(entry("/b"));
        log.flush();
        assert_eq!(
            String::from_utf8_lossy(&buffer.0.lock().expect("buffer lock"))
                .lines()
                .count(),
            2
        );
        log.close();
    }
}
