//! The public datasets in `seed/datasets/`: BLS wages (OEWS), BLS
//! employment projections and O*NET (with its 29.3 ratings, `profile`), read from the CSV files that
//! `datasets.toml` names and checked row by row.
//!
//! Every value is kept as published: counts and dollars as integers,
//! hourly wages in cents, percent changes in tenths (BLS prints one
//! decimal), O*NET's percentages as the text it prints. A value BLS
//! withholds stays empty, with its footnote code. A malformed row is a
//! [`SeedError`] naming the file, the column and the line.

mod oews;
mod onet;
mod profile;
mod projections;
mod soc;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use oews::{Area, AreaWage, IndustryWage, NationalWage, StateWage};
pub use onet::{EducationShare, OnetOccupation, Related, Technology};
pub use profile::{Rating, Tool, VALUE_ELEMENTS, ValueHighPoints};
pub use projections::Projected;

use super::interests::{self, InterestProfile};
use super::scorecard::{self, Scorecard};
use super::{SeedError, parse_file};
use crate::domain::ElementKind;
use crate::domain::sources::{
    CROSSWALK, OEWS, ONET, ONET_PROFILE, ONET_RELATED, ONET_TITLES, PROJECTIONS, SCORECARD,
    SOC_TITLES,
};
use oews::{read_area_wages, read_areas, read_industries, read_national, read_states};
use onet::{
    read_alternate, read_education, read_onet, read_related, read_reported, read_technology,
};
use projections::{read_projections, read_sample_titles};

/// How many industries are kept per occupation: those employing the most.
pub const TOP_INDUSTRIES: usize = 10;

/// The OEWS industry level kept: NAICS 4-digit industries (and the OEWS
/// groupings at that level). Levels overlap, so only one is used, and
/// its ownership designations are left out as they overlap it too.
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
    /// O*NET 29.3: skills, knowledge, work styles, work values, tools.
    pub onet_profile: OnetProfileFiles,
    /// College Scorecard programs.
    pub scorecard: ScorecardFiles,
    /// Fields of study to occupations.
    pub crosswalk: CrosswalkFiles,
    /// The SOC's direct-match titles.
    pub soc: SocFiles,
}

/// `[soc]` in `datasets.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocFiles {
    /// The titles the SOC files under each detailed occupation.
    pub direct_match_titles: String,
    /// About the dataset.
    pub about: About,
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

/// O*NET 29.3's ratings of what each occupation takes, and its tools.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetProfileFiles {
    /// Skills: importance and level.
    pub skills: String,
    /// Knowledge: importance and level.
    pub knowledge: String,
    /// Work styles: importance.
    pub work_styles: String,
    /// Work values: extent and high points.
    pub work_values: String,
    /// Tools used.
    pub tools: String,
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
    pub fn abouts(&self) -> [(&'static str, &About); 9] {
        [
            (OEWS, &self.oews.about),
            (PROJECTIONS, &self.projections.about),
            (ONET, &self.onet.about),
            (ONET_TITLES, &self.onet_titles.about),
            (ONET_RELATED, &self.onet_related.about),
            (ONET_PROFILE, &self.onet_profile.about),
            (SCORECARD, &self.scorecard.about),
            (CROSSWALK, &self.crosswalk.about),
            (SOC_TITLES, &self.soc.about),
        ]
    }
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
    /// The SOC's direct-match titles of the careers.
    pub direct_titles: Vec<JobTitle>,
    /// National wages of the projected occupations, the major groups and
    /// all occupations.
    pub national: Vec<NationalWage>,
    /// Wages by state, projected occupations only.
    pub states: Vec<StateWage>,
    /// Wages in the industries that employ the most, per occupation.
    pub industries: Vec<IndustryWage>,
    /// Occupation code to how many of its industries have their employment
    /// withheld, at the same level.
    pub industries_withheld: HashMap<String, i64>,
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
    /// O*NET 29.3 ratings: skills, knowledge, work styles, work values.
    pub ratings: Vec<Rating>,
    /// Work value high points.
    pub value_high_points: Vec<ValueHighPoints>,
    /// Tools used.
    pub tools: Vec<Tool>,
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
    let direct_titles =
        soc::read_direct_titles(&file(&manifest.soc.direct_match_titles), &careers)?;
    let national = read_national(&file(&manifest.oews.national), &careers)?;
    let states = read_states(&file(&manifest.oews.state), &careers)?;
    let industries = read_industries(&file(&manifest.oews.industry), &careers)?;
    let (industries_withheld, industries) = (industries.withheld, industries.top);
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
    let p = &manifest.onet_profile;
    let mut ratings = Vec::new();
    for (name, kind) in [
        (&p.skills, ElementKind::Skill),
        (&p.knowledge, ElementKind::Knowledge),
        (&p.work_styles, ElementKind::Style),
    ] {
        ratings.extend(profile::read_ratings(&file(name), kind, &onet_codes)?);
    }
    let (values, value_high_points) = profile::read_values(&file(&p.work_values), &onet_codes)?;
    ratings.extend(values);
    let tools = profile::read_tools(&file(&p.tools), &onet_codes)?;
    let scorecard = scorecard::load(
        &file(&manifest.scorecard.programs),
        &file(&manifest.crosswalk.cip_soc),
    )?;
    Ok(Datasets {
        dir: dir.to_path_buf(),
        manifest,
        projections,
        sample_titles,
        direct_titles,
        national,
        states,
        industries,
        industries_withheld,
        areas,
        area_wages,
        onet,
        education,
        reported_titles,
        interests,
        alternate_titles,
        technology,
        related,
        ratings,
        value_high_points,
        tools,
        scorecard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Footnote;
    use crate::seed::csv_rows::At;

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
