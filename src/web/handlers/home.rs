//! `/`: the list of careers, fifty to a page (`?page=2`).

use actix_web::web;
use askama::Template;
use serde::Deserialize;

use crate::db::{models::CareerListItem, queries};
use crate::web::page::{PageMeta, Pager, check_page_exists, parse_page};
use crate::web::{AppResult, AppState, cache_key};

/// Careers on one page.
pub const PER_PAGE: i64 = 50;

/// Query string of the home page. Unknown parameters are ignored.
#[derive(Debug, Deserialize)]
pub struct HomeQuery {
    /// Page number.
    pub page: Option<String>,
}

/// The home page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// Page head.
    pub meta: PageMeta,
    /// The careers on this page.
    pub careers: Vec<CareerListItem>,
    /// Pagination.
    pub pager: Pager,
}

fn href(page: i64) -> String {
    if page == 1 {
        "/".to_string()
    } else {
        format!("/?page={page}")
    }
}

/// Lists the careers.
pub async fn home(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<HomeQuery>,
) -> AppResult<actix_web::HttpResponse> {
    let key = cache_key("/", &[("page", query.page.as_deref())]);
    state.page(&req, key, render(state.clone(), query)).await
}

/// Renders the page.
async fn render(state: web::Data<AppState>, query: web::Query<HomeQuery>) -> AppResult<String> {
    let page = parse_page(query.page.as_deref())?;
    let (careers, total) = state
        .db(move |c| queries::career_page(c, PER_PAGE, Pager::offset(page, PER_PAGE)))
        .await?;
    let pager = Pager::new(page, total, PER_PAGE, href);
    check_page_exists(page, pager.pages, "the career list")?;
    let page = HomePage {
        meta: PageMeta {
            title: if page == 1 {
                "Explore careers".to_string()
            } else {
                format!("Explore careers, page {page}")
            },
            description: "What the work is really like, the training it takes, what it pays and \
                          where it is heading, with the source of every figure."
                .to_string(),
            url: state.url(&href(page)),
        },
        careers,
        pager,
    };
    Ok(page.render()?)
}
