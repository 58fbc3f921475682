//! BLS's current pay tables as CSV, as `pay` shows them on the pages:
//! the nation, by state, in a state's areas and by industry, each row with
//! the release and source of its figures.

use crate::db::read::tables::{CareerTable, Released};
use crate::db::read::{IndustryWages, Occupation, Releases, Source, StatePay, StateWages, Wages};
use crate::domain::sources::OEWS;
use crate::web::csv_file::{Csv, published, published_hourly, source_columns};

/// The wage columns every current table shares: when and where from.
fn release_columns(releases: Option<&Releases>, sources: &[Source]) -> [String; 3] {
    let release = releases.map(|r| r.wages.clone()).unwrap_or_default();
    let [src, via] = source_columns(sources, OEWS);
    [release, src, via]
}

/// The national figures of the career's occupation, one measure a row.
pub fn pay(table: &CareerTable<Option<Occupation>>) -> Csv {
    let mut t = Csv::new(&[
        "Measure",
        "Value",
        "Unit",
        "Released",
        "Source",
        "Reported in",
    ]);
    let Some(o) = &table.rows else {
        return t;
    };
    let [release, src, via] = release_columns(Some(&o.releases), &table.sources);
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
fn wage_table<'a, T>(
    table: &CareerTable<Released<T>>,
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
    let releases = table.rows.releases.as_ref();
    let [release, src, via] = release_columns(releases, &table.sources);
    let top = releases.map(|r| r.top_coded_annual);
    for (name, w) in rows {
        let mut row = name.to_vec();
        row.push(published(w.employment, None));
        row.extend(percentiles.iter().map(|i| published(w.annual[*i], top)));
        row.extend([release.clone(), src.clone(), via.clone()]);
        t.rows.push(row);
    }
    t
}

/// Every state's wages.
pub fn pay_by_state(table: &CareerTable<Released<Vec<StateWages>>>) -> Csv {
    let rows = table
        .rows
        .rows
        .iter()
        .map(|s| ([s.state.clone(), s.name.clone()], &s.wages));
    wage_table(table, ["State", "Name"], &[0, 1, 2, 3, 4], rows)
}

/// The chosen state and its areas.
pub fn pay_by_area(table: &CareerTable<Released<Option<StatePay>>>) -> Csv {
    let Some(pay) = &table.rows.rows else {
        return wage_table(table, ["Area", "Code"], &[0, 2, 4], std::iter::empty());
    };
    let state_row = pay
        .wages
        .iter()
        .map(|w| ([pay.name.clone(), pay.code.clone()], w));
    let areas = pay
        .areas
        .iter()
        .map(|a| ([a.name.clone(), a.code.clone()], &a.wages));
    let mut t = wage_table(table, ["Area", "Code"], &[0, 2, 4], state_row.chain(areas));
    t.suffix = format!("-in-{}", pay.code.to_lowercase());
    t
}

/// The wages in the industries employing the most.
pub fn pay_by_industry(table: &CareerTable<Released<Vec<IndustryWages>>>) -> Csv {
    let rows = table
        .rows
        .rows
        .iter()
        .map(|i| ([i.title.clone(), i.naics.clone()], &i.wages));
    wage_table(table, ["Industry", "NAICS"], &[0, 2, 4], rows)
}
