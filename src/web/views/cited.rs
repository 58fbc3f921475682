//! Small pieces of career text that carry the number of their source, as
//! the overview and the sheet show them.

use crate::db::read::LearnMore;
use crate::web::page::Citer;

/// A piece of text with the number of its source.
#[derive(Debug, Clone)]
pub struct CitedText {
    /// The text.
    pub text: String,
    /// Source number on the page.
    pub cite: usize,
}

/// An organisation to learn more from.
#[derive(Debug, Clone)]
pub struct LearnMoreView {
    /// Name.
    pub name: String,
    /// Address lines.
    pub address: Vec<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Phone number for a `tel:` link (digits only).
    pub phone_digits: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// Source number.
    pub cite: usize,
}

impl LearnMoreView {
    /// Shows `l`, citing its source.
    pub fn new(l: &LearnMore, citer: &mut Citer) -> Self {
        Self {
            name: l.name.clone(),
            address: l.address.clone(),
            phone: l.phone.clone(),
            phone_digits: l.phone.as_ref().map(|p| {
                let digits: String = p.chars().filter(char::is_ascii_digit).collect();
                if digits.len() == 10 {
                    format!("+1{digits}")
                } else {
                    digits
                }
            }),
            url: l.url.clone(),
            cite: citer.cite(&l.source),
        }
    }

    /// Every organisation of a career, citing their sources.
    pub fn all(list: &[LearnMore], citer: &mut Citer) -> Vec<Self> {
        list.iter().map(|l| Self::new(l, citer)).collect()
    }
}
