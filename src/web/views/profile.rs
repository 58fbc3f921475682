//! What a career takes, ready to show (O*NET 29.3): the skills and
//! knowledge that matter most with their importance and level, the
//! strongest work styles, the work values and the tools, each element
//! linked to its explanation in the glossary.

use crate::db::read::{CareerProfile, CareerTools, Element, ElementRating};
use crate::domain::ElementKind;
use crate::domain::Lang;
use crate::domain::sources::ONET_PROFILE;
use crate::web::chart::{BarChart, Value};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::urls;
use crate::web::views::sections::{ListEnd, link_list, list};

/// Most skills (and most knowledge areas) shown.
pub const TOP_RATED: usize = 8;
/// Work styles shown.
pub const TOP_STYLES: usize = 5;
/// The least importance shown for skills and knowledge: 3 of 5
/// ("important"), in hundredths.
pub const IMPORTANT: i64 = 300;

/// An element with its glossary link and explanation.
#[derive(Debug, Clone)]
pub struct ElementLink {
    /// Its name.
    pub name: String,
    /// Its glossary entry.
    pub href: String,
    /// What it means, in our words.
    pub explanation: String,
}

impl ElementLink {
    /// The link of `e`.
    pub fn new(lang: Lang, e: &Element) -> Self {
        Self {
            name: e.name.clone(),
            href: urls::glossary_term(lang, &e.anchor),
            explanation: e.explanation.clone(),
        }
    }
}

/// One row of a ratings table.
#[derive(Debug, Clone)]
pub struct RatedRow {
    /// The element.
    pub element: ElementLink,
    /// Importance, 1-5, two decimals.
    pub importance: String,
    /// Level, 0-7, two decimals, or why it is not shown.
    pub level: String,
}

/// One kind of element rated: its chart, table and notes.
#[derive(Debug, Clone)]
pub struct RatedKind {
    /// Anchor of its heading.
    pub id: &'static str,
    /// Its heading.
    pub heading: String,
    /// The kind's name, for the table's caption.
    pub name: String,
    /// The heading of the table's first column.
    pub column: String,
    /// What the list is, in a sentence.
    pub lead: String,
    /// The ratings as bars.
    pub chart: BarChart,
    /// The table's rows.
    pub rows: Vec<RatedRow>,
    /// True when the table has a level column.
    pub leveled: bool,
    /// What was left out because O*NET advises against relying on it.
    pub left_out: Vec<String>,
}

/// The work values: high points and the six extents.
#[derive(Debug, Clone)]
pub struct ValuesView {
    /// The high points in a sentence.
    pub in_words: String,
    /// The high points, first first.
    pub high_points: Vec<ElementLink>,
    /// The high points as links in a sentence, as HTML.
    pub high_points_html: String,
    /// (value, extent 1-7, which high point it is), highest first.
    pub rows: Vec<(ElementLink, String, Option<String>)>,
}

/// The ratings part of "What it takes".
#[derive(Debug, Clone)]
pub struct TakesView {
    /// Skills, knowledge and work styles, those O*NET rates for the
    /// occupation.
    pub kinds: Vec<RatedKind>,
    /// Work values, when O*NET rates them for the occupation.
    pub values: Option<ValuesView>,
    /// The O*NET occupation rated: (code, title).
    pub onet: (String, String),
    /// When O*NET last updated any of the ratings, in words.
    pub updated: String,
    /// Source number.
    pub cite: usize,
}

/// The tools workers use.
#[derive(Debug, Clone)]
pub struct ToolsView {
    /// The examples shown.
    pub shown: Vec<String>,
    /// How many are shown of how many, for which O*NET occupation.
    pub line: String,
    /// Source number.
    pub cite: usize,
}

/// A career's "What it takes" and tools; `none` when O*NET 29.3 rates
/// none of the O*NET occupations of a career made from an occupation.
#[derive(Debug, Clone, Default)]
pub struct WhatItTakes {
    /// The ratings.
    pub profile: Option<TakesView>,
    /// The tools.
    pub tools: Option<ToolsView>,
    /// True when the career has an occupation but O*NET 29.3 rates none of
    /// its O*NET occupations (it may still list their tools).
    pub none: bool,
}

impl WhatItTakes {
    /// The view of a career's profile and tools; `has_occupation` says
    /// whether a missing profile is worth a word.
    pub fn new(
        lang: Lang,
        profile: Option<&CareerProfile>,
        tools: Option<&CareerTools>,
        has_occupation: bool,
        career_title: &str,
        citer: &mut Citer,
    ) -> Self {
        let tr = Tr::new(lang);
        let profile = profile.map(|p| TakesView::new(lang, p, career_title, citer));
        let tools = tools.map(|t| ToolsView {
            shown: t.tools.iter().map(|(example, _)| example.clone()).collect(),
            line: tools_line(tr, t),
            cite: citer.cite(ONET_PROFILE),
        });
        let none = has_occupation && profile.is_none();
        Self {
            profile,
            tools,
            none,
        }
    }
}

/// "10 of the 120 tools O*NET lists for the occupation Electricians
/// (47-2111.00)".
fn tools_line(tr: Tr, t: &CareerTools) -> String {
    let shown = t.tools.len() as i64;
    let case = match (shown, t.total) {
        (_, 1) => "one",
        (n, total) if n >= total => "all",
        _ => "some",
    };
    let occupation = tr.t2(
        "ov-onet-occupation",
        "title",
        &t.onet_title,
        "code",
        &t.onet_code,
    );
    let counts = tr.t3(
        "ov-tools-count",
        "case",
        case,
        "shown",
        shown.to_string(),
        "total",
        t.total.to_string(),
    );
    tr.t2("ov-tools-line", "tools", counts, "occupation", occupation)
}

/// `a`, `a and b`, `a, b and c`, in English.
pub fn in_words(names: &[&str]) -> String {
    in_words_in(Tr::default(), names)
}

/// `a`, `a and b`, `a, b and c`, in `tr`'s language.
pub fn in_words_in(tr: Tr, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    list(tr, &names, ListEnd::And)
}

impl TakesView {
    fn new(lang: Lang, p: &CareerProfile, career_title: &str, citer: &mut Citer) -> Self {
        let kinds = [
            (ElementKind::Skill, "onet-skills"),
            (ElementKind::Knowledge, "onet-knowledge"),
            (ElementKind::Style, "work-styles"),
        ]
        .into_iter()
        .filter(|(kind, _)| p.of(*kind).next().is_some())
        .map(|(kind, id)| RatedKind::new(lang, p, kind, id, career_title))
        .collect();
        let updated = p.ratings.iter().map(|r| r.date.as_str()).max();
        Self {
            kinds,
            values: ValuesView::new(lang, p),
            onet: (p.onet_code.clone(), p.onet_title.clone()),
            updated: updated
                .map(|m| format::month(Tr::new(lang), m))
                .unwrap_or_default(),
            cite: citer.cite(ONET_PROFILE),
        }
    }
}

impl RatedKind {
    fn new(
        lang: Lang,
        p: &CareerProfile,
        kind: ElementKind,
        id: &'static str,
        career_title: &str,
    ) -> Self {
        let leveled = kind != ElementKind::Style;
        let shown: Vec<&ElementRating> = if leveled {
            p.of(kind)
                .filter(|r| r.score.is_some_and(|s| s >= IMPORTANT))
                .take(TOP_RATED)
                .collect()
        } else {
            p.of(kind)
                .filter(|r| r.score.is_some())
                .take(TOP_STYLES)
                .collect()
        };
        let tr = Tr::new(lang);
        let key = kind.key();
        let lead = match (leveled, shown.len()) {
            (true, 0) => tr.t1("ov-rated-none", "kind", key),
            (true, _) => tr.t1("ov-rated-lead", "kind", key),
            (false, _) => tr.t("ov-styles-lead"),
        };
        let mut left_out = Vec::new();
        let scores_out = p.of(kind).filter(|r| r.score_suppressed).count();
        if scores_out > 0 {
            left_out.push(tr.t2("ov-left-out-scores", "count", scores_out, "kind", key));
        }
        if shown.iter().any(|r| r.level_suppressed) {
            left_out.push(tr.t("ov-left-out-levels"));
        }
        let rows: Vec<RatedRow> = shown
            .iter()
            .map(|r| RatedRow {
                element: ElementLink::new(lang, &r.element),
                importance: r.score.map(format::hundredths).unwrap_or_default(),
                level: match (r.level, r.level_suppressed, r.not_relevant) {
                    (_, true, _) => tr.t("ov-level-not-shown"),
                    (_, _, true) => tr.t("ov-level-not-relevant"),
                    (Some(l), _, _) => format::hundredths(l),
                    (None, _, _) => tr.t("not-published"),
                },
            })
            .collect();
        Self {
            id,
            heading: match kind {
                ElementKind::Style => tr.t("ov-styles-heading"),
                other => kind_heading(tr, other),
            },
            name: kind_heading(tr, kind),
            column: tr.t(&format!("ov-column-{key}")),
            lead,
            chart: chart(tr, kind, &shown, career_title),
            rows,
            leveled,
            left_out,
        }
    }
}

/// The name of a kind of element, as a heading: "Skills", "Work values".
pub fn kind_heading(tr: Tr, kind: ElementKind) -> String {
    tr.t(&format!("ov-kind-{}", kind.key()))
}

/// The bars of `shown`: importance (of 5) and, for skills and knowledge,
/// level (of 7), each drawn against its own scale.
fn chart(tr: Tr, kind: ElementKind, shown: &[&ElementRating], career_title: &str) -> BarChart {
    let leveled = kind != ElementKind::Style;
    let mut desc = Vec::with_capacity(shown.len());
    let groups = shown
        .iter()
        .map(|r| {
            let importance = r.score.unwrap_or_default();
            let mut bars = vec![Value {
                series: 0,
                value: importance * 2,
                label: format::hundredths(importance),
            }];
            if let (true, Some(level), false) = (leveled, r.level, r.level_suppressed) {
                bars.push(Value {
                    series: 1,
                    value: level * 10 / 7,
                    label: format::hundredths(level),
                });
                desc.push(tr.t3(
                    "ov-chart-rating-level",
                    "name",
                    &r.element.name,
                    "importance",
                    &bars[0].label,
                    "level",
                    &bars[1].label,
                ));
            } else {
                desc.push(tr.t2(
                    "ov-chart-rating",
                    "name",
                    &r.element.name,
                    "importance",
                    &bars[0].label,
                ));
            }
            (r.element.name.clone(), bars)
        })
        .collect();
    let both = || vec![tr.t("ov-chart-importance"), tr.t("ov-chart-level")];
    let (id, series, caption) = match kind {
        ElementKind::Knowledge => ("knowledge-chart", both(), tr.t("ov-chart-caption-leveled")),
        ElementKind::Style => (
            "styles-chart",
            vec![tr.t("ov-chart-importance")],
            tr.t("ov-chart-caption-styles"),
        ),
        _ => ("skills-chart", both(), tr.t("ov-chart-caption-leveled")),
    };
    BarChart::scaled(
        id,
        tr.t2("ov-chart-title", "kind", kind.key(), "title", career_title),
        tr.t1("ov-chart-desc", "ratings", desc.join("; ")),
        series,
        groups,
        1000,
    )
    .with_caption(caption)
}

impl ValuesView {
    fn new(lang: Lang, p: &CareerProfile) -> Option<Self> {
        let tr = Tr::new(lang);
        let rows: Vec<(ElementLink, String, Option<String>)> = p
            .of(ElementKind::Value)
            .filter_map(|r| {
                let rank = (p.value_high_points.iter())
                    .position(|h| h.id == r.element.id)
                    .map(|i| tr.t1("ov-high-point-rank", "rank", i + 1));
                Some((
                    ElementLink::new(lang, &r.element),
                    format::hundredths(r.score?),
                    rank,
                ))
            })
            .collect();
        if rows.is_empty() {
            return None;
        }
        let names: Vec<&str> = p
            .value_high_points
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        let high_points: Vec<ElementLink> = p
            .value_high_points
            .iter()
            .map(|e| ElementLink::new(lang, e))
            .collect();
        let links: Vec<(&str, &str)> = high_points
            .iter()
            .map(|e| (e.name.as_str(), e.href.as_str()))
            .collect();
        Some(Self {
            in_words: in_words_in(tr, &names),
            high_points_html: link_list(tr, &links),
            high_points,
            rows,
        })
    }
}

/// The elements of one kind, for the glossary.
#[derive(Debug, Clone)]
pub struct ElementGroup {
    /// Anchor of its heading (`skills`).
    pub id: &'static str,
    /// Its heading.
    pub heading: String,
    /// What the kind is, in a sentence.
    pub intro: String,
    /// (anchor, name, explanation), in file order.
    pub entries: Vec<(String, String, String)>,
}

impl ElementGroup {
    /// The groups of `elements`, in page order, leaving out empty ones,
    /// their headings and introductions in `tr`'s language.
    pub fn all(tr: Tr, elements: &[Element]) -> Vec<Self> {
        ElementKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let entries: Vec<(String, String, String)> = elements
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| (e.anchor.clone(), e.name.clone(), e.explanation.clone()))
                    .collect();
                let id = match kind {
                    ElementKind::Skill => "skills",
                    ElementKind::Knowledge => "knowledge",
                    ElementKind::Style => "work-styles",
                    ElementKind::Value => "work-values",
                };
                (!entries.is_empty()).then(|| Self {
                    id,
                    heading: kind_heading(tr, kind),
                    intro: tr.t(&format!("ov-glossary-intro-{}", kind.key())),
                    entries,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_read_as_before_in_english() {
        let en = Tr::default();
        let tools = |n: usize, total: i64| CareerTools {
            onet_code: "47-2111.00".into(),
            onet_title: "Electricians".into(),
            tools: vec![("Pliers".to_string(), "Hand tools".to_string()); n],
            total,
        };
        let of = "O*NET lists for the O*NET occupation Electricians (47-2111.00).";
        assert_eq!(tools_line(en, &tools(1, 1)), format!("The one tool {of}"));
        assert_eq!(tools_line(en, &tools(4, 4)), format!("The 4 tools {of}"));
        assert_eq!(
            tools_line(en, &tools(10, 120)),
            format!("10 of the 120 tools {of}")
        );
        assert_eq!(
            en.t2("ov-left-out-scores", "count", 1usize, "kind", "skill"),
            "O*NET advises against relying on its importance rating of one skill for this occupation, so we leave it out."
        );
        assert_eq!(
            en.t2("ov-left-out-scores", "count", 3usize, "kind", "value"),
            "O*NET advises against relying on its importance ratings of 3 work values for this occupation, so we leave them out."
        );
        assert_eq!(
            en.t2("ov-chart-title", "kind", "style", "title", "X"),
            "Work styles of X"
        );
        assert_eq!(
            en.t1("ov-rated-none", "kind", "knowledge"),
            "O*NET rates none of the knowledge areas as important for this work."
        );
        assert_eq!(en.t1("ov-high-point-rank", "rank", 2usize), "second");
        assert_eq!(en.t1("ov-high-point-rank", "rank", 4usize), "");
        assert_eq!(in_words(&["a", "b", "c"]), "a, b and c");
        let es = Tr::new(crate::domain::Lang::Es);
        assert_eq!(
            tools_line(es, &tools(10, 120)),
            "10 de las 120 herramientas que O*NET indica para la ocupación de O*NET Electricians (47-2111.00)."
        );
    }
}
