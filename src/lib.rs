//! Career Guide: a fast, server-rendered career information website.
//!
//! The data flows `seed` (read and validate the TOML files) -> `db` (build
//! SQLite, typed queries) -> `web` (routes, handlers, templates).
#![warn(missing_docs, clippy::unwrap_used)]

pub mod config;
pub mod db;
pub mod domain;
pub mod seed;
pub mod telemetry;
pub mod web;
