//! `/compare`'s parameters.

use super::{Form, FormErrors, RawQuery, SearchText, StateCode, career_address};
use crate::web::error::AppResult;

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

impl Form for CompareParams {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        let mut out = Self::default();
        let mut errors = FormErrors::default();
        for (name, value) in raw.pairs() {
            let value = value.trim();
            match name.as_ref() {
                "c" if !value.is_empty() => match career_address(value) {
                    Ok(()) => out.careers.push(value.to_string()),
                    Err(m) => errors.push("c", m),
                },
                "state" => match StateCode::try_from(value.to_string()) {
                    Ok(code) => out.state = code,
                    Err(m) => errors.push("state", m),
                },
                "add" if !value.is_empty() => match SearchText::parse(value) {
                    Ok(text) => out.add = Some(text.get().to_string()),
                    Err(m) => errors.push("add", m),
                },
                _ => {}
            }
        }
        Ok((out, errors))
    }
}
