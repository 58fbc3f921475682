//! The six interest areas of Holland's model (RIASEC), as O*NET uses them.

/// One of the six interest areas, in O*NET's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Interest {
    /// Hands-on work with tools, machines, plants or animals.
    Realistic,
    /// Ideas, facts and solving problems by thinking them through.
    Investigative,
    /// Making things, performing, designing: self-expression.
    Artistic,
    /// Helping, teaching and looking after people.
    Social,
    /// Leading, persuading, selling, starting things.
    Enterprising,
    /// Orderly work with data, records and set procedures.
    Conventional,
}

impl Interest {
    /// All six, in O*NET's order (R, I, A, S, E, C).
    pub const ALL: [Interest; 6] = [
        Interest::Realistic,
        Interest::Investigative,
        Interest::Artistic,
        Interest::Social,
        Interest::Enterprising,
        Interest::Conventional,
    ];

    /// Its letter: R, I, A, S, E or C.
    pub fn letter(self) -> char {
        match self {
            Interest::Realistic => 'R',
            Interest::Investigative => 'I',
            Interest::Artistic => 'A',
            Interest::Social => 'S',
            Interest::Enterprising => 'E',
            Interest::Conventional => 'C',
        }
    }

    /// Its name, as O*NET names it.
    pub fn name(self) -> &'static str {
        match self {
            Interest::Realistic => "Realistic",
            Interest::Investigative => "Investigative",
            Interest::Artistic => "Artistic",
            Interest::Social => "Social",
            Interest::Enterprising => "Enterprising",
            Interest::Conventional => "Conventional",
        }
    }

    /// The area of a letter (either case).
    pub fn from_letter(letter: &str) -> Option<Interest> {
        let mut chars = letter.chars();
        let c = chars.next()?.to_ascii_uppercase();
        if chars.next().is_some() {
            return None;
        }
        Interest::ALL.into_iter().find(|i| i.letter() == c)
    }
}
