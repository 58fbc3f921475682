//! BLS Occupational Employment and Wage Statistics (OEWS): wages
//! nationally, by state, by industry and by metropolitan area.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::domain::Notes;
use crate::seed::SeedError;
use crate::seed::csv_rows::{At, read_csv};

use super::{INDUSTRY_LEVEL, TOP_INDUSTRIES};

/// National wages of one occupation (or group), May of the release year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NationalWage {
    /// SOC code.
    pub soc: String,
    /// OEWS title.
    pub title: String,
    /// `total`, `major`, `minor`, `broad` or `detailed`.
    pub level: String,
    /// Employment.
    pub employment: Option<i64>,
    /// Mean annual wage.
    pub annual_mean: Option<i64>,
    /// Annual wage at the 10th, 25th, 50th, 75th and 90th percentiles.
    pub annual: [Option<i64>; 5],
    /// Median hourly wage in cents.
    pub hourly_median_cents: Option<i64>,
    /// Why values are missing.
    pub notes: Notes,
}

/// Wages of one occupation in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateWage {
    /// Two-letter postal code.
    pub state: String,
    /// State name.
    pub state_name: String,
    /// SOC code.
    pub soc: String,
    /// Employment.
    pub employment: Option<i64>,
    /// Annual wage at the 10th, 25th, 50th, 75th and 90th percentiles.
    pub annual: [Option<i64>; 5],
    /// Why values are missing.
    pub notes: Notes,
}

/// Wages of one occupation in one industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryWage {
    /// NAICS code (or the OEWS grouping).
    pub naics: String,
    /// Industry title.
    pub title: String,
    /// SOC code.
    pub soc: String,
    /// Employment.
    pub employment: i64,
    /// Annual wage at the 10th, 50th and 90th percentiles.
    pub annual: [Option<i64>; 3],
    /// Why values are missing.
    pub notes: Notes,
}

/// A metropolitan or nonmetropolitan area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// OEWS area code, 7 characters.
    pub code: String,
    /// Name ("Hartford-West Hartford-East Hartford, CT").
    pub name: String,
    /// True for a metropolitan area, false for a nonmetropolitan one.
    pub metropolitan: bool,
    /// The states it lies in: a metropolitan area's name lists them
    /// ("NY-NJ"); a nonmetropolitan area has one.
    pub states: Vec<String>,
}

/// Wages of one occupation in one area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaWage {
    /// OEWS area code.
    pub area: String,
    /// SOC code.
    pub soc: String,
    /// Employment.
    pub employment: Option<i64>,
    /// Annual wage at the 10th, 50th and 90th percentiles.
    pub annual: [Option<i64>; 3],
    /// Why values are missing.
    pub notes: Notes,
}

impl At<'_> {
    /// The five annual wage percentiles of a row.
    pub(super) fn annual(&self, raw: [&Option<String>; 5]) -> Result<[Option<i64>; 5], SeedError> {
        let mut out = [None; 5];
        for (i, v) in raw.iter().enumerate() {
            out[i] = self.count(ANNUAL[i], v.as_deref())?;
        }
        Ok(out)
    }

    /// BLS notes, each naming one of `columns` that is empty in this row;
    /// every empty one of `columns` must have a note.
    pub(super) fn notes(
        &self,
        value: Option<&str>,
        columns: &[(&str, bool)],
    ) -> Result<Notes, SeedError> {
        let notes = Notes::parse(value.unwrap_or("")).map_err(|m| self.err("notes", m))?;
        for column in notes.columns() {
            match columns.iter().find(|(c, _)| *c == column) {
                None => {
                    return Err(self.err(
                        "notes",
                        format!("names `{column}`, which is not a column with figures"),
                    ));
                }
                Some((_, true)) => {
                    return Err(self.err(
                        "notes",
                        format!("gives a footnote for `{column}`, which has a value"),
                    ));
                }
                Some((_, false)) => {}
            }
        }
        for (column, present) in columns {
            if !present && notes.get(column).is_none() {
                return Err(self.err(
                    column,
                    "is empty without a BLS footnote in `notes` saying why",
                ));
            }
        }
        Ok(notes)
    }
}
/// Which annual wage columns have a value, for [`At::notes`].
fn presence(annual: &[Option<i64>; 5]) -> impl Iterator<Item = (&'static str, bool)> + '_ {
    ANNUAL.iter().zip(annual).map(|(c, v)| (*c, v.is_some()))
}

/// The wage columns of the national and state files, in percentile order.
const ANNUAL: [&str; 5] = [
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
];

#[derive(Deserialize)]
struct NationalRow {
    soc: String,
    title: String,
    level: String,
    employment: Option<String>,
    annual_mean: Option<String>,
    annual_p10: Option<String>,
    annual_p25: Option<String>,
    annual_median: Option<String>,
    annual_p75: Option<String>,
    annual_p90: Option<String>,
    hourly_median: Option<String>,
    notes: Option<String>,
}

pub(super) fn read_national(
    path: &Path,
    careers: &HashSet<&str>,
) -> Result<Vec<NationalWage>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: NationalRow| {
        let soc = at.soc("soc", &r.soc)?;
        let level = r.level.trim().to_string();
        if !["total", "major", "minor", "broad", "detailed"].contains(&level.as_str()) {
            return Err(at.err("level", format!("`{level}` is not an OEWS level")));
        }
        let keep = level == "total" || level == "major" || careers.contains(soc.as_str());
        if !keep {
            return Ok(());
        }
        let employment = at.count("employment", r.employment.as_deref())?;
        let annual_mean = at.count("annual_mean", r.annual_mean.as_deref())?;
        let annual = at.annual([
            &r.annual_p10,
            &r.annual_p25,
            &r.annual_median,
            &r.annual_p75,
            &r.annual_p90,
        ])?;
        let hourly_median_cents = at.decimal("hourly_median", r.hourly_median.as_deref(), 2)?;
        let mut present = vec![
            ("employment", employment.is_some()),
            ("annual_mean", annual_mean.is_some()),
            ("hourly_median", hourly_median_cents.is_some()),
        ];
        present.extend(presence(&annual));
        let notes = at.notes(r.notes.as_deref(), &present)?;
        out.push(NationalWage {
            soc,
            title: at.text("title", &r.title)?,
            level,
            employment,
            annual_mean,
            annual,
            hourly_median_cents,
            notes,
        });
        Ok(())
    })?;
    // Some projected occupations (legislators, fishers) have no OEWS
    // estimates at all; their pages say so.
    Ok(out)
}

#[derive(Deserialize)]
struct StateRow {
    state_abbrev: String,
    state_name: String,
    soc: String,
    employment: Option<String>,
    annual_p10: Option<String>,
    annual_p25: Option<String>,
    annual_median: Option<String>,
    annual_p75: Option<String>,
    annual_p90: Option<String>,
    location_quotient: Option<String>,
    notes: Option<String>,
}

pub(super) fn read_states(
    path: &Path,
    careers: &HashSet<&str>,
) -> Result<Vec<StateWage>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: StateRow| {
        let soc = at.soc("soc", &r.soc)?;
        if !careers.contains(soc.as_str()) {
            return Ok(());
        }
        let state = r.state_abbrev.trim();
        if state.len() != 2 || !state.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(at.err("state_abbrev", format!("`{state}` is not a postal code")));
        }
        let employment = at.count("employment", r.employment.as_deref())?;
        let annual = at.annual([
            &r.annual_p10,
            &r.annual_p25,
            &r.annual_median,
            &r.annual_p75,
            &r.annual_p90,
        ])?;
        let lq = at.decimal("location_quotient", r.location_quotient.as_deref(), 2)?;
        let mut present = vec![
            ("employment", employment.is_some()),
            ("location_quotient", lq.is_some()),
        ];
        present.extend(presence(&annual));
        let notes = at.notes(r.notes.as_deref(), &present)?;
        out.push(StateWage {
            state: state.to_string(),
            state_name: at.text("state_name", &r.state_name)?,
            soc,
            employment,
            annual,
            notes,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct IndustryRow {
    industry_code: String,
    naics: Option<String>,
    industry_title: String,
    industry_level: Option<String>,
    soc: String,
    employment: Option<String>,
    annual_p10: Option<String>,
    annual_median: Option<String>,
    annual_p90: Option<String>,
    notes: Option<String>,
}

/// The industries of each occupation at [`INDUSTRY_LEVEL`]: those
/// employing the most, and how many more have their employment withheld.
pub(super) struct Industries {
    /// The top [`TOP_INDUSTRIES`] of each occupation, biggest first.
    pub top: Vec<IndustryWage>,
    /// Occupation code to the number of its industries whose employment
    /// BLS withholds.
    pub withheld: HashMap<String, i64>,
}

/// True for an OEWS ownership designation ("Hospitals, Privately Owned",
/// 622005): it is published at the industry level but splits industries
/// listed there too, so counting it would count people twice.
fn is_ownership_split(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 6 && b.iter().all(u8::is_ascii_digit) && &b[3..5] == b"00" && b[5] != b'0'
}

pub(super) fn read_industries(
    path: &Path,
    careers: &HashSet<&str>,
) -> Result<Industries, SeedError> {
    let mut by_soc: HashMap<String, Vec<IndustryWage>> = HashMap::new();
    let mut withheld: HashMap<String, i64> = HashMap::new();
    read_csv(path, |at, r: IndustryRow| {
        let soc = at.soc("soc", &r.soc)?;
        let level = at.required_int("industry_level", r.industry_level.as_deref())?;
        if !(1..=5).contains(&level) {
            return Err(at.err("industry_level", format!("`{level}` is not 1 to 5")));
        }
        at.text("industry_code", &r.industry_code)?;
        let employment = at.count("employment", r.employment.as_deref())?;
        let annual = [
            at.count("annual_p10", r.annual_p10.as_deref())?,
            at.count("annual_median", r.annual_median.as_deref())?,
            at.count("annual_p90", r.annual_p90.as_deref())?,
        ];
        let present = [
            ("employment", employment.is_some()),
            ("annual_p10", annual[0].is_some()),
            ("annual_median", annual[1].is_some()),
            ("annual_p90", annual[2].is_some()),
        ];
        let notes = at.notes(r.notes.as_deref(), &present)?;
        let title = at.text("industry_title", &r.industry_title)?;
        if level != INDUSTRY_LEVEL
            || !careers.contains(soc.as_str())
            || is_ownership_split(&r.industry_code)
        {
            return Ok(());
        }
        // Industries whose employment is not released cannot be ranked.
        let Some(employment) = employment else {
            *withheld.entry(soc).or_default() += 1;
            return Ok(());
        };
        by_soc.entry(soc.clone()).or_default().push(IndustryWage {
            naics: r
                .naics
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(r.industry_code),
            title,
            soc,
            employment,
            annual,
            notes,
        });
        Ok(())
    })?;
    let mut out = Vec::new();
    let mut socs: Vec<String> = by_soc.keys().cloned().collect();
    socs.sort();
    for soc in socs {
        if let Some(mut rows) = by_soc.remove(&soc) {
            rows.sort_by(|a, b| b.employment.cmp(&a.employment).then(a.title.cmp(&b.title)));
            rows.truncate(TOP_INDUSTRIES);
            out.extend(rows);
        }
    }
    Ok(Industries { top: out, withheld })
}

#[derive(Deserialize)]
struct AreaRow {
    area_code: String,
    area_type: String,
    state_abbrev: Option<String>,
    area_name: String,
}

fn is_state(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

pub(super) fn read_areas(path: &Path) -> Result<Vec<Area>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: AreaRow| {
        let code = at.text("area_code", &r.area_code)?;
        let metropolitan = match r.area_type.trim() {
            "metropolitan" => true,
            "nonmetropolitan" => false,
            "national" | "state" => return Ok(()),
            other => return Err(at.err("area_type", format!("`{other}` is not an OEWS area type"))),
        };
        let name = at.text("area_name", &r.area_name)?;
        let mut states: Vec<String> = Vec::new();
        if metropolitan {
            let listed = name.rsplit_once(", ").map(|(_, s)| s).unwrap_or_default();
            states.extend(
                listed
                    .split('-')
                    .filter(|s| is_state(s))
                    .map(str::to_string),
            );
        }
        if let Some(s) = r
            .state_abbrev
            .as_deref()
            .map(str::trim)
            .filter(|s| is_state(s))
            && !states.iter().any(|x| x == s)
        {
            states.push(s.to_string());
        }
        if states.is_empty() {
            return Err(at.err("state_abbrev", "names no state"));
        }
        out.push(Area {
            code,
            name,
            metropolitan,
            states,
        });
        Ok(())
    })?;
    Ok(out)
}

#[derive(Deserialize)]
struct AreaWageRow {
    area_code: String,
    soc: String,
    employment: Option<String>,
    annual_p10: Option<String>,
    annual_median: Option<String>,
    annual_p90: Option<String>,
    notes: Option<String>,
}

pub(super) fn read_area_wages(
    path: &Path,
    careers: &HashSet<&str>,
    areas: &HashSet<&str>,
) -> Result<Vec<AreaWage>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: AreaWageRow| {
        let soc = at.soc("soc", &r.soc)?;
        let area = r.area_code.trim().to_string();
        if !areas.contains(area.as_str()) {
            return Err(at.err("area_code", format!("`{area}` is not in the areas file")));
        }
        let employment = at.count("employment", r.employment.as_deref())?;
        let annual = [
            at.count("annual_p10", r.annual_p10.as_deref())?,
            at.count("annual_median", r.annual_median.as_deref())?,
            at.count("annual_p90", r.annual_p90.as_deref())?,
        ];
        let present = [
            ("employment", employment.is_some()),
            ("annual_p10", annual[0].is_some()),
            ("annual_median", annual[1].is_some()),
            ("annual_p90", annual[2].is_some()),
        ];
        let notes = at.notes(r.notes.as_deref(), &present)?;
        if careers.contains(soc.as_str()) {
            out.push(AreaWage {
                area,
                soc,
                employment,
                annual,
                notes,
            });
        }
        Ok(())
    })?;
    Ok(out)
}
