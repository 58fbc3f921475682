//! `/careers/{slug}`: the overview and job description.

use actix_web::HttpResponse;
use askama::Template;

use crate::db::read;
use crate::db::read::Overview;
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::handlers::career::CareerAsk;
use crate::web::i18n::Tr;
use crate::web::jsonld;
use crate::web::page::{CareerFrame, CitedSource, Citer, PageMeta, paragraphs};
use crate::web::params::CareerParams;
use crate::web::state::AppState;
use crate::web::urls::{self, Section};
use crate::web::views::cited::LearnMoreView;
use crate::web::views::current::{Current, Shown};
use crate::web::views::facts::QuickFacts;
use crate::web::views::industries::WhereTheyWork;
use crate::web::views::interests::ProfileView;
use crate::web::views::names::{InsteadLink, JobTitles, OtherNames, Related, Software};
use crate::web::views::path::{Credentials, PathView};
use crate::web::views::pay::{StateChooser, StateView};
use crate::web::views::profile::WhatItTakes;
use crate::web::views::sections::{CitedList, TrendView};

/// The overview page.
#[derive(Template)]
#[template(path = "career/overview.html")]
pub struct OverviewPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// What the work is: the hand-written summary or our description.
    pub summary: String,
    /// Careers a student may have meant instead.
    pub instead: Vec<InsteadLink>,
    /// True for a hand-written career.
    pub handwritten: bool,
    /// The occupation's current figures.
    pub current: Option<Current>,
    /// Pay in the chosen state, beside the nation's.
    pub state_view: Option<StateView>,
    /// The form that chooses a state.
    pub chooser: Option<StateChooser>,
    /// Medians, projections and the education to start.
    pub facts: QuickFacts,
    /// What the work is like.
    pub work: CitedList,
    /// Duties.
    pub duties: CitedList,
    /// Skills.
    pub skills: CitedList,
    /// Work settings.
    pub settings: CitedList,
    /// Work hours.
    pub hours: CitedList,
    /// The industries employing the most, as shares of employment.
    pub industries: Option<WhereTheyWork>,
    /// How to become one.
    pub path: Option<PathView>,
    /// The interest profile (O*NET).
    pub interest: Option<ProfileView>,
    /// What it takes, and the tools used (O*NET 29.3).
    pub takes: WhatItTakes,
    /// Trends.
    pub trends: Vec<TrendView>,
    /// Alternate titles and similar occupations.
    pub names: OtherNames,
    /// The titles people use.
    pub titles: JobTitles,
    /// Related careers.
    pub related: Related,
    /// Software used in the work.
    pub software: Software,
    /// Where to learn more.
    pub learn_more: Vec<LearnMoreView>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
    /// schema.org `Occupation` as JSON, safe inside a script element.
    pub json_ld: String,
}

/// Shows the overview of a career.
pub async fn overview(ask: CareerAsk<CareerParams>) -> AppResult<HttpResponse> {
    ask.page(
        Section::Overview,
        None,
        read::overview,
        |state, lang, data, p| OverviewPage::new(state, lang, &data, p.state.get()),
    )
    .await
}

impl OverviewPage {
    /// The page for `data`, with pay in `state_code` if chosen; sections
    /// cite their sources in the order they are built.
    fn new(
        state: &AppState,
        lang: Lang,
        data: &Overview,
        state_code: Option<&str>,
    ) -> AppResult<Self> {
        let c = &data.career;
        let address = urls::career(lang, &c.slug).in_state(state_code).overview();
        let mut citer = Citer::new(lang, &data.sources);
        let frame = CareerFrame::new(lang, c, Section::Overview, state_code);
        let current = (data.occupation.as_ref()).map(|o| Current::new(o, &mut citer, Shown::ALL));
        let occupation = jsonld::occupation(
            citer.tr(),
            data,
            current.as_ref(),
            &c.description,
            state.url(&address),
        );
        let json_ld =
            jsonld::to_script(&occupation).map_err(|e| AppError::internal("structured data", e))?;
        let (medians, education) = (&data.medians, &data.education);
        let facts = QuickFacts::new(
            current.as_ref(),
            medians,
            education,
            &data.projections,
            &mut citer,
        );
        let interest =
            (data.interest.as_ref()).map(|p| ProfileView::new(lang, p, &c.title, &mut citer));
        let takes = WhatItTakes::new(
            lang,
            data.profile.as_ref(),
            data.tools.as_ref(),
            data.occupation.is_some(),
            &c.title,
            &mut citer,
        );
        let (text, sections) = (c.text.as_ref(), &data.section_sources);
        let prose = |f: fn(&crate::db::read::CareerText) -> &str| {
            text.map(|t| paragraphs(f(t))).unwrap_or_default()
        };
        let work = CitedList::new(prose(|t| &t.work_text), sections, "work", &mut citer);
        let duties = CitedList::new(data.duties.clone(), sections, "duties", &mut citer);
        let skills = CitedList::new(data.skills.clone(), sections, "skills", &mut citer);
        let settings = CitedList::new(
            data.work_settings.clone(),
            sections,
            "work_settings",
            &mut citer,
        );
        let hours = CitedList::new(
            prose(|t| &t.work_hours_text),
            sections,
            "work_hours",
            &mut citer,
        );
        let industries = (data.occupation.as_ref())
            .and_then(|o| WhereTheyWork::new(Tr::new(lang), o, &data.industries, &frame.people()));
        let own = Credentials {
            certifications: &data.certifications,
            licensing: &data.licensing,
        };
        let path = (current.as_ref())
            .map(|cur| PathView::new(cur, data.programs, &own, &frame.urls, &mut citer));
        let trends = TrendView::all(&data.trends, &mut citer);
        let names = OtherNames::new(&data.alternate_titles, &data.similar, &mut citer);
        let titles = JobTitles::new(&data.job_titles, &mut citer);
        let releases = data.occupation.as_ref().map(|o| &o.releases);
        let related = Related::new(lang, &data.related, releases, &mut citer);
        let software = Software::new(&data.technology, &mut citer);
        let learn_more = LearnMoreView::all(&data.learn_more, &mut citer);
        let chooser = data.occupation.as_ref().map(|_| {
            let action = urls::career(lang, &c.slug).overview();
            StateChooser::new(action, Vec::new(), &data.us_states, state_code)
        });
        Ok(OverviewPage {
            meta: state.meta(frame.page_title(), c.description.clone(), &address),
            frame,
            summary: c.description.clone(),
            instead: InsteadLink::all(lang, &data.instead),
            handwritten: text.is_some(),
            current,
            state_view: StateView::chosen(
                Tr::new(lang),
                data.state_pay.as_ref(),
                data.occupation.as_ref(),
            ),
            chooser,
            facts,
            work,
            duties,
            skills,
            settings,
            hours,
            industries,
            path,
            interest,
            takes,
            trends,
            names,
            titles,
            related,
            software,
            learn_more,
            sources: citer.finish(),
            json_ld,
        })
    }
}
