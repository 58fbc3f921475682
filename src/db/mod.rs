//! The database layer: the build side (`build`: schema, seed to database)
//! and the read side (`read`: typed queries), with the read-only pool.
//!
//! All SQL lives here. Query functions are synchronous, take a
//! `&Connection` and return typed structs; the web layer calls them on
//! blocking threads.

pub mod build;
pub mod lang;
pub mod read;

use std::path::{Path, PathBuf};
use std::time::Duration;

use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::OpenFlags;

use crate::domain::Lang;

/// Version of `schema.sql`, stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 12;

/// Read-only connections to one database: those that read it in
/// English, and, when it holds the Spanish edition, those that read it in
/// Spanish (see [`lang`]).
#[derive(Clone)]
pub struct Pool {
    english: r2d2::Pool<SqliteConnectionManager>,
    spanish: Option<r2d2::Pool<SqliteConnectionManager>>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("max_size", &self.english.max_size())
            .field("spanish", &self.spanish.is_some())
            .finish()
    }
}

/// A pooled connection.
pub type Connection = r2d2::PooledConnection<SqliteConnectionManager>;

impl Pool {
    /// A connection that reads in English.
    pub fn get(&self) -> Result<Connection, r2d2::Error> {
        self.english.get()
    }

    /// A connection that reads in `lang`; `None` when the database does
    /// not hold that language.
    pub fn get_in(&self, lang: Lang) -> Option<Result<Connection, r2d2::Error>> {
        match lang {
            Lang::En => Some(self.english.get()),
            Lang::Es => self.spanish.as_ref().map(|p| p.get()),
        }
    }

    /// True when the database holds `lang`.
    pub fn speaks(&self, lang: Lang) -> bool {
        match lang {
            Lang::En => true,
            Lang::Es => self.spanish.is_some(),
        }
    }

    /// Most connections open at once in one language.
    pub fn max_size(&self) -> u32 {
        self.english.max_size()
    }
}

/// Why the database could not be opened for serving.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file does not exist.
    #[error(
        "database {0} does not exist: build it with `careerguide build` (or start `careerguide serve` without --no-build)"
    )]
    Missing(PathBuf),
    /// SQLite could not open or read it.
    #[error("database {path} cannot be read ({source}): rebuild it with `careerguide build`")]
    Unreadable {
        /// The database path.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// It was built by another version of the schema.
    #[error(
        "database {path} has schema version {found}, this program needs {SCHEMA_VERSION}: rebuild it with `careerguide build`"
    )]
    WrongVersion {
        /// The database path.
        path: PathBuf,
        /// The version found.
        found: i64,
    },
    /// The pool could not be created.
    #[error("cannot open connections to {path}: {source}")]
    Pool {
        /// The database path.
        path: PathBuf,
        /// What r2d2 said.
        source: r2d2::Error,
    },
}

/// The URI that opens `path` as immutable: SQLite then takes no file
/// lock and checks for no change before each statement (a search runs a
/// dozen). That holds, since a build never writes a served file: it
/// writes a new one and renames it over the old, and a reload opens a new
/// pool, while connections to the old file keep reading the old one. A
/// path that is not UTF-8 is opened as it is.
fn immutable_uri(path: &Path) -> PathBuf {
    match path.to_str() {
        Some(p) => {
            let escaped = p
                .replace('%', "%25")
                .replace('?', "%3F")
                .replace('#', "%23");
            PathBuf::from(format!("file:{escaped}?immutable=1"))
        }
        None => path.to_path_buf(),
    }
}

/// Opens `path` read-only for serving: every connection is opened with
/// `SQLITE_OPEN_READ_ONLY`, as immutable (see [`immutable_uri`]) and with
/// `PRAGMA query_only = ON`, and the schema version is checked once
/// before the pool is returned.
pub fn open_read_only(path: &Path, max_connections: u32) -> Result<Pool, OpenError> {
    if !path.exists() {
        return Err(OpenError::Missing(path.to_path_buf()));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let unreadable = |source| OpenError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    {
        let conn = rusqlite::Connection::open_with_flags(path, flags).map_err(unreadable)?;
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(unreadable)?;
        if found != SCHEMA_VERSION {
            return Err(OpenError::WrongVersion {
                path: path.to_path_buf(),
                found,
            });
        }
        conn.query_row("SELECT count(*) FROM career", [], |r| r.get::<_, i64>(0))
            .map_err(unreadable)?;
    }
    let spanish = {
        let conn = rusqlite::Connection::open_with_flags(path, flags).map_err(unreadable)?;
        lang::has_spanish(&conn).map_err(unreadable)?
    };
    let pool = |lang: Lang| {
        let manager = SqliteConnectionManager::file(immutable_uri(path))
            .with_flags(flags)
            .with_init(move |c| {
                if lang == Lang::Es {
                    lang::read_in_spanish(c)?;
                }
                c.execute_batch("PRAGMA query_only = ON;")?;
                c.set_prepared_statement_cache_capacity(64);
                Ok(())
            });
        r2d2::Pool::builder()
            .max_size(max_connections.max(1))
            .connection_timeout(Duration::from_secs(5))
            .build(manager)
            .map_err(|source| OpenError::Pool {
                path: path.to_path_buf(),
                source,
            })
    };
    Ok(Pool {
        english: pool(Lang::En)?,
        spanish: if spanish { Some(pool(Lang::Es)?) } else { None },
    })
}
