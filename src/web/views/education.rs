//! How people start a career: the education ladder, certifications and
//! licensing, as the training page lists them and the sheet sums them up.

use crate::db::models::{Certification, Education};
use crate::web::page::Citer;
use crate::web::views::cited::CitedText;
use crate::web::views::current::Current;

/// The sheet's education ladder, one line a rung: for a hand-written
/// career the BLS entry requirement comes first (an imported career's
/// sheet has a section of its own for how people start).
pub fn ladder_lines(
    current: Option<&Current>,
    handwritten: bool,
    education: &[Education],
    citer: &mut Citer,
) -> Vec<CitedText> {
    let mut lines: Vec<CitedText> = current
        .iter()
        .filter(|_| handwritten)
        .map(|cur| CitedText {
            text: format!(
                "Typical start ({}): {}",
                cur.period,
                cur.entry_education.to_lowercase()
            ),
            cite: cur.projection_cite,
        })
        .collect();
    lines.extend(education.iter().map(|e| CitedText {
        text: match &e.duration {
            Some(d) => format!("{} ({})", e.title, d.to_lowercase()),
            None => e.title.clone(),
        },
        cite: citer.cite(&e.source),
    }));
    lines
}

/// Certifications, one line each with the awarding body.
pub fn certification_lines(certifications: &[Certification], citer: &mut Citer) -> Vec<CitedText> {
    certifications
        .iter()
        .map(|cert| CitedText {
            text: match &cert.abbreviation {
                Some(a) => format!("{} ({a}), {}", cert.name, cert.body),
                None => format!("{}, {}", cert.name, cert.body),
            },
            cite: citer.cite(&cert.source),
        })
        .collect()
}
