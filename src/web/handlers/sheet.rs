//! `/careers/{slug}/sheet`: a one-page career summary designed for paper,
//! with the page's address printed and as a QR code.

use actix_web::HttpResponse;
use askama::Template;
use fast_qr::ECL;
use fast_qr::convert::Builder;
use fast_qr::convert::svg::SvgBuilder;
use fast_qr::qr::QRBuilder;

use crate::db::read;
use crate::db::read::{CareerSummary, JobTitle, SalaryPercentile, School, Sheet};
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::handlers::career::CareerAsk;
use crate::web::i18n;
use crate::web::i18n::Tr;
use crate::web::page::{CareerFrame, Citer, Figure, PageMeta};
use crate::web::params::CareerParams;
use crate::web::state::AppState;
use crate::web::urls::Section;
use crate::web::views::cited::{CitedText, LearnMoreView};
use crate::web::views::current::{Current, Shown};
use crate::web::views::education::{certification_lines, ladder_lines};
use crate::web::views::facts::{self, OutlookFact};
use crate::web::views::names::{JobTitles, related_cite};
use crate::web::views::pay::StateView;
use crate::web::views::sections::CitedList;

/// How many duties, skills and schools the sheet lists.
const TOP: usize = 5;
const SCHOOLS: usize = 6;

/// A source in the sheet's compact list.
#[derive(Debug, Clone)]
pub struct SheetSource {
    /// Its number.
    pub number: usize,
    /// Who produced the figures.
    pub publisher: String,
    /// Where we read them.
    pub reported_in: String,
}

/// The career sheet.
#[derive(Template)]
#[template(path = "career/sheet.html")]
pub struct SheetPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// Summary.
    pub summary: String,
    /// The first duties.
    pub duties: CitedList,
    /// The first skills.
    pub skills: CitedList,
    /// The education ladder, one line each.
    pub education: Vec<CitedText>,
    /// Certifications, one line each.
    pub certifications: Vec<CitedText>,
    /// Renewal period in years.
    pub renewal_years: Option<i64>,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// Pay in the chosen state.
    pub state_view: Option<StateView>,
    /// The median in the chosen state, as an HTML line.
    pub state_median: Option<String>,
    /// The titles people use.
    pub titles: TitleLine,
    /// Related careers.
    pub related: TitleLine,
    /// Medians from different years, each with its line as HTML
    /// ("Median <span>$51,140</span> a year").
    pub medians: Vec<(Figure, String)>,
    /// The pay range, e.g. `$20,440 to $50,060` with its date and source.
    pub range: Option<Figure>,
    /// Projections, newest period first: each line as HTML, and its
    /// source number.
    pub outlook: Vec<(String, usize)>,
    /// The first schools.
    pub schools: Vec<CitedText>,
    /// How many schools are not listed.
    pub more_schools: usize,
    /// Where to learn more.
    pub learn_more: Vec<LearnMoreView>,
    /// Address of the full career page, printed and in the QR code.
    pub career_url: String,
    /// The QR code as inline SVG markup (made by the fast_qr crate).
    pub qr_svg: String,
    /// Sources cited on the sheet.
    pub sources: Vec<SheetSource>,
}

/// Draws `url` as an SVG QR code (by fast_qr, which picks the mask in a
/// fraction of the time qrcode took: a third of a cold sheet's time went
/// to choosing it), drawn 132 pixels square with its quiet zone.
fn qr_svg(url: &str) -> AppResult<String> {
    let code = QRBuilder::new(url)
        .ecl(ECL::M)
        .build()
        .map_err(|e| AppError::internal("QR code", format!("{e:?}")))?;
    let svg = SvgBuilder::default().margin(4).to_str(&code);
    Ok(svg.replacen(
        "<svg ",
        "<svg aria-hidden=\"true\" focusable=\"false\" width=\"132\" height=\"132\" ",
        1,
    ))
}

/// Shows the career sheet.
pub async fn sheet(ask: CareerAsk<CareerParams>) -> AppResult<HttpResponse> {
    ask.page(Section::Sheet, None, read::sheet, |state, lang, data, p| {
        SheetPage::new(state, lang, &data, p.state.get())
    })
    .await
}

impl SheetPage {
    /// The sheet for `data`; sections cite their sources in the order they
    /// are built. A hand-written career's sheet keeps to its own sections:
    /// no job zone, titles or related careers.
    fn new(
        state: &AppState,
        lang: Lang,
        data: &Sheet,
        state_code: Option<&str>,
    ) -> AppResult<Self> {
        let c = &data.career;
        let mut citer = Citer::new(lang, &data.sources);
        let handwritten = c.text.is_some();
        let shown = Shown {
            job_zone: !handwritten,
            ..Shown::ALL
        };
        let current = (data.occupation.as_ref()).map(|o| Current::new(o, &mut citer, shown));
        let sections = &data.section_sources;
        let top = |items: &[String]| items.iter().take(TOP).cloned().collect();
        let duties = CitedList::new(top(&data.duties), sections, "duties", &mut citer);
        let skills = CitedList::new(top(&data.skills), sections, "skills", &mut citer);
        let education = ladder_lines(current.as_ref(), handwritten, &data.education, &mut citer);
        let certifications = certification_lines(&data.certifications, &mut citer);
        let tr = Tr::new(lang);
        let medians = median_lines(
            tr,
            current.as_ref(),
            facts::medians(current.as_ref(), &data.medians, &mut citer),
        );
        let range = pay_range(&data.percentiles, &mut citer);
        let outlook = OutlookFact::all(current.as_ref(), &data.projections, &mut citer)
            .iter()
            .map(|o| (outlook_line(tr, o), o.cite))
            .collect();
        let (titles, related) = if handwritten {
            (TitleLine::default(), TitleLine::default())
        } else {
            (
                TitleLine::titles(&data.job_titles, &mut citer),
                TitleLine::related(&data.related, &mut citer),
            )
        };
        let schools = school_lines(&data.schools, SCHOOLS, &mut citer);
        let learn_more = LearnMoreView::all(&data.learn_more, &mut citer);
        let frame = CareerFrame::new(lang, c, Section::Sheet, state_code);
        let career_url = state.url(&frame.urls.overview());
        let description = tr.t1("tr-sheet-description", "people", frame.people());
        let state_view = StateView::chosen(tr, data.state_pay.as_ref(), data.occupation.as_ref());
        let state_median = state_view.as_ref().zip(current.as_ref()).map(|(sv, c)| {
            tr.html(
                "tr-sheet-median-in",
                &[
                    ("state", i18n::text(format::state_in_sentence(tr, &sv.name))),
                    ("when", i18n::text(format::release(tr, &c.wage_when))),
                    ("median", span("num", &sv.median)),
                ],
            )
        });
        Ok(SheetPage {
            meta: state.meta(frame.page_title(), description, &frame.urls.sheet()),
            qr_svg: qr_svg(&career_url)?,
            career_url,
            frame,
            summary: c.description.clone(),
            duties,
            skills,
            education,
            certifications,
            renewal_years: c.text.as_ref().map(|t| t.renewal_years),
            state_view,
            state_median,
            current,
            titles,
            related,
            medians,
            range,
            outlook,
            more_schools: data.schools.len().saturating_sub(SCHOOLS),
            schools,
            learn_more,
            sources: SheetSource::all(citer),
        })
    }
}

/// `text` in a `<span>` of `class`, as HTML.
fn span(class: &str, text: &str) -> String {
    format!("<span class=\"{class}\">{}</span>", i18n::text(text))
}

/// Each median with its line: "Median $51,140 a year", or "Median $24.59
/// an hour" for the current hourly median of work paid by the hour (the
/// first of the list when BLS publishes wages).
fn median_lines(tr: Tr, current: Option<&Current>, medians: Vec<Figure>) -> Vec<(Figure, String)> {
    let hourly_first = current.is_some_and(|c| c.has_wages && c.hourly_paid);
    medians
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let id = if i == 0 && hourly_first {
                "tr-sheet-median"
            } else {
                "tr-sheet-median-year"
            };
            let line = tr.html(id, &[("amount", span("num", &f.value))]);
            (f, line)
        })
        .collect()
}

/// A projection's line: "7.1% over 2024-2034, about 14,200 openings a
/// year".
fn outlook_line(tr: Tr, o: &OutlookFact) -> String {
    let growth = span("num", &o.growth);
    let period = span("nowrap", &o.period);
    match &o.openings {
        Some(n) => tr.html(
            "tr-sheet-growth-openings",
            &[
                ("growth", growth),
                ("period", period),
                ("openings", i18n::text(n)),
            ],
        ),
        None => tr.html("tr-sheet-growth", &[("growth", growth), ("period", period)]),
    }
}

/// The pay range from the lowest to the highest percentile of one source,
/// e.g. `$20,440 at the 10th percentile to $50,060 at the 90th`.
fn pay_range(percentiles: &[SalaryPercentile], citer: &mut Citer) -> Option<Figure> {
    let low = percentiles.iter().min_by_key(|p| p.percentile)?;
    let high = percentiles.iter().max_by_key(|p| p.percentile)?;
    if low.percentile >= high.percentile || low.source != high.source {
        return None;
    }
    let tr = citer.tr();
    let value = tr.tn(
        "tr-sheet-range",
        &[
            ("low", format::money(low.amount)),
            ("low-nth", format::ordinal(tr, low.percentile)),
            ("high", format::money(high.amount)),
            ("high-nth", format::ordinal(tr, high.percentile)),
        ],
    );
    Some(Figure::new(value, &low.date, &low.source, citer))
}

/// The first `n` schools, one line each with their town.
fn school_lines(schools: &[School], n: usize, citer: &mut Citer) -> Vec<CitedText> {
    schools
        .iter()
        .take(n)
        .map(|s| CitedText {
            text: format!("{}, {}", s.name, s.town),
            cite: citer.cite(&s.source),
        })
        .collect()
}

/// A list of names on one line, with its sources.
#[derive(Debug, Clone, Default)]
pub struct TitleLine {
    /// The names.
    pub names: Vec<String>,
    /// Their sources.
    pub cites: Vec<usize>,
}

impl TitleLine {
    /// The titles people use.
    fn titles(titles: &[JobTitle], citer: &mut Citer) -> Self {
        Self {
            cites: JobTitles::cite(titles, citer),
            names: titles.iter().map(|t| t.title.clone()).collect(),
        }
    }

    /// The first related careers.
    fn related(related: &[CareerSummary], citer: &mut Citer) -> Self {
        Self {
            cites: related_cite(related, citer).into_iter().collect(),
            names: related.iter().take(TOP).map(|r| r.title.clone()).collect(),
        }
    }
}

impl SheetSource {
    /// The sources cited on the sheet, in number order.
    fn all(citer: Citer) -> Vec<Self> {
        citer
            .finish()
            .into_iter()
            .map(|s| SheetSource {
                number: s.number,
                publisher: s.publisher,
                reported_in: s.reported_in,
            })
            .collect()
    }
}
