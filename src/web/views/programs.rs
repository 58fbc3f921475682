//! College Scorecard programs as pages show them: each figure written as
//! published or "not published", the earnings with when they were
//! measured, and a career's list grouped by credential with its filters,
//! orders and pages as links.

use crate::db::read::{
    Credential, InstitutionProgram, ProgramFigures, ProgramRow, ProgramSort, Programs, UsState,
};
use crate::domain::Lang;
use crate::web::error::AppError;
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::Pager;
use crate::web::params::{PageNumber, ProgramChoice};
use crate::web::urls::{self, CareerUrls};
use crate::web::views::pay::StateChooser;

/// Programs on a page of a career's list.
pub const PER_PAGE: i64 = 25;

/// A program's figures, written for a table cell; `None` is "not
/// published".
#[derive(Debug, Clone)]
pub struct FigureCells {
    /// Field of study title.
    pub field: String,
    /// Its code, "51.07".
    pub cip: String,
    /// Credential.
    pub credential: String,
    /// Completers.
    pub completers: Option<String>,
    /// Median earnings.
    pub earnings: Option<String>,
    /// When they were measured ("4 years after finishing").
    pub horizon: Option<String>,
    /// Median debt.
    pub debt: Option<String>,
}

impl FigureCells {
    /// The cells of `f`, in `tr`'s language.
    pub fn new(tr: Tr, f: &ProgramFigures) -> Self {
        Self {
            field: f.field.clone(),
            cip: format!(
                "{}.{}",
                &f.cip4[..2.min(f.cip4.len())],
                f.cip4.get(2..).unwrap_or("")
            ),
            credential: credential_name(tr, f.credential),
            completers: f.completers.map(format::number),
            earnings: f.earnings.map(format::money),
            horizon: f.horizon.map(|y| tr.t1("tr-horizon", "years", y)),
            debt: f.debt.map(format::money),
        }
    }
}

/// A program in a career's list.
#[derive(Debug, Clone)]
pub struct ProgramLine {
    /// Institution.
    pub institution: String,
    /// Its page.
    pub href: String,
    /// Its state's postal code.
    pub state: String,
    /// The figures.
    pub cells: FigureCells,
}

/// A credential's name in `tr`'s language (the English is
/// [`Credential::label`]'s).
pub fn credential_name(tr: Tr, c: Credential) -> String {
    tr.t(&format!("tr-credential-{}", c.slug()))
}

/// The programs of one credential on the page.
#[derive(Debug, Clone)]
pub struct ProgramGroup {
    /// Credential name.
    pub credential: String,
    /// Its programs on this page.
    pub lines: Vec<ProgramLine>,
}

/// A link that changes one choice of the list: (label, address, chosen).
pub type ChoiceLink = (String, String, bool);

/// A career's programs, as its training page shows them.
#[derive(Debug, Clone)]
pub struct ProgramList {
    /// The fields of study: "Health and Medical Administrative Services
    /// (51.07)".
    pub fields: Vec<String>,
    /// The chosen state's name.
    pub state_name: Option<String>,
    /// Programs that pass every filter.
    pub total: i64,
    /// True when the list shows one credential only.
    pub credential_chosen: bool,
    /// The credentials there are, each a link to the list of it, with
    /// the list of every credential first.
    pub credentials: Vec<ChoiceLink>,
    /// The orders, each a link.
    pub sorts: Vec<ChoiceLink>,
    /// The order, in words.
    pub sort_words: String,
    /// The programs on this page, by credential.
    pub groups: Vec<ProgramGroup>,
    /// Pages.
    pub pager: Pager,
    /// The list as CSV.
    pub csv_href: String,
    /// The form that chooses a state.
    pub chooser: StateChooser,
    /// The list in every state, when a state is chosen.
    pub everywhere_href: Option<String>,
}

impl ProgramList {
    /// The list of `data`, as `choice` asks, for the career at `urls`
    /// (which carry the state) with its schools in `town`.
    pub fn new(
        data: &Programs,
        urls: &CareerUrls,
        town: Option<&str>,
        choice: &ProgramChoice,
        state_name: Option<String>,
        states: &[UsState],
    ) -> Result<Self, AppError> {
        let tr = Tr::new(urls.lang());
        let at = |c: ProgramChoice| urls.programs_at(town, &c);
        let first = ProgramChoice {
            page: PageNumber::default(),
            ..*choice
        };
        let all: i64 = data.by_credential.iter().map(|(_, n)| n).sum();
        let mut credentials = vec![(
            tr.t1("tr-every-credential", "count", format::number(all)),
            at(ProgramChoice {
                credential: None,
                ..first
            }),
            choice.credential.is_none(),
        )];
        credentials.extend(data.by_credential.iter().map(|(c, n)| {
            (
                tr.t2(
                    "tr-credential-count",
                    "credential",
                    credential_name(tr, *c),
                    "count",
                    format::number(*n),
                ),
                at(ProgramChoice {
                    credential: Some(*c),
                    ..first
                }),
                choice.credential == Some(*c),
            )
        }));
        let sorts = [
            (ProgramSort::Completers, "tr-sort-completers"),
            (ProgramSort::Earnings, "tr-sort-earnings"),
            (ProgramSort::Debt, "tr-sort-debt"),
        ]
        .into_iter()
        .map(|(s, label)| {
            (
                tr.t(label),
                at(ProgramChoice { sort: s, ..first }),
                choice.sort == s,
            )
        })
        .collect();
        let sort_words = tr.t(match choice.sort {
            ProgramSort::Completers => "tr-sorted-completers",
            ProgramSort::Earnings => "tr-sorted-earnings",
            ProgramSort::Debt => "tr-sorted-debt",
        });
        let pager = Pager::sized(
            choice.page,
            data.total,
            PER_PAGE,
            "this list of programs",
            |n| at(ProgramChoice { page: n, ..*choice }),
        )?;
        let mut groups: Vec<(Credential, ProgramGroup)> = Vec::new();
        for r in &data.rows {
            let line = line(urls.lang(), r);
            let credential = r.figures.credential;
            match groups.last_mut() {
                Some((c, g)) if c.slug() == credential.slug() => g.lines.push(line),
                _ => groups.push((
                    credential,
                    ProgramGroup {
                        credential: credential_name(tr, credential),
                        lines: vec![line],
                    },
                )),
            }
        }
        let groups = groups.into_iter().map(|(_, g)| g).collect();
        let mut keep: Vec<(String, String)> = Vec::new();
        if let Some(t) = town {
            keep.push(("town".to_string(), t.to_string()));
        }
        if let Some(c) = choice.credential {
            keep.push(("credential".to_string(), c.slug().to_string()));
        }
        if let Some(s) = crate::web::params::ProgramSortParam::key(choice.sort) {
            keep.push(("sort".to_string(), s.to_string()));
        }
        let everywhere = urls.clone().in_state(None);
        Ok(Self {
            fields: data
                .fields
                .iter()
                .map(|(code, title)| format!("{title} ({}.{})", &code[..2], &code[2..]))
                .collect(),
            total: data.total,
            credential_chosen: choice.credential.is_some(),
            credentials,
            sorts,
            sort_words,
            groups,
            pager,
            csv_href: urls.programs_csv(&first),
            chooser: StateChooser::new(urls.programs_form(), keep, states, urls.state()).worded(
                "chooser-programs-label",
                "chooser-programs-everywhere",
                "chooser-programs-button",
            ),
            everywhere_href: state_name
                .is_some()
                .then(|| everywhere.programs_at(town, &first)),
            state_name,
        })
    }
}

impl ProgramList {
    /// "yes" when the list shows one credential, "no" otherwise (a
    /// message's choice).
    pub fn chosen(&self) -> &'static str {
        if self.credential_chosen { "yes" } else { "no" }
    }

    /// The table's caption: how many programs, where, in what order.
    pub fn caption(&self, tr: Tr) -> String {
        let programs = tr.t2(
            "tr-programs-count",
            "shown",
            format::number(self.total),
            "count",
            self.total,
        );
        match &self.state_name {
            Some(n) => tr.t3(
                "tr-programs-caption-in",
                "programs",
                programs,
                "state",
                format::state_in_sentence(tr, n),
                "order",
                &self.sort_words,
            ),
            None => tr.t2(
                "tr-programs-caption",
                "programs",
                programs,
                "order",
                &self.sort_words,
            ),
        }
    }
}

/// The line of `r`.
fn line(lang: Lang, r: &ProgramRow) -> ProgramLine {
    ProgramLine {
        institution: r.institution.clone(),
        href: urls::institution(lang, &r.unitid),
        state: r.state.clone(),
        cells: FigureCells::new(Tr::new(lang), &r.figures),
    }
}

/// A program of an institution, with links to the careers it prepares
/// for.
#[derive(Debug, Clone)]
pub struct InstitutionLine {
    /// The figures.
    pub cells: FigureCells,
    /// Careers: (title, address).
    pub careers: Vec<(String, String)>,
}

impl InstitutionLine {
    /// The line of `p`.
    pub fn new(lang: Lang, p: &InstitutionProgram) -> Self {
        Self {
            cells: FigureCells::new(Tr::new(lang), &p.figures),
            careers: p
                .careers
                .iter()
                .map(|(slug, title)| (title.clone(), urls::career(lang, slug).overview()))
                .collect(),
        }
    }
}

/// An institution's programs of one credential.
#[derive(Debug, Clone)]
pub struct InstitutionGroup {
    /// Credential name.
    pub credential: String,
    /// Its programs.
    pub lines: Vec<InstitutionLine>,
}

/// Groups an institution's programs by credential, in their order.
pub fn institution_groups(lang: Lang, programs: &[InstitutionProgram]) -> Vec<InstitutionGroup> {
    let tr = Tr::new(lang);
    let mut groups: Vec<(Credential, InstitutionGroup)> = Vec::new();
    for p in programs {
        let credential = p.figures.credential;
        let line = InstitutionLine::new(lang, p);
        match groups.last_mut() {
            Some((c, g)) if c.slug() == credential.slug() => g.lines.push(line),
            _ => groups.push((
                credential,
                InstitutionGroup {
                    credential: credential_name(tr, credential),
                    lines: vec![line],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// A link to source number `n` in the page's list, as HTML for
/// [`Tr::html`]: the same as the `cite` macro of templates/macros.html,
/// for a sentence with its sources inside it.
pub fn cite_html(tr: Tr, n: impl std::borrow::Borrow<usize>) -> String {
    let n = *n.borrow();
    format!(
        "<sup class=\"cite\"><a href=\"#source-{n}\" aria-label=\"{}\">[{n}]</a></sup>",
        crate::web::i18n::text(tr.t1("cite-source", "n", n))
    )
}

/// Who runs an institution, in words, in `tr`'s language.
pub fn control_words_in(tr: Tr, code: i64) -> String {
    tr.t(match code {
        1 => "tr-control-public",
        2 => "tr-control-nonprofit",
        _ => "tr-control-for-profit",
    })
}

/// Who runs an institution, in English words (the API's).
pub fn control_words(code: i64) -> &'static str {
    match code {
        1 => "Public",
        2 => "Private, nonprofit",
        _ => "Private, for-profit",
    }
}
