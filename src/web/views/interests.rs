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
    /// Its name (O*NET's).
    pub name: &'static str,
    /// A few words for what it is about.
    pub headline: &'static str,
    /// What people with this interest like, in a sentence or two.
    pub summary: &'static str,
    /// Everyday things a student may already enjoy doing.
    pub activities: &'static [&'static str],
    /// The careers that match it first.
    pub href: String,
}

/// A few words for `area`, and what it is about.
pub fn words(area: Interest) -> (&'static str, &'static str, &'static [&'static str]) {
    match area {
        Interest::Realistic => (
            "building, fixing and working outdoors",
            "Practical, hands-on work with tools, machines, materials, plants or animals: problems you can see and touch, often outdoors, on a site or in a workshop rather than at a desk.",
            &[
                "taking apart a bike, a phone or an engine to see how it works",
                "building or repairing things at home",
                "growing food or looking after animals",
                "being outdoors and active",
            ],
        ),
        Interest::Investigative => (
            "thinking, studying and finding out",
            "Working with facts and ideas: observing, researching, testing and reasoning until a puzzle makes sense. More thinking things through than persuading people.",
            &[
                "working out why an experiment did not go as planned",
                "reading about how the body, nature or space works",
                "solving math or logic puzzles",
                "writing a small program to answer a question",
            ],
        ),
        Interest::Artistic => (
            "creating, designing and performing",
            "Making something new and expressing yourself: words, images, music, movement, design. Room to try your own ideas matters more than set routines.",
            &[
                "drawing, painting or taking photos",
                "writing stories, poems or songs",
                "acting, dancing or playing in a band",
                "designing posters, clothes, rooms or videos",
            ],
        ),
        Interest::Social => (
            "helping, teaching and caring",
            "Working with people to help them: teaching, advising, treating, looking after or serving others, and talking things through.",
            &[
                "explaining homework to a friend",
                "looking after younger children or older relatives",
                "volunteering for a cause",
                "listening when someone has a problem",
            ],
        ),
        Interest::Enterprising => (
            "leading, persuading and starting things",
            "Taking charge and getting results through people: deciding, organizing, convincing, selling ideas or products, and taking some risks to reach a goal.",
            &[
                "running for the student council or leading a club",
                "organizing an event or a fundraiser",
                "selling things online or at a market",
                "arguing a side in a debate",
            ],
        ),
        Interest::Conventional => (
            "organizing, checking and keeping track",
            "Orderly work with information: numbers, records, files and schedules, following clear procedures and getting the details right.",
            &[
                "keeping a budget, a schedule or a collection in order",
                "sorting files, photos or notes so anything can be found",
                "checking work for mistakes",
                "filling in a spreadsheet",
            ],
        ),
    }
}

/// The six areas explained, each linking to its careers.
pub fn areas(lang: Lang) -> Vec<AreaView> {
    Interest::ALL
        .into_iter()
        .map(|a| {
            let (headline, summary, activities) = words(a);
            AreaView {
                letter: a.letter(),
                name: a.name(),
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
    list.iter().map(|a| a.name()).collect::<Vec<_>>().join(", ")
}

/// Area names in a sentence: `Conventional and Investigative`.
pub fn names_in_words(list: &[Interest]) -> String {
    match list {
        [] => String::new(),
        [a] => a.name().to_string(),
        [rest @ .., last] => format!("{} and {}", names(rest), last.name()),
    }
}

/// Which high point an area is: `first`, `second`, `third`.
pub fn rank_word(i: usize) -> &'static str {
    ["first", "second", "third"].get(i).copied().unwrap_or("")
}

/// A career's interest profile, ready to show.
#[derive(Debug, Clone)]
pub struct ProfileView {
    /// The six scores as bars.
    pub chart: BarChart,
    /// The table: (area, score, which high point it is, if one).
    pub rows: Vec<(&'static str, String, Option<&'static str>)>,
    /// The high points: (name, the careers that share it first).
    pub high_points: Vec<(&'static str, String)>,
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
        let desc = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| format!("{} {}", a.name(), format::hundredths(s)))
            .collect::<Vec<_>>()
            .join(", ");
        let groups = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| {
                (
                    a.name().to_string(),
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
            format!("Interest scores of {career_title}"),
            format!("O*NET scores from 1 (low) to 7 (high): {desc}."),
            vec!["High point".to_string(), "Other area".to_string()],
            groups,
            700,
        )
        .with_caption("Scores from 1 (low) to 7 (high).");
        let rows = Interest::ALL
            .iter()
            .zip(p.scores)
            .map(|(a, s)| {
                let rank = p.high_points.iter().position(|h| h == a).map(rank_word);
                (a.name(), format::hundredths(s), rank)
            })
            .collect();
        ProfileView {
            chart,
            rows,
            high_points: p
                .high_points
                .iter()
                .map(|a| (a.name(), urls::interests_for(lang, &[*a])))
                .collect(),
            in_words: names_in_words(&p.high_points),
            similar_href: urls::interests_for(lang, &p.high_points),
            onet: (p.onet_code.clone(), p.onet_title.clone()),
            updated: format::month(Tr::new(lang), &p.date),
            cite: citer.cite(ONET),
        }
    }
}
