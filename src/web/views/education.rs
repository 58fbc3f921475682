//! How people start a career: the education ladder, certifications and
//! licensing, as the training page lists them and the sheet sums them up.

use crate::db::read::{Certification, Education, EducationShareRow, Licensing, Training};
use crate::domain::Lang;
use crate::domain::sources::ONET;
use crate::web::chart::{BarChart, Value};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::urls;
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
    let tr = citer.tr();
    let mut lines: Vec<CitedText> = current
        .iter()
        .filter(|_| handwritten)
        .map(|cur| CitedText {
            text: tr.t2(
                "tr-sheet-typical-start",
                "period",
                &cur.period,
                "education",
                cur.entry_education.to_lowercase(),
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

/// A rung of the education ladder.
#[derive(Debug, Clone)]
pub struct Rung {
    /// Heading.
    pub title: String,
    /// How long it takes.
    pub duration: Option<String>,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

/// A certification row.
#[derive(Debug, Clone)]
pub struct CertificationRow {
    /// Name, with abbreviation.
    pub name: String,
    /// Body abbreviation.
    pub body: String,
    /// Body full name.
    pub body_name: String,
    /// The body's entry in the glossary.
    pub body_href: String,
    /// Explanation.
    pub text: Option<String>,
    /// Source number.
    pub cite: usize,
}

/// A licensing row.
#[derive(Debug, Clone)]
pub struct LicensingRow {
    /// State name.
    pub state: String,
    /// Whether a licence is required.
    pub required: bool,
    /// Explanation.
    pub text: String,
    /// Source number.
    pub cite: usize,
}

impl Rung {
    /// Every rung of a career's ladder, citing their sources.
    pub fn all(education: &[Education], citer: &mut Citer) -> Vec<Self> {
        education
            .iter()
            .map(|e| Rung {
                title: e.title.clone(),
                duration: e.duration.clone(),
                text: e.text.clone(),
                cite: citer.cite(&e.source),
            })
            .collect()
    }
}

impl CertificationRow {
    /// Every certification of a career, citing their sources.
    pub fn all(lang: Lang, certifications: &[Certification], citer: &mut Citer) -> Vec<Self> {
        certifications
            .iter()
            .map(|cert| CertificationRow {
                name: match &cert.abbreviation {
                    Some(a) => format!("{} ({a})", cert.name),
                    None => cert.name.clone(),
                },
                body: cert.body.clone(),
                body_name: cert.body_name.clone(),
                body_href: urls::glossary_term(lang, &cert.body.to_lowercase()),
                text: cert.text.clone(),
                cite: citer.cite(&cert.source),
            })
            .collect()
    }
}

impl LicensingRow {
    /// Licensing in every state listed, citing the sources.
    pub fn all(licensing: &[Licensing], citer: &mut Citer) -> Vec<Self> {
        licensing
            .iter()
            .map(|l| LicensingRow {
                state: format::state_name(&l.state).to_string(),
                required: l.required,
                text: l.text.clone(),
                cite: citer.cite(&l.source),
            })
            .collect()
    }
}

/// O*NET's shares of workers by level of education, as a chart and a
/// table.
#[derive(Debug, Clone)]
pub struct EducationLevels {
    /// The rows: (label, percent as O*NET prints it, O*NET advises
    /// against relying on it).
    pub rows: Vec<(String, String, bool)>,
    /// The same as a bar chart.
    pub chart: BarChart,
    /// The O*NET occupation rated: code and title.
    pub onet: (String, String),
    /// When rated (YYYY-MM).
    pub date: String,
    /// True when any row is one O*NET advises against relying on.
    pub any_suppressed: bool,
    /// Source number.
    pub cite: usize,
}

/// O*NET's name of a level of education, in `tr`'s language (the
/// English is O*NET's own label).
pub fn level_name(tr: Tr, e: &EducationShareRow) -> String {
    tr.t2("tr-onet-level", "category", e.category, "label", &e.label)
}

impl EducationLevels {
    /// The shares of `data`, when O*NET rates them, citing O*NET.
    pub fn new(data: &Training, citer: &mut Citer) -> Option<Self> {
        let tr = citer.tr();
        let first = data.education_shares.first()?;
        let onet = data
            .occupation
            .as_ref()
            .and_then(|o| o.onet.iter().find(|x| x.code == first.onet_code))
            .map(|x| (x.code.clone(), x.title.clone()))
            .unwrap_or_else(|| (first.onet_code.clone(), String::new()));
        let hundredths = |p: &str| -> i64 {
            let (whole, frac) = p.split_once('.').unwrap_or((p, ""));
            let frac: String = frac.chars().chain("00".chars()).take(2).collect();
            whole.parse::<i64>().unwrap_or(0) * 100 + frac.parse::<i64>().unwrap_or(0)
        };
        let chart = BarChart::new(
            "education-chart",
            tr.t("tr-levels-chart-title"),
            tr.t("tr-levels-chart-desc"),
            vec![tr.t("tr-col-share")],
            data.education_shares
                .iter()
                .map(|e| {
                    (
                        level_name(tr, e),
                        vec![Value {
                            series: 0,
                            value: hundredths(&e.percent),
                            label: format!("{}%", e.percent),
                        }],
                    )
                })
                .collect(),
        )
        .with_caption(tr.t("tr-levels-chart-caption"));
        Some(Self {
            rows: data
                .education_shares
                .iter()
                .map(|e| (level_name(tr, e), e.percent.clone(), e.suppress))
                .collect(),
            chart,
            onet,
            date: first.date.clone(),
            any_suppressed: data.education_shares.iter().any(|e| e.suppress),
            cite: citer.cite(ONET),
        })
    }
}
