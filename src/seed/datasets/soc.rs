//! The SOC's direct-match titles (`soc-2018/direct-match-titles.csv`).

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use super::JobTitle;
use crate::seed::SeedError;
use crate::seed::csv_rows::read_csv;

/// The columns used; the SOC's own title and its example flag are not.
#[derive(Deserialize)]
struct DirectTitleRow {
    soc: String,
    direct_match_title: String,
}

/// The titles of the occupations that are careers here; the others (BLS
/// projects some occupations only as a group) are left out.
pub(super) fn read_direct_titles(
    path: &Path,
    careers: &HashSet<&str>,
) -> Result<Vec<JobTitle>, SeedError> {
    let mut out = Vec::new();
    read_csv(path, |at, r: DirectTitleRow| {
        let soc = at.soc("soc", &r.soc)?;
        let title = at.text("direct_match_title", &r.direct_match_title)?;
        if careers.contains(soc.as_str()) {
            out.push(JobTitle {
                code: soc,
                title,
                short: None,
                common: true,
            });
        }
        Ok(())
    })?;
    Ok(out)
}
