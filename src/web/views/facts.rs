//! A career's quick facts (medians, projections, the education
//! to start), as the overview and the sheet show them.

use crate::db::read::{Education, Projection, SalaryMedian};
use crate::web::format;
use crate::web::page::{Citer, Figure};
use crate::web::views::cited::CitedText;
use crate::web::views::current::Current;

/// Every median with its year, newest first: the current one, then the
/// others of the career's sources.
pub fn medians(
    current: Option<&Current>,
    others: &[SalaryMedian],
    citer: &mut Citer,
) -> Vec<Figure> {
    let mut medians: Vec<Figure> = current
        .iter()
        .filter(|cur| cur.has_wages)
        .map(|cur| cur.median_figure(citer))
        .collect();
    medians.extend(
        others
            .iter()
            .map(|m| Figure::new(format::money(m.median), &m.date, &m.source, citer)),
    );
    medians
}

/// A projection in the quick facts.
#[derive(Debug, Clone)]
pub struct OutlookFact {
    /// Growth (`+9%`, `4.0%`).
    pub growth: String,
    /// Period (`2020-2030`).
    pub period: String,
    /// Openings a year, where the projection gives them.
    pub openings: Option<String>,
    /// Source number.
    pub cite: usize,
}

impl OutlookFact {
    /// Every projection, newest period first: the current one, then the
    /// others of the career's sources.
    pub fn all(current: Option<&Current>, others: &[Projection], citer: &mut Citer) -> Vec<Self> {
        let mut outlook: Vec<Self> = current
            .iter()
            .map(|cur| Self {
                growth: cur.percent.clone(),
                period: cur.period.clone(),
                openings: Some(cur.openings_phrase.clone()),
                cite: cur.projection_cite,
            })
            .collect();
        outlook.extend(others.iter().map(|p| Self {
            growth: format::signed_percent(p.growth_percent),
            period: format::period(p.start_year, p.end_year),
            openings: None,
            cite: citer.cite(&p.source),
        }));
        outlook
    }
}

/// The overview's quick facts besides the current figures.
#[derive(Debug, Clone)]
pub struct QuickFacts {
    /// Every median with its year, newest first.
    pub medians: Vec<Figure>,
    /// The minimum education.
    pub entry_education: Option<CitedText>,
    /// Every projection, newest period first.
    pub outlook: Vec<OutlookFact>,
}

impl QuickFacts {
    /// The facts of a career, citing medians, education and projections in
    /// that order.
    pub fn new(
        current: Option<&Current>,
        medians_of: &[SalaryMedian],
        education: &[Education],
        projections: &[Projection],
        citer: &mut Citer,
    ) -> Self {
        let medians = medians(current, medians_of, citer);
        let entry_education = education
            .iter()
            .find(|e| e.key == "minimum")
            .map(|e| CitedText {
                text: e.title.clone(),
                cite: citer.cite(&e.source),
            });
        Self {
            medians,
            entry_education,
            outlook: OutlookFact::all(current, projections, citer),
        }
    }
}
