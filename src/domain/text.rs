//! Sentences of our own text, as lists and comparisons show them.

/// The first sentence of `text`: up to the first full stop, question or
/// exclamation mark that ends a sentence (followed by a space and a
/// capital letter, and not part of an abbreviation such as "U.S.").
pub fn first_sentence(text: &str) -> &str {
    const ABBREVIATIONS: &[&str] = &["U.S.", "e.g.", "i.e.", "St.", "Dr.", "Mr.", "Mrs.", "Ms."];
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'?' | b'!') {
            continue;
        }
        let end = i + 1;
        let next_is_capital = text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
        let word_start = text[..end].rfind(' ').map_or(0, |s| s + 1);
        if next_is_capital && !ABBREVIATIONS.contains(&&text[word_start..end]) {
            return &text[..end];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_before_a_capital() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(
            first_sentence("They work for the U.S. Navy. Then more."),
            "They work for the U.S. Navy."
        );
        assert_eq!(first_sentence("Costs 3.5 units. Then."), "Costs 3.5 units.");
        assert_eq!(first_sentence("Only one sentence"), "Only one sentence");
    }
}
