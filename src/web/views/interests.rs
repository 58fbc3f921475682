//! The six interest areas in our own words, and a career's interest
//! profile ready to show: the interests page, the overview, the sheet and
//! the comparison use them.

use crate::db::read::CareerInterest;
use crate::domain::Interest;
use crate::domain::Lang;
use crate::domain::sources::ONET;
use crate::web::chart::{BarChart, Value};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::urls;

/// An interest area explained.
#[derive(Debug, Clone)]
pub struct AreaView {
    /// Its letter.
    pub letter: char,
    /// Its name (O*NET's, in the page's language).
    pub name: String,
    /// A few words for what it is about.
    pub headline: String,
    /// What people with this interest like, in a sentence or two.
    pub summary: String,
    /// Everyday things a student may already enjoy doing.
    pub activities: Vec<String>,
    /// The careers that match it first.
    pub href: String,
}

/// The key of `area`'s messages: `ls-area-r`, whose value is its name;
/// `-headline`, `-summary` and `-activity-1` to `-4` add the rest.
pub fn name_id(area: Interest) -> &'static str {
    match area {
        Interest::Realistic => "ls-area-r",
        Interest::Investigative => "ls-area-i",
        Interest::Artistic => "ls-area-a",
        Interest::Social => "ls-area-s",
        Interest::Enterprising => "ls-area-e",
        Interest::Conventional => "ls-area-c",
    }
}

/// How many everyday activities each area lists.
const ACTIVITIES: usize = 4;

/// `area`'s name in the words of `tr`'s language ("Realistic").
pub fn name(tr: Tr, area: Interest) -> String {
    tr.t(name_id(area))
}

/// A few words for `area`, what it is about, and everyday things a
/// student may already enjoy doing, in the words of `tr`'s language.
pub fn area_words(tr: Tr, area: Interest) -> (String, String, Vec<String>) {
    let id = name_id(area);
    (
        tr.t(&format!("{id}-headline")),
        tr.t(&format!("{id}-summary")),
        (1..=ACTIVITIES)
            .map(|n| tr.t(&format!("{id}-activity-{n}")))
            .collect(),
    )
}

/// The six areas explained, each linking to its careers.
pub fn areas(lang: Lang) -> Vec<AreaView> {
    let tr = Tr::new(lang);
    Interest::ALL
        .into_iter()
        .map(|a| {
            let (headline, summary, activities) = area_words(tr, a);
            AreaView {
                letter: a.letter(),
                name: name(tr, a),
                headline,
                summary,
                activities,
                href: urls::interests_for(lang, &[a]),
            }
        })
        .collect()
}

/// Area names in order, joined: `Conventional, Investigative`.
pub fn names(list: &[Interest]) -> String {
    names_in(Tr::new(Lang::En), list)
}

/// The same in the words of `tr`'s language.
pub fn names_in(tr: Tr, list: &[Interest]) -> String {
    list.iter()
        .map(|a| name(tr, *a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Area names in a sentence: `Conventional and Investigative`.
pub fn names_in_words(list: &[Interest]) -> String {
    names_in_words_in(Tr::new(Lang::En), list)
}

/// The same in the words of `tr`'s language.
pub fn names_in_words_in(tr: Tr, list: &[Interest]) -> String {
    match list {
        [] => String::new(),
        [a] => name(tr, *a),
        [rest @ .., last] => tr.t3(
            "ls-areas-and",
            "rest",
            names_in(tr, rest),
            "last",
            name(tr, *last),
            "letter",
            last.letter().to_string(),
        ),
    }
}

/// Which high point an area is: `first`, `second`, `third`.
pub fn rank_word(i: usize) -> &'static str {
    ["first", "second", "third"].get(i).copied().unwrap_or("")
}

/// The same in the words of `tr`'s language.
pub fn rank_word_in(tr: Tr, i: usize) -> String {
    match ["ls-rank-first", "ls-rank-second", "ls-rank-third"].get(i) {
        Some(id) => tr.t(id),
        None => String::new(),
    }
}

/// A career's interest profile, ready to show.
#[derive(Debug, Clone)]
pub struct ProfileView {
    /// The six scores as bars.
    pub chart: BarChart,
    /// The table: (area, score, which high point it is, if one).
    pub rows: Vec<(String, String, Option<String>)>,
    /// The high points: (name, the careers that share it first).
    pub high_points: Vec<(String, String)>,
    /// The high points in a sentence.
    pub in_words: String,
    /// The careers whose interests match these high points in order.
    pub similar_href: String,
    /// The O*NET occupation profiled: (code, title).
    pub onet: (String, String),
    /// When O*NET last updated the profile, in words.
    pub updated: String,
    /// Source number.
    pub cite: usize,
}

impl ProfileView {
    /// The view of `p`, citing O*NET through `citer`.
    pub fn new(lang: Lang, p: &CareerInterest, career_title: &str, citer: &mut Citer) -> Self {
        let tr = Tr::new(lang);
        let desc = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| format!("{} {}", name(tr, *a), format::hundredths(s)))
            .collect::<Vec<_>>()
            .join(", ");
        let groups = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| {
                (
                    name(tr, *a),
                    vec![Value {
                        series: usize::from(!p.high_points.contains(a)),
                        value: s,
                        label: format::hundredths(s),
                    }],
                )
            })
            .collect();
        let chart = BarChart::scaled(
            "interests",
            tr.t1("ls-profile-chart-title", "title", career_title),
            tr.t1("ls-profile-chart-description", "scores", desc),
            vec![tr.t("ls-profile-high-point"), tr.t("ls-profile-other-area")],
            groups,
            700,
        )
        .with_caption(tr.t("ls-profile-chart-caption"));
        let rows = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| {
                let rank = (p.high_points.iter().position(|h| h == a)).map(|i| rank_word_in(tr, i));
                (name(tr, *a), format::hundredths(s), rank)
            })
            .collect();
        ProfileView {
            chart,
            rows,
            high_points: p
                .high_points
                .iter()
                .map(|a| (name(tr, *a), urls::interests_for(lang, &[*a])))
                .collect(),
            in_words: names_in_words_in(tr, &p.high_points),
            similar_href: urls::interests_for(lang, &p.high_points),
            onet: (p.onet_code.clone(), p.onet_title.clone()),
            updated: format::month(Tr::new(lang), &p.date),
            cite: citer.cite(ONET),
        }
    }
}
