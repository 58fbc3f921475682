//! CSV downloads (RFC 4180, UTF-8, CRLF): one table type that every
//! download fills, the cell for a figure BLS may withhold, and the
//! response that sends a file.

use actix_web::HttpResponse;
use actix_web::http::header;

use crate::db::read::{CareerSummary, FigureDate, Published, Releases, Source};
use crate::web::cache::PAGE_CACHE_CONTROL;
use crate::web::error::{AppError, AppResult};
use crate::web::format;

/// A table ready to write: its header, its rows, and what to add to the
/// file name when it is sorted or filtered.
#[derive(Debug, Default)]
pub struct Csv {
    /// Column names.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Added to the file name ("-by-pay").
    pub suffix: String,
}

impl Csv {
    /// An empty table with these columns.
    pub fn new<S: ToString>(header: &[S]) -> Self {
        Self {
            header: header.iter().map(ToString::to_string).collect(),
            ..Self::default()
        }
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> AppResult<Vec<u8>> {
        let fail = |e| AppError::internal("writing CSV", e);
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(&self.header).map_err(fail)?;
        for row in &self.rows {
            w.write_record(row).map_err(fail)?;
        }
        w.into_inner()
            .map_err(|e| AppError::internal("writing CSV", e.into_error()))
    }

    /// The response that downloads it as `file` (a name without
    /// quotes or slashes, which the callers build from slugs).
    pub fn response(&self, file: &str) -> AppResult<HttpResponse> {
        Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ))
            .insert_header((header::CACHE_CONTROL, PAGE_CACHE_CONTROL))
            .body(self.to_bytes()?))
    }
}

/// A figure as BLS publishes it, for a CSV cell: the number, or why there
/// is none ("239200 or more", "not published").
pub fn published(p: Published, top: Option<i64>) -> String {
    match (p, top) {
        (Published::Value(v), _) => v.to_string(),
        (Published::TopCoded, Some(t)) => format!("{t} or more"),
        (Published::NotInThisForm, _) => "not published (paid by the hour)".to_string(),
        _ => "not published".to_string(),
    }
}

/// An hourly wage in cents as BLS publishes it, for a CSV cell: dollars
/// and cents, or why there is none.
pub fn published_hourly(p: Published, r: &Releases) -> String {
    match p {
        Published::Value(c) => format!("{}.{:02}", c / 100, c % 100),
        Published::TopCoded => format!("{} or more", r.top_coded_hourly),
        Published::NotInThisForm => "not published (paid by the year)".to_string(),
        Published::NotReleased => "not published".to_string(),
    }
}

/// A percent change kept in tenths, for a CSV cell: `7.1`, `-2.0`.
pub fn percent(tenths: i64) -> String {
    format::percent_tenths(tenths)
        .trim_end_matches('%')
        .to_string()
}

/// A listed career's median annual pay (or why there is none) and its
/// projected change, for two CSV cells; `top` is the top-coded wage.
pub fn summary_cells(c: &CareerSummary, top: i64) -> [String; 2] {
    [
        c.median
            .map(|p| published(p, Some(top)))
            .unwrap_or_else(|| "not published".to_string()),
        c.percent_change_tenths.map(percent).unwrap_or_default(),
    ]
}

/// An optional count, empty when there is none.
pub fn opt(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The publisher and the publication of source `id`, for two CSV cells.
pub fn source_columns(sources: &[Source], id: &str) -> [String; 2] {
    match sources.iter().find(|s| s.id == id) {
        Some(s) => [s.publisher.clone(), s.reported_in.clone()],
        None => [id.to_string(), String::new()],
    }
}

/// When a figure dates from (the source's words or the year, never
/// "c."), and whether the year is estimated.
pub fn date_columns(d: &FigureDate) -> [String; 2] {
    [when(d), yes_no(d.estimated)]
}

/// When a figure dates from: the source's words or the year.
pub fn when(d: &FigureDate) -> String {
    d.period.clone().unwrap_or_else(|| d.year.to_string())
}

/// "yes" or "no".
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
