//! Why a database build failed: a bad seed or data file, SQLite, or the
//! file system. The build and the catalogue writer both return it.

use std::path::PathBuf;

use crate::seed::SeedError;

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A seed file is invalid.
    #[error("invalid seed: {0}")]
    Seed(#[from] SeedError),
    /// SQLite refused something while writing.
    #[error("writing the database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A file-system step failed.
    #[error("{context} {path}: {source}")]
    Io {
        /// What we were doing.
        context: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}
