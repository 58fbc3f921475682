//! `/careers/{slug}/{table}.csv`: every data table as CSV (RFC 4180,
//! UTF-8), with each figure's year and source in their own columns. A
//! sorted or filtered table downloads as shown (`?sort=`, `?town=`).

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::db::models::{FigureDate, Source};
use crate::db::queries;
use crate::web::handlers::salary::{CitySort, city_rows, experience, experience_levels, sort_rows};
use crate::web::handlers::training::parse_town;
use crate::web::handlers::unknown_career;
use crate::web::page::Citer;
use crate::web::{AppError, AppResult, AppState};

/// The tables that can be downloaded, by file name.
pub const TABLES: [&str; 7] = [
    "salary-percentiles",
    "salary-by-industry",
    "salary-by-city",
    "salary-medians",
    "outlook",
    "schools",
    "certifications",
];

/// Query string of a download: the same filters as the pages.
#[derive(Debug, Deserialize)]
pub struct DownloadQuery {
    /// Sort of the city table.
    pub sort: Option<String>,
    /// Town filter of the schools table.
    pub town: Option<String>,
}

/// Rows of a CSV file, as text.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: &[&str]) -> Self {
        Self {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    fn to_csv(&self) -> AppResult<Vec<u8>> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let fail = |e: csv::Error| AppError::Internal(format!("CSV: {e}"));
        w.write_record(&self.header).map_err(fail)?;
        for row in &self.rows {
            w.write_record(row).map_err(fail)?;
        }
        w.into_inner()
            .map_err(|e| AppError::Internal(format!("CSV: {e}")))
    }
}

fn source_columns(sources: &[Source], id: &str) -> [String; 2] {
    match sources.iter().find(|s| s.id == id) {
        Some(s) => [s.publisher.clone(), s.reported_in.clone()],
        None => [id.to_string(), String::new()],
    }
}

fn date_columns(d: &FigureDate) -> [String; 2] {
    [
        d.period.clone().unwrap_or_else(|| d.year.to_string()),
        if d.estimated { "yes" } else { "no" }.to_string(),
    ]
}

fn opt(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Sends one table as CSV.
pub async fn download(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<DownloadQuery>,
) -> AppResult<HttpResponse> {
    let (slug, table) = path.into_inner();
    let table: &'static str = TABLES.iter().find(|t| **t == table).ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no table called “{}” to download. The tables are: {}.",
            table.chars().take(40).collect::<String>(),
            TABLES.join(", ")
        ))
    })?;
    let town = parse_town(query.town.as_deref())?;
    let sort_raw = query.sort.clone();
    let key = slug.clone();
    let (out, suffix) = match table {
        "salary-percentiles" | "salary-by-industry" | "salary-by-city" | "salary-medians" => {
            let data = state
                .db(move |c| queries::salary(c, &key))
                .await?
                .ok_or_else(|| unknown_career(&slug))?;
            let s = &data.sources;
            match table {
                "salary-percentiles" => {
                    let mut t = Table::new(&[
                        "Percentile",
                        "Annual pay (USD)",
                        "Year",
                        "Year estimated",
                        "Source",
                        "Reported in",
                    ]);
                    for p in &data.percentiles {
                        let [year, est] = date_columns(&p.date);
                        let [src, via] = source_columns(s, &p.source);
                        t.rows.push(vec![
                            p.percentile.to_string(),
                            p.amount.to_string(),
                            year,
                            est,
                            src,
                            via,
                        ]);
                    }
                    (t, String::new())
                }
                "salary-by-industry" => {
                    let mut t = Table::new(&[
                        "Industry",
                        "Median annual pay (USD)",
                        "Year",
                        "Year estimated",
                        "Source",
                        "Reported in",
                    ]);
                    for i in &data.industries {
                        let [year, est] = date_columns(&i.date);
                        let [src, via] = source_columns(s, &i.source);
                        t.rows.push(vec![
                            i.industry.clone(),
                            i.median.to_string(),
                            year,
                            est,
                            src,
                            via,
                        ]);
                    }
                    (t, String::new())
                }
                "salary-medians" => {
                    let mut t = Table::new(&[
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
                        let [src, via] = source_columns(s, &m.source);
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
                    (t, String::new())
                }
                _ => {
                    let levels = experience_levels(&data.cities);
                    let sort = CitySort::parse(sort_raw.as_deref(), &levels)?;
                    let mut rows = city_rows(&data.cities, &levels, &mut Citer::new(s));
                    let (overall, mut cities): (Vec<_>, Vec<_>) =
                        rows.drain(..).partition(|r| r.is_overall);
                    sort_rows(&mut cities, sort, &levels);
                    let mut header = vec!["Place".to_string()];
                    header.extend(
                        levels
                            .iter()
                            .map(|l| format!("Median at {} (USD)", experience(*l))),
                    );
                    if levels.len() > 1 {
                        header.push("Rise (USD)".to_string());
                    }
                    header.extend(
                        ["Year", "Year estimated", "Source", "Reported in"].map(String::from),
                    );
                    let mut t = Table {
                        header,
                        rows: Vec::new(),
                    };
                    for r in cities.iter().chain(overall.iter()) {
                        let mut row = vec![r.place.clone()];
                        row.extend(r.medians.iter().map(|m| opt(*m)));
                        if levels.len() > 1 {
                            row.push(opt(r.rise_value()));
                        }
                        let sources: Vec<[String; 2]> = r
                            .source_ids
                            .iter()
                            .map(|id| source_columns(s, id))
                            .collect();
                        row.push(r.when.trim_start_matches("c. ").to_string());
                        row.push(if r.estimated { "yes" } else { "no" }.to_string());
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
                    let suffix = if sort == CitySort::City {
                        String::new()
                    } else {
                        format!("-sorted-by-{}", sort.key())
                    };
                    (t, suffix)
                }
            }
        }
        "outlook" => {
            let data = state
                .db(move |c| queries::outlook(c, &key))
                .await?
                .ok_or_else(|| unknown_career(&slug))?;
            let mut t = Table::new(&[
                "Start year",
                "End year",
                "Projected growth (%)",
                "Compared with all jobs",
                "Employed at start",
                "Employed at end",
                "New jobs",
                "Workers projected",
                "Source",
                "Reported in",
            ]);
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
                    p.occupation_group.clone(),
                    src,
                    via,
                ]);
            }
            (t, String::new())
        }
        _ => {
            let t2 = town.clone();
            let data = state
                .db(move |c| queries::training(c, &key, t2.as_deref()))
                .await?
                .ok_or_else(|| unknown_career(&slug))?;
            if table == "certifications" {
                let mut t = Table::new(&[
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
                (t, String::new())
            } else {
                let mut t = Table::new(&["School", "Town", "State", "Source", "Reported in"]);
                for s in &data.schools {
                    let [src, via] = source_columns(&data.sources, &s.source);
                    t.rows.push(vec![
                        s.name.clone(),
                        s.town.clone(),
                        s.state.clone(),
                        src,
                        via,
                    ]);
                }
                let suffix = match &data.town_filter {
                    crate::db::models::TownFilter::Town(t) => format!("-in-{}", slug::slugify(t)),
                    _ => String::new(),
                };
                (t, suffix)
            }
        }
    };
    let body = out.to_csv()?;
    let file = format!("{}-{table}{suffix}.csv", slug::slugify(&slug));
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}\""),
        ))
        .insert_header((header::CACHE_CONTROL, crate::web::cache::PAGE_CACHE_CONTROL))
        .body(body))
}
