//! `/careers/{slug}/salary`: every pay figure, one table per kind, with the
//! city table sorted on the server (`?sort=city|1y|5y|rise`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::models::Salary;
use crate::db::queries;
use crate::web::chart::{BarChart, Value};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::load_career;
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta};
use crate::web::params::{CitySort, Params, SalaryParams, SortKey};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::city_table::{CityRow, CityTable, experience};

/// A row of the percentile table.
#[derive(Debug, Clone)]
pub struct PercentileRow {
    /// `10th percentile`, `Median (50th percentile)`.
    pub label: String,
    /// What it means, in words.
    pub meaning: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of a simple labelled-figure table.
#[derive(Debug, Clone)]
pub struct LabelledFigure {
    /// Row heading.
    pub label: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of the medians-by-year table.
#[derive(Debug, Clone)]
pub struct MedianRow {
    /// The figure.
    pub figure: Figure,
    /// Number employed, formatted.
    pub employment: Option<String>,
    /// Who it covers.
    pub scope: String,
}

/// A sortable column heading of the city table.
#[derive(Debug, Clone)]
pub struct SortLink {
    /// Heading text.
    pub label: String,
    /// Link that sorts by this column.
    pub href: String,
    /// `ascending`/`descending` when the table is sorted by it.
    pub aria_sort: Option<&'static str>,
}

/// The salary page.
#[derive(Template)]
#[template(path = "career/salary.html")]
pub struct SalaryPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// Percentiles.
    pub percentiles: Vec<PercentileRow>,
    /// Medians by industry, highest first.
    pub industries: Vec<LabelledFigure>,
    /// Medians from different years, newest first.
    pub medians: Vec<MedianRow>,
    /// City table heading links: place, one per level, rise.
    pub city_heads: Vec<SortLink>,
    /// True when the table has a rise column.
    pub has_rise: bool,
    /// City rows, sorted.
    pub cities: Vec<CityRow>,
    /// The overall row, if any.
    pub overall: Option<CityRow>,
    /// The current sort, in words.
    pub sort_label: String,
    /// Address of the city table as CSV, sorted as shown.
    pub city_csv_href: String,
    /// Chart of the city table.
    pub chart: Option<BarChart>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
}

/// Shows the salary page of a career.
pub async fn salary(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(SalaryParams { sort }): Params<SalaryParams>,
) -> AppResult<HttpResponse> {
    let address = urls::career(&slug).salary_as_asked(&sort);
    state
        .cached(&req, address, async {
            let page = CareerPage::Section(Section::Salary);
            let data = load_career(&state, &req, &slug, page, queries::salary).await?;
            Ok(SalaryPage::new(&state, &data, &sort)?.render()?)
        })
        .await
}

impl SalaryPage {
    /// The page for `data`, its city table sorted as `sort` asks.
    fn new(state: &AppState, data: &Salary, sort: &SortKey) -> AppResult<Self> {
        let c = &data.career;
        let mut citer = Citer::new(&data.sources);
        let percentiles = data
            .percentiles
            .iter()
            .map(|p| {
                let (label, meaning) = if p.percentile == 50 {
                    (
                        "Median (50th percentile)".to_string(),
                        "Half earn more, half earn less".to_string(),
                    )
                } else if p.percentile < 50 {
                    (
                        format!("{} percentile", format::ordinal(p.percentile)),
                        format!("{}% earn less than this", p.percentile),
                    )
                } else {
                    (
                        format!("{} percentile", format::ordinal(p.percentile)),
                        format!("{}% earn more than this", 100 - p.percentile),
                    )
                };
                PercentileRow {
                    label,
                    meaning,
                    figure: Figure::new(format::money(p.amount), &p.date, &p.source, &mut citer),
                }
            })
            .collect();
        let industries = data
            .industries
            .iter()
            .map(|i| LabelledFigure {
                label: i.industry.clone(),
                figure: Figure::new(format::money(i.median), &i.date, &i.source, &mut citer),
            })
            .collect();
        let medians = data
            .medians
            .iter()
            .map(|m| MedianRow {
                figure: Figure::new(format::money(m.median), &m.date, &m.source, &mut citer),
                employment: m.employment.map(format::number),
                scope: m.scope.clone(),
            })
            .collect();

        let table = CityTable::new(&data.cities, sort, &mut citer)?;
        let sort = table.sort;
        let urls = urls::career(&c.slug);
        let city_heads = table
            .sorts()
            .into_iter()
            .map(|s| SortLink {
                label: match s {
                    CitySort::City => "City".to_string(),
                    CitySort::Years(n) => format!("{} experience", experience(n)),
                    CitySort::Rise => "Rise".to_string(),
                },
                href: urls.city_table_sorted(s),
                aria_sort: (s == sort).then_some(if s == CitySort::City {
                    "ascending"
                } else {
                    "descending"
                }),
            })
            .collect();
        let chart = city_chart(&c.title, &table);
        let frame = CareerFrame::new(c, Section::Salary);
        let description = format!(
            "What a {} earns: pay percentiles, median pay by industry, by city and experience, and medians from different years, each with its source and year.",
            c.title.to_lowercase()
        );
        Ok(SalaryPage {
            meta: state.meta(frame.page_title(), description, &urls.salary_sorted(sort)),
            frame,
            percentiles,
            industries,
            medians,
            city_heads,
            has_rise: table.has_rise(),
            sort_label: table.sort_label(),
            city_csv_href: urls.city_csv(sort),
            chart,
            cities: table.cities,
            overall: table.overall,
            sources: citer.finish(),
        })
    }
}

/// The bar chart of the city table, in the table's order.
fn city_chart(title: &str, table: &CityTable) -> Option<BarChart> {
    if table.cities.is_empty() {
        return None;
    }
    let groups = table
        .cities
        .iter()
        .chain(table.overall.iter())
        .map(|r| {
            let values = r
                .medians
                .iter()
                .enumerate()
                .filter_map(|(i, m)| {
                    m.map(|v| Value {
                        series: i,
                        value: v,
                        label: format::money(v),
                    })
                })
                .collect();
            (r.place.clone(), values)
        })
        .collect();
    Some(
        BarChart::new(
            "city-chart",
            format!("Median pay of a {} by city and experience", title.to_lowercase()),
            "Bars show the median annual pay in each city at each level of experience, in the order of the table below."
                .to_string(),
            table
                .levels
                .iter()
                .map(|l| format!("{} experience", experience(*l)))
                .collect(),
            groups,
        )
        .with_caption("The table below gives the same figures with their years and sources."),
    )
}
