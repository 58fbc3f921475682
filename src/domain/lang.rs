//! The languages the site speaks: English, the original, and Spanish, a
//! full edition of every page under `/es/`.

use std::fmt;

/// A language of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, at the root of the site.
    #[default]
    En,
    /// Spanish, under `/es/`.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag (`es`), for `lang`, `hreflang` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language whose tag is `code`.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Where its pages live: empty for English, `/es` for Spanish.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
        }
    }

    /// True for English, the language of the data's names.
    pub fn is_english(self) -> bool {
        self == Lang::En
    }

    /// The language's own name, as the switch between editions shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The Open Graph locale (`es_US`).
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_US",
            Lang::Es => "es_US",
        }
    }

    /// The other edition's language (the site has two).
    pub fn other(self) -> Self {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
