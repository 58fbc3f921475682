//! Pay: an occupation's current figures, wages by state, area and
//! industry, and the salary figures pages quote.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::rows::{FigureDate, Published, Releases, Result, date, releases};
use crate::domain::Notes;

/// Wages published for one place (the nation, a state) or industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wages {
    /// Employment.
    pub employment: Published,
    /// Annual wage at the 10th, 25th, 50th, 75th and 90th percentiles
    /// (the 25th and 75th are not published by industry).
    pub annual: [Published; 5],
}

/// A career's occupation, with its current figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    /// SOC code.
    pub soc: String,
    /// The BLS title.
    pub title: String,
    /// National wages; `None` when BLS publishes no wage estimate for it.
    pub wages: Option<Wages>,
    /// Mean annual wage.
    pub annual_mean: Published,
    /// Median hourly wage, in cents.
    pub hourly_median: Published,
    /// Employment at the start and end of the projection period.
    pub employment_start: i64,
    /// Employment projected for the end of the period.
    pub employment_end: i64,
    /// Change over the period, as published.
    pub change: i64,
    /// Percent change in tenths of a per cent.
    pub percent_change_tenths: i64,
    /// Openings a year.
    pub annual_openings: i64,
    /// Typical education needed for entry.
    pub entry_education: String,
    /// Work experience in a related occupation.
    pub work_experience: String,
    /// Typical on-the-job training.
    pub on_the_job_training: String,
    /// O*NET job zone, 1-5.
    pub job_zone: Option<i64>,
    /// How many industries have the occupation's employment withheld.
    pub industries_withheld: i64,
    /// The O*NET occupations the career covers, the main one first.
    pub onet: Vec<OnetRef>,
    /// Releases of the figures.
    pub releases: Releases,
}

/// An O*NET occupation, by code and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnetRef {
    /// O*NET-SOC code.
    pub code: String,
    /// Title.
    pub title: String,
}

/// Wages in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateWages {
    /// Postal code.
    pub state: String,
    /// Name.
    pub name: String,
    /// The wages.
    pub wages: Wages,
}

/// Wages in one metropolitan or nonmetropolitan area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaWages {
    /// OEWS area code.
    pub code: String,
    /// Name.
    pub name: String,
    /// True for a metropolitan area.
    pub metropolitan: bool,
    /// The wages (10th, median and 90th percentiles only).
    pub wages: Wages,
}

/// A state or territory: (postal code, name).
pub type UsState = (String, String);

/// Pay in one chosen state: the state, its wages if BLS publishes them,
/// and its areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatePay {
    /// Postal code.
    pub code: String,
    /// Name.
    pub name: String,
    /// The state's wages for the career, if BLS publishes any.
    pub wages: Option<Wages>,
    /// Its metropolitan and nonmetropolitan areas with figures, by name.
    pub areas: Vec<AreaWages>,
}

/// Wages in one industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryWages {
    /// NAICS code.
    pub naics: String,
    /// Industry.
    pub title: String,
    /// The wages (10th, median and 90th percentiles only).
    pub wages: Wages,
}

/// A pay percentile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryPercentile {
    /// 1-99.
    pub percentile: i64,
    /// US dollars a year.
    pub amount: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// Median pay in an industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryByIndustry {
    /// Industry.
    pub industry: String,
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// The occupation's median pay for one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryMedian {
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Number employed, where given.
    pub employment: Option<i64>,
    /// Who the figure covers.
    pub scope: String,
    /// Source id.
    pub source: String,
}

/// Median pay in a city (or overall) at some years of experience.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryByCity {
    /// City, or `None` for the overall figure.
    pub city: Option<String>,
    /// The city's state.
    pub state: Option<String>,
    /// Years of experience.
    pub experience_years: i64,
    /// US dollars a year.
    pub median: i64,
    /// When.
    pub date: FigureDate,
    /// Source id.
    pub source: String,
}

/// The current figures of career `career_id`'s occupation, if it has one.
pub fn occupation(conn: &Connection, career_id: i64) -> Result<Option<Occupation>> {
    let Some(releases) = releases(conn)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT soc, title, in_oews, employment, annual_mean, annual_p10, annual_p25,
                annual_median, annual_p75, annual_p90, hourly_median_cents, notes,
                employment_start, employment_end, change, percent_change_tenths,
                annual_openings, entry_education, work_experience, on_the_job_training, job_zone,
                industries_withheld
         FROM occupation WHERE career_id = ?1",
    )?;
    let row = stmt
        .query_row([career_id], |r| {
            let notes = Notes::parse(&r.get::<_, String>(11)?).unwrap_or_default();
            let in_oews: bool = r.get(2)?;
            let p = |i: usize, column: &str| -> Result<Published> {
                Ok(Published::from_notes(r.get(i)?, &notes, column))
            };
            let wages = if in_oews {
                Some(Wages {
                    employment: p(3, "employment")?,
                    annual: [
                        p(5, "annual_p10")?,
                        p(6, "annual_p25")?,
                        p(7, "annual_median")?,
                        p(8, "annual_p75")?,
                        p(9, "annual_p90")?,
                    ],
                })
            } else {
                None
            };
            Ok(Occupation {
                soc: r.get(0)?,
                title: r.get(1)?,
                annual_mean: if in_oews {
                    p(4, "annual_mean")?
                } else {
                    Published::NotReleased
                },
                hourly_median: if in_oews {
                    p(10, "hourly_median")?
                } else {
                    Published::NotReleased
                },
                wages,
                employment_start: r.get(12)?,
                employment_end: r.get(13)?,
                change: r.get(14)?,
                percent_change_tenths: r.get(15)?,
                annual_openings: r.get(16)?,
                entry_education: r.get(17)?,
                work_experience: r.get(18)?,
                on_the_job_training: r.get(19)?,
                job_zone: r.get(20)?,
                industries_withheld: r.get(21)?,
                onet: Vec::new(),
                releases: releases.clone(),
            })
        })
        .optional()?;
    let Some(mut occupation) = row else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT code, title FROM onet_occupation WHERE career_id = ?1
         ORDER BY NOT data_level, substr(code, 9) <> '00', code",
    )?;
    occupation.onet = stmt
        .query_map([career_id], |r| {
            Ok(OnetRef {
                code: r.get(0)?,
                title: r.get(1)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(occupation))
}

/// Wages of one row of `state_wage` or `industry_wage`, from column
/// `first` on (employment, then the five or three percentiles), with the
/// row's notes.
fn wages(r: &Row<'_>, first: usize, percentiles: &[usize; 5], notes: &Notes) -> Result<Wages> {
    let columns = [
        "annual_p10",
        "annual_p25",
        "annual_median",
        "annual_p75",
        "annual_p90",
    ];
    let mut annual = [Published::NotReleased; 5];
    for (slot, (i, column)) in annual.iter_mut().zip(percentiles.iter().zip(columns)) {
        if *i > 0 {
            *slot = Published::from_notes(r.get(*i)?, notes, column);
        }
    }
    Ok(Wages {
        employment: Published::from_notes(r.get(first)?, notes, "employment"),
        annual,
    })
}

/// Every state and territory with wage figures: (code, name), by name.
pub fn us_states(conn: &Connection) -> Result<Vec<UsState>> {
    let mut stmt = conn.prepare_cached("SELECT code, name FROM us_state ORDER BY name")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// The name of the state or territory `code`, if BLS publishes wages for
/// it.
pub fn state_name(conn: &Connection, code: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM us_state WHERE code = ?1")?;
    stmt.query_row([code], |r| r.get(0)).optional()
}

/// Pay of career `career_id` in `state`: the state's wages and its areas'.
/// `None` when there is no such state.
pub fn state_pay(conn: &Connection, career_id: i64, state: &str) -> Result<Option<StatePay>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM us_state WHERE code = ?1")?;
    let Some(name) = stmt
        .query_row([state], |r| r.get::<_, String>(0))
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT employment, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, notes
         FROM state_wage WHERE career_id = ?1 AND state = ?2",
    )?;
    let state_wages = stmt
        .query_row(params![career_id, state], |r| {
            let notes = Notes::parse(&r.get::<_, String>(6)?).unwrap_or_default();
            wages(r, 0, &[1, 2, 3, 4, 5], &notes)
        })
        .optional()?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.code, a.name, a.metropolitan, w.employment, w.annual_p10, w.annual_median,
                w.annual_p90, w.notes
         FROM area_state s JOIN area a ON a.code = s.area_code
         JOIN area_wage w ON w.area_code = s.area_code AND w.career_id = ?1
         WHERE s.state = ?2 ORDER BY NOT a.metropolitan, a.name",
    )?;
    let areas = stmt
        .query_map(params![career_id, state], |r| {
            let notes = Notes::parse(&r.get::<_, String>(7)?).unwrap_or_default();
            Ok(AreaWages {
                code: r.get(0)?,
                name: r.get(1)?,
                metropolitan: r.get(2)?,
                wages: wages(r, 3, &[4, 0, 5, 0, 6], &notes)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(StatePay {
        code: state.to_string(),
        name,
        wages: state_wages,
        areas,
    }))
}

/// Current wages of career `career_id` in every state that has them.
pub fn state_wages(conn: &Connection, career_id: i64) -> Result<Vec<StateWages>> {
    let mut stmt = conn.prepare_cached(
        "SELECT state, state_name, employment, annual_p10, annual_p25, annual_median,
                annual_p75, annual_p90, notes
         FROM state_wage WHERE career_id = ?1 ORDER BY state_name",
    )?;
    stmt.query_map([career_id], |r| {
        let notes = Notes::parse(&r.get::<_, String>(8)?).unwrap_or_default();
        Ok(StateWages {
            state: r.get(0)?,
            name: r.get(1)?,
            wages: wages(r, 2, &[3, 4, 5, 6, 7], &notes)?,
        })
    })?
    .collect()
}

/// Current wages of career `career_id` in the industries employing the
/// most, biggest first.
pub fn industry_wages(conn: &Connection, career_id: i64) -> Result<Vec<IndustryWages>> {
    let mut stmt = conn.prepare_cached(
        "SELECT naics, title, employment, annual_p10, annual_median, annual_p90, notes
         FROM industry_wage WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        let notes = Notes::parse(&r.get::<_, String>(6)?).unwrap_or_default();
        Ok(IndustryWages {
            naics: r.get(0)?,
            title: r.get(1)?,
            wages: wages(r, 2, &[3, 0, 4, 0, 5], &notes)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay in different years, newest first.
pub fn salary_medians(conn: &Connection, career_id: i64) -> Result<Vec<SalaryMedian>> {
    let mut stmt = conn.prepare_cached(
        "SELECT median, year, period, year_estimated, employment, scope, source_id
         FROM salary_median WHERE career_id = ?1 ORDER BY year DESC, position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryMedian {
            median: r.get(0)?,
            date: FigureDate {
                year: r.get(1)?,
                period: r.get(2)?,
                estimated: r.get(3)?,
            },
            employment: r.get(4)?,
            scope: r.get(5)?,
            source: r.get(6)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s pay percentiles, newest first.
pub fn salary_percentiles(conn: &Connection, career_id: i64) -> Result<Vec<SalaryPercentile>> {
    let mut stmt = conn.prepare_cached(
        "SELECT percentile, amount, year, year_estimated, source_id FROM salary_percentile
         WHERE career_id = ?1 ORDER BY year DESC, source_id, percentile",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryPercentile {
            percentile: r.get(0)?,
            amount: r.get(1)?,
            date: date(r, 2, 3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay by industry, best paid first.
pub fn salary_by_industry(conn: &Connection, career_id: i64) -> Result<Vec<SalaryByIndustry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT industry, median, year, year_estimated, source_id FROM salary_by_industry
         WHERE career_id = ?1 ORDER BY median DESC, industry",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryByIndustry {
            industry: r.get(0)?,
            median: r.get(1)?,
            date: date(r, 2, 3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

/// Career `career_id`'s median pay by city and experience, in seed order.
pub fn salary_by_city(conn: &Connection, career_id: i64) -> Result<Vec<SalaryByCity>> {
    let mut stmt = conn.prepare_cached(
        "SELECT city, state, experience_years, median, year, year_estimated, source_id
         FROM salary_by_city WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryByCity {
            city: r.get(0)?,
            state: r.get(1)?,
            experience_years: r.get(2)?,
            median: r.get(3)?,
            date: date(r, 4, 5)?,
            source: r.get(6)?,
        })
    })?
    .collect()
}
