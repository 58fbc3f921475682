//! A career's College Scorecard programs as CSV, every page of the list
//! that `programs` shows.

use crate::db::read::{Credential, Programs};
use crate::web::csv_file::{Csv, opt};

/// A career's programs, every page, with each figure as published or
/// "not published".
pub fn programs(list: &Programs, state: Option<&str>, credential: Option<Credential>) -> Csv {
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
