//! What else a career is called and what it is close to: alternate
//! titles, similar occupations, the careers a student may have meant, the
//! titles people use, related careers and the software of the work.

use crate::db::read::{
    AlternateTitle, CareerSummary, Instead, JobTitle, Releases, SimilarOccupation, TechnologyItem,
};
use crate::domain::Lang;
use crate::domain::sources::{OEWS, ONET_RELATED, ONET_TITLES, PROJECTIONS};
use crate::web::format;
use crate::web::page::Citer;
use crate::web::urls;
use crate::web::views::cited::CitedText;
use crate::web::views::current::CareerRow;

/// A career that the description points a student to, who may have
/// meant that one.
#[derive(Debug, Clone)]
pub struct InsteadLink {
    /// Our line before the other career's title.
    pub lead: String,
    /// The other career's address.
    pub href: String,
    /// The other career's title.
    pub title: String,
}

impl InsteadLink {
    /// The links for `list`, in order.
    pub fn all(lang: Lang, list: &[Instead]) -> Vec<Self> {
        list.iter()
            .map(|i| Self {
                lead: i.lead.clone(),
                href: urls::career(lang, &i.slug).overview(),
                title: i.title.clone(),
            })
            .collect()
    }
}

/// How many titles, and software examples, show before "more".
const SHOWN: usize = 8;

/// Alternate titles of one kind.
#[derive(Debug, Clone)]
pub struct TitleGroup {
    /// What kind of names these are.
    pub heading: String,
    /// The names.
    pub titles: Vec<CitedText>,
}

/// Other names for the job and similar occupations.
#[derive(Debug, Clone)]
pub struct OtherNames {
    /// Alternate titles, by kind.
    pub groups: Vec<TitleGroup>,
    /// Similar occupations.
    pub similar: Vec<CitedText>,
}

impl OtherNames {
    /// The names of a career, citing alternate titles, then similar
    /// occupations.
    pub fn new(
        alternate: &[AlternateTitle],
        similar: &[SimilarOccupation],
        citer: &mut Citer,
    ) -> Self {
        let tr = citer.tr();
        let groups = ["also-called", "other-title", "similar-title"]
            .into_iter()
            .map(|kind| TitleGroup {
                heading: tr.t(&format!("ov-titles-{kind}")),
                titles: alternate
                    .iter()
                    .filter(|t| t.kind == kind)
                    .map(|t| CitedText {
                        text: t.title.clone(),
                        cite: citer.cite(&t.source),
                    })
                    .collect(),
            })
            .filter(|g| !g.titles.is_empty())
            .collect();
        let similar = similar
            .iter()
            .map(|s| CitedText {
                text: s.title.clone(),
                cite: citer.cite(&s.source),
            })
            .collect();
        Self { groups, similar }
    }
}

/// The titles people use for the job: (title, hot), never marked hot.
#[derive(Debug, Clone)]
pub struct JobTitles {
    /// The most common titles.
    pub common: Vec<(String, bool)>,
    /// The other titles.
    pub more: Vec<(String, bool)>,
    /// Sources of the titles.
    pub cites: Vec<usize>,
}

impl JobTitles {
    /// The titles, the most common first, citing their sources.
    pub fn new(titles: &[JobTitle], citer: &mut Citer) -> Self {
        let shown = titles
            .iter()
            .filter(|t| t.common)
            .count()
            .clamp(SHOWN.min(titles.len()), SHOWN * 2);
        let named = |t: &JobTitle| (t.title.clone(), false);
        Self {
            cites: Self::cite(titles, citer),
            common: titles.iter().take(shown).map(named).collect(),
            more: titles.iter().skip(shown).map(named).collect(),
        }
    }

    /// The numbers of the sources of `titles`, in their order.
    pub fn cite(titles: &[JobTitle], citer: &mut Citer) -> Vec<usize> {
        let mut sources: Vec<String> = Vec::new();
        for t in titles {
            if !sources.contains(&t.source) {
                sources.push(t.source.clone());
            }
        }
        citer.cite_all(&sources)
    }
}

/// The source number of O*NET's related careers, when there are any.
pub fn related_cite(related: &[CareerSummary], citer: &mut Citer) -> Option<usize> {
    (!related.is_empty()).then(|| citer.cite(ONET_RELATED))
}

/// Related careers, the closest first, with the figures of each.
#[derive(Debug, Clone)]
pub struct Related {
    /// The careers, each with what the work is, its median pay, growth and
    /// entry education.
    pub rows: Vec<CareerRow>,
    /// The source of the list.
    pub cite: Option<usize>,
    /// The wage release, in the page's language, and its source number
    /// ("May 2025", 3).
    pub wages: Option<(String, usize)>,
    /// The projection period and its source number ("2024-2034", 4): the
    /// projected growth and the entry education.
    pub projection: Option<(String, usize)>,
}

impl Related {
    /// The related careers; `releases` says how to write flagged wages
    /// and which releases the figures are from.
    pub fn new(
        lang: Lang,
        related: &[CareerSummary],
        releases: Option<&Releases>,
        citer: &mut Citer,
    ) -> Self {
        let cite = related_cite(related, citer);
        let shown = releases.filter(|_| !related.is_empty());
        Self {
            cite,
            wages: shown.map(|r| (format::release(citer.tr(), &r.wages), citer.cite(OEWS))),
            projection: shown.map(|r| {
                let period = format::period(r.projection_start, r.projection_end);
                (period, citer.cite(PROJECTIONS))
            }),
            rows: related
                .iter()
                .map(|r| CareerRow::new(lang, r, releases))
                .collect(),
        }
    }
}

/// Software used in the work: (example, hot technology).
#[derive(Debug, Clone)]
pub struct Software {
    /// The examples shown first: the hot ones, at least [`SHOWN`].
    pub shown: Vec<(String, bool)>,
    /// The rest.
    pub more: Vec<(String, bool)>,
    /// Their source.
    pub cite: Option<usize>,
}

impl Software {
    /// The software of a career, citing O*NET when there is any.
    pub fn new(technology: &[TechnologyItem], citer: &mut Citer) -> Self {
        let cite = (!technology.is_empty()).then(|| citer.cite(ONET_TITLES));
        let all: Vec<(String, bool)> = technology
            .iter()
            .map(|t| (t.example.clone(), t.hot))
            .collect();
        let split = all
            .iter()
            .filter(|(_, hot)| *hot)
            .count()
            .max(SHOWN)
            .min(all.len());
        let (shown, more) = all.split_at(split);
        Self {
            shown: shown.to_vec(),
            more: more.to_vec(),
            cite,
        }
    }
}
