//! `/careers/{slug}/salary`: every pay figure, one table per kind, with the
//! city table sorted on the server (`?sort=city|1y|5y|rise`).

use actix_web::HttpResponse;
use askama::Template;

use crate::db::read;
use crate::db::read::Salary;
use crate::domain::Lang;
use crate::web::chart::BarChart;
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::career::CareerAsk;
use crate::web::i18n;
use crate::web::i18n::{Tr, link};
use crate::web::page::{CareerFrame, CitedSource, Citer, PageMeta};
use crate::web::params::{SalaryParams, Table};
use crate::web::state::AppState;
use crate::web::urls::{self, Section};
use crate::web::views::city_table::CityRow;
use crate::web::views::current::{Current, Shown};
use crate::web::views::pay::{PlaceRow, StateChooser, StateView, TileMap};
use crate::web::views::salary::{
    CitySection, LabelledFigure, MedianRow, OwnPay, PayRow, PercentileRow, SortLink, StateTable,
    industry_pay, pay_rows,
};

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
    /// The opening sentence, as HTML (it links to the glossary).
    pub lede: String,
    /// The wage release in the page's language ("May 2025").
    pub when: String,
    /// The caption of the national table, as HTML (it links to the
    /// glossary).
    pub us_caption: String,
    /// The headings of the 10th and 90th percentile columns.
    pub p10_head: String,
    /// The same for the 90th.
    pub p90_head: String,
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
pub async fn salary(ask: CareerAsk<SalaryParams>) -> AppResult<HttpResponse> {
    let address = ask
        .urls()
        .salary_as_asked(&ask.params.sort, ask.params.states);
    ask.page(
        Section::Salary,
        Some(address),
        read::salary,
        |state, lang, data, p| SalaryPage::new(state, lang, &data, p),
    )
    .await
}

impl SalaryPage {
    /// The page for `data`, its tables sorted and its state chosen as
    /// `params` asks; sections cite their sources in the order they are
    /// built.
    fn new(state: &AppState, lang: Lang, data: &Salary, params: &SalaryParams) -> AppResult<Self> {
        let (sort, state_order, state_code) = (&params.sort, params.states, params.state.get());
        let c = &data.career;
        let tr = Tr::new(lang);
        let mut citer = Citer::new(lang, &data.sources);
        let shown = Shown {
            wages: true,
            projection: false,
            job_zone: false,
        };
        let current = (data.occupation.as_ref()).map(|o| Current::new(o, &mut citer, shown));
        let urls = urls::career(lang, &c.slug).in_state(state_code);
        let state_table = StateTable::new(data, state_order, &urls, state_code);
        let state_view = StateView::chosen(
            Tr::new(lang),
            data.state_pay.as_ref(),
            data.occupation.as_ref(),
        );
        let chooser = chooser(lang, data, params);
        let own = OwnPay::new(data, &mut citer);
        let frame = CareerFrame::new(lang, c, Section::Salary, state_code);
        let people = frame.people();
        let city = CitySection::new(data, sort, (&c.title, &people), &urls, &mut citer)?;
        let sort = city.table.sort;
        let when = (current.as_ref())
            .map(|cur| format::release(tr, &cur.wage_when))
            .unwrap_or_default();
        let description = match &current {
            Some(_) => tr.t2("pay-salary-description", "people", &people, "when", &when),
            None => tr.t1("pay-salary-description-own", "people", &people),
        };
        let glossary = |id: &str, word: &str| link(urls::glossary_term(lang, id), tr.t(word));
        let handwritten = c.text.is_some();
        let lede = tr.html(
            if handwritten {
                "pay-salary-lede-own"
            } else {
                "pay-salary-lede"
            },
            &[
                ("people", i18n::text(format::closed(&people))),
                ("medians", glossary("median", "pay-medians-word")),
                (
                    "percentiles",
                    glossary("percentile", "pay-percentiles-word"),
                ),
            ],
        );
        let us_caption = (current.as_ref())
            .map(|cur| {
                tr.html(
                    "pay-us-caption",
                    &[
                        ("employment", i18n::text(&cur.employment)),
                        ("workers", glossary("self-employed", "pay-us-workers")),
                        ("when", i18n::text(&when)),
                    ],
                )
            })
            .unwrap_or_default();
        let percentile = |n: i64| tr.t1("pay-percentile-head", "nth", format::ordinal(tr, n));
        let canonical = urls.salary_canonical(sort, state_order);
        Ok(SalaryPage {
            meta: state.meta(frame.page_title(), description, &canonical),
            frame,
            people,
            lede,
            when,
            us_caption,
            p10_head: percentile(10),
            p90_head: percentile(90),
            current,
            pay: (data.occupation.as_ref())
                .map(|o| pay_rows(Tr::new(lang), o))
                .unwrap_or_default(),
            states: state_table.rows,
            map: state_table.map,
            areas_csv_href: (state_view.as_ref())
                .map(|v| urls.state_csv(Table::PayByArea, &v.code)),
            state_view,
            chooser,
            state_heads: state_table.heads,
            states_missing: state_table.missing,
            industry_pay: industry_pay(Tr::new(lang), data),
            handwritten,
            percentiles: own.percentiles,
            industries: own.industries,
            medians: own.medians,
            city_heads: city.heads,
            has_rise: city.table.has_rise(),
            sort_label: city.table.sort_label(tr),
            city_csv_href: urls.city_csv(sort),
            chart: city.chart,
            cities: city.table.cities,
            overall: city.table.overall,
            sources: citer.finish(),
        })
    }
}

/// The form that chooses a state, keeping the page's sort orders.
fn chooser(lang: Lang, data: &Salary, params: &SalaryParams) -> Option<StateChooser> {
    let mut keep: Vec<(String, String)> = Vec::new();
    if let Some(k) = params.sort.get() {
        keep.push(("sort".to_string(), k.to_string()));
    }
    if let Some(o) = params.states.non_default() {
        keep.push(("states".to_string(), o.to_string()));
    }
    data.occupation.as_ref().map(|_| {
        StateChooser::new(
            format!(
                "{}#pay-in-state",
                urls::career(lang, &data.career.slug).salary()
            ),
            keep,
            &data.us_states,
            params.state.get(),
        )
    })
}
