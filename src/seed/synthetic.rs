//! A generator of synthetic seeds for scale tests and benchmarks.
//!
//! Every career, school and source it writes says "Synthetic" in its name,
//! the one source says the data is made up, and the folder gets a README
//! saying the same. It refuses to write into a folder that is not empty,
//! so it can never be mixed into `seed/`.

use std::path::Path;

use super::model::*;

const WORDS: [&str; 20] = [
    "Harbor", "Solar", "Quarry", "Textile", "Orchard", "Signal", "Granite", "Library", "Bridge",
    "Canyon", "Meadow", "Circuit", "Foundry", "Glacier", "Lantern", "Marble", "Nectar", "Prairie",
    "Rapids", "Timber",
];
const ROLES: [&str; 10] = [
    "Analyst",
    "Technician",
    "Planner",
    "Inspector",
    "Assistant",
    "Designer",
    "Operator",
    "Coordinator",
    "Specialist",
    "Mechanic",
];
const STATES: [&str; 10] = ["CT", "NY", "MA", "TX", "CA", "FL", "IL", "WA", "GA", "OH"];

/// Why the generator stopped.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The output folder already holds files.
    #[error("{0} is not empty: choose a new folder for synthetic data")]
    NotEmpty(std::path::PathBuf),
    /// Writing failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or folder.
        path: std::path::PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Serialising a career failed.
    #[error("cannot write a career as TOML: {0}")]
    Toml(#[from] toml::ser::Error),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> GenerateError + '_ {
    move |source| GenerateError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Slug of synthetic career `i` (from 0).
pub fn career_slug(i: usize) -> String {
    format!("synthetic-career-{i:05}")
}

/// Title of synthetic career `i`.
pub fn career_title(i: usize) -> String {
    format!(
        "Synthetic {} {} {i:05}",
        WORDS[i % WORDS.len()],
        ROLES[(i / WORDS.len()) % ROLES.len()]
    )
}

/// Writes a seed of `careers` careers sharing `schools` schools into `dir`
/// (created if missing; it must be empty).
pub fn write(dir: &Path, careers: usize, schools: usize) -> Result<(), GenerateError> {
    if dir.exists() && std::fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(GenerateError::NotEmpty(dir.to_path_buf()));
    }
    let careers_dir = dir.join("careers");
    std::fs::create_dir_all(&careers_dir).map_err(io(&careers_dir))?;
    let readme = dir.join("README.txt");
    std::fs::write(
        &readme,
        format!(
            "SYNTHETIC DATA: {careers} made-up careers and {schools} made-up schools, written by\n\
             `careerguide generate` for scale tests and benchmarks. None of it is true.\n\
             Never copy these files into seed/.\n"
        ),
    )
    .map_err(io(&readme))?;
    let sources = SourcesFile {
        source: vec![Source {
            id: "synthetic".to_string(),
            publisher: "Synthetic test data (made up, not facts)".to_string(),
            reported_in: "careerguide generate".to_string(),
            note: Some("Generated for scale tests and benchmarks.".to_string()),
        }],
    };
    let path = dir.join("sources.toml");
    std::fs::write(&path, toml::to_string(&sources)?).map_err(io(&path))?;

    let careers = careers.max(1);
    for i in 0..careers {
        let career = career(i, careers, schools);
        let path = careers_dir.join(format!("{}.toml", career.slug));
        let text = format!(
            "# SYNTHETIC DATA for scale tests: not a real career.\n{}",
            toml::to_string(&career)?
        );
        std::fs::write(&path, text).map_err(io(&path))?;
    }
    Ok(())
}

fn text(s: &str) -> TextSection {
    TextSection {
        sources: vec!["synthetic".to_string()],
        text: s.to_string(),
    }
}

fn list(items: Vec<String>) -> ListSection {
    ListSection {
        sources: vec!["synthetic".to_string()],
        items,
    }
}

/// A synthetic education ladder: a minimum and a certificate.
fn education() -> Vec<Education> {
    let src = || "synthetic".to_string();
    vec![
        Education {
            key: "minimum".to_string(),
            title: "High school diploma".to_string(),
            duration: None,
            text: "Synthetic minimum.".to_string(),
            source: src(),
        },
        Education {
            key: "certificate".to_string(),
            title: "Synthetic certificate".to_string(),
            duration: Some("One year".to_string()),
            text: "Synthetic certificate program.".to_string(),
            source: src(),
        },
    ]
}

/// Every school `j` where `j % count == i`.
fn schools_of(i: usize, count: usize, schools: usize) -> Vec<School> {
    let src = || "synthetic".to_string();
    (0..schools)
        .skip(i)
        .step_by(count)
        .map(|j| School {
            name: format!("Synthetic School {j:06}"),
            town: format!("Synthtown {:04}", j % 1000),
            state: STATES[j % STATES.len()].to_string(),
            source: src(),
        })
        .collect()
}

/// Three percentiles around `base`.
fn percentiles(base: u32) -> Vec<SalaryPercentile> {
    let src = || "synthetic".to_string();
    [(10, 0), (50, 10_000), (90, 25_000)]
        .into_iter()
        .map(|(p, add)| SalaryPercentile {
            percentile: p,
            amount: base + add,
            year: 2025,
            year_estimated: false,
            source: src(),
        })
        .collect()
}

/// One city at one and at five years of experience.
fn cities(base: u32) -> Vec<SalaryByCity> {
    let src = || "synthetic".to_string();
    [
        ("Synthcity", "Texas", 1, 0),
        ("Synthcity", "Texas", 5, 8_000),
    ]
    .into_iter()
    .map(|(city, state, years, add)| SalaryByCity {
        city: Some(city.to_string()),
        state: Some(state.to_string()),
        experience_years: years,
        median: base + add,
        year: 2025,
        year_estimated: false,
        source: src(),
    })
    .collect()
}

/// Synthetic career `i` of `count`, with every school `j` where
/// `j % count == i`.
fn career(i: usize, count: usize, schools: usize) -> Career {
    let title = career_title(i);
    let word = WORDS[i % WORDS.len()];
    let role = ROLES[(i / WORDS.len()) % ROLES.len()];
    let src = || "synthetic".to_string();
    let n = u32::try_from(i).unwrap_or(u32::MAX);
    let base = 30_000 + (n % 50) * 500;
    Career {
        slug: career_slug(i),
        title: title.clone(),
        soc: None,
        occupation_group: format!("Synthetic {role}s"),
        data_as_of: "2026-01-01".to_string(),
        summary: format!(
            "{title} is made-up data for scale tests: a {} who works with {} things.",
            role.to_lowercase(),
            word.to_lowercase()
        ),
        work: text(&format!(
            "Synthetic work description for {title}. It exists only to test how the site behaves with many careers."
        )),
        duties: list(vec![
            format!("Inspect {} equipment", word.to_lowercase()),
            format!("Write {} reports", role.to_lowercase()),
            "Keep synthetic records up to date".to_string(),
        ]),
        skills: list(vec![
            format!("Knowledge of {} systems", word.to_lowercase()),
            "Attention to detail".to_string(),
        ]),
        work_settings: list(vec!["Synthetic offices".to_string()]),
        work_hours: text("Synthetic office hours."),
        trend: vec![Trend {
            title: "Synthetic trend".to_string(),
            text: "Nothing real changes here.".to_string(),
            source: src(),
        }],
        alternate_title: vec![AlternateTitle {
            title: format!("Synthetic {word} {role} aide {i:05}"),
            kind: "also-called".to_string(),
            source: src(),
        }],
        similar_occupation: vec![SimilarOccupation {
            title: career_title((i + 1) % count),
            source: src(),
        }],
        education: education(),
        coursework: list(vec!["Synthetic studies".to_string()]),
        school: schools_of(i, count, schools),
        certification_body: vec![CertificationBody {
            abbreviation: "SYN".to_string(),
            name: "Synthetic Certification Board".to_string(),
            source: src(),
        }],
        certification: vec![Certification {
            abbreviation: Some(format!("S{}", &role[..3].to_uppercase())),
            name: format!("Synthetic Certified {role}"),
            body: "SYN".to_string(),
            text: None,
            source: src(),
        }],
        certification_notes: CertificationNotes {
            sources: vec![src()],
            text: "Synthetic certification notes.".to_string(),
            renewal_years: 2,
            renewal_source: src(),
        },
        licensing: vec![Licensing {
            state: "CT".to_string(),
            required: false,
            text: "Synthetic: no licence.".to_string(),
            source: src(),
        }],
        salary_percentile: percentiles(base),
        salary_by_industry: vec![SalaryByIndustry {
            industry: "Synthetic industry".to_string(),
            median: base + 9_000,
            year: 2025,
            year_estimated: false,
            source: src(),
        }],
        salary_median: vec![SalaryMedian {
            median: base + 10_000,
            year: 2025,
            period: None,
            year_estimated: false,
            employment: Some(1_000 + n),
            scope: "Synthetic workers".to_string(),
            source: src(),
        }],
        salary_by_city: cities(base),
        projection: vec![Projection {
            start_year: 2024,
            end_year: 2034,
            growth_percent: i16::try_from(n % 15).unwrap_or(0) - 3,
            pace: None,
            employment_start: None,
            employment_end: None,
            new_jobs: None,
            occupation_group: format!("Synthetic {role}s"),
            source: src(),
        }],
        learn_more: vec![],
    }
}
