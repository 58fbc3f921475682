//! `/glossary`: plain-language explanations of the terms pages use, each
//! with an anchor that pages link their first use to, then O*NET's skills,
//! knowledge areas, work styles and work values in our words.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::page::PageMeta;
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::profile::ElementGroup;

/// The glossary page.
#[derive(Template)]
#[template(path = "glossary.html")]
pub struct GlossaryPage {
    /// Page head.
    pub meta: PageMeta,
    /// (id, term, definition), in order.
    pub terms: Vec<(String, String, String)>,
    /// O*NET's elements, by kind.
    pub elements: Vec<ElementGroup>,
}

/// Shows the glossary.
pub async fn glossary(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let address = urls::glossary(lang);
    state.cached(&req, address.clone(), async {
        let terms = state.db(read::glossary).await?;
        let elements = ElementGroup::all(&state.db(read::elements).await?);
        let description = "What median, percentile, projection period, certificate, credential, \
                           licensure, the certification abbreviations and the skills, knowledge, \
                           work styles and work values on career pages mean, in plain words.";
        let page = GlossaryPage {
            meta: state.meta("Glossary".to_string(), description.to_string(), &address),
            terms,
            elements,
        };
        Ok(page.render()?)
    })
    .await
}
