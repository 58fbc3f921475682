//! `/api/v1/careers` and `/api/v1/careers/{slug}`: the career list and
//! everything about one career.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::programs::InstitutionRef;
use super::{BlsValue, PayFigure, ok, unknown_career};
use crate::db::read;
use crate::db::read::{
    CareerInterest, FigureDate, Occupation, Projection, Published, School, Source, StateWages,
    Wages,
};
use crate::domain::Interest;
use crate::domain::sources::ONET;
use crate::web::error::AppResult;
use crate::web::error_page::ErrorBody;
use crate::web::format;
use crate::web::page::{PER_PAGE, Pager};
use crate::web::params::{LangParams, ListParams, Params};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::city_table::place_label;

/// A career in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CareerSummary {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short summary, for hand-written careers.
    pub summary: Option<String>,
    /// What the work is, a few sentences: the hand-written summary or our
    /// own description.
    pub description: String,
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

impl SchoolOut {
    /// The school `x`, its institutions' API addresses on `state`'s site.
    fn new(x: &School, state: &AppState) -> Self {
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
    }
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
    /// What the work is, a few sentences: the hand-written summary or our
    /// own description.
    pub description: String,
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

impl InterestsOut {
    /// The profile `p`.
    fn new(p: &CareerInterest) -> Self {
        Self {
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
        }
    }
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

/// Lists careers, fifty to a page.
#[utoipa::path(get, path = "/api/v1/careers", params(ListParams),
    responses((status = 200, description = "A page of careers", body = CareerList),
              (status = 400, description = "Bad page number", body = ErrorBody),
              (status = 404, description = "No such page", body = ErrorBody)))]
pub async fn careers(
    state: web::Data<AppState>,
    Params(ListParams { page, lang }): Params<ListParams>,
) -> AppResult<HttpResponse> {
    let lang = lang.get();
    let (list, total) = state
        .db_in(lang, move |c| {
            read::career_page(c, PER_PAGE, Pager::offset(page))
        })
        .await?;
    let pager = Pager::new(page, total, "the career list", |p| urls::home(lang, p))?;
    ok(&CareerList {
        careers: list
            .into_iter()
            .map(|c| CareerSummary {
                url: state.url(&urls::career(lang, &c.slug).overview()),
                api_url: state.url(&urls::api_career(&c.slug)),
                slug: c.slug,
                title: c.title,
                summary: c.summary,
                description: c.description,
            })
            .collect(),
        total,
        page: pager.page,
        pages: pager.pages,
    })
}

/// Everything about one career.
#[utoipa::path(get, path = "/api/v1/careers/{slug}",
    params(("slug" = String, Path, description = "The career's slug, e.g. medical-coder"), LangParams),
    responses((status = 200, description = "The career", body = CareerDetail),
              (status = 404, description = "No such career", body = ErrorBody)))]
pub async fn career(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(LangParams { lang }): Params<LangParams>,
) -> AppResult<HttpResponse> {
    let lang = lang.get();
    let slug = slug.into_inner();
    let key = slug.clone();
    let (overview, training, salary) = state
        .db_in(lang, move |c| {
            Ok((
                read::overview(c, &key, None)?,
                read::training(c, &key, None)?,
                read::salary(c, &key, None)?,
            ))
        })
        .await?;
    let (Some(o), Some(t), Some(s)) = (overview, training, salary) else {
        return Err(unknown_career(&slug));
    };
    let pay = |label: String, amount: i64, date: &FigureDate, source: &str| PayFigure {
        label,
        amount,
        date: date.into(),
        source: source.to_string(),
    };
    let c = &o.career;
    ok(&CareerDetail {
        url: state.url(&urls::career(lang, &c.slug).overview()),
        slug: c.slug.clone(),
        title: c.title.clone(),
        occupation_group: c.text.as_ref().map(|t| t.occupation_group.clone()),
        data_as_of: c.data_as_of.clone(),
        summary: c.text.as_ref().map(|_| c.description.clone()),
        description: c.description.clone(),
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
            .map(|x| SchoolOut::new(x, &state))
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
        interests: o.interest.as_ref().map(InterestsOut::new),
        sources: o.sources.clone(),
    })
}
