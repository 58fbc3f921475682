//! The list of careers' parameters.

use serde::Deserialize;

use super::{
    Form, FormErrors, Message, PageNumber, RawQuery, SearchText, job_zone, page_number, shown,
};
use crate::db::read;
use crate::db::read::fts;
use crate::db::read::{EducationLevel, Element, ExploreFilter, ExploreSort, Group, Releases};
use crate::domain::ElementKind;
use crate::web::error::AppResult;
use crate::web::state::AppState;

/// The list of careers' parameters as typed in the address. They are
/// checked one by one ([`ExploreRaw::parse`]) so that a bad one gives a
/// 400 page that names it and keeps the rest of the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ExploreRaw {
    /// Group slug.
    pub group: Option<String>,
    /// Entry education, as a slug of its label.
    pub education: Option<String>,
    /// Job zone, 1-5.
    pub zone: Option<String>,
    /// Median pay at least, dollars a year.
    pub pay: Option<String>,
    /// Projected growth at least, per cent.
    pub growth: Option<String>,
    /// Words in a title.
    pub q: Option<String>,
    /// A skill or knowledge area the career uses, by its glossary anchor.
    pub uses: Option<String>,
    /// Sort order.
    pub sort: Option<String>,
    /// `asc` or `desc`.
    pub dir: Option<String>,
    /// Page number.
    pub page: Option<String>,
}

/// The list of careers' choices, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreChoice {
    /// Group slug (checked against the groups by the page).
    pub group: Option<String>,
    /// Entry education slug (checked against the levels by the page).
    pub education: Option<String>,
    /// Job zone.
    pub zone: Option<i64>,
    /// Median pay at least, dollars a year.
    pub pay: Option<i64>,
    /// Growth at least, tenths of a per cent.
    pub growth_tenths: Option<i64>,
    /// Words in a title, trimmed.
    pub q: String,
    /// A skill or knowledge area the career uses, by its glossary anchor
    /// (checked against the elements by the page).
    pub uses: Option<String>,
    /// Sort order.
    pub sort: ExploreSort,
    /// Highest first.
    pub descending: bool,
    /// Page.
    pub page: PageNumber,
}

impl ExploreChoice {
    /// The value of `?sort=`.
    pub fn sort_key(sort: ExploreSort) -> &'static str {
        match sort {
            ExploreSort::Name => "name",
            ExploreSort::Pay => "pay",
            ExploreSort::Growth => "growth",
            ExploreSort::Openings => "openings",
            ExploreSort::Employment => "employment",
        }
    }

    /// Whether `sort` lists highest first unless asked otherwise.
    pub fn default_descending(sort: ExploreSort) -> bool {
        sort != ExploreSort::Name
    }

    /// `growth_tenths` as typed in the form ("2.5").
    pub fn growth_text(&self) -> Option<String> {
        self.growth_tenths.map(|t| {
            let sign = if t < 0 { "-" } else { "" };
            let t = t.unsigned_abs();
            if t % 10 == 0 {
                format!("{sign}{}", t / 10)
            } else {
                format!("{sign}{}.{}", t / 10, t % 10)
            }
        })
    }
}

impl ExploreRaw {
    /// Checks every parameter: the choices, and for each bad one its name
    /// and what is wrong.
    pub fn parse(&self) -> (ExploreChoice, FormErrors) {
        let mut errors = FormErrors::default();
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let mut choice = ExploreChoice {
            group: text(&self.group),
            education: text(&self.education),
            uses: text(&self.uses),
            ..ExploreChoice::default()
        };
        choice.zone = job_zone(text(&self.zone), "ls-error-zone-hint-explore", &mut errors);
        if let Some(p) = text(&self.pay) {
            let digits: String = p
                .chars()
                .filter(|c| !matches!(c, '$' | ',' | ' '))
                .collect();
            match digits.parse::<i64>() {
                Ok(n) if n >= 0 => choice.pay = Some(n),
                Ok(_) => errors.push("pay", Message::new("ls-error-pay-negative")),
                Err(_) => errors.push(
                    "pay",
                    Message::new("ls-error-pay").text("value", shown(&p, 20)),
                ),
            }
        }
        if let Some(g) = text(&self.growth) {
            let g2 = g.trim_end_matches('%').trim();
            let parsed = g2
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite() && f.abs() < 1000.0);
            match parsed {
                Some(f) => choice.growth_tenths = Some((f * 10.0).round() as i64),
                None => errors.push(
                    "growth",
                    Message::new("ls-error-growth").text("value", shown(&g, 20)),
                ),
            }
        }
        if let Some(q) = text(&self.q) {
            match SearchText::parse(&q) {
                Ok(t) => choice.q = t.get().to_string(),
                Err(m) => errors.push("q", m),
            }
        }
        let sort = text(&self.sort);
        choice.sort = match sort.as_deref() {
            None | Some("name") => ExploreSort::Name,
            Some("pay") => ExploreSort::Pay,
            Some("growth") => ExploreSort::Growth,
            Some("openings") => ExploreSort::Openings,
            Some("employment") => ExploreSort::Employment,
            Some(other) => {
                errors.push(
                    "sort",
                    Message::new("ls-error-sort").text("value", shown(other, 40)),
                );
                ExploreSort::Name
            }
        };
        choice.descending = match text(&self.dir).as_deref() {
            None => ExploreChoice::default_descending(choice.sort),
            Some("desc") => true,
            Some("asc") => false,
            Some(other) => {
                errors.push(
                    "dir",
                    Message::new("ls-error-dir").text("value", shown(other, 20)),
                );
                ExploreChoice::default_descending(choice.sort)
            }
        };
        choice.page = page_number(self.page.clone(), &mut errors);
        (choice, errors)
    }
}

/// What the lists of choices and the checks need from the database.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// The occupational groups.
    pub groups: Vec<Group>,
    /// The levels of entry education.
    pub educations: Vec<EducationLevel>,
    /// The wage release and projection period.
    pub releases: Option<Releases>,
    /// The skills and knowledge areas a career can be chosen by.
    pub elements: Vec<Element>,
}

/// The list of careers' form, checked: as typed, as chosen, as a filter.
#[derive(Debug, Clone, Default)]
pub struct ExploreForm {
    /// The form as typed, to fill it in again.
    pub raw: ExploreRaw,
    /// The choices.
    pub choice: ExploreChoice,
    /// The choices as the query's filter.
    pub filter: ExploreFilter,
    /// The groups and levels the choices were checked against.
    pub vocabulary: Vocabulary,
}

impl ExploreForm {
    /// The filter of the choice; a group or education that names none
    /// that exist is a bad value.
    fn filter(&mut self, errors: &mut FormErrors) {
        let (choice, v) = (&self.choice, &self.vocabulary);
        let f = &mut self.filter;
        (f.zone, f.min_pay, f.min_growth_tenths) = (choice.zone, choice.pay, choice.growth_tenths);
        if let Some(g) = &choice.group {
            match v.groups.iter().find(|x| &x.slug == g) {
                Some(x) => f.group = Some(x.code.clone()),
                None => errors.push(
                    "group",
                    Message::new("ls-error-group")
                        .text("value", g.chars().take(60).collect::<String>()),
                ),
            }
        }
        if let Some(e) = &choice.education {
            match v.educations.iter().find(|x| slug::slugify(&x.label) == *e) {
                Some(x) => f.education = Some(x.code),
                None => errors.push(
                    "education",
                    Message::new("ls-error-education")
                        .text("value", e.chars().take(60).collect::<String>()),
                ),
            }
        }
        if let Some(u) = &choice.uses {
            match v.elements.iter().find(|x| x.anchor == *u) {
                Some(x) => f.uses = Some(x.id.clone()),
                None => errors.push(
                    "uses",
                    Message::new("ls-error-uses")
                        .text("value", u.chars().take(60).collect::<String>()),
                ),
            }
        }
        let words = fts::words(&choice.q);
        if !words.is_empty() {
            f.text = Some(fts::match_expression(&words));
        }
    }
}

impl Form for ExploreForm {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        let raw: ExploreRaw = raw.deserialize()?;
        let (choice, errors) = raw.parse();
        let form = Self {
            raw,
            choice,
            ..Self::default()
        };
        Ok((form, errors))
    }

    async fn confirm(&mut self, state: &AppState, errors: &mut FormErrors) -> AppResult<()> {
        self.vocabulary = state
            .db(|c| {
                Ok(Vocabulary {
                    groups: read::groups(c)?,
                    educations: read::education_levels(c)?,
                    releases: read::releases(c)?,
                    elements: read::elements(c)?
                        .into_iter()
                        .filter(|e| matches!(e.kind, ElementKind::Skill | ElementKind::Knowledge))
                        .collect(),
                })
            })
            .await?;
        self.filter(errors);
        Ok(())
    }
}

/// The list of careers' form for its CSV: checked the same way, and a bad
/// value is the site's 400 page.
#[derive(Debug, Clone, Default)]
pub struct ExploreCsvForm(pub ExploreForm);

impl Form for ExploreCsvForm {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        ExploreForm::check(raw).map(|(form, errors)| (Self(form), errors))
    }

    async fn confirm(&mut self, state: &AppState, errors: &mut FormErrors) -> AppResult<()> {
        self.0.confirm(state, errors).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explore_parameters_are_checked_one_by_one() {
        let raw = ExploreRaw {
            zone: Some("7".into()),
            pay: Some("$50,000".into()),
            growth: Some("-2.5%".into()),
            sort: Some("pay".into()),
            ..ExploreRaw::default()
        };
        let (choice, errors) = raw.parse();
        let errors = errors.into_vec();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "zone");
        assert_eq!(choice.pay, Some(50_000));
        assert_eq!(choice.growth_tenths, Some(-25));
        assert_eq!(choice.growth_text().as_deref(), Some("-2.5"));
        assert!(choice.descending, "pay sorts highest first");
        let (_, errors) = ExploreRaw {
            pay: Some("-5".into()),
            growth: Some("lots".into()),
            dir: Some("up".into()),
            ..ExploreRaw::default()
        }
        .parse();
        let names: Vec<&str> = errors.into_vec().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["pay", "growth", "dir"]);
    }
}
