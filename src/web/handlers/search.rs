//! `/search?q=`: full-text search over careers, titles, duties, skills,
//! certifications and schools, grouped by kind.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::fts;
use crate::db::read::{HitTarget, SearchHit, Suggestion};
use crate::web::error::AppResult;
use crate::web::page::PageMeta;
use crate::web::params::{Params, SearchParams};
use crate::web::search;
use crate::web::state::AppState;
use crate::web::urls::{self, Section};

/// Most hits fetched for one search.
const MAX_HITS: i64 = 300;
/// Most hits shown in one group.
const PER_GROUP: usize = 25;

/// A hit ready to show.
#[derive(Debug, Clone)]
pub struct HitView {
    /// Where it leads.
    pub href: String,
    /// The text in pieces, `true` for matched words.
    pub segments: Vec<(String, bool)>,
    /// The career it belongs to, when that is not the hit itself.
    pub career: Option<String>,
    /// For a career found by another of its titles (or its code): where
    /// that title is, and the title in pieces.
    pub matched: Option<(String, Vec<(String, bool)>)>,
    /// For a career: its slug and title, for the comparison tick box.
    pub compare: Option<(String, String)>,
    /// For a career: what the work is, in one sentence.
    pub line: Option<String>,
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
    /// The words searched instead of those typed, close in spelling to
    /// titles, when the words typed found nothing or little.
    pub respelt: Option<String>,
}

/// Kinds of hit shown in their own group, after the careers.
const KINDS: [(&str, &str, &str); 4] = [
    ("certification", "certifications", "Certifications"),
    ("duty", "duties", "Duties"),
    ("skill", "skills", "Skills"),
    ("school", "schools", "Schools"),
];

/// Least Sørensen-Dice similarity for a title to be suggested: below it,
/// the title only shares a few letter pairs with the query ("youtuber" and
/// "Sewers, Hand") and suggesting it would be noise.
const CLOSE_ENOUGH: f64 = 0.6;

/// The `limit` candidates most like `query` (Sørensen-Dice similarity of
/// letter pairs, so typos still match), one per career.
fn closest_titles(query: &str, candidates: Vec<Suggestion>, limit: usize) -> Vec<Suggestion> {
    let mut scored: Vec<(f64, Suggestion)> = candidates
        .into_iter()
        .map(|s| (strsim::sorensen_dice(query, &s.title.to_lowercase()), s))
        .filter(|(score, _)| *score >= CLOSE_ENOUGH)
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

/// Where a hit leads.
fn href(target: &HitTarget) -> String {
    match target {
        HitTarget::Career {
            slug,
            section,
            anchor,
        } => {
            let urls = urls::career(slug);
            let section = Section::from_key(section);
            match anchor {
                Some(a) => urls.anchor(section, a),
                None => urls.section(section),
            }
        }
        HitTarget::Schools { state, town } => {
            urls::schools(Some(state), Some(town), Default::default())
        }
    }
}

/// Searches, or shows the empty search form.
pub async fn search(
    req: HttpRequest,
    state: web::Data<AppState>,
    Params(SearchParams { q, exact }): Params<SearchParams>,
) -> AppResult<HttpResponse> {
    let exact = exact.is_some();
    let address = if exact {
        urls::search_exact(q.get())
    } else {
        urls::search(q.get())
    };
    state
        .cached(&req, address.clone(), async {
            let raw = q.get().to_string();
            let words = fts::words(&raw);
            let Found {
                hits,
                any_word,
                candidates,
                respelt,
            } = if words.is_empty() {
                Found::default()
            } else {
                find(&state, &words, exact).await?
            };
            let suggestions = closest_titles(&words.join(" "), candidates, 5);
            let total = hits.len();
            let mut groups = Vec::new();
            let mut seen: Vec<&str> = Vec::new();
            let mut careers: Vec<HitView> = Vec::new();
            for h in hits
                .iter()
                .filter(|h| matches!(h.kind.as_str(), "career" | "title" | "code"))
            {
                let HitTarget::Career { slug, .. } = &h.target else {
                    continue;
                };
                if seen.contains(&slug.as_str()) {
                    continue;
                }
                seen.push(slug);
                let title = h.career_title.clone().unwrap_or_default();
                careers.push(if h.kind == "career" {
                    HitView {
                        href: urls::career(slug).overview(),
                        segments: search::segments(&h.highlighted),
                        career: None,
                        matched: None,
                        compare: Some((slug.clone(), title.clone())),
                        line: h.career_line.clone(),
                    }
                } else {
                    HitView {
                        href: urls::career(slug).overview(),
                        segments: vec![(title.clone(), false)],
                        career: None,
                        matched: Some((href(&h.target), search::segments(&h.highlighted))),
                        compare: Some((slug.clone(), title)),
                        line: h.career_line.clone(),
                    }
                });
            }
            if !careers.is_empty() {
                groups.push(HitGroup {
                    id: "careers",
                    heading: "Careers",
                    more: careers.len().saturating_sub(PER_GROUP),
                    hits: careers.into_iter().take(PER_GROUP).collect(),
                });
            }
            groups.extend(KINDS.iter().filter_map(|(kind, id, heading)| {
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
                            href: href(&h.target),
                            segments: search::segments(&h.highlighted),
                            career: h.career_title.clone(),
                            matched: None,
                            compare: None,
                            line: None,
                        })
                        .collect(),
                })
            }));
            let title = if raw.is_empty() {
                "Search".to_string()
            } else {
                format!("Search: {raw}")
            };
            let description =
                "Search careers, job titles, duties, skills, certifications and schools.";
            let page = SearchPage {
                meta: state.meta(title, description.to_string(), &address),
                searched: !words.is_empty(),
                no_words: words.is_empty() && !raw.is_empty(),
                query: raw,
                groups,
                total,
                suggestions,
                any_word,
                respelt,
            };
            Ok(page.render()?)
        })
        .await
}

/// What a search found.
#[derive(Default)]
struct Found {
    /// The hits, best first.
    hits: Vec<SearchHit>,
    /// True when no hit holds every word and these hold any.
    any_word: bool,
    /// Titles resembling the query, when there are no hits.
    candidates: Vec<Suggestion>,
    /// The words searched instead of those typed.
    respelt: Option<String>,
}

/// A hit no better than part of a word of a title: worth trying close
/// spellings of the words instead.
fn weak(hits: &[SearchHit]) -> bool {
    hits.first().is_none_or(|h| h.tier >= 5)
}

/// The hits for `words`: those holding every word; failing that, those
/// holding any (and `true`). When these are none or weak (and not
/// `exact`), the words respelt like the closest titles, if that finds
/// better; failing all, no hits and the titles to suggest instead.
async fn find(state: &AppState, words: &[String], exact: bool) -> AppResult<Found> {
    let words = words.to_vec();
    let trigrams = fts::trigram_expression(&words);
    state
        .db(move |c| {
            let also = read::search_words(c)?;
            let mut found = Found {
                hits: ranked(c, fts::Query::every(&words, &also), &words, &also)?,
                ..Found::default()
            };
            if found.hits.is_empty() && words.len() > 1 {
                found.hits = ranked(c, fts::Query::any(&words, &also), &words, &also)?;
                found.any_word = !found.hits.is_empty();
            }
            if !weak(&found.hits) {
                return Ok(found);
            }
            let candidates = match &trigrams {
                Some(t) => read::title_candidates(c, t)?,
                None => Vec::new(),
            };
            let titles: Vec<String> = candidates.iter().map(|s| s.title.clone()).collect();
            if let Some(respelt) = search::respell(&words, &titles).filter(|_| !exact) {
                let hits = ranked(c, fts::Query::every(&respelt, &also), &respelt, &also)?;
                let better = match (hits.first(), found.hits.first()) {
                    (Some(new), Some(old)) => new.tier < old.tier,
                    (new, _) => new.is_some(),
                };
                if better {
                    return Ok(Found {
                        hits,
                        any_word: false,
                        candidates: Vec::new(),
                        respelt: Some(respelt.join(" ")),
                    });
                }
            }
            if found.hits.is_empty() {
                found.candidates = candidates;
            }
            Ok(found)
        })
        .await
}

/// The hits for `query`, best first; within a tier, titles that name the
/// words only to leave them out ("..., Except Legal, Medical") last, and
/// those matching the `words` as typed (or a word they also mean, from
/// `also`) before those matching only a word with the same stem
/// ("mechanic" finds the mechanics before mechanical engineers).
fn ranked(
    c: &rusqlite::Connection,
    query: fts::Query,
    words: &[String],
    also: &[(String, String)],
) -> rusqlite::Result<Vec<SearchHit>> {
    let typed: Vec<String> = words
        .iter()
        .cloned()
        .chain(
            also.iter()
                .filter(|(w, _)| words.contains(w))
                .map(|(_, a)| a.clone()),
        )
        .collect();
    let mut hits = read::search(c, &query, MAX_HITS)?;
    hits.sort_by_key(|h| {
        (
            h.tier,
            search::only_excepted(&h.highlighted),
            !search::as_typed(&h.highlighted, &typed),
        )
    });
    Ok(hits)
}
