//! How to become one: an ordered path from the data the site has (BLS
//! entry requirements, the College Scorecard's programs, a hand-written
//! career's certifications and licensing), with O*NET's job zone in words.

use std::sync::LazyLock;

use crate::db::read::{Certification, Licensing};
use crate::domain::sources::{CROSSWALK, SCORECARD};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Citer;
use crate::web::urls::{CareerUrls, Section};
use crate::web::views::current::Current;
use crate::web::views::sections::{ListEnd, list};

/// One step of the path.
#[derive(Debug, Clone)]
pub struct Step {
    /// What to do, in a sentence or two.
    pub text: String,
    /// Its sources.
    pub cites: Vec<usize>,
    /// Where to read more: (address, link text).
    pub link: Option<(String, String)>,
}

/// The path into a career.
#[derive(Debug, Clone)]
pub struct PathView {
    /// The job zone in words, with its source.
    pub zone: Option<(String, usize)>,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// What a hand-written career adds: certifications and state licensing.
pub struct Credentials<'a> {
    /// Certifications, in seed order.
    pub certifications: &'a [Certification],
    /// Licensing rules by state.
    pub licensing: &'a [Licensing],
}

impl PathView {
    /// The path of a career with current figures `c`, `programs` College
    /// Scorecard programs (`None` when no field of study is linked) and
    /// `own` credentials, citing with `citer`.
    pub fn new(
        c: &Current,
        programs: Option<i64>,
        own: &Credentials<'_>,
        urls: &CareerUrls,
        citer: &mut Citer,
    ) -> Self {
        let tr = citer.tr();
        let bls = |text: String| Step {
            text,
            cites: vec![c.projection_cite],
            link: None,
        };
        let mut steps = vec![bls(education_step(tr, &c.entry_education))];
        if let Some(n) = programs.filter(|n| *n > 0) {
            steps.push(Step {
                text: tr.t2("ov-step-programs", "count", n, "number", format::number(n)),
                cites: vec![citer.cite(SCORECARD), citer.cite(CROSSWALK)],
                link: Some((
                    urls.anchor(Section::Training, "programs"),
                    tr.t("ov-step-programs-link"),
                )),
            });
        }
        steps.extend(experience_step(tr, &c.work_experience).map(bls));
        steps.extend(training_step(tr, &c.on_the_job_training).map(bls));
        steps.extend(certification_step(tr, own.certifications, urls, citer));
        steps.extend(licensing_step(tr, own.licensing, urls, citer));
        let zone = c
            .job_zone
            .as_ref()
            .zip(c.job_zone_cite)
            .map(|((z, name, meaning), n)| {
                (
                    tr.t3(
                        "ov-path-zone",
                        "zone",
                        z.to_string(),
                        "name",
                        name,
                        "meaning",
                        meaning,
                    ),
                    n,
                )
            });
        Self { zone, steps }
    }
}

/// The BLS category `value` of `kind` (`entry_education`,
/// `work_experience`, `on_the_job_training`) as BLS writes it in English,
/// whatever the language the database gave it in: the steps are chosen
/// by the English category. The Spanish categories are those of
/// `seed/es/vocabulary.toml`, which the database's Spanish comes from.
fn english_category<'a>(kind: &str, value: &'a str) -> &'a str {
    static SPANISH: LazyLock<Vec<(String, String, String)>> = LazyLock::new(|| {
        let text = include_str!("../../../seed/es/vocabulary.toml");
        let Ok(table) = text.parse::<toml::Table>() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (kind, words) in &table {
            for (english, spanish) in words.as_table().into_iter().flatten() {
                if let Some(spanish) = spanish.as_str() {
                    out.push((kind.clone(), spanish.to_string(), english.clone()));
                }
            }
        }
        out
    });
    SPANISH
        .iter()
        .find(|(k, spanish, _)| k == kind && spanish == value)
        .map_or(value, |(_, _, english)| english.as_str())
}

/// The first step, for each of the BLS entry education levels.
fn education_step(tr: Tr, level: &str) -> String {
    let id = match english_category("entry_education", level) {
        "No formal educational credential" => "ov-step-education-none",
        "High school diploma or equivalent" => "ov-step-education-high-school",
        "Some college, no degree" => "ov-step-education-some-college",
        "Postsecondary nondegree award" => "ov-step-education-postsecondary",
        "Associate's degree" => "ov-step-education-associate",
        "Bachelor's degree" => "ov-step-education-bachelor",
        "Master's degree" => "ov-step-education-master",
        "Doctoral or professional degree" => "ov-step-education-doctoral",
        _ => return tr.t1("ov-step-education-other", "level", level.to_lowercase()),
    };
    tr.t(id)
}

/// The step for experience in a related job; none when none is needed.
fn experience_step(tr: Tr, experience: &str) -> Option<String> {
    Some(match english_category("work_experience", experience) {
        "None" | "" => return None,
        "Less than 5 years" => tr.t("ov-step-experience-less-than-5"),
        "5 years or more" => tr.t("ov-step-experience-5-or-more"),
        _ => tr.t1(
            "ov-step-experience-other",
            "experience",
            experience.to_lowercase(),
        ),
    })
}

/// The step for training once hired; none when there is none.
fn training_step(tr: Tr, training: &str) -> Option<String> {
    Some(match english_category("on_the_job_training", training) {
        "None" | "" => return None,
        "Short-term on-the-job training" => tr.t("ov-step-training-short"),
        "Moderate-term on-the-job training" => tr.t("ov-step-training-moderate"),
        "Long-term on-the-job training" => tr.t("ov-step-training-long"),
        "Internship/residency" => tr.t("ov-step-training-internship"),
        "Apprenticeship" => tr.t("ov-step-training-apprenticeship"),
        _ => tr.t1(
            "ov-step-training-other",
            "training",
            training.to_lowercase(),
        ),
    })
}

/// Source ids without repeats, in their first order.
fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// A hand-written career's certification step: the first three by name.
fn certification_step(
    tr: Tr,
    certifications: &[Certification],
    urls: &CareerUrls,
    citer: &mut Citer,
) -> Option<Step> {
    let first: Vec<&Certification> = certifications.iter().take(3).collect();
    let names: Vec<String> = first
        .iter()
        .map(|c| match &c.abbreviation {
            Some(a) => format!("{} ({a})", c.name),
            None => c.name.clone(),
        })
        .collect();
    if names.is_empty() {
        return None;
    }
    let sources = unique(first.iter().map(|c| c.source.as_str()));
    Some(Step {
        text: tr.t1(
            "ov-step-certification",
            "certifications",
            list(tr, &names, ListEnd::Or),
        ),
        cites: citer.cite_all(&sources),
        link: Some((
            urls.anchor(Section::Training, "certifications"),
            tr.t("ov-step-certification-link"),
        )),
    })
}

/// A hand-written career's licensing step: which states we know of that
/// require a license, and which don't.
fn licensing_step(
    tr: Tr,
    licensing: &[Licensing],
    urls: &CareerUrls,
    citer: &mut Citer,
) -> Option<Step> {
    if licensing.is_empty() {
        return None;
    }
    let states = |required: bool| -> Vec<String> {
        licensing
            .iter()
            .filter(|l| l.required == required)
            .map(|l| format::state_name(&l.state).to_string())
            .collect()
    };
    let (yes, no) = (states(true), states(false));
    let mut text = tr.t("ov-step-licensing");
    if !yes.is_empty() {
        text.push(' ');
        text.push_str(&tr.t1(
            "ov-step-licensing-required",
            "states",
            list(tr, &yes, ListEnd::And),
        ));
    }
    if !no.is_empty() {
        text.push(' ');
        text.push_str(&tr.t1(
            "ov-step-licensing-not-required",
            "states",
            list(tr, &no, ListEnd::And),
        ));
    }
    let sources = unique(licensing.iter().map(|l| l.source.as_str()));
    Some(Step {
        text,
        cites: citer.cite_all(&sources),
        link: Some((
            urls.anchor(Section::Training, "licensing"),
            tr.t("ov-step-licensing-link"),
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn every_value_reads_as_a_sentence() {
        for tr in [Tr::new(Lang::En), Tr::new(Lang::Es)] {
            for level in [
                "No formal educational credential",
                "High school diploma or equivalent",
                "Some college, no degree",
                "Postsecondary nondegree award",
                "Associate's degree",
                "Bachelor's degree",
                "Master's degree",
                "Doctoral or professional degree",
            ] {
                let s = education_step(tr, level);
                assert!(!s.starts_with("The usual"), "{level}");
                assert!(s.ends_with('.'), "{level}");
            }
            assert_eq!(experience_step(tr, "None"), None);
            assert_eq!(training_step(tr, "None"), None);
        }
        let en = Tr::new(Lang::En);
        assert!(training_step(en, "Apprenticeship").is_some_and(|s| s.contains("apprenticeship")));
        assert_eq!(
            en.t2("ov-step-programs", "count", 1, "number", "1"),
            "Compare schools: the College Scorecard lists 1 program in fields of study that prepare for this work, with what their graduates earn."
        );
    }

    #[test]
    fn spanish_categories_choose_the_same_steps() {
        let es = Tr::new(Lang::Es);
        assert_eq!(
            english_category("entry_education", "Licenciatura"),
            "Bachelor's degree"
        );
        assert_eq!(english_category("work_experience", "Ninguna"), "None");
        assert_eq!(english_category("entry_education", "Other"), "Other");
        assert_eq!(experience_step(es, "Ninguna"), None);
        assert_eq!(training_step(es, "Ninguna"), None);
        assert_eq!(
            education_step(es, "Licenciatura"),
            education_step(es, "Bachelor's degree")
        );
    }
}
