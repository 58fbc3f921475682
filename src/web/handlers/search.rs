//! `/search?q=`: full-text search over careers, titles, duties, skills,
//! certifications and schools, grouped by kind.

use actix_web::web;
use askama::Template;
use serde::Deserialize;

use crate::db::models::Suggestion;
use crate::db::queries;
use crate::web::page::PageMeta;
use crate::web::search::{self, MAX_QUERY_CHARS};
use crate::web::{AppError, AppResult, AppState, cache_key};

/// Most hits fetched for one search.
const MAX_HITS: i64 = 300;
/// Most hits shown in one group.
const PER_GROUP: usize = 25;

/// Query string of the search page.
#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    /// What to look for.
    pub q: Option<String>,
}

/// A hit ready to show.
#[derive(Debug, Clone)]
pub struct HitView {
    /// Where it leads.
    pub href: String,
    /// The text in pieces, `true` for matched words.
    pub segments: Vec<(String, bool)>,
    /// The career it belongs to, when that is not the hit itself.
    pub career: Option<String>,
}

/// Hits of one kind.
#[derive(Debug, Clone)]
pub struct HitGroup {
    /// Anchor id.
    pub id: &'static str,
    /// Heading.
    pub heading: &'static str,
    /// The hits shown.
    pub hits: Vec<HitView>,
    /// How many more were found than shown.
    pub more: usize,
}

/// The search page.
#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    /// Page head.
    pub meta: PageMeta,
    /// The query as typed, for the search box.
    pub query: String,
    /// True when the query had words to search for.
    pub searched: bool,
    /// True when the query had characters but no letters or digits.
    pub no_words: bool,
    /// Results by kind.
    pub groups: Vec<HitGroup>,
    /// Number of hits in all.
    pub total: usize,
    /// Close titles when nothing matched.
    pub suggestions: Vec<Suggestion>,
    /// True when no result held every word and these hold any of them.
    pub any_word: bool,
}

const KINDS: [(&str, &str, &str); 6] = [
    ("career", "careers", "Careers"),
    ("title", "titles", "Other job titles"),
    ("certification", "certifications", "Certifications"),
    ("duty", "duties", "Duties"),
    ("skill", "skills", "Skills"),
    ("school", "schools", "Schools"),
];

/// The `limit` candidates most like `query` (Sørensen-Dice similarity of
/// letter pairs, so typos still match), one per career.
fn closest_titles(query: &str, candidates: Vec<Suggestion>, limit: usize) -> Vec<Suggestion> {
    let mut scored: Vec<(f64, Suggestion)> = candidates
        .into_iter()
        .map(|s| (strsim::sorensen_dice(query, &s.title.to_lowercase()), s))
        .filter(|(score, _)| *score > 0.2)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<Suggestion> = Vec::new();
    for (_, s) in scored {
        if out.len() < limit && !out.iter().any(|o| o.slug == s.slug) {
            out.push(s);
        }
    }
    out
}

/// Searches, or shows the empty search form.
pub async fn search(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<SearchQuery>,
) -> AppResult<actix_web::HttpResponse> {
    let key = cache_key("/search", &[("q", query.q.as_deref())]);
    state.page(&req, key, render(state.clone(), query)).await
}

/// Renders the page.
async fn render(state: web::Data<AppState>, query: web::Query<SearchQuery>) -> AppResult<String> {
    let raw = query.q.as_deref().unwrap_or("").trim().to_string();
    let chars = raw.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(AppError::BadRequest(format!(
            "Your search is {chars} characters long; searches can be at most {MAX_QUERY_CHARS}. \
             Try a few key words, such as a job title."
        )));
    }
    if raw.chars().any(char::is_control) {
        return Err(AppError::BadRequest(
            "Your search contains control characters. Type it again with letters and digits."
                .to_string(),
        ));
    }
    let words = search::words(&raw);
    let (hits, any_word, candidates) = if words.is_empty() {
        (Vec::new(), false, Vec::new())
    } else {
        let all = search::match_expression(&words);
        let any = (words.len() > 1).then(|| search::any_word_expression(&words));
        let trigrams = search::trigram_expression(&words);
        state
            .db(move |c| {
                let hits = queries::search(c, &all, MAX_HITS)?;
                if !hits.is_empty() {
                    return Ok((hits, false, Vec::new()));
                }
                if let Some(any) = any {
                    let hits = queries::search(c, &any, MAX_HITS)?;
                    if !hits.is_empty() {
                        return Ok((hits, true, Vec::new()));
                    }
                }
                let candidates = match &trigrams {
                    Some(t) => queries::title_candidates(c, t)?,
                    None => Vec::new(),
                };
                Ok((Vec::new(), false, candidates))
            })
            .await?
    };
    let suggestions = closest_titles(&words.join(" "), candidates, 5);
    let total = hits.len();
    let groups = KINDS
        .iter()
        .filter_map(|(kind, id, heading)| {
            let all: Vec<_> = hits.iter().filter(|h| h.kind == *kind).collect();
            if all.is_empty() {
                return None;
            }
            Some(HitGroup {
                id,
                heading,
                more: all.len().saturating_sub(PER_GROUP),
                hits: all
                    .into_iter()
                    .take(PER_GROUP)
                    .map(|h| HitView {
                        href: h.href.clone(),
                        segments: search::segments(&h.highlighted),
                        career: h.career_title.clone().filter(|_| h.kind != "career"),
                    })
                    .collect(),
            })
        })
        .collect();
    let title = if raw.is_empty() {
        "Search".to_string()
    } else {
        format!("Search: {raw}")
    };
    let url = if raw.is_empty() {
        state.url("/search")
    } else {
        state.url(&format!(
            "/search?q={}",
            form_urlencoded::byte_serialize(raw.as_bytes()).collect::<String>()
        ))
    };
    let page = SearchPage {
        meta: PageMeta {
            title,
            description: "Search careers, job titles, duties, skills, certifications and schools."
                .to_string(),
            url,
        },
        searched: !words.is_empty(),
        no_words: words.is_empty() && !raw.is_empty(),
        query: raw,
        groups,
        total,
        suggestions,
        any_word,
    };
    Ok(page.render()?)
}
