//! Integration tests: the seed loader and every page, through the real
//! routes with actix-web's test utilities.

#[path = "../common/mod.rs"]
mod common;

mod addresses;
mod api;
mod caching;
mod catalogue;
mod compare;
mod descriptions;
mod downloads;
mod errors;
mod explore;
mod interests;
mod loader;
mod outlook;
mod overview_start;
mod pages;
mod process;
mod profile;
mod programs;
mod salary;
mod scale;
mod search;
mod security;
mod sharing;
mod spanish;
mod state_pay;
mod training;
mod wording;
