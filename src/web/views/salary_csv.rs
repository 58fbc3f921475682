//! The hand-written pay tables of the salary page as CSV: percentiles,
//! median pay by industry, by city (as `city_table` pivots and sorts it)
//! and by year, each figure with its year and source.

use crate::db::read::tables::CareerTable;
use crate::db::read::{SalaryByCity, SalaryByIndustry, SalaryMedian, SalaryPercentile};
use crate::domain::Lang;
use crate::web::csv_file::{Csv, date_columns, opt, source_columns, when, yes_no};
use crate::web::error::AppResult;
use crate::web::page::Citer;
use crate::web::params::{CitySort, SortKey};
use crate::web::views::city_table::{CityTable, experience};

/// Pay percentiles.
pub fn percentiles(table: &CareerTable<Vec<SalaryPercentile>>) -> Csv {
    let mut t = Csv::new(&[
        "Percentile",
        "Annual pay (USD)",
        "Year",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for p in &table.rows {
        let [year, est] = date_columns(&p.date);
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
pub fn by_industry(table: &CareerTable<Vec<SalaryByIndustry>>) -> Csv {
    let mut t = Csv::new(&[
        "Industry",
        "Median annual pay (USD)",
        "Year",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for i in &table.rows {
        let [year, est] = date_columns(&i.date);
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
pub fn medians(table: &CareerTable<Vec<SalaryMedian>>) -> Csv {
    let mut t = Csv::new(&[
        "Year",
        "Median annual pay (USD)",
        "People employed",
        "Workers covered",
        "Year estimated",
        "Source",
        "Reported in",
    ]);
    for m in &table.rows {
        let [year, est] = date_columns(&m.date);
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
pub fn by_city(table: &CareerTable<Vec<SalaryByCity>>, sort: &SortKey) -> AppResult<Csv> {
    let sources = &table.sources;
    let cities = CityTable::new(&table.rows, sort, &mut Citer::new(Lang::En, sources))?;
    let mut header = vec!["Place".to_string()];
    header.extend(
        cities
            .levels
            .iter()
            .map(|l| format!("Median at {} (USD)", experience(*l))),
    );
    if cities.has_rise() {
        header.push("Rise (USD)".to_string());
    }
    header.extend(["Year", "Year estimated", "Source", "Reported in"].map(String::from));
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
        row.push(r.dates.iter().map(when).collect::<Vec<_>>().join(", "));
        row.push(yes_no(r.estimated));
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
