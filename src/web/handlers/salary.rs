//! `/careers/{slug}/salary`: every pay figure, one table per kind, with the
//! city table sorted on the server (`?sort=city|1y|5y|rise`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{Occupation, Published, Salary, StateWages};
use crate::web::chart::{BarChart, Value};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::{check_state, load_career};
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta};
use crate::web::params::{CitySort, Params, SalaryParams, StateOrder, Table};
use crate::web::views::current::{Current, Shown};
use crate::web::views::pay::{PlaceRow, StateChooser, StateView, TileMap};

/// The states, the District of Columbia and the three territories OEWS
/// publishes (Guam, Puerto Rico, the U.S. Virgin Islands).
const US_STATES: usize = 54;
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::city_table::{CityRow, CityTable, experience};

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

/// The salary page.
#[derive(Template)]
#[template(path = "career/salary.html")]
pub struct SalaryPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// Who the page is about, in the plural ("medical coders").
    pub people: String,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// Current national pay, May of the release year.
    pub pay: Vec<PayRow>,
    /// Current pay by state, in `state_order`.
    pub states: Vec<PlaceRow>,
    /// The map of states shaded by median pay.
    pub map: Option<TileMap>,
    /// The chosen state's pay beside the nation's.
    pub state_view: Option<StateView>,
    /// The form that chooses a state.
    pub chooser: Option<StateChooser>,
    /// Address of the chosen state's table of areas as CSV.
    pub areas_csv_href: Option<String>,
    /// Headings of the state table that sort it.
    pub state_heads: Vec<SortLink>,
    /// How many states and territories publish nothing for the career.
    pub states_missing: usize,
    /// Current pay in the industries employing the most.
    pub industry_pay: Vec<PlaceRow>,
    /// True for a hand-written career (its own tables follow).
    pub handwritten: bool,
    /// Percentiles.
    pub percentiles: Vec<PercentileRow>,
    /// Medians by industry, highest first.
    pub industries: Vec<LabelledFigure>,
    /// Medians from different years, newest first.
    pub medians: Vec<MedianRow>,
    /// City table heading links: place, one per level, rise.
    pub city_heads: Vec<SortLink>,
    /// True when the table has a rise column.
    pub has_rise: bool,
    /// City rows, sorted.
    pub cities: Vec<CityRow>,
    /// The overall row, if any.
    pub overall: Option<CityRow>,
    /// The current sort, in words.
    pub sort_label: String,
    /// Address of the city table as CSV, sorted as shown.
    pub city_csv_href: String,
    /// Chart of the city table.
    pub chart: Option<BarChart>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
}

/// Shows the salary page of a career.
pub async fn salary(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(params): Params<SalaryParams>,
) -> AppResult<HttpResponse> {
    let chosen = params.state.get();
    let address = urls::career(&slug)
        .in_state(chosen)
        .salary_as_asked(&params.sort, params.states);
    state
        .cached(&req, address, async {
            let page = CareerPage::Section(Section::Salary);
            let asked = chosen.map(str::to_string);
            let data = load_career(&state, &req, &slug, page, move |c, s| {
                read::salary(c, s, asked.as_deref())
            })
            .await?;
            check_state(chosen, &data.state_pay)?;
            Ok(SalaryPage::new(&state, &data, &params)?.render()?)
        })
        .await
}

/// A percentile in words: its label and what it means.
fn percentile_words(p: i64) -> (String, String) {
    if p == 50 {
        (
            "Median (50th percentile)".to_string(),
            "Half earn more, half earn less".to_string(),
        )
    } else if p < 50 {
        (
            format!("{} percentile", format::ordinal(p)),
            format!("{p}% earn less than this"),
        )
    } else {
        (
            format!("{} percentile", format::ordinal(p)),
            format!("{}% earn more than this", 100 - p),
        )
    }
}

/// The current national pay table.
fn pay_rows(o: &Occupation) -> Vec<PayRow> {
    let Some(w) = &o.wages else {
        return Vec::new();
    };
    let r = &o.releases;
    let mut rows: Vec<PayRow> = [10, 25, 50, 75, 90]
        .into_iter()
        .zip(w.annual)
        .map(|(p, value)| {
            let (label, meaning) = percentile_words(p);
            PayRow {
                label,
                meaning,
                value: format::annual_wage(value, r),
            }
        })
        .collect();
    rows.push(PayRow {
        label: "Mean (average)".to_string(),
        meaning: "Total pay divided by the number of workers".to_string(),
        value: format::annual_wage(o.annual_mean, r),
    });
    rows.push(PayRow {
        label: "Median by the hour".to_string(),
        meaning: "Half earn more an hour, half less".to_string(),
        value: format::hourly_wage(o.hourly_median, r),
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

impl SalaryPage {
    /// The page for `data`, its tables sorted and its state chosen as
    /// `params` asks.
    fn new(state: &AppState, data: &Salary, params: &SalaryParams) -> AppResult<Self> {
        let (sort, state_order, state_code) = (&params.sort, params.states, params.state.get());
        let c = &data.career;
        let mut citer = Citer::new(&data.sources);
        let current = data.occupation.as_ref().map(|o| {
            Current::new(
                o,
                &mut citer,
                Shown {
                    wages: true,
                    projection: false,
                    job_zone: false,
                },
            )
        });
        let pay = data.occupation.as_ref().map(pay_rows).unwrap_or_default();
        let releases = data.occupation.as_ref().map(|o| &o.releases);
        let mut state_list = data.states.clone();
        order_states(&mut state_list, state_order);
        let states: Vec<PlaceRow> = releases
            .map(|r| {
                state_list
                    .iter()
                    .map(|s| PlaceRow::new(&s.name, &s.wages, r))
                    .collect()
            })
            .unwrap_or_default();
        let urls = urls::career(&c.slug).in_state(state_code);
        let map = releases.and_then(|r| TileMap::new(&data.states, r, &urls, state_code));
        let state_view = match (&data.state_pay, &data.occupation) {
            (Some(p), Some(o)) => Some(StateView::new(p, o)),
            _ => None,
        };
        let mut keep: Vec<(String, String)> = Vec::new();
        if let Some(k) = sort.get() {
            keep.push(("sort".to_string(), k.to_string()));
        }
        if let Some(o) = state_order.non_default() {
            keep.push(("states".to_string(), o.to_string()));
        }
        let chooser = data.occupation.as_ref().map(|_| {
            StateChooser::new(
                format!("{}#pay-in-state", urls::career(&c.slug).salary()),
                keep,
                &data.us_states,
                state_code,
            )
        });
        let areas_csv_href = state_view
            .as_ref()
            .map(|v| urls.state_csv(Table::PayByArea, &v.code));
        let state_heads = StateOrder::ALL
            .into_iter()
            .map(|o| SortLink {
                label: match o {
                    StateOrder::Name => "State",
                    StateOrder::Employment => "Employment",
                    StateOrder::Median => "Median",
                }
                .to_string(),
                href: urls.state_table(o),
                aria_sort: (o == state_order).then_some(if o == StateOrder::Name {
                    "ascending"
                } else {
                    "descending"
                }),
            })
            .collect();
        let industry_pay = releases
            .map(|r| {
                data.industry_wages
                    .iter()
                    .map(|i| PlaceRow::new(&i.title, &i.wages, r))
                    .collect()
            })
            .unwrap_or_default();
        let percentiles = data
            .percentiles
            .iter()
            .map(|p| {
                let (label, meaning) = percentile_words(p.percentile);
                PercentileRow {
                    label,
                    meaning,
                    figure: Figure::new(format::money(p.amount), &p.date, &p.source, &mut citer),
                }
            })
            .collect();
        let industries = data
            .industries
            .iter()
            .map(|i| LabelledFigure {
                label: i.industry.clone(),
                figure: Figure::new(format::money(i.median), &i.date, &i.source, &mut citer),
            })
            .collect();
        let medians = data
            .medians
            .iter()
            .map(|m| MedianRow {
                figure: Figure::new(format::money(m.median), &m.date, &m.source, &mut citer),
                employment: m.employment.map(format::number),
                scope: m.scope.clone(),
            })
            .collect();

        let table = CityTable::new(&data.cities, sort, &mut citer)?;
        let sort = table.sort;
        let city_heads = table
            .sorts()
            .into_iter()
            .map(|s| SortLink {
                label: match s {
                    CitySort::City => "City".to_string(),
                    CitySort::Years(n) => format!("{} experience", experience(n)),
                    CitySort::Rise => "Rise".to_string(),
                },
                href: urls.city_table_sorted(s),
                aria_sort: (s == sort).then_some(if s == CitySort::City {
                    "ascending"
                } else {
                    "descending"
                }),
            })
            .collect();
        let chart = city_chart(&c.title, &table);
        let frame = CareerFrame::new(c, Section::Salary, state_code);
        let people = frame.people();
        let description = match &current {
            Some(cur) => format!(
                "What {people} earn: pay in {} across the United States, in every state and in the industries that employ the most, each figure with its source.",
                cur.wage_when
            ),
            None => format!(
                "What {people} earn: pay percentiles, median pay by industry, by city and experience, and medians from different years, each with its source and year."
            ),
        };
        let states_missing = current
            .as_ref()
            .filter(|cur| cur.has_wages)
            .map_or(0, |_| US_STATES.saturating_sub(data.states.len()));
        Ok(SalaryPage {
            meta: state.meta(
                frame.page_title(),
                description,
                &urls.salary_canonical(sort, state_order),
            ),
            frame,
            people,
            current,
            pay,
            states,
            map,
            state_view,
            chooser,
            areas_csv_href,
            state_heads,
            states_missing,
            industry_pay,
            handwritten: c.text.is_some(),
            percentiles,
            industries,
            medians,
            city_heads,
            has_rise: table.has_rise(),
            sort_label: table.sort_label(),
            city_csv_href: urls.city_csv(sort),
            chart,
            cities: table.cities,
            overall: table.overall,
            sources: citer.finish(),
        })
    }
}

/// The bar chart of the city table, in the table's order.
fn city_chart(title: &str, table: &CityTable) -> Option<BarChart> {
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
            format!("Median pay of a {} by city and experience", title.to_lowercase()),
            "Bars show the median annual pay in each city at each level of experience, in the order of the table below."
                .to_string(),
            table
                .levels
                .iter()
                .map(|l| format!("{} experience", experience(*l)))
                .collect(),
            groups,
        )
        .with_caption("The table below gives the same figures with their years and sources."),
    )
}
