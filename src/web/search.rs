//! The search box's limit and how highlighted matches are shown. The
//! FTS5 expressions the queries run are built in `db::read::fts`.

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

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
