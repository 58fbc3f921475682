//! Pay by place: rows of the state, area and industry tables, the chosen
//! state beside the nation, the state chooser, and the map of states.

use crate::db::read::{Occupation, Published, Releases, StatePay, StateWages, Wages};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::urls::CareerUrls;

/// A row of a table of places (states, areas) or industries.
#[derive(Debug, Clone)]
pub struct PlaceRow {
    /// State, area or industry.
    pub name: String,
    /// Employment.
    pub employment: String,
    /// 10th percentile.
    pub p10: String,
    /// Median.
    pub median: String,
    /// 90th percentile.
    pub p90: String,
}

impl PlaceRow {
    /// The row of `name` with wages `w`.
    pub fn new(tr: Tr, name: &str, w: &Wages, r: &Releases) -> Self {
        Self {
            name: name.to_string(),
            employment: format::count(tr, w.employment),
            p10: format::annual_wage(tr, w.annual[0], r),
            median: format::annual_wage(tr, w.annual[2], r),
            p90: format::annual_wage(tr, w.annual[4], r),
        }
    }
}

/// The chosen state's pay beside the nation's.
#[derive(Debug, Clone)]
pub struct StateView {
    /// Postal code.
    pub code: String,
    /// Name.
    pub name: String,
    /// True when BLS publishes figures for the career in the state.
    pub published: bool,
    /// Rows: (what, United States, the state).
    pub rows: Vec<(String, String, String)>,
    /// The state's median, for one-line mentions ("$56,110").
    pub median: String,
    /// Its metropolitan and nonmetropolitan areas.
    pub areas: Vec<PlaceRow>,
}

impl StateView {
    /// The view of the chosen state's `pay`, when one was chosen and the
    /// career has an occupation `o`.
    pub fn chosen(tr: Tr, pay: Option<&StatePay>, o: Option<&Occupation>) -> Option<Self> {
        Some(Self::new(tr, pay?, o?))
    }

    /// The view of `pay` beside the national figures of `o`.
    pub fn new(tr: Tr, pay: &StatePay, o: &Occupation) -> Self {
        let r = &o.releases;
        let national = o.wages.as_ref();
        let labels = [
            tr.t1("percentile-nth", "nth", format::ordinal(tr, 10)),
            tr.t1("percentile-nth", "nth", format::ordinal(tr, 25)),
            tr.t("median"),
            tr.t1("percentile-nth", "nth", format::ordinal(tr, 75)),
            tr.t1("percentile-nth", "nth", format::ordinal(tr, 90)),
        ];
        let mut rows = Vec::new();
        if let Some(w) = &pay.wages {
            rows.push((
                tr.t("employment"),
                national.map_or_else(
                    || tr.t("not-published"),
                    |n| format::count(tr, n.employment),
                ),
                format::count(tr, w.employment),
            ));
            for (i, label) in labels.iter().enumerate() {
                rows.push((
                    label.to_string(),
                    national.map_or_else(
                        || tr.t("not-published"),
                        |n| format::annual_wage(tr, n.annual[i], r),
                    ),
                    format::annual_wage(tr, w.annual[i], r),
                ));
            }
        }
        Self {
            code: pay.code.clone(),
            name: pay.name.clone(),
            published: pay.wages.is_some(),
            median: pay.wages.as_ref().map_or_else(
                || tr.t("not-published"),
                |w| format::annual_wage(tr, w.annual[2], r),
            ),
            rows,
            areas: pay
                .areas
                .iter()
                .map(|a| PlaceRow::new(tr, &a.name, &a.wages, r))
                .collect(),
        }
    }
}

/// A GET form that chooses a state, keeping the page's other parameters.
#[derive(Debug, Clone)]
pub struct StateChooser {
    /// Where the form goes.
    pub action: String,
    /// Other parameters to keep: (name, value).
    pub keep: Vec<(String, String)>,
    /// The choices: (code, name, chosen).
    pub states: Vec<(String, String, bool)>,
    /// The label of the list (a message id, as the next two).
    pub label: &'static str,
    /// The first choice, for no state.
    pub everywhere: &'static str,
    /// The words on the button.
    pub button: &'static str,
}

impl StateChooser {
    /// A chooser for `states`, `chosen` selected, sending to `action`.
    pub fn new(
        action: String,
        keep: Vec<(String, String)>,
        states: &[(String, String)],
        chosen: Option<&str>,
    ) -> Self {
        Self {
            action,
            keep,
            states: states
                .iter()
                .map(|(code, name)| (code.clone(), name.clone(), chosen == Some(code.as_str())))
                .collect(),
            label: "chooser-pay-label",
            everywhere: "chooser-pay-everywhere",
            button: "chooser-pay-button",
        }
    }

    /// The same with another label, first choice and button (message
    /// ids).
    pub fn worded(
        self,
        label: &'static str,
        everywhere: &'static str,
        button: &'static str,
    ) -> Self {
        Self {
            label,
            everywhere,
            button,
            ..self
        }
    }
}

/// Where each state sits on the map: (code, column, row). A tile grid,
/// one square per state, in roughly its place on a map of the country;
/// the three territories BLS publishes sit on the bottom row.
const TILES: [(&str, i64, i64); 54] = [
    ("AK", 0, 0),
    ("ME", 10, 0),
    ("VT", 9, 1),
    ("NH", 10, 1),
    ("WA", 0, 2),
    ("ID", 1, 2),
    ("MT", 2, 2),
    ("ND", 3, 2),
    ("MN", 4, 2),
    ("IL", 5, 2),
    ("WI", 6, 2),
    ("MI", 7, 2),
    ("NY", 8, 2),
    ("RI", 9, 2),
    ("MA", 10, 2),
    ("OR", 0, 3),
    ("NV", 1, 3),
    ("WY", 2, 3),
    ("SD", 3, 3),
    ("IA", 4, 3),
    ("IN", 5, 3),
    ("OH", 6, 3),
    ("PA", 7, 3),
    ("NJ", 8, 3),
    ("CT", 9, 3),
    ("CA", 0, 4),
    ("UT", 1, 4),
    ("CO", 2, 4),
    ("NE", 3, 4),
    ("MO", 4, 4),
    ("KY", 5, 4),
    ("WV", 6, 4),
    ("VA", 7, 4),
    ("MD", 8, 4),
    ("DE", 9, 4),
    ("AZ", 1, 5),
    ("NM", 2, 5),
    ("KS", 3, 5),
    ("AR", 4, 5),
    ("TN", 5, 5),
    ("NC", 6, 5),
    ("SC", 7, 5),
    ("DC", 8, 5),
    ("OK", 3, 6),
    ("LA", 4, 6),
    ("MS", 5, 6),
    ("AL", 6, 6),
    ("GA", 7, 6),
    ("HI", 0, 7),
    ("GU", 1, 7),
    ("TX", 3, 7),
    ("FL", 8, 7),
    ("PR", 9, 7),
    ("VI", 10, 7),
];

/// Side of a tile, and the gap between tiles, in SVG units.
const TILE: i64 = 34;
const GAP: i64 = 3;
/// How many shades the map uses.
pub const BANDS: usize = 5;

/// One state on the map.
#[derive(Debug, Clone)]
pub struct Tile {
    /// Postal code, drawn on the tile.
    pub code: String,
    /// What a screen reader says: the name and the median.
    pub label: String,
    /// Where it leads: the salary page in that state.
    pub href: String,
    /// Left and top edges.
    pub x: i64,
    /// Top edge.
    pub y: i64,
    /// Centre, for the code.
    pub cx: i64,
    /// Baseline of the code.
    pub cy: i64,
    /// Its shade, 0 (lowest pay) to `BANDS - 1`; `None` without a median.
    pub band: Option<usize>,
    /// True for the chosen state.
    pub chosen: bool,
}

/// The map of states shaded by median pay, with its legend.
#[derive(Debug, Clone)]
pub struct TileMap {
    /// The tiles.
    pub tiles: Vec<Tile>,
    /// The legend: (band, what it covers), lowest first.
    pub legend: Vec<(usize, String)>,
    /// True when some state has no published median.
    pub has_gaps: bool,
    /// Drawing width.
    pub width: i64,
    /// Drawing height.
    pub height: i64,
}

impl TileMap {
    /// The map of `states` (a career's state wages); `None` when no state
    /// has a median to shade by.
    pub fn new(
        states: &[StateWages],
        r: &Releases,
        urls: &CareerUrls,
        chosen: Option<&str>,
    ) -> Option<Self> {
        let median = |code: &str| -> Option<i64> {
            states
                .iter()
                .find(|s| s.state == code)
                .and_then(|s| match s.wages.annual[2] {
                    Published::Value(v) => Some(v),
                    Published::TopCoded => Some(r.top_coded_annual),
                    _ => None,
                })
        };
        let mut values: Vec<i64> = TILES.iter().filter_map(|(c, _, _)| median(c)).collect();
        if values.is_empty() {
            return None;
        }
        values.sort_unstable();
        // Band edges at the quintiles of the states' medians.
        let edges: Vec<i64> = (1..BANDS)
            .map(|i| values[(values.len() * i / BANDS).min(values.len() - 1)])
            .collect();
        let band_of = |v: i64| edges.iter().filter(|e| v >= **e).count();
        let tr = Tr::new(urls.lang());
        let money = |v: i64| {
            if v >= r.top_coded_annual {
                tr.t1("or-more", "amount", format::money(r.top_coded_annual))
            } else {
                format::money(v)
            }
        };
        let mut legend = Vec::new();
        let (lowest, highest) = (values[0], values[values.len() - 1]);
        for band in 0..BANDS {
            let from = if band == 0 { lowest } else { edges[band - 1] };
            let to = if band + 1 == BANDS {
                highest
            } else {
                edges[band]
            };
            // A band of top-coded medians only reads "$239,200 or more";
            // "under" a top code is under the figure itself.
            legend.push((
                band,
                if from >= r.top_coded_annual {
                    money(from)
                } else if band + 1 == BANDS {
                    tr.t2("pay-map-band", "from", money(from), "to", money(to))
                } else {
                    tr.t2(
                        "pay-map-band-under",
                        "from",
                        money(from),
                        "to",
                        format::money(to),
                    )
                },
            ));
        }
        let mut has_gaps = false;
        let tiles = TILES
            .iter()
            .map(|(code, col, row)| {
                let name = states
                    .iter()
                    .find(|s| s.state == *code)
                    .map_or_else(|| format::state_name(code).to_string(), |s| s.name.clone());
                let m = median(code);
                has_gaps |= m.is_none();
                let label = match m {
                    Some(v) => tr.t2("pay-map-tile", "name", &name, "amount", money(v)),
                    None => tr.t1("pay-map-tile-none", "name", &name),
                };
                let (x, y) = (col * (TILE + GAP), row * (TILE + GAP));
                Tile {
                    code: (*code).to_string(),
                    label,
                    href: urls.salary_in(code),
                    x,
                    y,
                    cx: x + TILE / 2,
                    cy: y + TILE / 2 + 5,
                    band: m.map(band_of),
                    chosen: chosen == Some(*code),
                }
            })
            .collect();
        Some(Self {
            tiles,
            legend,
            has_gaps,
            width: 11 * (TILE + GAP),
            height: 8 * (TILE + GAP),
        })
    }
}

/// A yes-or-no value for a message's selector (`[yes]`, `*[no]`).
pub fn yes_no(b: impl std::borrow::Borrow<bool>) -> &'static str {
    if *b.borrow() { "yes" } else { "no" }
}
