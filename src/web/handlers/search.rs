//! `/search?q=`: careers by title, careers that use a piece of software,
//! a tool or a skill, and certifications, duties and schools, grouped by
//! kind, each group paged (`group=`, `page=`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::fts;
use crate::db::read::{CareerUsing, SearchHit, Suggestion, UsedThing};
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::i18n::Tr;
use crate::web::page::PageMeta;
use crate::web::params::{Params, SearchGroup, SearchParams};
use crate::web::search;
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::search_results::{self, Asked, FIRST_SHOWN, HitGroup, PER_PAGE};

/// Most hits fetched for one search.
const MAX_HITS: i64 = 300;
/// Fewest careers that use a thing whose name holds the words among
/// others, for it to have a group of its own.
const FEW: i64 = 5;

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
    /// Number of results in all groups.
    pub total: usize,
    /// True when the careers found stopped at the most fetched.
    pub capped: bool,
    /// Close titles when nothing matched.
    pub suggestions: Vec<Suggestion>,
    /// True when no result held every word and these hold any of them.
    pub any_word: bool,
    /// The words searched instead of those typed, close in spelling to
    /// titles, when the words typed found nothing or little.
    pub respelt: Option<String>,
    /// When one group is paged: every group's results.
    pub all_groups: Option<String>,
}

impl SearchPage {
    /// How many results, as shown: `300+` when the careers found
    /// stopped at the most fetched.
    pub fn shown_total(&self) -> String {
        if self.capped {
            format!("{}+", self.total)
        } else {
            self.total.to_string()
        }
    }
}

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

/// Searches, or shows the empty search form.
pub async fn search(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    Params(SearchParams {
        q,
        exact,
        group,
        page,
    }): Params<SearchParams>,
) -> AppResult<HttpResponse> {
    let exact = exact.is_some();
    let group = group.get();
    let address = urls::search_page(lang, q.get(), exact, group, page);
    state
        .cached(&req, address.clone(), async {
            let raw = q.get().to_string();
            let words = fts::words(&raw);
            let asked = Asked {
                q: raw.clone(),
                exact,
                group,
                page,
                lang,
            };
            let found = if words.is_empty() {
                Found::default()
            } else {
                find(&state, &words, &asked).await?
            };
            let suggestions = closest_titles(&words.join(" "), found.candidates, 5);
            let releases = found.releases.as_ref();
            let (wages, titles, profile) = (
                found.sources.iter().find(|s| s.id == "bls-oews"),
                found.sources.iter().find(|s| s.id == "onet-titles"),
                found.sources.iter().find(|s| s.id == "onet-profile"),
            );
            let mut groups = Vec::new();
            groups.extend(search_results::careers(
                &found.hits,
                &asked,
                releases,
                wages,
            )?);
            let mut uses = Vec::new();
            for (n, (thing, careers)) in (1..).zip(&found.uses) {
                let what = if thing.kind == "software" {
                    titles
                } else {
                    profile
                };
                uses.extend(search_results::uses(
                    n,
                    thing,
                    careers,
                    &asked,
                    releases,
                    (wages, what),
                )?);
            }
            // What they use comes first when no career's own or common
            // title holds the words ("python", "excel").
            let titled = found.hits.first().is_some_and(|h| h.tier < 4);
            if titled {
                groups.extend(uses);
            } else {
                groups.splice(0..0, uses);
            }
            groups.extend(search_results::others(&found.hits, &asked)?);
            if let (Some(g), true) = (group, groups.is_empty()) {
                return Err(AppError::NotFound(format!(
                    "This search has no group “{}”: it found none of those.",
                    g.key()
                )));
            }
            let total = groups.iter().map(|g| g.total).sum();
            let tr = Tr::new(lang);
            let title = if raw.is_empty() {
                tr.t("ls-search-title")
            } else {
                tr.t1("ls-search-title-query", "query", &raw)
            };
            let page = SearchPage {
                meta: state.meta(title, tr.t("ls-search-description"), &address),
                searched: !words.is_empty(),
                no_words: words.is_empty() && !raw.is_empty(),
                all_groups: group.map(|_| {
                    if exact {
                        urls::search_exact(lang, &raw)
                    } else {
                        urls::search(lang, &raw)
                    }
                }),
                query: raw,
                groups,
                total,
                capped: found.hits.len() as i64 >= MAX_HITS,
                suggestions,
                any_word: found.any_word,
                respelt: found.respelt,
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
    /// Software, tools and skills found, each with the careers shown.
    uses: Vec<(UsedThing, Vec<CareerUsing>)>,
    /// The wage release, to write flagged wages.
    releases: Option<read::Releases>,
    /// The sources the groups cite.
    sources: Vec<read::Source>,
}

/// A hit no better than part of a word of a title: worth trying close
/// spellings of the words instead.
fn weak(hits: &[SearchHit]) -> bool {
    hits.first().is_none_or(|h| h.tier >= 5)
}

/// What a search for `words` finds: the software, tools and skills named
/// by them, then the hits by title ([`titled`]), with what the page needs
/// to show them.
async fn find(state: &AppState, words: &[String], asked: &Asked) -> AppResult<Found> {
    let words = words.to_vec();
    let asked = asked.clone();
    state
        .db_in(asked.lang, move |c| {
            let mut also = read::search_words(c)?;
            if asked.lang == Lang::Es {
                // No stemmer in the Spanish index: a plural typed also
                // looks for its singular ("enfermeras", "enfermera").
                also.extend(fts::spanish_singulars(&words));
            }
            // Named by whole words only: no part of a word is shown.
            let things = read::used_things(
                c,
                &fts::Query::every(&words, &also).whole_words(),
                &words.join(" "),
                i64::from(SearchGroup::MAX_USES) * 2,
            )?;
            // A name of software or a skill is not a misspelt title.
            let named = things.iter().any(|t| t.tier < 2);
            let mut found = titled(c, &words, &also, asked.exact || named)?;
            let strong = found.hits.first().is_some_and(|h| h.tier < 2);
            // "youtuber" is not YouTube: only the words as typed. A name
            // holding other words too ("Microsoft Excel") only when no
            // career's title is a strong match, and only what at least a
            // few careers use (not "ProQuest ... Abstracts").
            for thing in things
                .into_iter()
                .filter(|t| t.tier == 0 || (t.tier == 1 && !strong && t.careers >= FEW))
                .filter(|t| search::as_typed(&t.highlighted, &words))
                .take(usize::from(SearchGroup::MAX_USES))
            {
                let n = found.uses.len() as u8 + 1;
                let (limit, offset) = match asked.group {
                    None => (FIRST_SHOWN, 0),
                    Some(SearchGroup::Uses(m)) if m == n => {
                        (PER_PAGE, (asked.page.get() as usize - 1) * PER_PAGE)
                    }
                    Some(_) => (0, 0),
                };
                let careers = read::careers_using(c, &thing, limit as i64, offset as i64)?;
                found.uses.push((thing, careers));
            }
            found.releases = read::releases(c)?;
            found.sources = read::sources_by_id(c, &["bls-oews", "onet-titles", "onet-profile"])?;
            Ok(found)
        })
        .await
}

/// The hits for `words` by title and text: those holding every word;
/// failing that, those holding any (and `true`). When these are none or
/// weak (and not `exact`), the words respelt like the closest titles, if
/// that finds better; failing all, no hits and the titles to suggest
/// instead.
fn titled(
    c: &rusqlite::Connection,
    words: &[String],
    also: &[(String, String)],
    exact: bool,
) -> rusqlite::Result<Found> {
    let mut found = Found {
        hits: ranked(c, fts::Query::every(words, also), words, also)?,
        ..Found::default()
    };
    if found.hits.is_empty() && words.len() > 1 {
        found.hits = ranked(c, fts::Query::any(words, also), words, also)?;
        found.any_word = !found.hits.is_empty();
    }
    if !weak(&found.hits) {
        return Ok(found);
    }
    let candidates = match fts::trigram_expression(words) {
        Some(t) => read::title_candidates(c, &t)?,
        None => Vec::new(),
    };
    let titles: Vec<String> = candidates.iter().map(|s| s.title.clone()).collect();
    if let Some(respelt) = search::respell(words, &titles).filter(|_| !exact) {
        let hits = ranked(c, fts::Query::every(&respelt, also), &respelt, also)?;
        let better = match (hits.first(), found.hits.first()) {
            (Some(new), Some(old)) => new.tier < old.tier,
            (new, _) => new.is_some(),
        };
        if better {
            return Ok(Found {
                hits,
                respelt: Some(respelt.join(" ")),
                ..Found::default()
            });
        }
    }
    if found.hits.is_empty() {
        found.candidates = candidates;
    }
    Ok(found)
}

/// The hits for `query`, best first (only those holding the words whole
/// when a title does); within a tier, titles that name the
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
    // Parts of words only when no career's own title holds the words
    // whole ("police" need not look at "policy"; "abstract" finds
    // "abstractor").
    let whole = read::search(c, &query.whole_words(), MAX_HITS)?;
    let mut hits = if whole.first().is_some_and(|h| h.tier == 0) {
        whole
    } else {
        read::search(c, &query, MAX_HITS)?
    };
    hits.sort_by_key(|h| {
        (
            h.tier,
            search::only_excepted(&h.highlighted),
            !search::as_typed(&h.highlighted, &typed),
        )
    });
    Ok(hits)
}
