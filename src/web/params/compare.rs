//! `/compare`'s parameters.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};

use super::{SearchText, StateCode};
use crate::web::error::AppError;

/// Most careers a comparison shows.
pub const MAX_COMPARED: usize = 4;

/// `/compare`'s parameters: `c` (a career's slug) repeated, `state`, and
/// `add` (words naming a career to add).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareParams {
    /// The careers asked for, in order, as typed (trimmed; blanks dropped).
    pub careers: Vec<String>,
    /// The state to show pay in.
    pub state: StateCode,
    /// A career to add, in words.
    pub add: Option<String>,
}

impl CompareParams {
    /// Parses a query string; a bad `state` or `add` is a 400 naming it.
    pub fn parse(query: &str) -> Result<Self, AppError> {
        let mut out = Self::default();
        let bad = |name: &str, message: String| AppError::BadParam {
            name: name.to_string(),
            message,
        };
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match name.as_ref() {
                "c" if !value.is_empty() => {
                    if value.chars().count() > 100 || value.chars().any(char::is_control) {
                        return Err(bad("c", "That is not the address of a career.".to_string()));
                    }
                    out.careers.push(value.to_string());
                }
                "state" => {
                    out.state =
                        StateCode::try_from(value.to_string()).map_err(|m| bad("state", m))?;
                }
                "add" if !value.is_empty() => {
                    let text =
                        SearchText::try_from(value.to_string()).map_err(|m| bad("add", m))?;
                    out.add = Some(text.get().to_string());
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

impl FromRequest for CompareParams {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}
