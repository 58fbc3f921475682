//! A career's College Scorecard programs as CSV, every page of the list
//! that `programs` shows, with its column headings in the language of the
//! page it is downloaded from.

use crate::db::read::{Credential, Programs};
use crate::domain::Lang;
use crate::web::csv_file::{Csv, opt};
use crate::web::i18n::Tr;
use crate::web::views::programs::credential_name;

/// A career's programs, every page, with each figure as published or
/// "not published", in English.
pub fn programs(list: &Programs, state: Option<&str>, credential: Option<Credential>) -> Csv {
    programs_in(Lang::En, list, state, credential)
}

/// The same, in `lang`.
pub fn programs_in(
    lang: Lang,
    list: &Programs,
    state: Option<&str>,
    credential: Option<Credential>,
) -> Csv {
    let tr = Tr::new(lang);
    let header: Vec<String> = [
        "tr-csv-institution",
        "tr-csv-unit-id",
        "tr-csv-state",
        "tr-csv-cip",
        "tr-csv-field",
        "tr-csv-credential",
        "tr-csv-completers",
        "tr-csv-earnings",
        "tr-csv-horizon",
        "tr-csv-debt",
        "tr-csv-source",
    ]
    .iter()
    .map(|id| tr.t(id))
    .collect();
    let mut t = Csv::new(&header);
    let not_published = tr.t("not-published");
    let withheld = |n: Option<i64>| n.map_or_else(|| not_published.clone(), |n| n.to_string());
    let source = tr.t("tr-csv-scorecard-source");
    for r in &list.rows {
        let f = &r.figures;
        t.rows.push(vec![
            r.institution.clone(),
            r.unitid.clone(),
            r.state.clone(),
            format!("{}.{}", &f.cip4[..2], &f.cip4[2..]),
            f.field.clone(),
            credential_name(tr, f.credential),
            withheld(f.completers),
            withheld(f.earnings),
            opt(f.horizon),
            withheld(f.debt),
            source.clone(),
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
