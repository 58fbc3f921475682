//! Logging: `tracing` events formatted one per line on standard error,
//! filtered by `RUST_LOG` (default `info`). A request's lines carry
//! `request{id=...}`, so its access-log line (written by
//! `web::access_log`, in the same format) and any error line share its id.

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// The subscriber the binary uses, writing what `filter` lets through to
/// `writer`; the tests use it with a buffer to read what a request logged.
pub fn subscriber<W>(
    writer: W,
    filter: EnvFilter,
    ansi: bool,
) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(ansi)
        .finish()
}

/// Installs the subscriber for the whole process. Lines are written by a
/// background thread, so a request does not wait on standard error; at
/// most 8,192 lines wait in memory, none are dropped (lossy off: a full
/// buffer makes requests wait instead). Keep the guard until `main`
/// returns: dropping it flushes what is left.
pub fn init() -> WorkerGuard {
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .buffered_lines_limit(8_192)
        .finish(std::io::stderr());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    if tracing::subscriber::set_global_default(subscriber(writer, filter, ansi)).is_err() {
        eprintln!("careerguide: a logger was already installed");
    }
    guard
}
