//! The JSON API, `/api/v1/...`: the same data as the pages, as serde types
//! that also describe themselves (utoipa), so the OpenAPI document at
//! `/api/v1/openapi.json` is generated from the code that answers.
//! Errors are JSON too. Any origin may read it (CORS), with GET.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::db::read;
use crate::db::read::{
    FigureDate, Occupation, ProgramFigures, ProgramFilter, Projection, Published, Source,
    StateWages, Wages,
};
use crate::domain::Interest;
use crate::domain::sources::{CROSSWALK, ONET, SCORECARD};
use crate::web::error::{AppError, AppResult};
use crate::web::error_page::ErrorBody;
use crate::web::format;
use crate::web::handlers::check_state;
use crate::web::page::{PER_PAGE, Pager};
use crate::web::params::{ListParams, Params, ProgramsParams, SchoolsParams};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::city_table::place_label;
use crate::web::views::programs as programs_view;
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
    /// Short summary, for hand-written careers.
    pub summary: Option<String>,
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

/// Wages in one state, BLS.
#[derive(Debug, Serialize, ToSchema)]
pub struct StateFigures {
    /// Postal code.
    pub state: String,
    /// Name.
    pub name: String,
    /// Employment.
    pub employment: BlsValue,
    /// Annual wage, 10th, 25th, 50th, 75th and 90th percentiles (USD).
    pub annual: Vec<BlsValue>,
}

/// A career's occupation and its current figures from BLS and O*NET.
#[derive(Debug, Serialize, ToSchema)]
pub struct CurrentFigures {
    /// SOC code.
    pub soc: String,
    /// The BLS title.
    pub title: String,
    /// The wage release ("May 2025"); source `bls-oews`.
    pub wage_release: String,
    /// Annual wage at or above which BLS publishes no number.
    pub top_coded_annual: i64,
    /// Employment (wage and salary jobs).
    pub employment: BlsValue,
    /// Annual wage, 10th, 25th, 50th, 75th and 90th percentiles (USD).
    pub annual: Vec<BlsValue>,
    /// Mean annual wage (USD).
    pub annual_mean: BlsValue,
    /// Median hourly wage, in cents.
    pub hourly_median_cents: BlsValue,
    /// Wages by state.
    pub states: Vec<StateFigures>,
    /// First year of the projection; source `bls-projections`.
    pub projection_start: i64,
    /// Last year of the projection.
    pub projection_end: i64,
    /// Employment in the first year.
    pub employment_start: i64,
    /// Employment projected for the last year.
    pub employment_end: i64,
    /// Change in jobs.
    pub change: i64,
    /// Percent change as published, one decimal ("4.0").
    pub percent_change: String,
    /// Openings a year.
    pub annual_openings: i64,
    /// Typical education needed for entry.
    pub entry_education: String,
    /// Work experience in a related occupation.
    pub work_experience: String,
    /// Typical on-the-job training.
    pub on_the_job_training: String,
    /// O*NET job zone, 1-5; source `onet`.
    pub job_zone: Option<i64>,
    /// The O*NET-SOC codes the career covers, the main one first.
    pub onet_codes: Vec<String>,
}

impl CurrentFigures {
    fn new(o: &Occupation, states: &[StateWages]) -> Self {
        let annual = |w: &Wages| w.annual.iter().map(|p| BlsValue::from(*p)).collect();
        Self {
            soc: o.soc.clone(),
            title: o.title.clone(),
            wage_release: o.releases.wages.clone(),
            top_coded_annual: o.releases.top_coded_annual,
            employment: o
                .wages
                .as_ref()
                .map_or(Published::NotReleased, |w| w.employment)
                .into(),
            annual: o.wages.as_ref().map(annual).unwrap_or_default(),
            annual_mean: o.annual_mean.into(),
            hourly_median_cents: o.hourly_median.into(),
            states: states
                .iter()
                .map(|s| StateFigures {
                    state: s.state.clone(),
                    name: s.name.clone(),
                    employment: s.wages.employment.into(),
                    annual: annual(&s.wages),
                })
                .collect(),
            projection_start: o.releases.projection_start,
            projection_end: o.releases.projection_end,
            employment_start: o.employment_start,
            employment_end: o.employment_end,
            change: o.change,
            percent_change: format::percent_tenths(o.percent_change_tenths)
                .trim_end_matches('%')
                .to_string(),
            annual_openings: o.annual_openings,
            entry_education: o.entry_education.clone(),
            work_experience: o.work_experience.clone(),
            on_the_job_training: o.on_the_job_training.clone(),
            job_zone: o.job_zone,
            onet_codes: o.onet.iter().map(|x| x.code.clone()).collect(),
        }
    }
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
    /// The College Scorecard institution it certainly is (same state,
    /// same name), if any.
    pub institution: Option<InstitutionRef>,
    /// The institution it is now part of, if it merged.
    pub now_part_of: Option<InstitutionRef>,
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
    /// The statistical group a hand-written career's own figures describe.
    pub occupation_group: Option<String>,
    /// The date the facts were checked (YYYY-MM-DD).
    pub data_as_of: String,
    /// Short summary, for hand-written careers.
    pub summary: Option<String>,
    /// Its occupation's current figures (BLS, O*NET), if it has one.
    pub current: Option<CurrentFigures>,
    /// Titles people use for the job (O*NET, BLS).
    pub job_titles: Vec<String>,
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
    /// Its interest profile (O*NET), if O*NET has one.
    pub interests: Option<InterestsOut>,
    /// Every source the figures cite.
    pub sources: Vec<Source>,
}

/// A career's interest profile; source `onet`.
#[derive(Debug, Serialize, ToSchema)]
pub struct InterestsOut {
    /// The O*NET-SOC occupation profiled.
    pub onet_code: String,
    /// The high points, first first, by name ("Conventional").
    pub high_points: Vec<String>,
    /// The six scores, in the order R, I, A, S, E, C.
    pub scores: Vec<InterestScore>,
    /// When O*NET last updated the profile (YYYY-MM).
    pub date: String,
    /// Source id.
    pub source: String,
}

/// One interest area's score.
#[derive(Debug, Serialize, ToSchema)]
pub struct InterestScore {
    /// The area's letter: R, I, A, S, E or C.
    pub letter: String,
    /// Its name.
    pub area: String,
    /// The score from 1 (low) to 7 (high), as published ("6.95").
    pub score: String,
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
        .db(move |c| read::career_page(c, PER_PAGE, Pager::offset(page)))
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
                read::overview(c, &key, None)?,
                read::training(c, &key, None)?,
                read::salary(c, &key, None)?,
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
        occupation_group: c.text.as_ref().map(|t| t.occupation_group.clone()),
        data_as_of: c.data_as_of.clone(),
        summary: c.text.as_ref().map(|t| t.summary.clone()),
        current: o
            .occupation
            .as_ref()
            .map(|x| CurrentFigures::new(x, &s.states)),
        job_titles: o.job_titles.iter().map(|t| t.title.clone()).collect(),
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
            .map(|x| {
                let i = x.institution.as_ref();
                let reference = |id: &str, name: &str| InstitutionRef {
                    id: id.to_string(),
                    name: name.to_string(),
                    api_url: state.url(&urls::api_institution(id)),
                };
                SchoolOut {
                    name: x.name.clone(),
                    town: x.town.clone(),
                    state: x.state.clone(),
                    institution: i.map(|i| reference(&i.unitid, &i.name)),
                    now_part_of: i
                        .and_then(|i| i.merged_into.as_ref())
                        .map(|(id, name)| reference(id, name)),
                }
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
        interests: o.interest.as_ref().map(|p| InterestsOut {
            onet_code: p.onet_code.clone(),
            high_points: p.high_points.iter().map(|h| h.name().to_string()).collect(),
            scores: Interest::ALL
                .iter()
                .zip(p.scores)
                .map(|(a, s)| InterestScore {
                    letter: a.letter().to_string(),
                    area: a.name().to_string(),
                    score: format::hundredths(s),
                })
                .collect(),
            date: p.date.clone(),
            source: ONET.to_string(),
        }),
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

/// A field of study.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldOut {
    /// Four-digit CIP 2020 code, "51.07".
    pub code: String,
    /// Title.
    pub title: String,
}

/// What the College Scorecard publishes about a program; `null` is a
/// figure the Department of Education withholds, never 0.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramFiguresOut {
    /// Field of study, four-digit CIP 2020 code ("51.07").
    pub field_code: String,
    /// Field of study.
    pub field: String,
    /// Credential, as the `credential` parameter names it.
    pub credential: String,
    /// Credential, in words.
    pub credential_name: String,
    /// People who finished the program.
    pub completers: Option<i64>,
    /// Median earnings of those who finished, dollars a year.
    pub median_earnings: Option<i64>,
    /// Years after finishing the earnings were measured (1 or 4).
    pub earnings_years_after: Option<i64>,
    /// Median debt of those who finished, dollars.
    pub median_debt: Option<i64>,
}

impl From<&ProgramFigures> for ProgramFiguresOut {
    fn from(f: &ProgramFigures) -> Self {
        Self {
            field_code: format!("{}.{}", &f.cip4[..2], &f.cip4[2..]),
            field: f.field.clone(),
            credential: f.credential.slug().to_string(),
            credential_name: f.credential.label().to_string(),
            completers: f.completers,
            median_earnings: f.earnings,
            earnings_years_after: f.horizon,
            median_debt: f.debt,
        }
    }
}

/// A program in a career's list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramOut {
    /// Institution.
    pub institution: String,
    /// Its College Scorecard unit id.
    pub institution_id: String,
    /// Its state.
    pub state: String,
    /// Address of its page.
    pub institution_url: String,
    /// Address of its API record.
    pub institution_api_url: String,
    /// The figures.
    #[serde(flatten)]
    pub figures: ProgramFiguresOut,
}

/// A page of the programs that prepare for a career.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramListOut {
    /// The career's slug.
    pub career: String,
    /// The fields of study that prepare for it (CIP 2020 to SOC 2018
    /// crosswalk).
    pub fields: Vec<FieldOut>,
    /// The programs on this page, by credential, then in the asked order.
    pub programs: Vec<ProgramOut>,
    /// Programs that pass the filters.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Pages in all.
    pub pages: i64,
    /// What the figures are and are not.
    pub note: String,
    /// Where they come from.
    pub sources: Vec<Source>,
}

/// The programs at institutions across the US in the fields of study that
/// prepare for a career, 25 to a page.
#[utoipa::path(get, path = "/api/v1/careers/{slug}/programs",
    params(("slug" = String, Path, description = "The career's slug, e.g. medical-coder"), ProgramsParams),
    responses((status = 200, description = "A page of programs", body = ProgramListOut),
              (status = 400, description = "A bad filter, order or page", body = ErrorBody),
              (status = 404, description = "No such career or page", body = ErrorBody)))]
pub async fn programs(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(p): Params<ProgramsParams>,
) -> AppResult<HttpResponse> {
    let slug = slug.into_inner();
    let key = slug.clone();
    let filter = ProgramFilter {
        state: p.state.get().map(str::to_string),
        credential: p.credential.get(),
    };
    let (sort, page) = (p.sort.get(), p.page);
    let offset = Pager::offset_sized(page, programs_view::PER_PAGE);
    let asked = filter.state.clone();
    let (found, known, sources) = state
        .db(move |c| {
            let Some(career) = read::career(c, &key)? else {
                return Ok((None, None, Vec::new()));
            };
            let list = read::programs(
                c,
                career.id,
                &filter,
                sort,
                Some(programs_view::PER_PAGE),
                offset,
            )?;
            let known = match &asked {
                Some(code) => read::state_name(c, code)?,
                None => None,
            };
            Ok((
                Some(list),
                known,
                read::sources_by_id(c, &[SCORECARD, CROSSWALK])?,
            ))
        })
        .await?;
    let Some(list) = found else {
        return Err(AppError::NotFound(format!(
            "There is no career called “{}”. GET {} lists them all.",
            slug.chars().take(60).collect::<String>(),
            urls::api_careers()
        )));
    };
    check_state(p.state.get(), &known)?;
    let pager = Pager::sized(
        page,
        list.total,
        programs_view::PER_PAGE,
        "this list of programs",
        |_| String::new(),
    )?;
    ok(&ProgramListOut {
        career: slug,
        fields: list
            .fields
            .iter()
            .map(|(code, title)| FieldOut {
                code: format!("{}.{}", &code[..2], &code[2..]),
                title: title.clone(),
            })
            .collect(),
        programs: list
            .rows
            .iter()
            .map(|r| ProgramOut {
                institution: r.institution.clone(),
                institution_id: r.unitid.clone(),
                state: r.state.clone(),
                institution_url: state.url(&urls::institution(&r.unitid)),
                institution_api_url: state.url(&urls::api_institution(&r.unitid)),
                figures: (&r.figures).into(),
            })
            .collect(),
        total: list.total,
        page: pager.page,
        pages: pager.pages,
        note: "Earnings are the median of everyone who finished the program at that institution, in whatever work, not the pay of this career; a field of study prepares for several careers. null is a figure the Department of Education withholds.".to_string(),
        sources,
    })
}

/// An institution that leads to a program's careers.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstitutionRef {
    /// College Scorecard unit id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Address of its API record.
    pub api_url: String,
}

/// A program of an institution.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstitutionProgramOut {
    /// The figures.
    #[serde(flatten)]
    pub figures: ProgramFiguresOut,
    /// Slugs of the careers its field prepares for.
    pub careers: Vec<String>,
}

/// An institution and its programs.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstitutionOut {
    /// College Scorecard unit id.
    pub id: String,
    /// Federal Student Aid identifier, shared by institutions that merged.
    pub opeid6: String,
    /// Name.
    pub name: String,
    /// State; null when the Scorecard no longer lists it (closed or merged).
    pub state: Option<String>,
    /// Public, Private nonprofit or Private for-profit.
    pub control: String,
    /// The institution it is now part of.
    pub merged_into: Option<InstitutionRef>,
    /// Institutions now part of it.
    pub merged_here: Vec<InstitutionRef>,
    /// Address of its page.
    pub url: String,
    /// Its programs, by credential.
    pub programs: Vec<InstitutionProgramOut>,
    /// Where the figures come from.
    pub sources: Vec<Source>,
}

/// An institution of the College Scorecard with its programs.
#[utoipa::path(get, path = "/api/v1/institutions/{id}",
    params(("id" = String, Path, description = "College Scorecard unit id, e.g. 129367")),
    responses((status = 200, description = "The institution", body = InstitutionOut),
              (status = 404, description = "No such institution", body = ErrorBody)))]
pub async fn institution(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let key = id.to_string();
    let (found, sources) = state
        .db(move |c| {
            Ok((
                read::institution(c, &key)?,
                read::sources_by_id(c, &[SCORECARD, CROSSWALK])?,
            ))
        })
        .await?;
    let Some(i) = found else {
        return Err(AppError::NotFound(format!(
            "The College Scorecard has no institution numbered “{}”.",
            id.chars().take(20).collect::<String>()
        )));
    };
    let reference = |(id, name): &(String, String)| InstitutionRef {
        id: id.clone(),
        name: name.clone(),
        api_url: state.url(&urls::api_institution(id)),
    };
    ok(&InstitutionOut {
        url: state.url(&urls::institution(&i.unitid)),
        id: i.unitid.clone(),
        opeid6: i.opeid6.clone(),
        name: i.name.clone(),
        state: i.state.clone(),
        control: programs_view::control_words(i.control).to_string(),
        merged_into: i.merged_into.as_ref().map(reference),
        merged_here: i.merged_here.iter().map(reference).collect(),
        programs: i
            .programs
            .iter()
            .map(|p| InstitutionProgramOut {
                figures: (&p.figures).into(),
                careers: p.careers.iter().map(|(slug, _)| slug.clone()).collect(),
            })
            .collect(),
        sources,
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

/// Answers API addresses that do not exist (as JSON, like every error
/// under `/api/`).
pub async fn not_found() -> AppResult<HttpResponse> {
    Err(AppError::NotFound(format!(
        "There is no such API address. See {}.",
        urls::api_openapi()
    )))
}
