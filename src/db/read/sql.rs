//! Statements put together from optional clauses: each value pushed gets
//! the next numbered placeholder, so clauses can be added in any order
//! and the arguments always line up.

use rusqlite::types::Value;

/// The arguments of a statement being written, numbered from `?1`.
#[derive(Debug, Default)]
pub(super) struct Args(Vec<Value>);

impl Args {
    /// Adds `value` as the next argument and returns its placeholder
    /// (`?3`).
    pub(super) fn push(&mut self, value: impl Into<Value>) -> String {
        self.0.push(value.into());
        format!("?{}", self.0.len())
    }

    /// `LIMIT ?n OFFSET ?m`, with `limit` and `offset` as the next two
    /// arguments; a negative `limit` means no limit.
    pub(super) fn limit_offset(&mut self, limit: i64, offset: i64) -> String {
        let limit = self.push(limit);
        let offset = self.push(offset);
        format!("LIMIT {limit} OFFSET {offset}")
    }

    /// True when nothing was pushed.
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The arguments, in placeholder order, to bind.
    pub(super) fn params(&self) -> rusqlite::ParamsFromIter<std::slice::Iter<'_, Value>> {
        rusqlite::params_from_iter(self.0.iter())
    }
}

/// ` WHERE a AND b` for `clauses`, or nothing when there are none.
pub(super) fn where_all(clauses: &[String]) -> String {
    if clauses.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", clauses.join(" AND "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_number_the_arguments_in_order() {
        let mut args = Args::default();
        assert!(args.is_empty());
        assert_eq!(where_all(&[]), "");
        assert_eq!(
            where_all(&["a = ?1".to_string(), "b = ?2".to_string()]),
            " WHERE a = ?1 AND b = ?2"
        );
        assert_eq!(args.push("CT".to_string()), "?1");
        assert_eq!(args.push(3), "?2");
        assert_eq!(args.limit_offset(50, 100), "LIMIT ?3 OFFSET ?4");
        assert_eq!(
            args.0,
            vec![
                Value::Text("CT".into()),
                Value::Integer(3),
                Value::Integer(50),
                Value::Integer(100)
            ]
        );
    }
}
