//! The ids of the public datasets that figures cite, as `seed/datasets/datasets.toml`
//! names them.

/// The id of the OEWS source, which wage figures cite.
pub const OEWS: &str = "bls-oews";
/// The id of the projections source.
pub const PROJECTIONS: &str = "bls-projections";
/// The id of the O*NET 30.2 source (titles, job zones, education).
pub const ONET: &str = "onet";
/// The id of the O*NET 30.0 source (alternate titles, technology).
pub const ONET_TITLES: &str = "onet-titles";
/// The id of the O*NET 29.x source (related occupations).
pub const ONET_RELATED: &str = "onet-related";
/// The id of the College Scorecard source.
pub const SCORECARD: &str = "college-scorecard";
/// The id of the CIP to SOC crosswalk.
pub const CROSSWALK: &str = "cip-soc";
/// The id of the O*NET 29.3 source (skills, knowledge, work styles, work
/// values, tools).
pub const ONET_PROFILE: &str = "onet-profile";
/// The id of the SOC direct-match titles (searched, not shown).
pub const SOC_TITLES: &str = "soc-titles";
