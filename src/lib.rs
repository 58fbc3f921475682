//! Career Guide: a fast, server-rendered career information website.
//!
//! The data flows `seed` (read and validate the seed files) -> `db` (build
//! SQLite, typed queries) -> `web` (routes, handlers, templates). `domain`
//! holds the words all three speak (interest areas, source ids, BLS
//! footnotes); `app` runs the commands `main` is asked for.
#![warn(missing_docs, clippy::unwrap_used)]

pub mod app;
pub mod config;
pub mod db;
pub mod domain;
pub mod seed;
pub mod telemetry;
pub mod web;
