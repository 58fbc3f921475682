//! The groups of the search page, built from what the database found:
//! careers by title, careers that use a thing found (software, a tool, a
//! skill), and certifications, duties, skills and schools.

use crate::db::read::{
    CareerSummary, CareerUsing, HitTarget, Releases, SearchHit, Source, UsedThing,
};
use crate::domain::Lang;
use crate::web::format;
use crate::web::page::Pager;
use crate::web::params::{PageNumber, SearchGroup};
use crate::web::search;
use crate::web::urls::{self, Section};
use crate::web::views::current::CareerRow;

/// Results of each group shown on the page of every group.
pub const FIRST_SHOWN: usize = 10;
/// Results on each page of one group.
pub const PER_PAGE: usize = 25;

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
    /// For a career: its national median pay, in words.
    pub pay: Option<String>,
    /// How central the thing found is to the career ("hot technology",
    /// "importance 4.2 of 5").
    pub note: Option<String>,
}

/// Where a group's figures come from: (what, its source's name, link).
pub type GroupSource = (String, String, String);

/// Hits of one kind.
#[derive(Debug, Clone)]
pub struct HitGroup {
    /// Which group.
    pub group: SearchGroup,
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub heading: String,
    /// How the group is found and ordered, in a sentence.
    pub intro: Option<String>,
    /// Where its figures come from.
    pub sources: Vec<GroupSource>,
    /// True for careers, which can be ticked to compare.
    pub careers: bool,
    /// The hits shown.
    pub hits: Vec<HitView>,
    /// How many were found.
    pub total: usize,
    /// On the page of every group, when there are more than shown: the
    /// group's own pages.
    pub all_href: Option<String>,
    /// The words of that link ("All 97 careers that use Python").
    pub all_label: String,
    /// On a group's own page: its pages.
    pub pager: Option<Pager>,
}

/// A group's pages (on its own page) and the link to them (on the page of
/// every group).
type Paging = (Option<Pager>, Option<String>);

/// The part of a group shown: its hits, its pages and the link to them.
type Window<T> = (Vec<T>, Option<Pager>, Option<String>);

/// What a search is, to make addresses of its pages.
#[derive(Debug, Clone)]
pub struct Asked {
    /// The words searched (as typed, or respelt).
    pub q: String,
    /// Searched as typed.
    pub exact: bool,
    /// The group paged, if one.
    pub group: Option<SearchGroup>,
    /// Its page.
    pub page: PageNumber,
    /// The edition searched.
    pub lang: Lang,
}

impl Asked {
    /// `group`'s pages when it is the one asked for, or the link to them
    /// (when it has more than it shows) on the page of every group;
    /// `Ok(None)` when the group is not shown (another is paged).
    fn paging(
        &self,
        group: SearchGroup,
        total: usize,
        what: &str,
    ) -> Result<Option<Paging>, crate::web::error::AppError> {
        let href = |g: Option<SearchGroup>, p: PageNumber| {
            urls::search_page(self.lang, &self.q, self.exact, g, p)
        };
        match self.group {
            Some(g) if g == group => {
                let pager = Pager::sized(self.page, total as i64, PER_PAGE as i64, what, |n| {
                    href(Some(group), n)
                })?;
                Ok(Some((Some(pager), None)))
            }
            Some(_) => Ok(None),
            None => Ok(Some((
                None,
                (total > FIRST_SHOWN).then(|| href(Some(group), PageNumber::default())),
            ))),
        }
    }

    /// The hits of `all` to show for `group` (see [`Self::paging`]).
    fn window<T>(
        &self,
        group: SearchGroup,
        all: Vec<T>,
        what: &str,
    ) -> Result<Option<Window<T>>, crate::web::error::AppError> {
        let Some((pager, more)) = self.paging(group, all.len(), what)? else {
            return Ok(None);
        };
        let (skip, take) = match &pager {
            Some(p) => ((p.page as usize - 1) * PER_PAGE, PER_PAGE),
            None => (0, FIRST_SHOWN),
        };
        let shown = all.into_iter().skip(skip).take(take).collect();
        Ok(Some((shown, pager, more)))
    }
}

/// Where a hit leads.
fn href(lang: Lang, target: &HitTarget) -> String {
    match target {
        HitTarget::Career {
            slug,
            section,
            anchor,
        } => {
            let urls = urls::career(lang, slug);
            let section = Section::from_key(section);
            match anchor {
                Some(a) => urls.anchor(section, a),
                None => urls.section(section),
            }
        }
        HitTarget::Schools { state, town } => {
            urls::schools(lang, Some(state), Some(town), Default::default())
        }
        HitTarget::Institution { unitid } => urls::institution(lang, unitid),
    }
}

/// A career's median pay in words: "$63,190 a year", "$24.59 an hour".
fn pay(c: &CareerSummary, releases: Option<&Releases>) -> Option<String> {
    let median = CareerRow::new(Lang::En, c, releases).median?;
    Some(
        if median.ends_with("an hour") || median.starts_with("not") {
            median
        } else {
            format!("{median} a year")
        },
    )
}

/// The wage source, for a group that shows pay.
fn pay_source(lang: Lang, wages: Option<&Source>) -> Vec<GroupSource> {
    wages
        .map(|s| {
            (
                "Median pay".to_string(),
                s.reported_in.clone(),
                urls::about_data(lang, Some(&s.id)),
            )
        })
        .into_iter()
        .collect()
}

/// A career found by a title, or `None` when the hit is not a career.
fn career_hit(lang: Lang, h: &SearchHit, releases: Option<&Releases>) -> Option<HitView> {
    let c = h.career.as_ref()?;
    let own = h.kind == "career";
    Some(HitView {
        href: urls::career(lang, &c.slug).overview(),
        segments: if own {
            search::segments(&h.highlighted)
        } else {
            vec![(c.title.clone(), false)]
        },
        career: None,
        matched: (!own).then(|| (href(lang, &h.target), search::segments(&h.highlighted))),
        compare: Some((c.slug.clone(), c.title.clone())),
        line: Some(c.line.clone()).filter(|l| !l.is_empty()),
        pay: pay(c, releases),
        note: None,
    })
}

/// The careers found by a title (their own, another, or their code), each
/// once, best first.
pub fn careers(
    hits: &[SearchHit],
    asked: &Asked,
    releases: Option<&Releases>,
    wages: Option<&Source>,
) -> Result<Option<HitGroup>, crate::web::error::AppError> {
    let mut seen: Vec<&str> = Vec::new();
    let mut all = Vec::new();
    for h in hits
        .iter()
        .filter(|h| matches!(h.kind.as_str(), "career" | "title" | "code"))
    {
        let Some(c) = &h.career else { continue };
        if seen.contains(&c.slug.as_str()) {
            continue;
        }
        seen.push(&c.slug);
        all.extend(career_hit(asked.lang, h, releases));
    }
    if all.is_empty() {
        return Ok(None);
    }
    let total = all.len();
    let Some((hits, pager, all_href)) = asked.window(SearchGroup::Careers, all, "these careers")?
    else {
        return Ok(None);
    };
    Ok(Some(HitGroup {
        group: SearchGroup::Careers,
        id: SearchGroup::Careers.key(),
        heading: "Careers".to_string(),
        all_label: format!("All {} careers found", format::number(total as i64)),
        intro: None,
        sources: pay_source(asked.lang, wages),
        careers: true,
        hits,
        total,
        all_href,
        pager,
    }))
}

/// Heading of a "uses" group: "Careers that use Python (software)",
/// "Careers that need knowledge of Mathematics".
fn uses_heading(thing: &UsedThing) -> String {
    let kind = match thing.kind.as_str() {
        "software" => " (software)",
        "tool" => " (tools)",
        "skill" => " (skill)",
        "knowledge" => "",
        _ => " (work style)",
    };
    format!("C{}{kind}", &uses_phrase(thing)[1..])
}

/// The careers of a "uses" group, for its heading and the link to all of
/// them: "careers that use Python".
fn uses_phrase(thing: &UsedThing) -> String {
    match thing.kind.as_str() {
        "software" => format!("careers that use {}", thing.name),
        "tool" => format!("careers that use {}", thing.name.to_lowercase()),
        "skill" => format!("careers that need {}", thing.name),
        "knowledge" => format!("careers that need knowledge of {}", thing.name),
        _ => format!("careers that ask for {}", thing.name.to_lowercase()),
    }
}

/// How a "uses" group is ordered.
fn uses_intro(thing: &UsedThing) -> String {
    match thing.kind.as_str() {
        "software" => "Careers whose workers use it, as O*NET lists their software: those whose \
                       job ads ask for it most (in demand) first, then those where it is a hot \
                       technology, then the careers with the most workers."
            .to_string(),
        "tool" => "Careers whose workers use these tools, as O*NET lists them, the careers with \
                   the most workers first."
            .to_string(),
        _ => "Careers that O*NET rates it important for (3 or more of 5), the most important \
              first, then the careers with the most workers."
            .to_string(),
    }
}

/// How central the thing is to a career, in words.
fn uses_note(u: &CareerUsing) -> Option<String> {
    match (u.importance, u.in_demand, u.hot) {
        (Some(i), _, _) => Some(format!("importance {} of 5", format::hundredths(i))),
        (None, true, true) => Some("in demand, hot technology".to_string()),
        (None, true, false) => Some("in demand".to_string()),
        (None, false, true) => Some("hot technology".to_string()),
        (None, false, false) => None,
    }
}

/// The `n`th (from 1) "uses" group: careers that use `thing`, `careers`
/// being those shown (the first, or the page asked for).
pub fn uses(
    n: u8,
    thing: &UsedThing,
    careers: &[CareerUsing],
    asked: &Asked,
    releases: Option<&Releases>,
    sources: (Option<&Source>, Option<&Source>),
) -> Result<Option<HitGroup>, crate::web::error::AppError> {
    let group = SearchGroup::Uses(n);
    let total = thing.careers.max(0) as usize;
    let rows: Vec<HitView> = careers
        .iter()
        .map(|u| HitView {
            href: urls::career(asked.lang, &u.career.slug).overview(),
            segments: vec![(u.career.title.clone(), false)],
            career: None,
            matched: None,
            compare: Some((u.career.slug.clone(), u.career.title.clone())),
            line: Some(u.career.line.clone()).filter(|l| !l.is_empty()),
            pay: pay(&u.career, releases),
            note: uses_note(u),
        })
        .collect();
    // The rows are already the page asked for.
    let Some((pager, all_href)) = asked.paging(group, total, "these careers")? else {
        return Ok(None);
    };
    let (wages, what) = sources;
    let mut cited = pay_source(asked.lang, wages);
    if let Some(s) = what {
        cited.insert(
            0,
            (
                if thing.kind == "software" || thing.kind == "tool" {
                    "What they use".to_string()
                } else {
                    "Importance".to_string()
                },
                s.reported_in.clone(),
                urls::about_data(asked.lang, Some(&s.id)),
            ),
        );
    }
    Ok(Some(HitGroup {
        group,
        id: group.key(),
        heading: uses_heading(thing),
        all_label: format!(
            "All {} {}",
            format::number(total as i64),
            uses_phrase(thing)
        ),
        intro: Some(uses_intro(thing)),
        sources: cited,
        careers: true,
        hits: rows,
        total,
        all_href,
        pager,
    }))
}

/// The groups of other kinds of hit, after the careers: certifications,
/// duties, skills (of hand-written careers) and schools.
pub fn others(
    hits: &[SearchHit],
    asked: &Asked,
) -> Result<Vec<HitGroup>, crate::web::error::AppError> {
    let kinds: [(SearchGroup, &[&str], &str); 4] = [
        (
            SearchGroup::Certifications,
            &["certification"],
            "Certifications",
        ),
        (SearchGroup::Duties, &["duty"], "Duties"),
        (SearchGroup::Skills, &["skill"], "Skills"),
        (SearchGroup::Schools, &["school", "institution"], "Schools"),
    ];
    let mut out = Vec::new();
    for (group, kinds, heading) in kinds {
        let all: Vec<HitView> = hits
            .iter()
            .filter(|h| kinds.contains(&h.kind.as_str()))
            .map(|h| HitView {
                href: href(asked.lang, &h.target),
                segments: search::segments(&h.highlighted),
                career: h.career.as_ref().map(|c| c.title.clone()),
                matched: None,
                compare: None,
                line: None,
                pay: None,
                note: None,
            })
            .collect();
        if all.is_empty() {
            continue;
        }
        let total = all.len();
        if let Some((hits, pager, all_href)) = asked.window(group, all, "these results")? {
            out.push(HitGroup {
                group,
                id: group.key(),
                heading: heading.to_string(),
                all_label: format!(
                    "All {} {}",
                    format::number(total as i64),
                    heading.to_lowercase()
                ),
                intro: None,
                sources: Vec::new(),
                careers: false,
                hits,
                total,
                all_href,
                pager,
            });
        }
    }
    Ok(out)
}
