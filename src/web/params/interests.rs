//! `/interests`'s parameters.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};

use super::{MAX_COMPARED, PageNumber, shown};
use crate::domain::Interest;
use crate::web::error::AppError;

/// `/interests`'s parameters as typed in the address: `first`, `second`
/// and `third` (area letters), `zone`, `page`, and `c` (careers kept for
/// a comparison) repeated. [`InterestRaw::parse`] checks them one by one,
/// so a bad one gives a 400 page that names it and keeps the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestRaw {
    /// First choice, a letter.
    pub first: Option<String>,
    /// Second choice.
    pub second: Option<String>,
    /// Third choice.
    pub third: Option<String>,
    /// Job zone, 1-5.
    pub zone: Option<String>,
    /// Page number.
    pub page: Option<String>,
    /// Careers kept for the comparison, as typed.
    pub careers: Vec<String>,
}

/// `/interests`'s choices, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterestChoice {
    /// First choice.
    pub first: Option<Interest>,
    /// Second choice.
    pub second: Option<Interest>,
    /// Third choice.
    pub third: Option<Interest>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Page.
    pub page: PageNumber,
    /// Careers kept for the comparison (slugs, checked by the page).
    pub careers: Vec<String>,
}

impl InterestChoice {
    /// The chosen areas in order.
    pub fn chosen(&self) -> Vec<Interest> {
        [self.first, self.second, self.third]
            .into_iter()
            .flatten()
            .collect()
    }
}

impl InterestRaw {
    /// Reads a query string; unknown parameters are ignored.
    pub fn from_query(query: &str) -> Self {
        let mut out = Self::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_string();
            match name.as_ref() {
                "first" => out.first = Some(value),
                "second" => out.second = Some(value),
                "third" => out.third = Some(value),
                "zone" => out.zone = Some(value),
                "page" => out.page = Some(value),
                "c" if !value.is_empty() => out.careers.push(value),
                _ => {}
            }
        }
        out
    }

    /// Checks every parameter: the choices, and for each bad one its name
    /// and what is wrong.
    pub fn parse(&self) -> (InterestChoice, Vec<(&'static str, String)>) {
        let mut errors = Vec::new();
        let mut choice = InterestChoice::default();
        let text = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
        let mut area = |name: &'static str, v: &Option<String>| {
            let v = text(v)?;
            let found = Interest::from_letter(&v);
            if found.is_none() {
                errors.push((
                    name,
                    format!(
                        "“{}” is not an interest area: use one of the letters R, I, A, S, E or C.",
                        shown(&v, 20)
                    ),
                ));
            }
            found
        };
        let first = area("first", &self.first);
        let second = area("second", &self.second);
        let third = area("third", &self.third);
        let given = |v: &Option<String>| text(v).is_some();
        if given(&self.second) && !given(&self.first) {
            errors.push((
                "second",
                "A second choice needs a first: choose the area you like most as the first."
                    .to_string(),
            ));
        }
        if given(&self.third) && !given(&self.second) {
            errors.push((
                "third",
                "A third choice needs a second: choose the second area you like before a third."
                    .to_string(),
            ));
        }
        if let (Some(a), Some(b)) = (first, second)
            && a == b
        {
            errors.push((
                "second",
                format!(
                    "{} is already your first choice: choose a different area, or none.",
                    a.name()
                ),
            ));
        }
        if let Some(c) = third
            && (first == Some(c) || second == Some(c))
        {
            let which = if first == Some(c) { "first" } else { "second" };
            errors.push((
                "third",
                format!(
                    "{} is already your {which} choice: choose a different area, or none.",
                    c.name()
                ),
            ));
        }
        (choice.first, choice.second, choice.third) = (first, second, third);
        if let Some(z) = text(&self.zone) {
            match z.parse::<i64>().ok().filter(|z| (1..=5).contains(z)) {
                Some(z) => choice.zone = Some(z),
                None => errors.push((
                    "zone",
                    format!(
                        "“{}” is not a job zone: choose 1 (little or no preparation) to 5 (extensive).",
                        shown(&z, 20)
                    ),
                )),
            }
        }
        match PageNumber::try_from(self.page.clone().unwrap_or_default()) {
            Ok(p) => choice.page = p,
            Err(m) => errors.push(("page", m)),
        }
        for c in &self.careers {
            if c.chars().count() > 100 || c.chars().any(char::is_control) {
                errors.push(("c", "That is not the address of a career.".to_string()));
            } else if choice.careers.contains(c) {
                errors.push((
                    "c",
                    format!("“{}” is kept for the comparison twice.", shown(c, 60)),
                ));
            } else {
                choice.careers.push(c.clone());
            }
        }
        if choice.careers.len() > MAX_COMPARED {
            errors.push((
                "c",
                format!("A comparison holds at most {MAX_COMPARED} careers."),
            ));
        }
        (choice, errors)
    }
}

impl FromRequest for InterestRaw {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::from_query(req.query_string())))
    }
}
