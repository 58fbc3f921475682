//! `/api/v1/schools`: the schools list, filtered by state and town.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ok;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::error_page::ErrorBody;
use crate::web::params::{Params, SchoolsParams};
use crate::web::state::AppState;
use crate::web::views::school_list;

/// A school with the careers it trains for.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchoolListingOut {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// Two-letter state code.
    pub state: String,
    /// Slugs of the careers it trains for.
    pub careers: Vec<String>,
}

/// A page of the schools list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchoolList {
    /// The schools on this page.
    pub schools: Vec<SchoolListingOut>,
    /// Schools matching the filter.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Pages in all.
    pub pages: i64,
}

/// Lists schools, filtered by state and town, fifty to a page.
#[utoipa::path(get, path = "/api/v1/schools", params(SchoolsParams),
    responses((status = 200, description = "A page of schools", body = SchoolList),
              (status = 400, description = "A bad filter or page", body = ErrorBody),
              (status = 404, description = "No such page", body = ErrorBody)))]
pub async fn schools(
    state: web::Data<AppState>,
    Params(filter): Params<SchoolsParams>,
) -> AppResult<HttpResponse> {
    let (data, pager) = school_list::load(&state, Lang::En, &filter).await?;
    ok(&SchoolList {
        schools: data
            .schools
            .into_iter()
            .map(|s| SchoolListingOut {
                name: s.name,
                town: s.town,
                state: s.state,
                careers: s.careers.into_iter().map(|(slug, _)| slug).collect(),
            })
            .collect(),
        pages: pager.pages,
        total: data.total,
        page: pager.page,
    })
}
