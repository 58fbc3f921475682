//! The parameters of the lists: a page of careers, the schools, the
//! search.

use serde::Deserialize;
use utoipa::IntoParams;

use super::{PageNumber, SearchText, StateCode, Town, shown};

/// Parameters of a list with pages (the home page, the API's career list).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Page number, from 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
    /// The language of titles and descriptions (the API's list): en
    /// (default) or es.
    #[param(value_type = Option<String>)]
    pub lang: super::LangCode,
}

/// Parameters of the schools list (page and API).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct SchoolsParams {
    /// Two-letter state code, e.g. CT.
    #[param(value_type = Option<String>)]
    pub state: StateCode,
    /// Town, matched without regard to case.
    #[param(value_type = Option<String>)]
    pub town: Town,
    /// Page number, from 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
}

/// Parameters of the search page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    /// What to look for.
    pub q: SearchText,
    /// Present (any value): search the words as typed, without trying
    /// close spellings.
    pub exact: Option<String>,
    /// One group of results to page through; absent, the first results
    /// of every group.
    pub group: SearchGroupParam,
    /// Page of that group, from 1.
    pub page: PageNumber,
}

/// A group of search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchGroup {
    /// Careers found by a title.
    Careers,
    /// Careers that use the `n`th thing found (software, a tool, a skill),
    /// from 1.
    Uses(u8),
    /// Certifications.
    Certifications,
    /// Duties of hand-written careers.
    Duties,
    /// Skills of hand-written careers.
    Skills,
    /// Schools and College Scorecard institutions.
    Schools,
}

impl SearchGroup {
    /// Most "uses" groups a search shows.
    pub const MAX_USES: u8 = 3;

    /// The group's name in addresses and anchors.
    pub fn key(self) -> String {
        match self {
            SearchGroup::Careers => "careers".to_string(),
            SearchGroup::Uses(n) => format!("uses-{n}"),
            SearchGroup::Certifications => "certifications".to_string(),
            SearchGroup::Duties => "duties".to_string(),
            SearchGroup::Skills => "skills".to_string(),
            SearchGroup::Schools => "schools".to_string(),
        }
    }

    /// The group named `key`, if there is one.
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "careers" => SearchGroup::Careers,
            "certifications" => SearchGroup::Certifications,
            "duties" => SearchGroup::Duties,
            "skills" => SearchGroup::Skills,
            "schools" => SearchGroup::Schools,
            other => {
                let n: u8 = other.strip_prefix("uses-")?.parse().ok()?;
                if !(1..=Self::MAX_USES).contains(&n) {
                    return None;
                }
                SearchGroup::Uses(n)
            }
        })
    }
}

/// `?group=`: a group of search results, or blank for all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct SearchGroupParam(Option<SearchGroup>);

impl SearchGroupParam {
    /// The group asked for, if any.
    pub fn get(self) -> Option<SearchGroup> {
        self.0
    }
}

impl TryFrom<String> for SearchGroupParam {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(Self(None));
        }
        SearchGroup::from_key(s)
            .map(|g| Self(Some(g)))
            .ok_or_else(|| {
                format!(
                    "“{}” is not a group of results. The groups are careers, uses-1 to uses-3, \
                 certifications, duties, skills and schools.",
                    shown(s, 20)
                )
            })
    }
}
