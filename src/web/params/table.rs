//! The CSV downloads of a career's tables: which table, and its filters.

use serde::Deserialize;

use super::{
    CredentialParam, Form, FormErrors, ProgramSortParam, RawQuery, SortKey, StateCode, Town, shown,
};
use crate::db::read::ProgramSort;
use crate::web::error::{AppError, AppResult};

/// A data table that downloads as CSV, by its file name
/// (`/careers/{slug}/{table}.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Current national pay (BLS).
    Pay,
    /// Current pay by state (BLS).
    PayByState,
    /// Current pay in the industries employing the most (BLS).
    PayByIndustry,
    /// Current pay in one state and its areas (BLS; `?state=`).
    PayByArea,
    /// O*NET's shares of workers by level of education.
    EducationLevels,
    /// Pay percentiles.
    SalaryPercentiles,
    /// Median pay by industry.
    SalaryByIndustry,
    /// Median pay by city and experience.
    SalaryByCity,
    /// Median pay in different years.
    SalaryMedians,
    /// Employment projections.
    Outlook,
    /// Schools.
    Schools,
    /// Certifications.
    Certifications,
    /// College Scorecard programs in the career's fields of study.
    Programs,
}

impl Table {
    /// Every table, in the order pages show them.
    pub const ALL: [Table; 13] = [
        Table::Pay,
        Table::PayByState,
        Table::PayByIndustry,
        Table::PayByArea,
        Table::EducationLevels,
        Table::SalaryPercentiles,
        Table::SalaryByIndustry,
        Table::SalaryByCity,
        Table::SalaryMedians,
        Table::Outlook,
        Table::Schools,
        Table::Certifications,
        Table::Programs,
    ];

    /// Its file name without `.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Pay => "pay",
            Table::PayByState => "pay-by-state",
            Table::PayByIndustry => "pay-by-industry",
            Table::PayByArea => "pay-by-area",
            Table::EducationLevels => "education-levels",
            Table::SalaryPercentiles => "salary-percentiles",
            Table::SalaryByIndustry => "salary-by-industry",
            Table::SalaryByCity => "salary-by-city",
            Table::SalaryMedians => "salary-medians",
            Table::Outlook => "outlook",
            Table::Schools => "schools",
            Table::Certifications => "certifications",
            Table::Programs => "programs",
        }
    }

    /// The table called `name`; a 404 listing the tables when there is none.
    pub fn from_name(name: &str) -> Result<Self, AppError> {
        Self::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .ok_or_else(|| {
                AppError::NotFound(format!(
                    "There is no table called “{}” to download. The tables are: {}.",
                    shown(name, 40),
                    Self::ALL.map(Table::name).join(", ")
                ))
            })
    }
}

/// Parameters of a CSV download: the same filters as the pages.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DownloadParams {
    /// Sort order of the city table or the programs.
    pub sort: SortKey,
    /// Credential of the programs.
    pub credential: CredentialParam,
    /// Town filter of the schools table.
    pub town: Town,
    /// The state of the table of areas.
    pub state: StateCode,
}

/// A CSV download's form: the table named in the address, and the
/// filters that table takes, checked.
#[derive(Debug)]
pub struct DownloadForm {
    /// The table.
    pub table: Table,
    /// The filters as asked.
    pub params: DownloadParams,
    /// The order of the programs (`?sort=` of that table).
    pub program_sort: ProgramSort,
}

impl Form for DownloadForm {
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)> {
        let params: DownloadParams = raw.deserialize()?;
        let table = Table::from_name(raw.segment("table").unwrap_or_default())?;
        let mut errors = FormErrors::default();
        let mut program_sort = ProgramSort::default();
        match table {
            Table::PayByArea if params.state.get().is_none() => errors.push(
                "state",
                "Say which state's areas to download, for example ?state=CT.".to_string(),
            ),
            Table::Programs => {
                let sort = params.sort.get().unwrap_or_default().to_string();
                match ProgramSortParam::try_from(sort) {
                    Ok(s) => program_sort = s.get(),
                    Err(m) => errors.push("sort", m),
                }
            }
            _ => {}
        }
        let form = Self {
            table,
            params,
            program_sort,
        };
        Ok((form, errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_found_by_file_name() {
        for t in Table::ALL {
            assert_eq!(Table::from_name(t.name()).ok(), Some(t));
        }
        match Table::from_name("nothing") {
            Err(AppError::NotFound(m)) => assert!(m.contains("salary-percentiles"), "{m}"),
            other => panic!("expected a 404, got {other:?}"),
        }
    }
}
