//! `/careers`: every career, filtered by group, entry education, job zone,
//! pay, growth and words in a title, sorted, fifty to a page; the filters
//! are a GET form, so every filtered list is a link, and
//! `/careers.csv` downloads it. A bad value is a 400 page that names the
//! parameter and keeps the rest of the form.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{ExploreFilter, ExploreRow, ExploreSort, Releases};
use crate::domain::ElementKind;
use crate::domain::Lang;
use crate::web::csv_file::{Csv, opt};
use crate::web::error::AppResult;
use crate::web::format;
use crate::web::handlers::compare::summary_cells;
use crate::web::i18n::Tr;
use crate::web::page::{PER_PAGE, PageMeta, Pager};
use crate::web::params::{
    Checked, ExploreChoice, ExploreCsvForm, ExploreForm, ExploreRaw, FormErrors, Params,
    Vocabulary, bad_form_page,
};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::current::{CareerRow, Choice, zone_choices};

/// A career in the list.
#[derive(Debug, Clone)]
pub struct ListRow {
    /// Slug, for the comparison checkbox.
    pub slug: String,
    /// Address, title, pay, growth and education.
    pub row: CareerRow,
    /// Openings a year.
    pub openings: Option<String>,
    /// Employment.
    pub employment: Option<String>,
}

/// The list page.
#[derive(Template)]
#[template(path = "explore.html")]
pub struct ExplorePage {
    /// Page head.
    pub meta: PageMeta,
    /// The form as typed: (name, value) of the text inputs.
    pub raw: ExploreRaw,
    /// Group choices.
    pub groups: Vec<Choice>,
    /// Education choices.
    pub educations: Vec<Choice>,
    /// Skill and knowledge choices, by kind: (heading, choices).
    pub uses: Vec<(String, Vec<Choice>)>,
    /// Job zone choices.
    pub zones: Vec<Choice>,
    /// Sort choices.
    pub sorts: Vec<Choice>,
    /// Direction choices.
    pub dirs: Vec<Choice>,
    /// Bad parameters: (name, what is wrong).
    pub errors: Vec<(&'static str, String)>,
    /// The careers on this page.
    pub rows: Vec<ListRow>,
    /// How many pass the filters.
    pub total: i64,
    /// Pagination.
    pub pager: Option<Pager>,
    /// For an empty list: the filter to loosen, what it is, and how many
    /// careers there would be without it, and that list's address.
    pub loosen: Option<(String, i64, String)>,
    /// The list as CSV.
    pub csv_href: String,
    /// The wage release and projection period, for the headings.
    pub releases: Option<Releases>,
    /// The list without filters (the form's address).
    pub list_href: String,
    /// The comparison page (the ticked careers' form's address).
    pub compare_href: String,
}

/// Shows the list of careers.
pub async fn explore(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    form: Checked<ExploreForm>,
) -> actix_web::Result<HttpResponse> {
    let kept = form.as_typed().and_then(|f| {
        let address = urls::explore(lang, &f.choice, f.choice.page);
        state.cached_hit(&req, &address)
    });
    if let Some(page) = kept {
        return Ok(page);
    }
    match form.confirm().await? {
        Ok(form) => Ok(explore_list(req, lang, state, form).await?),
        Err((form, errors)) => {
            let shown = shown_vocabulary(&state, lang).await?;
            Ok(ExplorePage::bad_form(&state, lang, form, errors, &shown)?)
        }
    }
}

/// The groups, levels of education and elements as the page shows them,
/// in `lang` (the form reads them in English, to check the address).
async fn shown_vocabulary(state: &AppState, lang: Lang) -> AppResult<Vocabulary> {
    state
        .db_in(lang, |c| {
            Ok(Vocabulary {
                groups: read::groups(c)?,
                educations: read::education_levels(c)?,
                releases: None,
                elements: read::elements(c)?,
            })
        })
        .await
}

/// The list for a confirmed form, from the page cache or rendered.
async fn explore_list(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    form: ExploreForm,
) -> AppResult<HttpResponse> {
    let ExploreForm {
        raw,
        choice,
        filter,
        vocabulary: v,
    } = form;
    let address = urls::explore(lang, &choice, choice.page);
    state
        .cached(&req, address, async {
            let shown = shown_vocabulary(&state, lang).await?;
            let top = v.releases.as_ref().map_or(0, |r| r.top_coded_annual);
            let (f, sort, desc, page) =
                (filter.clone(), choice.sort, choice.descending, choice.page);
            let (rows, total) = state
                .db_in(lang, move |c| {
                    Ok((
                        read::explore(c, &f, sort, desc, top, PER_PAGE, Pager::offset(page))?,
                        read::explore_count(c, &f, top)?,
                    ))
                })
                .await?;
            let pager = Pager::new(choice.page, total, "this list", |n| {
                urls::explore(lang, &choice, n)
            })?;
            let loosen = if total == 0 {
                loosen(&state, lang, &choice, &filter, top).await?
            } else {
                None
            };
            let page = ExplorePage::new(
                &state,
                lang,
                raw,
                &choice,
                (&v, &shown),
                Vec::new(),
                rows,
                total,
                Some(pager),
                loosen,
            );
            Ok(page.render()?)
        })
        .await
}

/// A filter a list can do without: its name (a message), whether a filter
/// uses it, and how to clear it from the choice and the filter.
type Loosen = (
    &'static str,
    fn(&ExploreFilter) -> bool,
    fn(&mut ExploreChoice, &mut ExploreFilter),
);

/// Every filter, in the order an empty list considers leaving them out.
const LOOSEN: [Loosen; 7] = [
    (
        "ls-explore-without-group",
        |f| f.group.is_some(),
        |c, f| {
            (c.group, f.group) = (None, None);
        },
    ),
    (
        "ls-explore-without-education",
        |f| f.education.is_some(),
        |c, f| {
            (c.education, f.education) = (None, None);
        },
    ),
    (
        "ls-explore-without-zone",
        |f| f.zone.is_some(),
        |c, f| {
            (c.zone, f.zone) = (None, None);
        },
    ),
    (
        "ls-explore-without-pay",
        |f| f.min_pay.is_some(),
        |c, f| {
            (c.pay, f.min_pay) = (None, None);
        },
    ),
    (
        "ls-explore-without-growth",
        |f| f.min_growth_tenths.is_some(),
        |c, f| {
            (c.growth_tenths, f.min_growth_tenths) = (None, None);
        },
    ),
    (
        "ls-explore-without-uses",
        |f| f.uses.is_some(),
        |c, f| {
            (c.uses, f.uses) = (None, None);
        },
    ),
    (
        "ls-explore-without-words",
        |f| f.text.is_some(),
        |c, f| {
            (c.q, f.text) = (String::new(), None);
        },
    ),
];

/// For a list with no careers, the filter whose removal leaves the most:
/// its name, how many careers there would be, and that list's address.
async fn loosen(
    state: &AppState,
    lang: Lang,
    choice: &ExploreChoice,
    filter: &ExploreFilter,
    top: i64,
) -> AppResult<Option<(String, i64, String)>> {
    let tr = Tr::new(lang);
    let options: Vec<(String, ExploreChoice, ExploreFilter)> = LOOSEN
        .iter()
        .filter(|(_, used, _)| used(filter))
        .map(|(name, _, clear)| {
            let (mut c, mut f) = (choice.clone(), filter.clone());
            clear(&mut c, &mut f);
            (tr.t(name), c, f)
        })
        .collect();
    let filters: Vec<ExploreFilter> = options.iter().map(|(_, _, f)| f.clone()).collect();
    let counts = state
        .db(move |c| {
            filters
                .iter()
                .map(|f| read::explore_count(c, f, top))
                .collect::<rusqlite::Result<Vec<i64>>>()
        })
        .await?;
    Ok(options
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|((name, c, _), n)| {
            let href = urls::explore(
                lang,
                &ExploreChoice {
                    page: Default::default(),
                    ..c
                },
                Default::default(),
            );
            (name, n, href)
        }))
}

impl ExplorePage {
    /// The page answering 400 for a form with bad values: every one
    /// named, the rest of the form as typed.
    pub fn bad_form(
        state: &AppState,
        lang: Lang,
        form: ExploreForm,
        errors: FormErrors,
        shown: &Vocabulary,
    ) -> AppResult<HttpResponse> {
        let (choice, v) = (&form.choice, &form.vocabulary);
        let errors = errors.in_words(Tr::new(lang));
        let page = Self::new(
            state,
            lang,
            form.raw.clone(),
            choice,
            (v, shown),
            errors,
            vec![],
            0,
            None,
            None,
        );
        Ok(bad_form_page(page.render()?))
    }

    /// The page; `v` is the vocabulary the address was checked against
    /// and `shown` the same in the page's language.
    #[allow(clippy::too_many_arguments)]
    fn new(
        state: &AppState,
        lang: Lang,
        raw: ExploreRaw,
        choice: &ExploreChoice,
        (v, shown): (&Vocabulary, &Vocabulary),
        errors: Vec<(&'static str, String)>,
        rows: Vec<ExploreRow>,
        total: i64,
        pager: Option<Pager>,
        loosen: Option<(String, i64, String)>,
    ) -> Self {
        let tr = Tr::new(lang);
        let selected = |s: &Option<String>, value: &str| s.as_deref() == Some(value);
        let groups = shown
            .groups
            .iter()
            .map(|g| {
                (
                    g.slug.clone(),
                    g.title.clone(),
                    selected(&choice.group, &g.slug),
                )
            })
            .collect();
        let educations = v
            .educations
            .iter()
            .map(|e| {
                let slug = slug::slugify(&e.label);
                let chosen = selected(&choice.education, &slug);
                let label = (shown.educations.iter())
                    .find(|s| s.code == e.code)
                    .map_or(&e.label, |s| &s.label);
                (slug, label.clone(), chosen)
            })
            .collect();
        let uses = uses_choices(tr, v, shown, choice.uses.as_deref());
        let zones = zone_choices(tr, choice.zone);
        let sorts = [
            (ExploreSort::Name, "ls-explore-sort-name"),
            (ExploreSort::Pay, "ls-median-pay"),
            (ExploreSort::Growth, "ls-explore-sort-growth"),
            (ExploreSort::Openings, "ls-openings-a-year"),
            (ExploreSort::Employment, "employment"),
        ]
        .into_iter()
        .map(|(s, label)| {
            (
                ExploreChoice::sort_key(s).to_string(),
                tr.t(label),
                choice.sort == s,
            )
        })
        .collect();
        let dirs = vec![
            (
                String::new(),
                tr.t("ls-explore-order-usual"),
                raw.dir.as_deref().unwrap_or("").is_empty(),
            ),
            (
                "desc".to_string(),
                tr.t("ls-explore-order-highest"),
                raw.dir.as_deref() == Some("desc"),
            ),
            (
                "asc".to_string(),
                tr.t("ls-explore-order-lowest"),
                raw.dir.as_deref() == Some("asc"),
            ),
        ];
        let releases = v.releases.clone();
        let rows = rows
            .into_iter()
            .map(|r| ListRow {
                slug: r.career.slug.clone(),
                row: CareerRow::new(lang, &r.career, releases.as_ref()),
                openings: r
                    .openings
                    .map(|n| format::projected_count(Tr::new(lang), n)),
                employment: r.employment.map(format::number),
            })
            .collect();
        let title = if errors.is_empty() {
            if choice.page.is_first() {
                tr.t("ls-explore-title")
            } else {
                tr.t2(
                    "ls-title-page",
                    "title",
                    tr.t("ls-explore-title"),
                    "page",
                    choice.page.get().to_string(),
                )
            }
        } else {
            tr.t("ls-explore-title-bad")
        };
        ExplorePage {
            meta: state.meta(
                title,
                tr.t("ls-explore-description"),
                &urls::explore(lang, choice, choice.page),
            ),
            raw,
            groups,
            educations,
            uses,
            zones,
            sorts,
            dirs,
            errors,
            rows,
            total,
            pager,
            loosen,
            csv_href: urls::explore_csv(lang, choice),
            releases,
            list_href: urls::explore_all(lang),
            compare_href: urls::compare_form(lang),
        }
    }
}

/// The skills, then the knowledge areas, a list can be narrowed to, with
/// `chosen` selected, named as in `shown`.
fn uses_choices(
    tr: Tr,
    v: &Vocabulary,
    shown: &Vocabulary,
    chosen: Option<&str>,
) -> Vec<(String, Vec<Choice>)> {
    [
        (ElementKind::Skill, "ls-kind-skills"),
        (ElementKind::Knowledge, "ls-kind-knowledge"),
    ]
    .into_iter()
    .map(|(kind, heading)| {
        let list = (v.elements.iter().filter(|e| e.kind == kind))
            .map(|e| {
                let on = chosen == Some(e.anchor.as_str());
                let name = (shown.elements.iter())
                    .find(|s| s.id == e.id)
                    .map_or(&e.name, |s| &s.name);
                (e.anchor.clone(), name.clone(), on)
            })
            .collect();
        (tr.t(heading), list)
    })
    .collect()
}

/// Sends the filtered list, every page of it, as CSV.
pub async fn explore_csv(
    lang: Lang,
    state: web::Data<AppState>,
    Params(ExploreCsvForm(form)): Params<ExploreCsvForm>,
) -> AppResult<HttpResponse> {
    let ExploreForm {
        choice,
        filter,
        vocabulary: v,
        ..
    } = form;
    let top = v.releases.as_ref().map_or(0, |r| r.top_coded_annual);
    let (sort, desc) = (choice.sort, choice.descending);
    let rows = state
        .db_in(lang, move |c| {
            read::explore(c, &filter, sort, desc, top, i64::MAX, 0)
        })
        .await?;
    let tr = Tr::new(lang);
    let (wage_release, period) = format::release_labels(v.releases.as_ref());
    let wages = format::release(tr, &wage_release);
    let mut t = Csv::new(&[
        tr.t("ls-csv-career"),
        tr.t("ls-csv-soc"),
        tr.t("ls-csv-group"),
        tr.t("ls-csv-line"),
        tr.t1("ls-csv-median-annual", "wages", &wages),
        tr.t1("ls-csv-change-percent", "period", &period),
        tr.t1("ls-csv-openings", "period", &period),
        tr.t1("ls-csv-employment", "wages", &wages),
        tr.t("ls-csv-entry-education"),
        tr.t("ls-csv-job-zone"),
        tr.t("ls-csv-address"),
    ]);
    for r in rows {
        let [median, growth] = summary_cells(tr, &r.career, top);
        t.rows.push(vec![
            r.career.title.clone(),
            r.soc.unwrap_or_default(),
            r.group.unwrap_or_default(),
            r.career.line.clone(),
            median,
            growth,
            opt(r.openings),
            opt(r.employment),
            r.career.entry_education.unwrap_or_default(),
            opt(r.zone),
            state.url(&urls::career(lang, &r.career.slug).overview()),
        ]);
    }
    t.response("careers.csv")
}
