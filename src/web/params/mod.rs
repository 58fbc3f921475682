//! Every parameter a request can carry, each a type with one parser.
//!
//! Query strings are read by [`Params`], an extractor that deserialises a
//! page's parameter struct (serde, through `serde_path_to_error` so a
//! failure knows which parameter it was). A bad value is
//! [`AppError::BadParam`]: a 400 that names the parameter and says what
//! was wrong, as a page or, under `/api/`, as JSON. Parameters a page does
//! not know (tracking tags added by mail programs, say) are ignored, and a
//! blank value means the same as none.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use crate::web::error::AppError;

/// A page's query parameters, parsed and checked before the handler runs.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned> Params<T> {
    /// Parses a query string (without the `?`).
    pub fn parse(query: &str) -> Result<T, AppError> {
        let pairs = form_urlencoded::parse(query.as_bytes());
        let de = serde_urlencoded::Deserializer::new(pairs);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let name = match e.path().to_string() {
                path if path == "." => "the query string".to_string(),
                path => path,
            };
            AppError::BadParam {
                name,
                message: e.into_inner().to_string(),
            }
        })
    }
}

impl<T: DeserializeOwned> FromRequest for Params<T> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()).map(Params))
    }
}

/// Up to `max` characters of `raw`, with an ellipsis when cut, for quoting
/// a bad value back to the reader.
fn shown(raw: &str, max: usize) -> String {
    let mut out: String = raw.chars().take(max).collect();
    if raw.chars().count() > max {
        out.push('…');
    }
    out
}

mod career;
mod compare;
mod explore;
mod fields;
mod interests;
mod lists;
mod programs;
mod table;

pub use career::*;
pub use compare::*;
pub use explore::*;
pub use fields::*;
pub use interests::*;
pub use lists::*;
pub use programs::*;
pub use table::*;

#[cfg(test)]
mod tests {
    use super::*;

    fn bad<T: DeserializeOwned + std::fmt::Debug>(query: &str) -> (String, String) {
        match Params::<T>::parse(query) {
            Err(AppError::BadParam { name, message }) => (name, message),
            other => panic!("{query}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn blank_and_unknown_parameters_mean_the_defaults() {
        let p = Params::<SchoolsParams>::parse("state=&town=%20&page=&utm_source=mail")
            .expect("parses");
        assert_eq!(p.state.get(), None);
        assert_eq!(p.town.get(), None);
        assert_eq!(p.page.get(), 1);
        let p = Params::<SchoolsParams>::parse("state=ct&town=+New+Haven+&page=3").expect("parses");
        assert_eq!(p.state.get(), Some("CT"));
        assert_eq!(p.town.get(), Some("New Haven"));
        assert_eq!(p.page.get(), 3);
    }

    #[test]
    fn a_bad_value_names_its_parameter() {
        let (name, message) = bad::<SchoolsParams>("page=0");
        assert_eq!(name, "page");
        assert!(message.contains("“0” is not a page number"), "{message}");
        let (name, message) = bad::<SchoolsParams>("state=Connecticut");
        assert_eq!(name, "state");
        assert!(message.contains("is not a state"), "{message}");
        let (name, _) = bad::<TrainingParams>(&format!("town={}", "a".repeat(101)));
        assert_eq!(name, "town");
        let (name, message) = bad::<SearchParams>(&format!("q={}", "a".repeat(201)));
        assert_eq!(name, "q");
        assert!(message.contains("201 characters"), "{message}");
    }
}
