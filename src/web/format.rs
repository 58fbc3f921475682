//! Formatting numbers, dates and periods for people. Templates and page
//! builders use only these, so every page writes figures the same way.

use crate::db::read::{FigureDate, Published, Releases};
use crate::domain::Lang;
use crate::web::i18n::Tr;

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
pub fn projected_count(tr: Tr, n: i64) -> String {
    if n == 0 {
        tr.t("fewer-than-50")
    } else {
        number(n)
    }
}

/// Openings a year for a sentence: "about 14,200", or "fewer than 50".
pub fn openings_phrase(tr: Tr, n: i64) -> String {
    if n == 0 {
        projected_count(tr, n)
    } else {
        tr.t1("about-number", "n", number(n))
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
pub fn annual_wage(tr: Tr, p: Published, r: &Releases) -> String {
    match p {
        Published::Value(v) => money(v),
        Published::TopCoded => tr.t1("or-more", "amount", money(r.top_coded_annual)),
        Published::NotInThisForm => tr.t("not-published-hourly"),
        Published::NotReleased => tr.t("not-published"),
    }
}

/// An hourly wage (in cents) as BLS publishes it: `$24.59`, `$115.00 or
/// more`, or why there is no figure.
pub fn hourly_wage(tr: Tr, p: Published, r: &Releases) -> String {
    match p {
        Published::Value(v) => cents(v),
        Published::TopCoded => tr.t1("or-more", "amount", format!("${}", r.top_coded_hourly)),
        Published::NotInThisForm => tr.t("not-published-annual"),
        Published::NotReleased => tr.t("not-published"),
    }
}

/// A count as BLS publishes it, every digit kept, or "not published".
pub fn count(tr: Tr, p: Published) -> String {
    match p {
        Published::Value(v) => number(v),
        _ => tr.t("not-published"),
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
pub fn date(tr: Tr, d: &FigureDate) -> String {
    match (&d.period, d.estimated) {
        (Some(p), false) => release(tr, p),
        (_, true) => tr.t1("circa-year", "year", d.year.to_string()),
        (None, false) => d.year.to_string(),
    }
}

/// An ordinal for percentiles: `10th`, `50th`, `1st`, `22nd`.
pub fn ordinal(tr: Tr, n: i64) -> String {
    if tr.lang != Lang::En {
        return tr.t1("ordinal", "n", n.to_string());
    }
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
pub fn month(tr: Tr, iso: &str) -> String {
    match iso.split_once('-').map(|(y, m)| (y, m.parse::<usize>())) {
        Some((y, Ok(m @ 1..=12))) if y.len() == 4 => tr.t2(
            "month-year",
            "month",
            tr.t(&format!("month-{m}")),
            "year",
            y,
        ),
        _ => iso.to_string(),
    }
}

/// A release or period as a source names it ("May 2025"), in `tr`'s
/// language ("mayo de 2025"); anything not a month and year is kept as
/// the source wrote it.
pub fn release(tr: Tr, name: &str) -> String {
    if tr.lang == Lang::En {
        return name.to_string();
    }
    let found = name
        .split_once(' ')
        .and_then(|(m, y)| Some((MONTHS.iter().position(|n| *n == m)?, y)))
        .filter(|(_, y)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    match found {
        Some((m, y)) => month(tr, &format!("{y}-{:02}", m + 1)),
        None => name.to_string(),
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

/// The same in `lang`: `23 November 2026`, `23 de noviembre de 2026`.
pub fn long_date_in(lang: crate::domain::Lang, iso: &str) -> String {
    let tr = crate::web::i18n::Tr::new(lang);
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (m.parse::<usize>(), d.parse::<u8>()) {
        (Ok(m @ 1..=12), Ok(d)) => tr.t3(
            "long-date",
            "day",
            d.to_string(),
            "month",
            tr.t(&format!("month-{m}")),
            "year",
            y,
        ),
        _ => iso.to_string(),
    }
}

/// `text` in lower case without accents, for sorting and filing titles
/// in either language (`Ópticos` files under O).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// A state's or territory's name as it reads inside a sentence, with
/// "the" where English puts one: "in the District of Columbia", "in the
/// Virgin Islands", but "in Texas", "in Guam", "in Puerto Rico". Menus,
/// lists and table cells keep the bare name.
pub fn state_in_sentence(tr: Tr, name: &str) -> String {
    if tr.lang != Lang::En {
        return name.to_string();
    }
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
pub fn small_number(tr: Tr, n: usize) -> String {
    if n < 10 {
        tr.t(&format!("number-{n}"))
    } else {
        number(n as i64)
    }
}

/// A range of figures in a sentence: "between $42,640 and $108,510".
pub fn between(tr: Tr, low: &str, high: &str) -> String {
    tr.t2("between", "low", low, "high", high)
}

/// How a projection says employment moves, for a sentence after "is
/// projected to": "grow by 9.5% (77,400 more jobs)", "fall by 27.5% (1,100
/// fewer jobs)", or "stay about the same (0.0%, fewer than 50 jobs either
/// way)". `change` is the published change in jobs, 0 when it rounds to
/// fewer than 50.
pub fn projected_change(tr: Tr, tenths: i64, change: i64) -> String {
    let percent = percent_tenths(tenths.abs());
    // "few" when the change rounds to fewer than 50 jobs.
    let jobs = if change == 0 {
        "few".to_string()
    } else {
        number(change.abs())
    };
    let id = match tenths.signum() {
        1 => "projected-grow",
        -1 => "projected-fall",
        _ if change == 0 => "projected-same-few",
        _ => "projected-same",
    };
    tr.t3(
        "projected-change",
        "way",
        id,
        "percent",
        percent,
        "jobs",
        if id == "projected-same" {
            signed_number(change)
        } else {
            jobs
        },
    )
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

    const EN: Tr = Tr { lang: Lang::En };

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
        assert_eq!(ordinal(EN, 10), "10th");
        assert_eq!(ordinal(EN, 1), "1st");
        assert_eq!(ordinal(EN, 11), "11th");
        assert_eq!(ordinal(EN, 22), "22nd");
        assert_eq!(long_date("2026-11-23"), "23 November 2026");
        assert_eq!(long_date("soon"), "soon");
        assert_eq!(state_name("CT"), "Connecticut");
        assert_eq!(state_name("ZZ"), "ZZ");
        assert_eq!(
            state_in_sentence(EN, "District of Columbia"),
            "the District of Columbia"
        );
        assert_eq!(
            state_in_sentence(EN, "Virgin Islands"),
            "the Virgin Islands"
        );
        assert_eq!(
            state_in_sentence(EN, "Northern Mariana Islands"),
            "the Northern Mariana Islands"
        );
        assert_eq!(state_in_sentence(EN, "Texas"), "Texas");
        assert_eq!(state_in_sentence(EN, "Guam"), "Guam");
        assert_eq!(state_in_sentence(EN, "Puerto Rico"), "Puerto Rico");
        assert_eq!(
            closed("computer occupations, all other"),
            "computer occupations, all other,"
        );
        assert_eq!(closed("electricians"), "electricians");
        assert_eq!(small_number(EN, 1), "one");
        assert_eq!(small_number(EN, 9), "nine");
        assert_eq!(small_number(EN, 10), "10");
        assert_eq!(small_number(EN, 1234), "1,234");
        assert_eq!(between(EN, "$1", "$2"), "between $1 and $2");
        assert_eq!(
            projected_change(EN, 95, 77_400),
            "grow by 9.5% (77,400 more jobs)"
        );
        assert_eq!(
            projected_change(EN, -275, -1_100),
            "fall by 27.5% (1,100 fewer jobs)"
        );
        assert_eq!(
            projected_change(EN, 7, 0),
            "grow by 0.7% (fewer than 50 more jobs)"
        );
        assert_eq!(
            projected_change(EN, 0, 0),
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
        assert_eq!(annual_wage(EN, Published::Value(51_140), &r), "$51,140");
        assert_eq!(annual_wage(EN, Published::TopCoded, &r), "$239,200 or more");
        assert_eq!(annual_wage(EN, Published::NotReleased, &r), "not published");
        assert!(annual_wage(EN, Published::NotInThisForm, &r).contains("by the hour"));
        assert_eq!(hourly_wage(EN, Published::TopCoded, &r), "$115.00 or more");
        assert_eq!(count(EN, Published::NotReleased), "not published");
        assert_eq!(count(EN, Published::Value(194_720)), "194,720");
    }

    #[test]
    fn dates_say_when_the_year_is_estimated() {
        let d = |period: Option<&str>, estimated| FigureDate {
            year: 2018,
            period: period.map(str::to_string),
            estimated,
        };
        assert_eq!(date(EN, &d(Some("May 2018"), false)), "May 2018");
        assert_eq!(date(EN, &d(None, false)), "2018");
        assert_eq!(date(EN, &d(None, true)), "c. 2018");
    }
}
