//! The search box's limit and how highlighted matches are shown. The
//! FTS5 expressions the queries run are built in `db::read::fts`.

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// Least similarity (Damerau-Levenshtein, 0 to 1) for a word of a title
/// to stand for a word typed: "plummer" is "plumber" (0.86), not
/// "flumer" (0.71).
const SPELLING: f64 = 0.75;

/// The query with each word that is in none of `titles` replaced by the
/// closest word of them, when one is close enough; `None` when no word
/// changes.
pub fn respell(words: &[String], titles: &[String]) -> Option<Vec<String>> {
    let known: Vec<String> = titles
        .iter()
        .flat_map(|t| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut changed = false;
    let out = words
        .iter()
        .map(|w| {
            if known.contains(w) {
                return w.clone();
            }
            let best = known
                .iter()
                .map(|k| (strsim::normalized_damerau_levenshtein(w, k), k))
                .filter(|(score, _)| *score >= SPELLING)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            match best {
                Some((_, k)) => {
                    changed = true;
                    k.clone()
                }
                None => w.clone(),
            }
        })
        .collect();
    changed.then_some(out)
}

/// True when every word `highlighted` marks as a match is one of `words`
/// as typed, or its singular or plural ("mechanics" for "mechanic"), not
/// only a word with the same stem ("mechanical"). Text with no marks
/// (a code) counts as typed.
pub fn as_typed(highlighted: &str, words: &[String]) -> bool {
    let same = |a: &str, b: &str| {
        a == b
            || [a, b].iter().zip([b, a]).any(|(long, short)| {
                long.strip_prefix(short)
                    .is_some_and(|rest| rest == "s" || rest == "es")
            })
    };
    segments(highlighted)
        .iter()
        .filter(|(_, hit)| *hit)
        .all(|(text, _)| {
            let text = text.to_lowercase();
            words.iter().any(|w| same(&text, w))
        })
}

/// True when every match in `highlighted` comes after "Except", as in
/// "Secretaries and Administrative Assistants, Except Legal, Medical, and
/// Executive": a title that names the words to leave them out.
pub fn only_excepted(highlighted: &str) -> bool {
    match highlighted.find("Except ") {
        Some(at) => !highlighted[..at].contains('\u{1}'),
        None => false,
    }
}

/// Splits FTS5 `highlight()` output (matches between `\u{1}` and `\u{2}`)
/// into pieces of text, each marked as a match or not. The text itself is
/// escaped by the template, like any other.
pub fn segments(highlighted: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut rest = highlighted;
    while let Some(start) = rest.find('\u{1}') {
        if start > 0 {
            out.push((rest[..start].to_string(), false));
        }
        let after = &rest[start + 1..];
        let end = after.find('\u{2}').unwrap_or(after.len());
        out.push((after[..end].to_string(), true));
        rest = after.get(end + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push((rest.to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_typed_are_told_from_words_with_their_stem() {
        let w = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mechanic = w(&["mechanic"]);
        assert!(as_typed("Bus \u{1}Mechanics\u{2}", &mechanic));
        assert!(!as_typed("\u{1}Mechanical\u{2} Engineers", &mechanic));
        assert!(as_typed("\u{1}Nurse\u{2} Midwives", &w(&["nurses"])));
        assert!(!as_typed("\u{1}Nursing\u{2} Assistants", &w(&["nurse"])));
        assert!(as_typed("29-2072", &mechanic));
    }

    #[test]
    fn a_title_that_leaves_the_words_out_is_told_apart() {
        assert!(only_excepted(
            "Secretaries, Except Legal, \u{1}Medical\u{2}, and Executive"
        ));
        assert!(!only_excepted("\u{1}Medical\u{2} Secretaries"));
        assert!(!only_excepted(
            "\u{1}Teachers\u{2}, Except Special Education"
        ));
    }

    #[test]
    fn words_are_respelt_from_titles() {
        let titles = vec!["Flumer".to_string(), "Plumber, Pipefitter".to_string()];
        let w = |s: &str| vec![s.to_string()];
        assert_eq!(respell(&w("plummer"), &titles), Some(w("plumber")));
        assert_eq!(respell(&w("plumber"), &titles), None);
        assert_eq!(respell(&w("youtuber"), &titles), None);
    }

    #[test]
    fn highlights_split_into_segments() {
        assert_eq!(
            segments("Medical \u{1}Coder\u{2} <b>"),
            vec![
                ("Medical ".to_string(), false),
                ("Coder".to_string(), true),
                (" <b>".to_string(), false)
            ]
        );
        assert_eq!(segments("plain"), vec![("plain".to_string(), false)]);
        assert_eq!(segments("\u{1}open"), vec![("open".to_string(), true)]);
    }
}
