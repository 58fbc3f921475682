//! `/compare?c=<slug>&c=<slug>...`: two to four careers side by side, each
//! figure with its source and release; `?state=CT` adds pay in a state;
//! `?add=<words>` adds the career the words name. Careers are removed by
//! links, so nothing needs JavaScript. More than four, a duplicate or an
//! unknown career gets a page that says so and offers the comparison
//! that works. `/compare.csv` downloads it.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::fts;
use crate::db::read::{
    CareerSummary, Certification, CompareItem, Published, Releases, Source, UsState,
};
use crate::domain::Lang;
use crate::domain::first_sentence;
use crate::domain::sources::{ONET, ONET_PROFILE};
use crate::web::csv_file::{Csv, opt, percent};
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::handlers::check_state;
use crate::web::i18n::Tr;
use crate::web::page::{CitedSource, Citer, PageMeta};
use crate::web::params::{CompareParams, MAX_COMPARED, Params};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::current::{Current, Shown};
use crate::web::views::interests;
use crate::web::views::pay::{StateChooser, StateView};
use crate::web::views::profile::ElementLink;

/// A career's column.
#[derive(Debug, Clone)]
pub struct Column {
    /// Title.
    pub title: String,
    /// Its page.
    pub href: String,
    /// What the work is, in one sentence.
    pub line: String,
    /// The comparison without it.
    pub remove_href: String,
    /// Its current figures.
    pub current: Option<Current>,
    /// Pay in the chosen state.
    pub state_view: Option<StateView>,
    /// Certifications (hand-written careers), and their source numbers.
    pub certifications: Vec<(String, usize)>,
    /// True for a hand-written career.
    pub handwritten: bool,
    /// Its strongest interest areas in order, and their source number.
    pub interests: Option<(String, usize)>,
    /// Its most important skills, and their source number.
    pub top_skills: Option<(Vec<ElementLink>, usize)>,
}

/// Something wrong with the careers asked for, and the comparison that
/// works instead.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What is wrong.
    pub message: String,
    /// The comparison that works.
    pub fix_href: String,
    /// Its link text.
    pub fix_label: String,
}

/// The comparison page.
#[derive(Template)]
#[template(path = "compare.html")]
pub struct ComparePage {
    /// Page head.
    pub meta: PageMeta,
    /// The careers, one column each.
    pub columns: Vec<Column>,
    /// Their titles, in order, joined.
    pub titles: String,
    /// What is wrong with the request, if anything.
    pub problem: Option<Problem>,
    /// Words that named no career to add.
    pub not_found: Option<String>,
    /// The slugs shown, for the add form's hidden fields.
    pub slugs: Vec<String>,
    /// The chosen state.
    pub state: Option<String>,
    /// The chosen state's name.
    pub state_name: Option<String>,
    /// The form that chooses a state.
    pub chooser: Option<StateChooser>,
    /// True when another career can be added.
    pub can_add: bool,
    /// True when a column is a hand-written career (with certifications).
    pub any_handwritten: bool,
    /// The form's address.
    pub action: String,
    /// The comparison as CSV.
    pub csv_href: String,
    /// The list of careers, to pick from.
    pub explore_href: String,
    /// Sources cited.
    pub sources: Vec<CitedSource>,
}

/// What a request for a comparison comes to.
enum Outcome {
    /// Show these careers (and maybe say that words named none).
    Show(Vec<CompareItem>, Option<String>),
    /// Send the reader to the comparison of these careers (slugs), in
    /// the same state.
    Redirect(Vec<String>),
    /// Say what is wrong, with this status.
    Problem(StatusCode, Problem),
}

/// Works out what to show for `params`.
async fn outcome(
    state: &AppState,
    lang: Lang,
    params: &CompareParams,
) -> AppResult<(Outcome, Vec<UsState>)> {
    let Loaded {
        added,
        items,
        resolved,
        states,
    } = load(state, lang, params).await?;
    let mut slugs: Vec<String> = Vec::new();
    for r in resolved.iter().flatten() {
        if !slugs.contains(r) {
            slugs.push(r.clone());
        }
    }
    // Words to add: the comparison with their career, or a note.
    if let Some(found) = &added {
        return Ok(match found {
            Some(slug) => {
                if !slugs.contains(slug) {
                    slugs.push(slug.clone());
                }
                (Outcome::Redirect(slugs), states)
            }
            None => {
                let items = items.into_iter().flatten().collect();
                (Outcome::Show(items, params.add.clone()), states)
            }
        });
    }
    if let Some((status, problem)) = problem(lang, params, &resolved, &slugs) {
        return Ok((Outcome::Problem(status, problem), states));
    }
    if resolved
        .iter()
        .zip(&params.careers)
        .any(|(r, asked)| r.as_deref() != Some(asked.as_str()))
    {
        // Another spelling, a code or an old title: the one address.
        return Ok((Outcome::Redirect(slugs), states));
    }
    Ok((
        Outcome::Show(items.into_iter().flatten().collect(), None),
        states,
    ))
}

/// What the database says about the careers asked for.
struct Loaded {
    /// The career the words to add name (`Some(None)`: none), when asked.
    added: Option<Option<String>>,
    /// Each career asked for, in the chosen state, if the slug is its own.
    items: Vec<Option<CompareItem>>,
    /// The slug each career asked for means, if any.
    resolved: Vec<Option<String>>,
    /// The states to choose from.
    states: Vec<UsState>,
}

/// Looks up the careers asked for, and the career the words to add name.
async fn load(state: &AppState, lang: Lang, params: &CompareParams) -> AppResult<Loaded> {
    let chosen = params.state.get().map(str::to_string);
    let asked = params.careers.clone();
    let add = params.add.clone();
    let fts = add
        .as_deref()
        .map(|a| fts::match_expression(&fts::words(a)))
        .unwrap_or_default();
    state
        .db_in(lang, move |c| {
            let added = match &add {
                Some(words) => Some(read::career_named(c, &slug::slugify(words), words, &fts)?),
                None => None,
            };
            let mut items = Vec::new();
            let mut resolved = Vec::new();
            for slug in &asked {
                let item = read::compare_item(c, slug, chosen.as_deref())?;
                let canonical = match &item {
                    Some(_) => Some(slug.clone()),
                    None => read::resolve_slug(c, &slug::slugify(slug), slug)?,
                };
                items.push(item);
                resolved.push(canonical);
            }
            Ok(Loaded {
                added,
                items,
                resolved,
                states: read::us_states(c)?,
            })
        })
        .await
}

/// What is wrong with the careers asked for (`resolved` to `slugs`, each
/// once), if anything: one unknown, more than fit, or one twice.
fn problem(
    lang: Lang,
    params: &CompareParams,
    resolved: &[Option<String>],
    slugs: &[String],
) -> Option<(StatusCode, Problem)> {
    let state_code = params.state.get();
    let tr = Tr::new(lang);
    if let Some(unknown) = params
        .careers
        .iter()
        .zip(resolved)
        .find(|(_, r)| r.is_none())
        .map(|(s, _)| s)
    {
        let message = tr.t1(
            "ls-compare-unknown",
            "name",
            unknown.chars().take(60).collect::<String>(),
        );
        return Some((
            StatusCode::NOT_FOUND,
            Problem {
                message,
                fix_label: tr.t("ls-compare-unknown-fix"),
                fix_href: urls::compare(lang, slugs, state_code),
            },
        ));
    }
    if slugs.len() > MAX_COMPARED {
        return Some((
            StatusCode::BAD_REQUEST,
            Problem {
                message: tr.t2(
                    "ls-compare-too-many",
                    "max",
                    MAX_COMPARED.to_string(),
                    "count",
                    slugs.len().to_string(),
                ),
                fix_label: tr.t1("ls-compare-too-many-fix", "max", MAX_COMPARED.to_string()),
                fix_href: urls::compare(lang, &slugs[..MAX_COMPARED], state_code),
            },
        ));
    }
    (slugs.len() < params.careers.len()).then(|| {
        (
            StatusCode::BAD_REQUEST,
            Problem {
                message: tr.t("ls-compare-twice"),
                fix_label: tr.t("ls-compare-twice-fix"),
                fix_href: urls::compare(lang, slugs, state_code),
            },
        )
    })
}

/// Shows the comparison.
pub async fn compare(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    Params(params): Params<CompareParams>,
) -> AppResult<HttpResponse> {
    let state_code = params.state.get();
    // A comparison already shown (its careers named by their own slugs)
    // is answered before they are looked up again.
    if params.add.is_none()
        && let Some(hit) = state.cached_hit(&req, &urls::compare(lang, &params.careers, state_code))
    {
        return Ok(hit);
    }
    let (outcome, states) = outcome(&state, lang, &params).await?;
    let (status, page) = match outcome {
        Outcome::Redirect(slugs) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, urls::compare(lang, &slugs, state_code)))
                .finish());
        }
        Outcome::Problem(status, problem) => (
            status,
            ComparePage::new(
                &state,
                lang,
                Vec::new(),
                Some(problem),
                None,
                &states,
                state_code,
            ),
        ),
        Outcome::Show(items, not_found) => {
            if let Some(first) = items.first() {
                check_state(state_code, &first.state_pay)?;
            }
            let slugs: Vec<String> = items.iter().map(|i| i.career.slug.clone()).collect();
            let address = urls::compare(lang, &slugs, state_code);
            if not_found.is_none() {
                let page = ComparePage::new(&state, lang, items, None, None, &states, state_code);
                return state
                    .cached(&req, address, async { Ok(page.render()?) })
                    .await;
            }
            (
                StatusCode::OK,
                ComparePage::new(&state, lang, items, None, not_found, &states, state_code),
            )
        }
    };
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

impl ComparePage {
    fn new(
        state: &AppState,
        lang: Lang,
        items: Vec<CompareItem>,
        problem: Option<Problem>,
        not_found: Option<String>,
        states: &[UsState],
        state_code: Option<&str>,
    ) -> Self {
        let mut all_sources: Vec<Source> = Vec::new();
        for i in &items {
            for s in &i.sources {
                if !all_sources.iter().any(|x| x.id == s.id) {
                    all_sources.push(s.clone());
                }
            }
        }
        let tr = Tr::new(lang);
        let mut citer = Citer::new(lang, &all_sources);
        let slugs: Vec<String> = items.iter().map(|i| i.career.slug.clone()).collect();
        let columns: Vec<Column> = items
            .iter()
            .map(|i| {
                let others: Vec<String> = slugs
                    .iter()
                    .filter(|s| **s != i.career.slug)
                    .cloned()
                    .collect();
                Column {
                    title: i.career.title.clone(),
                    href: urls::career(lang, &i.career.slug)
                        .in_state(state_code)
                        .overview(),
                    line: first_sentence(&i.career.description).to_string(),
                    remove_href: urls::compare(lang, &others, state_code),
                    current: i
                        .occupation
                        .as_ref()
                        .map(|o| Current::new(o, &mut citer, Shown::ALL)),
                    state_view: match (&i.state_pay, &i.occupation) {
                        (Some(p), Some(o)) => Some(StateView::new(Tr::new(lang), p, o)),
                        _ => None,
                    },
                    certifications: i
                        .certifications
                        .iter()
                        .map(|c| (certification_name(c), citer.cite(&c.source)))
                        .collect(),
                    handwritten: i.career.text.is_some(),
                    interests: i
                        .interest
                        .as_ref()
                        .map(|p| (interests::names_in(tr, &p.high_points), citer.cite(ONET))),
                    top_skills: (!i.top_skills.is_empty()).then(|| {
                        let links = i
                            .top_skills
                            .iter()
                            .map(|e| ElementLink::new(lang, e))
                            .collect();
                        (links, citer.cite(ONET_PROFILE))
                    }),
                }
            })
            .collect();
        let state_name = items
            .iter()
            .find_map(|i| i.state_pay.as_ref().map(|p| p.name.clone()));
        let titles = columns
            .iter()
            .map(|c| c.title.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let title = match columns.len() {
            0 => tr.t("ls-compare-title"),
            _ => tr.t1("ls-compare-title-careers", "titles", &titles),
        };
        let description = tr.t("ls-compare-description");
        let keep: Vec<(String, String)> =
            slugs.iter().map(|s| ("c".to_string(), s.clone())).collect();
        let action = urls::compare_form(lang);
        ComparePage {
            meta: state.meta(title, description, &urls::compare(lang, &slugs, state_code)),
            chooser: (!columns.is_empty())
                .then(|| StateChooser::new(action.clone(), keep, states, state_code)),
            can_add: columns.len() < MAX_COMPARED && problem.is_none(),
            any_handwritten: columns.iter().any(|c| c.handwritten),
            columns,
            titles,
            problem,
            not_found,
            csv_href: urls::compare_csv(lang, &slugs, state_code),
            slugs,
            state: state_code.map(str::to_string),
            state_name,
            action,
            explore_href: urls::explore_all(lang),
            sources: citer.finish(),
        }
    }
}

/// A certification as the comparison names it: its name, abbreviation
/// and awarding body ("Certified Coding Specialist (CCS), AHIMA").
fn certification_name(c: &Certification) -> String {
    match &c.abbreviation {
        Some(a) => format!("{} ({a}), {}", c.name, c.body),
        None => format!("{}, {}", c.name, c.body),
    }
}

/// Sends the comparison as CSV: a row per career.
pub async fn compare_csv(
    lang: Lang,
    state: web::Data<AppState>,
    Params(params): Params<CompareParams>,
) -> AppResult<HttpResponse> {
    let (outcome, _) = outcome(&state, lang, &params).await?;
    let items = match outcome {
        Outcome::Show(items, None) => items,
        Outcome::Redirect(slugs) => {
            let to = urls::compare_csv(lang, &slugs, params.state.get());
            return Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, to))
                .finish());
        }
        Outcome::Problem(status, p) if status == StatusCode::NOT_FOUND => {
            return Err(AppError::NotFound(p.message));
        }
        Outcome::Problem(_, p) => return Err(AppError::BadRequest(p.message)),
        Outcome::Show(_, Some(words)) => {
            return Err(AppError::BadParam {
                name: "add".to_string(),
                message: Tr::new(lang).t1("ls-compare-add-none", "words", words),
            });
        }
    };
    let tr = Tr::new(lang);
    let state_code = params.state.get();
    let releases = items
        .iter()
        .find_map(|i| i.occupation.as_ref().map(|o| o.releases.clone()));
    let (wages, period) = format::release_labels(releases.as_ref());
    let wages = format::release(tr, &wages);
    let mut header = vec![
        tr.t("ls-csv-career"),
        tr.t("ls-csv-soc"),
        tr.t1("ls-csv-median-annual", "wages", &wages),
        tr.t1("ls-csv-p10-annual", "wages", &wages),
        tr.t1("ls-csv-p90-annual", "wages", &wages),
        tr.t1("ls-csv-median-hourly", "wages", &wages),
    ];
    if let Some(s) = state_code {
        header.push(tr.t2("ls-csv-median-annual-in", "state", s, "wages", &wages));
    }
    header.extend([
        tr.t1("ls-csv-employment", "wages", &wages),
        tr.t1("ls-csv-change-percent", "period", &period),
        tr.t1("ls-csv-change-jobs", "period", &period),
        tr.t1("ls-csv-openings", "period", &period),
        tr.t("ls-csv-entry-education"),
        tr.t("ls-csv-experience"),
        tr.t("ls-csv-training"),
        tr.t("ls-csv-job-zone-onet"),
        tr.t("ls-csv-certifications"),
        tr.t("ls-csv-address"),
    ]);
    let mut t = Csv::new(&header);
    let none = || tr.t("not-published");
    for i in &items {
        let o = i.occupation.as_ref();
        let top = o.map(|o| o.releases.top_coded_annual);
        let annual = |k: usize| {
            o.and_then(|o| o.wages.as_ref())
                .map_or_else(none, |w| published(tr, w.annual[k], top))
        };
        let mut row = vec![
            i.career.title.clone(),
            i.career.soc.clone().unwrap_or_default(),
            annual(2),
            annual(0),
            annual(4),
            o.map_or_else(none, |o| published_hourly(tr, o.hourly_median, &o.releases)),
        ];
        if state_code.is_some() {
            row.push(
                i.state_pay
                    .as_ref()
                    .and_then(|p| p.wages.as_ref())
                    .map_or_else(none, |w| published(tr, w.annual[2], top)),
            );
        }
        row.extend([
            o.and_then(|o| o.wages.as_ref())
                .map_or_else(none, |w| published(tr, w.employment, None)),
            o.map_or_else(none, |o| percent(o.percent_change_tenths)),
            o.map_or_else(none, |o| o.change.to_string()),
            o.map_or_else(none, |o| o.annual_openings.to_string()),
            o.map_or_else(none, |o| o.entry_education.clone()),
            o.map_or_else(none, |o| o.work_experience.clone()),
            o.map_or_else(none, |o| o.on_the_job_training.clone()),
            opt(o.and_then(|o| o.job_zone)),
            i.certifications
                .iter()
                .map(certification_name)
                .collect::<Vec<_>>()
                .join("; "),
            state.url(&urls::career(lang, &i.career.slug).overview()),
        ]);
        t.rows.push(row);
    }
    t.response("comparison.csv")
}

/// A figure as BLS publishes it, for a CSV cell in the words of `tr`'s
/// language: the number, or why there is none ("239200 or more", "not
/// published"). The list pages' CSVs use it too.
pub(crate) fn published(tr: Tr, p: Published, top: Option<i64>) -> String {
    match (p, top) {
        (Published::Value(v), _) => v.to_string(),
        (Published::TopCoded, Some(t)) => tr.t1("or-more", "amount", t.to_string()),
        (Published::NotInThisForm, _) => tr.t("not-published-hourly"),
        _ => tr.t("not-published"),
    }
}

/// An hourly wage in cents as BLS publishes it, for a CSV cell in the
/// words of `tr`'s language: dollars and cents, or why there is none.
pub(crate) fn published_hourly(tr: Tr, p: Published, r: &Releases) -> String {
    match p {
        Published::Value(c) => format!("{}.{:02}", c / 100, c % 100),
        Published::TopCoded => tr.t1("or-more", "amount", &r.top_coded_hourly),
        Published::NotInThisForm => tr.t("not-published-annual"),
        Published::NotReleased => tr.t("not-published"),
    }
}

/// A listed career's median annual pay (or why there is none) and its
/// projected change, for two CSV cells in the words of `tr`'s language;
/// `top` is the top-coded wage.
pub(crate) fn summary_cells(tr: Tr, c: &CareerSummary, top: i64) -> [String; 2] {
    [
        c.median
            .map(|p| published(tr, p, Some(top)))
            .unwrap_or_else(|| tr.t("not-published")),
        c.percent_change_tenths.map(percent).unwrap_or_default(),
    ]
}
