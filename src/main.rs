//! `careerguide`: build the database from `seed/` and serve the site.
//! Everything the commands do lives in the library ([`careerguide::app`]).

use std::process::ExitCode;

use careerguide::config::{Cli, Command};
use careerguide::{app, telemetry};
use clap::Parser;

/// jemalloc instead of glibc's malloc: under 256 connections asking for
/// cold pages, glibc's per-thread arenas held freed page buffers and the
/// server grew past 300 MB; jemalloc returns them. Built without the
/// `jemalloc` feature (as the tests are), the system allocator serves.
#[cfg(feature = "jemalloc")]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _flush_on_exit = telemetry::init();
    match app::run(cli.command.unwrap_or(Command::Serve), &cli.config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("careerguide: {message}");
            ExitCode::FAILURE
        }
    }
}
