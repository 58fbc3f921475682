//! What the pages of a career do alike: answer from the cache or load the
//! career's data for the chosen state, refuse a state BLS publishes
//! nothing for, and render the page built from the data.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};

use crate::db::read::{Overview, Salary, Sheet};
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::handlers::{check_state, load_career};
use crate::web::page::PageMeta;
use crate::web::params::{CareerParams, Form, Params, SalaryParams, TrainingParams};
use crate::web::state::AppState;
use crate::web::urls::{self, CareerPage, CareerUrls, Section};

/// A career page's data that says whether the chosen state is one BLS
/// publishes figures for.
pub trait ChosenState {
    /// True when the chosen state was found (or none was chosen and the
    /// data says so by having none).
    fn state_found(&self) -> bool;
}

impl ChosenState for Overview {
    fn state_found(&self) -> bool {
        self.state_pay.is_some()
    }
}

impl ChosenState for Sheet {
    fn state_found(&self) -> bool {
        self.state_pay.is_some()
    }
}

impl ChosenState for Salary {
    fn state_found(&self) -> bool {
        self.state_pay.is_some()
    }
}

/// Data with the name of the chosen state, as
/// [`with_state_name`](crate::web::handlers::with_state_name) gives it.
impl<T> ChosenState for (T, Option<String>) {
    fn state_found(&self) -> bool {
        self.1.is_some()
    }
}

/// The parameters of a career page that say which state's pay it shows.
pub trait StateChoice {
    /// The state chosen, if any.
    fn chosen(&self) -> Option<&str>;
}

impl StateChoice for CareerParams {
    fn chosen(&self) -> Option<&str> {
        self.state.get()
    }
}

impl StateChoice for SalaryParams {
    fn chosen(&self) -> Option<&str> {
        self.state.get()
    }
}

impl StateChoice for TrainingParams {
    fn chosen(&self) -> Option<&str> {
        self.state.get()
    }
}

/// What a career page query loads: the data for a slug in the chosen
/// state, `None` for no such career.
pub trait CareerQuery<D>:
    FnOnce(&rusqlite::Connection, &str, Option<&str>) -> rusqlite::Result<Option<D>> + Send + 'static
{
}

impl<D, F> CareerQuery<D> for F where
    F: FnOnce(&rusqlite::Connection, &str, Option<&str>) -> rusqlite::Result<Option<D>>
        + Send
        + 'static
{
}

/// A request for a page of a career, extracted in the order the address
/// is checked: the application, the career's slug, then the page's
/// parameters `P` (a bad one answers 400 before the handler runs).
pub struct CareerAsk<P> {
    /// The request.
    pub req: HttpRequest,
    /// The application.
    pub state: web::Data<AppState>,
    /// The edition asked for.
    pub lang: Lang,
    /// The career's slug as asked.
    pub slug: String,
    /// The page's parameters, checked.
    pub params: P,
}

impl<P: Form + StateChoice> FromRequest for CareerAsk<P> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = web::Data::<AppState>::extract(&req).await?;
            let slug = web::Path::<String>::extract(&req).await?.into_inner();
            let Params(params) = Params::<P>::extract(&req).await?;
            Ok(Self {
                lang: urls::lang_of(req.path()),
                req,
                state,
                slug,
                params,
            })
        })
    }
}

/// A page of a career: a template with a head whose switch to the other
/// language [`CareerAsk::page`] points at the address the page is shown at.
pub trait CareerView: askama::Template {
    /// The page's head.
    fn meta_mut(&mut self) -> &mut PageMeta;
}

/// Implements [`CareerView`] for career pages with a `meta` field.
macro_rules! career_views {
    ($($page:ty),* $(,)?) => {$(
        impl CareerView for $page {
            fn meta_mut(&mut self) -> &mut PageMeta {
                &mut self.meta
            }
        }
    )*};
}

career_views!(
    crate::web::handlers::overview::OverviewPage,
    crate::web::handlers::outlook::OutlookPage,
    crate::web::handlers::salary::SalaryPage,
    crate::web::handlers::training::TrainingPage,
    crate::web::handlers::sheet::SheetPage,
);

impl<P: StateChoice> CareerAsk<P> {
    /// The career's addresses, in the chosen state.
    pub fn urls(&self) -> CareerUrls {
        urls::career(self.lang, &self.slug).in_state(self.params.chosen())
    }

    /// Answers `section` of the career at `address` (its cache key; `None`
    /// for the section's one address in the chosen state): `query` loads
    /// the data for the chosen state, `build` makes the page from it and
    /// the parameters, and the page's switch to the other language keeps
    /// all of `address`.
    pub async fn page<D, V, B>(
        self,
        section: Section,
        address: Option<String>,
        query: impl CareerQuery<D>,
        build: B,
    ) -> AppResult<HttpResponse>
    where
        D: ChosenState + Send + 'static,
        V: CareerView,
        B: FnOnce(&AppState, Lang, D, &P) -> AppResult<V>,
    {
        let address = address.unwrap_or_else(|| self.urls().section(section));
        let Self {
            req,
            state,
            slug,
            params,
            lang,
        } = self;
        let chosen = params.chosen();
        state
            .cached(&req, address.clone(), async {
                let asked = chosen.map(str::to_string);
                let page = CareerPage::Section(section);
                let data = load_career(&state, &req, &slug, page, move |c, s| {
                    query(c, s, asked.as_deref())
                })
                .await?;
                check_state(chosen, &data.state_found().then_some(()))?;
                let mut view = build(&state, lang, data, &params)?;
                view.meta_mut().show_at(&address);
                Ok(view.render()?)
            })
            .await
    }
}
