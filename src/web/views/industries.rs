//! Where a career's people work: the industries that employ the most of
//! them (OEWS, NAICS 4-digit level), as shares of the occupation's
//! national employment in the same release.

use crate::db::read::{IndustryWages, Occupation, Published};
use crate::web::format;
use crate::web::i18n::Tr;

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
    /// The sentences above the table.
    pub text: Vec<String>,
    /// The national employment the shares are of ("757,220").
    pub total: String,
    /// The wage release ("May 2025").
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
        let when = o.releases.wages.clone();
        let mut text = vec![headline(first, largest, total, people)];
        let count = if shown.len() == 1 {
            "This industry employs".to_string()
        } else {
            format!(
                "Together, these {} industries employ",
                format::small_number(tr, shown.len())
            )
        };
        text.push(format!(
            "{count} {} of the {} {} counted in {when} (wage and salary jobs; the self-employed are not counted).",
            percent(listed, total),
            format::number(total),
            format::closed(people),
        ));
        if listed < total {
            let mut rest = format!(
                "The other {} work in other industries.",
                percent(total - listed, total)
            );
            if o.industries_withheld > 0 {
                let n = o.industries_withheld;
                rest.push_str(&format!(
                    " BLS withholds the number for {} {} that employ{} some of them, so {} can't be ranked.",
                    format::small_number(tr, n.unsigned_abs() as usize),
                    if n == 1 { "industry" } else { "industries" },
                    if n == 1 { "s" } else { "" },
                    if n == 1 { "it" } else { "they" },
                ));
            }
            text.push(rest);
        }
        Some(Self {
            rows: shown
                .iter()
                .map(|&(title, n)| IndustryShare {
                    title: title.to_string(),
                    employment: format::number(n),
                    share: percent(n, total),
                })
                .collect(),
            text,
            total: format::number(total),
            when,
        })
    }
}

/// `part` as a whole percent of `total` ("72%"), "less than 1%" for a
/// part that rounds to nothing, and never more than 100%.
pub fn percent(part: i64, total: i64) -> String {
    let p = ((part * 100 + total / 2) / total).min(100);
    if p == 0 && part > 0 {
        "less than 1%".to_string()
    } else {
        format!("{p}%")
    }
}

/// The sentence about the industry employing the most: "about 7 in 10"
/// where that is close, the percent otherwise.
fn headline(title: &str, n: i64, total: i64, people: &str) -> String {
    let tenths = (n * 10 + total / 2) / total;
    let share = if n * 100 >= total * 95 {
        "nearly all of them".to_string()
    } else if n * 2 == total {
        "half of them".to_string()
    } else if n * 10 >= total {
        format!("about {tenths} in 10 of them")
    } else {
        format!("{} of them", percent(n, total))
    };
    format!(
        "The industry that employs the most {} is {title}: {share} work there.",
        format::closed(people)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_and_read_well() {
        assert_eq!(percent(560_290, 757_220), "74%");
        assert_eq!(percent(1, 757_220), "less than 1%");
        assert_eq!(percent(800, 700), "100%");
        let h = headline(
            "Building Equipment Contractors",
            560_290,
            757_220,
            "electricians",
        );
        assert_eq!(
            h,
            "The industry that employs the most electricians is Building Equipment Contractors: about 7 in 10 of them work there."
        );
        assert!(headline("X", 99, 100, "p").contains("nearly all of them work"));
        assert!(headline("X", 4, 100, "p").ends_with("is X: 4% of them work there."));
    }
}
