//! `/`: the list of careers, fifty to a page (`?page=2`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::{models::CareerListItem, queries};
use crate::web::error::AppResult;
use crate::web::page::{PER_PAGE, PageMeta, Pager};
use crate::web::params::{ListParams, Params};
use crate::web::state::AppState;
use crate::web::urls;

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

/// Lists the careers.
pub async fn home(
    req: HttpRequest,
    state: web::Data<AppState>,
    Params(ListParams { page }): Params<ListParams>,
) -> AppResult<HttpResponse> {
    let address = urls::home(page);
    state
        .cached(&req, address.clone(), async {
            let (careers, total) = state
                .db(move |c| queries::career_page(c, PER_PAGE, Pager::offset(page)))
                .await?;
            let pager = Pager::new(page, total, "the career list", urls::home)?;
            let title = if page.is_first() {
                "Explore careers".to_string()
            } else {
                format!("Explore careers, page {}", page.get())
            };
            let description = "What the work is really like, the training it takes, what it pays \
                           and where it is heading, with the source of every figure.";
            let page = HomePage {
                meta: state.meta(title, description.to_string(), &address),
                careers,
                pager,
            };
            Ok(page.render()?)
        })
        .await
}
