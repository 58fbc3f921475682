//! `/careers/{slug}/{table}.csv`: every data table as CSV (RFC 4180,
//! UTF-8), built from the same typed rows as the pages, with each figure's
//! year and source in their own columns. A sorted or filtered table
//! downloads as shown (`?sort=`, `?town=`).

use actix_web::{HttpRequest, HttpResponse, web};

use crate::db::read;
use crate::db::read::{
    Credential, FigureDate, Outlook, ProgramFilter, Programs, Salary, Source, TownFilter, Training,
    Wages,
};
use crate::domain::sources::{OEWS, ONET, PROJECTIONS};
use crate::web::csv_file::{Csv, opt, percent, published, published_hourly};
use crate::web::error::AppResult;
use crate::web::handlers::{check_state, load_career, with_state_name};
use crate::web::page::Citer;
use crate::web::params::{CitySort, DownloadForm, DownloadParams, Params, SortKey, Table};
use crate::web::state::AppState;
use crate::web::urls::CareerPage;
use crate::web::views::city_table::{CityTable, experience};

/// Sends one table as CSV.
pub async fn download(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    Params(form): Params<DownloadForm>,
) -> AppResult<HttpResponse> {
    let (slug, _) = path.into_inner();
    let DownloadForm {
        table,
        params:
            DownloadParams {
                sort,
                credential,
                town,
                state: chosen,
            },
        program_sort: order,
    } = form;
    let page = CareerPage::Csv(table);
    let salary = |c: &rusqlite::Connection, s: &str| read::salary(c, s, None);
    let csv = match table {
        Table::PayByArea => {
            let code = chosen.get().unwrap_or_default().to_string();
            let asked = code.clone();
            let data = load_career(&state, &req, &slug, page, move |c, s| {
                read::salary(c, s, Some(&asked))
            })
            .await?;
            check_state(Some(&code), &data.state_pay)?;
            pay_by_area(&data)
        }
        Table::Programs => {
            let filter = ProgramFilter {
                state: chosen.get().map(str::to_string),
                credential: credential.get(),
            };
            let asked = filter.state.clone();
            let (list, known) = load_career(&state, &req, &slug, page, move |c, s| {
                let Some(career) = read::career(c, s)? else {
                    return Ok(None);
                };
                let list = read::programs(c, career.id, &filter, order, None, 0)?;
                with_state_name(c, asked.as_deref(), Some(list))
            })
            .await?;
            check_state(chosen.get(), &known)?;
            programs(&list, chosen.get(), credential.get())
        }
        Table::Pay | Table::PayByState | Table::PayByIndustry => {
            let data = load_career(&state, &req, &slug, page, salary).await?;
            match table {
                Table::Pay => pay(&data),
                Table::PayByState => pay_by_state(&data),
                _ => pay_by_industry(&data),
            }
        }
        Table::EducationLevels => {
            let data =
                load_career(&state, &req, &slug, page, |c, s| read::training(c, s, None)).await?;
            education_levels(&data)
        }
        Table::SalaryPercentiles | Table::SalaryByIndustry | Table::SalaryMedians => {
            let data = load_career(&state, &req, &slug, page, salary).await?;
            match table {
                Table::SalaryPercentiles => salary_percentiles(&data),
                Table::SalaryByIndustry => salary_by_industry(&data),
                _ => salary_medians(&data),
            }
        }
        Table::SalaryByCity => {
            let data = load_career(&state, &req, &slug, page, salary).await?;
            salary_by_city(&data, &sort)?
        }
        Table::Outlook => outlook(&load_career(&state, &req, &slug, page, read::outlook).await?),
        Table::Schools | Table::Certifications => {
            let town = town.into_inner();
            let data = load_career(&state, &req, &slug, page, move |c, s| {
                read::training(c, s, town.as_deref())
            })
            .await?;
            if table == Table::Schools {
                schools(&data)
            } else {
                certifications(&data)
            }
        }
    };
    let file = format!(
        "{}-{}{}.csv",
        slug::slugify(&slug),
        table.name(),
        csv.suffix
    );
    csv.response(&file)
}

/// The publisher and the publication of source `id`.
fn source_columns(sources: &[Source], id: &str) -> [String; 2] {
    match sources.iter().find(|s| s.id == id) {
        Some(s) => [s.publisher.clone(), s.reported_in.clone()],
        None => [id.to_string(), String::new()],
    }
}

/// When a figure dates from (the source's words or the year, never
/// "c."), and whether the year is estimated.
fn date_columns(d: &FigureDate) -> [String; 2] {
    [when(d), yes_no(d.estimated)]
}

fn when(d: &FigureDate) -> String {
    d.period.clone().unwrap_or_else(|| d.year.to_string())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// The wage columns every current table shares: when and where from.
fn release_columns(data: &Salary) -> [String; 3] {
    let release = data
        .occupation
        .as_ref()
        .map(|o| o.releases.wages.clone())
        .unwrap_or_default();
    let [src, via] = source_columns(&data.sources, OEWS);
    [release, src, via]
}

fn pay(data: &Salary) -> Csv {
    let mut t = Csv::new(&[
        "Measure",
        "Value",
        "Unit",
        "Released",
        "Source",
        "Reported in",
    ]);
    let Some(o) = &data.occupation else {
        return t;
    };
    let [release, src, via] = release_columns(data);
    let top = Some(o.releases.top_coded_annual);
    let row = |measure: &str, value: String, unit: &str| {
        vec![
            measure.to_string(),
            value,
            unit.to_string(),
            release.clone(),
            src.clone(),
            via.clone(),
        ]
    };
    if let Some(w) = &o.wages {
        t.rows
            .push(row("Employment", published(w.employment, None), "jobs"));
        for (label, p) in [
            "10th percentile",
            "25th percentile",
            "Median",
            "75th percentile",
            "90th percentile",
        ]
        .into_iter()
        .zip(w.annual)
        {
            t.rows.push(row(label, published(p, top), "USD a year"));
        }
    }
    t.rows
        .push(row("Mean", published(o.annual_mean, top), "USD a year"));
    let hourly = published_hourly(o.hourly_median, &o.releases);
    t.rows.push(row("Median hourly", hourly, "USD an hour"));
    t
}

/// A table of wages by place or industry: the two naming columns, then
/// employment and the percentiles at `percentiles` (indexes into the five),
/// then the release and source.
fn wage_table<'a>(
    data: &Salary,
    names: [&str; 2],
    percentiles: &[usize],
    rows: impl Iterator<Item = ([String; 2], &'a Wages)>,
) -> Csv {
    const LABELS: [&str; 5] = [
        "10th percentile (USD)",
        "25th percentile (USD)",
        "Median (USD)",
        "75th percentile (USD)",
        "90th percentile (USD)",
    ];
    let mut header: Vec<&str> = vec![names[0], names[1], "Employment"];
    header.extend(percentiles.iter().map(|i| LABELS[*i]));
    header.extend(["Released", "Source", "Reported in"]);
    let mut t = Csv::new(&header);
    let [release, src, via] = release_columns(data);
    let top = data
        .occupation
        .as_ref()
        .map(|o| o.releases.top_coded_annual);
    for (name, w) in rows {
        let mut row = name.to_vec();
        row.push(published(w.employment, None));
        row.extend(percentiles.iter().map(|i| published(w.annual[*i], top)));
        row.extend([release.clone(), src.clone(), via.clone()]);
        t.rows.push(row);
    }
    t
}

fn pay_by_state(data: &Salary) -> Csv {
    let rows = data
        .states
        .iter()
        .map(|s| ([s.state.clone(), s.name.clone()], &s.wages));
    wage_table(data, ["State", "Name"], &[0, 1, 2, 3, 4], rows)
}

/// The chosen state and its areas.
fn pay_by_area(data: &Salary) -> Csv {
    let Some(pay) = &data.state_pay else {
        return wage_table(data, ["Area", "Code"], &[0, 2, 4], std::iter::empty());
    };
    let state_row = pay
        .wages
        .iter()
        .map(|w| ([pay.name.clone(), pay.code.clone()], w));
    let areas = pay
        .areas
        .iter()
        .map(|a| ([a.name.clone(), a.code.clone()], &a.wages));
    let mut t = wage_table(data, ["Area", "Code"], &[0, 2, 4], state_row.chain(areas));
    t.suffix = format!("-in-{}", pay.code.to_lowercase());
    t
}

fn pay_by_industry(data: &Salary) -> Csv {
    let rows = data
        .industry_wages
        .iter()
        .map(|i| ([i.title.clone(), i.naics.clone()], &i.wages));
    wage_table(data, ["Industry", "NAICS"], &[0, 2, 4], rows)
}

fn education_levels(data: &Training) -> Csv {
    let mut t = Csv::new(&[
        "Level of education",
        "Share of workers (%)",
        "Low precision",
        "O*NET occupation",
        "Rated",
        "Source",
        "Reported in",
    ]);
    let [src, via] = source_columns(&data.sources, ONET);
    for e in &data.education_shares {
        t.rows.push(vec![
            e.label.clone(),
            e.percent.clone(),
            yes_no(e.suppress),
            e.onet_code.clone(),
            e.date.clone(),
            src.clone(),
            via.clone(),
        ]);
    }
    t
}

fn salary_percentiles(data: &Salary) -> Csv {
    let mut t = Csv::new(&[
        "Percentile",
        "Annual pay (USD)",
        "Year",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for p in &data.percentiles {
        let [year, est] = date_columns(&p.date);
        let [src, via] = source_columns(&data.sources, &p.source);
        t.rows.push(vec![
            p.percentile.to_string(),
            p.amount.to_string(),
            year,
            est,
            src,
            via,
        ]);
    }
    t
}

fn salary_by_industry(data: &Salary) -> Csv {
    let mut t = Csv::new(&[
        "Industry",
        "Median annual pay (USD)",
        "Year",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for i in &data.industries {
        let [year, est] = date_columns(&i.date);
        let [src, via] = source_columns(&data.sources, &i.source);
        t.rows.push(vec![
            i.industry.clone(),
            i.median.to_string(),
            year,
            est,
            src,
            via,
        ]);
    }
    t
}

fn salary_medians(data: &Salary) -> Csv {
    let mut t = Csv::new(&[
        "Year",
        "Median annual pay (USD)",
        "People employed",
        "Workers covered",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for m in &data.medians {
        let [year, est] = date_columns(&m.date);
        let [src, via] = source_columns(&data.sources, &m.source);
        t.rows.push(vec![
            year,
            m.median.to_string(),
            opt(m.employment),
            m.scope.clone(),
            est,
            src,
            via,
        ]);
    }
    t
}

/// The city table, pivoted and sorted as on the page; a row with figures
/// from several years lists every year.
fn salary_by_city(data: &Salary, sort: &SortKey) -> AppResult<Csv> {
    let table = CityTable::new(&data.cities, sort, &mut Citer::new(&data.sources))?;
    let mut header = vec!["Place".to_string()];
    header.extend(
        table
            .levels
            .iter()
            .map(|l| format!("Median at {} (USD)", experience(*l))),
    );
    if table.has_rise() {
        header.push("Rise (USD)".to_string());
    }
    header.extend(["Year", "Year estimated", "Source", "Reported in"].map(String::from));
    let mut t = Csv::new(&header);
    for r in table.cities.iter().chain(table.overall.iter()) {
        let mut row = vec![r.place.clone()];
        row.extend(r.medians.iter().map(|m| opt(*m)));
        if table.has_rise() {
            row.push(opt(r.rise_value()));
        }
        let sources: Vec<[String; 2]> = r
            .source_ids
            .iter()
            .map(|id| source_columns(&data.sources, id))
            .collect();
        row.push(r.dates.iter().map(when).collect::<Vec<_>>().join(", "));
        row.push(yes_no(r.estimated));
        row.push(
            sources
                .iter()
                .map(|[p, _]| p.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        row.push(
            sources
                .iter()
                .map(|[_, v]| v.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        t.rows.push(row);
    }
    if table.sort != CitySort::City {
        t.suffix = format!("-sorted-by-{}", table.sort.key());
    }
    Ok(t)
}

/// Every projection, the current one first (its growth with the one
/// decimal BLS prints, and its openings a year).
fn outlook(data: &Outlook) -> Csv {
    let mut t = Csv::new(&[
        "Start year",
        "End year",
        "Projected growth (%)",
        "Compared with all jobs",
        "Employed at start",
        "Employed at end",
        "New jobs",
        "Openings a year",
        "Workers projected",
        "Source",
        "Reported in",
    ]);
    if let Some(o) = &data.occupation {
        let [src, via] = source_columns(&data.sources, PROJECTIONS);
        t.rows.push(vec![
            o.releases.projection_start.to_string(),
            o.releases.projection_end.to_string(),
            percent(o.percent_change_tenths),
            String::new(),
            o.employment_start.to_string(),
            o.employment_end.to_string(),
            o.change.to_string(),
            o.annual_openings.to_string(),
            o.title.clone(),
            src,
            via,
        ]);
    }
    for p in &data.projections {
        let [src, via] = source_columns(&data.sources, &p.source);
        t.rows.push(vec![
            p.start_year.to_string(),
            p.end_year.to_string(),
            p.growth_percent.to_string(),
            p.pace.clone().unwrap_or_default(),
            opt(p.employment_start),
            opt(p.employment_end),
            opt(p.new_jobs),
            String::new(),
            p.occupation_group.clone(),
            src,
            via,
        ]);
    }
    t
}

fn certifications(data: &Training) -> Csv {
    let mut t = Csv::new(&[
        "Credential",
        "Abbreviation",
        "Awarded by",
        "Body name",
        "Source",
        "Reported in",
    ]);
    for c in &data.certifications {
        let [src, via] = source_columns(&data.sources, &c.source);
        t.rows.push(vec![
            c.name.clone(),
            c.abbreviation.clone().unwrap_or_default(),
            c.body.clone(),
            c.body_name.clone(),
            src,
            via,
        ]);
    }
    t
}

/// The schools, filtered by town as on the page.
fn schools(data: &Training) -> Csv {
    let mut t = Csv::new(&[
        "School",
        "Town",
        "State",
        "Source",
        "Reported in",
        "College Scorecard institution",
        "College Scorecard unit id",
        "Now part of",
    ]);
    for s in &data.schools {
        let [src, via] = source_columns(&data.sources, &s.source);
        let i = s.institution.as_ref();
        t.rows.push(vec![
            s.name.clone(),
            s.town.clone(),
            s.state.clone(),
            src,
            via,
            i.map(|i| i.name.clone()).unwrap_or_default(),
            i.map(|i| i.unitid.clone()).unwrap_or_default(),
            i.and_then(|i| i.merged_into.as_ref())
                .map(|(_, name)| name.clone())
                .unwrap_or_default(),
        ]);
    }
    if let TownFilter::Town(town) = &data.town_filter {
        t.suffix = format!("-in-{}", slug::slugify(town));
    }
    t
}

/// A career's programs, every page, with each figure as published or
/// "not published".
fn programs(list: &Programs, state: Option<&str>, credential: Option<Credential>) -> Csv {
    let mut t = Csv::new(&[
        "Institution",
        "College Scorecard unit id",
        "State",
        "Field of study (CIP 2020)",
        "Field of study",
        "Credential",
        "Completers",
        "Median earnings (USD a year)",
        "Earnings measured (years after finishing)",
        "Median debt (USD)",
        "Source",
    ]);
    let withheld =
        |n: Option<i64>| n.map_or_else(|| "not published".to_string(), |n| n.to_string());
    for r in &list.rows {
        let f = &r.figures;
        t.rows.push(vec![
            r.institution.clone(),
            r.unitid.clone(),
            r.state.clone(),
            format!("{}.{}", &f.cip4[..2], &f.cip4[2..]),
            f.field.clone(),
            f.credential.label().to_string(),
            withheld(f.completers),
            withheld(f.earnings),
            opt(f.horizon),
            withheld(f.debt),
            "U.S. Department of Education, College Scorecard, release 2026-06-10 (via Truewise)"
                .to_string(),
        ]);
    }
    if let Some(s) = state {
        t.suffix.push_str(&format!("-in-{}", s.to_lowercase()));
    }
    if let Some(c) = credential {
        t.suffix.push_str(&format!("-{}", c.slug()));
    }
    t
}
