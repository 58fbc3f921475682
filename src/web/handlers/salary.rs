//! `/careers/{slug}/salary`: every pay figure, one table per kind, with the
//! city table sorted on the server (`?sort=city|1y|5y|rise`).

use std::collections::BTreeSet;

use actix_web::web;
use askama::Template;
use serde::Deserialize;

use crate::db::models::SalaryByCity;
use crate::db::queries;
use crate::web::chart::{BarChart, Value};
use crate::web::format;
use crate::web::handlers::load_career;
use crate::web::page::{CareerFrame, CitedSource, Citer, Figure, PageMeta, Section};
use crate::web::{AppError, AppResult, AppState, cache_key};

/// Query string of the salary page. Unknown parameters are ignored.
#[derive(Debug, Deserialize)]
pub struct SalaryQuery {
    /// Sort order of the city table.
    pub sort: Option<String>,
}

/// How the city table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitySort {
    /// By city name, A to Z.
    City,
    /// By the median at this many years of experience, highest first.
    Years(i64),
    /// By the rise from the least to the most experience, largest first.
    Rise,
}

impl CitySort {
    /// The value of `?sort=` for this order.
    pub fn key(self) -> String {
        match self {
            CitySort::City => "city".to_string(),
            CitySort::Years(n) => format!("{n}y"),
            CitySort::Rise => "rise".to_string(),
        }
    }

    /// Reads `?sort=`, given the experience levels the career has figures
    /// for. Anything else is a 400 that lists the choices.
    pub fn parse(raw: Option<&str>, levels: &[i64]) -> AppResult<Self> {
        let choices = || {
            let mut keys = vec!["city".to_string()];
            keys.extend(levels.iter().map(|n| format!("{n}y")));
            if levels.len() > 1 {
                keys.push("rise".to_string());
            }
            keys.join(", ")
        };
        let raw = match raw.map(str::trim) {
            None | Some("") => return Ok(CitySort::City),
            Some(r) => r,
        };
        let sort = match raw {
            "city" => Some(CitySort::City),
            "rise" if levels.len() > 1 => Some(CitySort::Rise),
            other => other
                .strip_suffix('y')
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| levels.contains(n))
                .map(CitySort::Years),
        };
        sort.ok_or_else(|| {
            let shown: String = raw.chars().take(40).collect();
            let ellipsis = if raw.chars().count() > 40 { "…" } else { "" };
            AppError::BadRequest(format!(
                "“{shown}{ellipsis}” is not a way to sort the salary-by-city table. Use one of: {}.",
                choices()
            ))
        })
    }
}

/// A row of the percentile table.
#[derive(Debug, Clone)]
pub struct PercentileRow {
    /// `10th percentile`, `Median (50th percentile)`.
    pub label: String,
    /// What it means, in words.
    pub meaning: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of a simple labelled-figure table.
#[derive(Debug, Clone)]
pub struct LabelledFigure {
    /// Row heading.
    pub label: String,
    /// The figure.
    pub figure: Figure,
}

/// A row of the medians-by-year table.
#[derive(Debug, Clone)]
pub struct MedianRow {
    /// The figure.
    pub figure: Figure,
    /// Number employed, formatted.
    pub employment: Option<String>,
    /// Who it covers.
    pub scope: String,
}

/// A row of the city table.
#[derive(Debug, Clone)]
pub struct CityRow {
    /// `Seattle, Washington` or `All locations`.
    pub place: String,
    /// Median at each experience level, formatted; `None` where not given.
    pub cells: Vec<Option<String>>,
    /// Rise from the first to the last level, formatted.
    pub rise: Option<String>,
    /// Rise in per cent of the first level.
    pub rise_percent: Option<String>,
    /// When the figures date from.
    pub when: String,
    /// True when the source does not print the year.
    pub estimated: bool,
    /// Source numbers.
    pub cites: Vec<usize>,
    /// True for the figure across all locations.
    pub is_overall: bool,
    /// Ids of the sources of the row's figures.
    pub source_ids: Vec<String>,
    /// Median at each experience level.
    pub medians: Vec<Option<i64>>,
}

impl CityRow {
    /// Rise from the first to the last experience level, where both exist.
    pub fn rise_value(&self) -> Option<i64> {
        match (self.medians.first(), self.medians.last()) {
            (Some(Some(a)), Some(Some(b))) if self.medians.len() > 1 => Some(b - a),
            _ => None,
        }
    }
}

/// A sortable column heading of the city table.
#[derive(Debug, Clone)]
pub struct SortLink {
    /// Heading text.
    pub label: String,
    /// Link that sorts by this column.
    pub href: String,
    /// `ascending`/`descending` when the table is sorted by it.
    pub aria_sort: Option<&'static str>,
}

/// The salary page.
#[derive(Template)]
#[template(path = "career/salary.html")]
pub struct SalaryPage {
    /// Page head.
    pub meta: PageMeta,
    /// Shared career page parts.
    pub frame: CareerFrame,
    /// Percentiles.
    pub percentiles: Vec<PercentileRow>,
    /// Medians by industry, highest first.
    pub industries: Vec<LabelledFigure>,
    /// Medians from different years, newest first.
    pub medians: Vec<MedianRow>,
    /// City table heading links: place, one per level, rise.
    pub city_heads: Vec<SortLink>,
    /// True when the table has a rise column.
    pub has_rise: bool,
    /// City rows, sorted.
    pub cities: Vec<CityRow>,
    /// The overall row, if any.
    pub overall: Option<CityRow>,
    /// The current sort, in words.
    pub sort_label: String,
    /// Address of the city table as CSV, sorted as shown.
    pub city_csv_href: String,
    /// Chart of the city table.
    pub chart: Option<BarChart>,
    /// Sources cited on the page.
    pub sources: Vec<CitedSource>,
}

/// `1 year`, `5 years`.
pub fn experience(n: i64) -> String {
    if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    }
}

/// The experience levels the city figures cover, in order.
pub fn experience_levels(cities: &[SalaryByCity]) -> Vec<i64> {
    cities
        .iter()
        .map(|c| c.experience_years)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Pivots city figures into one row per place, with a column per level.
pub fn city_rows(cities: &[SalaryByCity], levels: &[i64], citer: &mut Citer) -> Vec<CityRow> {
    let mut places: Vec<(Option<String>, Option<String>)> = Vec::new();
    for c in cities {
        let place = (c.city.clone(), c.state.clone());
        if !places.contains(&place) {
            places.push(place);
        }
    }
    places
        .into_iter()
        .map(|(city, state)| {
            let figures: Vec<&SalaryByCity> = cities
                .iter()
                .filter(|c| c.city == city && c.state == state)
                .collect();
            let medians: Vec<Option<i64>> = levels
                .iter()
                .map(|l| {
                    figures
                        .iter()
                        .find(|f| f.experience_years == *l)
                        .map(|f| f.median)
                })
                .collect();
            let mut whens: Vec<String> = Vec::new();
            let mut cites = Vec::new();
            let mut source_ids: Vec<String> = Vec::new();
            let mut estimated = false;
            for f in &figures {
                if !source_ids.contains(&f.source) {
                    source_ids.push(f.source.clone());
                }
                let when = format::date(&f.date);
                if !whens.contains(&when) {
                    whens.push(when);
                }
                let n = citer.cite(&f.source);
                if !cites.contains(&n) {
                    cites.push(n);
                }
                estimated |= f.date.estimated;
            }
            let place = match (&city, &state) {
                (Some(c), Some(s)) => format!("{c}, {s}"),
                (Some(c), None) => c.clone(),
                _ => "All locations (overall)".to_string(),
            };
            let mut row = CityRow {
                place,
                cells: medians.iter().map(|m| m.map(format::money)).collect(),
                rise: None,
                rise_percent: None,
                when: whens.join(", "),
                estimated,
                cites,
                is_overall: city.is_none(),
                source_ids,
                medians,
            };
            if let (Some(rise), Some(Some(first))) = (row.rise_value(), row.medians.first()) {
                row.rise = Some(if rise >= 0 {
                    format!("+{}", format::money(rise))
                } else {
                    format::money(rise)
                });
                if *first > 0 {
                    let pct = (rise * 1000 / first + if rise >= 0 { 5 } else { -5 }) / 10;
                    row.rise_percent = Some(format::signed_percent(pct));
                }
            }
            row
        })
        .collect()
}

/// Sorts city rows in the given order (ties by place).
pub fn sort_rows(rows: &mut [CityRow], sort: CitySort, levels: &[i64]) {
    match sort {
        CitySort::City => rows.sort_by(|a, b| a.place.cmp(&b.place)),
        CitySort::Years(n) => {
            let i = levels.iter().position(|l| *l == n).unwrap_or(0);
            rows.sort_by(|a, b| {
                let va = a.medians.get(i).copied().flatten();
                let vb = b.medians.get(i).copied().flatten();
                vb.cmp(&va).then_with(|| a.place.cmp(&b.place))
            });
        }
        CitySort::Rise => rows.sort_by(|a, b| {
            b.rise_value()
                .cmp(&a.rise_value())
                .then_with(|| a.place.cmp(&b.place))
        }),
    }
}

/// Shows the salary page of a career.
pub async fn salary(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<SalaryQuery>,
) -> AppResult<actix_web::HttpResponse> {
    let key = cache_key(req.path(), &[("sort", query.sort.as_deref())]);
    state
        .page(&req, key, render(req.clone(), state.clone(), path, query))
        .await
}

/// Renders the page.
async fn render(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<SalaryQuery>,
) -> AppResult<String> {
    let slug = path.into_inner();
    let data = load_career(&state, &req, &slug, Section::Salary, queries::salary).await?;
    let levels = experience_levels(&data.cities);
    let sort = CitySort::parse(query.sort.as_deref(), &levels)?;
    let c = &data.career;
    let mut citer = Citer::new(&data.sources);

    let percentiles = data
        .percentiles
        .iter()
        .map(|p| {
            let (label, meaning) = if p.percentile == 50 {
                (
                    "Median (50th percentile)".to_string(),
                    "Half earn more, half earn less".to_string(),
                )
            } else if p.percentile < 50 {
                (
                    format!("{} percentile", format::ordinal(p.percentile)),
                    format!("{}% earn less than this", p.percentile),
                )
            } else {
                (
                    format!("{} percentile", format::ordinal(p.percentile)),
                    format!("{}% earn more than this", 100 - p.percentile),
                )
            };
            PercentileRow {
                label,
                meaning,
                figure: Figure::new(format::money(p.amount), &p.date, &p.source, &mut citer),
            }
        })
        .collect();
    let industries = data
        .industries
        .iter()
        .map(|i| LabelledFigure {
            label: i.industry.clone(),
            figure: Figure::new(format::money(i.median), &i.date, &i.source, &mut citer),
        })
        .collect();
    let medians = data
        .medians
        .iter()
        .map(|m| MedianRow {
            figure: Figure::new(format::money(m.median), &m.date, &m.source, &mut citer),
            employment: m.employment.map(format::number),
            scope: m.scope.clone(),
        })
        .collect();

    let all_rows = city_rows(&data.cities, &levels, &mut citer);
    let (mut cities, overall): (Vec<CityRow>, Vec<CityRow>) =
        all_rows.into_iter().partition(|r| !r.is_overall);
    sort_rows(&mut cities, sort, &levels);
    let base = Section::Salary.href(&c.slug);
    let link = |s: CitySort, label: String, descending: bool| SortLink {
        label,
        href: format!("{base}?sort={}#salary-by-city", s.key()),
        aria_sort: (s == sort).then_some(if descending {
            "descending"
        } else {
            "ascending"
        }),
    };
    let mut city_heads = vec![link(CitySort::City, "City".to_string(), false)];
    city_heads.extend(levels.iter().map(|l| {
        link(
            CitySort::Years(*l),
            format!("{} experience", experience(*l)),
            true,
        )
    }));
    let has_rise = levels.len() > 1;
    if has_rise {
        city_heads.push(link(CitySort::Rise, "Rise".to_string(), true));
    }
    let sort_label = match sort {
        CitySort::City => "city name, A to Z".to_string(),
        CitySort::Years(n) => format!("median pay at {}, highest first", experience(n)),
        CitySort::Rise => "rise in pay with experience, largest first".to_string(),
    };

    let chart = (!cities.is_empty()).then(|| {
        let groups = cities
            .iter()
            .chain(overall.iter())
            .map(|r| {
                let values = r
                    .medians
                    .iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        m.map(|v| Value {
                            series: i,
                            value: v,
                            label: format::money(v),
                        })
                    })
                    .collect();
                (r.place.clone(), values)
            })
            .collect();
        BarChart::new(
            "city-chart",
            format!("Median pay of a {} by city and experience", c.title.to_lowercase()),
            "Bars show the median annual pay in each city at each level of experience, in the order of the table below."
                .to_string(),
            levels.iter().map(|l| format!("{} experience", experience(*l))).collect(),
            groups,
        )
        .with_caption("The table below gives the same figures with their years and sources.")
    });

    let frame = CareerFrame::new(c, Section::Salary);
    let canonical = if sort == CitySort::City {
        frame.path()
    } else {
        format!("{}?sort={}", frame.path(), sort.key())
    };
    let description = format!(
        "What a {} earns: pay percentiles, median pay by industry, by city and experience, and medians from different years, each with its source and year.",
        c.title.to_lowercase()
    );
    let page = SalaryPage {
        meta: frame.meta(description, state.url(&canonical)),
        frame,
        percentiles,
        industries,
        medians,
        city_heads,
        has_rise,
        cities,
        overall: overall.into_iter().next(),
        sort_label,
        city_csv_href: if sort == CitySort::City {
            format!("/careers/{}/salary-by-city.csv", c.slug)
        } else {
            format!("/careers/{}/salary-by-city.csv?sort={}", c.slug, sort.key())
        },
        chart,
        sources: citer.finish(),
    };
    Ok(page.render()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_orders_parse_and_bad_ones_say_what_is_allowed() {
        let levels = [1, 5];
        assert_eq!(CitySort::parse(None, &levels).ok(), Some(CitySort::City));
        assert_eq!(
            CitySort::parse(Some(""), &levels).ok(),
            Some(CitySort::City)
        );
        assert_eq!(
            CitySort::parse(Some("5y"), &levels).ok(),
            Some(CitySort::Years(5))
        );
        assert_eq!(
            CitySort::parse(Some("rise"), &levels).ok(),
            Some(CitySort::Rise)
        );
        match CitySort::parse(Some("bogus"), &levels) {
            Err(AppError::BadRequest(m)) => assert!(m.contains("city, 1y, 5y, rise"), "{m}"),
            other => panic!("expected a bad request, got {other:?}"),
        }
        assert!(CitySort::parse(Some("3y"), &levels).is_err());
        assert!(CitySort::parse(Some("rise"), &[1]).is_err());
    }
}
