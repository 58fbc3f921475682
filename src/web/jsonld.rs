//! schema.org structured data (JSON-LD) for a career, built with serde from
//! the same rows the page shows, so search engines and link previews read
//! the same facts as people do.

use serde::Serialize;

use crate::db::read::{Overview, Source};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::views::current::Current;

/// A schema.org `Occupation`.
#[derive(Debug, Serialize)]
pub struct Occupation {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
    url: String,
    description: String,
    #[serde(rename = "alternateName", skip_serializing_if = "Vec::is_empty")]
    alternate_name: Vec<String>,
    #[serde(rename = "occupationalCategory")]
    occupational_category: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    responsibilities: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    qualifications: Vec<String>,
    #[serde(
        rename = "educationRequirements",
        skip_serializing_if = "Vec::is_empty"
    )]
    education_requirements: Vec<String>,
    #[serde(rename = "estimatedSalary", skip_serializing_if = "Vec::is_empty")]
    estimated_salary: Vec<SalaryDistribution>,
}

/// A schema.org `MonetaryAmountDistribution` of annual pay. Each figure
/// set keeps its year and source in `name` and `description`.
#[derive(Debug, Serialize)]
pub struct SalaryDistribution {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
    description: String,
    currency: &'static str,
    duration: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    percentile10: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    percentile25: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    median: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    percentile75: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    percentile90: Option<i64>,
}

impl SalaryDistribution {
    fn new(name: String, description: String) -> Self {
        Self {
            kind: "MonetaryAmountDistribution",
            name,
            description,
            currency: "USD",
            duration: "P1Y",
            percentile10: None,
            percentile25: None,
            median: None,
            percentile75: None,
            percentile90: None,
        }
    }
}

fn source_text(tr: Tr, sources: &[Source], id: &str) -> String {
    sources
        .iter()
        .find(|s| s.id == id)
        .map(|s| {
            tr.t2(
                "jsonld-reported-in",
                "publisher",
                &s.publisher,
                "reported_in",
                &s.reported_in,
            )
        })
        .unwrap_or_else(|| id.to_string())
}

/// The `Occupation` for a career's overview data, its current figures and
/// the summary the page shows, in `tr`'s language.
pub fn occupation(
    tr: Tr,
    data: &Overview,
    current: Option<&Current>,
    summary: &str,
    url: String,
) -> Occupation {
    let sources = &data.sources;
    let mut estimated_salary = Vec::new();
    if let (Some(cur), Some(o)) = (current, &data.occupation)
        && let Some(w) = &o.wages
    {
        let mut d = SalaryDistribution::new(
            tr.t1("jsonld-pay-range", "when", &cur.wage_when),
            tr.t1(
                "jsonld-wage-workers",
                "source",
                source_text(tr, sources, crate::domain::sources::OEWS),
            ),
        );
        let [p10, p25, p50, p75, p90] = w.annual.map(|p| p.value());
        d.percentile10 = p10;
        d.percentile25 = p25;
        d.median = p50;
        d.percentile75 = p75;
        d.percentile90 = p90;
        if [p10, p25, p50, p75, p90].iter().any(Option::is_some) {
            estimated_salary.push(d);
        }
    }
    for m in &data.medians {
        let mut d = SalaryDistribution::new(
            tr.t1("jsonld-pay-median", "when", format::date(tr, &m.date)),
            tr.t2(
                "jsonld-scope-source",
                "scope",
                &m.scope,
                "source",
                source_text(tr, sources, &m.source),
            ),
        );
        d.median = Some(m.median);
        estimated_salary.push(d);
    }
    // One distribution per source and year of percentiles.
    let mut groups: Vec<(&str, i64)> = Vec::new();
    for p in &data.percentiles {
        if !groups.contains(&(p.source.as_str(), p.date.year)) {
            groups.push((p.source.as_str(), p.date.year));
        }
    }
    for (source, year) in groups {
        let rows: Vec<_> = data
            .percentiles
            .iter()
            .filter(|p| p.source == source && p.date.year == year)
            .collect();
        let when = rows
            .first()
            .map(|p| format::date(tr, &p.date))
            .unwrap_or_default();
        let mut d = SalaryDistribution::new(
            tr.t1("jsonld-pay-range", "when", when),
            tr.t1("jsonld-source", "source", source_text(tr, sources, source)),
        );
        for p in rows {
            let slot = match p.percentile {
                10 => &mut d.percentile10,
                25 => &mut d.percentile25,
                50 => &mut d.median,
                75 => &mut d.percentile75,
                90 => &mut d.percentile90,
                _ => continue,
            };
            *slot = Some(p.amount);
        }
        estimated_salary.push(d);
    }
    let mut alternate_name: Vec<String> = data
        .alternate_titles
        .iter()
        .map(|t| t.title.clone())
        .collect();
    alternate_name.extend(
        data.job_titles
            .iter()
            .filter(|t| t.common)
            .map(|t| t.title.clone()),
    );
    let mut education_requirements: Vec<String> = current
        .map(|c| c.entry_education.clone())
        .into_iter()
        .collect();
    education_requirements.extend(data.education.iter().map(|e| match &e.duration {
        Some(d) => format!("{} ({d})", e.title),
        None => e.title.clone(),
    }));
    Occupation {
        context: "https://schema.org",
        kind: "Occupation",
        name: data.career.title.clone(),
        url,
        description: summary.split_whitespace().collect::<Vec<_>>().join(" "),
        alternate_name,
        occupational_category: match (current, &data.career.text) {
            (Some(c), _) => format!("{} {}", c.soc, c.bls_title),
            (None, Some(t)) => t.occupation_group.clone(),
            (None, None) => String::new(),
        },
        responsibilities: data.duties.clone(),
        skills: data.skills.clone(),
        qualifications: data
            .certifications
            .iter()
            .map(|c| match &c.abbreviation {
                Some(a) => format!("{} ({a}), {}", c.name, c.body_name),
                None => format!("{}, {}", c.name, c.body_name),
            })
            .collect(),
        education_requirements,
        estimated_salary,
    }
}

/// Serialises structured data for a `<script type="application/ld+json">`
/// element: `<`, `>` and `&` are written as JSON escapes so no text in it
/// can close the element or be read as markup.
pub fn to_script(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(value)?;
    Ok(json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_close_the_element() {
        let out = to_script(&serde_json::json!({ "name": "</script><b>&" })).unwrap_or_default();
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        assert_eq!(back["name"], "</script><b>&");
    }
}
