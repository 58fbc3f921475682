//! The JSON API, `/api/v1/...`: the same data as the pages, as serde types
//! that also describe themselves (utoipa), so the OpenAPI document at
//! `/api/v1/openapi.json` is generated from the code that answers.
//! Errors are JSON too. Any origin may read it (CORS), with GET.

mod careers;
mod openapi;
mod programs;
mod schools;

use actix_web::HttpResponse;
use actix_web::http::header;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::read::{FigureDate, Published};
use crate::web::error::{AppError, AppResult};
use crate::web::urls;

pub use careers::{
    CareerDetail, CareerList, CareerSummary, CertificationOut, CurrentFigures, InterestScore,
    InterestsOut, SchoolOut, StateFigures, career, careers,
};
pub use openapi::{ApiDoc, openapi_json};
pub use programs::{
    FieldOut, InstitutionOut, InstitutionProgramOut, InstitutionRef, ProgramFiguresOut,
    ProgramListOut, ProgramOut, institution, programs,
};
pub use schools::{SchoolList, SchoolListingOut, schools};

/// Answers `value` as JSON any origin may read, cached as pages are.
pub(crate) fn ok(value: &impl Serialize) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::CACHE_CONTROL, crate::web::cache::PAGE_CACHE_CONTROL))
        .json(value))
}

/// When a figure dates from.
#[derive(Debug, Serialize, ToSchema)]
pub struct When {
    /// The year.
    pub year: i64,
    /// The source's own name for the date, e.g. "May 2018".
    pub period: Option<String>,
    /// True when the source does not print the year and it is estimated.
    pub year_estimated: bool,
}

impl From<&FigureDate> for When {
    fn from(d: &FigureDate) -> Self {
        Self {
            year: d.year,
            period: d.period.clone(),
            year_estimated: d.estimated,
        }
    }
}

/// An amount of annual pay in US dollars, with its date and source.
#[derive(Debug, Serialize, ToSchema)]
pub struct PayFigure {
    /// What it is: `10th percentile`, an industry, a city and experience...
    pub label: String,
    /// US dollars a year.
    pub amount: i64,
    /// When.
    pub date: When,
    /// Source id (see `sources`).
    pub source: String,
}

/// A figure as BLS publishes it: the number, or why there is none.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlsValue {
    /// The number, where BLS publishes one.
    pub value: Option<i64>,
    /// `published`; `top_coded` (at or above the release's top-coded
    /// wage, `top_coded_annual`); `not_in_this_form` (an annual wage for
    /// work paid by the hour, or the reverse); `not_released`.
    pub status: &'static str,
}

impl From<Published> for BlsValue {
    fn from(p: Published) -> Self {
        let (value, status) = match p {
            Published::Value(v) => (Some(v), "published"),
            Published::TopCoded => (None, "top_coded"),
            Published::NotInThisForm => (None, "not_in_this_form"),
            Published::NotReleased => (None, "not_released"),
        };
        Self { value, status }
    }
}

/// The 404 for a career slug the API does not know.
fn unknown_career(slug: &str) -> AppError {
    AppError::NotFound(format!(
        "There is no career called “{}”. GET {} lists them all.",
        slug.chars().take(60).collect::<String>(),
        urls::api_careers()
    ))
}

/// Answers API addresses that do not exist (as JSON, like every error
/// under `/api/`).
pub async fn not_found() -> AppResult<HttpResponse> {
    Err(AppError::NotFound(format!(
        "There is no such API address. See {}.",
        urls::api_openapi()
    )))
}
