//! `/careers/{slug}`: the overview and job description.

use actix_web::web;
use askama::Template;

use crate::db::models::LearnMore;
use crate::db::queries;
use crate::web::format;
use crate::web::handlers::load_career;
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta, Section, paragraphs};
use crate::web::{AppError, AppResult, AppState, cache_key, jsonld};

/// A piece of text with the number of its source.
#[derive(Debug, Clone)]
pub struct CitedText {
    /// The text.
    pub text: String,
    /// Source number on the page.
    pub cite: usize,
}

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

/// An organisation to learn more from.
#[derive(Debug, Clone)]
pub struct LearnMoreView {
    /// Name.
    pub name: String,
    /// Address lines.
    pub address: Vec<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Phone number for a `tel:` link (digits only).
    pub phone_digits: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// Source number.
    pub cite: usize,
}

impl LearnMoreView {
    /// Shows `l`, citing its source.
    pub fn new(l: &LearnMore, citer: &mut Citer) -> Self {
        Self {
            name: l.name.clone(),
            address: l.address.clone(),
            phone: l.phone.clone(),
            phone_digits: l.phone.as_ref().map(|p| {
                let digits: String = p.chars().filter(char::is_ascii_digit).collect();
                if digits.len() == 10 {
                    format!("+1{digits}")
                } else {
                    digits
                }
            }),
            url: l.url.clone(),
            cite: citer.cite(&l.source),
        }
    }
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
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> AppResult<actix_web::HttpResponse> {
    let key = cache_key(req.path(), &[]);
    state
        .page(&req, key, render(req.clone(), state.clone(), path))
        .await
}

/// Renders the page.
async fn render(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> AppResult<String> {
    let slug = path.into_inner();
    let data = load_career(&state, &req, &slug, Section::Overview, queries::overview).await?;
    let json_ld = jsonld::to_script(&jsonld::occupation(
        &data,
        &data.sources,
        state.url(&Section::Overview.href(&data.career.slug)),
    ))
    .map_err(|e| AppError::Internal(format!("structured data: {e}")))?;
    let mut citer = Citer::new(&data.sources);
    let c = &data.career;

    let medians = data
        .medians
        .iter()
        .map(|m| Figure::new(format::money(m.median), &m.date, &m.source, &mut citer))
        .collect();
    let entry_education = data
        .education
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
    let learn_more = data
        .learn_more
        .iter()
        .map(|l| LearnMoreView::new(l, &mut citer))
        .collect();

    let description = c.summary.split_whitespace().collect::<Vec<_>>().join(" ");
    let frame = CareerFrame::new(c, Section::Overview);
    let page = OverviewPage {
        meta: frame.meta(description, state.url(&frame.path())),
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
    };
    Ok(page.render()?)
}
