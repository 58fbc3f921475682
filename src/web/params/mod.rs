//! Every parameter a request can carry, each a type with one parser.
//!
//! Query strings are read by [`Params`], one extractor generic over the
//! [`Form`] each page's parameters implement. A bad value is a 400 that
//! names the parameter and says what was wrong: the site's error page
//! (JSON under `/api/`), or the form's own page, filled in as typed. Parameters a page does
//! not know (tracking tags added by mail programs, say) are ignored, and a
//! blank value means the same as none.

use form::serde_forms;
pub use form::{Checked, Form, FormErrors, Message, MessageValue, Params, RawQuery, bad_form_page};

/// Up to `max` characters of `raw`, with an ellipsis when cut, for quoting
/// a bad value back to the reader.
fn shown(raw: &str, max: usize) -> String {
    let mut out: String = raw.chars().take(max).collect();
    if raw.chars().count() > max {
        out.push('…');
    }
    out
}

/// `?zone=`: a job zone, 1 to 5; anything else is noted in `errors`
/// with `hint` (the message that says what to choose).
fn job_zone(raw: Option<String>, hint: &'static str, errors: &mut FormErrors) -> Option<i64> {
    let z = raw?;
    let zone = z.parse::<i64>().ok().filter(|z| (1..=5).contains(z));
    if zone.is_none() {
        errors.push(
            "zone",
            Message::new("ls-error-zone")
                .text("value", shown(&z, 20))
                .message("hint", hint),
        );
    }
    zone
}

/// `?page=` as typed; a bad one is noted in `errors`.
fn page_number(raw: Option<String>, errors: &mut FormErrors) -> PageNumber {
    PageNumber::parse(&raw.unwrap_or_default()).unwrap_or_else(|m| {
        errors.push("page", m);
        PageNumber::default()
    })
}

/// `?c=`: a career's address (its slug) as typed, or what is wrong.
fn career_address(c: &str) -> Result<(), Message> {
    if c.chars().count() > 100 || c.chars().any(char::is_control) {
        return Err(Message::new("ls-error-career-address"));
    }
    Ok(())
}

serde_forms!(
    CareerParams,
    SalaryParams,
    TrainingParams,
    ListParams,
    LangParams,
    ProgramsParams,
    SchoolsParams,
    SearchParams,
);

mod career;
mod compare;
mod explore;
mod fields;
mod form;
mod interests;
mod lang;
mod lists;
mod programs;
mod table;

pub use career::*;
pub use compare::*;
pub use explore::*;
pub use fields::*;
pub use interests::*;
pub use lang::*;
pub use lists::*;
pub use programs::*;
pub use table::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::error::AppError;

    fn bad<T: serde::de::DeserializeOwned + std::fmt::Debug>(query: &str) -> (String, String) {
        match RawQuery::new(query).deserialize::<T>() {
            Err(AppError::BadParam { name, message }) => (name, message),
            other => panic!("{query}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn blank_and_unknown_parameters_mean_the_defaults() {
        let p = RawQuery::new("state=&town=%20&page=&utm_source=mail")
            .deserialize::<SchoolsParams>()
            .expect("parses");
        assert_eq!(p.state.get(), None);
        assert_eq!(p.town.get(), None);
        assert_eq!(p.page.get(), 1);
        let p = RawQuery::new("state=ct&town=+New+Haven+&page=3")
            .deserialize::<SchoolsParams>()
            .expect("parses");
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
