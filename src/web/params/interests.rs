//! `/interests`'s parameters: `first`, `second` and `third` (area
//! letters), `zone`, `page`, and `c` (careers kept for a comparison)
//! repeated. They are checked one by one, so a bad one gives a 400 page
//! that names it and keeps the rest.

use super::{
    Form, FormErrors, MAX_COMPARED, Message, PageNumber, RawQuery, career_address, job_zone,
    page_number, shown,
};
use crate::db::read;
use crate::db::read::{CareerSummary, Releases};
use crate::domain::Interest;
use crate::domain::sources::ONET;
use crate::web::error::AppResult;
use crate::web::state::AppState;

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

/// The message naming `area` (`ls-area-r`), said in the page's language.
fn area_message(area: Interest) -> &'static str {
    crate::web::views::interests::name_id(area)
}

/// The three choices as typed: each a letter, each after the one before,
/// none twice.
fn areas(typed: [Option<String>; 3], errors: &mut FormErrors) -> [Option<Interest>; 3] {
    let mut area = |name: &'static str, v: &Option<String>| {
        let v = v.as_deref()?;
        let found = Interest::from_letter(v);
        if found.is_none() {
            errors.push(
                name,
                Message::new("ls-error-area").text("value", shown(v, 20)),
            );
        }
        found
    };
    let first = area("first", &typed[0]);
    let second = area("second", &typed[1]);
    let third = area("third", &typed[2]);
    if typed[1].is_some() && typed[0].is_none() {
        errors.push("second", Message::new("ls-error-second-needs-first"));
    }
    if typed[2].is_some() && typed[1].is_none() {
        errors.push("third", Message::new("ls-error-third-needs-second"));
    }
    if let (Some(a), Some(b)) = (first, second)
        && a == b
    {
        errors.push(
            "second",
            Message::new("ls-error-already-chosen")
                .message("area", area_message(a))
                .text("which", "first"),
        );
    }
    if let Some(c) = third
        && (first == Some(c) || second == Some(c))
    {
        let which = if first == Some(c) { "first" } else { "second" };
        errors.push(
            "third",
            Message::new("ls-error-already-chosen")
                .message("area", area_message(c))
                .text("which", which),
        );
    }
    [first, second, third]
}

/// The careers kept for the comparison, as typed: addresses, each once,
/// at most [`MAX_COMPARED`].
fn kept(typed: Vec<String>, errors: &mut FormErrors) -> Vec<String> {
    let mut careers: Vec<String> = Vec::new();
    for c in typed {
        if let Err(m) = career_address(&c) {
            errors.push("c", m);
        } else if careers.contains(&c) {
            errors.push(
                "c",
                Message::new("ls-error-kept-twice").text("value", shown(&c, 60)),
            );
        } else {
            careers.push(c);
        }
    }
    if careers.len() > MAX_COMPARED {
        errors.push(
            "c",
            Message::new("ls-error-kept-too-many").text("max", MAX_COMPARED.to_string()),
        );
    }
    careers
}

impl InterestChoice {
    /// Reads and checks a query string (unknown parameters are ignored):
    /// the choices, and for each bad one its name and what is wrong.
    pub fn read(raw: &RawQuery) -> (Self, FormErrors) {
        let (mut typed, mut zone, mut page, mut careers) = ([None, None, None], None, None, vec![]);
        for (name, value) in raw.pairs() {
            let value = value.trim().to_string();
            match name.as_ref() {
                "first" => typed[0] = Some(value),
                "second" => typed[1] = Some(value),
                "third" => typed[2] = Some(value),
                "zone" => zone = Some(value),
                "page" => page = Some(value),
                "c" if !value.is_empty() => careers.push(value),
                _ => {}
            }
        }
        let given = |v: Option<String>| v.filter(|v| !v.is_empty());
        let mut errors = FormErrors::default();
        let [first, second, third] = areas(typed.map(given), &mut errors);
        let zone = job_zone(given(zone), "ls-error-zone-hint-interests", &mut errors);
        let page = page_number(page, &mut errors);
        let careers = kept(careers, &mut errors);
        let choice = Self {
            first,
            second,
            third,
            zone,
            page,
            careers,
        };
        (choice, errors)
    }
}

/// `/interests`'s form, checked: the choices, the kept careers that exist,
/// and what the headings need.
#[derive(Debug, Clone, Default)]
pub struct InterestForm {
    /// The choices.
    pub choice: InterestChoice,
    /// The kept careers found.
    pub kept: Vec<CareerSummary>,
    /// The wage release and projection period, for the headings.
    pub releases: Option<Releases>,
    /// O*NET's attribution line, word for word.
    pub attribution: Option<String>,
}

impl Form for InterestForm {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        let (choice, errors) = InterestChoice::read(raw);
        let form = Self {
            choice,
            ..Self::default()
        };
        Ok((form, errors))
    }

    async fn confirm(&mut self, state: &AppState, errors: &mut FormErrors) -> AppResult<()> {
        let slugs = self.choice.careers.clone();
        (self.releases, self.kept, self.attribution) = state
            .db(move |c| {
                let onet = read::datasets(c)?
                    .into_iter()
                    .find(|d| d.id == ONET)
                    .map(|d| d.attribution);
                Ok((read::releases(c)?, read::career_summaries(c, &slugs)?, onet))
            })
            .await?;
        for slug in &self.choice.careers {
            if !self.kept.iter().any(|k| &k.slug == slug) {
                errors.push(
                    "c",
                    Message::new("ls-error-kept-unknown")
                        .text("value", slug.chars().take(60).collect::<String>()),
                );
            }
        }
        Ok(())
    }
}

/// `/interests.csv`'s form: the choices, at least a first; a bad value is
/// the site's 400 page.
#[derive(Debug, Clone, Default)]
pub struct InterestsCsvForm(pub InterestChoice);

impl Form for InterestsCsvForm {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        let (choice, mut errors) = InterestChoice::read(raw);
        if choice.chosen().is_empty() {
            errors.push("first", Message::new("ls-error-csv-first"));
        }
        Ok((Self(choice), errors))
    }
}
