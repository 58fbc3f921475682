//! O*NET: occupations with their job zones, education levels, reported
//! and alternate titles, technology and related occupations.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use super::JobTitle;
use crate::seed::SeedError;
use crate::seed::csv_rows::{At, read_csv};

/// An O*NET-SOC occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnetOccupation {
    /// O*NET-SOC code, `NN-NNNN.NN`.
    pub code: String,
    /// Its SOC code.
    pub soc: String,
    /// Title.
    pub title: String,
    /// Job zone 1-5, where O*NET gives one.
    pub job_zone: Option<i64>,
    /// True when O*NET collects data for it.
    pub data_level: bool,
}

/// The share of workers at one level of education (O*NET's "Required
/// Level of Education" ratings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EducationShare {
    /// O*NET-SOC code.
    pub code: String,
    /// Category number, 1 (less than high school) to 12 (post-doctoral).
    pub category: i64,
    /// Category label.
    pub label: String,
    /// Percent of respondents, as O*NET prints it.
    pub percent: String,
    /// True where O*NET advises against relying on the value.
    pub suppress: bool,
    /// When O*NET last updated the rating (YYYY-MM).
    pub date: String,
}

/// A software or technology example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Technology {
    /// O*NET-SOC code.
    pub code: String,
    /// The product or technology.
    pub example: String,
    /// Its class (UNSPSC commodity title).
    pub class: String,
    /// Frequently named in job postings.
    pub hot: bool,
    /// In demand for this occupation.
    pub in_demand: bool,
}

/// A related occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// O*NET-SOC code.
    pub code: String,
    /// The related O*NET-SOC code.
    pub related: String,
    /// Rank, 1 = most related.
    pub index: i64,
}

#[derive(Deserialize)]
struct OnetRow {
    onet_code: String,
    soc: String,
    title: String,
    job_zone: Option<String>,
    data_level: Option<String>,
}

pub(super) fn read_onet(path: &Path) -> Result<Vec<OnetOccupation>, SeedError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    read_csv(path, |at, r: OnetRow| {
        let code = at.onet("onet_code", &r.onet_code)?;
        let soc = at.soc("soc", &r.soc)?;
        if code[..7] != soc {
            return Err(at.err("soc", format!("`{soc}` is not the start of `{code}`")));
        }
        if !seen.insert(code.clone()) {
            return Err(at.err("onet_code", format!("`{code}` appears twice")));
        }
        let job_zone = at.int("job_zone", r.job_zone.as_deref())?;
        if let Some(z) = job_zone.filter(|z| !(1..=5).contains(z)) {
            return Err(at.err("job_zone", format!("`{z}` is not 1 to 5")));
        }
        out.push(OnetOccupation {
            title: at.text("title", &r.title)?,
            job_zone,
            data_level: at.flag("data_level", r.data_level.as_deref())?,
            code,
            soc,
        });
        Ok(())
    })?;
    Ok(out)
}

/// Checks that `code` is a known O*NET occupation.
pub(super) fn known(
    at: At<'_>,
    column: &str,
    code: &str,
    known: &HashSet<&str>,
) -> Result<String, SeedError> {
    let code = at.onet(column, code)?;
    if known.contains(code.as_str()) {
        Ok(code)
    } else {
        Err(at.err(
            column,
            format!("`{code}` is not in the O*NET occupations file"),
        ))
    }
}

#[derive(Deserialize)]
struct EducationRow {
    onet_code: String,
    scale_id: String,
    category: Option<String>,
    category_label: String,
    percent: Option<String>,
    recommend_suppress: Option<String>,
    date: String,
}

pub(super) fn read_education(
    path: &Path,
    codes: &HashSet<&str>,
) -> Result<Vec<EducationShare>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: EducationRow| {
        let code = known(at, "onet_code", &r.onet_code, codes)?;
        // Only the required level of education is shown.
        if r.scale_id.trim() != "RL" {
            return Ok(());
        }
        let category = at.required_int("category", r.category.as_deref())?;
        let percent = r.percent.as_deref().unwrap_or("").trim().to_string();
        match at.decimal("percent", Some(&percent), 4)? {
            Some(p) if (0..=100 * 10_000).contains(&p) => {}
            _ => return Err(at.err("percent", format!("`{percent}` is not a percentage"))),
        }
        out.push(EducationShare {
            code,
            category,
            label: at.text("category_label", &r.category_label)?,
            percent,
            suppress: at.flag("recommend_suppress", r.recommend_suppress.as_deref())?,
            date: at.text("date", &r.date)?,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct ReportedRow {
    onet_code: String,
    title: String,
    shown_in_my_next_move: Option<String>,
}

pub(super) fn read_reported(
    path: &Path,
    codes: &HashSet<&str>,
) -> Result<Vec<JobTitle>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: ReportedRow| {
        out.push(JobTitle {
            code: known(at, "onet_code", &r.onet_code, codes)?,
            title: at.text("title", &r.title)?,
            short: None,
            common: at.flag("shown_in_my_next_move", r.shown_in_my_next_move.as_deref())?,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct AlternateRow {
    onet_code: String,
    alternate_title: String,
    short_title: Option<String>,
}

pub(super) fn read_alternate(
    path: &Path,
    codes: &HashSet<&str>,
) -> Result<Vec<JobTitle>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: AlternateRow| {
        out.push(JobTitle {
            code: known(at, "onet_code", &r.onet_code, codes)?,
            title: at.text("alternate_title", &r.alternate_title)?,
            short: r
                .short_title
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            common: false,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct TechnologyRow {
    onet_code: String,
    example: String,
    commodity_title: String,
    hot_technology: Option<String>,
    in_demand: Option<String>,
}

pub(super) fn read_technology(
    path: &Path,
    codes: &HashSet<&str>,
) -> Result<Vec<Technology>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: TechnologyRow| {
        out.push(Technology {
            code: known(at, "onet_code", &r.onet_code, codes)?,
            example: at.text("example", &r.example)?,
            class: at.text("commodity_title", &r.commodity_title)?,
            hot: at.flag("hot_technology", r.hot_technology.as_deref())?,
            in_demand: at.flag("in_demand", r.in_demand.as_deref())?,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct RelatedRow {
    onet_code: String,
    related_onet_code: String,
    index: Option<String>,
}

pub(super) fn read_related(path: &Path, codes: &HashSet<&str>) -> Result<Vec<Related>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: RelatedRow| {
        out.push(Related {
            code: known(at, "onet_code", &r.onet_code, codes)?,
            related: known(at, "related_onet_code", &r.related_onet_code, codes)?,
            index: at.required_int("index", r.index.as_deref())?,
        });
        Ok(())
    })?;
    Ok(out)
}
