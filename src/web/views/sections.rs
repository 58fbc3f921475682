//! The listed and hand-written sections of a career (what the work is
//! like, duties, skills, settings, hours, trends), each with the numbers
//! of its sources.

use crate::db::read::{SectionSources, Trend};
use crate::web::page::Citer;

/// A section of a career: its paragraphs or items, and its sources.
#[derive(Debug, Clone)]
pub struct CitedList {
    /// The paragraphs or items.
    pub items: Vec<String>,
    /// Source numbers of the section.
    pub cites: Vec<usize>,
}

impl CitedList {
    /// Section `name` of a career, showing `items` and citing the sources
    /// `sections` gives it.
    pub fn new(
        items: Vec<String>,
        sections: &SectionSources,
        name: &str,
        citer: &mut Citer,
    ) -> Self {
        Self {
            cites: citer.cite_section(sections, name),
            items,
        }
    }
}

/// A trend, ready to show.
#[derive(Debug, Clone)]
pub struct TrendView {
    /// Heading.
    pub title: String,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

impl TrendView {
    /// Every trend of a career, citing their sources.
    pub fn all(trends: &[Trend], citer: &mut Citer) -> Vec<Self> {
        trends
            .iter()
            .map(|t| Self {
                title: t.title.clone(),
                text: t.text.clone(),
                cite: citer.cite(&t.source),
            })
            .collect()
    }
}
