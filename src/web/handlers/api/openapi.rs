//! `/api/v1/openapi.json`: the OpenAPI document, generated from the types
//! and handlers that answer.

use actix_web::HttpResponse;
use actix_web::http::header;
use utoipa::OpenApi;

use super::careers::{
    CareerDetail, CareerList, CareerSummary, CertificationOut, CurrentFigures, InterestScore,
    InterestsOut, SchoolOut, StateFigures,
};
use super::programs::{
    FieldOut, InstitutionOut, InstitutionProgramOut, InstitutionRef, ProgramFiguresOut,
    ProgramListOut, ProgramOut,
};
use super::schools::{SchoolList, SchoolListingOut};
use super::{BlsValue, PayFigure, When};
use super::{careers::__path_career, careers::__path_careers};
use super::{programs::__path_institution, programs::__path_programs, schools::__path_schools};
use crate::db::read::{Projection, Source};
use crate::web::error_page::ErrorBody;

/// The OpenAPI description of this API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Career Guide API",
        version = "1",
        description = "Careers, their pay, outlook and schools, each figure with its year and source."
    ),
    paths(careers, career, programs, institution, schools, openapi_json),
    components(schemas(
        ErrorBody,
        CareerList,
        CareerSummary,
        CareerDetail,
        InterestsOut,
        InterestScore,
        PayFigure,
        When,
        BlsValue,
        StateFigures,
        CurrentFigures,
        Projection,
        SchoolOut,
        CertificationOut,
        Source,
        SchoolList,
        SchoolListingOut,
        FieldOut,
        ProgramFiguresOut,
        ProgramOut,
        ProgramListOut,
        InstitutionRef,
        InstitutionProgramOut,
        InstitutionOut
    ))
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json",
    responses((status = 200, description = "The OpenAPI 3 description of this API")))]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(ApiDoc::openapi())
}
