//! `/careers/{slug}/sheet`: a one-page career summary designed for paper,
//! with the page's address printed and as a QR code.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use fast_qr::ECL;
use fast_qr::convert::Builder;
use fast_qr::convert::svg::SvgBuilder;
use fast_qr::qr::QRBuilder;

use crate::db::read;
use crate::db::read::Sheet;
use crate::domain::sources::ONET_RELATED;
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::handlers::{check_state, load_career};
use crate::web::page::{CareerFrame, Citer, Figure, PageMeta};
use crate::web::params::{CareerParams, Params};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::cited::{CitedText, LearnMoreView};
use crate::web::views::current::{Current, Shown};
use crate::web::views::pay::StateView;

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
    pub duties: Vec<String>,
    /// Sources of the duties.
    pub duties_cites: Vec<usize>,
    /// The first skills.
    pub skills: Vec<String>,
    /// Sources of the skills.
    pub skills_cites: Vec<usize>,
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
    /// The most common titles people use.
    pub titles: Vec<String>,
    /// Source numbers of the titles.
    pub titles_cites: Vec<usize>,
    /// Related careers.
    pub related: Vec<String>,
    /// Source of the related careers.
    pub related_cite: Option<usize>,
    /// Medians from different years.
    pub medians: Vec<Figure>,
    /// The pay range, e.g. `$20,440 to $50,060` with its date and source.
    pub range: Option<Figure>,
    /// Projections: growth, period, openings a year (where given) and
    /// source number.
    pub outlook: Vec<(String, String, Option<String>, usize)>,
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
pub async fn sheet(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(CareerParams { state: chosen }): Params<CareerParams>,
) -> AppResult<HttpResponse> {
    let chosen = chosen.get();
    let address = urls::career(&slug).in_state(chosen).sheet();
    state
        .cached(&req, address, async {
            let page = CareerPage::Section(Section::Sheet);
            let asked = chosen.map(str::to_string);
            let data = load_career(&state, &req, &slug, page, move |c, s| {
                read::sheet(c, s, asked.as_deref())
            })
            .await?;
            check_state(chosen, &data.state_pay)?;
            Ok(SheetPage::new(&state, &data, chosen)?.render()?)
        })
        .await
}

impl SheetPage {
    /// The sheet for `data`.
    fn new(state: &AppState, data: &Sheet, state_code: Option<&str>) -> AppResult<Self> {
        let c = &data.career;
        let mut citer = Citer::new(&data.sources);
        // A hand-written career's sheet shows no job zone (see below).
        let shown = Shown {
            job_zone: c.text.is_none(),
            ..Shown::ALL
        };
        let current = data
            .occupation
            .as_ref()
            .map(|o| Current::new(o, &mut citer, shown));
        let summary = match (&c.text, &current) {
            (Some(t), _) => t.summary.clone(),
            (None, Some(cur)) => cur.summary(),
            (None, None) => String::new(),
        };

        let duties_cites = citer.cite_section(&data.section_sources, "duties");
        let skills_cites = citer.cite_section(&data.section_sources, "skills");
        // A hand-written career's sheet keeps to its own sections, with the
        // BLS entry requirement first among them; an imported career's
        // sheet has a section of its own for how people start.
        let handwritten = c.text.is_some();
        let mut education: Vec<CitedText> = current
            .iter()
            .filter(|_| handwritten)
            .map(|cur| CitedText {
                text: format!(
                    "Typical start ({}): {}",
                    cur.period,
                    cur.entry_education.to_lowercase()
                ),
                cite: cur.projection_cite,
            })
            .collect();
        education.extend(data.education.iter().map(|e| CitedText {
            text: match &e.duration {
                Some(d) => format!("{} ({})", e.title, d.to_lowercase()),
                None => e.title.clone(),
            },
            cite: citer.cite(&e.source),
        }));
        let certifications = data
            .certifications
            .iter()
            .map(|cert| CitedText {
                text: match &cert.abbreviation {
                    Some(a) => format!("{} ({a}), {}", cert.name, cert.body),
                    None => format!("{}, {}", cert.name, cert.body),
                },
                cite: citer.cite(&cert.source),
            })
            .collect();
        let mut medians: Vec<Figure> = current
            .iter()
            .filter(|cur| cur.has_wages)
            .map(|cur| cur.median_figure(&mut citer))
            .collect();
        medians.extend(
            data.medians
                .iter()
                .map(|m| Figure::new(format::money(m.median), &m.date, &m.source, &mut citer)),
        );
        let low = data.percentiles.iter().min_by_key(|p| p.percentile);
        let high = data.percentiles.iter().max_by_key(|p| p.percentile);
        let range = match (low, high) {
            (Some(l), Some(h)) if l.percentile < h.percentile && l.source == h.source => {
                Some(Figure::new(
                    format!(
                        "{} ({} percentile) to {} ({} percentile)",
                        format::money(l.amount),
                        format::ordinal(l.percentile),
                        format::money(h.amount),
                        format::ordinal(h.percentile)
                    ),
                    &l.date,
                    &l.source,
                    &mut citer,
                ))
            }
            _ => None,
        };
        let mut outlook: Vec<(String, String, Option<String>, usize)> = current
            .iter()
            .map(|cur| {
                (
                    cur.percent.clone(),
                    cur.period.clone(),
                    Some(cur.openings_phrase.clone()),
                    cur.projection_cite,
                )
            })
            .collect();
        outlook.extend(data.projections.iter().map(|p| {
            (
                format::signed_percent(p.growth_percent),
                format::period(p.start_year, p.end_year),
                None,
                citer.cite(&p.source),
            )
        }));
        let mut title_sources: Vec<String> = Vec::new();
        for t in &data.job_titles {
            if !title_sources.contains(&t.source) {
                title_sources.push(t.source.clone());
            }
        }
        let handwritten_sheet = c.text.is_some();
        let titles_cites = if handwritten_sheet {
            Vec::new()
        } else {
            citer.cite_all(&title_sources)
        };
        let related_cite =
            (!handwritten_sheet && !data.related.is_empty()).then(|| citer.cite(ONET_RELATED));
        let schools = data
            .schools
            .iter()
            .take(SCHOOLS)
            .map(|s| CitedText {
                text: format!("{}, {}", s.name, s.town),
                cite: citer.cite(&s.source),
            })
            .collect();
        let learn_more = LearnMoreView::all(&data.learn_more, &mut citer);

        let frame = CareerFrame::new(c, Section::Sheet, state_code);
        let career_url = state.url(&frame.urls.overview());
        let description = format!(
            "A one-page summary of the career of {} to print: the work, training, pay and outlook, with sources.",
            frame.people()
        );
        let sources = citer
            .finish()
            .into_iter()
            .map(|s| SheetSource {
                number: s.number,
                publisher: s.publisher,
                reported_in: s.reported_in,
            })
            .collect();
        Ok(SheetPage {
            meta: state.meta(frame.page_title(), description, &frame.urls.sheet()),
            qr_svg: qr_svg(&career_url)?,
            career_url,
            frame,
            summary,
            duties: data.duties.iter().take(TOP).cloned().collect(),
            duties_cites,
            skills: data.skills.iter().take(TOP).cloned().collect(),
            skills_cites,
            education,
            certifications,
            renewal_years: c.text.as_ref().map(|t| t.renewal_years),
            state_view: match (&data.state_pay, &data.occupation) {
                (Some(p), Some(o)) => Some(StateView::new(p, o)),
                _ => None,
            },
            current,
            titles: if handwritten {
                Vec::new()
            } else {
                data.job_titles.iter().map(|t| t.title.clone()).collect()
            },
            titles_cites,
            related: if handwritten {
                Vec::new()
            } else {
                data.related
                    .iter()
                    .take(TOP)
                    .map(|r| r.title.clone())
                    .collect()
            },
            related_cite,
            medians,
            range,
            outlook,
            more_schools: data.schools.len().saturating_sub(SCHOOLS),
            schools,
            learn_more,
            sources,
        })
    }
}
