//! The hand-written pay tables of the salary page as CSV: percentiles,
//! median pay by industry, by city (as `city_table` pivots and sorts it)
//! and by year, each figure with its year and source. Headings and words
//! in cells are in the page's language; figures are written the same in
//! every language.

use crate::db::read::tables::CareerTable;
use crate::db::read::{FigureDate, SalaryByCity, SalaryByIndustry, SalaryMedian, SalaryPercentile};
use crate::web::csv_file::{Csv, opt, source_columns};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::params::{CitySort, SortKey};
use crate::web::views::city_table::{CityTable, experience_in};
use crate::web::views::pay_csv::yes_no_in;

/// When a figure dates from: the source's words ("May 2018", in the
/// language of `tr`) or the year.
fn when_in(tr: Tr, d: &FigureDate) -> String {
    match &d.period {
        Some(p) => format::release(tr, p),
        None => d.year.to_string(),
    }
}

/// When a figure dates from, and whether the year is estimated.
fn date_columns_in(tr: Tr, d: &FigureDate) -> [String; 2] {
    [when_in(tr, d), yes_no_in(tr, d.estimated)]
}

/// The headings of `ids`.
fn heads(tr: Tr, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| tr.t(id)).collect()
}

/// Pay percentiles.
pub fn percentiles(tr: Tr, table: &CareerTable<Vec<SalaryPercentile>>) -> Csv {
    let mut t = Csv::new(&heads(
        tr,
        &[
            "pay-csvh-percentile",
            "pay-csvh-annual",
            "pay-csvh-year",
            "pay-csvh-year-estimated",
            "pay-csvh-source",
            "pay-csvh-reported-in",
        ],
    ));
    for p in &table.rows {
        let [year, est] = date_columns_in(tr, &p.date);
        let [src, via] = source_columns(&table.sources, &p.source);
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

/// Median pay by industry.
pub fn by_industry(tr: Tr, table: &CareerTable<Vec<SalaryByIndustry>>) -> Csv {
    let mut t = Csv::new(&heads(
        tr,
        &[
            "pay-csvh-industry",
            "pay-csvh-median-annual",
            "pay-csvh-year",
            "pay-csvh-year-estimated",
            "pay-csvh-source",
            "pay-csvh-reported-in",
        ],
    ));
    for i in &table.rows {
        let [year, est] = date_columns_in(tr, &i.date);
        let [src, via] = source_columns(&table.sources, &i.source);
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

/// Median pay in different years.
pub fn medians(tr: Tr, table: &CareerTable<Vec<SalaryMedian>>) -> Csv {
    let mut t = Csv::new(&heads(
        tr,
        &[
            "pay-csvh-year",
            "pay-csvh-median-annual",
            "pay-csvh-employed",
            "pay-csvh-covered",
            "pay-csvh-year-estimated",
            "pay-csvh-source",
            "pay-csvh-reported-in",
        ],
    ));
    for m in &table.rows {
        let [year, est] = date_columns_in(tr, &m.date);
        let [src, via] = source_columns(&table.sources, &m.source);
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
pub fn by_city(tr: Tr, table: &CareerTable<Vec<SalaryByCity>>, sort: &SortKey) -> AppResult<Csv> {
    let sources = &table.sources;
    let cities = CityTable::new(&table.rows, sort, &mut Citer::new(tr.lang, sources))?;
    let mut header = vec![tr.t("pay-csvh-place")];
    header.extend(
        cities
            .levels
            .iter()
            .map(|l| tr.t1("pay-csvh-median-at", "years", experience_in(tr, *l))),
    );
    if cities.has_rise() {
        header.push(tr.t("pay-csvh-rise"));
    }
    header.extend(heads(
        tr,
        &[
            "pay-csvh-year",
            "pay-csvh-year-estimated",
            "pay-csvh-source",
            "pay-csvh-reported-in",
        ],
    ));
    let mut t = Csv::new(&header);
    for r in cities.cities.iter().chain(cities.overall.iter()) {
        let mut row = vec![r.place.clone()];
        row.extend(r.medians.iter().map(|m| opt(*m)));
        if cities.has_rise() {
            row.push(opt(r.rise_value()));
        }
        let cited: Vec<[String; 2]> = r
            .source_ids
            .iter()
            .map(|id| source_columns(sources, id))
            .collect();
        row.push(
            r.dates
                .iter()
                .map(|d| when_in(tr, d))
                .collect::<Vec<_>>()
                .join(", "),
        );
        row.push(yes_no_in(tr, r.estimated));
        row.push(
            cited
                .iter()
                .map(|[p, _]| p.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        row.push(
            cited
                .iter()
                .map(|[_, v]| v.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        t.rows.push(row);
    }
    if cities.sort != CitySort::City {
        t.suffix = format!("-sorted-by-{}", cities.sort.key());
    }
    Ok(t)
}
