//! College Scorecard programs and institutions.

use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::Result;
use super::sql::{Args, where_all};

/// A College Scorecard credential level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Credential(pub i64);

impl Credential {
    /// Every level, from the shortest to the longest, then programs that
    /// lead to no credential.
    pub const ALL: [Credential; 9] = [
        Credential(1),
        Credential(2),
        Credential(3),
        Credential(4),
        Credential(5),
        Credential(8),
        Credential(6),
        Credential(7),
        Credential(99),
    ];

    /// Its name, in our words.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Certificate or diploma (undergraduate)",
            2 => "Associate degree",
            3 => "Bachelor's degree",
            4 => "Post-baccalaureate certificate",
            5 => "Master's degree",
            6 => "Doctoral degree",
            7 => "First professional degree",
            8 => "Graduate or professional certificate",
            _ => "Coursework without a credential",
        }
    }

    /// Its value in addresses (`?credential=associate`).
    pub fn slug(self) -> &'static str {
        match self.0 {
            1 => "certificate",
            2 => "associate",
            3 => "bachelor",
            4 => "post-baccalaureate-certificate",
            5 => "master",
            6 => "doctoral",
            7 => "first-professional",
            8 => "graduate-certificate",
            _ => "non-credential",
        }
    }

    /// The level whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// Where it comes in the list: [`Credential::ALL`]'s order.
    pub fn rank(self) -> usize {
        Self::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(Self::ALL.len())
    }
}

/// How a list of programs is sorted: within each credential, the most
/// completers, the highest earnings or the least debt first; programs
/// without the figure last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProgramSort {
    /// Most completers first.
    #[default]
    Completers,
    /// Highest median earnings first.
    Earnings,
    /// Lowest median debt first.
    Debt,
}

/// Which of a career's programs to list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgramFilter {
    /// Only institutions in this state.
    pub state: Option<String>,
    /// Only this credential.
    pub credential: Option<Credential>,
}

/// Figures of a program as the Scorecard publishes them; `None` is
/// withheld.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramFigures {
    /// Field of study, four-digit CIP code.
    pub cip4: String,
    /// Its title.
    pub field: String,
    /// Credential.
    pub credential: Credential,
    /// Completers.
    pub completers: Option<i64>,
    /// Median earnings of completers, dollars a year.
    pub earnings: Option<i64>,
    /// Years after completion the earnings were measured.
    pub horizon: Option<i64>,
    /// Median debt of completers, dollars.
    pub debt: Option<i64>,
}

/// A program in a career's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramRow {
    /// Institution's unit id.
    pub unitid: String,
    /// Institution's name.
    pub institution: String,
    /// Its state.
    pub state: String,
    /// The figures.
    pub figures: ProgramFigures,
}

/// A page of a career's programs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Programs {
    /// The fields of study that prepare for the career: (code, title).
    pub fields: Vec<(String, String)>,
    /// How many programs pass the state filter, by credential.
    pub by_credential: Vec<(Credential, i64)>,
    /// How many pass every filter.
    pub total: i64,
    /// The programs on this page, by credential, then in the asked order.
    pub rows: Vec<ProgramRow>,
}

/// An institution and what the Scorecard says of its programs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionDetail {
    /// Unit id.
    pub unitid: String,
    /// Federal Student Aid identifier.
    pub opeid6: String,
    /// Name.
    pub name: String,
    /// State, if the Scorecard still lists it in one.
    pub state: Option<String>,
    /// Who runs it: 1 public, 2 private nonprofit, 3 private for-profit.
    pub control: i64,
    /// The institution it merged into: (unit id, name).
    pub merged_into: Option<(String, String)>,
    /// Institutions that merged into it: (unit id, name).
    pub merged_here: Vec<(String, String)>,
    /// Its programs, by credential then field.
    pub programs: Vec<InstitutionProgram>,
}

/// A program of an institution and the careers it prepares for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionProgram {
    /// The figures.
    pub figures: ProgramFigures,
    /// Careers its field prepares for: (slug, title).
    pub careers: Vec<(String, String)>,
}

/// `ORDER BY` terms that list credentials in [`Credential::ALL`]'s order.
const CREDENTIAL_ORDER: &str =
    "CASE p.credential WHEN 8 THEN 5.5 WHEN 99 THEN 100 ELSE p.credential END";

fn program_figures(r: &Row<'_>, at: usize) -> Result<ProgramFigures> {
    Ok(ProgramFigures {
        cip4: r.get(at)?,
        field: r.get(at + 1)?,
        credential: Credential(r.get(at + 2)?),
        completers: r.get(at + 3)?,
        earnings: r.get(at + 4)?,
        horizon: r.get(at + 5)?,
        debt: r.get(at + 6)?,
    })
}

/// The `WHERE` clause for a career's programs, its values pushed to `args`: at
/// institutions the Scorecard lists in a state, in `filter`'s state and
/// credential. Written out rather than `?2 IS NULL OR ...` so that a
/// chosen state is looked up in the index.
fn program_where(career_id: i64, filter: &ProgramFilter, args: &mut Args) -> String {
    let mut clauses = vec![format!("cf.career_id = {}", args.push(career_id))];
    clauses.push(match &filter.state {
        Some(s) => format!("p.state = {}", args.push(s.clone())),
        None => "p.state IS NOT NULL".to_string(),
    });
    if let Some(c) = filter.credential {
        clauses.push(format!("p.credential = {}", args.push(c.0)));
    }
    where_all(&clauses)
}

/// A career's programs: the fields of study that prepare for it, the
/// count at each credential (in the chosen state), and `limit` programs
/// from `offset` (every one when `limit` is `None`), by credential and
/// then in `sort`'s order.
pub fn programs(
    conn: &Connection,
    career_id: i64,
    filter: &ProgramFilter,
    sort: ProgramSort,
    limit: Option<i64>,
    offset: i64,
) -> Result<Programs> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.cip4, f.title FROM career_field cf JOIN study_field f ON f.cip4 = cf.cip4
         WHERE cf.career_id = ?1 ORDER BY f.cip4",
    )?;
    let fields = stmt
        .query_map([career_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<(String, String)>>>()?;
    let by_state = ProgramFilter {
        credential: None,
        ..filter.clone()
    };
    let mut args = Args::default();
    let cond = program_where(career_id, &by_state, &mut args);
    // Summed from the build's tally (`p` is `program_tally` here): a
    // career like registered nurses has 4,600 programs, and grouping them
    // on each request was most of the work of a cold overview.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.credential, sum(p.programs) FROM career_field cf
         JOIN program_tally p ON p.cip4 = cf.cip4{cond} GROUP BY p.credential"
    ))?;
    let mut by_credential = stmt
        .query_map(args.params(), |r| Ok((Credential(r.get(0)?), r.get(1)?)))?
        .collect::<Result<Vec<(Credential, i64)>>>()?;
    by_credential.sort_by_key(|(c, _)| c.rank());
    let total = by_credential
        .iter()
        .filter(|(c, _)| filter.credential.is_none_or(|f| f == *c))
        .map(|(_, n)| n)
        .sum();
    let key = match sort {
        ProgramSort::Completers => "p.completers IS NULL, p.completers DESC",
        ProgramSort::Earnings => "p.earnings IS NULL, p.earnings DESC",
        ProgramSort::Debt => "p.debt IS NULL, p.debt",
    };
    let mut args = Args::default();
    let cond = program_where(career_id, filter, &mut args);
    let page = args.limit_offset(limit.unwrap_or(-1), offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.unitid, i.name, p.state, f.cip4, f.title, p.credential, p.completers,
                p.earnings, p.horizon, p.debt
         FROM career_field cf
         JOIN program p ON p.cip4 = cf.cip4
         JOIN institution i ON i.unitid = p.unitid
         JOIN study_field f ON f.cip4 = p.cip4{cond}
         ORDER BY {CREDENTIAL_ORDER}, {key}, i.name, f.cip4
         {page}"
    ))?;
    let rows = stmt
        .query_map(args.params(), |r| {
            Ok(ProgramRow {
                unitid: r.get(0)?,
                institution: r.get(1)?,
                state: r.get(2)?,
                figures: program_figures(r, 3)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Programs {
        fields,
        by_credential,
        total,
        rows,
    })
}

/// How many programs, in every state, the career's fields of study have;
/// `None` when no field is linked to the career.
pub fn program_count(conn: &Connection, career_id: i64) -> Result<Option<i64>> {
    let all = programs(
        conn,
        career_id,
        &ProgramFilter::default(),
        ProgramSort::Completers,
        Some(0),
        0,
    )?;
    Ok((!all.fields.is_empty()).then_some(all.total))
}

/// An institution, its mergers and its programs with the careers each
/// prepares for.
pub fn institution(conn: &Connection, unitid: &str) -> Result<Option<InstitutionDetail>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.unitid, i.opeid6, i.name, i.state, i.control, m.unitid, m.name
         FROM institution i LEFT JOIN institution m ON m.unitid = i.merged_into
         WHERE i.unitid = ?1",
    )?;
    let Some(mut found) = stmt
        .query_row([unitid], |r| {
            let merged: Option<String> = r.get(5)?;
            Ok(InstitutionDetail {
                unitid: r.get(0)?,
                opeid6: r.get(1)?,
                name: r.get(2)?,
                state: r.get(3)?,
                control: r.get(4)?,
                merged_into: match merged {
                    Some(m) => Some((m, r.get(6)?)),
                    None => None,
                },
                merged_here: Vec::new(),
                programs: Vec::new(),
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT unitid, name FROM institution WHERE merged_into = ?1 ORDER BY name",
    )?;
    found.merged_here = stmt
        .query_map([unitid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_>>()?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT f.cip4, f.title, p.credential, p.completers, p.earnings, p.horizon, p.debt
         FROM program p JOIN study_field f ON f.cip4 = p.cip4
         WHERE p.unitid = ?1
         ORDER BY {CREDENTIAL_ORDER}, f.title"
    ))?;
    let figures = stmt
        .query_map([unitid], |r| program_figures(r, 0))?
        .collect::<Result<Vec<_>>>()?;
    // The careers of every field the institution teaches, in one query.
    let mut stmt = conn.prepare_cached(
        "SELECT cf.cip4, c.slug, c.title FROM career_field cf JOIN career c ON c.id = cf.career_id
         WHERE cf.cip4 IN (SELECT cip4 FROM program WHERE unitid = ?1)
         ORDER BY c.title",
    )?;
    let mut careers: std::collections::HashMap<String, Vec<(String, String)>> =
        std::collections::HashMap::new();
    for row in stmt.query_map([unitid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
        let (cip4, slug, title): (String, String, String) = row?;
        careers.entry(cip4).or_default().push((slug, title));
    }
    found.programs = figures
        .into_iter()
        .map(|f| InstitutionProgram {
            careers: careers.get(&f.cip4).cloned().unwrap_or_default(),
            figures: f,
        })
        .collect();
    Ok(Some(found))
}

/// The unit ids of the institutions the Scorecard lists in a state.
pub fn listed_institutions(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare_cached("SELECT unitid FROM institution WHERE state IS NOT NULL ORDER BY unitid")?;
    stmt.query_map([], |r| r.get(0))?.collect()
}
