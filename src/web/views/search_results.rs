//! The groups of the search page, built from what the database found:
//! careers by title, careers that use a thing found (software, a tool, a
//! skill), and certifications, duties, skills and schools.

use crate::db::read::{
    CareerSummary, CareerUsing, HitTarget, Published, Releases, SearchHit, Source, UsedThing,
};
use crate::domain::Lang;
use crate::web::format;
use crate::web::i18n;
use crate::web::i18n::Tr;
use crate::web::page::Pager;
use crate::web::params::{PageNumber, SearchGroup};
use crate::web::search;
use crate::web::urls::{self, Section};

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

/// A career's median pay in words: "$63,190 a year", "$24.59 an hour",
/// or why there is none ("not published").
fn pay(tr: Tr, c: &CareerSummary, releases: Option<&Releases>) -> Option<String> {
    let r = releases?;
    let median = c.median?;
    Some(match (median, c.hourly_median) {
        (Published::NotInThisForm, Some(h)) => {
            tr.t1("an-hour", "amount", format::hourly_wage(tr, h, r))
        }
        (Published::Value(_) | Published::TopCoded, _) => {
            tr.t1("a-year", "amount", format::annual_wage(tr, median, r))
        }
        (m, _) => format::annual_wage(tr, m, r),
    })
}

/// The wage source, for a group that shows pay.
fn pay_source(lang: Lang, wages: Option<&Source>) -> Vec<GroupSource> {
    wages
        .map(|s| {
            (
                Tr::new(lang).t("ls-median-pay"),
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
        pay: pay(Tr::new(lang), c, releases),
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
    let tr = Tr::new(asked.lang);
    Ok(Some(HitGroup {
        group: SearchGroup::Careers,
        id: SearchGroup::Careers.key(),
        heading: tr.t("ls-search-careers"),
        all_label: tr.t1(
            "ls-search-all-careers",
            "count",
            format::number(total as i64),
        ),
        intro: None,
        sources: pay_source(asked.lang, wages),
        careers: true,
        hits,
        total,
        all_href,
        pager,
    }))
}

/// The kind of thing a "uses" group is about, as its messages name it
/// (`ls-search-uses-software`, `ls-search-all-software`), and the thing's
/// name as its messages show it (tools and work styles in lower case).
fn uses_kind(thing: &UsedThing) -> (&'static str, String) {
    match thing.kind.as_str() {
        "software" => ("software", thing.name.clone()),
        "tool" => ("tool", thing.name.to_lowercase()),
        "skill" => ("skill", thing.name.clone()),
        "knowledge" => ("knowledge", thing.name.clone()),
        _ => ("style", thing.name.to_lowercase()),
    }
}

/// Heading of a "uses" group: "Careers that use Python (software)",
/// "Careers that need knowledge of Mathematics".
fn uses_heading(tr: Tr, thing: &UsedThing) -> String {
    let (kind, name) = uses_kind(thing);
    tr.t1(&format!("ls-search-uses-{kind}"), "name", name)
}

/// The link to all the careers of a "uses" group: "All 97 careers that
/// use Python".
fn uses_all(tr: Tr, thing: &UsedThing, total: usize) -> String {
    let (kind, name) = uses_kind(thing);
    tr.t2(
        &format!("ls-search-all-{kind}"),
        "count",
        format::number(total as i64),
        "name",
        name,
    )
}

/// How a "uses" group is ordered.
fn uses_intro(tr: Tr, thing: &UsedThing) -> String {
    tr.t(match thing.kind.as_str() {
        "software" => "ls-search-intro-software",
        "tool" => "ls-search-intro-tool",
        _ => "ls-search-intro-rated",
    })
}

/// How central the thing is to a career, in words.
fn uses_note(tr: Tr, u: &CareerUsing) -> Option<String> {
    match (u.importance, u.in_demand, u.hot) {
        (Some(i), _, _) => Some(tr.t1("ls-search-importance-of", "score", format::hundredths(i))),
        (None, true, true) => Some(tr.t("ls-search-in-demand-hot")),
        (None, true, false) => Some(tr.t("ls-search-in-demand")),
        (None, false, true) => Some(tr.t("ls-search-hot")),
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
    let tr = Tr::new(asked.lang);
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
            pay: pay(tr, &u.career, releases),
            note: uses_note(tr, u),
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
                    tr.t("ls-search-what-they-use")
                } else {
                    tr.t("ls-search-importance")
                },
                s.reported_in.clone(),
                urls::about_data(asked.lang, Some(&s.id)),
            ),
        );
    }
    Ok(Some(HitGroup {
        group,
        id: group.key(),
        heading: uses_heading(tr, thing),
        all_label: uses_all(tr, thing, total),
        intro: Some(uses_intro(tr, thing)),
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
    let tr = Tr::new(asked.lang);
    // Each group's kinds of hit and the key of its messages
    // (`ls-search-duties`, `ls-search-all-duties`).
    let kinds: [(SearchGroup, &[&str], &str); 4] = [
        (
            SearchGroup::Certifications,
            &["certification"],
            "certifications",
        ),
        (SearchGroup::Duties, &["duty"], "duties"),
        (SearchGroup::Skills, &["skill"], "skills"),
        (SearchGroup::Schools, &["school", "institution"], "schools"),
    ];
    let mut out = Vec::new();
    for (group, kinds, key) in kinds {
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
                heading: tr.t(&format!("ls-search-{key}")),
                all_label: tr.t1(
                    &format!("ls-search-all-{key}"),
                    "count",
                    format::number(total as i64),
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

/// `text` emphasised, as HTML for [`Tr::html`] (the words searched
/// instead of those typed).
pub fn em(text: &str) -> String {
    format!("<em>{}</em>", i18n::text(text))
}

/// `text` for screen readers only, after a space, as HTML for
/// [`Tr::html`] ("Keep<span> Electricians</span> to compare").
pub fn hidden(text: &str) -> String {
    format!(
        "<span class=\"visually-hidden\"> {}</span>",
        i18n::text(text)
    )
}

/// `text` kept on one line, as HTML for [`Tr::html`] (a period of years).
pub fn nowrap(text: &str) -> String {
    format!("<span class=\"nowrap\">{}</span>", i18n::text(text))
}

/// `text` escaped, as HTML for [`Tr::html`] (a figure).
pub fn text(text: &str) -> String {
    i18n::text(text)
}
