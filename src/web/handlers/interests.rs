//! `/interests`: the way in from what a student likes doing. The six
//! interest areas explained, a GET form (first, second and third choice,
//! and how much preparation), and on the same page the careers whose
//! O*NET interest profiles match, best first, fifty to a page, with tick
//! boxes and links that keep careers for a comparison; `/interests.csv`
//! downloads the results. Nothing about the student is stored: the
//! address is the whole state.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{CareerSummary, InterestQuery, InterestRow, Releases};
use crate::domain::Interest;
use crate::domain::Lang;
use crate::web::csv_file::{Csv, opt};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::compare::summary_cells;
use crate::web::i18n::Tr;
use crate::web::page::{PER_PAGE, PageMeta, Pager};
use crate::web::params::{
    Checked, FormErrors, InterestChoice, InterestForm, InterestsCsvForm, MAX_COMPARED, Params,
    bad_form_page,
};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::current::{CareerRow, Choice, job_zone_words, zone_choices};
use crate::web::views::interests::{
    AreaView, area_words, areas, name, names_in, names_in_words_in,
};

/// A career in the results.
#[derive(Debug, Clone)]
pub struct MatchRow {
    /// Address, title, pay, growth and education.
    pub row: CareerRow,
    /// Its high points in words.
    pub high_points: String,
    /// Its job zone.
    pub zone: Option<i64>,
    /// True when it is kept for the comparison.
    pub kept: bool,
    /// The same page with it kept, while there is room.
    pub keep_href: Option<String>,
}

/// A career kept for the comparison.
#[derive(Debug, Clone)]
pub struct KeptView {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The same page without it.
    pub drop_href: String,
}

/// The interests page.
#[derive(Template)]
#[template(path = "interests.html")]
pub struct InterestsPage {
    /// Page head.
    pub meta: PageMeta,
    /// The six areas explained.
    pub areas: Vec<AreaView>,
    /// First-choice options.
    pub firsts: Vec<Choice>,
    /// Second-choice options.
    pub seconds: Vec<Choice>,
    /// Third-choice options.
    pub thirds: Vec<Choice>,
    /// Job zone options.
    pub zones: Vec<Choice>,
    /// Bad parameters: (name, what is wrong).
    pub errors: Vec<(&'static str, String)>,
    /// The choices in words ("Conventional, then Investigative"), if any.
    pub chosen: Option<String>,
    /// The job zone chosen, in words.
    pub zone_words: Option<String>,
    /// The careers on this page.
    pub rows: Vec<MatchRow>,
    /// How many match.
    pub total: i64,
    /// Pagination.
    pub pager: Option<Pager>,
    /// The same choices with one more area: (name, address).
    pub narrow: Vec<(String, String)>,
    /// Which choice `narrow` adds: `second` or `third`.
    pub narrow_which: &'static str,
    /// The careers kept for the comparison.
    pub kept: Vec<KeptView>,
    /// The kept careers not on this page of results, which the tick
    /// boxes' form carries as hidden fields.
    pub kept_hidden: Vec<String>,
    /// The comparison of the kept careers, when there are two or more.
    pub kept_compare_href: Option<String>,
    /// The results as CSV.
    pub csv_href: String,
    /// The form's address.
    pub form_href: String,
    /// The comparison page (the tick boxes' form's address).
    pub compare_href: String,
    /// The wage release and projection period, for the headings.
    pub releases: Option<Releases>,
    /// O*NET's attribution line, word for word.
    pub attribution: Option<String>,
}

/// Shows the explainer, the form and, when an area is chosen, the
/// careers that match.
pub async fn interests(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    form: Checked<InterestForm>,
) -> actix_web::Result<HttpResponse> {
    let kept = form.as_typed().and_then(|f| {
        let address = urls::interests(lang, &f.choice, f.choice.page);
        state.cached_hit(&req, &address)
    });
    if let Some(page) = kept {
        return Ok(page);
    }
    match form.confirm().await? {
        Ok(form) => Ok(interests_page(req, lang, state, form).await?),
        Err((form, errors)) => {
            let form = kept_in(&state, lang, form).await?;
            Ok(InterestsPage::bad_form(&state, lang, form, errors)?)
        }
    }
}

/// The form with its kept careers read in `lang` (the form reads them in
/// English, to check them).
async fn kept_in(state: &AppState, lang: Lang, mut form: InterestForm) -> AppResult<InterestForm> {
    if !form.kept.is_empty() {
        let slugs: Vec<String> = form.kept.iter().map(|k| k.slug.clone()).collect();
        form.kept = state
            .db_in(lang, move |c| read::career_summaries(c, &slugs))
            .await?;
    }
    Ok(form)
}

/// The page for a confirmed form, from the page cache or rendered.
async fn interests_page(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    form: InterestForm,
) -> AppResult<HttpResponse> {
    let choice = form.choice.clone();
    let address = urls::interests(lang, &choice, choice.page);
    state
        .cached(&req, address, async {
            let form = kept_in(&state, lang, form).await?;
            let query = InterestQuery {
                chosen: choice.chosen(),
                zone: choice.zone,
            };
            let (rows, pager) = if query.chosen.is_empty() {
                (Vec::new(), None)
            } else {
                let page = choice.page;
                let (rows, total) = state
                    .db_in(lang, move |c| {
                        Ok((
                            read::interest_matches(c, &query, PER_PAGE, Pager::offset(page))?,
                            read::interest_count(c, &query)?,
                        ))
                    })
                    .await?;
                let pager = Pager::new(page, total, "these results", |n| {
                    urls::interests(lang, &choice, n)
                })?;
                (rows, Some(pager))
            };
            let page = InterestsPage::new(&state, lang, form, Vec::new(), rows, pager);
            Ok(page.render()?)
        })
        .await
}

impl InterestsPage {
    /// The page answering 400 for a form with bad values: every one
    /// named, the rest of the form as chosen.
    pub fn bad_form(
        state: &AppState,
        lang: Lang,
        form: InterestForm,
        errors: FormErrors,
    ) -> AppResult<HttpResponse> {
        let errors = errors.in_words(Tr::new(lang));
        let page = Self::new(state, lang, form, errors, Vec::new(), None);
        Ok(bad_form_page(page.render()?))
    }

    fn new(
        state: &AppState,
        lang: Lang,
        form: InterestForm,
        errors: Vec<(&'static str, String)>,
        rows: Vec<InterestRow>,
        pager: Option<Pager>,
    ) -> Self {
        let InterestForm {
            choice,
            kept,
            releases,
            attribution,
        } = form;
        let choice = &choice;
        let tr = Tr::new(lang);
        let chosen_areas = choice.chosen();
        let kept_slugs = kept_slugs(choice, &kept);
        let kept_views = kept_views(lang, choice, &kept, &kept_slugs);
        let kept_compare_href =
            (kept_slugs.len() >= 2).then(|| urls::compare(lang, &kept_slugs, None));
        let rows = match_rows(lang, choice, rows, &kept_slugs, releases.as_ref());
        // One more area, for the choices not yet made (up to three).
        let narrow = if errors.is_empty() {
            narrow(lang, choice, &chosen_areas)
        } else {
            Vec::new()
        };
        let kept_hidden = kept_slugs
            .iter()
            .filter(|s| !rows.iter().any(|r: &MatchRow| &r.row.slug == *s))
            .cloned()
            .collect();
        let narrow_which = if chosen_areas.len() >= 2 {
            "third"
        } else {
            "second"
        };
        let total = pager.as_ref().map_or(0, |p| p.total);
        let title = title(tr, choice, &chosen_areas, errors.is_empty());
        InterestsPage {
            meta: state.meta(
                title,
                tr.t("ls-interests-description"),
                &urls::interests(lang, choice, choice.page),
            ),
            areas: areas(lang),
            firsts: area_options(tr, choice.first),
            seconds: area_options(tr, choice.second),
            thirds: area_options(tr, choice.third),
            zones: zone_choices(tr, choice.zone),
            errors,
            chosen: chosen_in_words(tr, &chosen_areas),
            zone_words: zone_in_words(tr, choice.zone),
            rows,
            total,
            pager,
            narrow,
            narrow_which,
            kept: kept_views,
            kept_hidden,
            kept_compare_href,
            csv_href: urls::interests_csv(lang, choice),
            form_href: urls::interests_all(lang),
            compare_href: urls::compare_form(lang),
            releases,
            attribution,
        }
    }
}

/// The choices in words ("Conventional, then Investigative"), if any.
fn chosen_in_words(tr: Tr, chosen_areas: &[Interest]) -> Option<String> {
    let n = |i: usize| {
        chosen_areas
            .get(i)
            .map(|a| name(tr, *a))
            .unwrap_or_default()
    };
    match chosen_areas.len() {
        0 => None,
        1 => Some(tr.t1("ls-interests-chosen-1", "first", n(0))),
        2 => Some(tr.t2("ls-interests-chosen-2", "first", n(0), "second", n(1))),
        _ => Some(tr.t3(
            "ls-interests-chosen-3",
            "first",
            n(0),
            "second",
            n(1),
            "third",
            n(2),
        )),
    }
}

/// The job zone chosen, in words.
fn zone_in_words(tr: Tr, zone: Option<i64>) -> Option<String> {
    zone.and_then(|z| {
        job_zone_words(tr, z).map(|(name, meaning)| {
            tr.t3(
                "ls-interests-zone-words",
                "zone",
                z.to_string(),
                "name",
                name,
                "meaning",
                meaning,
            )
        })
    })
}

/// The kept careers that were found, in the order kept.
fn kept_slugs(choice: &InterestChoice, kept: &[CareerSummary]) -> Vec<String> {
    choice
        .careers
        .iter()
        .filter(|s| kept.iter().any(|k| &k.slug == *s))
        .cloned()
        .collect()
}

/// The same page of results with `careers` kept.
fn with_kept(lang: Lang, choice: &InterestChoice, careers: Vec<String>) -> String {
    urls::interests(
        lang,
        &InterestChoice {
            careers,
            ..choice.clone()
        },
        choice.page,
    )
}

/// The kept careers, in the order kept, each with the page without it.
fn kept_views(
    lang: Lang,
    choice: &InterestChoice,
    kept: &[CareerSummary],
    kept_slugs: &[String],
) -> Vec<KeptView> {
    kept_slugs
        .iter()
        .filter_map(|s| kept.iter().find(|k| &k.slug == s))
        .map(|k| KeptView {
            slug: k.slug.clone(),
            title: k.title.clone(),
            drop_href: with_kept(
                lang,
                choice,
                kept_slugs
                    .iter()
                    .filter(|s| **s != k.slug)
                    .cloned()
                    .collect(),
            ),
        })
        .collect()
}

/// The results on this page, each with the page keeping it too while
/// there is room.
fn match_rows(
    lang: Lang,
    choice: &InterestChoice,
    rows: Vec<InterestRow>,
    kept_slugs: &[String],
    releases: Option<&Releases>,
) -> Vec<MatchRow> {
    let room = kept_slugs.len() < MAX_COMPARED;
    rows.into_iter()
        .map(|r| {
            let is_kept = kept_slugs.contains(&r.career.slug);
            let keep_href = (room && !is_kept).then(|| {
                let mut more = kept_slugs.to_vec();
                more.push(r.career.slug.clone());
                with_kept(lang, choice, more)
            });
            MatchRow {
                row: CareerRow::new(lang, &r.career, releases),
                high_points: names_in(Tr::new(lang), &r.high_points),
                zone: r.zone,
                kept: is_kept,
                keep_href,
            }
        })
        .collect()
}

/// The six areas as a select's options, `chosen` selected.
fn area_options(tr: Tr, chosen: Option<Interest>) -> Vec<Choice> {
    Interest::ALL
        .into_iter()
        .map(|a| {
            (
                a.letter().to_string(),
                tr.t2(
                    "ls-area-option",
                    "name",
                    name(tr, a),
                    "headline",
                    area_words(tr, a).0,
                ),
                chosen == Some(a),
            )
        })
        .collect()
}

/// The page's title: the choices in words, or that something is wrong.
fn title(tr: Tr, choice: &InterestChoice, chosen_areas: &[Interest], ok: bool) -> String {
    match (chosen_areas.is_empty(), ok) {
        (_, false) => tr.t("ls-interests-title-bad"),
        (true, true) => tr.t("ls-interests-title"),
        (false, true) => {
            let mut t = tr.t1(
                "ls-interests-title-chosen",
                "names",
                names_in_words_in(tr, chosen_areas),
            );
            if let Some(z) = choice.zone {
                t = tr.t2("ls-interests-title-zone", "title", t, "zone", z.to_string());
            }
            if !choice.page.is_first() {
                t = tr.t2(
                    "ls-title-page",
                    "title",
                    t,
                    "page",
                    choice.page.get().to_string(),
                );
            }
            t
        }
    }
}

/// The same choices with one more area, for the choices not yet made
/// (up to three): (its name, the address).
fn narrow(lang: Lang, choice: &InterestChoice, chosen_areas: &[Interest]) -> Vec<(String, String)> {
    let tr = Tr::new(lang);
    if (1..3).contains(&chosen_areas.len()) {
        Interest::ALL
            .into_iter()
            .filter(|a| !chosen_areas.contains(a))
            .map(|a| {
                let mut next = choice.clone();
                match chosen_areas.len() {
                    1 => next.second = Some(a),
                    _ => next.third = Some(a),
                }
                (
                    name(tr, a),
                    urls::interests(lang, &next, Default::default()),
                )
            })
            .collect()
    } else {
        Vec::new()
    }
}

/// Sends the results, every page of them, as CSV.
pub async fn interests_csv(
    lang: Lang,
    state: web::Data<AppState>,
    Params(InterestsCsvForm(choice)): Params<InterestsCsvForm>,
) -> AppResult<HttpResponse> {
    let query = InterestQuery {
        chosen: choice.chosen(),
        zone: choice.zone,
    };
    let (rows, releases) = state
        .db_in(lang, move |c| {
            Ok((
                read::interest_matches(c, &query, i64::MAX, 0)?,
                read::releases(c)?,
            ))
        })
        .await?;
    let tr = Tr::new(lang);
    let top = releases.as_ref().map_or(0, |r| r.top_coded_annual);
    let (wage_release, period) = format::release_labels(releases.as_ref());
    let wages = format::release(tr, &wage_release);
    let mut header = vec![
        tr.t("ls-csv-rank"),
        tr.t("ls-csv-career"),
        tr.t("ls-csv-soc"),
        tr.t("ls-csv-high-points"),
    ];
    header.extend(
        Interest::ALL
            .iter()
            .map(|a| tr.t1("ls-csv-area-score", "area", name(tr, *a))),
    );
    header.extend([
        tr.t1("ls-csv-median-annual", "wages", &wages),
        tr.t1("ls-csv-change-percent", "period", &period),
        tr.t("ls-csv-entry-education"),
        tr.t("ls-csv-job-zone"),
        tr.t("ls-csv-address"),
    ]);
    let mut t = Csv::new(&header[..]);
    for (rank, r) in (1_i64..).zip(rows) {
        let mut line = vec![
            rank.to_string(),
            r.career.title.clone(),
            r.soc.unwrap_or_default(),
            names_in(tr, &r.high_points),
        ];
        line.extend(r.scores.iter().map(|s| format::hundredths(*s)));
        line.extend(summary_cells(tr, &r.career, top));
        line.extend([
            r.career.entry_education.unwrap_or_default(),
            opt(r.zone),
            state.url(&urls::career(lang, &r.career.slug).overview()),
        ]);
        t.rows.push(line);
    }
    t.response("careers-by-interest.csv")
}
