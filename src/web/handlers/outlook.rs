//! `/careers/{slug}/outlook`: every employment projection side by side.

use actix_web::HttpResponse;
use askama::Template;

use crate::db::read;
use crate::db::read::Outlook;
use crate::domain::Lang;
use crate::web::chart::{BarChart, Value};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::career::CareerAsk;
use crate::web::handlers::with_state_name;
use crate::web::i18n;
use crate::web::i18n::{Tr, link};
use crate::web::page::{CareerFrame, CitedSource, Citer, PageMeta};
use crate::web::params::CareerParams;
use crate::web::state::AppState;
use crate::web::urls::{self, Section};
use crate::web::views::current::{Current, Shown};

/// A row of the projections table.
#[derive(Debug, Clone)]
pub struct ProjectionRow {
    /// `2020-2030`.
    pub period: String,
    /// `+9%`.
    pub growth: String,
    /// The source's comparison with all jobs.
    pub pace: Option<String>,
    /// Employment at the start, formatted.
    pub employment_start: Option<String>,
    /// Employment at the end, formatted.
    pub employment_end: Option<String>,
    /// New jobs, formatted.
    pub new_jobs: Option<String>,
    /// Openings a year, formatted, where published.
    pub openings: Option<String>,
    /// The group projected.
    pub group: String,
    /// Source number.
    pub cite: usize,
}

/// The outlook page.
#[derive(Template)]
#[template(path = "career/outlook.html")]
pub struct OutlookPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// The opening paragraph, as HTML (it links to the glossary).
    pub lede: String,
    /// The current projection in a sentence, as HTML (its source's number
    /// follows).
    pub current_sentence: String,
    /// Projections, newest period first.
    pub projections: Vec<ProjectionRow>,
    /// Number of different sources behind them.
    pub source_count: usize,
    /// Chart of projected growth by period.
    pub chart: Option<BarChart>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
}

/// Shows the outlook page of a career.
pub async fn outlook(ask: CareerAsk<CareerParams>) -> AppResult<HttpResponse> {
    let query = |c: &rusqlite::Connection, s: &str, asked: Option<&str>| {
        with_state_name(c, asked, read::outlook(c, s)?)
    };
    ask.page(
        Section::Outlook,
        None,
        query,
        |state, lang, (data, _), p| Ok(OutlookPage::new(state, lang, &data, p.state.get())),
    )
    .await
}

impl OutlookPage {
    /// The page for `data`.
    fn new(state: &AppState, lang: Lang, data: &Outlook, state_code: Option<&str>) -> Self {
        let c = &data.career;
        let mut citer = Citer::new(lang, &data.sources);
        let frame = CareerFrame::new(lang, c, Section::Outlook, state_code);
        let people = frame.people();
        let current = data.occupation.as_ref().map(|o| {
            Current::new(
                o,
                &mut citer,
                Shown {
                    wages: false,
                    projection: true,
                    job_zone: false,
                },
            )
        });
        let (projections, bars) = projection_rows(current.as_ref(), data, &mut citer);
        let mut distinct: Vec<&str> = data.projections.iter().map(|p| p.source.as_str()).collect();
        if current.is_some() {
            distinct.push(crate::domain::sources::PROJECTIONS);
        }
        distinct.sort_unstable();
        distinct.dedup();
        let tr = Tr::new(lang);
        let chart = (!projections.is_empty()).then(|| outlook_chart(tr, &people, bars));
        let description = tr.t1("pay-outlook-description", "people", &people);
        let lede = tr.html(
            if projections.len() == 1 {
                "pay-outlook-lede-one"
            } else {
                "pay-outlook-lede-many"
            },
            &[(
                "period",
                link(
                    urls::glossary_term(lang, "projection-period"),
                    tr.t("pay-outlook-period-word"),
                ),
            )],
        );
        let current_sentence = current
            .as_ref()
            .map(|c| current_sentence(tr, c, frame.handwritten, &people))
            .unwrap_or_default();
        OutlookPage {
            meta: state.meta(
                frame.page_title(),
                description,
                &urls::career(lang, &c.slug).outlook(),
            ),
            frame,
            current,
            lede,
            current_sentence,
            source_count: distinct.len(),
            projections,
            chart,
            sources: citer.finish(),
        }
    }
}

/// The current projection in a sentence, as HTML. A hand-written career
/// is not the BLS occupation itself: the sentence names the occupation by
/// its BLS title. Any other career is: the sentence names it as `people`,
/// the career's workers in the page's language (in English, the BLS title
/// lower-cased).
fn current_sentence(tr: Tr, c: &Current, handwritten: bool, people: &str) -> String {
    let level = c.employment_start == c.employment_end;
    let id = match (handwritten, level) {
        (true, false) => "pay-outlook-current-bls",
        (true, true) => "pay-outlook-current-bls-level",
        (false, false) => "pay-outlook-current",
        (false, true) => "pay-outlook-current-level",
    };
    let occupation = if handwritten {
        &c.bls_title_lower
    } else {
        people
    };
    tr.html(
        id,
        &[
            ("start", i18n::text(c.years.0.to_string())),
            ("end", i18n::text(c.years.1.to_string())),
            ("occupation", i18n::text(format::closed(occupation))),
            ("title", i18n::text(&c.bls_title)),
            ("trend", i18n::text(&c.trend)),
            ("from", i18n::text(&c.employment_start)),
            ("to", i18n::text(&c.employment_end)),
            ("openings", i18n::text(&c.openings_phrase)),
        ],
    )
}

/// A bar of the outlook chart: period, growth in tenths of a per cent (so
/// the current projection's one decimal is drawn as published), label.
type Bar = (String, i64, String);

/// The rows of the projections table and the chart's bars, newest period
/// first: the current projection, then the others of the career's
/// sources.
fn projection_rows(
    current: Option<&Current>,
    data: &Outlook,
    citer: &mut Citer,
) -> (Vec<ProjectionRow>, Vec<Bar>) {
    let mut bars: Vec<Bar> = Vec::new();
    let mut projections: Vec<ProjectionRow> = Vec::new();
    if let (Some(cur), Some(o)) = (current, &data.occupation) {
        bars.push((
            cur.period.clone(),
            o.percent_change_tenths,
            cur.percent.clone(),
        ));
        projections.push(ProjectionRow {
            period: cur.period.clone(),
            growth: cur.percent.clone(),
            pace: None,
            employment_start: Some(cur.employment_start.clone()),
            employment_end: Some(cur.employment_end.clone()),
            new_jobs: Some(cur.change.clone()),
            openings: Some(cur.openings.clone()),
            group: cur.bls_title.clone(),
            cite: cur.projection_cite,
        });
    }
    bars.extend(data.projections.iter().map(|p| {
        (
            format::period(p.start_year, p.end_year),
            p.growth_percent * 10,
            format::signed_percent(p.growth_percent),
        )
    }));
    projections.extend(data.projections.iter().map(|p| ProjectionRow {
        period: format::period(p.start_year, p.end_year),
        growth: format::signed_percent(p.growth_percent),
        pace: p.pace.clone(),
        employment_start: p.employment_start.map(format::number),
        employment_end: p.employment_end.map(format::number),
        new_jobs: p.new_jobs.map(format::number),
        openings: None,
        group: p.occupation_group.clone(),
        cite: citer.cite(&p.source),
    }));
    (projections, bars)
}

/// The chart of projected growth by period, for `people`.
fn outlook_chart(tr: Tr, people: &str, bars: Vec<Bar>) -> BarChart {
    BarChart::new(
        "outlook-chart",
        tr.t1("pay-outlook-chart-title", "people", people),
        tr.t("pay-outlook-chart-desc"),
        vec![tr.t("pay-col-growth")],
        bars.into_iter()
            .map(|(period, tenths, label)| {
                (
                    period,
                    vec![Value {
                        series: 0,
                        value: tenths,
                        label,
                    }],
                )
            })
            .collect(),
    )
    .with_caption(tr.t("pay-outlook-chart-caption"))
}
