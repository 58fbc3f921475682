//! `/glossary`: plain-language explanations of the terms pages use, each
//! with an anchor that pages link their first use to, then O*NET's skills,
//! knowledge areas, work styles and work values in our words.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::i18n::Tr;
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
    pub elements: Vec<GlossaryGroup>,
}

/// A kind of O*NET element, as the glossary shows it.
#[derive(Debug, Clone)]
pub struct GlossaryGroup {
    /// Anchor of its heading (`skills`).
    pub id: &'static str,
    /// Its heading.
    pub heading: String,
    /// What the kind is, in a sentence.
    pub intro: String,
    /// (anchor, name, explanation), in file order.
    pub entries: Vec<(String, String, String)>,
}

impl GlossaryGroup {
    /// `g` in the words of `tr`'s language.
    fn new(tr: Tr, g: ElementGroup) -> Self {
        let (heading, intro) = match g.id {
            "skills" => ("ls-kind-skills", "ls-glossary-skills-intro"),
            "knowledge" => ("ls-kind-knowledge", "ls-glossary-knowledge-intro"),
            "work-styles" => ("ls-kind-work-styles", "ls-glossary-work-styles-intro"),
            "work-values" => ("ls-kind-work-values", "ls-glossary-work-values-intro"),
            _ => {
                return Self {
                    id: g.id,
                    heading: g.heading.to_string(),
                    intro: g.intro.to_string(),
                    entries: g.entries,
                };
            }
        };
        Self {
            id: g.id,
            heading: tr.t(heading),
            intro: tr.t(intro),
            entries: g.entries,
        }
    }
}

/// Shows the glossary.
pub async fn glossary(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let address = urls::glossary(lang);
    state
        .cached(&req, address.clone(), async {
            let tr = Tr::new(lang);
            let terms = state.db_in(lang, read::glossary).await?;
            let elements = ElementGroup::all(tr, &state.db_in(lang, read::elements).await?)
                .into_iter()
                .map(|g| GlossaryGroup::new(tr, g))
                .collect();
            let page = GlossaryPage {
                meta: state.meta(
                    tr.t("ls-glossary-title"),
                    tr.t("ls-glossary-description"),
                    &address,
                ),
                terms,
                elements,
            };
            Ok(page.render()?)
        })
        .await
}
