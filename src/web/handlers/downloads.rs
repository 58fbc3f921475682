//! `/careers/{slug}/{table}.csv`: every data table as CSV (RFC 4180,
//! UTF-8), built from the same typed rows as the pages, with each figure's
//! year and source in their own columns. A sorted or filtered table
//! downloads as shown (`?sort=`, `?town=`). Each table reads only its own
//! rows (`db::table_queries`); its writer sits beside the view it mirrors
//! (`web::views::*_csv`). A table downloaded from a Spanish page (under
//! `/es/`) has Spanish headings and words in its cells; its figures are
//! the same.

use actix_web::{HttpRequest, HttpResponse, web};
use rusqlite::Connection;

use crate::db::read;
use crate::db::read::tables::{self as tables, CareerTable, released};
use crate::db::read::{ProgramFilter, ProgramSort};
use crate::domain::Lang;
use crate::web::csv_file::Csv;
use crate::web::error::AppResult;
use crate::web::handlers::{check_state, load_career, with_state_name};
use crate::web::i18n::Tr;
use crate::web::params::{DownloadForm, DownloadParams, Params, Table};
use crate::web::state::AppState;
use crate::web::urls::CareerPage;
use crate::web::views::{outlook_csv, pay_csv, programs_csv, salary_csv, training_csv};

/// Sends one table as CSV.
pub async fn download(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    Params(form): Params<DownloadForm>,
) -> AppResult<HttpResponse> {
    let (slug, _) = path.into_inner();
    let table = form.table;
    let career = CareerCsv {
        tr: Tr::new(lang),
        state: &state,
        req: &req,
        slug: &slug,
        page: CareerPage::Csv(table),
    };
    let csv = career.csv(form).await?;
    let file = format!(
        "{}-{}{}.csv",
        slug::slugify(&slug),
        table.name(),
        csv.suffix
    );
    csv.response(&file)
}

/// The career whose table is downloaded, and how to answer when its slug
/// names none.
struct CareerCsv<'a> {
    /// The language of the headings and words.
    tr: Tr,
    state: &'a AppState,
    req: &'a HttpRequest,
    slug: &'a str,
    page: CareerPage,
}

impl CareerCsv<'_> {
    /// Table `rows` of the career, with its sources.
    async fn load<T, Q>(&self, rows: Q) -> AppResult<CareerTable<T>>
    where
        T: Send + 'static,
        Q: FnOnce(&Connection, i64) -> rusqlite::Result<T> + Send + 'static,
    {
        load_career(self.state, self.req, self.slug, self.page, move |c, s| {
            tables::career_table(c, s, rows)
        })
        .await
    }

    /// The table the form asks for, filtered and sorted as asked.
    async fn csv(&self, form: DownloadForm) -> AppResult<Csv> {
        let DownloadForm {
            table,
            params,
            program_sort,
        } = form;
        let tr = self.tr;
        Ok(match table {
            Table::Pay => pay_csv::pay(tr, &self.load(read::occupation).await?),
            Table::PayByState => pay_csv::pay_by_state(
                tr,
                &self
                    .load(|c, id| released(c, id, read::state_wages))
                    .await?,
            ),
            Table::PayByIndustry => pay_csv::pay_by_industry(
                tr,
                &self
                    .load(|c, id| released(c, id, read::industry_wages))
                    .await?,
            ),
            Table::EducationLevels => training_csv::education_levels_in(
                tr.lang,
                &self.load(read::education_shares).await?,
            ),
            Table::SalaryPercentiles => {
                salary_csv::percentiles(tr, &self.load(read::salary_percentiles).await?)
            }
            Table::SalaryByIndustry => {
                salary_csv::by_industry(tr, &self.load(read::salary_by_industry).await?)
            }
            Table::SalaryByCity => {
                let rows = self.load(read::salary_by_city).await?;
                salary_csv::by_city(tr, &rows, &params.sort)?
            }
            Table::SalaryMedians => {
                salary_csv::medians(tr, &self.load(read::salary_medians).await?)
            }
            Table::Outlook => outlook_csv::outlook(
                tr,
                &self
                    .load(|c, id| Ok((read::occupation(c, id)?, read::projections(c, id)?)))
                    .await?,
            ),
            Table::Schools => {
                let town = params.town.into_inner();
                let rows = self
                    .load(move |c, id| {
                        let (_, filter) = read::town_filter(c, id, town.as_deref())?;
                        Ok((read::schools(c, id, filter.town())?, filter))
                    })
                    .await?;
                training_csv::schools_in(tr.lang, &rows)
            }
            Table::Certifications => {
                training_csv::certifications_in(tr.lang, &self.load(read::certifications).await?)
            }
            Table::PayByArea => self.pay_by_area(params).await?,
            Table::Programs => self.programs(params, program_sort).await?,
        })
    }

    /// The chosen state and its areas; a 400 when BLS publishes nothing
    /// for the state.
    async fn pay_by_area(&self, params: DownloadParams) -> AppResult<Csv> {
        let code = params.state.get().unwrap_or_default().to_string();
        let asked = code.clone();
        let rows = self
            .load(move |c, id| released(c, id, |c, id| read::state_pay(c, id, &asked)))
            .await?;
        check_state(Some(&code), &rows.rows.rows)?;
        Ok(pay_csv::pay_by_area(self.tr, &rows))
    }

    /// The programs, filtered and sorted as on the training page; a 400
    /// when BLS publishes nothing for the chosen state.
    async fn programs(&self, params: DownloadParams, order: ProgramSort) -> AppResult<Csv> {
        let chosen = params.state.get();
        let credential = params.credential.get();
        let filter = ProgramFilter {
            state: chosen.map(str::to_string),
            credential,
        };
        let asked = filter.state.clone();
        let (list, known) = load_career(self.state, self.req, self.slug, self.page, move |c, s| {
            let Some(id) = tables::career_id(c, s)? else {
                return Ok(None);
            };
            let list = read::programs(c, id, &filter, order, None, 0)?;
            with_state_name(c, asked.as_deref(), Some(list))
        })
        .await?;
        check_state(chosen, &known)?;
        Ok(programs_csv::programs_in(
            self.tr.lang,
            &list,
            chosen,
            credential,
        ))
    }
}
