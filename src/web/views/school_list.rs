//! The schools list filtered by state and town, a page at a time: the
//! schools page and the API's schools list both show it.

use crate::db::read;
use crate::db::read::SchoolPage;
use crate::domain::Lang;
use crate::web::error::AppResult;
use crate::web::page::{PER_PAGE, Pager};
use crate::web::params::SchoolsParams;
use crate::web::state::AppState;
use crate::web::urls;

/// The address of page `page` of the list as `filter` filters it.
pub fn href(lang: Lang, filter: &SchoolsParams, page: crate::web::params::PageNumber) -> String {
    urls::schools(lang, filter.state.get(), filter.town.get(), page)
}

/// The page of schools `filter` asks for, with its pagination; a page
/// past the last is a 404.
pub async fn load(
    state: &AppState,
    lang: Lang,
    filter: &SchoolsParams,
) -> AppResult<(SchoolPage, Pager)> {
    let (s, t, page) = (filter.state.clone(), filter.town.clone(), filter.page);
    let data = state
        .db_in(lang, move |c| {
            read::school_page(c, s.get(), t.get(), PER_PAGE, Pager::offset(page))
        })
        .await?;
    let pager = Pager::new(page, data.total, "this list", |n| href(lang, filter, n))?;
    Ok((data, pager))
}
