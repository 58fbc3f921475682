//! `/groups/{slug}`: the careers of one major occupational group, with
//! their median pay, projected growth and entry education; and `/a-z`,
//! every career from A to Z.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::Group;
use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::{Crumb, PageMeta};
use crate::web::params::ExploreChoice;
use crate::web::params::PageNumber;
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::current::CareerRow;

/// A group's page.
#[derive(Template)]
#[template(path = "group.html")]
pub struct GroupPage {
    /// Page head.
    pub meta: PageMeta,
    /// Breadcrumb trail.
    pub crumbs: Vec<Crumb>,
    /// The group.
    pub group: Group,
    /// Its careers, by title.
    pub related: Vec<CareerRow>,
    /// The wage release the medians come from.
    pub wage_release: String,
    /// The projection period.
    pub period: String,
    /// The list of careers filtered to this group.
    pub explore_href: String,
}

/// Shows a group's careers.
pub async fn group(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> AppResult<HttpResponse> {
    let address = urls::group(lang, &slug);
    state
        .cached(&req, address.clone(), async {
            let key = slug.to_string();
            let (found, releases) = state
                .db_in(lang, move |c| {
                    Ok((read::group(c, &key)?, read::releases(c)?))
                })
                .await?;
            let Some((group, careers)) = found else {
                return Err(AppError::NotFound(format!(
                    "There is no occupational group called “{}”. The home page lists them all.",
                    slug.chars().take(60).collect::<String>()
                )));
            };
            let tr = Tr::new(lang);
            let (wage_release, period) = format::release_labels(releases.as_ref());
            let wage_release = format::release(tr, &wage_release);
            let description = tr.t2(
                "ls-group-description",
                "count",
                group.careers.to_string(),
                "group",
                &group.title,
            );
            let page = GroupPage {
                meta: state.meta(group.title.clone(), description, &address),
                crumbs: vec![
                    Crumb {
                        label: tr.t("crumb-careers"),
                        href: urls::home(lang, PageNumber::default()),
                    },
                    Crumb {
                        label: group.title.clone(),
                        href: address.clone(),
                    },
                ],
                related: careers
                    .iter()
                    .map(|c| CareerRow::new(lang, c, releases.as_ref()))
                    .collect(),
                wage_release,
                period,
                explore_href: urls::explore(
                    lang,
                    &ExploreChoice {
                        group: Some(group.slug.clone()),
                        ..ExploreChoice::default()
                    },
                    PageNumber::default(),
                ),
                group,
            };
            Ok(page.render()?)
        })
        .await
}

/// The letters of the A-Z index, each with its careers.
#[derive(Debug, Clone)]
pub struct Letter {
    /// The letter, upper case.
    pub letter: char,
    /// Anchor id.
    pub id: String,
    /// (address, title) of its careers.
    pub careers: Vec<(String, String)>,
}

/// The A-Z index.
#[derive(Template)]
#[template(path = "a_z.html")]
pub struct IndexPage {
    /// Page head.
    pub meta: PageMeta,
    /// The letters that have careers.
    pub letters: Vec<Letter>,
    /// Careers in all.
    pub total: usize,
}

/// Shows every career from A to Z.
pub async fn a_z(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let address = urls::a_z(lang);
    state
        .cached(&req, address.clone(), async {
            let mut careers = state.db_in(lang, read::index).await?;
            // Spanish titles may begin with an accented letter, filed
            // under its plain letter.
            careers.sort_by_cached_key(|(_, title)| format::fold(title));
            let total = careers.len();
            let mut letters: Vec<Letter> = Vec::new();
            for (slug, title) in careers {
                let letter = format::fold(&title)
                    .chars()
                    .next()
                    .map(|c| c.to_ascii_uppercase())
                    .filter(char::is_ascii_alphabetic)
                    .unwrap_or('#');
                if letters.last().is_none_or(|l| l.letter != letter) {
                    letters.push(Letter {
                        letter,
                        id: urls::a_z_letter(lang, letter)
                            .rsplit('#')
                            .next()
                            .unwrap_or_default()
                            .to_string(),
                        careers: Vec::new(),
                    });
                }
                if let Some(l) = letters.last_mut() {
                    l.careers
                        .push((urls::career(lang, &slug).overview(), title));
                }
            }
            let tr = Tr::new(lang);
            let description = tr.t1("ls-a-z-description", "total", total.to_string());
            let page = IndexPage {
                meta: state.meta(tr.t("ls-a-z-title"), description, &address),
                letters,
                total,
            };
            Ok(page.render()?)
        })
        .await
}
