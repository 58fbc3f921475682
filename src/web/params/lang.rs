//! `?lang=`: the language of the API's texts.

use serde::Deserialize;
use utoipa::IntoParams;

use super::shown;
use crate::domain::Lang;

/// `?lang=`: `en` (the default) or `es`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct LangCode(Lang);

impl LangCode {
    /// The language asked for.
    pub fn get(self) -> Lang {
        self.0
    }
}

impl TryFrom<String> for LangCode {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        match raw.trim() {
            "" => Ok(Self::default()),
            s => Lang::from_code(&s.to_ascii_lowercase())
                .map(Self)
                .ok_or_else(|| {
                    format!(
                        "“{}” is not a language of this site: use en (English) or es (Spanish).",
                        shown(s, 20)
                    )
                }),
        }
    }
}

/// The API's language parameter, alone (a career's record).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct LangParams {
    /// The language of titles and descriptions: en (default) or es.
    #[param(value_type = Option<String>)]
    pub lang: LangCode,
}
