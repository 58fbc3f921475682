//! `/sitemap.xml` and `/robots.txt`, so search engines find every page.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db::queries;
use crate::web::error::AppResult;
use crate::web::params::PageNumber;
use crate::web::state::AppState;
use crate::web::urls::{self, Section};

/// One `<url>` of the sitemap.
#[derive(Debug, Clone)]
pub struct SitemapEntry {
    /// Absolute address.
    pub loc: String,
    /// Date the content was last checked (YYYY-MM-DD), if known.
    pub lastmod: Option<String>,
}

/// The sitemap.
#[derive(Template)]
#[template(path = "sitemap.xml")]
pub struct Sitemap {
    /// Every page.
    pub entries: Vec<SitemapEntry>,
}

/// Lists the home page, the index pages, every group and every page of
/// every career.
pub async fn sitemap(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let (careers, groups, institutions) = state
        .db(|c| {
            Ok((
                queries::sitemap(c)?,
                queries::groups(c)?,
                queries::listed_institutions(c)?,
            ))
        })
        .await?;
    let newest = careers.iter().map(|(_, d)| d.clone()).max();
    let mut entries: Vec<SitemapEntry> = [
        urls::home(PageNumber::default()),
        urls::a_z(),
        urls::schools(None, None, PageNumber::default()),
        urls::glossary(),
        urls::about_data(None),
        urls::explore_all(),
    ]
    .into_iter()
    .chain(groups.iter().map(|g| urls::group(&g.slug)))
    .chain(institutions.iter().map(|id| urls::institution(id)))
    .map(|path| SitemapEntry {
        loc: state.url(&path),
        lastmod: newest.clone(),
    })
    .collect();
    for (slug, as_of) in &careers {
        let urls = urls::career(slug);
        for section in Section::ALL {
            entries.push(SitemapEntry {
                loc: state.url(&urls.section(section)),
                lastmod: Some(as_of.clone()),
            });
        }
    }
    let body = Sitemap { entries }.render()?;
    Ok(HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .body(body))
}

/// Allows every page and points to the sitemap.
pub async fn robots(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            state.url(&urls::sitemap())
        ))
}
