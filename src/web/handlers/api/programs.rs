//! `/api/v1/careers/{slug}/programs` and `/api/v1/institutions/{id}`: the
//! College Scorecard programs that prepare for a career, and an
//! institution with its programs.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ok, unknown_career};
use crate::db::read;
use crate::db::read::{ProgramFigures, ProgramFilter, Source};
use crate::domain::Lang;
use crate::domain::sources::{CROSSWALK, SCORECARD};
use crate::web::error::{AppError, AppResult};
use crate::web::error_page::ErrorBody;
use crate::web::handlers::check_state;
use crate::web::page::Pager;
use crate::web::params::{Params, ProgramsParams};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::programs as programs_view;

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
        return Err(unknown_career(&slug));
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
                institution_url: state.url(&urls::institution(Lang::En, &r.unitid)),
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
        url: state.url(&urls::institution(Lang::En, &i.unitid)),
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
