//! BLS's current pay tables as CSV, as `pay` shows them on the pages:
//! the nation, by state, in a state's areas and by industry, each row with
//! the release and source of its figures. Headings and words in cells are
//! in the page's language; figures are written the same in every language.

use crate::db::read::tables::{CareerTable, Released};
use crate::db::read::{
    IndustryWages, Occupation, Published, Releases, Source, StatePay, StateWages, Wages,
};
use crate::domain::sources::OEWS;
use crate::web::csv_file::{Csv, source_columns};
use crate::web::format;
use crate::web::i18n::Tr;

/// A figure as BLS publishes it, for a CSV cell: the number, or why there
/// is none ("239200 or more", "not published"), in the language of `tr`.
pub fn published_in(tr: Tr, p: Published, top: Option<i64>) -> String {
    match (p, top) {
        (Published::Value(v), _) => v.to_string(),
        (Published::TopCoded, Some(t)) => tr.t1("pay-csv-or-more", "amount", t.to_string()),
        (Published::NotInThisForm, _) => tr.t("not-published-hourly"),
        _ => tr.t("not-published"),
    }
}

/// An hourly wage in cents as BLS publishes it, for a CSV cell: dollars
/// and cents, or why there is none, in the language of `tr`.
pub fn published_hourly_in(tr: Tr, p: Published, r: &Releases) -> String {
    match p {
        Published::Value(c) => format!("{}.{:02}", c / 100, c % 100),
        Published::TopCoded => tr.t1("pay-csv-or-more", "amount", r.top_coded_hourly.as_str()),
        Published::NotInThisForm => tr.t("not-published-annual"),
        Published::NotReleased => tr.t("not-published"),
    }
}

/// "yes" or "no" in the language of `tr`.
pub fn yes_no_in(tr: Tr, b: bool) -> String {
    tr.t(if b { "pay-csv-yes" } else { "pay-csv-no" })
}

/// The headings of the columns every table ends with.
fn source_heads(tr: Tr) -> [String; 2] {
    [tr.t("pay-csvh-source"), tr.t("pay-csvh-reported-in")]
}

/// The wage columns every current table shares: when and where from.
fn release_columns(tr: Tr, releases: Option<&Releases>, sources: &[Source]) -> [String; 3] {
    let release = releases
        .map(|r| format::release(tr, &r.wages))
        .unwrap_or_default();
    let [src, via] = source_columns(sources, OEWS);
    [release, src, via]
}

/// A percentile's name: "10th percentile".
fn percentile(tr: Tr, n: i64) -> String {
    tr.t1("pay-percentile-head", "nth", format::ordinal(tr, n))
}

/// The national figures of the career's occupation, one measure a row.
pub fn pay(tr: Tr, table: &CareerTable<Option<Occupation>>) -> Csv {
    let [source, reported_in] = source_heads(tr);
    let mut t = Csv::new(&[
        tr.t("pay-csvh-measure"),
        tr.t("pay-csvh-value"),
        tr.t("pay-csvh-unit"),
        tr.t("pay-csvh-released"),
        source,
        reported_in,
    ]);
    let Some(o) = &table.rows else {
        return t;
    };
    let [release, src, via] = release_columns(tr, Some(&o.releases), &table.sources);
    let top = Some(o.releases.top_coded_annual);
    let row = |measure: String, value: String, unit: &str| {
        vec![
            measure,
            value,
            tr.t(unit),
            release.clone(),
            src.clone(),
            via.clone(),
        ]
    };
    if let Some(w) = &o.wages {
        t.rows.push(row(
            tr.t("employment"),
            published_in(tr, w.employment, None),
            "pay-csv-unit-jobs",
        ));
        for (label, p) in [
            percentile(tr, 10),
            percentile(tr, 25),
            tr.t("median"),
            percentile(tr, 75),
            percentile(tr, 90),
        ]
        .into_iter()
        .zip(w.annual)
        {
            t.rows
                .push(row(label, published_in(tr, p, top), "pay-csv-unit-year"));
        }
    }
    t.rows.push(row(
        tr.t("pay-csv-mean"),
        published_in(tr, o.annual_mean, top),
        "pay-csv-unit-year",
    ));
    let hourly = published_hourly_in(tr, o.hourly_median, &o.releases);
    t.rows.push(row(
        tr.t("pay-csv-median-hourly"),
        hourly,
        "pay-csv-unit-hour",
    ));
    t
}

/// A table of wages by place or industry: the two naming columns, then
/// employment and the percentiles at `percentiles` (indexes into the five),
/// then the release and source.
fn wage_table<'a, T>(
    tr: Tr,
    table: &CareerTable<Released<T>>,
    names: [&str; 2],
    percentiles: &[usize],
    rows: impl Iterator<Item = ([String; 2], &'a Wages)>,
) -> Csv {
    let usd = |label: String| tr.t1("pay-csvh-usd", "label", label);
    let labels = [
        usd(percentile(tr, 10)),
        usd(percentile(tr, 25)),
        usd(tr.t("median")),
        usd(percentile(tr, 75)),
        usd(percentile(tr, 90)),
    ];
    let mut header: Vec<String> = vec![tr.t(names[0]), tr.t(names[1]), tr.t("employment")];
    header.extend(percentiles.iter().map(|i| labels[*i].clone()));
    header.push(tr.t("pay-csvh-released"));
    header.extend(source_heads(tr));
    let mut t = Csv::new(&header);
    let releases = table.rows.releases.as_ref();
    let [release, src, via] = release_columns(tr, releases, &table.sources);
    let top = releases.map(|r| r.top_coded_annual);
    for (name, w) in rows {
        let mut row = name.to_vec();
        row.push(published_in(tr, w.employment, None));
        row.extend(
            percentiles
                .iter()
                .map(|i| published_in(tr, w.annual[*i], top)),
        );
        row.extend([release.clone(), src.clone(), via.clone()]);
        t.rows.push(row);
    }
    t
}

/// Every state's wages.
pub fn pay_by_state(tr: Tr, table: &CareerTable<Released<Vec<StateWages>>>) -> Csv {
    let rows = table
        .rows
        .rows
        .iter()
        .map(|s| ([s.state.clone(), s.name.clone()], &s.wages));
    wage_table(
        tr,
        table,
        ["pay-csvh-state", "pay-csvh-name"],
        &[0, 1, 2, 3, 4],
        rows,
    )
}

/// The chosen state and its areas.
pub fn pay_by_area(tr: Tr, table: &CareerTable<Released<Option<StatePay>>>) -> Csv {
    const NAMES: [&str; 2] = ["pay-csvh-area", "pay-csvh-code"];
    let Some(pay) = &table.rows.rows else {
        return wage_table(tr, table, NAMES, &[0, 2, 4], std::iter::empty());
    };
    let state_row = pay
        .wages
        .iter()
        .map(|w| ([pay.name.clone(), pay.code.clone()], w));
    let areas = pay
        .areas
        .iter()
        .map(|a| ([a.name.clone(), a.code.clone()], &a.wages));
    let mut t = wage_table(tr, table, NAMES, &[0, 2, 4], state_row.chain(areas));
    t.suffix = format!("-in-{}", pay.code.to_lowercase());
    t
}

/// The wages in the industries employing the most.
pub fn pay_by_industry(tr: Tr, table: &CareerTable<Released<Vec<IndustryWages>>>) -> Csv {
    let rows = table
        .rows
        .rows
        .iter()
        .map(|i| ([i.title.clone(), i.naics.clone()], &i.wages));
    wage_table(
        tr,
        table,
        ["pay-csvh-industry", "pay-csvh-naics"],
        &[0, 2, 4],
        rows,
    )
}
