//! `/glossary`: plain-language explanations of the terms pages use, each
//! with an anchor that pages link their first use to.

use actix_web::web;
use askama::Template;

use crate::db::queries;
use crate::web::page::PageMeta;
use crate::web::{AppResult, AppState, cache_key};

/// The glossary page.
#[derive(Template)]
#[template(path = "glossary.html")]
pub struct GlossaryPage {
    /// Page head.
    pub meta: PageMeta,
    /// (id, term, definition), in order.
    pub terms: Vec<(String, String, String)>,
}

/// Shows the glossary.
pub async fn glossary(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
) -> AppResult<actix_web::HttpResponse> {
    state
        .page(&req, cache_key("/glossary", &[]), render(state.clone()))
        .await
}

async fn render(state: web::Data<AppState>) -> AppResult<String> {
    let terms = state.db(queries::glossary).await?;
    let page = GlossaryPage {
        meta: PageMeta {
            title: "Glossary".to_string(),
            description: "What median, percentile, projection period, certificate, credential, licensure and the certification abbreviations mean, in plain words.".to_string(),
            url: state.url("/glossary"),
        },
        terms,
    };
    Ok(page.render()?)
}
