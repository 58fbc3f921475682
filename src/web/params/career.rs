//! The parameters of a career's pages: the chosen state, the orders of
//! the salary page's tables, and the training page's filters.

use serde::Deserialize;

use super::{CredentialParam, PageNumber, ProgramChoice, ProgramSortParam, StateCode, Town, shown};
use crate::web::error::AppError;

/// An order of the salary-by-city table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CitySort {
    /// By city name, A to Z (the default).
    #[default]
    City,
    /// By the median at this many years of experience, highest first.
    Years(i64),
    /// By the rise from the least to the most experience, largest first.
    Rise,
}

impl CitySort {
    /// The value of `?sort=` for this order.
    pub fn key(self) -> String {
        match self {
            CitySort::City => "city".to_string(),
            CitySort::Years(n) => format!("{n}y"),
            CitySort::Rise => "rise".to_string(),
        }
    }
}

/// `?sort=` of the salary-by-city table, as asked. Its columns (the years
/// of experience) depend on the career, so the key is matched against
/// them by [`SortKey::resolve`] once the table is known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct SortKey(Option<String>);

impl From<String> for SortKey {
    fn from(raw: String) -> Self {
        let key = raw.trim();
        Self((!key.is_empty()).then(|| key.to_string()))
    }
}

impl SortKey {
    /// The key as asked, if any.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The order among `choices` that this key names (the default when
    /// none was asked for); anything else is a 400 that lists the choices.
    pub fn resolve(&self, choices: &[CitySort]) -> Result<CitySort, AppError> {
        let Some(key) = self.get() else {
            return Ok(CitySort::default());
        };
        choices
            .iter()
            .copied()
            .find(|c| c.key() == key)
            .ok_or_else(|| AppError::BadParam {
                name: "sort".to_string(),
                message: format!(
                    "“{}” is not a way to sort the salary-by-city table. {}.",
                    shown(key, 40),
                    match choices {
                        [only] => format!("The only choice is {}", only.key()),
                        _ => format!(
                            "Use one of: {}",
                            choices
                                .iter()
                                .map(|c| c.key())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    }
                ),
            })
    }
}

/// `?states=`: the order of a salary page's table of states.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum StateOrder {
    /// By state name (the default).
    #[default]
    Name,
    /// By median pay, highest first.
    Median,
    /// By employment, most first.
    Employment,
}

impl StateOrder {
    /// Every order, in the order the table's headings show them.
    pub const ALL: [StateOrder; 3] = [StateOrder::Name, StateOrder::Employment, StateOrder::Median];

    /// The value of `?states=`.
    pub fn key(self) -> &'static str {
        match self {
            StateOrder::Name => "name",
            StateOrder::Median => "median",
            StateOrder::Employment => "employment",
        }
    }

    /// The value, unless it is the default.
    pub fn non_default(self) -> Option<&'static str> {
        (self != StateOrder::Name).then(|| self.key())
    }
}

impl TryFrom<String> for StateOrder {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let key = raw.trim();
        if key.is_empty() {
            return Ok(Self::default());
        }
        Self::ALL.into_iter().find(|o| o.key() == key).ok_or_else(|| {
            format!(
                "“{}” is not a way to order the table of states. Use one of: name, employment, median.",
                shown(key, 40)
            )
        })
    }
}

/// Parameters every page of a career takes: the reader's chosen state,
/// which the pages with pay show and every page carries in its links.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CareerParams {
    /// Two-letter state code.
    pub state: StateCode,
}

/// Parameters of a career's training page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TrainingParams {
    /// Show only schools in this town.
    pub town: Town,
    /// The chosen state: programs in it, and carried in the links.
    pub state: StateCode,
    /// Programs leading to this credential.
    pub credential: CredentialParam,
    /// Order of the programs.
    pub sort: ProgramSortParam,
    /// Page of the programs.
    pub page: PageNumber,
}

impl TrainingParams {
    /// The programs as asked.
    pub fn programs(&self) -> ProgramChoice {
        ProgramChoice {
            credential: self.credential.get(),
            sort: self.sort.get(),
            page: self.page,
        }
    }
}

/// Parameters of a career's salary page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SalaryParams {
    /// Sort order of the city table.
    pub sort: SortKey,
    /// Order of the table of states.
    pub states: StateOrder,
    /// The state to show beside the nation.
    pub state: StateCode,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::params::RawQuery;

    #[test]
    fn sort_keys_resolve_among_the_choices() {
        let choices = [
            CitySort::City,
            CitySort::Years(1),
            CitySort::Years(5),
            CitySort::Rise,
        ];
        let sort = |q: &str| {
            RawQuery::new(q)
                .deserialize::<SalaryParams>()
                .and_then(|p| p.sort.resolve(&choices))
                .ok()
        };
        assert_eq!(sort(""), Some(CitySort::City));
        assert_eq!(sort("sort=+"), Some(CitySort::City));
        assert_eq!(sort("sort=city"), Some(CitySort::City));
        assert_eq!(sort("sort=5y"), Some(CitySort::Years(5)));
        assert_eq!(sort("sort=rise"), Some(CitySort::Rise));
        assert_eq!(sort("sort=3y"), None);
        match SortKey::from("bogus".to_string()).resolve(&choices) {
            Err(AppError::BadParam { name, message }) => {
                assert_eq!(name, "sort");
                assert!(
                    message.contains("“bogus” is not a way to sort"),
                    "{message}"
                );
                assert!(message.contains("city, 1y, 5y, rise"), "{message}");
            }
            other => panic!("expected a bad parameter, got {other:?}"),
        }
    }
}
