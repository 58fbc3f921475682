//! `/schools`: every school, filtered by state and town through a GET
//! form, with the careers each trains for.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read::SchoolListing;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::format;
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

/// Lists schools.
pub async fn schools(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    Params(filter): Params<SchoolsParams>,
) -> AppResult<HttpResponse> {
    let address = school_list::href(lang, &filter, filter.page);
    state.cached(&req, address.clone(), async {
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
        let mut title = "Schools".to_string();
        if let Some(t) = town {
            title.push_str(&format!(" in {t}"));
        }
        if let Some(s) = us_state {
            // "Schools in Hartford, Connecticut", but "Schools in the
            // District of Columbia".
            title.push_str(&match town {
                Some(_) => format!(", {}", format::state_name(s)),
                None => format!(
                    " in {}",
                    format::state_in_sentence(Tr::new(lang), format::state_name(s))
                ),
            });
        }
        if !page.is_first() {
            title.push_str(&format!(", page {}", page.get()));
        }
        let description = match data.total {
            0 => "No schools or colleges here train for the careers in this guide.".to_string(),
            1 => "One school or college that trains for the careers in this guide, with the careers it trains for.".to_string(),
            n => format!(
                "{} schools and colleges that train for the careers in this guide, with the careers each trains for.",
                format::number(n)
            ),
        };
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
