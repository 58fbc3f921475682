//! Turning what a person typed into safe full-text queries for the
//! search index.
//!
//! Only letters and digits reach FTS5, each word quoted, so quotes, `*`,
//! `NEAR`, `AND`, brackets and the like are plain text to us and never an
//! FTS5 syntax error.

/// `sql` naming the search indexes (`search_index`, `uses_index`,
/// `title_trigram`) as the edition `conn` reads them: the Spanish
/// indexes (`search_index_es`...) on a connection that reads Spanish.
pub fn in_edition(conn: &rusqlite::Connection, sql: &str) -> rusqlite::Result<String> {
    Ok(if crate::db::lang::reads_spanish(conn)? {
        sql.replace("search_index", "search_index_es")
            .replace("uses_index", "uses_index_es")
            .replace("title_trigram", "title_trigram_es")
    } else {
        sql.to_string()
    })
}

/// For each Spanish word that looks plural, the word and its singular
/// (`enfermeras`: `enfermera`; `soldadores`: `soldador`), for
/// [`Query::every`]'s `also`: the Spanish index has no stemmer, and a
/// word already finds the words it begins.
pub fn spanish_singulars(words: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for w in words {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < 4 || !w.ends_with('s') {
            continue;
        }
        out.push((w.clone(), chars[..chars.len() - 1].iter().collect()));
        let before_es = chars.len().checked_sub(3).map(|i| chars[i]);
        if w.ends_with("es") && before_es.is_some_and(|c| !"aeiouáéíóú".contains(c)) {
            out.push((w.clone(), chars[..chars.len() - 2].iter().collect()));
        }
    }
    out
}

/// Most words used from a query.
pub const MAX_WORDS: usize = 12;

/// The words of a query: runs of letters and digits, lower-cased, at most
/// [`MAX_WORDS`], without repeats.
pub fn words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if !out.contains(&w) {
            out.push(w);
        }
        if out.len() == MAX_WORDS {
            break;
        }
    }
    out
}

/// An FTS5 expression that finds rows holding every word, as a whole word
/// (after stemming: "coders" finds "coder") or as the start of one
/// ("abstract" finds "abstractor").
pub fn match_expression(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("(\"{w}\" OR \"{w}\"*)"))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Like [`match_expression`], but any one word is enough: the fallback when
/// no row holds every word.
pub fn any_word_expression(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\" OR \"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// The three expressions one search runs: what a row must match, what
/// it matches when it holds the words as whole words, and when its text
/// starts with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Rows found: every word, whole or as the start of a word (or, for
    /// the fallback, any word).
    pub found: String,
    /// Rows holding the same words as whole words (after stemming).
    pub whole: String,
    /// Rows whose text begins with the words, in order.
    pub start: String,
}

impl Query {
    /// Rows holding every word, or for each word one it also means (`also`:
    /// (word, another word to look for), from `seed/search-words.toml`).
    pub fn every(words: &[String], also: &[(String, String)]) -> Self {
        Self {
            found: alternatives(words, also, true, " AND "),
            whole: alternatives(words, also, false, " AND "),
            start: start_expression(words),
        }
    }

    /// The same, finding only rows that hold the words as whole words:
    /// cheaper, since FTS5 expands a stemmed prefix ("operators" is
    /// "oper"*) to every word that starts with it.
    pub fn whole_words(&self) -> Self {
        Self {
            found: self.whole.clone(),
            ..self.clone()
        }
    }

    /// Rows holding any of the words (or what they also mean).
    pub fn any(words: &[String], also: &[(String, String)]) -> Self {
        Self {
            found: alternatives(words, also, true, " OR "),
            whole: alternatives(words, also, false, " OR "),
            start: start_expression(words),
        }
    }
}

/// Each word with the words it also means, quoted, as whole words (and
/// as the start of one when `prefix`), in brackets joined by `op`.
fn alternatives(words: &[String], also: &[(String, String)], prefix: bool, op: &str) -> String {
    words
        .iter()
        .map(|w| {
            let same =
                std::iter::once(w).chain(also.iter().filter(|(a, _)| a == w).map(|(_, b)| b));
            let terms: Vec<String> = same
                .map(|t| {
                    if prefix {
                        format!("\"{t}\" OR \"{t}\"*")
                    } else {
                        format!("\"{t}\"")
                    }
                })
                .collect();
            format!("({})", terms.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(op)
}

/// A phrase of the words that must begin the text.
fn start_expression(words: &[String]) -> String {
    format!("^\"{}\"", words.join(" "))
}

/// An FTS5 expression over the trigram index: any three-character piece
/// of the query, for suggestions when nothing matched.
pub fn trigram_expression(words: &[String]) -> Option<String> {
    let text = words.join(" ");
    let chars: Vec<char> = text.chars().collect();
    let mut grams: Vec<String> = chars
        .windows(3)
        .map(|w| w.iter().collect::<String>())
        .filter(|g| !g.contains(' '))
        .collect();
    grams.sort();
    grams.dedup();
    if grams.is_empty() {
        None
    } else {
        Some(
            grams
                .iter()
                .map(|g| format!("\"{g}\""))
                .collect::<Vec<_>>()
                .join(" OR "),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_plurals_also_look_for_their_singular() {
        let w = |s: &str| vec![s.to_string()];
        assert_eq!(
            spanish_singulars(&w("enfermeras")),
            vec![("enfermeras".to_string(), "enfermera".to_string())]
        );
        assert!(
            spanish_singulars(&w("soldadores")).contains(&("soldadores".into(), "soldador".into()))
        );
        assert!(spanish_singulars(&w("electricista")).is_empty());
        assert!(spanish_singulars(&w("gas")).is_empty());
    }

    #[test]
    fn only_letters_and_digits_reach_fts() {
        assert_eq!(words("  Coders "), vec!["coders"]);
        assert_eq!(
            words("\"coder\" NEAR(x) * ( ] -"),
            vec!["coder", "near", "x"]
        );
        assert_eq!(words("Médical coding"), vec!["médical", "coding"]);
        assert!(words("\"*()").is_empty());
        assert_eq!(words(&"a ".repeat(50)), vec!["a"]);
        assert_eq!(
            words(&(0..30).map(|i| format!("w{i} ")).collect::<String>()).len(),
            MAX_WORDS
        );
        assert_eq!(
            match_expression(&words("coder near")),
            "(\"coder\" OR \"coder\"*) AND (\"near\" OR \"near\"*)"
        );
        let also = [("tech".to_string(), "technician".to_string())];
        let q = Query::every(&words("x-ray tech"), &also);
        assert_eq!(
            q.whole,
            "(\"x\") AND (\"ray\") AND (\"tech\" OR \"technician\")"
        );
        assert_eq!(q.start, "^\"x ray tech\"");
        assert_eq!(Query::any(&words("a b"), &[]).whole, "(\"a\") OR (\"b\")");
        assert_eq!(
            Query::every(&words("tech"), &also).found,
            "(\"tech\" OR \"tech\"* OR \"technician\" OR \"technician\"*)"
        );
    }

    #[test]
    fn trigrams_skip_spaces() {
        assert_eq!(
            trigram_expression(&words("codr ab")),
            Some("\"cod\" OR \"odr\"".to_string())
        );
        assert_eq!(trigram_expression(&words("ab")), None);
    }
}
