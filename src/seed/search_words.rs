//! `search-words.toml`: the short forms and everyday words people type
//! that the datasets lack ("CNA", "tech"), checked against the careers.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::{SeedError, parse_file};

/// The file's name in the seed folder.
pub const FILE: &str = "search-words.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    #[serde(default)]
    careers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    words: BTreeMap<String, Vec<String>>,
}

/// What the file says, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchWords {
    /// (word as written, SOC code of a career it names).
    pub careers: Vec<(String, String)>,
    /// (word, another word search also looks for), both lower-case.
    pub words: Vec<(String, String)>,
}

/// True for one word of letters and digits: what search splits a query
/// into.
fn one_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(char::is_alphanumeric)
}

/// Reads `dir/search-words.toml` (none is an empty list). Every SOC code
/// must be in `careers`.
pub fn load(dir: &Path, careers: &HashSet<&str>) -> Result<SearchWords, SeedError> {
    let path = dir.join(FILE);
    if !path.exists() {
        return Ok(SearchWords::default());
    }
    let file: WordsFile = parse_file(&path)?;
    let mut out = SearchWords::default();
    for (word, codes) in &file.careers {
        let field = format!("careers.{word}");
        if !one_word(word) || codes.is_empty() {
            return Err(SeedError::new(
                &path,
                field,
                "needs one word of letters and digits, and at least one SOC code",
            ));
        }
        for soc in codes {
            if !careers.contains(soc.as_str()) {
                return Err(SeedError::new(
                    &path,
                    field,
                    format!("`{soc}` is not the SOC code of a career"),
                ));
            }
            out.careers.push((word.clone(), soc.clone()));
        }
    }
    for (word, also) in &file.words {
        let field = format!("words.{word}");
        let lower = |w: &String| w.chars().all(|c| !c.is_uppercase()) && one_word(w);
        if !lower(word) || also.is_empty() || !also.iter().all(lower) {
            return Err(SeedError::new(
                &path,
                field,
                "needs one lower-case word of letters and digits, and at least one such word to look for too",
            ));
        }
        out.words
            .extend(also.iter().map(|a| (word.clone(), a.clone())));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<SearchWords, SeedError> {
        let dir = tempfile::TempDir::new().expect("temporary folder");
        std::fs::write(dir.path().join(FILE), text).expect("write");
        load(dir.path(), &HashSet::from(["31-1131"]))
    }

    #[test]
    fn words_and_careers_are_checked() {
        let w = load_text("[careers]\nCNA = [\"31-1131\"]\n[words]\ntech = [\"technician\"]\n")
            .expect("valid");
        assert_eq!(w.careers, vec![("CNA".into(), "31-1131".into())]);
        assert_eq!(w.words, vec![("tech".into(), "technician".into())]);
        let e = load_text("[careers]\nCNA = [\"31-9999\"]\n").expect_err("unknown code");
        assert_eq!(e.field, "careers.CNA");
        assert!(e.message.contains("31-9999"), "{}", e.message);
        assert!(e.file.ends_with(FILE));
        assert!(load_text("[words]\n\"x ray\" = [\"radiologic\"]\n").is_err());
        assert!(load_text("[words]\ntech = []\n").is_err());
    }
}
