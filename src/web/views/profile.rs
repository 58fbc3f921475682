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
    pub heading: &'static str,
    /// The kind's name, for the table's caption.
    pub name: &'static str,
    /// The heading of the table's first column.
    pub column: &'static str,
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
    /// (value, extent 1-7, which high point it is), highest first.
    pub rows: Vec<(ElementLink, String, Option<&'static str>)>,
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
        let profile = profile.map(|p| TakesView::new(lang, p, career_title, citer));
        let tools = tools.map(|t| ToolsView {
            shown: t.tools.iter().map(|(example, _)| example.clone()).collect(),
            line: tools_line(t),
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
fn tools_line(t: &CareerTools) -> String {
    let occupation = format!("the O*NET occupation {} ({})", t.onet_title, t.onet_code);
    match (t.tools.len() as i64, t.total) {
        (_, 1) => format!("The one tool O*NET lists for {occupation}."),
        (n, total) if n >= total => format!("The {total} tools O*NET lists for {occupation}."),
        (n, total) => format!("{n} of the {total} tools O*NET lists for {occupation}."),
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn in_words(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [a] => (*a).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "one skill", "3 knowledge areas", "2 work styles".
fn count_of(kind: ElementKind, n: usize) -> String {
    let (one, many) = match kind {
        ElementKind::Skill => ("skill", "skills"),
        ElementKind::Knowledge => ("knowledge area", "knowledge areas"),
        ElementKind::Style => ("work style", "work styles"),
        ElementKind::Value => ("work value", "work values"),
    };
    if n == 1 {
        format!("one {one}")
    } else {
        format!("{n} {many}")
    }
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
        let what = match kind {
            ElementKind::Knowledge => "knowledge areas",
            _ => "skills",
        };
        let lead = match (leveled, shown.len()) {
            (true, 0) => format!("O*NET rates none of the {what} as important for this work."),
            (true, _) => format!(
                "The {what} that matter most, rated important or more (3 or more of 5), the most important first, with the level the work needs (0 to 7)."
            ),
            (false, _) => {
                "The qualities that matter most, the most important first (importance 1 to 5)."
                    .to_string()
            }
        };
        let mut left_out = Vec::new();
        let scores_out = p.of(kind).filter(|r| r.score_suppressed).count();
        if scores_out > 0 {
            let (ratings, them) = if scores_out == 1 {
                ("rating", "it")
            } else {
                ("ratings", "them")
            };
            left_out.push(format!(
                "O*NET advises against relying on its importance {ratings} of {} for this occupation, so we leave {them} out.",
                count_of(kind, scores_out)
            ));
        }
        if shown.iter().any(|r| r.level_suppressed) {
            left_out.push(
                "A level marked \u{201c}not shown\u{201d} is one O*NET advises against relying on, because too few answers agreed."
                    .to_string(),
            );
        }
        let rows: Vec<RatedRow> = shown
            .iter()
            .map(|r| RatedRow {
                element: ElementLink::new(lang, &r.element),
                importance: r.score.map(format::hundredths).unwrap_or_default(),
                level: match (r.level, r.level_suppressed, r.not_relevant) {
                    (_, true, _) => "not shown".to_string(),
                    (_, _, true) => "not relevant".to_string(),
                    (Some(l), _, _) => format::hundredths(l),
                    (None, _, _) => "not published".to_string(),
                },
            })
            .collect();
        Self {
            id,
            heading: match kind {
                ElementKind::Style => "Work styles: what kind of person does well",
                other => other.heading(),
            },
            name: kind.heading(),
            column: match kind {
                ElementKind::Skill => "Skill",
                ElementKind::Knowledge => "Knowledge area",
                _ => "Work style",
            },
            lead,
            chart: chart(kind, &shown, career_title),
            rows,
            leveled,
            left_out,
        }
    }
}

/// The bars of `shown`: importance (of 5) and, for skills and knowledge,
/// level (of 7), each drawn against its own scale.
fn chart(kind: ElementKind, shown: &[&ElementRating], career_title: &str) -> BarChart {
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
            let mut text = format!("{} importance {}", r.element.name, bars[0].label);
            if let (true, Some(level), false) = (leveled, r.level, r.level_suppressed) {
                bars.push(Value {
                    series: 1,
                    value: level * 10 / 7,
                    label: format::hundredths(level),
                });
                text.push_str(&format!(", level {}", bars[1].label));
            }
            desc.push(text);
            (r.element.name.clone(), bars)
        })
        .collect();
    let (id, series, caption) = match kind {
        ElementKind::Knowledge => (
            "knowledge-chart",
            vec!["Importance".to_string(), "Level".to_string()],
            "Each bar against its own scale: importance 1 to 5, level 0 to 7.",
        ),
        ElementKind::Style => (
            "styles-chart",
            vec!["Importance".to_string()],
            "Importance from 1 to 5.",
        ),
        _ => (
            "skills-chart",
            vec!["Importance".to_string(), "Level".to_string()],
            "Each bar against its own scale: importance 1 to 5, level 0 to 7.",
        ),
    };
    BarChart::scaled(
        id,
        format!("{} of {career_title}", kind.heading()),
        format!("O*NET ratings: {}.", desc.join("; ")),
        series,
        groups,
        1000,
    )
    .with_caption(caption)
}

impl ValuesView {
    fn new(lang: Lang, p: &CareerProfile) -> Option<Self> {
        let rows: Vec<(ElementLink, String, Option<&'static str>)> = p
            .of(ElementKind::Value)
            .filter_map(|r| {
                let rank = (p.value_high_points.iter())
                    .position(|h| h.id == r.element.id)
                    .map(crate::web::views::interests::rank_word);
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
        Some(Self {
            in_words: in_words(&names),
            high_points: p
                .value_high_points
                .iter()
                .map(|e| ElementLink::new(lang, e))
                .collect(),
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
    pub heading: &'static str,
    /// What the kind is, in a sentence.
    pub intro: &'static str,
    /// (anchor, name, explanation), in file order.
    pub entries: Vec<(String, String, String)>,
}

impl ElementGroup {
    /// The groups of `elements`, in page order, leaving out empty ones.
    pub fn all(elements: &[Element]) -> Vec<Self> {
        ElementKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let entries: Vec<(String, String, String)> = elements
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| (e.anchor.clone(), e.name.clone(), e.explanation.clone()))
                    .collect();
                let (id, intro) = match kind {
                    ElementKind::Skill => (
                        "skills",
                        "Abilities you build with practice and use in many kinds of work. Career pages rate how important each is (1 to 5) and the level the work needs (0 to 7).",
                    ),
                    ElementKind::Knowledge => (
                        "knowledge",
                        "Subjects you learn and know about. Career pages rate how important each is (1 to 5) and how much of it the work needs (0 to 7).",
                    ),
                    ElementKind::Style => (
                        "work-styles",
                        "Habits and qualities of the people who do a job well. Career pages rate how important each is (1 to 5).",
                    ),
                    ElementKind::Value => (
                        "work-values",
                        "What a job can give the people who do it. Career pages rate how much of each a job offers (1 to 7).",
                    ),
                };
                (!entries.is_empty()).then_some(Self {
                    id,
                    heading: kind.heading(),
                    intro,
                    entries,
                })
            })
            .collect()
    }
}
