//! Reading a CSV data file row by row, and checking its values with the
//! file, column and line of any that is wrong.

use std::path::Path;

use super::SeedError;

/// Where a value is in a CSV file, for errors.
#[derive(Clone, Copy)]
pub struct At<'a> {
    /// The file.
    pub file: &'a Path,
    /// The line the row starts on, counting the header as line 1.
    pub line: u64,
}

impl At<'_> {
    /// An error at this row, in `column`.
    pub fn err(&self, column: &str, message: impl std::fmt::Display) -> SeedError {
        SeedError::new(self.file, column, format!("{message} (line {})", self.line))
    }

    /// A SOC code, `NN-NNNN`.
    pub fn soc(&self, column: &str, value: &str) -> Result<String, SeedError> {
        let b = value.as_bytes();
        let ok = b.len() == 7
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit());
        if ok {
            Ok(value.to_string())
        } else {
            Err(self.err(column, format!("`{value}` is not a SOC code like 29-2072")))
        }
    }

    /// An O*NET-SOC code, `NN-NNNN.NN`.
    pub fn onet(&self, column: &str, value: &str) -> Result<String, SeedError> {
        let ok = value.len() == 10
            && value.as_bytes()[7] == b'.'
            && self.soc(column, &value[..7]).is_ok()
            && value[8..].bytes().all(|c| c.is_ascii_digit());
        if ok {
            Ok(value.to_string())
        } else {
            Err(self.err(
                column,
                format!("`{value}` is not an O*NET-SOC code like 29-2072.00"),
            ))
        }
    }

    /// Text that must not be blank.
    pub fn text(&self, column: &str, value: &str) -> Result<String, SeedError> {
        let v = value.trim();
        if v.is_empty() {
            Err(self.err(column, "must not be empty"))
        } else {
            Ok(v.to_string())
        }
    }

    /// A whole number (optionally negative), or nothing.
    pub fn int(&self, column: &str, value: Option<&str>) -> Result<Option<i64>, SeedError> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v
                .parse::<i64>()
                .map(Some)
                .map_err(|_| self.err(column, format!("`{v}` is not a whole number"))),
        }
    }

    /// A whole number that must be there.
    pub fn required_int(&self, column: &str, value: Option<&str>) -> Result<i64, SeedError> {
        self.int(column, value)?
            .ok_or_else(|| self.err(column, "must not be empty"))
    }

    /// A count or an amount that cannot be negative, or nothing.
    pub fn count(&self, column: &str, value: Option<&str>) -> Result<Option<i64>, SeedError> {
        match self.int(column, value)? {
            Some(n) if n < 0 => Err(self.err(column, format!("`{n}` must not be negative"))),
            other => Ok(other),
        }
    }

    /// A decimal with at most `places` decimals, as an integer scaled by
    /// 10^places (`24.59` with 2 places is 2459), or nothing.
    pub fn decimal(
        &self,
        column: &str,
        value: Option<&str>,
        places: u32,
    ) -> Result<Option<i64>, SeedError> {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let bad = || {
            self.err(
                column,
                format!("`{v}` is not a number with at most {places} decimals"),
            )
        };
        let (negative, digits) = match v.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, v),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty()
            || !whole.bytes().all(|c| c.is_ascii_digit())
            || !frac.bytes().all(|c| c.is_ascii_digit())
            || frac.len() > places as usize
        {
            return Err(bad());
        }
        let scale = 10_i64.pow(places);
        let whole: i64 = whole.parse().map_err(|_| bad())?;
        let frac: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse::<i64>().map_err(|_| bad())? * 10_i64.pow(places - frac.len() as u32)
        };
        let n = whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(frac))
            .ok_or_else(bad)?;
        Ok(Some(if negative { -n } else { n }))
    }

    /// `Y` or `N` (or nothing, which is `N`).
    pub fn flag(&self, column: &str, value: Option<&str>) -> Result<bool, SeedError> {
        match value.map(str::trim).unwrap_or("") {
            "Y" => Ok(true),
            "N" | "" => Ok(false),
            other => Err(self.err(column, format!("`{other}` is not Y or N"))),
        }
    }
}

/// Reads every row of a CSV file as `T`, with where it is, and hands it to
/// `each`.
pub fn read_csv<T: serde::de::DeserializeOwned>(
    path: &Path,
    mut each: impl FnMut(At<'_>, T) -> Result<(), SeedError>,
) -> Result<(), SeedError> {
    let mut bytes = std::fs::read(path)
        .map_err(|e| SeedError::new(path, "", format!("cannot read file: {e}")))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(bytes.as_slice()),
            &mut plain,
        )
        .map_err(|e| SeedError::new(path, "", format!("cannot decompress: {e}")))?;
        bytes = plain;
    }
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let headers = reader
        .headers()
        .map_err(|e| SeedError::new(path, "", format!("cannot read the header row: {e}")))?
        .clone();
    let mut record = csv::StringRecord::new();
    // Lines are counted from the bytes: the csv crate's own count is one
    // short on files with CRLF line ends.
    let (mut counted_to, mut line) = (0_usize, 1_u64);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(csv_error(path, &headers, &e, None)),
        }
        let mut start = record.position().map_or(counted_to, |p| {
            usize::try_from(p.byte()).unwrap_or(counted_to)
        });
        // After a CRLF the reader places the record at the LF.
        if bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        if let Some(skipped) = bytes.get(counted_to..start) {
            line += skipped.iter().filter(|b| **b == b'\n').count() as u64;
            counted_to = start;
        }
        let row: T = record
            .deserialize(Some(&headers))
            .map_err(|e| csv_error(path, &headers, &e, Some(line)))?;
        each(At { file: path, line }, row)?;
    }
}

fn csv_error(
    path: &Path,
    headers: &csv::StringRecord,
    e: &csv::Error,
    line: Option<u64>,
) -> SeedError {
    let line = line.or_else(|| e.position().map(|p| p.line())).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            let column = err
                .field()
                .and_then(|i| headers.get(i as usize))
                .unwrap_or_default();
            let message = err.to_string();
            let message = match message.split_once("missing field ") {
                Some((_, field)) => format!("missing column {field}"),
                None => message,
            };
            SeedError::new(path, column, format!("{message} (line {line})"))
        }
        _ => SeedError::new(path, "", format!("{e}")),
    }
}
