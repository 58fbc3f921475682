//! Formatting numbers, dates and periods for people. Templates and page
//! builders use only these, so every page writes figures the same way.

use crate::db::models::FigureDate;

/// Groups digits in threes: `208650` becomes `208,650`.
pub fn number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// US dollars: `40350` becomes `$40,350`.
pub fn money(n: i64) -> String {
    if n < 0 {
        format!("-${}", number(-n))
    } else {
        format!("${}", number(n))
    }
}

/// A percentage change with its sign: `9` becomes `+9%`.
pub fn signed_percent(n: i64) -> String {
    if n > 0 {
        format!("+{n}%")
    } else {
        format!("{n}%")
    }
}

/// A period of years: `2020-2030`.
pub fn period(start: i64, end: i64) -> String {
    format!("{start}-{end}")
}

/// When a figure dates from: the source's own words (`May 2018`), the year,
/// or `c. 2008` when the source does not print the year.
pub fn date(d: &FigureDate) -> String {
    match (&d.period, d.estimated) {
        (Some(p), false) => p.clone(),
        (_, true) => format!("c. {}", d.year),
        (None, false) => d.year.to_string(),
    }
}

/// An ordinal for percentiles: `10th`, `50th`, `1st`, `22nd`.
pub fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A calendar date written as YYYY-MM-DD, in words: `23 November 2026`.
/// Anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (m.parse::<usize>(), d.parse::<u8>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_string(),
    }
}

/// The name of a US state from its two-letter postal code; the code itself
/// when it is not one.
pub fn state_name(code: &str) -> &str {
    match code {
        "AL" => "Alabama",
        "AK" => "Alaska",
        "AZ" => "Arizona",
        "AR" => "Arkansas",
        "CA" => "California",
        "CO" => "Colorado",
        "CT" => "Connecticut",
        "DE" => "Delaware",
        "DC" => "District of Columbia",
        "FL" => "Florida",
        "GA" => "Georgia",
        "HI" => "Hawaii",
        "ID" => "Idaho",
        "IL" => "Illinois",
        "IN" => "Indiana",
        "IA" => "Iowa",
        "KS" => "Kansas",
        "KY" => "Kentucky",
        "LA" => "Louisiana",
        "ME" => "Maine",
        "MD" => "Maryland",
        "MA" => "Massachusetts",
        "MI" => "Michigan",
        "MN" => "Minnesota",
        "MS" => "Mississippi",
        "MO" => "Missouri",
        "MT" => "Montana",
        "NE" => "Nebraska",
        "NV" => "Nevada",
        "NH" => "New Hampshire",
        "NJ" => "New Jersey",
        "NM" => "New Mexico",
        "NY" => "New York",
        "NC" => "North Carolina",
        "ND" => "North Dakota",
        "OH" => "Ohio",
        "OK" => "Oklahoma",
        "OR" => "Oregon",
        "PA" => "Pennsylvania",
        "PR" => "Puerto Rico",
        "RI" => "Rhode Island",
        "SC" => "South Carolina",
        "SD" => "South Dakota",
        "TN" => "Tennessee",
        "TX" => "Texas",
        "UT" => "Utah",
        "VT" => "Vermont",
        "VA" => "Virginia",
        "WA" => "Washington",
        "WV" => "West Virginia",
        "WI" => "Wisconsin",
        "WY" => "Wyoming",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_for_people() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1,000");
        assert_eq!(number(208650), "208,650");
        assert_eq!(number(-1234567), "-1,234,567");
        assert_eq!(money(40350), "$40,350");
        assert_eq!(signed_percent(9), "+9%");
        assert_eq!(signed_percent(-3), "-3%");
        assert_eq!(period(2020, 2030), "2020-2030");
        assert_eq!(ordinal(10), "10th");
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(long_date("2026-11-23"), "23 November 2026");
        assert_eq!(long_date("soon"), "soon");
        assert_eq!(state_name("CT"), "Connecticut");
        assert_eq!(state_name("ZZ"), "ZZ");
    }

    #[test]
    fn dates_say_when_the_year_is_estimated() {
        let d = |period: Option<&str>, estimated| FigureDate {
            year: 2018,
            period: period.map(str::to_string),
            estimated,
        };
        assert_eq!(date(&d(Some("May 2018"), false)), "May 2018");
        assert_eq!(date(&d(None, false)), "2018");
        assert_eq!(date(&d(None, true)), "c. 2018");
    }
}
