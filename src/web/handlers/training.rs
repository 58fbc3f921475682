//! `/careers/{slug}/training`: education, certification, licensing and
//! schools, with the schools table filtered by town (`?town=Bridgeport`).

use actix_web::HttpResponse;
use askama::Template;

use crate::db::read;
use crate::db::read::{ProgramFilter, Training};
use crate::domain::Lang;
use crate::domain::sources::{CROSSWALK, SCORECARD};
use crate::web::error::AppResult;
use crate::web::handlers::career::CareerAsk;
use crate::web::handlers::with_state_name;
use crate::web::page::{CareerFrame, CitedSource, Citer, PageMeta, Pager, paragraphs};
use crate::web::params::TrainingParams;
use crate::web::state::AppState;
use crate::web::urls::{self, Section};
use crate::web::views::career_schools::{SchoolRow, TownFilterView};
use crate::web::views::current::{Current, Shown};
use crate::web::views::education::{CertificationRow, EducationLevels, LicensingRow, Rung};
use crate::web::views::programs::{PER_PAGE, ProgramList};
use crate::web::views::sections::CitedList;

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
    /// Typical coursework, with its sources.
    pub coursework: CitedList,
    /// Certifications.
    pub certifications: Vec<CertificationRow>,
    /// Facts about certification, with their sources.
    pub certification: CitedList,
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
    /// The towns to filter the schools by.
    pub filter: TownFilterView,
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
pub async fn training(ask: CareerAsk<TrainingParams>) -> AppResult<HttpResponse> {
    let choice = ask.params.programs();
    let town_asked = ask.params.town.get().map(str::to_string);
    let address = ask.urls().training_as(town_asked.as_deref(), &choice);
    let (credential, sort) = (choice.credential, choice.sort);
    let offset = Pager::offset_sized(choice.page, PER_PAGE);
    let query = move |c: &rusqlite::Connection, s: &str, asked: Option<&str>| {
        let Some(data) = read::training(c, s, town_asked.as_deref())? else {
            return Ok(None);
        };
        let filter = ProgramFilter {
            state: asked.map(str::to_string),
            credential,
        };
        let programs = read::programs(c, data.career.id, &filter, sort, Some(PER_PAGE), offset)?;
        let states = read::us_states(c)?;
        with_state_name(c, asked, Some((data, programs, states)))
    };
    ask.page(
        Section::Training,
        Some(address),
        query,
        |state, lang, ((data, programs, states), known), p| {
            let chosen = p.state.get();
            let urls = urls::career(lang, &data.career.slug).in_state(chosen);
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
            Ok(TrainingPage::new(state, lang, &data, chosen, list))
        },
    )
    .await
}

impl TrainingPage {
    /// The page for `data`; sections cite their sources in the order they
    /// are built.
    fn new(
        state: &AppState,
        lang: Lang,
        data: &Training,
        state_code: Option<&str>,
        programs: Option<ProgramList>,
    ) -> Self {
        let mut citer = Citer::new(lang, &data.sources);
        let c = &data.career;
        let shown = Shown {
            wages: false,
            projection: true,
            job_zone: true,
        };
        let current = (data.occupation.as_ref()).map(|o| Current::new(o, &mut citer, shown));
        let education_levels = EducationLevels::new(data, &mut citer);
        let ladder = Rung::all(&data.education, &mut citer);
        let sections = &data.section_sources;
        let coursework =
            CitedList::new(data.coursework.clone(), sections, "coursework", &mut citer);
        let certifications = CertificationRow::all(lang, &data.certifications, &mut citer);
        let text = c.text.as_ref();
        let certification_text = text
            .map(|t| paragraphs(&t.certification_text))
            .unwrap_or_default();
        let certification =
            CitedList::new(certification_text, sections, "certification", &mut citer);
        let renewal_cite = text.map(|t| citer.cite(&t.renewal_source));
        let licensing = LicensingRow::all(&data.licensing, &mut citer);
        let schools = SchoolRow::all(lang, &data.schools, &mut citer);
        let urls = urls::career(lang, &c.slug);
        let filter = TownFilterView::new(
            &data.towns,
            &data.town_filter,
            &urls.clone().in_state(state_code),
        );
        let town = filter.town.as_deref();
        let frame = CareerFrame::new(lang, c, Section::Training, state_code);
        let tr = citer.tr();
        let people = frame.people();
        let description = match (text.is_some(), town) {
            (false, None) => tr.t1("tr-description", "people", people),
            (false, Some(t)) => tr.t2("tr-description-in", "people", people, "town", t),
            (true, None) => tr.t1("tr-description-full", "people", people),
            (true, Some(t)) => tr.t2("tr-description-full-in", "people", people, "town", t),
        };
        TrainingPage {
            meta: state.meta(frame.page_title(), description, &urls.training_in(town)),
            schools_csv_href: urls.schools_csv(town),
            frame,
            ladder,
            coursework,
            certifications,
            certification,
            renewal_years: text.map(|t| t.renewal_years),
            renewal_cite,
            handwritten: text.is_some(),
            current,
            education_levels,
            licensing,
            schools,
            filter,
            programs_cites: match programs {
                Some(_) => (citer.cite(SCORECARD), citer.cite(CROSSWALK)),
                None => (0, 0),
            },
            programs,
            sources: citer.finish(),
        }
    }
}
