//! Command-line and environment configuration.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Career Guide: a fast, server-rendered career information website.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    /// What to do; `serve` when left out.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings shared by every command.
    #[command(flatten)]
    pub config: Config,
}

/// The commands.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Build the database from the seed folder, then serve the site.
    Serve,
    /// Validate the seed folder and report the first problem; writes nothing.
    Check,
    /// Validate the seed folder and rebuild the database; does not serve.
    Build,
    /// Write a synthetic seed (made-up careers and schools) for scale tests
    /// and benchmarks into an empty folder. Never into seed/.
    Generate {
        /// Number of careers.
        #[arg(long, default_value_t = 1000)]
        careers: usize,
        /// Number of schools, shared out among the careers.
        #[arg(long, default_value_t = 10000)]
        schools: usize,
        /// Empty folder to write into.
        #[arg(long)]
        out: PathBuf,
    },
}

/// Settings, each settable by flag or environment variable.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(
        long,
        env = "CAREERGUIDE_ADDR",
        default_value = "127.0.0.1",
        global = true
    )]
    pub addr: String,
    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "CAREERGUIDE_PORT", default_value_t = 8080, global = true)]
    pub port: u16,
    /// Folder holding sources.toml and careers/*.toml.
    #[arg(
        long,
        env = "CAREERGUIDE_SEED_DIR",
        default_value = "seed",
        global = true
    )]
    pub seed_dir: PathBuf,
    /// Path of the SQLite database built from the seed.
    #[arg(
        long,
        env = "CAREERGUIDE_DATABASE",
        default_value = "data/careerguide.sqlite3",
        global = true
    )]
    pub database: PathBuf,
    /// Folder of the static files (CSS, scripts, icons) served under
    /// /static/.
    #[arg(
        long,
        env = "CAREERGUIDE_STATIC_DIR",
        default_value = "static",
        global = true
    )]
    pub static_dir: PathBuf,
    /// Serve the existing database without rebuilding it first.
    #[arg(long, env = "CAREERGUIDE_NO_BUILD", global = true)]
    pub no_build: bool,
    /// Address the site is reached at, for canonical links, the sitemap and
    /// QR codes (default: http://ADDR:PORT).
    #[arg(long, env = "CAREERGUIDE_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// The site is reached over HTTPS (through a TLS proxy): send
    /// Strict-Transport-Security.
    #[arg(long, env = "CAREERGUIDE_BEHIND_TLS", global = true)]
    pub behind_tls: bool,
    /// Number of HTTP worker threads (default: one per core).
    #[arg(long, env = "CAREERGUIDE_WORKERS", global = true)]
    pub workers: Option<usize>,
    /// Megabytes of rendered pages to keep in memory (0 keeps none, so
    /// every request renders: for measuring cold pages).
    #[arg(
        long,
        env = "CAREERGUIDE_PAGE_CACHE_MB",
        default_value_t = 16,
        global = true
    )]
    pub page_cache_mb: u64,
}

impl Config {
    /// The public address without a trailing slash: `--public-url` when
    /// given (it must start with http:// or https://), else the listening
    /// address.
    pub fn public_url(&self, port: u16) -> Result<String, String> {
        match &self.public_url {
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                Ok(url.trim_end_matches('/').to_string())
            }
            Some(url) => Err(format!(
                "--public-url must start with http:// or https://, not `{url}`"
            )),
            None => Ok(format!("http://{}:{port}", self.addr)),
        }
    }
}
