//! The salary-by-city table: figures per city and years of experience,
//! pivoted into one row per place with a column per level, sorted as
//! asked. The salary page and its CSV download both show it.

use std::collections::BTreeSet;

use crate::db::read::{FigureDate, SalaryByCity};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::params::{CitySort, SortKey};

/// What the row of figures across all locations is called.
pub const ALL_LOCATIONS: &str = "All locations (overall)";

/// A place: `Seattle, Washington`, or all locations.
pub fn place_label(city: Option<&str>, state: Option<&str>) -> String {
    match (city, state) {
        (Some(c), Some(s)) => format!("{c}, {s}"),
        (Some(c), None) => c.to_string(),
        _ => ALL_LOCATIONS.to_string(),
    }
}

/// The same in the language of `tr` ("Todos los lugares (en general)").
pub fn place_label_in(tr: Tr, city: Option<&str>, state: Option<&str>) -> String {
    match (city, state) {
        (None, _) => tr.t("pay-all-locations"),
        _ => place_label(city, state),
    }
}

/// `1 year`, `5 years`.
pub fn experience(n: i64) -> String {
    if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    }
}

/// The same in the language of `tr` ("1 año", "5 años").
pub fn experience_in(tr: Tr, n: i64) -> String {
    tr.t1("pay-years", "n", n)
}

/// A row of the table.
#[derive(Debug, Clone)]
pub struct CityRow {
    /// `Seattle, Washington` or [`ALL_LOCATIONS`].
    pub place: String,
    /// Median at each experience level; `None` where not given.
    pub medians: Vec<Option<i64>>,
    /// The same, formatted.
    pub cells: Vec<Option<String>>,
    /// Rise from the first to the last level, formatted.
    pub rise: Option<String>,
    /// Rise in per cent of the first level.
    pub rise_percent: Option<String>,
    /// The dates of the row's figures, without repeats.
    pub dates: Vec<FigureDate>,
    /// The same in words, e.g. `c. 2019`.
    pub when: String,
    /// True when a source does not print the year.
    pub estimated: bool,
    /// Ids of the sources of the row's figures, without repeats.
    pub source_ids: Vec<String>,
    /// Their numbers on the page.
    pub cites: Vec<usize>,
}

impl CityRow {
    /// Rise from the first to the last experience level, where both exist.
    pub fn rise_value(&self) -> Option<i64> {
        match (self.medians.first(), self.medians.last()) {
            (Some(Some(a)), Some(Some(b))) if self.medians.len() > 1 => Some(b - a),
            _ => None,
        }
    }
}

/// The table, pivoted and sorted.
#[derive(Debug, Clone)]
pub struct CityTable {
    /// The experience levels, in years, in column order.
    pub levels: Vec<i64>,
    /// One row per city, sorted.
    pub cities: Vec<CityRow>,
    /// The row across all locations, if the source gives one.
    pub overall: Option<CityRow>,
    /// The order of `cities`.
    pub sort: CitySort,
}

impl CityTable {
    /// Pivots `figures` and sorts the cities as `sort` asks, citing
    /// sources with `citer`. A sort this table cannot do (a level of
    /// experience the figures do not have) is a 400 that lists the ways it
    /// can be sorted.
    pub fn new(figures: &[SalaryByCity], sort: &SortKey, citer: &mut Citer) -> AppResult<Self> {
        let levels: Vec<i64> = figures
            .iter()
            .map(|c| c.experience_years)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let sort = sort.resolve(&sorts(&levels))?;
        let mut places: Vec<(Option<&str>, Option<&str>)> = Vec::new();
        for f in figures {
            let place = (f.city.as_deref(), f.state.as_deref());
            if !places.contains(&place) {
                places.push(place);
            }
        }
        let mut cities = Vec::new();
        let mut overall = None;
        for (city, state) in places {
            let of_place: Vec<&SalaryByCity> = figures
                .iter()
                .filter(|f| f.city.as_deref() == city && f.state.as_deref() == state)
                .collect();
            let row = row(
                place_label_in(citer.tr(), city, state),
                &of_place,
                &levels,
                citer,
            );
            if city.is_none() {
                overall = Some(row);
            } else {
                cities.push(row);
            }
        }
        sort_rows(&mut cities, sort, &levels);
        Ok(Self {
            levels,
            cities,
            overall,
            sort,
        })
    }

    /// True when the table has a rise column (more than one level).
    pub fn has_rise(&self) -> bool {
        self.levels.len() > 1
    }

    /// The order of the rows, in words.
    pub fn sort_label(&self, tr: Tr) -> String {
        match self.sort {
            CitySort::City => tr.t("pay-sort-city"),
            CitySort::Years(n) => tr.t1("pay-sort-years", "years", experience_in(tr, n)),
            CitySort::Rise => tr.t("pay-sort-rise"),
        }
    }

    /// The ways this table can be sorted, as `?sort=` values.
    pub fn sorts(&self) -> Vec<CitySort> {
        sorts(&self.levels)
    }
}

fn sorts(levels: &[i64]) -> Vec<CitySort> {
    let mut out = vec![CitySort::City];
    out.extend(levels.iter().map(|n| CitySort::Years(*n)));
    if levels.len() > 1 {
        out.push(CitySort::Rise);
    }
    out
}

/// One place's row from its figures.
fn row(place: String, figures: &[&SalaryByCity], levels: &[i64], citer: &mut Citer) -> CityRow {
    let medians: Vec<Option<i64>> = levels
        .iter()
        .map(|l| {
            figures
                .iter()
                .find(|f| f.experience_years == *l)
                .map(|f| f.median)
        })
        .collect();
    let mut dates: Vec<FigureDate> = Vec::new();
    let mut source_ids: Vec<String> = Vec::new();
    let mut cites = Vec::new();
    for f in figures {
        if !dates.contains(&f.date) {
            dates.push(f.date.clone());
        }
        if !source_ids.contains(&f.source) {
            source_ids.push(f.source.clone());
            cites.push(citer.cite(&f.source));
        }
    }
    cites.dedup();
    let mut row = CityRow {
        place,
        cells: medians.iter().map(|m| m.map(format::money)).collect(),
        medians,
        rise: None,
        rise_percent: None,
        when: dates
            .iter()
            .map(|d| format::date(citer.tr(), d))
            .collect::<Vec<_>>()
            .join(", "),
        estimated: dates.iter().any(|d| d.estimated),
        dates,
        source_ids,
        cites,
    };
    if let (Some(rise), Some(Some(first))) = (row.rise_value(), row.medians.first()) {
        row.rise = Some(if rise >= 0 {
            format!("+{}", format::money(rise))
        } else {
            format::money(rise)
        });
        if *first > 0 {
            let pct = (rise * 1000 / first + if rise >= 0 { 5 } else { -5 }) / 10;
            row.rise_percent = Some(format::signed_percent(pct));
        }
    }
    row
}

/// Sorts rows in the given order (ties by place).
fn sort_rows(rows: &mut [CityRow], sort: CitySort, levels: &[i64]) {
    match sort {
        CitySort::City => rows.sort_by(|a, b| a.place.cmp(&b.place)),
        CitySort::Years(n) => {
            let i = levels.iter().position(|l| *l == n).unwrap_or(0);
            rows.sort_by(|a, b| {
                let va = a.medians.get(i).copied().flatten();
                let vb = b.medians.get(i).copied().flatten();
                vb.cmp(&va).then_with(|| a.place.cmp(&b.place))
            });
        }
        CitySort::Rise => rows.sort_by(|a, b| {
            b.rise_value()
                .cmp(&a.rise_value())
                .then_with(|| a.place.cmp(&b.place))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    fn figure(
        city: Option<&str>,
        years: i64,
        median: i64,
        year: i64,
        estimated: bool,
    ) -> SalaryByCity {
        SalaryByCity {
            city: city.map(str::to_string),
            state: city.map(|_| "Somewhere".to_string()),
            experience_years: years,
            median,
            date: FigureDate {
                year,
                period: None,
                estimated,
            },
            source: "src".to_string(),
        }
    }

    #[test]
    fn pivots_sorts_and_keeps_every_date() {
        let figures = [
            figure(Some("Bravo"), 1, 40_000, 2019, true),
            figure(Some("Bravo"), 5, 50_000, 2020, true),
            figure(Some("Alpha"), 1, 45_000, 2019, false),
            figure(None, 1, 41_000, 2019, false),
        ];
        let mut citer = Citer::new(Lang::En, &[]);
        let key = |k: &str| SortKey::from(k.to_string());
        let t = CityTable::new(&figures, &key("1y"), &mut citer).expect("sorts");
        assert_eq!(t.levels, [1, 5]);
        assert_eq!(t.cities[0].place, "Alpha, Somewhere");
        assert_eq!(t.cities[1].when, "c. 2019, c. 2020");
        assert_eq!(t.cities[1].dates.len(), 2);
        assert_eq!(t.cities[1].rise.as_deref(), Some("+$10,000"));
        assert_eq!(
            t.overall.as_ref().map(|r| r.place.as_str()),
            Some(ALL_LOCATIONS)
        );
        let t = CityTable::new(&figures, &key("rise"), &mut citer).expect("sorts");
        assert_eq!(t.sort, CitySort::Rise);
        assert_eq!(t.cities[0].place, "Bravo, Somewhere");
    }

    #[test]
    fn a_sort_the_table_cannot_do_lists_the_ones_it_can() {
        let key = |k: &str| SortKey::from(k.to_string());
        let figures = [
            figure(Some("A"), 1, 1, 2019, false),
            figure(Some("A"), 5, 2, 2019, false),
        ];
        match CityTable::new(&figures, &key("3y"), &mut Citer::new(Lang::En, &[])) {
            Err(crate::web::error::AppError::BadParam { name, message }) => {
                assert_eq!(name, "sort");
                assert!(message.contains("city, 1y, 5y, rise"), "{message}");
            }
            other => panic!("expected a bad parameter, got {other:?}"),
        }
        let one_level = [figure(Some("A"), 1, 1, 2019, false)];
        assert!(CityTable::new(&one_level, &key("rise"), &mut Citer::new(Lang::En, &[])).is_err());
    }
}
