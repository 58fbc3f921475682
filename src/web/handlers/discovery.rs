//! `/sitemap.xml` and `/robots.txt`, so search engines find every page.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::domain::Interest;
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
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

/// Most addresses in one sitemap file (the sitemaps.org limit).
pub const SITEMAP_LIMIT: usize = 50_000;

/// The sitemap index: one `<sitemap>` per file.
#[derive(Template)]
#[template(path = "sitemap_index.xml")]
pub struct SitemapIndex {
    /// The files' absolute addresses.
    pub files: Vec<String>,
    /// The newest date of any page.
    pub lastmod: Option<String>,
}

/// Every page the sitemap lists: the home page, the index pages, every
/// group, every page of every career and every institution the Scorecard
/// lists in a state.
async fn entries(state: &AppState) -> AppResult<Vec<SitemapEntry>> {
    let (careers, groups, institutions) = state
        .db(|c| {
            Ok((
                read::sitemap(c)?,
                read::groups(c)?,
                read::listed_institutions(c)?,
            ))
        })
        .await?;
    let newest = careers.iter().map(|(_, d)| d.clone()).max();
    // Each page in every language the database speaks, English first.
    let langs: Vec<Lang> = Lang::ALL.into_iter().filter(|l| state.speaks(*l)).collect();
    let mut entries: Vec<SitemapEntry> = Vec::new();
    for &lang in &langs {
        entries.extend(
            [
                urls::home(lang, PageNumber::default()),
                urls::a_z(lang),
                urls::schools(lang, None, None, PageNumber::default()),
                urls::glossary(lang),
                urls::about_data(lang, None),
                urls::explore_all(lang),
                urls::interests_all(lang),
            ]
            .into_iter()
            .chain(
                Interest::ALL
                    .iter()
                    .map(|a| urls::interests_for(lang, &[*a])),
            )
            .chain(groups.iter().map(|g| urls::group(lang, &g.slug)))
            .chain(institutions.iter().map(|id| urls::institution(lang, id)))
            .map(|path| SitemapEntry {
                loc: state.url(&path),
                lastmod: newest.clone(),
            }),
        );
    }
    for (slug, as_of) in &careers {
        for &lang in &langs {
            let urls = urls::career(lang, slug);
            for section in Section::ALL {
                entries.push(SitemapEntry {
                    loc: state.url(&urls.section(section)),
                    lastmod: Some(as_of.clone()),
                });
            }
        }
    }
    Ok(entries)
}

fn xml(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .body(body)
}

/// The sitemap of `entries`: every one, or, past `limit`, an index of
/// files of at most `limit`, file `n` being at `file_url(n)`.
fn sitemap_xml(
    entries: Vec<SitemapEntry>,
    limit: usize,
    file_url: impl Fn(usize) -> String,
) -> AppResult<String> {
    if entries.len() <= limit {
        return Ok(Sitemap { entries }.render()?);
    }
    let lastmod = entries.iter().filter_map(|e| e.lastmod.clone()).max();
    let files = (1..=entries.len().div_ceil(limit)).map(file_url).collect();
    Ok(SitemapIndex { files, lastmod }.render()?)
}

/// File `number` (from 1) of the index of `entries` in files of `limit`,
/// if there is one.
fn sitemap_part(entries: Vec<SitemapEntry>, limit: usize, number: usize) -> Option<String> {
    let files = entries.len().div_ceil(limit).max(1);
    if !(1..=files).contains(&number) {
        return None;
    }
    let entries = entries
        .into_iter()
        .skip((number - 1) * limit)
        .take(limit)
        .collect();
    Sitemap { entries }.render().ok()
}

/// `/sitemap.xml`: every page, or, past [`SITEMAP_LIMIT`] addresses, an
/// index of files of at most that many.
pub async fn sitemap(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let entries = entries(&state).await?;
    let body = sitemap_xml(entries, SITEMAP_LIMIT, |n| {
        state.url(&urls::sitemap_file(n))
    })?;
    Ok(xml(body))
}

/// `/sitemaps/{n}.xml`: the `n`th file of the index, from 1.
pub async fn sitemap_file(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> AppResult<HttpResponse> {
    let entries = entries(&state).await?;
    file.strip_suffix(".xml")
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| sitemap_part(entries, SITEMAP_LIMIT, n))
        .map(xml)
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "There is no sitemap file “{}”. {} lists the files there are.",
                file.chars().take(20).collect::<String>(),
                urls::sitemap()
            ))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(n: usize) -> Vec<SitemapEntry> {
        (0..n)
            .map(|i| SitemapEntry {
                loc: format!("https://x/{i}"),
                lastmod: Some(format!("2026-01-{:02}", i % 28 + 1)),
            })
            .collect()
    }

    #[test]
    fn past_the_limit_the_sitemap_is_an_index_of_files_within_it() {
        let url = |n: usize| format!("https://x/sitemaps/{n}.xml");
        let one = sitemap_xml(entries(3), 3, url).expect("a sitemap");
        assert!(one.contains("<urlset") && one.matches("<url>").count() == 3);
        let index = sitemap_xml(entries(7), 3, url).expect("an index");
        assert!(index.contains("<sitemapindex"));
        assert_eq!(index.matches("<sitemap>").count(), 3);
        assert!(index.contains("<loc>https://x/sitemaps/3.xml</loc>"));
        assert!(index.contains("<lastmod>2026-01-07</lastmod>"));
        let parts: Vec<usize> = (1..=3)
            .map(|n| {
                sitemap_part(entries(7), 3, n)
                    .expect("a file")
                    .matches("<url>")
                    .count()
            })
            .collect();
        assert_eq!(parts, [3, 3, 1]);
        assert!(sitemap_part(entries(7), 3, 4).is_none());
        assert!(sitemap_part(entries(7), 3, 0).is_none());
    }
}
