//! `/schools`: every school, filtered by state and town through a GET
//! form, with the careers each trains for.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read::SchoolListing;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::i18n;
use crate::web::i18n::Tr;
use crate::web::page::{PageMeta, Pager};
use crate::web::params::{Params, SchoolsParams};
use crate::web::state::AppState;
use crate::web::views::school_list;

/// A state in the filter.
#[derive(Debug, Clone)]
pub struct StateChoice {
    /// Code.
    pub code: String,
    /// Name and count, e.g. `Connecticut (12)`.
    pub label: String,
    /// True when chosen.
    pub selected: bool,
}

/// The schools page.
#[derive(Template)]
#[template(path = "schools.html")]
pub struct SchoolsPage {
    /// Page head.
    pub meta: PageMeta,
    /// Schools on this page.
    pub schools: Vec<SchoolListing>,
    /// States to choose from.
    pub states: Vec<StateChoice>,
    /// Chosen state's name.
    pub state_name: Option<String>,
    /// Chosen town.
    pub town: String,
    /// Pagination.
    pub pager: Pager,
}

impl SchoolsPage {
    /// The sentence that says no school matches, with a link to every
    /// school at `all_schools`, as HTML.
    fn no_match(&self, all_schools: &str) -> String {
        let tr = self.meta.tr;
        let link = crate::web::i18n::link(all_schools, tr.t("tr-show-all-schools-link"));
        let town = i18n::text(&self.town);
        let state = self
            .state_name
            .as_deref()
            .map(|s| i18n::text(format::state_in_sentence(tr, s)));
        match (self.town.is_empty(), state) {
            (true, None) => tr.html("tr-schools-no-match", &[("link", link)]),
            (false, None) => tr.html(
                "tr-schools-no-match-town",
                &[("town", town), ("link", link)],
            ),
            (true, Some(state)) => tr.html(
                "tr-schools-no-match-state",
                &[("state", state), ("link", link)],
            ),
            (false, Some(state)) => tr.html(
                "tr-schools-no-match-town-state",
                &[("town", town), ("state", state), ("link", link)],
            ),
        }
    }
}

/// Lists schools.
pub async fn schools(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    Params(filter): Params<SchoolsParams>,
) -> AppResult<HttpResponse> {
    let address = school_list::href(lang, &filter, filter.page);
    state
        .cached(&req, address.clone(), async {
            let (data, pager) = school_list::load(&state, lang, &filter).await?;
            let (us_state, town, page) = (filter.state.get(), filter.town.get(), filter.page);
            let states = data
                .states
                .iter()
                .map(|(code, n)| StateChoice {
                    code: code.clone(),
                    label: format!("{} ({})", format::state_name(code), format::number(*n)),
                    selected: us_state == Some(code.as_str()),
                })
                .collect();
            let tr = Tr::new(lang);
            // "Schools in Hartford, Connecticut", but "Schools in the District
            // of Columbia".
            let mut title = match (town, us_state) {
                (None, None) => tr.t("tr-schools-title"),
                (Some(t), None) => tr.t1("tr-schools-title-town", "town", t),
                (None, Some(s)) => tr.t1(
                    "tr-schools-title-state",
                    "state",
                    format::state_in_sentence(tr, format::state_name(s)),
                ),
                (Some(t), Some(s)) => tr.t2(
                    "tr-schools-title-town-state",
                    "town",
                    t,
                    "state",
                    format::state_name(s),
                ),
            };
            if !page.is_first() {
                title = tr.t2(
                    "tr-schools-title-page",
                    "title",
                    title,
                    "page",
                    page.get().to_string(),
                );
            }
            let description = tr.t2(
                "tr-schools-description",
                "count",
                data.total,
                "shown",
                format::number(data.total),
            );
            let page_view = SchoolsPage {
                meta: state.meta(title, description, &address),
                schools: data.schools,
                states,
                state_name: us_state.map(|s| format::state_name(s).to_string()),
                town: town.unwrap_or_default().to_string(),
                pager,
            };
            Ok(page_view.render()?)
        })
        .await
}
