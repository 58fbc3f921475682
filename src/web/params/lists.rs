//! The parameters of the lists: a page of careers, the schools, the
//! search.

use serde::Deserialize;
use utoipa::IntoParams;

use super::{PageNumber, SearchText, StateCode, Town};

/// Parameters of a list with pages (the home page, the API's career list).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Page number, from 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
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
}
