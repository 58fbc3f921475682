//! The College Scorecard's programs (institution × four-digit field of
//! study × credential) and the CIP 2020 to SOC 2018 crosswalk that links
//! fields of study to occupations. Every value is checked; an empty one is
//! a figure the Department of Education withholds, never 0.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::SeedError;
use super::csv_rows::{At, read_csv};

/// Who runs an institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// Public.
    Public,
    /// Private, nonprofit.
    Nonprofit,
    /// Private, for-profit.
    ForProfit,
}

impl Control {
    /// Its code in the database.
    pub fn code(self) -> i64 {
        match self {
            Control::Public => 1,
            Control::Nonprofit => 2,
            Control::ForProfit => 3,
        }
    }
}

/// An institution, as its programs' rows describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    /// IPEDS unit id, six digits.
    pub unitid: String,
    /// Federal Student Aid identifier, six digits; institutions that
    /// merged share it.
    pub opeid6: String,
    /// Name.
    pub name: String,
    /// Postal code of its state; `None` when the Scorecard no longer lists
    /// it (closed or merged).
    pub state: Option<String>,
    /// Who runs it.
    pub control: Control,
}

/// When earnings were measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizon {
    /// One year after completion.
    OneYear,
    /// Four years after completion.
    FourYears,
}

impl Horizon {
    /// Years after completion.
    pub fn years(self) -> i64 {
        match self {
            Horizon::OneYear => 1,
            Horizon::FourYears => 4,
        }
    }
}

/// One program: a field of study at a credential level at an institution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// The institution's unit id.
    pub unitid: String,
    /// Four-digit CIP 2020 field ("5107" for 51.07).
    pub cip4: String,
    /// Credential level as the Scorecard codes it (1 certificate, 2
    /// associate, 3 bachelor's, ... 99 non-credential).
    pub credential: i64,
    /// Completers, if published.
    pub completers: Option<i64>,
    /// Median earnings of completers, dollars a year, if published.
    pub earnings: Option<i64>,
    /// When those earnings were measured.
    pub horizon: Option<Horizon>,
    /// Median debt of completers, dollars, if published.
    pub debt: Option<i64>,
}

/// A four-digit field of study and its CIP title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudyField {
    /// Four digits, no dot.
    pub cip4: String,
    /// Title as the Scorecard gives it, without its closing period.
    pub title: String,
}

/// A field of study that prepares for an occupation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldLink {
    /// Four-digit CIP 2020 field.
    pub cip4: String,
    /// SOC 2018 code.
    pub soc: String,
}

/// Credential levels the Scorecard uses.
pub const CREDENTIALS: [i64; 9] = [1, 2, 3, 4, 5, 6, 7, 8, 99];

/// Everything read from the Scorecard file and the crosswalk.
#[derive(Debug, Clone, Default)]
pub struct Scorecard {
    /// Institutions, by unit id.
    pub institutions: Vec<Institution>,
    /// Programs, in file order.
    pub programs: Vec<Program>,
    /// Fields of study, by code.
    pub fields: Vec<StudyField>,
    /// Field-occupation links of the crosswalk, each once.
    pub links: Vec<FieldLink>,
}

#[derive(Deserialize)]
struct ProgramRow {
    unitid: String,
    opeid6: String,
    inst_name: String,
    state: Option<String>,
    control: String,
    cip_code: String,
    cip_desc: String,
    credential_level: String,
    completers_count: Option<String>,
    earnings: Option<String>,
    earnings_horizon: Option<String>,
    debt_median: Option<String>,
}

/// `value` when it is exactly `n` ASCII digits.
fn digits(at: At<'_>, column: &str, value: &str, n: usize) -> Result<String, SeedError> {
    let v = value.trim();
    if v.len() == n && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(v.to_string())
    } else {
        Err(at.err(column, format!("`{v}` is not {n} digits")))
    }
}

/// Reads the programs file and the crosswalk.
pub fn load(programs: &Path, crosswalk: &Path) -> Result<Scorecard, SeedError> {
    let mut out = Scorecard::default();
    let mut institutions: HashMap<String, Institution> = HashMap::new();
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut seen: HashSet<(String, String, i64)> = HashSet::new();
    read_csv(programs, |at, r: ProgramRow| {
        let unitid = digits(at, "unitid", &r.unitid, 6)?;
        let state = match r.state.as_deref().map(str::trim).unwrap_or("") {
            "" => None,
            s if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) => Some(s.to_string()),
            s => return Err(at.err("state", format!("`{s}` is not a postal code like CT"))),
        };
        let control = match r.control.trim() {
            "Public" => Control::Public,
            "Private, nonprofit" => Control::Nonprofit,
            "Private, for-profit" => Control::ForProfit,
            other => {
                return Err(at.err(
                    "control",
                    format!("`{other}` is not Public, Private, nonprofit or Private, for-profit"),
                ));
            }
        };
        let institution = Institution {
            opeid6: digits(at, "opeid6", &r.opeid6, 6)?,
            name: at.text("inst_name", &r.inst_name)?,
            state,
            control,
            unitid: unitid.clone(),
        };
        match institutions.get(&unitid) {
            Some(known) if *known != institution => {
                return Err(at.err(
                    "unitid",
                    format!("`{unitid}` is described differently on an earlier line"),
                ));
            }
            Some(_) => {}
            None => {
                institutions.insert(unitid.clone(), institution);
            }
        }
        let cip4 = digits(at, "cip_code", &r.cip_code, 4)?;
        let title = at.text("cip_desc", &r.cip_desc)?;
        fields
            .entry(cip4.clone())
            .or_insert_with(|| title.trim_end_matches('.').to_string());
        let credential = at.required_int("credential_level", Some(&r.credential_level))?;
        if !CREDENTIALS.contains(&credential) {
            return Err(at.err(
                "credential_level",
                format!("`{credential}` is not a Scorecard credential level (1-8 or 99)"),
            ));
        }
        if !seen.insert((unitid.clone(), cip4.clone(), credential)) {
            return Err(at.err(
                "cip_code",
                format!("institution {unitid} has field {cip4} at level {credential} twice"),
            ));
        }
        let earnings = at.count("earnings", r.earnings.as_deref())?;
        let horizon = match r.earnings_horizon.as_deref().map(str::trim).unwrap_or("") {
            "" => None,
            "1yr_after_completion" => Some(Horizon::OneYear),
            "4yr_after_completion" => Some(Horizon::FourYears),
            other => {
                return Err(at.err(
                    "earnings_horizon",
                    format!("`{other}` is not 1yr_after_completion or 4yr_after_completion"),
                ));
            }
        };
        if earnings.is_some() != horizon.is_some() {
            return Err(at.err(
                "earnings_horizon",
                "must be given exactly when earnings are",
            ));
        }
        out.programs.push(Program {
            unitid,
            cip4,
            credential,
            completers: at.count("completers_count", r.completers_count.as_deref())?,
            earnings,
            horizon,
            debt: at.count("debt_median", r.debt_median.as_deref())?,
        });
        Ok(())
    })?;
    out.institutions = institutions.into_values().collect();
    out.institutions.sort_by(|a, b| a.unitid.cmp(&b.unitid));
    out.fields = fields
        .into_iter()
        .map(|(cip4, title)| StudyField { cip4, title })
        .collect();
    out.fields.sort_by(|a, b| a.cip4.cmp(&b.cip4));
    out.links = read_crosswalk(crosswalk)?;
    Ok(out)
}

#[derive(Deserialize)]
struct CrosswalkRow {
    cip2020_code: Option<String>,
    soc2018_code: Option<String>,
}

/// The crosswalk's field-occupation pairs at four CIP digits, each once;
/// rows with no field or no occupation link nothing.
fn read_crosswalk(path: &Path) -> Result<Vec<FieldLink>, SeedError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    read_csv(path, |at, r: CrosswalkRow| {
        let cip = r.cip2020_code.as_deref().map(str::trim).unwrap_or("");
        let soc = r.soc2018_code.as_deref().map(str::trim).unwrap_or("");
        if cip.is_empty() || soc.is_empty() {
            return Ok(());
        }
        let b = cip.as_bytes();
        let ok = b.len() == 7
            && b[2] == b'.'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit());
        if !ok {
            return Err(at.err(
                "cip2020_code",
                format!("`{cip}` is not a CIP code like 51.0713"),
            ));
        }
        let link = FieldLink {
            cip4: format!("{}{}", &cip[..2], &cip[3..5]),
            soc: at.soc("soc2018_code", soc)?,
        };
        if seen.insert(link.clone()) {
            out.push(link);
        }
        Ok(())
    })?;
    Ok(out)
}
