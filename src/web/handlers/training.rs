//! `/careers/{slug}/training`: education, certification, licensing and
//! schools, with the schools table filtered by town (`?town=Bridgeport`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{ProgramFilter, TownFilter, Training};
use crate::domain::sources::{CROSSWALK, ONET, SCORECARD};
use crate::web::chart::{BarChart, Value};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::{check_state, load_career, with_state_name};
use crate::web::page::{CareerFrame, CitedSource, Citer, PageMeta, Pager, paragraphs};
use crate::web::params::{Params, TrainingParams};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, Section};
use crate::web::views::current::{Current, Shown};
use crate::web::views::programs::{PER_PAGE, ProgramList};

/// A rung of the education ladder.
#[derive(Debug, Clone)]
pub struct Rung {
    /// Heading.
    pub title: String,
    /// How long it takes.
    pub duration: Option<String>,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

/// A certification row.
#[derive(Debug, Clone)]
pub struct CertificationRow {
    /// Name, with abbreviation.
    pub name: String,
    /// Body abbreviation.
    pub body: String,
    /// Body full name.
    pub body_name: String,
    /// The body's entry in the glossary.
    pub body_href: String,
    /// Explanation.
    pub text: Option<String>,
    /// Source number.
    pub cite: usize,
}

/// A licensing row.
#[derive(Debug, Clone)]
pub struct LicensingRow {
    /// State name.
    pub state: String,
    /// Whether a licence is required.
    pub required: bool,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

/// A school row.
#[derive(Debug, Clone)]
pub struct SchoolRow {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State name.
    pub state: String,
    /// Source number.
    pub cite: usize,
    /// The Scorecard institution it is: (address, name).
    pub institution: Option<(String, String)>,
    /// The institution it is now part of: (address, name).
    pub now_part_of: Option<(String, String)>,
}

/// A choice in the town filter.
#[derive(Debug, Clone)]
pub struct TownChoice {
    /// Town name.
    pub name: String,
    /// Link to the filtered view.
    pub href: String,
    /// True when it is the town shown.
    pub selected: bool,
}

/// O*NET's shares of workers by level of education, as a chart and a
/// table.
#[derive(Debug, Clone)]
pub struct EducationLevels {
    /// The rows: (label, percent as O*NET prints it, O*NET advises
    /// against relying on it).
    pub rows: Vec<(String, String, bool)>,
    /// The same as a bar chart.
    pub chart: BarChart,
    /// The O*NET occupation rated: code and title.
    pub onet: (String, String),
    /// When rated (YYYY-MM).
    pub date: String,
    /// True when any row is one O*NET advises against relying on.
    pub any_suppressed: bool,
    /// Source number.
    pub cite: usize,
}

impl EducationLevels {
    fn new(data: &Training, citer: &mut Citer) -> Option<Self> {
        let first = data.education_shares.first()?;
        let onet = data
            .occupation
            .as_ref()
            .and_then(|o| o.onet.iter().find(|x| x.code == first.onet_code))
            .map(|x| (x.code.clone(), x.title.clone()))
            .unwrap_or_else(|| (first.onet_code.clone(), String::new()));
        let hundredths = |p: &str| -> i64 {
            let (whole, frac) = p.split_once('.').unwrap_or((p, ""));
            let frac: String = frac.chars().chain("00".chars()).take(2).collect();
            whole.parse::<i64>().unwrap_or(0) * 100 + frac.parse::<i64>().unwrap_or(0)
        };
        let chart = BarChart::new(
            "education-chart",
            "Share of workers by the education their job requires".to_string(),
            "One bar per level of education, from less than high school to post-doctoral training, in the order of the table below."
                .to_string(),
            vec!["Share of workers".to_string()],
            data.education_shares
                .iter()
                .map(|e| {
                    (
                        e.label.clone(),
                        vec![Value {
                            series: 0,
                            value: hundredths(&e.percent),
                            label: format!("{}%", e.percent),
                        }],
                    )
                })
                .collect(),
        )
        .with_caption("The table below gives the same shares.");
        Some(Self {
            rows: data
                .education_shares
                .iter()
                .map(|e| (e.label.clone(), e.percent.clone(), e.suppress))
                .collect(),
            chart,
            onet,
            date: first.date.clone(),
            any_suppressed: data.education_shares.iter().any(|e| e.suppress),
            cite: citer.cite(ONET),
        })
    }
}

/// The training page.
#[derive(Template)]
#[template(path = "career/training.html")]
pub struct TrainingPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// The education ladder.
    pub ladder: Vec<Rung>,
    /// Typical coursework.
    pub coursework: Vec<String>,
    /// Sources of the coursework.
    pub coursework_cites: Vec<usize>,
    /// Certifications.
    pub certifications: Vec<CertificationRow>,
    /// Facts about certification.
    pub certification_text: Vec<String>,
    /// Sources of those facts.
    pub certification_cites: Vec<usize>,
    /// Renewal period, in years.
    pub renewal_years: Option<i64>,
    /// Source of the renewal period.
    pub renewal_cite: Option<usize>,
    /// True for a hand-written career.
    pub handwritten: bool,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// O*NET's shares of workers by level of education.
    pub education_levels: Option<EducationLevels>,
    /// Licensing by state.
    pub licensing: Vec<LicensingRow>,
    /// Schools shown.
    pub schools: Vec<SchoolRow>,
    /// Towns to choose from.
    pub towns: Vec<TownChoice>,
    /// The town shown, if filtered.
    pub town: Option<String>,
    /// A town that was asked for but has no school.
    pub unknown_town: Option<String>,
    /// Address of the schools table as CSV, filtered as shown.
    pub schools_csv_href: String,
    /// College Scorecard programs in the career's fields of study, when
    /// the crosswalk links it to any.
    pub programs: Option<ProgramList>,
    /// Source numbers of the Scorecard and the crosswalk.
    pub programs_cites: (usize, usize),
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
}

/// Shows the training page of a career.
pub async fn training(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    Params(params): Params<TrainingParams>,
) -> AppResult<HttpResponse> {
    let chosen = params.state.get();
    let choice = params.programs();
    let town = params.town.get();
    let address = urls::career(&slug)
        .in_state(chosen)
        .training_as(town, &choice);
    state
        .cached(&req, address, async {
            let page = CareerPage::Section(Section::Training);
            let asked = chosen.map(str::to_string);
            let town_asked = town.map(str::to_string);
            let filter = ProgramFilter {
                state: asked.clone(),
                credential: choice.credential,
            };
            let (sort, offset) = (choice.sort, Pager::offset_sized(choice.page, PER_PAGE));
            let ((data, programs, states), known) =
                load_career(&state, &req, &slug, page, move |c, s| {
                    let Some(data) = read::training(c, s, town_asked.as_deref())? else {
                        return Ok(None);
                    };
                    let programs =
                        read::programs(c, data.career.id, &filter, sort, Some(PER_PAGE), offset)?;
                    let states = read::us_states(c)?;
                    with_state_name(c, asked.as_deref(), Some((data, programs, states)))
                })
                .await?;
            check_state(chosen, &known)?;
            let urls = urls::career(&data.career.slug).in_state(chosen);
            let list = if programs.fields.is_empty() {
                None
            } else {
                Some(ProgramList::new(
                    &programs,
                    &urls,
                    data.town_filter.town(),
                    &choice,
                    known,
                    &states,
                )?)
            };
            Ok(TrainingPage::new(&state, &data, chosen, list).render()?)
        })
        .await
}

impl TrainingPage {
    /// The page for `data`.
    fn new(
        state: &AppState,
        data: &Training,
        state_code: Option<&str>,
        programs: Option<ProgramList>,
    ) -> Self {
        let mut citer = Citer::new(&data.sources);
        let c = &data.career;
        let current = data.occupation.as_ref().map(|o| {
            Current::new(
                o,
                &mut citer,
                Shown {
                    wages: false,
                    projection: true,
                    job_zone: true,
                },
            )
        });
        let education_levels = EducationLevels::new(data, &mut citer);

        let ladder = data
            .education
            .iter()
            .map(|e| Rung {
                title: e.title.clone(),
                duration: e.duration.clone(),
                text: e.text.clone(),
                cite: citer.cite(&e.source),
            })
            .collect();
        let coursework_cites = citer.cite_section(&data.section_sources, "coursework");
        let certifications = data
            .certifications
            .iter()
            .map(|cert| CertificationRow {
                name: match &cert.abbreviation {
                    Some(a) => format!("{} ({a})", cert.name),
                    None => cert.name.clone(),
                },
                body: cert.body.clone(),
                body_name: cert.body_name.clone(),
                body_href: urls::glossary_term(&cert.body.to_lowercase()),
                text: cert.text.clone(),
                cite: citer.cite(&cert.source),
            })
            .collect();
        let certification_cites = citer.cite_section(&data.section_sources, "certification");
        let text = c.text.as_ref();
        let renewal_cite = text.map(|t| citer.cite(&t.renewal_source));
        let licensing = data
            .licensing
            .iter()
            .map(|l| LicensingRow {
                state: format::state_name(&l.state).to_string(),
                required: l.required,
                text: l.text.clone(),
                cite: citer.cite(&l.source),
            })
            .collect();
        let schools = data
            .schools
            .iter()
            .map(|s| SchoolRow {
                name: s.name.clone(),
                town: s.town.clone(),
                state: format::state_name(&s.state).to_string(),
                cite: citer.cite(&s.source),
                institution: s
                    .institution
                    .as_ref()
                    .map(|i| (urls::institution(&i.unitid), i.name.clone())),
                now_part_of: s
                    .institution
                    .as_ref()
                    .and_then(|i| i.merged_into.as_ref())
                    .map(|(id, name)| (urls::institution(id), name.clone())),
            })
            .collect();
        let (town, unknown_town) = match &data.town_filter {
            TownFilter::All => (None, None),
            TownFilter::Town(t) => (Some(t.clone()), None),
            TownFilter::Unknown(t) => (None, Some(t.clone())),
        };
        let urls = urls::career(&c.slug);
        let towns = data
            .towns
            .iter()
            .map(|t| TownChoice {
                name: t.clone(),
                href: urls.clone().in_state(state_code).schools_in(Some(t)),
                selected: town.as_deref() == Some(t.as_str()),
            })
            .collect();

        let frame = CareerFrame::new(c, Section::Training, state_code);
        let description = format!(
            "What it takes to start as one of the {}: education, experience and training{}{}.",
            frame.people(),
            if c.text.is_some() {
                ", coursework, certifications, licensing and schools"
            } else {
                ""
            },
            town.as_deref()
                .map(|t| format!(" in {t}"))
                .unwrap_or_default()
        );
        TrainingPage {
            meta: state.meta(
                frame.page_title(),
                description,
                &urls.training_in(town.as_deref()),
            ),
            frame,
            ladder,
            coursework: data.coursework.clone(),
            coursework_cites,
            certifications,
            certification_text: text
                .map(|t| paragraphs(&t.certification_text))
                .unwrap_or_default(),
            certification_cites,
            renewal_years: text.map(|t| t.renewal_years),
            renewal_cite,
            handwritten: text.is_some(),
            current,
            education_levels,
            licensing,
            schools,
            towns,
            schools_csv_href: urls.schools_csv(town.as_deref()),
            programs_cites: match programs {
                Some(_) => (citer.cite(SCORECARD), citer.cite(CROSSWALK)),
                None => (0, 0),
            },
            programs,
            town,
            unknown_town,
            sources: citer.finish(),
        }
    }
}
