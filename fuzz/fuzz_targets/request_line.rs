//! Any path and query through the request checks, the typed query
//! parameters and the search parsers (words, FTS expressions,
//! highlights): never a panic.
#![no_main]

use actix_web::http::Method;
use careerguide::db::read::fts;
use careerguide::web::params::{Params, SchoolsParams, SearchParams, TrainingParams};
use careerguide::web::{search, shield};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (path, query) = input;
    let _ = shield::check(&Method::GET, path, query);
    let _ = Params::<SchoolsParams>::parse(query);
    let _ = Params::<TrainingParams>::parse(query);
    let _ = Params::<SearchParams>::parse(query);
    let words = fts::words(query);
    let _ = fts::match_expression(&words);
    let _ = fts::trigram_expression(&words);
    let _ = search::segments(query);
});
