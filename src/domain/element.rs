//! The four kinds of O*NET element a career's profile rates: skills,
//! knowledge areas, work styles and work values.

/// A kind of O*NET element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ElementKind {
    /// A skill (35), rated for importance and level.
    Skill,
    /// A knowledge area (33), rated for importance and level.
    Knowledge,
    /// A work style (16), rated for importance.
    Style,
    /// A work value (6), rated for extent.
    Value,
}

impl ElementKind {
    /// All four, in the order pages show them.
    pub const ALL: [ElementKind; 4] = [
        ElementKind::Skill,
        ElementKind::Knowledge,
        ElementKind::Style,
        ElementKind::Value,
    ];

    /// The word stored and written in `elements.toml`: `skill`,
    /// `knowledge`, `style` or `value`.
    pub fn key(self) -> &'static str {
        match self {
            ElementKind::Skill => "skill",
            ElementKind::Knowledge => "knowledge",
            ElementKind::Style => "style",
            ElementKind::Value => "value",
        }
    }

    /// The kind a key names.
    pub fn from_key(key: &str) -> Option<ElementKind> {
        ElementKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Its heading: `Skills`, `Knowledge`, `Work styles`, `Work values`.
    pub fn heading(self) -> &'static str {
        match self {
            ElementKind::Skill => "Skills",
            ElementKind::Knowledge => "Knowledge",
            ElementKind::Style => "Work styles",
            ElementKind::Value => "Work values",
        }
    }

    /// The anchor of an element of this kind named `name`, unique across
    /// kinds: `skill-mathematics`, `style-independence`.
    pub fn anchor(self, name: &str) -> String {
        format!("{}-{}", self.key(), slug::slugify(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_keep_kinds_apart() {
        assert_eq!(
            ElementKind::Skill.anchor("Mathematics"),
            "skill-mathematics"
        );
        assert_eq!(
            ElementKind::Style.anchor("Adaptability/Flexibility"),
            "style-adaptability-flexibility"
        );
        assert_ne!(
            ElementKind::Style.anchor("Independence"),
            ElementKind::Value.anchor("Independence")
        );
        assert_eq!(ElementKind::from_key("value"), Some(ElementKind::Value));
        assert_eq!(ElementKind::from_key("values"), None);
    }
}
