//! The public datasets in `seed/datasets/`: BLS wages (OEWS), BLS
//! employment projections and O*NET, read from the CSV files that
//! `datasets.toml` names and checked row by row.
//!
//! Every value is kept as published: counts and dollars as integers,
//! hourly wages in cents, percent changes in tenths (BLS prints one
//! decimal), O*NET's percentages as the text it prints. A value BLS
//! withholds stays empty, with its footnote code. A malformed row is a
//! [`SeedError`] naming the file, the column and the line.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::csv_rows::{At, read_csv};
use super::interests::{self, InterestProfile};
use super::scorecard::{self, Scorecard};
use super::{SeedError, parse_file};
use crate::domain::Notes;
use crate::domain::sources::{
    CROSSWALK, OEWS, ONET, ONET_RELATED, ONET_TITLES, PROJECTIONS, SCORECARD,
};

/// How many industries are kept per occupation: those employing the most.
pub const TOP_INDUSTRIES: usize = 10;

/// The OEWS industry level kept: NAICS 4-digit industries (and the OEWS
/// groupings at that level). Levels overlap, so only one is used.
pub const INDUSTRY_LEVEL: i64 = 4;

/// `datasets.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The day these copies were taken and checked (YYYY-MM-DD).
    pub data_as_of: String,
    /// BLS Occupational Employment and Wage Statistics.
    pub oews: OewsFiles,
    /// BLS Employment Projections.
    pub projections: ProjectionFiles,
    /// O*NET: occupations, education, reported titles, interests.
    pub onet: OnetFiles,
    /// O*NET: alternate titles and technology.
    pub onet_titles: OnetTitleFiles,
    /// O*NET: related occupations.
    pub onet_related: OnetRelatedFiles,
    /// College Scorecard programs.
    pub scorecard: ScorecardFiles,
    /// Fields of study to occupations.
    pub crosswalk: CrosswalkFiles,
}

/// What the site says about a dataset: who published which release under
/// which license, and the line its license asks us to show.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    /// The dataset's name.
    pub name: String,
    /// Who publishes it.
    pub publisher: String,
    /// The release, as its publisher names it ("May 2025", "30.2").
    pub release: String,
    /// The year the release describes or came out.
    pub year: u16,
    /// Its license.
    pub license: String,
    /// Where the license is, if it has a text of its own.
    #[serde(default)]
    pub license_url: Option<String>,
    /// The attribution line to show, word for word.
    pub attribution: String,
    /// The publisher's page for the dataset.
    pub url: String,
    /// What a reader should know about its figures.
    #[serde(default)]
    pub note: Option<String>,
    /// How our copy differs from the publisher's files (CC BY asks that
    /// changes be indicated).
    #[serde(default)]
    pub changes: Option<String>,
}

/// The OEWS files and the release's top-coded wages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OewsFiles {
    /// National estimates for every occupation.
    pub national: String,
    /// Estimates by state.
    pub state: String,
    /// National estimates by industry.
    pub industry: String,
    /// Estimates by metropolitan and nonmetropolitan area (may be
    /// gzip-compressed, ending `.gz`).
    pub metro: String,
    /// The areas: their names, kinds and states.
    pub areas: String,
    /// Annual wage at or above which BLS does not publish a number.
    pub top_coded_annual: u32,
    /// Hourly wage at or above which BLS does not publish a number.
    pub top_coded_hourly: String,
    /// About the dataset.
    pub about: About,
}

/// The projections files and their period.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectionFiles {
    /// One row per occupation.
    pub occupations: String,
    /// Sample job titles.
    pub sample_titles: String,
    /// First year of the projection period.
    pub start_year: u16,
    /// Last year of the projection period.
    pub end_year: u16,
    /// About the dataset.
    pub about: About,
}

/// O*NET occupations, education and reported titles.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetFiles {
    /// Every O*NET-SOC occupation.
    pub occupations: String,
    /// Education, training and experience ratings.
    pub education: String,
    /// Job titles reported by workers.
    pub reported_titles: String,
    /// Interest profiles (RIASEC scores and high points).
    pub interests: String,
    /// About the dataset.
    pub about: About,
}

/// O*NET alternate titles and technology.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetTitleFiles {
    /// Alternate titles.
    pub alternate_titles: String,
    /// Software and technology examples.
    pub technology_skills: String,
    /// About the dataset.
    pub about: About,
}

/// O*NET related occupations.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetRelatedFiles {
    /// Related occupations.
    pub related_occupations: String,
    /// About the dataset.
    pub about: About,
}

/// The College Scorecard's field-of-study file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScorecardFiles {
    /// Programs (gzip-compressed CSV).
    pub programs: String,
    /// About the dataset.
    pub about: About,
}

/// The CIP to SOC crosswalk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkFiles {
    /// CIP 2020 to SOC 2018.
    pub cip_soc: String,
    /// About the dataset.
    pub about: About,
}

impl Manifest {
    /// Every dataset with the id its figures cite, in the order the site
    /// lists them.
    pub fn abouts(&self) -> [(&'static str, &About); 7] {
        [
            (OEWS, &self.oews.about),
            (PROJECTIONS, &self.projections.about),
            (ONET, &self.onet.about),
            (ONET_TITLES, &self.onet_titles.about),
            (ONET_RELATED, &self.onet_related.about),
            (SCORECARD, &self.scorecard.about),
            (CROSSWALK, &self.crosswalk.about),
        ]
    }
}

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

/// A title people use for an occupation, from any of the three lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobTitle {
    /// O*NET-SOC code (or the SOC code, for BLS sample titles).
    pub code: String,
    /// The title.
    pub title: String,
    /// A short form or abbreviation ("RN"), where given.
    pub short: Option<String>,
    /// True for the titles O*NET shows first (My Next Move).
    pub common: bool,
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

/// Everything read from the datasets.
#[derive(Debug, Clone)]
pub struct Datasets {
    /// The folder the files were read from.
    pub dir: PathBuf,
    /// `datasets.toml`.
    pub manifest: Manifest,
    /// Every projected occupation, in file order: these are the careers.
    pub projections: Vec<Projected>,
    /// BLS sample titles.
    pub sample_titles: Vec<JobTitle>,
    /// National wages of the projected occupations, the major groups and
    /// all occupations.
    pub national: Vec<NationalWage>,
    /// Wages by state, projected occupations only.
    pub states: Vec<StateWage>,
    /// Wages in the industries that employ the most, per occupation.
    pub industries: Vec<IndustryWage>,
    /// Metropolitan and nonmetropolitan areas.
    pub areas: Vec<Area>,
    /// Wages by area, projected occupations only.
    pub area_wages: Vec<AreaWage>,
    /// O*NET occupations.
    pub onet: Vec<OnetOccupation>,
    /// Education shares.
    pub education: Vec<EducationShare>,
    /// Reported titles.
    pub reported_titles: Vec<JobTitle>,
    /// Interest profiles.
    pub interests: Vec<InterestProfile>,
    /// Alternate titles.
    pub alternate_titles: Vec<JobTitle>,
    /// Technology.
    pub technology: Vec<Technology>,
    /// Related occupations.
    pub related: Vec<Related>,
    /// College Scorecard programs and the fields-to-occupations crosswalk.
    pub scorecard: Scorecard,
}

/// Reads and checks the datasets in `dir` (the folder of `datasets.toml`).
pub fn load(dir: &Path) -> Result<Datasets, SeedError> {
    let manifest: Manifest = parse_file(&dir.join("datasets.toml"))?;
    let file = |name: &str| dir.join(name);
    let projections = read_projections(&file(&manifest.projections.occupations))?;
    let careers: HashSet<&str> = projections.iter().map(|p| p.soc.as_str()).collect();
    let sample_titles = read_sample_titles(&file(&manifest.projections.sample_titles), &careers)?;
    let national = read_national(&file(&manifest.oews.national), &careers)?;
    let states = read_states(&file(&manifest.oews.state), &careers)?;
    let industries = read_industries(&file(&manifest.oews.industry), &careers)?;
    let areas = read_areas(&file(&manifest.oews.areas))?;
    let area_codes: HashSet<&str> = areas.iter().map(|a| a.code.as_str()).collect();
    let area_wages = read_area_wages(&file(&manifest.oews.metro), &careers, &area_codes)?;
    let onet = read_onet(&file(&manifest.onet.occupations))?;
    let onet_codes: HashSet<&str> = onet.iter().map(|o| o.code.as_str()).collect();
    let education = read_education(&file(&manifest.onet.education), &onet_codes)?;
    let reported_titles = read_reported(&file(&manifest.onet.reported_titles), &onet_codes)?;
    let interests = interests::read(&file(&manifest.onet.interests), &onet_codes)?;
    let alternate_titles =
        read_alternate(&file(&manifest.onet_titles.alternate_titles), &onet_codes)?;
    let technology = read_technology(&file(&manifest.onet_titles.technology_skills), &onet_codes)?;
    let related = read_related(
        &file(&manifest.onet_related.related_occupations),
        &onet_codes,
    )?;
    let scorecard = scorecard::load(
        &file(&manifest.scorecard.programs),
        &file(&manifest.crosswalk.cip_soc),
    )?;
    Ok(Datasets {
        dir: dir.to_path_buf(),
        manifest,
        projections,
        sample_titles,
        national,
        states,
        industries,
        areas,
        area_wages,
        onet,
        education,
        reported_titles,
        interests,
        alternate_titles,
        technology,
        related,
        scorecard,
    })
}

impl At<'_> {
    /// The five annual wage percentiles of a row.
    fn annual(&self, raw: [&Option<String>; 5]) -> Result<[Option<i64>; 5], SeedError> {
        let mut out = [None; 5];
        for (i, v) in raw.iter().enumerate() {
            out[i] = self.count(ANNUAL[i], v.as_deref())?;
        }
        Ok(out)
    }

    /// BLS notes, each naming one of `columns` that is empty in this row;
    /// every empty one of `columns` must have a note.
    fn notes(&self, value: Option<&str>, columns: &[(&str, bool)]) -> Result<Notes, SeedError> {
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

fn read_projections(path: &Path) -> Result<Vec<Projected>, SeedError> {
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

fn read_sample_titles(path: &Path, careers: &HashSet<&str>) -> Result<Vec<JobTitle>, SeedError> {
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

fn read_national(path: &Path, careers: &HashSet<&str>) -> Result<Vec<NationalWage>, SeedError> {
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

fn read_states(path: &Path, careers: &HashSet<&str>) -> Result<Vec<StateWage>, SeedError> {
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

fn read_industries(path: &Path, careers: &HashSet<&str>) -> Result<Vec<IndustryWage>, SeedError> {
    let mut by_soc: HashMap<String, Vec<IndustryWage>> = HashMap::new();
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
        if level != INDUSTRY_LEVEL || !careers.contains(soc.as_str()) {
            return Ok(());
        }
        // Industries whose employment is not released cannot be ranked.
        let Some(employment) = employment else {
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
    Ok(out)
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

fn read_areas(path: &Path) -> Result<Vec<Area>, SeedError> {
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

fn read_area_wages(
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

#[derive(Deserialize)]
struct OnetRow {
    onet_code: String,
    soc: String,
    title: String,
    job_zone: Option<String>,
    data_level: Option<String>,
}

fn read_onet(path: &Path) -> Result<Vec<OnetOccupation>, SeedError> {
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
fn known(at: At<'_>, column: &str, code: &str, known: &HashSet<&str>) -> Result<String, SeedError> {
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

fn read_education(path: &Path, codes: &HashSet<&str>) -> Result<Vec<EducationShare>, SeedError> {
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

fn read_reported(path: &Path, codes: &HashSet<&str>) -> Result<Vec<JobTitle>, SeedError> {
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

fn read_alternate(path: &Path, codes: &HashSet<&str>) -> Result<Vec<JobTitle>, SeedError> {
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

fn read_technology(path: &Path, codes: &HashSet<&str>) -> Result<Vec<Technology>, SeedError> {
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

fn read_related(path: &Path, codes: &HashSet<&str>) -> Result<Vec<Related>, SeedError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Footnote;

    fn at() -> At<'static> {
        At {
            file: Path::new("x.csv"),
            line: 7,
        }
    }

    #[test]
    fn decimals_are_read_exactly() {
        let d = |v: &str, p| at().decimal("c", Some(v), p);
        assert_eq!(d("24.59", 2).ok(), Some(Some(2459)));
        assert_eq!(d("29.5", 2).ok(), Some(Some(2950)));
        assert_eq!(d("4.0", 1).ok(), Some(Some(40)));
        assert_eq!(d("-1.2", 1).ok(), Some(Some(-12)));
        assert_eq!(d("0", 1).ok(), Some(Some(0)));
        assert_eq!(d("", 1).ok(), Some(None));
        let err = d("4.05", 1).expect_err("two decimals where one is allowed");
        assert_eq!(err.field, "c");
        assert!(err.message.contains("(line 7)"), "{}", err.message);
        assert!(d("1e3", 2).is_err());
        assert!(d(".5", 2).is_err());
    }

    #[test]
    fn codes_are_checked() {
        assert!(at().soc("soc", "29-2072").is_ok());
        assert!(at().soc("soc", "292072").is_err());
        assert!(at().onet("c", "29-2072.00").is_ok());
        assert!(at().onet("c", "29-2072").is_err());
    }

    #[test]
    fn every_empty_figure_needs_its_footnote() {
        let n = at()
            .notes(
                Some("annual_median=5;employment=8"),
                &[("annual_median", false), ("employment", false)],
            )
            .expect("valid notes");
        assert_eq!(n.get("annual_median"), Some(Footnote::TopCoded));
        assert_eq!(n.to_text(), "annual_median=5;employment=8");
        let e = at()
            .notes(None, &[("annual_median", false)])
            .expect_err("an empty value without a note");
        assert_eq!(e.field, "annual_median");
        assert!(
            at().notes(Some("annual_median=7"), &[("annual_median", false)])
                .is_err()
        );
        assert!(
            at().notes(Some("annual_median=5"), &[("annual_median", true)])
                .is_err()
        );
        assert!(
            at().notes(Some("bogus=5"), &[("annual_median", true)])
                .is_err()
        );
    }
}
