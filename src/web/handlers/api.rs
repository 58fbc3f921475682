//! The JSON API, `/api/v1/...`: the same data as the pages, as serde types
//! that also describe themselves (utoipa), so the OpenAPI document at
//! `/api/v1/openapi.json` is generated from the code that answers.
//! Errors are JSON too. Any origin may read it (CORS), with GET.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::db::models::{FigureDate, Projection, Source};
use crate::db::queries;
use crate::web::error::{AppError, AppResult};
use crate::web::error_page::ErrorBody;
use crate::web::page::{PER_PAGE, Pager};
use crate::web::params::{ListParams, Params, SchoolsParams};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::city_table::place_label;
use crate::web::views::school_list;

fn ok(value: &impl Serialize) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::CACHE_CONTROL, crate::web::cache::PAGE_CACHE_CONTROL))
        .json(value))
}

/// A career in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CareerSummary {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// Address of its page.
    pub url: String,
    /// Address of its API record.
    pub api_url: String,
}

/// A page of the career list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CareerList {
    /// The careers on this page.
    pub careers: Vec<CareerSummary>,
    /// Careers in all.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Pages in all.
    pub pages: i64,
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

/// A school.
#[derive(Debug, Serialize, ToSchema)]
pub struct SchoolOut {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// Two-letter state code.
    pub state: String,
}

/// A certification.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificationOut {
    /// Name.
    pub name: String,
    /// Abbreviation, if any.
    pub abbreviation: Option<String>,
    /// Awarding body's abbreviation.
    pub body: String,
    /// Awarding body's name.
    pub body_name: String,
    /// Source id.
    pub source: String,
}

/// Everything about one career.
#[derive(Debug, Serialize, ToSchema)]
pub struct CareerDetail {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Address of its page.
    pub url: String,
    /// The statistical group the figures describe.
    pub occupation_group: String,
    /// The date the facts were checked (YYYY-MM-DD).
    pub data_as_of: String,
    /// Short summary.
    pub summary: String,
    /// Other names for the job.
    pub alternate_titles: Vec<String>,
    /// Duties.
    pub duties: Vec<String>,
    /// Skills and qualities.
    pub skills: Vec<String>,
    /// Education and training paths, in ladder order.
    pub education: Vec<String>,
    /// Certifications.
    pub certifications: Vec<CertificationOut>,
    /// Schools that train for it.
    pub schools: Vec<SchoolOut>,
    /// Pay percentiles.
    pub salary_percentiles: Vec<PayFigure>,
    /// Median pay by industry, highest first.
    pub salary_by_industry: Vec<PayFigure>,
    /// Median pay by city and years of experience.
    pub salary_by_city: Vec<PayFigure>,
    /// Median pay from different years, newest first.
    pub salary_medians: Vec<PayFigure>,
    /// Employment projections, newest period first.
    pub projections: Vec<Projection>,
    /// Every source the figures cite.
    pub sources: Vec<Source>,
}

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

/// Lists careers, fifty to a page.
#[utoipa::path(get, path = "/api/v1/careers", params(ListParams),
    responses((status = 200, description = "A page of careers", body = CareerList),
              (status = 400, description = "Bad page number", body = ErrorBody),
              (status = 404, description = "No such page", body = ErrorBody)))]
pub async fn careers(
    state: web::Data<AppState>,
    Params(ListParams { page }): Params<ListParams>,
) -> AppResult<HttpResponse> {
    let (list, total) = state
        .db(move |c| queries::career_page(c, PER_PAGE, Pager::offset(page)))
        .await?;
    let pager = Pager::new(page, total, "the career list", urls::home)?;
    ok(&CareerList {
        careers: list
            .into_iter()
            .map(|c| CareerSummary {
                url: state.url(&urls::career(&c.slug).overview()),
                api_url: state.url(&urls::api_career(&c.slug)),
                slug: c.slug,
                title: c.title,
                summary: c.summary,
            })
            .collect(),
        total,
        page: pager.page,
        pages: pager.pages,
    })
}

/// Everything about one career.
#[utoipa::path(get, path = "/api/v1/careers/{slug}",
    params(("slug" = String, Path, description = "The career's slug, e.g. medical-coder")),
    responses((status = 200, description = "The career", body = CareerDetail),
              (status = 404, description = "No such career", body = ErrorBody)))]
pub async fn career(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let slug = slug.into_inner();
    let key = slug.clone();
    let (overview, training, salary) = state
        .db(move |c| {
            Ok((
                queries::overview(c, &key)?,
                queries::training(c, &key, None)?,
                queries::salary(c, &key)?,
            ))
        })
        .await?;
    let (Some(o), Some(t), Some(s)) = (overview, training, salary) else {
        return Err(AppError::NotFound(format!(
            "There is no career called “{}”. GET {} lists them all.",
            slug.chars().take(60).collect::<String>(),
            urls::api_careers()
        )));
    };
    let pay = |label: String, amount: i64, date: &FigureDate, source: &str| PayFigure {
        label,
        amount,
        date: date.into(),
        source: source.to_string(),
    };
    let c = &o.career;
    ok(&CareerDetail {
        url: state.url(&urls::career(&c.slug).overview()),
        slug: c.slug.clone(),
        title: c.title.clone(),
        occupation_group: c.occupation_group.clone(),
        data_as_of: c.data_as_of.clone(),
        summary: c.summary.clone(),
        alternate_titles: o.alternate_titles.iter().map(|a| a.title.clone()).collect(),
        duties: o.duties.clone(),
        skills: o.skills.clone(),
        education: t.education.iter().map(|e| e.title.clone()).collect(),
        certifications: t
            .certifications
            .iter()
            .map(|x| CertificationOut {
                name: x.name.clone(),
                abbreviation: x.abbreviation.clone(),
                body: x.body.clone(),
                body_name: x.body_name.clone(),
                source: x.source.clone(),
            })
            .collect(),
        schools: t
            .schools
            .iter()
            .map(|x| SchoolOut {
                name: x.name.clone(),
                town: x.town.clone(),
                state: x.state.clone(),
            })
            .collect(),
        salary_percentiles: s
            .percentiles
            .iter()
            .map(|p| {
                pay(
                    format!("{}th percentile", p.percentile),
                    p.amount,
                    &p.date,
                    &p.source,
                )
            })
            .collect(),
        salary_by_industry: s
            .industries
            .iter()
            .map(|i| pay(i.industry.clone(), i.median, &i.date, &i.source))
            .collect(),
        salary_by_city: s
            .cities
            .iter()
            .map(|x| {
                let place = place_label(x.city.as_deref(), x.state.as_deref());
                pay(
                    format!("{place}, {} years of experience", x.experience_years),
                    x.median,
                    &x.date,
                    &x.source,
                )
            })
            .collect(),
        salary_medians: s
            .medians
            .iter()
            .map(|m| pay(m.scope.clone(), m.median, &m.date, &m.source))
            .collect(),
        projections: o.projections.clone(),
        sources: o.sources.clone(),
    })
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
    let (data, pager) = school_list::load(&state, &filter).await?;
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

/// The OpenAPI description of this API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Career Guide API",
        version = "1",
        description = "Careers, their pay, outlook and schools, each figure with its year and source."
    ),
    paths(careers, career, schools, openapi_json),
    components(schemas(
        ErrorBody,
        CareerList,
        CareerSummary,
        CareerDetail,
        PayFigure,
        When,
        Projection,
        SchoolOut,
        CertificationOut,
        Source,
        SchoolList,
        SchoolListingOut
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

/// Answers API addresses that do not exist (as JSON, like every error
/// under `/api/`).
pub async fn not_found() -> AppResult<HttpResponse> {
    Err(AppError::NotFound(format!(
        "There is no such API address. See {}.",
        urls::api_openapi()
    )))
}
