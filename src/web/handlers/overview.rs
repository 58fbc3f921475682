//! `/careers/{slug}`: the overview and job description.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::Overview;
use crate::domain::sources::{ONET_RELATED, ONET_TITLES};
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::handlers::{check_state, load_career};
use crate::web::jsonld;
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta, paragraphs};
use crate::web::params::{CareerParams, Params};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::cited::{CitedText, LearnMoreView};
use crate::web::views::current::{CareerRow, Current, Shown};
use crate::web::views::interests::ProfileView;
use crate::web::views::pay::{StateChooser, StateView};

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
    /// Growth (`+9%`, `4.0%`).
    pub growth: String,
    /// Period (`2020-2030`).
    pub period: String,
    /// Openings a year, where the projection gives them.
    pub openings: Option<String>,
    /// Source number.
    pub cite: usize,
}

/// How many titles, and software examples, show before "more".
const SHOWN: usize = 8;

/// The overview page.
#[derive(Template)]
#[template(path = "career/overview.html")]
pub struct OverviewPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// The hand-written summary, or sentences made from the figures.
    pub summary: String,
    /// True for a hand-written career.
    pub handwritten: bool,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// Pay in the chosen state, beside the nation's.
    pub state_view: Option<StateView>,
    /// The form that chooses a state.
    pub chooser: Option<StateChooser>,
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
    /// The interest profile (O*NET).
    pub interest: Option<ProfileView>,
    /// Trends.
    pub trends: Vec<TrendView>,
    /// Alternate titles, by kind.
    pub title_groups: Vec<TitleGroup>,
    /// Similar occupations.
    pub similar: Vec<CitedText>,
    /// The most common titles people use (never marked hot).
    pub common_titles: Vec<(String, bool)>,
    /// The other titles.
    pub more_titles: Vec<(String, bool)>,
    /// Sources of the titles.
    pub titles_cites: Vec<usize>,
    /// Related careers.
    pub related: Vec<CareerRow>,
    /// Source of the related careers.
    pub related_cite: Option<usize>,
    /// Software: (example, hot technology).
    pub software: Vec<(String, bool)>,
    /// The rest of the software.
    pub more_software: Vec<(String, bool)>,
    /// Source of the software.
    pub software_cite: Option<usize>,
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
    Params(CareerParams { state: chosen }): Params<CareerParams>,
) -> AppResult<HttpResponse> {
    let chosen = chosen.get();
    let address = urls::career(&slug).in_state(chosen).overview();
    state
        .cached(&req, address, async {
            let page = CareerPage::Section(Section::Overview);
            let asked = chosen.map(str::to_string);
            let data = load_career(&state, &req, &slug, page, move |c, s| {
                read::overview(c, s, asked.as_deref())
            })
            .await?;
            check_state(chosen, &data.state_pay)?;
            Ok(OverviewPage::new(&state, &data, chosen)?.render()?)
        })
        .await
}

impl OverviewPage {
    /// The page for `data`, with pay in `state_code` if chosen.
    fn new(state: &AppState, data: &Overview, state_code: Option<&str>) -> AppResult<Self> {
        let c = &data.career;
        let address = urls::career(&c.slug).in_state(state_code).overview();
        let mut citer = Citer::new(&data.sources);
        let current = data
            .occupation
            .as_ref()
            .map(|o| Current::new(o, &mut citer, Shown::ALL));
        let summary = match (&c.text, &current) {
            (Some(t), _) => t.summary.clone(),
            (None, Some(cur)) => cur.summary(),
            (None, None) => String::new(),
        };
        let json_ld = jsonld::to_script(&jsonld::occupation(
            data,
            current.as_ref(),
            &summary,
            state.url(&address),
        ))
        .map_err(|e| AppError::internal("structured data", e))?;

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
        let entry_education =
            data.education
                .iter()
                .find(|e| e.key == "minimum")
                .map(|e| CitedText {
                    text: e.title.clone(),
                    cite: citer.cite(&e.source),
                });
        let mut outlook: Vec<OutlookFact> = current
            .iter()
            .map(|cur| OutlookFact {
                growth: cur.percent.clone(),
                period: cur.period.clone(),
                openings: Some(cur.openings_phrase.clone()),
                cite: cur.projection_cite,
            })
            .collect();
        outlook.extend(data.projections.iter().map(|p| OutlookFact {
            growth: format::signed_percent(p.growth_percent),
            period: format::period(p.start_year, p.end_year),
            openings: None,
            cite: citer.cite(&p.source),
        }));
        let interest = data
            .interest
            .as_ref()
            .map(|p| ProfileView::new(p, &c.title, &mut citer));
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

        let shown = data
            .job_titles
            .iter()
            .filter(|t| t.common)
            .count()
            .clamp(SHOWN.min(data.job_titles.len()), SHOWN * 2);
        let mut titles_sources: Vec<String> = Vec::new();
        for t in &data.job_titles {
            if !titles_sources.contains(&t.source) {
                titles_sources.push(t.source.clone());
            }
        }
        let titles_cites = citer.cite_all(&titles_sources);
        let common_titles = data
            .job_titles
            .iter()
            .take(shown)
            .map(|t| (t.title.clone(), false))
            .collect();
        let more_titles = data
            .job_titles
            .iter()
            .skip(shown)
            .map(|t| (t.title.clone(), false))
            .collect();
        let related_cite = (!data.related.is_empty()).then(|| citer.cite(ONET_RELATED));
        let releases = data.occupation.as_ref().map(|o| &o.releases);
        let related = data
            .related
            .iter()
            .map(|r| CareerRow::new(r, releases))
            .collect();
        let software_cite = (!data.technology.is_empty()).then(|| citer.cite(ONET_TITLES));
        let all_software: Vec<(String, bool)> = data
            .technology
            .iter()
            .map(|t| (t.example.clone(), t.hot))
            .collect();
        let split = all_software
            .iter()
            .filter(|(_, hot)| *hot)
            .count()
            .max(SHOWN)
            .min(all_software.len());
        let (software, more_software) = all_software.split_at(split);
        let learn_more = LearnMoreView::all(&data.learn_more, &mut citer);

        let frame = CareerFrame::new(c, Section::Overview, state_code);
        let state_view = match (&data.state_pay, &data.occupation) {
            (Some(p), Some(o)) => Some(StateView::new(p, o)),
            _ => None,
        };
        let chooser = data.occupation.as_ref().map(|_| {
            StateChooser::new(
                urls::career(&c.slug).overview(),
                Vec::new(),
                &data.us_states,
                state_code,
            )
        });
        let description = summary.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = c.text.as_ref();
        Ok(OverviewPage {
            meta: state.meta(frame.page_title(), description, &address),
            frame,
            summary,
            handwritten: text.is_some(),
            current,
            state_view,
            chooser,
            medians,
            entry_education,
            outlook,
            work: text.map(|t| paragraphs(&t.work_text)).unwrap_or_default(),
            work_cites,
            duties: data.duties.clone(),
            duties_cites,
            skills: data.skills.clone(),
            skills_cites,
            settings: data.work_settings.clone(),
            settings_cites,
            hours: text
                .map(|t| paragraphs(&t.work_hours_text))
                .unwrap_or_default(),
            hours_cites,
            interest,
            trends,
            title_groups,
            similar,
            common_titles,
            more_titles,
            titles_cites,
            related,
            related_cite,
            software: software.to_vec(),
            more_software: more_software.to_vec(),
            software_cite,
            learn_more,
            sources: citer.finish(),
            json_ld,
        })
    }
}
