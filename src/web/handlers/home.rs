//! `/`: the list of careers.

use actix_web::web;
use askama::Template;

use crate::db::{models::CareerListItem, queries};
use crate::web::page::PageMeta;
use crate::web::{AppResult, AppState};

/// The home page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// Page head.
    pub meta: PageMeta,
    /// Every career.
    pub careers: Vec<CareerListItem>,
}

/// Lists every career.
pub async fn home(state: web::Data<AppState>) -> AppResult<web::Html> {
    let careers = state.db(queries::career_list).await?;
    let page = HomePage {
        meta: PageMeta {
            title: "Explore careers".to_string(),
            description: "What the work is really like, the training it takes, what it pays and \
                          where it is heading, with the source of every figure."
                .to_string(),
            url: state.url("/"),
        },
        careers,
    };
    Ok(web::Html::new(page.render()?))
}
