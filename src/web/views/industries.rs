//! Where a career's people work: the industries that employ the most of
//! them (OEWS, NAICS 4-digit level), as shares of the occupation's
//! national employment in the same release.

use crate::db::read::{IndustryWages, Occupation, Published};
use crate::web::format;
use crate::web::i18n;
use crate::web::i18n::Tr;
use crate::web::views::sections::sentence;

/// How many industries the overview lists.
pub const SHOWN: usize = 5;

/// One industry and its share of the career's employment.
#[derive(Debug, Clone)]
pub struct IndustryShare {
    /// Industry title, as OEWS writes it.
    pub title: String,
    /// Its employment of the career ("541,390").
    pub employment: String,
    /// Its share of the national employment ("72%").
    pub share: String,
}

/// The industries employing the most of a career's workers, with the
/// sentences that say what the shares mean.
#[derive(Debug, Clone)]
pub struct WhereTheyWork {
    /// The largest industries, biggest first.
    pub rows: Vec<IndustryShare>,
    /// The sentences above the table, as HTML (escaped).
    pub text: Vec<String>,
    /// The national employment the shares are of ("757,220").
    pub total: String,
    /// The wage release, in the page's language ("May 2025").
    pub when: String,
}

impl WhereTheyWork {
    /// The shares of `o`'s national employment in `industries` (biggest
    /// first, one industry level, so they don't overlap); `people` names
    /// the workers ("electricians"). `None` when BLS publishes no national
    /// employment or no industry figures for the occupation.
    pub fn new(tr: Tr, o: &Occupation, industries: &[IndustryWages], people: &str) -> Option<Self> {
        let total = match o.wages.as_ref()?.employment {
            Published::Value(n) if n > 0 => n,
            _ => return None,
        };
        let shown: Vec<(&str, i64)> = industries
            .iter()
            .filter_map(|i| Some((i.title.as_str(), i.wages.employment.value()?)))
            .take(SHOWN)
            .collect();
        let &(first, largest) = shown.first()?;
        let listed: i64 = shown.iter().map(|(_, n)| n).sum();
        let when = format::release(tr, &o.releases.wages);
        let people = format::closed(people);
        let mut text = vec![i18n::text(headline(tr, first, largest, total, &people))];
        let employ = tr.t2(
            "ov-industries-employ",
            "industries",
            shown.len(),
            "number",
            format::small_number(tr, shown.len()),
        );
        text.push(sentence(
            tr,
            "ov-industries-share",
            &[
                ("employ", &employ),
                ("percent", &percent_in(tr, listed, total)),
                ("total", &format::number(total)),
                ("people", &people),
                ("when", &when),
            ],
        ));
        if listed < total {
            let mut rest = tr.t1(
                "ov-industries-rest",
                "percent",
                percent_in(tr, total - listed, total),
            );
            if o.industries_withheld > 0 {
                let n = o.industries_withheld.unsigned_abs() as usize;
                rest.push(' ');
                rest.push_str(&tr.t2(
                    "ov-industries-withheld",
                    "count",
                    n,
                    "number",
                    format::small_number(tr, n),
                ));
            }
            text.push(i18n::text(&rest));
        }
        Some(Self {
            rows: shown
                .iter()
                .map(|&(title, n)| IndustryShare {
                    title: title.to_string(),
                    employment: format::number(n),
                    share: percent_in(tr, n, total),
                })
                .collect(),
            text,
            total: format::number(total),
            when,
        })
    }
}

/// `part` as a whole percent of `total` ("72%"), "less than 1%" for a
/// part that rounds to nothing, and never more than 100%; in English.
pub fn percent(part: i64, total: i64) -> String {
    percent_in(Tr::default(), part, total)
}

/// The same in `tr`'s language.
pub fn percent_in(tr: Tr, part: i64, total: i64) -> String {
    let p = ((part * 100 + total / 2) / total).min(100);
    if p == 0 && part > 0 {
        tr.t("ov-less-than-1-percent")
    } else {
        format!("{p}%")
    }
}

/// The sentence about the industry employing the most: "about 7 in 10"
/// where that is close, the percent otherwise.
fn headline(tr: Tr, title: &str, n: i64, total: i64, people: &str) -> String {
    let tenths = (n * 10 + total / 2) / total;
    let share = if n * 100 >= total * 95 {
        "nearly-all"
    } else if n * 2 == total {
        "half"
    } else if n * 10 >= total {
        "tenths"
    } else {
        "percent"
    };
    let line = tr.t3(
        "ov-industries-headline",
        "share",
        share,
        "tenths",
        tenths.to_string(),
        "percent",
        percent_in(tr, n, total),
    );
    tr.t3(
        "ov-industries-top",
        "people",
        people,
        "industry",
        title,
        "share",
        line,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn shares_round_and_read_well() {
        let en = Tr::new(Lang::En);
        assert_eq!(percent(560_290, 757_220), "74%");
        assert_eq!(percent(1, 757_220), "less than 1%");
        assert_eq!(percent(800, 700), "100%");
        let h = headline(
            en,
            "Building Equipment Contractors",
            560_290,
            757_220,
            "electricians",
        );
        assert_eq!(
            h,
            "The industry that employs the most electricians is Building Equipment Contractors: about 7 in 10 of them work there."
        );
        assert!(headline(en, "X", 99, 100, "p").contains("nearly all of them work"));
        assert!(headline(en, "X", 4, 100, "p").ends_with("is X: 4% of them work there."));
        assert!(headline(en, "X", 50, 100, "p").ends_with("is X: half of them work there."));
        let es = headline(Tr::new(Lang::Es), "X", 30, 100, "electricistas");
        assert!(es.contains("electricistas") && es.contains("X"), "{es}");
    }
}
