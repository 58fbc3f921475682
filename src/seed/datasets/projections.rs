//! The BLS employment projections: the occupations that are careers,
//! with their projected change and openings, and BLS's sample titles.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use super::JobTitle;
use crate::seed::SeedError;
use crate::seed::csv_rows::read_csv;

/// A row of the projections file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projected {
    /// SOC code.
    pub soc: String,
    /// BLS title.
    pub title: String,
    /// Employment in the first year.
    pub employment_start: i64,
    /// Employment projected for the last year.
    pub employment_end: i64,
    /// Change, as published.
    pub change: i64,
    /// Percent change in tenths of a per cent, as published.
    pub percent_change_tenths: i64,
    /// Openings a year.
    pub annual_openings: i64,
    /// Typical education needed for entry, and its BLS code.
    pub entry_education: (String, i64),
    /// Work experience in a related occupation, and its BLS code.
    pub work_experience: (String, i64),
    /// Typical on-the-job training, and its BLS code.
    pub on_the_job_training: (String, i64),
}

#[derive(Deserialize)]
struct ProjectionRow {
    soc: String,
    title: String,
    employment_2024: Option<String>,
    employment_2034: Option<String>,
    change: Option<String>,
    percent_change: Option<String>,
    annual_openings: Option<String>,
    entry_education: String,
    entry_education_code: Option<String>,
    work_experience: String,
    work_experience_code: Option<String>,
    on_the_job_training: String,
    on_the_job_training_code: Option<String>,
}

pub(super) fn read_projections(path: &Path) -> Result<Vec<Projected>, SeedError> {
    let mut out: Vec<Projected> = Vec::new();
    let mut seen = HashSet::new();
    read_csv(path, |at, r: ProjectionRow| {
        let soc = at.soc("soc", &r.soc)?;
        if !seen.insert(soc.clone()) {
            return Err(at.err("soc", format!("`{soc}` appears twice")));
        }
        let count = |column, value: &Option<String>| {
            at.count(column, value.as_deref())?
                .ok_or_else(|| at.err(column, "must not be empty"))
        };
        out.push(Projected {
            title: at.text("title", &r.title)?,
            employment_start: count("employment_2024", &r.employment_2024)?,
            employment_end: count("employment_2034", &r.employment_2034)?,
            change: at.required_int("change", r.change.as_deref())?,
            percent_change_tenths: at
                .decimal("percent_change", r.percent_change.as_deref(), 1)?
                .ok_or_else(|| at.err("percent_change", "must not be empty"))?,
            annual_openings: count("annual_openings", &r.annual_openings)?,
            entry_education: (
                at.text("entry_education", &r.entry_education)?,
                at.required_int("entry_education_code", r.entry_education_code.as_deref())?,
            ),
            work_experience: (
                at.text("work_experience", &r.work_experience)?,
                at.required_int("work_experience_code", r.work_experience_code.as_deref())?,
            ),
            on_the_job_training: (
                at.text("on_the_job_training", &r.on_the_job_training)?,
                at.required_int(
                    "on_the_job_training_code",
                    r.on_the_job_training_code.as_deref(),
                )?,
            ),
            soc,
        });
        Ok(())
    })?;
    if out.is_empty() {
        return Err(SeedError::new(path, "", "has no occupations"));
    }
    Ok(out)
}

#[derive(Deserialize)]
struct SampleTitleRow {
    soc: String,
    title: String,
}

pub(super) fn read_sample_titles(
    path: &Path,
    careers: &HashSet<&str>,
) -> Result<Vec<JobTitle>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: SampleTitleRow| {
        let soc = at.soc("soc", &r.soc)?;
        if !careers.contains(soc.as_str()) {
            return Err(at.err("soc", format!("`{soc}` is not in the projections")));
        }
        out.push(JobTitle {
            code: soc,
            title: at.text("title", &r.title)?,
            short: None,
            common: false,
        });
        Ok(())
    })?;
    Ok(out)
}
