//! The parameters of a career's list of programs: credential, order and
//! page.

use serde::Deserialize;
use utoipa::IntoParams;

use super::{PageNumber, StateCode, shown};
use crate::db::read::{Credential, ProgramSort};

/// Parameters of the API's list of a career's programs.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ProgramsParams {
    /// Two-letter state code: only institutions in that state.
    #[param(value_type = Option<String>, example = "CT")]
    pub state: StateCode,
    /// Only this credential: certificate, associate, bachelor,
    /// post-baccalaureate-certificate, master, graduate-certificate,
    /// doctoral, first-professional or non-credential.
    #[param(value_type = Option<String>, example = "associate")]
    pub credential: CredentialParam,
    /// Order within each credential: completers (most first, the
    /// default), earnings (highest first) or debt (least first).
    #[param(value_type = Option<String>, example = "earnings")]
    pub sort: ProgramSortParam,
    /// Page number, from 1; 25 programs a page.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: PageNumber,
}

/// `?credential=`: one Scorecard credential level by its slug
/// (`associate`); blank is every level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct CredentialParam(Option<Credential>);

impl CredentialParam {
    /// The level, if one was asked for.
    pub fn get(self) -> Option<Credential> {
        self.0
    }
}

impl From<Option<Credential>> for CredentialParam {
    fn from(c: Option<Credential>) -> Self {
        Self(c)
    }
}

impl TryFrom<String> for CredentialParam {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" => Ok(Self(None)),
            s => Credential::from_slug(s)
                .map(|c| Self(Some(c)))
                .ok_or_else(|| {
                    format!(
                        "“{}” is not a credential. Use one of: {}.",
                        shown(s, 40),
                        Credential::ALL.map(Credential::slug).join(", ")
                    )
                }),
        }
    }
}

/// `?sort=` of a list of programs: `completers` (the default), `earnings`
/// or `debt`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct ProgramSortParam(ProgramSort);

impl ProgramSortParam {
    /// The order.
    pub fn get(self) -> ProgramSort {
        self.0
    }

    /// Its value in addresses; `None` for the default.
    pub fn key(sort: ProgramSort) -> Option<&'static str> {
        match sort {
            ProgramSort::Completers => None,
            ProgramSort::Earnings => Some("earnings"),
            ProgramSort::Debt => Some("debt"),
        }
    }
}

impl TryFrom<String> for ProgramSortParam {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" | "completers" => Ok(Self(ProgramSort::Completers)),
            "earnings" => Ok(Self(ProgramSort::Earnings)),
            "debt" => Ok(Self(ProgramSort::Debt)),
            s => Err(format!(
                "“{}” is not a way to sort programs. Use completers, earnings or debt.",
                shown(s, 40)
            )),
        }
    }
}

/// How a career's list of programs is shown: the credential, the order
/// and the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProgramChoice {
    /// Only this credential.
    pub credential: Option<Credential>,
    /// The order.
    pub sort: ProgramSort,
    /// The page.
    pub page: PageNumber,
}
