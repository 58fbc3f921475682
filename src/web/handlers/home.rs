//! `/`: the way in. Search, the occupational groups, the careers written
//! in depth, and the A-Z index.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{CareerListItem, Group};
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::i18n::Tr;
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
            let tr = Tr::new(lang);
            let page = HomePage {
                meta: state.meta(tr.t("ls-home-title"), tr.t("ls-home-description"), &address),
                groups,
                featured,
                total,
            };
            Ok(page.render()?)
        })
        .await
}
