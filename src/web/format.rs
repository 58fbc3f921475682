//! Formatting numbers, dates and periods for people. Templates and page
//! builders use only these, so every page writes figures the same way.

use crate::db::read::{FigureDate, Published, Releases};

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

/// Cents as dollars: `2905` becomes `$29.05`.
pub fn cents(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    format!("{sign}${}.{:02}", number((n / 100) as i64), n % 100)
}

/// A number of tenths with its one decimal, as BLS prints percent
/// changes: `40` becomes `4.0%`, `-12` becomes `-1.2%`.
pub fn percent_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}%", t / 10, t % 10)
}

/// A projected count of jobs, which BLS publishes in thousands with one
/// decimal: a published 0.0 is fewer than 50, never none.
pub fn projected_count(n: i64) -> String {
    if n == 0 {
        "fewer than 50".to_string()
    } else {
        number(n)
    }
}

/// Openings a year for a sentence: "about 14,200", or "fewer than 50".
pub fn openings_phrase(n: i64) -> String {
    if n == 0 {
        projected_count(n)
    } else {
        format!("about {}", number(n))
    }
}

/// A change in a count, with its sign: `7600` becomes `+7,600`.
pub fn signed_number(n: i64) -> String {
    if n > 0 {
        format!("+{}", number(n))
    } else {
        number(n)
    }
}

/// An annual wage as BLS publishes it: `$51,140`, `$239,200 or more`
/// above the top code, or why there is no figure.
pub fn annual_wage(p: Published, r: &Releases) -> String {
    match p {
        Published::Value(v) => money(v),
        Published::TopCoded => format!("{} or more", money(r.top_coded_annual)),
        Published::NotInThisForm => "not published (paid by the hour)".to_string(),
        Published::NotReleased => "not published".to_string(),
    }
}

/// An hourly wage (in cents) as BLS publishes it: `$24.59`, `$115.00 or
/// more`, or why there is no figure.
pub fn hourly_wage(p: Published, r: &Releases) -> String {
    match p {
        Published::Value(v) => cents(v),
        Published::TopCoded => format!("${} or more", r.top_coded_hourly),
        Published::NotInThisForm => "not published (paid by the year)".to_string(),
        Published::NotReleased => "not published".to_string(),
    }
}

/// A count as BLS publishes it, every digit kept, or "not published".
pub fn count(p: Published) -> String {
    match p {
        Published::Value(v) => number(v),
        _ => "not published".to_string(),
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

/// The wage release ("May 2025") and the projection period ("2024-2034")
/// for headings, empty without figures.
pub fn release_labels(r: Option<&Releases>) -> (String, String) {
    r.map(|r| {
        (
            r.wages.clone(),
            period(r.projection_start, r.projection_end),
        )
    })
    .unwrap_or_default()
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

/// A month written as YYYY-MM, in words: `February 2026`. Anything else
/// is returned as it is.
pub fn month(iso: &str) -> String {
    match iso.split_once('-').map(|(y, m)| (y, m.parse::<usize>())) {
        Some((y, Ok(m @ 1..=12))) if y.len() == 4 => format!("{} {y}", MONTHS[m - 1]),
        _ => iso.to_string(),
    }
}

/// A score kept in hundredths, with two decimals: `6.95`, `1.00`.
pub fn hundredths(n: i64) -> String {
    format!("{}.{:02}", n / 100, (n % 100).abs())
}

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

/// A calendar date written as YYYY-MM-DD, in words: `23 November 2026`.
/// Anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (m.parse::<usize>(), d.parse::<u8>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_string(),
    }
}

/// A state's or territory's name as it reads inside a sentence, with
/// "the" where English puts one: "in the District of Columbia", "in the
/// Virgin Islands", but "in Texas", "in Guam", "in Puerto Rico". Menus,
/// lists and table cells keep the bare name.
pub fn state_in_sentence(name: &str) -> String {
    if name.starts_with("District of") || name.ends_with(" Islands") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// A name that goes on inside a sentence: a name with a comma in it
/// ("orthopedic surgeons, except pediatric") gets a closing comma, so the
/// rest of the sentence does not read as part of the name.
pub fn closed(name: &str) -> String {
    if name.contains(',') {
        format!("{name},")
    } else {
        name.to_string()
    }
}

/// A count in a sentence: one to nine in words, larger counts in figures
/// (`3` becomes `three`, `12` stays `12`).
pub fn small_number(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    WORDS
        .get(n)
        .map_or_else(|| number(n as i64), |w| (*w).to_string())
}

/// A range of figures in a sentence: "between $42,640 and $108,510".
pub fn between(low: &str, high: &str) -> String {
    format!("between {low} and {high}")
}

/// How a projection says employment moves, for a sentence after "is
/// projected to": "grow by 9.5% (77,400 more jobs)", "fall by 27.5% (1,100
/// fewer jobs)", or "stay about the same (0.0%, fewer than 50 jobs either
/// way)". `change` is the published change in jobs, 0 when it rounds to
/// fewer than 50.
pub fn projected_change(tenths: i64, change: i64) -> String {
    let percent = percent_tenths(tenths.abs());
    let jobs = |more_or_fewer: &str| {
        if change == 0 {
            format!("fewer than 50 {more_or_fewer} jobs")
        } else {
            format!("{} {more_or_fewer} jobs", number(change.abs()))
        }
    };
    match tenths.signum() {
        1 => format!("grow by {percent} ({})", jobs("more")),
        -1 => format!("fall by {percent} ({})", jobs("fewer")),
        _ if change == 0 => {
            format!("stay about the same ({percent}, fewer than 50 jobs either way)")
        }
        _ => format!(
            "stay about the same ({percent}, {} jobs)",
            signed_number(change)
        ),
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
        "GU" => "Guam",
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
        "VI" => "Virgin Islands",
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
        assert_eq!(cents(2905), "$29.05");
        assert_eq!(cents(11500), "$115.00");
        assert_eq!(percent_tenths(40), "4.0%");
        assert_eq!(percent_tenths(-12), "-1.2%");
        assert_eq!(percent_tenths(0), "0.0%");
        assert_eq!(signed_number(7600), "+7,600");
        assert_eq!(signed_number(-1200), "-1,200");
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
        assert_eq!(
            state_in_sentence("District of Columbia"),
            "the District of Columbia"
        );
        assert_eq!(state_in_sentence("Virgin Islands"), "the Virgin Islands");
        assert_eq!(
            state_in_sentence("Northern Mariana Islands"),
            "the Northern Mariana Islands"
        );
        assert_eq!(state_in_sentence("Texas"), "Texas");
        assert_eq!(state_in_sentence("Guam"), "Guam");
        assert_eq!(state_in_sentence("Puerto Rico"), "Puerto Rico");
        assert_eq!(
            closed("computer occupations, all other"),
            "computer occupations, all other,"
        );
        assert_eq!(closed("electricians"), "electricians");
        assert_eq!(small_number(1), "one");
        assert_eq!(small_number(9), "nine");
        assert_eq!(small_number(10), "10");
        assert_eq!(small_number(1234), "1,234");
        assert_eq!(between("$1", "$2"), "between $1 and $2");
        assert_eq!(
            projected_change(95, 77_400),
            "grow by 9.5% (77,400 more jobs)"
        );
        assert_eq!(
            projected_change(-275, -1_100),
            "fall by 27.5% (1,100 fewer jobs)"
        );
        assert_eq!(
            projected_change(7, 0),
            "grow by 0.7% (fewer than 50 more jobs)"
        );
        assert_eq!(
            projected_change(0, 0),
            "stay about the same (0.0%, fewer than 50 jobs either way)"
        );
    }

    #[test]
    fn bls_flags_are_said_never_hidden() {
        let r = Releases {
            wages: "May 2025".to_string(),
            top_coded_annual: 239_200,
            top_coded_hourly: "115.00".to_string(),
            projection_start: 2024,
            projection_end: 2034,
        };
        assert_eq!(annual_wage(Published::Value(51_140), &r), "$51,140");
        assert_eq!(annual_wage(Published::TopCoded, &r), "$239,200 or more");
        assert_eq!(annual_wage(Published::NotReleased, &r), "not published");
        assert!(annual_wage(Published::NotInThisForm, &r).contains("by the hour"));
        assert_eq!(hourly_wage(Published::TopCoded, &r), "$115.00 or more");
        assert_eq!(count(Published::NotReleased), "not published");
        assert_eq!(count(Published::Value(194_720)), "194,720");
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
