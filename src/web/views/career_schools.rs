//! The schools that train for a career, as the training page lists them,
//! with the towns to filter them by.

use crate::db::read::{School, TownFilter};
use crate::domain::Lang;
use crate::web::format;
use crate::web::page::Citer;
use crate::web::urls::{self, CareerUrls};

/// A school row.
#[derive(Debug, Clone)]
pub struct SchoolRow {
    /// Name.
    pub name: String,
    /// Town.
    pub town: String,
    /// State name.
    pub state: String,
    /// Source number.
    pub cite: usize,
    /// The Scorecard institution it is: (address, name).
    pub institution: Option<(String, String)>,
    /// The institution it is now part of: (address, name).
    pub now_part_of: Option<(String, String)>,
}

/// A choice in the town filter.
#[derive(Debug, Clone)]
pub struct TownChoice {
    /// Town name.
    pub name: String,
    /// Link to the filtered view.
    pub href: String,
    /// True when it is the town shown.
    pub selected: bool,
}

impl SchoolRow {
    /// Every school listed, citing their sources.
    pub fn all(lang: Lang, schools: &[School], citer: &mut Citer) -> Vec<Self> {
        schools
            .iter()
            .map(|s| SchoolRow {
                name: s.name.clone(),
                town: s.town.clone(),
                state: format::state_name(&s.state).to_string(),
                cite: citer.cite(&s.source),
                institution: s
                    .institution
                    .as_ref()
                    .map(|i| (urls::institution(lang, &i.unitid), i.name.clone())),
                now_part_of: s
                    .institution
                    .as_ref()
                    .and_then(|i| i.merged_into.as_ref())
                    .map(|(id, name)| (urls::institution(lang, id), name.clone())),
            })
            .collect()
    }
}

/// The town filter of the schools table.
#[derive(Debug, Clone)]
pub struct TownFilterView {
    /// Towns to choose from.
    pub towns: Vec<TownChoice>,
    /// The town shown, if filtered.
    pub town: Option<String>,
    /// A town that was asked for but has no school.
    pub unknown_town: Option<String>,
}

impl TownFilterView {
    /// The choice of `towns` as `filter` leaves it, linking on `urls`.
    pub fn new(towns: &[String], filter: &TownFilter, urls: &CareerUrls) -> Self {
        let (town, unknown_town) = match filter {
            TownFilter::All => (None, None),
            TownFilter::Town(t) => (Some(t.clone()), None),
            TownFilter::Unknown(t) => (None, Some(t.clone())),
        };
        let towns = towns
            .iter()
            .map(|t| TownChoice {
                name: t.clone(),
                href: urls.clone().schools_in(Some(t)),
                selected: town.as_deref() == Some(t.as_str()),
            })
            .collect();
        Self {
            towns,
            town,
            unknown_town,
        }
    }
}
