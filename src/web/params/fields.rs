//! The values several forms share: a page number, a town, a state code
//! and search words.

use serde::Deserialize;

use super::{Message, shown};
use crate::web::search::MAX_QUERY_CHARS;

/// `?page=`: a page of a list, from 1. Absent or blank is page 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PageNumber(i64);

impl PageNumber {
    /// The highest page number accepted.
    pub const MAX: i64 = 100_000;

    /// Page `n` (clamped to 1..=[`Self::MAX`]).
    pub fn new(n: i64) -> Self {
        Self(n.clamp(1, Self::MAX))
    }

    /// The number, from 1.
    pub fn get(self) -> i64 {
        self.0
    }

    /// True for the first page, whose address has no `?page=`.
    pub fn is_first(self) -> bool {
        self.0 == 1
    }
}

impl Default for PageNumber {
    fn default() -> Self {
        Self(1)
    }
}

impl PageNumber {
    /// The page `raw` names, or what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, Message> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(Self::default());
        }
        s.parse::<i64>()
            .ok()
            .filter(|n| (1..=Self::MAX).contains(n))
            .map(Self)
            .ok_or_else(|| Message::new("ls-error-page").text("value", shown(s, 20)))
    }
}

impl TryFrom<String> for PageNumber {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).map_err(|m| m.english())
    }
}

/// `?town=`: a town to filter schools by. Blank is every town.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Town(Option<String>);

impl Town {
    /// Longest town name accepted, in characters.
    pub const MAX_CHARS: usize = 100;

    /// The town, if one was asked for.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The town, if one was asked for, owned.
    pub fn into_inner(self) -> Option<String> {
        self.0
    }
}

impl TryFrom<String> for Town {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let town = raw.trim();
        if town.is_empty() {
            return Ok(Self(None));
        }
        let chars = town.chars().count();
        if chars > Self::MAX_CHARS {
            return Err(format!(
                "The town in the address is {chars} characters long; town names have at most {}. \
                 Choose a town from the list on the page.",
                Self::MAX_CHARS
            ));
        }
        if town.chars().any(char::is_control) {
            return Err(
                "The town in the address contains control characters. Choose a town from the list on the page."
                    .to_string(),
            );
        }
        Ok(Self(Some(town.to_string())))
    }
}

/// `?state=`: a US state by its two-letter postal code, upper-cased.
/// Blank is every state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct StateCode(Option<String>);

impl StateCode {
    /// The code, if a state was asked for.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl TryFrom<String> for StateCode {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" => Ok(Self(None)),
            s if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Ok(Self(Some(s.to_ascii_uppercase())))
            }
            s => Err(format!(
                "“{}” is not a state. Use a two-letter code such as CT, or choose from the list.",
                shown(s, 20)
            )),
        }
    }
}

/// `?q=`: what someone typed into the search box, trimmed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SearchText(String);

impl SearchText {
    /// The text (empty when nothing was typed).
    pub fn get(&self) -> &str {
        &self.0
    }
}

impl SearchText {
    /// The search `raw` holds, trimmed, or what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, Message> {
        let text = raw.trim();
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(Message::new("ls-error-search-long")
                .text("chars", chars.to_string())
                .text("max", MAX_QUERY_CHARS.to_string()));
        }
        if text.chars().any(char::is_control) {
            return Err(Message::new("ls-error-search-control"));
        }
        Ok(Self(text.to_string()))
    }
}

impl TryFrom<String> for SearchText {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Self::parse(&raw).map_err(|m| m.english())
    }
}
