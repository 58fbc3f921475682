//! What the pages of a career do alike: answer from the cache or load the
//! career's data for the chosen state, refuse a state BLS publishes
//! nothing for, and render the page built from the data.

use actix_web::{HttpRequest, HttpResponse};

use crate::db::read::{Overview, Salary, Sheet};
use crate::web::error::AppResult;
use crate::web::handlers::{check_state, load_career};
use crate::web::state::AppState;
use crate::web::urls::{CareerPage, Section};

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

/// A request for a page of a career: who asks, for which career, in which
/// state.
pub struct CareerRequest<'a> {
    /// The request.
    pub req: &'a HttpRequest,
    /// The application.
    pub state: &'a AppState,
    /// The career's slug as asked.
    pub slug: &'a str,
    /// The state chosen, if any.
    pub chosen: Option<&'a str>,
}

impl<'a> CareerRequest<'a> {
    /// The request `req` for the career `slug` in the `chosen` state.
    pub fn new(
        req: &'a HttpRequest,
        state: &'a AppState,
        slug: &'a str,
        chosen: Option<&'a str>,
    ) -> Self {
        Self {
            req,
            state,
            slug,
            chosen,
        }
    }

    /// Answers `section` of the career at `address` (its cache key):
    /// `query` loads the data for the chosen state, and `build` renders the
    /// page from it.
    pub async fn page<D, Q, B>(
        self,
        section: Section,
        address: String,
        query: Q,
        build: B,
    ) -> AppResult<HttpResponse>
    where
        D: ChosenState + Send + 'static,
        Q: FnOnce(&rusqlite::Connection, &str, Option<&str>) -> rusqlite::Result<Option<D>>
            + Send
            + 'static,
        B: FnOnce(D) -> AppResult<String>,
    {
        let Self {
            req,
            state,
            slug,
            chosen,
        } = self;
        state
            .cached(req, address, async {
                let asked = chosen.map(str::to_string);
                let page = CareerPage::Section(section);
                let data = load_career(state, req, slug, page, move |c, s| {
                    query(c, s, asked.as_deref())
                })
                .await?;
                check_state(chosen, &data.state_found().then_some(()))?;
                build(data)
            })
            .await
    }
}
