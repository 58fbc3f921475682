//! The training page's tables as CSV: O*NET's levels of education, the
//! certifications and the schools (filtered by town as on the page), with
//! their column headings in the language of the page they are downloaded
//! from.

use crate::db::read::tables::CareerTable;
use crate::db::read::{Certification, EducationShareRow, School, TownFilter};
use crate::domain::Lang;
use crate::domain::sources::ONET;
use crate::web::csv_file::{Csv, source_columns};
use crate::web::i18n::Tr;
use crate::web::views::education::level_name;

/// Column headings, each a message.
fn header(tr: Tr, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| tr.t(id)).collect()
}

/// "yes" or "no", in `tr`'s language.
fn yes_no(tr: Tr, b: bool) -> String {
    tr.t(if b { "tr-csv-yes" } else { "tr-csv-no" })
}

/// O*NET's shares of workers by level of education, in English.
pub fn education_levels(table: &CareerTable<Vec<EducationShareRow>>) -> Csv {
    education_levels_in(Lang::En, table)
}

/// O*NET's shares of workers by level of education, in `lang`.
pub fn education_levels_in(lang: Lang, table: &CareerTable<Vec<EducationShareRow>>) -> Csv {
    let tr = Tr::new(lang);
    let mut t = Csv::new(&header(
        tr,
        &[
            "tr-csv-level",
            "tr-csv-share",
            "tr-csv-low-precision",
            "tr-csv-onet-occupation",
            "tr-csv-rated",
            "tr-csv-source",
            "tr-csv-reported-in",
        ],
    ));
    let [src, via] = source_columns(&table.sources, ONET);
    for e in &table.rows {
        t.rows.push(vec![
            level_name(tr, e),
            e.percent.clone(),
            yes_no(tr, e.suppress),
            e.onet_code.clone(),
            e.date.clone(),
            src.clone(),
            via.clone(),
        ]);
    }
    t
}

/// The certifications and who awards them, in English.
pub fn certifications(table: &CareerTable<Vec<Certification>>) -> Csv {
    certifications_in(Lang::En, table)
}

/// The certifications and who awards them, in `lang`.
pub fn certifications_in(lang: Lang, table: &CareerTable<Vec<Certification>>) -> Csv {
    let tr = Tr::new(lang);
    let mut t = Csv::new(&header(
        tr,
        &[
            "tr-csv-credential",
            "tr-csv-abbreviation",
            "tr-csv-awarded-by",
            "tr-csv-body-name",
            "tr-csv-source",
            "tr-csv-reported-in",
        ],
    ));
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

/// The schools, filtered by town as on the page, in English.
pub fn schools(table: &CareerTable<(Vec<School>, TownFilter)>) -> Csv {
    schools_in(Lang::En, table)
}

/// The schools, filtered by town as on the page, in `lang`.
pub fn schools_in(lang: Lang, table: &CareerTable<(Vec<School>, TownFilter)>) -> Csv {
    let tr = Tr::new(lang);
    let mut t = Csv::new(&header(
        tr,
        &[
            "tr-csv-school",
            "tr-csv-town",
            "tr-csv-state",
            "tr-csv-source",
            "tr-csv-reported-in",
            "tr-csv-scorecard-institution",
            "tr-csv-unit-id",
            "tr-csv-now-part-of",
        ],
    ));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn levels() -> CareerTable<Vec<EducationShareRow>> {
        CareerTable {
            rows: vec![EducationShareRow {
                category: 2,
                label: "High School Diploma - or the equivalent (for example, GED)".to_string(),
                percent: "4.46".to_string(),
                suppress: true,
                onet_code: "11-1011.00".to_string(),
                date: "2023-08".to_string(),
            }],
            sources: Vec::new(),
        }
    }

    #[test]
    fn headings_and_words_follow_the_language() {
        let en = education_levels(&levels());
        assert_eq!(en.header[0], "Level of education");
        assert_eq!(
            en.rows[0][..3],
            [
                "High School Diploma - or the equivalent (for example, GED)",
                "4.46",
                "yes"
            ]
        );
        let es = education_levels_in(Lang::Es, &levels());
        assert_eq!(es.header[0], "Nivel de educación");
        assert!(es.rows[0][0].starts_with("Diploma de escuela secundaria"));
        assert_eq!(es.rows[0][2], "sí");
    }
}
