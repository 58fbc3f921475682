//! The BLS footnotes that say why a published value is missing: a value
//! the source withholds is "not published", never 0.

/// Why BLS left a value out (the OEWS footnote code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footnote {
    /// 4: not published in this form (hourly-paid occupations have no
    /// annual figures, and year-paid ones no hourly figures).
    NotInThisForm,
    /// 5: at or above the top-coded wage.
    TopCoded,
    /// 8: estimate not released.
    NotReleased,
}

impl Footnote {
    /// The BLS code.
    pub fn code(self) -> u8 {
        match self {
            Footnote::NotInThisForm => 4,
            Footnote::TopCoded => 5,
            Footnote::NotReleased => 8,
        }
    }

    /// The footnote of a BLS code (`4`, `5` or `8`).
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "4" => Some(Footnote::NotInThisForm),
            "5" => Some(Footnote::TopCoded),
            "8" => Some(Footnote::NotReleased),
            _ => None,
        }
    }
}

/// An OEWS row's `notes`: which columns BLS left out, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes(Vec<(String, Footnote)>);

impl Notes {
    /// Parses `column=code;column=code`; the error says what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut out = Vec::new();
        for part in text.split(';').filter(|p| !p.is_empty()) {
            let (column, code) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` is not column=code"))?;
            let footnote = Footnote::from_code(code).ok_or_else(|| {
                format!("`{code}` in `{part}` is not a BLS footnote code (4, 5 or 8)")
            })?;
            out.push((column.to_string(), footnote));
        }
        Ok(Self(out))
    }

    /// The columns left out, in the order BLS lists them.
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(c, _)| c.as_str())
    }

    /// Why `column` was left out, if it was.
    pub fn get(&self, column: &str) -> Option<Footnote> {
        self.0.iter().find(|(c, _)| c == column).map(|(_, f)| *f)
    }

    /// The notes as BLS writes them.
    pub fn to_text(&self) -> String {
        self.0
            .iter()
            .map(|(c, f)| format!("{c}={}", f.code()))
            .collect::<Vec<_>>()
            .join(";")
    }
}
