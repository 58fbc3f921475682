//! The outlook page's projections as CSV, its headings in the page's
//! language.

use crate::db::read::tables::CareerTable;
use crate::db::read::{Occupation, Projection};
use crate::domain::sources::PROJECTIONS;
use crate::web::csv_file::{Csv, opt, percent, source_columns};
use crate::web::i18n::Tr;

/// Every projection, the current one first (its growth with the one
/// decimal BLS prints, and its openings a year), from the career's
/// occupation and its hand-written projections.
pub fn outlook(tr: Tr, table: &CareerTable<(Option<Occupation>, Vec<Projection>)>) -> Csv {
    let header: Vec<String> = [
        "pay-csvh-start-year",
        "pay-csvh-end-year",
        "pay-csvh-growth",
        "pay-csvh-pace",
        "pay-csvh-start",
        "pay-csvh-end",
        "pay-csvh-new-jobs",
        "pay-csvh-openings",
        "pay-csvh-projected",
        "pay-csvh-source",
        "pay-csvh-reported-in",
    ]
    .iter()
    .map(|id| tr.t(id))
    .collect();
    let mut t = Csv::new(&header);
    let (occupation, projections) = &table.rows;
    if let Some(o) = occupation {
        let [src, via] = source_columns(&table.sources, PROJECTIONS);
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
    for p in projections {
        let [src, via] = source_columns(&table.sources, &p.source);
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
