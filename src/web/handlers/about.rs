//! `/about/data`: every dataset the site uses, with its publisher,
//! release, license and the attribution line its license asks for.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::DatasetInfo;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::i18n::{self, Tr};
use crate::web::page::PageMeta;
use crate::web::state::AppState;
use crate::web::urls;

/// The page that credits the data.
#[derive(Template)]
#[template(path = "about_data.html")]
pub struct AboutDataPage {
    /// Page head.
    pub meta: PageMeta,
    /// The datasets.
    pub datasets: Vec<DatasetView>,
}

/// A dataset as the page shows it.
#[derive(Debug, Clone)]
pub struct DatasetView {
    /// What the database says of it (its attribution word for word).
    pub info: DatasetInfo,
    /// Its heading, as HTML: name and release, with a gloss of the name in
    /// the reader's language where one helps.
    pub heading: String,
    /// Its release, in the page's language ("May 2025").
    pub release: String,
    /// For readers of other languages, why the attribution stays word for
    /// word in English (empty in English).
    pub attribution_note: String,
}

impl DatasetView {
    fn new(tr: Tr, info: DatasetInfo) -> Self {
        let release = format::release(tr, &info.release);
        let gloss = gloss_id(&info.id).map(|id| tr.t(id)).unwrap_or_default();
        // The name stays as published: a title, in English.
        let name = i18n::cite(&info.name);
        let heading = if gloss.is_empty() {
            tr.html(
                "ls-about-heading",
                &[("name", name), ("release", i18n::text(&release))],
            )
        } else {
            tr.html(
                "ls-about-heading-glossed",
                &[
                    ("name", name),
                    ("gloss", i18n::text(gloss)),
                    ("release", i18n::text(&release)),
                ],
            )
        };
        // An attribution under a CC BY license is the license's wording.
        let attribution_note = tr.t(if info.license.starts_with("CC BY") {
            "ls-about-attribution-license"
        } else {
            "ls-about-attribution-source"
        });
        Self {
            info,
            heading,
            release,
            attribution_note,
        }
    }
}

/// The message glossing the name of dataset `id`, if there is one.
fn gloss_id(id: &str) -> Option<&'static str> {
    Some(match id {
        "bls-oews" => "ls-about-gloss-bls-oews",
        "bls-projections" => "ls-about-gloss-bls-projections",
        "onet" | "onet-titles" | "onet-related" | "onet-profile" => "ls-about-gloss-onet",
        "college-scorecard" => "ls-about-gloss-college-scorecard",
        "cip-soc" => "ls-about-gloss-cip-soc",
        "soc-titles" => "ls-about-gloss-soc-titles",
        _ => return None,
    })
}

/// Shows where the data comes from.
pub async fn data(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let address = urls::about_data(lang, None);
    state
        .cached(&req, address.clone(), async {
            let tr = Tr::new(lang);
            let datasets = state.db_in(lang, read::datasets).await?;
            let page = AboutDataPage {
                meta: state.meta(
                    tr.t("ls-about-title"),
                    tr.t("ls-about-description"),
                    &address,
                ),
                datasets: datasets
                    .into_iter()
                    .map(|d| DatasetView::new(tr, d))
                    .collect(),
            };
            Ok(page.render()?)
        })
        .await
}
