//! `/careers/{slug}`: the overview and job description.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::models::Overview;
use crate::db::queries;
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::handlers::load_career;
use crate::web::jsonld;
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta, paragraphs};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::cited::{CitedText, LearnMoreView};

/// A trend, ready to show.
#[derive(Debug, Clone)]
pub struct TrendView {
    /// Heading.
    pub title: String,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

/// Alternate titles of one kind.
#[derive(Debug, Clone)]
pub struct TitleGroup {
    /// What kind of names these are.
    pub heading: &'static str,
    /// The names.
    pub titles: Vec<CitedText>,
}

/// A projection in the quick facts.
#[derive(Debug, Clone)]
pub struct OutlookFact {
    /// Growth (`9%`).
    pub growth: String,
    /// Period (`2020-2030`).
    pub period: String,
    /// Source number.
    pub cite: usize,
}

/// The overview page.
#[derive(Template)]
#[template(path = "career/overview.html")]
pub struct OverviewPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// Summary.
    pub summary: String,
    /// Every median with its year, newest first.
    pub medians: Vec<Figure>,
    /// The minimum education.
    pub entry_education: Option<CitedText>,
    /// Every projection, newest period first.
    pub outlook: Vec<OutlookFact>,
    /// What the work is like.
    pub work: Vec<String>,
    /// Sources of `work`.
    pub work_cites: Vec<usize>,
    /// Duties.
    pub duties: Vec<String>,
    /// Sources of `duties`.
    pub duties_cites: Vec<usize>,
    /// Skills.
    pub skills: Vec<String>,
    /// Sources of `skills`.
    pub skills_cites: Vec<usize>,
    /// Work settings.
    pub settings: Vec<String>,
    /// Sources of `settings`.
    pub settings_cites: Vec<usize>,
    /// Work hours.
    pub hours: Vec<String>,
    /// Sources of `hours`.
    pub hours_cites: Vec<usize>,
    /// Trends.
    pub trends: Vec<TrendView>,
    /// Alternate titles, by kind.
    pub title_groups: Vec<TitleGroup>,
    /// Similar occupations.
    pub similar: Vec<CitedText>,
    /// Where to learn more.
    pub learn_more: Vec<LearnMoreView>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
    /// schema.org `Occupation` as JSON, safe inside a script element.
    pub json_ld: String,
}

/// Shows the overview of a career.
pub async fn overview(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .cached(&req, urls::career(&slug).overview(), async {
            let page = CareerPage::Section(Section::Overview);
            let data = load_career(&state, &req, &slug, page, queries::overview).await?;
            Ok(OverviewPage::new(&state, &data)?.render()?)
        })
        .await
}

impl OverviewPage {
    /// The page for `data`.
    fn new(state: &AppState, data: &Overview) -> AppResult<Self> {
        let c = &data.career;
        let address = urls::career(&c.slug).overview();
        let json_ld = jsonld::to_script(&jsonld::occupation(data, state.url(&address)))
            .map_err(|e| AppError::internal("structured data", e))?;
        let mut citer = Citer::new(&data.sources);

        let medians = data
            .medians
            .iter()
            .map(|m| Figure::new(format::money(m.median), &m.date, &m.source, &mut citer))
            .collect();
        let entry_education =
            data.education
                .iter()
                .find(|e| e.key == "minimum")
                .map(|e| CitedText {
                    text: e.title.clone(),
                    cite: citer.cite(&e.source),
                });
        let outlook = data
            .projections
            .iter()
            .map(|p| OutlookFact {
                growth: format::signed_percent(p.growth_percent),
                period: format::period(p.start_year, p.end_year),
                cite: citer.cite(&p.source),
            })
            .collect();
        let work_cites = citer.cite_section(&data.section_sources, "work");
        let duties_cites = citer.cite_section(&data.section_sources, "duties");
        let skills_cites = citer.cite_section(&data.section_sources, "skills");
        let settings_cites = citer.cite_section(&data.section_sources, "work_settings");
        let hours_cites = citer.cite_section(&data.section_sources, "work_hours");
        let trends = data
            .trends
            .iter()
            .map(|t| TrendView {
                title: t.title.clone(),
                text: t.text.clone(),
                cite: citer.cite(&t.source),
            })
            .collect();
        let title_groups = [
            ("also-called", "Also called"),
            ("other-title", "Other job titles"),
            ("similar-title", "Similar job titles in listings"),
        ]
        .into_iter()
        .map(|(kind, heading)| TitleGroup {
            heading,
            titles: data
                .alternate_titles
                .iter()
                .filter(|t| t.kind == kind)
                .map(|t| CitedText {
                    text: t.title.clone(),
                    cite: citer.cite(&t.source),
                })
                .collect(),
        })
        .filter(|g| !g.titles.is_empty())
        .collect();
        let similar = data
            .similar
            .iter()
            .map(|s| CitedText {
                text: s.title.clone(),
                cite: citer.cite(&s.source),
            })
            .collect();
        let learn_more = LearnMoreView::all(&data.learn_more, &mut citer);

        let frame = CareerFrame::new(c, Section::Overview);
        let description = c.summary.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(OverviewPage {
            meta: state.meta(frame.page_title(), description, &address),
            frame,
            summary: c.summary.clone(),
            medians,
            entry_education,
            outlook,
            work: paragraphs(&c.work_text),
            work_cites,
            duties: data.duties.clone(),
            duties_cites,
            skills: data.skills.clone(),
            skills_cites,
            settings: data.work_settings.clone(),
            settings_cites,
            hours: paragraphs(&c.work_hours_text),
            hours_cites,
            trends,
            title_groups,
            similar,
            learn_more,
            sources: citer.finish(),
            json_ld,
        })
    }
}
