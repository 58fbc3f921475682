//! `/schools`: every school, filtered by state and town through a GET
//! form, with the careers each trains for.

use actix_web::web;
use askama::Template;
use serde::Deserialize;

use crate::db::models::SchoolListing;
use crate::db::queries;
use crate::web::format;
use crate::web::handlers::training::parse_town;
use crate::web::page::{PageMeta, Pager, check_page_exists, parse_page};
use crate::web::{AppError, AppResult, AppState, cache_key};

/// Schools on one page.
pub const PER_PAGE: i64 = 50;

/// Query string of the schools page. Unknown parameters are ignored.
#[derive(Debug, Deserialize)]
pub struct SchoolsQuery {
    /// Two-letter state code.
    pub state: Option<String>,
    /// Town name.
    pub town: Option<String>,
    /// Page number.
    pub page: Option<String>,
}

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

/// Reads `?state=`: blank is every state; else two letters.
pub fn parse_state(raw: Option<&str>) -> AppResult<Option<String>> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Ok(Some(s.to_ascii_uppercase()))
        }
        Some(s) => {
            let shown: String = s.chars().take(20).collect();
            Err(AppError::BadRequest(format!(
                "“{shown}” is not a state. Use a two-letter code such as CT, or choose from the list."
            )))
        }
    }
}

fn schools_href(state: Option<&str>, town: Option<&str>, page: i64) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    if let Some(s) = state {
        q.append_pair("state", s);
    }
    if let Some(t) = town {
        q.append_pair("town", t);
    }
    if page > 1 {
        q.append_pair("page", &page.to_string());
    }
    let q = q.finish();
    if q.is_empty() {
        "/schools".to_string()
    } else {
        format!("/schools?{q}")
    }
}

/// Lists schools.
pub async fn schools(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<SchoolsQuery>,
) -> AppResult<actix_web::HttpResponse> {
    let key = cache_key(
        "/schools",
        &[
            ("state", query.state.as_deref()),
            ("town", query.town.as_deref()),
            ("page", query.page.as_deref()),
        ],
    );
    state.page(&req, key, render(state.clone(), query)).await
}

/// Renders the page.
async fn render(state: web::Data<AppState>, query: web::Query<SchoolsQuery>) -> AppResult<String> {
    let us_state = parse_state(query.state.as_deref())?;
    let town = parse_town(query.town.as_deref())?;
    let page = parse_page(query.page.as_deref())?;
    let (s, t) = (us_state.clone(), town.clone());
    let data = state
        .db(move |c| {
            queries::school_page(
                c,
                s.as_deref(),
                t.as_deref(),
                PER_PAGE,
                Pager::offset(page, PER_PAGE),
            )
        })
        .await?;
    let pager = Pager::new(page, data.total, PER_PAGE, |n| {
        schools_href(us_state.as_deref(), town.as_deref(), n)
    });
    check_page_exists(page, pager.pages, "this list")?;
    let states = data
        .states
        .iter()
        .map(|(code, n)| StateChoice {
            code: code.clone(),
            label: format!("{} ({})", format::state_name(code), format::number(*n)),
            selected: us_state.as_deref() == Some(code.as_str()),
        })
        .collect();
    let mut title = "Schools".to_string();
    if let Some(t) = &town {
        title.push_str(&format!(" in {t}"));
    }
    if let Some(s) = &us_state {
        title.push_str(&format!(
            "{} {}",
            if town.is_some() { "," } else { " in" },
            format::state_name(s)
        ));
    }
    if page > 1 {
        title.push_str(&format!(", page {page}"));
    }
    let page_view = SchoolsPage {
        meta: PageMeta {
            description: format!(
                "{} schools and colleges that train for the careers in this guide, with the careers each trains for.",
                format::number(data.total)
            ),
            url: state.url(&schools_href(us_state.as_deref(), town.as_deref(), page)),
            title,
        },
        schools: data.schools,
        states,
        state_name: us_state
            .as_deref()
            .map(|s| format::state_name(s).to_string()),
        town: town.unwrap_or_default(),
        pager,
    };
    Ok(page_view.render()?)
}
