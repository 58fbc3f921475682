//! The salary page's tables: national pay, pay by state with its map and
//! sort links, pay by industry, the hand-written tables and the city
//! table with its chart.

use crate::db::read::{Occupation, Published, Salary, StateWages};
use crate::web::chart::{BarChart, Value};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::{Citer, Figure};
use crate::web::params::{CitySort, SortKey, StateOrder};
use crate::web::urls::CareerUrls;
use crate::web::views::city_table::{CityTable, experience_in};
use crate::web::views::pay::{PlaceRow, TileMap};

/// The states, the District of Columbia and the three territories OEWS
/// publishes (Guam, Puerto Rico, the U.S. Virgin Islands).
const US_STATES: usize = 54;

/// A row of the percentile table.
#[derive(Debug, Clone)]
pub struct PercentileRow {
    /// `10th percentile`, `Median (50th percentile)`.
    pub label: String,
    /// What it means, in words.
    pub meaning: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of a simple labelled-figure table.
#[derive(Debug, Clone)]
pub struct LabelledFigure {
    /// Row heading.
    pub label: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of the medians-by-year table.
#[derive(Debug, Clone)]
pub struct MedianRow {
    /// The figure.
    pub figure: Figure,
    /// Number employed, formatted.
    pub employment: Option<String>,
    /// Who it covers.
    pub scope: String,
}

/// A sortable column heading of the city table.
#[derive(Debug, Clone)]
pub struct SortLink {
    /// Heading text.
    pub label: String,
    /// Link that sorts by this column.
    pub href: String,
    /// `ascending`/`descending` when the table is sorted by it.
    pub aria_sort: Option<&'static str>,
}

/// A row of the current national pay table.
#[derive(Debug, Clone)]
pub struct PayRow {
    /// `10th percentile`, `Mean (average)`.
    pub label: String,
    /// What it means, in words.
    pub meaning: String,
    /// The annual figure, as published.
    pub value: String,
}

/// A percentile in words: its label and what it means.
pub fn percentile_words(tr: Tr, p: i64) -> (String, String) {
    if p == 50 {
        (tr.t("percentile-median"), tr.t("percentile-median-meaning"))
    } else if p < 50 {
        (
            tr.t1("percentile-nth", "nth", format::ordinal(tr, p)),
            tr.t1("percentile-below", "percent", p),
        )
    } else {
        (
            tr.t1("percentile-nth", "nth", format::ordinal(tr, p)),
            tr.t1("percentile-above", "percent", 100 - p),
        )
    }
}

/// The current national pay table.
pub fn pay_rows(tr: Tr, o: &Occupation) -> Vec<PayRow> {
    let Some(w) = &o.wages else {
        return Vec::new();
    };
    let r = &o.releases;
    let mut rows: Vec<PayRow> = [10, 25, 50, 75, 90]
        .into_iter()
        .zip(w.annual)
        .map(|(p, value)| {
            let (label, meaning) = percentile_words(tr, p);
            PayRow {
                label,
                meaning,
                value: format::annual_wage(tr, value, r),
            }
        })
        .collect();
    rows.push(PayRow {
        label: tr.t("pay-mean"),
        meaning: tr.t("pay-mean-meaning"),
        value: format::annual_wage(tr, o.annual_mean, r),
    });
    rows.push(PayRow {
        label: tr.t("pay-hourly-median"),
        meaning: tr.t("pay-hourly-median-meaning"),
        value: format::hourly_wage(tr, o.hourly_median, r),
    });
    rows
}

/// States (and territories) in `order`: by name, or highest first with
/// unpublished figures last.
pub fn order_states(states: &mut [StateWages], order: StateOrder) {
    let key = |s: &StateWages| match order {
        StateOrder::Name => None,
        StateOrder::Median => Some(match s.wages.annual[2] {
            Published::TopCoded => i64::MAX,
            p => p.value().unwrap_or(-1),
        }),
        StateOrder::Employment => Some(s.wages.employment.value().unwrap_or(-1)),
    };
    states.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.name.cmp(&b.name)));
}

/// Pay by state: the table in the asked order, its sortable headings and
/// the map.
#[derive(Debug, Clone)]
pub struct StateTable {
    /// Current pay by state, in the asked order.
    pub rows: Vec<PlaceRow>,
    /// The map of states shaded by median pay.
    pub map: Option<TileMap>,
    /// Headings of the table that sort it.
    pub heads: Vec<SortLink>,
    /// How many states and territories publish nothing for the career.
    pub missing: usize,
}

impl StateTable {
    /// The states of `data` in `order`, their links on `urls`.
    pub fn new(data: &Salary, order: StateOrder, urls: &CareerUrls, chosen: Option<&str>) -> Self {
        let tr = Tr::new(urls.lang());
        let releases = data.occupation.as_ref().map(|o| &o.releases);
        let mut states = data.states.clone();
        order_states(&mut states, order);
        let rows = releases
            .map(|r| {
                states
                    .iter()
                    .map(|s| PlaceRow::new(tr, &s.name, &s.wages, r))
                    .collect()
            })
            .unwrap_or_default();
        let heads = StateOrder::ALL
            .into_iter()
            .map(|o| SortLink {
                label: tr.t(match o {
                    StateOrder::Name => "pay-col-state",
                    StateOrder::Employment => "employment",
                    StateOrder::Median => "median",
                }),
                href: urls.state_table(o),
                aria_sort: (o == order).then_some(if o == StateOrder::Name {
                    "ascending"
                } else {
                    "descending"
                }),
            })
            .collect();
        let has_wages = data.occupation.as_ref().is_some_and(|o| o.wages.is_some());
        Self {
            rows,
            map: releases.and_then(|r| TileMap::new(&data.states, r, urls, chosen)),
            heads,
            missing: if has_wages {
                US_STATES.saturating_sub(data.states.len())
            } else {
                0
            },
        }
    }
}

/// Current pay in the industries employing the most.
pub fn industry_pay(tr: Tr, data: &Salary) -> Vec<PlaceRow> {
    data.occupation
        .as_ref()
        .map(|o| {
            data.industry_wages
                .iter()
                .map(|i| PlaceRow::new(tr, &i.title, &i.wages, &o.releases))
                .collect()
        })
        .unwrap_or_default()
}

/// A hand-written career's own pay tables.
#[derive(Debug, Clone)]
pub struct OwnPay {
    /// Percentiles.
    pub percentiles: Vec<PercentileRow>,
    /// Medians by industry, highest first.
    pub industries: Vec<LabelledFigure>,
    /// Medians from different years, newest first.
    pub medians: Vec<MedianRow>,
}

impl OwnPay {
    /// The tables of `data`, citing percentiles, industries and medians in
    /// that order.
    pub fn new(data: &Salary, citer: &mut Citer) -> Self {
        let percentiles = data
            .percentiles
            .iter()
            .map(|p| {
                let (label, meaning) = percentile_words(citer.tr(), p.percentile);
                PercentileRow {
                    label,
                    meaning,
                    figure: Figure::new(format::money(p.amount), &p.date, &p.source, citer),
                }
            })
            .collect();
        let industries = data
            .industries
            .iter()
            .map(|i| LabelledFigure {
                label: i.industry.clone(),
                figure: Figure::new(format::money(i.median), &i.date, &i.source, citer),
            })
            .collect();
        let medians = data
            .medians
            .iter()
            .map(|m| MedianRow {
                figure: Figure::new(format::money(m.median), &m.date, &m.source, citer),
                employment: m.employment.map(format::number),
                scope: m.scope.clone(),
            })
            .collect();
        Self {
            percentiles,
            industries,
            medians,
        }
    }
}

/// The city table with its sortable headings and chart.
#[derive(Debug, Clone)]
pub struct CitySection {
    /// The table, sorted.
    pub table: CityTable,
    /// Heading links: place, one per level, rise.
    pub heads: Vec<SortLink>,
    /// Chart of the table.
    pub chart: Option<BarChart>,
}

impl CitySection {
    /// The cities of `data` sorted as `sort` asks, for a career `title`
    /// whose workers are `people` (in the plural).
    pub fn new(
        data: &Salary,
        sort: &SortKey,
        (title, people): (&str, &str),
        urls: &CareerUrls,
        citer: &mut Citer,
    ) -> AppResult<Self> {
        let tr = citer.tr();
        let table = CityTable::new(&data.cities, sort, citer)?;
        let sort = table.sort;
        let heads = table
            .sorts()
            .into_iter()
            .map(|s| SortLink {
                label: match s {
                    CitySort::City => tr.t("pay-col-city"),
                    CitySort::Years(n) => {
                        tr.t1("pay-col-experience", "years", experience_in(tr, n))
                    }
                    CitySort::Rise => tr.t("pay-col-rise"),
                },
                href: urls.city_table_sorted(s),
                aria_sort: (s == sort).then_some(if s == CitySort::City {
                    "ascending"
                } else {
                    "descending"
                }),
            })
            .collect();
        Ok(Self {
            chart: city_chart(tr, (title, people), &table),
            table,
            heads,
        })
    }
}

/// The bar chart of the city table, in the table's order, for a career
/// `title` whose workers are `people`.
pub fn city_chart(tr: Tr, (title, people): (&str, &str), table: &CityTable) -> Option<BarChart> {
    if table.cities.is_empty() {
        return None;
    }
    let groups = table
        .cities
        .iter()
        .chain(table.overall.iter())
        .map(|r| {
            let values = r
                .medians
                .iter()
                .enumerate()
                .filter_map(|(i, m)| {
                    m.map(|v| Value {
                        series: i,
                        value: v,
                        label: format::money(v),
                    })
                })
                .collect();
            (r.place.clone(), values)
        })
        .collect();
    Some(
        BarChart::new(
            "city-chart",
            tr.t2(
                "pay-city-chart-title",
                "title",
                title.to_lowercase(),
                "people",
                people,
            ),
            tr.t("pay-city-chart-desc"),
            table
                .levels
                .iter()
                .map(|l| tr.t1("pay-col-experience", "years", experience_in(tr, *l)))
                .collect(),
            groups,
        )
        .with_caption(tr.t("pay-city-chart-caption")),
    )
}
