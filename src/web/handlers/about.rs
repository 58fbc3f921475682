//! `/about/data`: every dataset the site uses, with its publisher,
//! release, license and the attribution line its license asks for.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::DatasetInfo;
use crate::domain::Lang;
use crate::web::error::AppResult;
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
    pub datasets: Vec<DatasetInfo>,
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
            let datasets = state.db(read::datasets).await?;
            let description = "Where the figures come from: the public datasets, their releases, \
                               licenses and attribution.";
            let page = AboutDataPage {
                meta: state.meta(
                    "Where the data comes from".to_string(),
                    description.to_string(),
                    &address,
                ),
                datasets,
            };
            Ok(page.render()?)
        })
        .await
}
