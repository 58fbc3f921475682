//! Any bytes as a career file: parsing and validation must return a value
//! or an error naming a field, never panic.
#![no_main]

use std::path::Path;

use careerguide::seed::{self, Career};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = seed::parse_str::<Career>(Path::new("fuzz.toml"), text);
    }
});
