//! The training page's tables as CSV: O*NET's levels of education, the
//! certifications and the schools (filtered by town as on the page).

use crate::db::read::tables::CareerTable;
use crate::db::read::{Certification, EducationShareRow, School, TownFilter};
use crate::domain::sources::ONET;
use crate::web::csv_file::{Csv, source_columns, yes_no};

/// O*NET's shares of workers by level of education.
pub fn education_levels(table: &CareerTable<Vec<EducationShareRow>>) -> Csv {
    let mut t = Csv::new(&[
        "Level of education",
        "Share of workers (%)",
        "Low precision",
        "O*NET occupation",
        "Rated",
        "Source",
        "Reported in",
    ]);
    let [src, via] = source_columns(&table.sources, ONET);
    for e in &table.rows {
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

/// The certifications and who awards them.
pub fn certifications(table: &CareerTable<Vec<Certification>>) -> Csv {
    let mut t = Csv::new(&[
        "Credential",
        "Abbreviation",
        "Awarded by",
        "Body name",
        "Source",
        "Reported in",
    ]);
    for c in &table.rows {
        let [src, via] = source_columns(&table.sources, &c.source);
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
pub fn schools(table: &CareerTable<(Vec<School>, TownFilter)>) -> Csv {
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
    let (schools, town_filter) = &table.rows;
    for s in schools {
        let [src, via] = source_columns(&table.sources, &s.source);
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
    if let TownFilter::Town(town) = town_filter {
        t.suffix = format!("-in-{}", slug::slugify(town));
    }
    t
}
