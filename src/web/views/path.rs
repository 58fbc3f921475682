//! How to become one: an ordered path from the data the site has (BLS
//! entry requirements, the College Scorecard's programs, a hand-written
//! career's certifications and licensing), with O*NET's job zone in words.

use crate::db::read::{Certification, Licensing};
use crate::domain::sources::{CROSSWALK, SCORECARD};
use crate::web::format;
use crate::web::page::Citer;
use crate::web::urls::{CareerUrls, Section};
use crate::web::views::current::Current;

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
        let bls = |text: String| Step {
            text,
            cites: vec![c.projection_cite],
            link: None,
        };
        let mut steps = vec![bls(education_step(&c.entry_education))];
        if let Some(n) = programs.filter(|n| *n > 0) {
            steps.push(Step {
                text: format!(
                    "Compare schools: the College Scorecard lists {} in fields of study that prepare for this work, with what their graduates earn.",
                    plural(n, "program")
                ),
                cites: vec![citer.cite(SCORECARD), citer.cite(CROSSWALK)],
                link: Some((urls.anchor(Section::Training, "programs"), "Programs".into())),
            });
        }
        steps.extend(experience_step(&c.work_experience).map(bls));
        steps.extend(training_step(&c.on_the_job_training).map(bls));
        steps.extend(certification_step(own.certifications, urls, citer));
        steps.extend(licensing_step(own.licensing, urls, citer));
        let zone = c
            .job_zone
            .zip(c.job_zone_cite)
            .map(|((z, name, meaning), n)| {
                (
                    format!("O*NET puts this job in zone {z} of 5, {name}: {meaning}."),
                    n,
                )
            });
        Self { zone, steps }
    }
}

/// "1 program", "3 programs".
fn plural(n: i64, noun: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{} {noun}{s}", format::number(n))
}

/// The first step, for each of the BLS entry education levels.
fn education_step(level: &str) -> String {
    match level {
        "No formal educational credential" => {
            "Start without a diploma or degree: most people enter this work without one, though finishing high school still helps.".into()
        }
        "High school diploma or equivalent" => {
            "Finish high school, or pass an equivalency test such as the GED: that is the education most people start with.".into()
        }
        "Some college, no degree" => {
            "After high school, take some college courses; most people start with some college but no degree.".into()
        }
        "Postsecondary nondegree award" => {
            "After high school, earn a certificate or other award from a program at a community college or technical school; these take from a few weeks to two years and are not degrees.".into()
        }
        "Associate's degree" => {
            "Earn an associate degree, which usually takes two years at a community or technical college.".into()
        }
        "Bachelor's degree" => {
            "Earn a bachelor's degree, which usually takes four years at a college or university.".into()
        }
        "Master's degree" => {
            "Earn a bachelor's degree and then a master's degree, which usually takes one to two more years.".into()
        }
        "Doctoral or professional degree" => {
            "Earn a bachelor's degree and then a doctoral or professional degree (such as a medical or law degree), which takes several more years.".into()
        }
        other => format!("The usual education to start: {}.", other.to_lowercase()),
    }
}

/// The step for experience in a related job; none when none is needed.
fn experience_step(experience: &str) -> Option<String> {
    match experience {
        "None" | "" => None,
        "Less than 5 years" => Some(
            "Work for a while in a related job first: people usually come to this one with up to five years of experience.".into(),
        ),
        "5 years or more" => Some(
            "Build experience in a related job first: people usually come to this one with five years or more of it.".into(),
        ),
        other => Some(format!(
            "Work in a related job first ({}).",
            other.to_lowercase()
        )),
    }
}

/// The step for training once hired; none when there is none.
fn training_step(training: &str) -> Option<String> {
    match training {
        "None" | "" => None,
        "Short-term on-the-job training" => Some(
            "Once hired, learn the work from experienced coworkers, which usually takes a month or less.".into(),
        ),
        "Moderate-term on-the-job training" => Some(
            "Once hired, learn the work from experienced coworkers over one to twelve months.".into(),
        ),
        "Long-term on-the-job training" => Some(
            "Once hired, expect more than a year of training on the job before you are fully qualified.".into(),
        ),
        "Internship/residency" => Some(
            "Complete an internship or residency: supervised work in the field, often required before you can work on your own.".into(),
        ),
        "Apprenticeship" => Some(
            "Complete an apprenticeship: paid work under experienced workers plus classroom lessons, which usually takes three to five years.".into(),
        ),
        other => Some(format!("Once hired: {}.", other.to_lowercase())),
    }
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
    let list = match names.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    let sources = unique(first.iter().map(|c| c.source.as_str()));
    Some(Step {
        text: format!(
            "Consider earning a certification, such as the {list}. Certification is voluntary; the training page lists who awards each one."
        ),
        cites: citer.cite_all(&sources),
        link: Some((
            urls.anchor(Section::Training, "certifications"),
            "Certifications".into(),
        )),
    })
}

/// A hand-written career's licensing step: which states we know of that
/// require a license, and which don't.
fn licensing_step(licensing: &[Licensing], urls: &CareerUrls, citer: &mut Citer) -> Option<Step> {
    if licensing.is_empty() {
        return None;
    }
    let states = |required: bool| -> Vec<&str> {
        licensing
            .iter()
            .filter(|l| l.required == required)
            .map(|l| format::state_name(&l.state))
            .collect()
    };
    let and = |names: Vec<&str>| match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let (yes, no) = (states(true), states(false));
    let mut text = "Check your state's rules.".to_string();
    if !yes.is_empty() {
        text.push_str(&format!(" A license is required in {}.", and(yes)));
    }
    if !no.is_empty() {
        text.push_str(&format!(" None is needed in {}.", and(no)));
    }
    let sources = unique(licensing.iter().map(|l| l.source.as_str()));
    Some(Step {
        text,
        cites: citer.cite_all(&sources),
        link: Some((
            urls.anchor(Section::Training, "licensing"),
            "Licensing by state".into(),
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_as_a_sentence() {
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
            let s = education_step(level);
            assert!(!s.starts_with("The usual"), "{level}");
            assert!(s.ends_with('.'), "{level}");
        }
        assert_eq!(experience_step("None"), None);
        assert_eq!(training_step("None"), None);
        assert!(training_step("Apprenticeship").is_some_and(|s| s.contains("apprenticeship")));
        assert_eq!(plural(1, "program"), "1 program");
        assert_eq!(plural(1200, "program"), "1,200 programs");
    }
}
