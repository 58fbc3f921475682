//! The JSON API, `/api/v1/...`: the same data as the pages, as serde types
//! that also describe themselves (utoipa), so the OpenAPI document at
//! `/api/v1/openapi.json` is generated from the code that answers.
//! Errors are JSON too. Any origin may read it (CORS), with GET.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::db::models::{FigureDate, Projection, Source};
use crate::db::queries;
use crate::web::handlers::schools::parse_state;
use crate::web::handlers::training::parse_town;
use crate::web::page::{Pager, check_page_exists, page_count, parse_page};
use crate::web::{AppError, AppState};

/// Careers or schools in one page of a list.
pub const PER_PAGE: i64 = 50;

/// An error, as JSON.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// What went wrong, for people.
    pub error: String,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.error)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code())
            .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
            .json(self)
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        Self {
            status: e.status_code().as_u16(),
            error: e.describe().1,
        }
    }
}

type ApiResult = Result<HttpResponse, ApiError>;

fn ok(value: &impl Serialize) -> ApiResult {
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

/// `?page=` of a list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct PageParams {
    /// Page number, from 1.
    pub page: Option<String>,
}

/// Filters of the schools list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct SchoolParams {
    /// Two-letter state code, e.g. CT.
    pub state: Option<String>,
    /// Town, matched without regard to case.
    pub town: Option<String>,
    /// Page number, from 1.
    pub page: Option<String>,
}

/// Lists careers, fifty to a page.
#[utoipa::path(get, path = "/api/v1/careers", params(PageParams),
    responses((status = 200, description = "A page of careers", body = CareerList),
              (status = 400, description = "Bad page number", body = ApiError),
              (status = 404, description = "No such page", body = ApiError)))]
pub async fn careers(state: web::Data<AppState>, query: web::Query<PageParams>) -> ApiResult {
    let page = parse_page(query.page.as_deref())?;
    let (list, total) = state
        .db(move |c| queries::career_page(c, PER_PAGE, Pager::offset(page, PER_PAGE)))
        .await?;
    let pages = page_count(total, PER_PAGE);
    check_page_exists(page, pages, "the career list")?;
    ok(&CareerList {
        careers: list
            .into_iter()
            .map(|c| CareerSummary {
                url: state.url(&format!("/careers/{}", c.slug)),
                api_url: state.url(&format!("/api/v1/careers/{}", c.slug)),
                slug: c.slug,
                title: c.title,
                summary: c.summary,
            })
            .collect(),
        total,
        page,
        pages,
    })
}

/// Everything about one career.
#[utoipa::path(get, path = "/api/v1/careers/{slug}",
    params(("slug" = String, Path, description = "The career's slug, e.g. medical-coder")),
    responses((status = 200, description = "The career", body = CareerDetail),
              (status = 404, description = "No such career", body = ApiError)))]
pub async fn career(state: web::Data<AppState>, path: web::Path<String>) -> ApiResult {
    let slug = path.into_inner();
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
        return Err(ApiError {
            status: 404,
            error: format!(
                "There is no career called “{}”. GET /api/v1/careers lists them all.",
                slug.chars().take(60).collect::<String>()
            ),
        });
    };
    let pay = |label: String, amount: i64, date: &FigureDate, source: &str| PayFigure {
        label,
        amount,
        date: date.into(),
        source: source.to_string(),
    };
    let c = &o.career;
    ok(&CareerDetail {
        url: state.url(&format!("/careers/{}", c.slug)),
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
                let place = match (&x.city, &x.state) {
                    (Some(city), Some(st)) => format!("{city}, {st}"),
                    _ => "All locations".to_string(),
                };
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
#[utoipa::path(get, path = "/api/v1/schools", params(SchoolParams),
    responses((status = 200, description = "A page of schools", body = SchoolList),
              (status = 400, description = "A bad filter or page", body = ApiError),
              (status = 404, description = "No such page", body = ApiError)))]
pub async fn schools(state: web::Data<AppState>, query: web::Query<SchoolParams>) -> ApiResult {
    let us_state = parse_state(query.state.as_deref())?;
    let town = parse_town(query.town.as_deref())?;
    let page = parse_page(query.page.as_deref())?;
    let data = state
        .db(move |c| {
            queries::school_page(
                c,
                us_state.as_deref(),
                town.as_deref(),
                PER_PAGE,
                Pager::offset(page, PER_PAGE),
            )
        })
        .await?;
    let pages = page_count(data.total, PER_PAGE);
    check_page_exists(page, pages, "this list")?;
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
        total: data.total,
        page,
        pages,
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
        ApiError,
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

/// Registers the API routes, with JSON errors for bad query strings and
/// unknown API paths.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .app_data(web::QueryConfig::default().error_handler(|err, _| {
                ApiError {
                    status: 400,
                    error: format!("The query string cannot be read: {err}."),
                }
                .into()
            }))
            .route("/careers", web::get().to(careers))
            .route("/careers/{slug}", web::get().to(career))
            .route("/schools", web::get().to(schools))
            .route("/openapi.json", web::get().to(openapi_json))
            .default_service(web::to(|| async {
                ApiError {
                    status: 404,
                    error: "There is no such API address. See /api/v1/openapi.json.".to_string(),
                }
                .error_response()
            })),
    );
}
