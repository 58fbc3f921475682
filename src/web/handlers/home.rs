//! `/`: the way in. Search, the occupational groups, the careers written
//! in depth, and the A-Z index.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{CareerListItem, Group};
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::page::PageMeta;
use crate::web::params::PageNumber;
use crate::web::state::AppState;
use crate::web::urls;

/// Most careers shown as "in depth" on the home page.
const FEATURED: i64 = 12;

/// The home page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// Page head.
    pub meta: PageMeta,
    /// The major occupational groups.
    pub groups: Vec<Group>,
    /// Careers written by hand, in depth.
    pub featured: Vec<CareerListItem>,
    /// How many careers there are in all.
    pub total: i64,
}

/// Shows the home page.
pub async fn home(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let address = urls::home(lang, PageNumber::default());
    state
        .cached(&req, address.clone(), async {
            let (groups, featured, total) = state
                .db_in(lang, |c| {
                    Ok((
                        read::groups(c)?,
                        read::handwritten(c, FEATURED)?,
                        read::career_count(c)?,
                    ))
                })
                .await?;
            let description = "What the work is really like, the training it takes, what it pays \
                               and where it is heading, for every occupation in the United States, \
                               with the source of every figure.";
            let page = HomePage {
                meta: state.meta(
                    "Explore careers".to_string(),
                    description.to_string(),
                    &address,
                ),
                groups,
                featured,
                total,
            };
            Ok(page.render()?)
        })
        .await
}
