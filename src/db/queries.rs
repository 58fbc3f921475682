//! Typed read queries. Every function takes a `&Connection` and returns
//! plain structs from [`super::models`]; `Ok(None)` means "no such career".

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::models::*;
use crate::domain::Interest;
use crate::domain::Notes;

type Result<T> = rusqlite::Result<T>;

/// The sources career `career_id` cites anywhere, in seed order.
pub fn sources(conn: &Connection, career_id: i64) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.publisher, s.reported_in, s.note, s.dataset
         FROM career_source cs JOIN source s ON s.id = cs.source_id
         WHERE cs.career_id = ?1 ORDER BY s.position",
    )?;
    stmt.query_map([career_id], source_row)?.collect()
}

/// A source from a row of `id, publisher, reported_in, note, dataset`.
fn source_row(r: &Row<'_>) -> Result<Source> {
    Ok(Source {
        id: r.get(0)?,
        publisher: r.get(1)?,
        reported_in: r.get(2)?,
        note: r.get(3)?,
        dataset: r.get(4)?,
    })
}

/// The sources with these ids, in seed order.
pub fn sources_by_id(conn: &Connection, ids: &[&str]) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, publisher, reported_in, note, dataset FROM source WHERE id = ?1",
    )?;
    let mut out = Vec::new();
    for id in ids {
        out.extend(stmt.query_row([id], source_row).optional()?);
    }
    Ok(out)
}

/// Hand-written careers, by title, at most `limit`.
pub fn handwritten(conn: &Connection, limit: i64) -> Result<Vec<CareerListItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title, summary FROM career WHERE handwritten ORDER BY title, slug LIMIT ?1",
    )?;
    stmt.query_map([limit], |r| {
        Ok(CareerListItem {
            slug: r.get(0)?,
            title: r.get(1)?,
            summary: r.get(2)?,
        })
    })?
    .collect()
}

/// How many careers there are.
pub fn career_count(conn: &Connection) -> Result<i64> {
    meta(conn, "careers")
}

/// The career with this slug, if any.
pub fn career(conn: &Connection, slug: &str) -> Result<Option<Career>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.slug, c.title, c.data_as_of, c.soc, c.handwritten, c.occupation_group,
                c.summary, c.work_text, c.work_hours_text, c.certification_text,
                c.renewal_years, c.renewal_source, g.code, g.slug, g.title, g.careers
         FROM career c LEFT JOIN occupation_group g ON g.code = c.group_code
         WHERE c.slug = ?1",
    )?;
    stmt.query_row([slug], |r| {
        let handwritten: bool = r.get(5)?;
        let text = if handwritten {
            Some(CareerText {
                occupation_group: r.get(6)?,
                summary: r.get(7)?,
                work_text: r.get(8)?,
                work_hours_text: r.get(9)?,
                certification_text: r.get(10)?,
                renewal_years: r.get(11)?,
                renewal_source: r.get(12)?,
            })
        } else {
            None
        };
        let group = match r.get::<_, Option<String>>(13)? {
            Some(code) => Some(Group {
                code,
                slug: r.get(14)?,
                title: r.get(15)?,
                careers: r.get(16)?,
            }),
            None => None,
        };
        Ok(Career {
            id: r.get(0)?,
            slug: r.get(1)?,
            title: r.get(2)?,
            data_as_of: r.get(3)?,
            soc: r.get(4)?,
            group,
            text,
        })
    })
    .optional()
}

fn meta_text(conn: &Connection, key: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?;
    stmt.query_row([key], |r| {
        Ok(match r.get_ref(0)? {
            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            rusqlite::types::ValueRef::Integer(i) => i.to_string(),
            other => format!("{other:?}"),
        })
    })
    .optional()
}

/// The releases the current figures come from; `None` for a database
/// built without datasets.
pub fn releases(conn: &Connection) -> Result<Option<Releases>> {
    let Some(wages) = meta_text(conn, "oews_release")? else {
        return Ok(None);
    };
    Ok(Some(Releases {
        wages,
        top_coded_annual: meta(conn, "top_coded_annual")?,
        top_coded_hourly: meta_text(conn, "top_coded_hourly")?.unwrap_or_default(),
        projection_start: meta(conn, "projections_start")?,
        projection_end: meta(conn, "projections_end")?,
    }))
}

/// The current figures of career `career_id`'s occupation, if it has one.
pub fn occupation(conn: &Connection, career_id: i64) -> Result<Option<Occupation>> {
    let Some(releases) = releases(conn)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT soc, title, in_oews, employment, annual_mean, annual_p10, annual_p25,
                annual_median, annual_p75, annual_p90, hourly_median_cents, notes,
                employment_start, employment_end, change, percent_change_tenths,
                annual_openings, entry_education, work_experience, on_the_job_training, job_zone
         FROM occupation WHERE career_id = ?1",
    )?;
    let row = stmt
        .query_row([career_id], |r| {
            let notes = Notes::parse(&r.get::<_, String>(11)?).unwrap_or_default();
            let in_oews: bool = r.get(2)?;
            let p = |i: usize, column: &str| -> Result<Published> {
                Ok(Published::from_notes(r.get(i)?, &notes, column))
            };
            let wages = if in_oews {
                Some(Wages {
                    employment: p(3, "employment")?,
                    annual: [
                        p(5, "annual_p10")?,
                        p(6, "annual_p25")?,
                        p(7, "annual_median")?,
                        p(8, "annual_p75")?,
                        p(9, "annual_p90")?,
                    ],
                })
            } else {
                None
            };
            Ok(Occupation {
                soc: r.get(0)?,
                title: r.get(1)?,
                annual_mean: if in_oews {
                    p(4, "annual_mean")?
                } else {
                    Published::NotReleased
                },
                hourly_median: if in_oews {
                    p(10, "hourly_median")?
                } else {
                    Published::NotReleased
                },
                wages,
                employment_start: r.get(12)?,
                employment_end: r.get(13)?,
                change: r.get(14)?,
                percent_change_tenths: r.get(15)?,
                annual_openings: r.get(16)?,
                entry_education: r.get(17)?,
                work_experience: r.get(18)?,
                on_the_job_training: r.get(19)?,
                job_zone: r.get(20)?,
                onet: Vec::new(),
                releases: releases.clone(),
            })
        })
        .optional()?;
    let Some(mut occupation) = row else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT code, title FROM onet_occupation WHERE career_id = ?1
         ORDER BY NOT data_level, substr(code, 9) <> '00', code",
    )?;
    occupation.onet = stmt
        .query_map([career_id], |r| {
            Ok(OnetRef {
                code: r.get(0)?,
                title: r.get(1)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(occupation))
}

/// Wages of one row of `state_wage` or `industry_wage`, from column
/// `first` on (employment, then the five or three percentiles), with the
/// row's notes.
fn wages(r: &Row<'_>, first: usize, percentiles: &[usize; 5], notes: &Notes) -> Result<Wages> {
    let columns = [
        "annual_p10",
        "annual_p25",
        "annual_median",
        "annual_p75",
        "annual_p90",
    ];
    let mut annual = [Published::NotReleased; 5];
    for (slot, (i, column)) in annual.iter_mut().zip(percentiles.iter().zip(columns)) {
        if *i > 0 {
            *slot = Published::from_notes(r.get(*i)?, notes, column);
        }
    }
    Ok(Wages {
        employment: Published::from_notes(r.get(first)?, notes, "employment"),
        annual,
    })
}

/// Every state and territory with wage figures: (code, name), by name.
pub fn us_states(conn: &Connection) -> Result<Vec<UsState>> {
    let mut stmt = conn.prepare_cached("SELECT code, name FROM us_state ORDER BY name")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// The name of the state or territory `code`, if BLS publishes wages for
/// it.
pub fn state_name(conn: &Connection, code: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM us_state WHERE code = ?1")?;
    stmt.query_row([code], |r| r.get(0)).optional()
}

/// Pay of career `career_id` in `state`: the state's wages and its areas'.
/// `None` when there is no such state.
pub fn state_pay(conn: &Connection, career_id: i64, state: &str) -> Result<Option<StatePay>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM us_state WHERE code = ?1")?;
    let Some(name) = stmt
        .query_row([state], |r| r.get::<_, String>(0))
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT employment, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, notes
         FROM state_wage WHERE career_id = ?1 AND state = ?2",
    )?;
    let state_wages = stmt
        .query_row(params![career_id, state], |r| {
            let notes = Notes::parse(&r.get::<_, String>(6)?).unwrap_or_default();
            wages(r, 0, &[1, 2, 3, 4, 5], &notes)
        })
        .optional()?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.code, a.name, a.metropolitan, w.employment, w.annual_p10, w.annual_median,
                w.annual_p90, w.notes
         FROM area_state s JOIN area a ON a.code = s.area_code
         JOIN area_wage w ON w.area_code = s.area_code AND w.career_id = ?1
         WHERE s.state = ?2 ORDER BY NOT a.metropolitan, a.name",
    )?;
    let areas = stmt
        .query_map(params![career_id, state], |r| {
            let notes = Notes::parse(&r.get::<_, String>(7)?).unwrap_or_default();
            Ok(AreaWages {
                code: r.get(0)?,
                name: r.get(1)?,
                metropolitan: r.get(2)?,
                wages: wages(r, 3, &[4, 0, 5, 0, 6], &notes)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(StatePay {
        code: state.to_string(),
        name,
        wages: state_wages,
        areas,
    }))
}

/// Current wages of career `career_id` in every state that has them.
pub fn state_wages(conn: &Connection, career_id: i64) -> Result<Vec<StateWages>> {
    let mut stmt = conn.prepare_cached(
        "SELECT state, state_name, employment, annual_p10, annual_p25, annual_median,
                annual_p75, annual_p90, notes
         FROM state_wage WHERE career_id = ?1 ORDER BY state_name",
    )?;
    stmt.query_map([career_id], |r| {
        let notes = Notes::parse(&r.get::<_, String>(8)?).unwrap_or_default();
        Ok(StateWages {
            state: r.get(0)?,
            name: r.get(1)?,
            wages: wages(r, 2, &[3, 4, 5, 6, 7], &notes)?,
        })
    })?
    .collect()
}

/// Current wages of career `career_id` in the industries employing the
/// most, biggest first.
pub fn industry_wages(conn: &Connection, career_id: i64) -> Result<Vec<IndustryWages>> {
    let mut stmt = conn.prepare_cached(
        "SELECT naics, title, employment, annual_p10, annual_median, annual_p90, notes
         FROM industry_wage WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        let notes = Notes::parse(&r.get::<_, String>(6)?).unwrap_or_default();
        Ok(IndustryWages {
            naics: r.get(0)?,
            title: r.get(1)?,
            wages: wages(r, 2, &[3, 0, 4, 0, 5], &notes)?,
        })
    })?
    .collect()
}

/// What people call career `career_id`'s job, the most common first.
pub fn job_titles(conn: &Connection, career_id: i64, limit: i64) -> Result<Vec<JobTitle>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, common, source_id FROM job_title WHERE career_id = ?1
         ORDER BY position LIMIT ?2",
    )?;
    stmt.query_map([career_id, limit], |r| {
        Ok(JobTitle {
            title: r.get(0)?,
            common: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
}

/// Software and technology of career `career_id`, hot ones first.
pub fn technology(conn: &Connection, career_id: i64) -> Result<Vec<TechnologyItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT example, class, hot FROM technology WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(TechnologyItem {
            example: r.get(0)?,
            class: r.get(1)?,
            hot: r.get(2)?,
        })
    })?
    .collect()
}

/// The columns of a career in a list, for [`summary_row`].
const SUMMARY_COLUMNS: &str =
    "c.slug, c.title, o.career_id, o.annual_median, o.hourly_median_cents,
     o.notes, o.percent_change_tenths, o.entry_education, o.in_oews";

/// A career in a list, from a row of [`SUMMARY_COLUMNS`].
fn summary_row(r: &Row<'_>) -> Result<CareerSummary> {
    let has_occupation = r.get::<_, Option<i64>>(2)?.is_some();
    let in_oews: bool = r.get::<_, Option<bool>>(8)?.unwrap_or(false);
    let notes =
        Notes::parse(&r.get::<_, Option<String>>(5)?.unwrap_or_default()).unwrap_or_default();
    Ok(CareerSummary {
        slug: r.get(0)?,
        title: r.get(1)?,
        median: (has_occupation && in_oews)
            .then(|| Published::from_notes(r.get(3).ok().flatten(), &notes, "annual_median")),
        hourly_median: (has_occupation && in_oews)
            .then(|| Published::from_notes(r.get(4).ok().flatten(), &notes, "hourly_median")),
        percent_change_tenths: r.get(6)?,
        entry_education: r.get(7)?,
    })
}

/// Careers related to career `career_id`, most related first.
pub fn related(conn: &Connection, career_id: i64) -> Result<Vec<CareerSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM related_career r
         JOIN career c ON c.id = r.related_id
         LEFT JOIN occupation o ON o.career_id = c.id
         WHERE r.career_id = ?1 ORDER BY r.position"
    ))?;
    stmt.query_map([career_id], summary_row)?.collect()
}

/// O*NET's shares of workers by level of education, for career
/// `career_id`.
pub fn education_shares(conn: &Connection, career_id: i64) -> Result<Vec<EducationShareRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT category, label, percent, suppress, onet_code, date FROM education_share
         WHERE career_id = ?1 ORDER BY category",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(EducationShareRow {
            category: r.get(0)?,
            label: r.get(1)?,
            percent: r.get(2)?,
            suppress: r.get(3)?,
            onet_code: r.get(4)?,
            date: r.get(5)?,
        })
    })?
    .collect()
}

/// Every major group, by title.
pub fn groups(conn: &Connection) -> Result<Vec<Group>> {
    let mut stmt = conn
        .prepare_cached("SELECT code, slug, title, careers FROM occupation_group ORDER BY title")?;
    stmt.query_map([], |r| {
        Ok(Group {
            code: r.get(0)?,
            slug: r.get(1)?,
            title: r.get(2)?,
            careers: r.get(3)?,
        })
    })?
    .collect()
}

/// The group with this slug and its careers, by title.
pub fn group(conn: &Connection, slug: &str) -> Result<Option<(Group, Vec<CareerSummary>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, slug, title, careers FROM occupation_group WHERE slug = ?1",
    )?;
    let Some(group) = stmt
        .query_row([slug], |r| {
            Ok(Group {
                code: r.get(0)?,
                slug: r.get(1)?,
                title: r.get(2)?,
                careers: r.get(3)?,
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM career c LEFT JOIN occupation o ON o.career_id = c.id
         WHERE c.group_code = ?1 ORDER BY c.title, c.slug"
    ))?;
    let careers = stmt
        .query_map([&group.code], summary_row)?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some((group, careers)))
}

/// Every career's slug and title, by title: the A-Z index.
pub fn index(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT slug, title FROM career ORDER BY title, slug")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Every dataset, in the order the site credits them.
pub fn datasets(conn: &Connection) -> Result<Vec<DatasetInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, publisher, release, license, license_url, attribution, url, note,
                changes, files
         FROM dataset ORDER BY position",
    )?;
    stmt.query_map([], |r| {
        Ok(DatasetInfo {
            id: r.get(0)?,
            name: r.get(1)?,
            publisher: r.get(2)?,
            release: r.get(3)?,
            license: r.get(4)?,
            license_url: r.get(5)?,
            attribution: r.get(6)?,
            url: r.get(7)?,
            note: r.get(8)?,
            changes: r.get(9)?,
            files: r
                .get::<_, String>(10)?
                .lines()
                .map(str::to_string)
                .collect(),
        })
    })?
    .collect()
}

fn section_sources(conn: &Connection, career_id: i64) -> Result<SectionSources> {
    let mut stmt = conn.prepare_cached(
        "SELECT section, source_id FROM section_source WHERE career_id = ?1 ORDER BY section, position",
    )?;
    let mut map = SectionSources::new();
    let rows = stmt.query_map([career_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (section, source) = row?;
        map.entry(section).or_default().push(source);
    }
    Ok(map)
}

fn list_items(conn: &Connection, career_id: i64, section: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT text FROM list_item WHERE career_id = ?1 AND section = ?2 ORDER BY position",
    )?;
    stmt.query_map(params![career_id, section], |r| r.get(0))?
        .collect()
}

fn trends(conn: &Connection, career_id: i64) -> Result<Vec<Trend>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, text, source_id FROM trend WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Trend {
            title: r.get(0)?,
            text: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
}

fn alternate_titles(conn: &Connection, career_id: i64) -> Result<Vec<AlternateTitle>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, kind, source_id FROM alternate_title WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(AlternateTitle {
            title: r.get(0)?,
            kind: r.get(1)?,
            source: r.get(2)?,
        })
    })?
    .collect()
}

fn similar(conn: &Connection, career_id: i64) -> Result<Vec<SimilarOccupation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, source_id FROM similar_occupation WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SimilarOccupation {
            title: r.get(0)?,
            source: r.get(1)?,
        })
    })?
    .collect()
}

fn education(conn: &Connection, career_id: i64) -> Result<Vec<Education>> {
    let mut stmt = conn.prepare_cached(
        "SELECT key, title, duration, text, source_id FROM education
         WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Education {
            key: r.get(0)?,
            title: r.get(1)?,
            duration: r.get(2)?,
            text: r.get(3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

fn date(r: &Row<'_>, year: usize, estimated: usize) -> Result<FigureDate> {
    Ok(FigureDate {
        year: r.get(year)?,
        period: None,
        estimated: r.get(estimated)?,
    })
}

fn medians(conn: &Connection, career_id: i64) -> Result<Vec<SalaryMedian>> {
    let mut stmt = conn.prepare_cached(
        "SELECT median, year, period, year_estimated, employment, scope, source_id
         FROM salary_median WHERE career_id = ?1 ORDER BY year DESC, position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryMedian {
            median: r.get(0)?,
            date: FigureDate {
                year: r.get(1)?,
                period: r.get(2)?,
                estimated: r.get(3)?,
            },
            employment: r.get(4)?,
            scope: r.get(5)?,
            source: r.get(6)?,
        })
    })?
    .collect()
}

fn projections(conn: &Connection, career_id: i64) -> Result<Vec<Projection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT start_year, end_year, growth_percent, pace, employment_start, employment_end,
                new_jobs, occupation_group, source_id
         FROM projection WHERE career_id = ?1 ORDER BY start_year DESC, position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Projection {
            start_year: r.get(0)?,
            end_year: r.get(1)?,
            growth_percent: r.get(2)?,
            pace: r.get(3)?,
            employment_start: r.get(4)?,
            employment_end: r.get(5)?,
            new_jobs: r.get(6)?,
            occupation_group: r.get(7)?,
            source: r.get(8)?,
        })
    })?
    .collect()
}

fn learn_more(conn: &Connection, career_id: i64) -> Result<Vec<LearnMore>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, address, phone, url, source_id FROM learn_more
         WHERE career_id = ?1 ORDER BY position",
    )?;
    stmt.query_map([career_id], |r| {
        let address: String = r.get(1)?;
        Ok(LearnMore {
            name: r.get(0)?,
            address: address
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            phone: r.get(2)?,
            url: r.get(3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

fn certifications(conn: &Connection, career_id: i64) -> Result<Vec<Certification>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.abbreviation, c.name, c.body, b.name, c.text, c.source_id
         FROM certification c
         JOIN certification_body b ON b.career_id = c.career_id AND b.abbreviation = c.body
         WHERE c.career_id = ?1 ORDER BY c.position",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(Certification {
            abbreviation: r.get(0)?,
            name: r.get(1)?,
            body: r.get(2)?,
            body_name: r.get(3)?,
            text: r.get(4)?,
            source: r.get(5)?,
        })
    })?
    .collect()
}

fn percentiles(conn: &Connection, career_id: i64) -> Result<Vec<SalaryPercentile>> {
    let mut stmt = conn.prepare_cached(
        "SELECT percentile, amount, year, year_estimated, source_id FROM salary_percentile
         WHERE career_id = ?1 ORDER BY year DESC, source_id, percentile",
    )?;
    stmt.query_map([career_id], |r| {
        Ok(SalaryPercentile {
            percentile: r.get(0)?,
            amount: r.get(1)?,
            date: date(r, 2, 3)?,
            source: r.get(4)?,
        })
    })?
    .collect()
}

fn schools(conn: &Connection, career_id: i64, town: Option<&str>) -> Result<Vec<School>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, s.town, s.state, cs.source_id, i.unitid, i.name, m.unitid, m.name
         FROM career_school cs JOIN school s ON s.id = cs.school_id
         LEFT JOIN institution i ON i.unitid = s.unitid
         LEFT JOIN institution m ON m.unitid = i.merged_into
         WHERE cs.career_id = ?1 AND (?2 IS NULL OR s.town = ?2)
         ORDER BY s.name, s.town",
    )?;
    stmt.query_map(params![career_id, town], |r| {
        let unitid: Option<String> = r.get(4)?;
        let merged: Option<String> = r.get(6)?;
        Ok(School {
            name: r.get(0)?,
            town: r.get(1)?,
            state: r.get(2)?,
            source: r.get(3)?,
            institution: match unitid {
                Some(unitid) => Some(SchoolInstitution {
                    unitid,
                    name: r.get(5)?,
                    merged_into: match merged {
                        Some(m) => Some((m, r.get(7)?)),
                        None => None,
                    },
                }),
                None => None,
            },
        })
    })?
    .collect()
}

/// The slug of the career that `slug` (already made into a slug) or `code`
/// (as typed) names: a career's own slug, one of its other titles made
/// into a slug, its SOC code (`29-2072`) or one of its O*NET codes
/// (`29-2072.00`).
pub fn resolve_slug(conn: &Connection, slug: &str, code: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug FROM career WHERE slug = ?1
         UNION ALL
         SELECT c.slug FROM career_alias a JOIN career c ON c.id = a.career_id WHERE a.slug = ?1
         UNION ALL
         SELECT slug FROM career WHERE soc = ?2
         UNION ALL
         SELECT c.slug FROM onet_occupation o JOIN career c ON c.id = o.career_id WHERE o.code = ?2
         LIMIT 1",
    )?;
    stmt.query_row([slug, code], |r| r.get(0)).optional()
}

/// Every career's slug and the date its facts were checked, for the sitemap.
pub fn sitemap(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT slug, data_as_of FROM career ORDER BY slug")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Pay in `state` (if asked) and the list of states, for the pages that
/// let the reader choose a state.
fn states_for(
    conn: &Connection,
    career_id: i64,
    state: Option<&str>,
) -> Result<(Option<StatePay>, Vec<UsState>)> {
    let pay = match state {
        Some(s) => state_pay(conn, career_id, s)?,
        None => None,
    };
    Ok((pay, us_states(conn)?))
}

/// The career sheet's data for `slug`, with pay in `state` if asked.
pub fn sheet(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Sheet>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    Ok(Some(Sheet {
        sources: sources(conn, career.id)?,
        duties: list_items(conn, id, "duties")?,
        skills: list_items(conn, id, "skills")?,
        section_sources: section_sources(conn, id)?,
        education: education(conn, id)?,
        certifications: certifications(conn, id)?,
        percentiles: percentiles(conn, id)?,
        medians: medians(conn, id)?,
        projections: projections(conn, id)?,
        schools: schools(conn, id, None)?,
        learn_more: learn_more(conn, id)?,
        occupation: occupation(conn, id)?,
        job_titles: job_titles(conn, id, 6)?,
        related: related(conn, id)?,
        state_pay,
        us_states,
        career,
    }))
}

/// The overview page's data for `slug`, with pay in `state` if asked.
pub fn overview(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Overview>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    Ok(Some(Overview {
        sources: sources(conn, career.id)?,
        section_sources: section_sources(conn, id)?,
        duties: list_items(conn, id, "duties")?,
        skills: list_items(conn, id, "skills")?,
        work_settings: list_items(conn, id, "work_settings")?,
        trends: trends(conn, id)?,
        alternate_titles: alternate_titles(conn, id)?,
        similar: similar(conn, id)?,
        education: education(conn, id)?,
        medians: medians(conn, id)?,
        percentiles: percentiles(conn, id)?,
        certifications: certifications(conn, id)?,
        projections: projections(conn, id)?,
        learn_more: learn_more(conn, id)?,
        occupation: occupation(conn, id)?,
        job_titles: job_titles(conn, id, 60)?,
        technology: technology(conn, id)?,
        related: related(conn, id)?,
        state_pay,
        us_states,
        interest: career_interest(conn, id)?,
        career,
    }))
}

/// The training page's data for `slug`, with schools limited to `town`
/// (matched without regard to case) when it is one of the career's towns.
pub fn training(conn: &Connection, slug: &str, town: Option<&str>) -> Result<Option<Training>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let certifications = certifications(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT state, required, text, source_id FROM licensing WHERE career_id = ?1 ORDER BY state",
    )?;
    let licensing = stmt
        .query_map([id], |r| {
            Ok(Licensing {
                state: r.get(0)?,
                required: r.get(1)?,
                text: r.get(2)?,
                source: r.get(3)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT s.town FROM career_school cs JOIN school s ON s.id = cs.school_id
         WHERE cs.career_id = ?1 ORDER BY s.town",
    )?;
    let towns = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<Vec<String>>>()?;
    let town_filter = match town {
        None => TownFilter::All,
        Some(asked) => match towns
            .iter()
            .find(|t| t.to_lowercase() == asked.to_lowercase())
        {
            Some(known) => TownFilter::Town(known.clone()),
            None => TownFilter::Unknown(asked.to_string()),
        },
    };
    let filter = match &town_filter {
        TownFilter::Town(t) => Some(t.as_str()),
        TownFilter::All | TownFilter::Unknown(_) => None,
    };
    let schools = schools(conn, id, filter)?;
    Ok(Some(Training {
        sources: sources(conn, career.id)?,
        section_sources: section_sources(conn, id)?,
        education: education(conn, id)?,
        coursework: list_items(conn, id, "coursework")?,
        certifications,
        licensing,
        schools,
        towns,
        town_filter,
        occupation: occupation(conn, id)?,
        education_shares: education_shares(conn, id)?,
        career,
    }))
}

/// The salary page's data for `slug`, with pay in `state` if asked.
pub fn salary(conn: &Connection, slug: &str, state: Option<&str>) -> Result<Option<Salary>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    let (state_pay, us_states) = states_for(conn, id, state)?;
    let percentiles = percentiles(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT industry, median, year, year_estimated, source_id FROM salary_by_industry
         WHERE career_id = ?1 ORDER BY median DESC, industry",
    )?;
    let industries = stmt
        .query_map([id], |r| {
            Ok(SalaryByIndustry {
                industry: r.get(0)?,
                median: r.get(1)?,
                date: date(r, 2, 3)?,
                source: r.get(4)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT city, state, experience_years, median, year, year_estimated, source_id
         FROM salary_by_city WHERE career_id = ?1 ORDER BY position",
    )?;
    let cities = stmt
        .query_map([id], |r| {
            Ok(SalaryByCity {
                city: r.get(0)?,
                state: r.get(1)?,
                experience_years: r.get(2)?,
                median: r.get(3)?,
                date: date(r, 4, 5)?,
                source: r.get(6)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(Salary {
        sources: sources(conn, career.id)?,
        medians: medians(conn, id)?,
        percentiles,
        industries,
        cities,
        occupation: occupation(conn, id)?,
        states: state_wages(conn, id)?,
        industry_wages: industry_wages(conn, id)?,
        state_pay,
        us_states,
        career,
    }))
}

/// The outlook page's data for `slug`.
pub fn outlook(conn: &Connection, slug: &str) -> Result<Option<Outlook>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    Ok(Some(Outlook {
        sources: sources(conn, career.id)?,
        projections: projections(conn, career.id)?,
        occupation: occupation(conn, career.id)?,
        career,
    }))
}

/// Counts rows of a table, for tests and the build report. `table` must be
/// one of the schema's table names.
pub fn count(conn: &Connection, table: &str) -> Result<i64> {
    const TABLES: &[&str] = &[
        "career",
        "career_alias",
        "school",
        "career_school",
        "source",
        "projection",
        "salary_by_city",
        "salary_percentile",
        "salary_by_industry",
        "salary_median",
        "alternate_title",
        "certification",
    ];
    if !TABLES.contains(&table) {
        return Err(rusqlite::Error::InvalidParameterName(table.to_string()));
    }
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
}

fn meta(conn: &Connection, key: &str) -> Result<i64> {
    let mut stmt = conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?;
    Ok(stmt.query_row([key], |r| r.get(0)).optional()?.unwrap_or(0))
}

/// One page of the career list, by title, and the number of careers.
pub fn career_page(
    conn: &Connection,
    limit: i64,
    offset: i64,
) -> Result<(Vec<CareerListItem>, i64)> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title, summary FROM career ORDER BY title, slug LIMIT ?1 OFFSET ?2",
    )?;
    let careers = stmt
        .query_map([limit, offset], |r| {
            Ok(CareerListItem {
                slug: r.get(0)?,
                title: r.get(1)?,
                summary: r.get(2)?,
            })
        })?
        .collect::<Result<Vec<_>>>()?;
    Ok((careers, meta(conn, "careers")?))
}

/// Full-text search. `fts_query` must be an FTS5 expression made by
/// `web::search::match_expression` (quoted terms only). At most `limit`
/// hits, best first: a text equal to `exact` (the words as typed), then by
/// kind (a career's title or code, a title people use, a duty, skill or
/// certification, a school), then the most people employed, then FTS5's
/// rank.
pub fn search(
    conn: &Connection,
    fts_query: &str,
    exact: &str,
    limit: i64,
) -> Result<Vec<SearchHit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, slug, section, anchor, state, town, career_title,
                highlight(search_index, 9, char(1), char(2))
         FROM search_index WHERE search_index MATCH ?1
         ORDER BY text = ?3 COLLATE NOCASE DESC, priority, weight DESC, rank
         LIMIT ?2",
    )?;
    stmt.query_map(params![fts_query, limit, exact], |r| {
        let target = match r.get::<_, Option<String>>(1)? {
            Some(slug) => HitTarget::Career {
                slug,
                section: r.get(2)?,
                anchor: r.get(3)?,
            },
            None => HitTarget::Schools {
                state: r.get(4)?,
                town: r.get(5)?,
            },
        };
        Ok(SearchHit {
            kind: r.get(0)?,
            target,
            career_title: r.get(6)?,
            highlighted: r.get(7)?,
        })
    })?
    .collect()
}

/// Titles (of careers and alternate titles) that share three-letter
/// pieces with `trigram_query` (an FTS5 OR of quoted trigrams): up to 100
/// candidates, for the caller to rank.
pub fn title_candidates(conn: &Connection, trigram_query: &str) -> Result<Vec<Suggestion>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title FROM title_trigram WHERE title_trigram MATCH ?1 ORDER BY rank LIMIT 100",
    )?;
    stmt.query_map([trigram_query], |r| {
        Ok(Suggestion {
            slug: r.get(0)?,
            title: r.get(1)?,
        })
    })?
    .collect()
}

/// One page of the schools list, filtered by state and town (matched
/// without regard to case); each filter has its own statement so SQLite
/// can use the index made for it.
pub fn school_page(
    conn: &Connection,
    state: Option<&str>,
    town: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<SchoolPage> {
    // The filters in use, with their values; `clause(n)` numbers the
    // placeholders from ?n.
    let mut columns: Vec<&str> = Vec::new();
    let mut values: Vec<&str> = Vec::new();
    if let Some(s) = state {
        columns.push("state = ?");
        values.push(s);
    }
    if let Some(t) = town {
        columns.push("town = ? COLLATE NOCASE");
        values.push(t);
    }
    let clause = |first: usize| -> String {
        if columns.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| c.replace('?', &format!("?{}", first + i)))
            .collect();
        format!(" WHERE {}", parts.join(" AND "))
    };
    let filter = clause(3);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, name, town, state FROM school{filter} ORDER BY name, town LIMIT ?1 OFFSET ?2"
    ))?;
    let mut careers = conn.prepare_cached(
        "SELECT c.slug, c.title FROM career_school cs JOIN career c ON c.id = cs.career_id
         WHERE cs.school_id = ?1 ORDER BY c.title",
    )?;
    let mut args: Vec<&dyn rusqlite::ToSql> = vec![&limit, &offset];
    args.extend(values.iter().map(|v| v as &dyn rusqlite::ToSql));
    let mut schools = Vec::new();
    let mut rows = stmt.query(args.as_slice())?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        schools.push(SchoolListing {
            name: r.get(1)?,
            town: r.get(2)?,
            state: r.get(3)?,
            careers: careers
                .query_map([id], |c| Ok((c.get(0)?, c.get(1)?)))?
                .collect::<Result<Vec<_>>>()?,
        });
    }
    let total = if values.is_empty() {
        meta(conn, "schools")?
    } else {
        conn.prepare_cached(&format!("SELECT count(*) FROM school{}", clause(1)))?
            .query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))?
    };
    let mut stmt =
        conn.prepare_cached("SELECT state, schools FROM school_state_count ORDER BY state")?;
    let states = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<_>>>()?;
    Ok(SchoolPage {
        schools,
        total,
        states,
    })
}

/// Every glossary term, in page order: (id, term, definition).
pub fn glossary(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, term, definition FROM glossary ORDER BY position")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect()
}

/// The levels of entry education careers have, from the most schooling.
pub fn education_levels(conn: &Connection) -> Result<Vec<EducationLevel>> {
    let mut stmt = conn.prepare_cached("SELECT code, label FROM entry_education ORDER BY code")?;
    stmt.query_map([], |r| {
        Ok(EducationLevel {
            code: r.get(0)?,
            label: r.get(1)?,
        })
    })?
    .collect()
}

/// The WHERE clause and arguments of `filter`; `top_coded` is the annual
/// wage a top-coded median counts as.
fn explore_where(filter: &ExploreFilter, top_coded: i64) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut clauses: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(g) = &filter.group {
        clauses.push(format!("c.group_code = {}", arg(Value::Text(g.clone()))));
    }
    if let Some(e) = filter.education {
        clauses.push(format!(
            "o.entry_education_code = {}",
            arg(Value::Integer(e))
        ));
    }
    if let Some(z) = filter.zone {
        clauses.push(format!("o.job_zone = {}", arg(Value::Integer(z))));
    }
    if let Some(p) = filter.min_pay {
        let p = arg(Value::Integer(p));
        let top = arg(Value::Integer(top_coded));
        clauses.push(format!(
            "(o.annual_median >= {p} OR (o.annual_median IS NULL AND instr(o.notes, 'annual_median=5') > 0 AND {top} >= {p}))"
        ));
    }
    if let Some(g) = filter.min_growth_tenths {
        clauses.push(format!(
            "o.percent_change_tenths >= {}",
            arg(Value::Integer(g))
        ));
    }
    if let Some(t) = &filter.text {
        clauses.push(format!(
            "c.slug IN (SELECT slug FROM search_index WHERE search_index MATCH {}
                 AND kind IN ('career', 'title', 'code'))",
            arg(Value::Text(t.clone()))
        ));
    }
    let clause = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (clause, args)
}

/// `LIMIT ?n OFFSET ?m` for `limit` and `offset`, which it adds to `args`
/// as their next two arguments.
fn limit_offset(args: &mut Vec<rusqlite::types::Value>, limit: i64, offset: i64) -> String {
    args.push(rusqlite::types::Value::Integer(limit));
    args.push(rusqlite::types::Value::Integer(offset));
    format!("LIMIT ?{} OFFSET ?{}", args.len() - 1, args.len())
}

/// How many careers pass `filter`.
pub fn explore_count(conn: &Connection, filter: &ExploreFilter, top_coded: i64) -> Result<i64> {
    let (clause, args) = explore_where(filter, top_coded);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*) FROM career c LEFT JOIN occupation o ON o.career_id = c.id {clause}"
    ))?;
    stmt.query_row(rusqlite::params_from_iter(args), |r| r.get(0))
}

/// The careers that pass `filter`, ordered by `sort` (`descending` or
/// not; careers without the figure last, then by title), `limit` from
/// `offset`.
pub fn explore(
    conn: &Connection,
    filter: &ExploreFilter,
    sort: ExploreSort,
    descending: bool,
    top_coded: i64,
    limit: i64,
    offset: i64,
) -> Result<Vec<ExploreRow>> {
    let (clause, mut args) = explore_where(filter, top_coded);
    let key = match sort {
        ExploreSort::Name => "NULL",
        ExploreSort::Pay => {
            "coalesce(o.annual_median,
             CASE WHEN instr(o.notes, 'annual_median=5') > 0 THEN ?T END)"
        }
        ExploreSort::Growth => "o.percent_change_tenths",
        ExploreSort::Openings => "o.annual_openings",
        ExploreSort::Employment => "o.employment",
    };
    let key = key.replace("?T", &format!("?{}", args.len() + 1));
    args.push(rusqlite::types::Value::Integer(top_coded));
    let dir = if descending { "DESC" } else { "ASC" };
    let title_dir = if sort == ExploreSort::Name {
        dir
    } else {
        "ASC"
    };
    let page = limit_offset(&mut args, limit, offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}, c.soc, g.title, o.employment, o.annual_openings, o.job_zone
         FROM career c LEFT JOIN occupation o ON o.career_id = c.id
         LEFT JOIN occupation_group g ON g.code = c.group_code
         {clause}
         ORDER BY {key} IS NULL, {key} {dir}, c.title {title_dir}, c.slug
         {page}"
    ))?;
    stmt.query_map(rusqlite::params_from_iter(args), |r| {
        Ok(ExploreRow {
            career: summary_row(r)?,
            soc: r.get(9)?,
            group: r.get(10)?,
            employment: r.get(11)?,
            openings: r.get(12)?,
            zone: r.get(13)?,
        })
    })?
    .collect()
}

/// One career of a comparison, with pay in `state` if asked.
pub fn compare_item(
    conn: &Connection,
    slug: &str,
    state: Option<&str>,
) -> Result<Option<CompareItem>> {
    let Some(career) = career(conn, slug)? else {
        return Ok(None);
    };
    let id = career.id;
    Ok(Some(CompareItem {
        occupation: occupation(conn, id)?,
        certifications: certifications(conn, id)?,
        state_pay: match state {
            Some(s) => state_pay(conn, id, s)?,
            None => None,
        },
        interest: career_interest(conn, id)?,
        sources: sources(conn, id)?,
        career,
    }))
}

/// The career that words typed into the comparison's "add" box name:
/// a slug, a code or a title (as `resolve_slug` takes them), else the best
/// match of a title search (`fts_query` over `raw`).
pub fn career_named(
    conn: &Connection,
    slug: &str,
    raw: &str,
    fts_query: &str,
) -> Result<Option<String>> {
    if let Some(found) = resolve_slug(conn, slug, raw)? {
        return Ok(Some(found));
    }
    if fts_query.is_empty() {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT slug FROM search_index WHERE search_index MATCH ?1
             AND kind IN ('career', 'title', 'code')
         ORDER BY text = ?2 COLLATE NOCASE DESC, priority, weight DESC, rank LIMIT 1",
    )?;
    stmt.query_row([fts_query, raw], |r| r.get(0)).optional()
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

/// The `WHERE` clause and its parameters for a career's programs: at
/// institutions the Scorecard lists in a state, in `filter`'s state and
/// credential. Written out rather than `?2 IS NULL OR ...` so that a
/// chosen state is looked up in the index.
fn program_where(career_id: i64, filter: &ProgramFilter) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut sql = String::from("cf.career_id = ?1");
    let mut values = vec![Value::Integer(career_id)];
    match &filter.state {
        Some(s) => {
            values.push(Value::Text(s.clone()));
            sql.push_str(&format!(" AND p.state = ?{}", values.len()));
        }
        None => sql.push_str(" AND p.state IS NOT NULL"),
    }
    if let Some(c) = filter.credential {
        values.push(Value::Integer(c.0));
        sql.push_str(&format!(" AND p.credential = ?{}", values.len()));
    }
    (sql, values)
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
    let (cond, values) = program_where(career_id, &by_state);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.credential, count(*) FROM career_field cf
         JOIN program p ON p.cip4 = cf.cip4
         WHERE {cond} GROUP BY p.credential"
    ))?;
    let mut by_credential = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
            Ok((Credential(r.get(0)?), r.get(1)?))
        })?
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
    let (cond, mut values) = program_where(career_id, filter);
    values.push(rusqlite::types::Value::Integer(limit.unwrap_or(-1)));
    values.push(rusqlite::types::Value::Integer(offset));
    let n = values.len();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.unitid, i.name, p.state, f.cip4, f.title, p.credential, p.completers,
                p.earnings, p.horizon, p.debt
         FROM career_field cf
         JOIN program p ON p.cip4 = cf.cip4
         JOIN institution i ON i.unitid = p.unitid
         JOIN study_field f ON f.cip4 = p.cip4
         WHERE {cond}
         ORDER BY {CREDENTIAL_ORDER}, {key}, i.name, f.cip4
         LIMIT ?{} OFFSET ?{n}",
        n - 1
    ))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
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

/// The columns of `career_interest` (alias `i`) for the six scores, in
/// [`Interest::ALL`] order.
const INTEREST_SCORES: &str =
    "i.realistic, i.investigative, i.artistic, i.social, i.enterprising, i.conventional";

/// The column of `area`'s score.
fn interest_column(area: Interest) -> &'static str {
    match area {
        Interest::Realistic => "i.realistic",
        Interest::Investigative => "i.investigative",
        Interest::Artistic => "i.artistic",
        Interest::Social => "i.social",
        Interest::Enterprising => "i.enterprising",
        Interest::Conventional => "i.conventional",
    }
}

/// High points stored as letters, in order; a letter that names no area
/// (none is written) ends the list.
fn high_points(letters: [Option<String>; 3]) -> Vec<Interest> {
    letters
        .iter()
        .map_while(|l| l.as_deref().and_then(Interest::from_letter))
        .collect()
}

/// Six scores from columns `from..from + 6`.
fn interest_scores(r: &Row<'_>, from: usize) -> Result<[i64; 6]> {
    let mut scores = [0; 6];
    for (i, s) in scores.iter_mut().enumerate() {
        *s = r.get(from + i)?;
    }
    Ok(scores)
}

/// Career `career_id`'s interest profile, if O*NET has one.
pub fn career_interest(conn: &Connection, career_id: i64) -> Result<Option<CareerInterest>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.onet_code, i.onet_title, i.first, i.second, i.third, i.date, {INTEREST_SCORES}
         FROM career_interest i WHERE i.career_id = ?1"
    ))?;
    stmt.query_row([career_id], |r| {
        Ok(CareerInterest {
            onet_code: r.get(0)?,
            onet_title: r.get(1)?,
            high_points: high_points([r.get(2)?, r.get(3)?, r.get(4)?]),
            date: r.get(5)?,
            scores: interest_scores(r, 6)?,
        })
    })
    .optional()
}

/// The WHERE clause, ORDER BY keys and arguments that rank careers for
/// `q`. A career is listed when one of its high points is a chosen area.
/// It ranks by how many of the choices, in order, are its high points in
/// order (first = first, then second = second, ...), then by how many of
/// the chosen areas are among its high points in any order, then by the
/// sum of its scores in the chosen areas, then by its score in the first.
/// Letters come from [`Interest`], never from the request.
fn interest_ranking(q: &InterestQuery) -> (String, String, Vec<rusqlite::types::Value>) {
    const POSITIONS: [&str; 3] = ["i.first", "i.second", "i.third"];
    let chosen = &q.chosen[..q.chosen.len().min(3)];
    let mut in_order = Vec::new();
    let mut prefix: Vec<String> = Vec::new();
    for (pos, area) in POSITIONS.iter().zip(chosen) {
        prefix.push(format!("{pos} IS '{}'", area.letter()));
        in_order.push(format!("({})", prefix.join(" AND ")));
    }
    let shared: Vec<String> = chosen
        .iter()
        .map(|a| {
            let l = a.letter();
            format!("(i.first IS '{l}' OR i.second IS '{l}' OR i.third IS '{l}')")
        })
        .collect();
    let sum: Vec<&str> = chosen.iter().map(|a| interest_column(*a)).collect();
    let (in_order, shared, sum) = if chosen.is_empty() {
        ("0".to_string(), "0".to_string(), "0".to_string())
    } else {
        (in_order.join(" + "), shared.join(" + "), sum.join(" + "))
    };
    let first = chosen.first().map_or("0", |a| interest_column(*a));
    let mut args = Vec::new();
    let mut clause = format!("WHERE ({shared}) > 0");
    if let Some(z) = q.zone {
        args.push(rusqlite::types::Value::Integer(z));
        clause.push_str(" AND o.job_zone = ?1");
    }
    let order = format!("({in_order}) DESC, ({shared}) DESC, ({sum}) DESC, {first} DESC");
    (clause, order, args)
}

/// How many careers match `q`.
pub fn interest_count(conn: &Connection, q: &InterestQuery) -> Result<i64> {
    let (clause, _, args) = interest_ranking(q);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*) FROM career_interest i JOIN career c ON c.id = i.career_id
         LEFT JOIN occupation o ON o.career_id = c.id {clause}"
    ))?;
    stmt.query_row(rusqlite::params_from_iter(args), |r| r.get(0))
}

/// The careers that match `q`, best first, `limit` from `offset`.
pub fn interest_matches(
    conn: &Connection,
    q: &InterestQuery,
    limit: i64,
    offset: i64,
) -> Result<Vec<InterestRow>> {
    let (clause, order, mut args) = interest_ranking(q);
    let page = limit_offset(&mut args, limit, offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}, c.soc, o.job_zone, i.first, i.second, i.third, {INTEREST_SCORES}
         FROM career_interest i JOIN career c ON c.id = i.career_id
         LEFT JOIN occupation o ON o.career_id = c.id
         {clause}
         ORDER BY {order}, c.title, c.slug
         {page}"
    ))?;
    stmt.query_map(rusqlite::params_from_iter(args), |r| {
        Ok(InterestRow {
            career: summary_row(r)?,
            soc: r.get(9)?,
            zone: r.get(10)?,
            high_points: high_points([r.get(11)?, r.get(12)?, r.get(13)?]),
            scores: interest_scores(r, 14)?,
        })
    })?
    .collect()
}

/// The careers of `slugs` that exist, as list rows, in the order asked.
pub fn career_summaries(conn: &Connection, slugs: &[String]) -> Result<Vec<CareerSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM career c LEFT JOIN occupation o ON o.career_id = c.id
         WHERE c.slug = ?1"
    ))?;
    let mut out = Vec::with_capacity(slugs.len());
    for s in slugs {
        if let Some(c) = stmt.query_row([s], summary_row).optional()? {
            out.push(c);
        }
    }
    Ok(out)
}
