//! Writing the datasets into the database: a career for every projected
//! occupation that no hand-written career covers, and for every career
//! with an occupation its wages, projection, titles, technology, related
//! careers and education shares.

use std::collections::{HashMap, HashSet};

use rusqlite::{Transaction, params};

use super::BuildError;
use crate::domain::first_sentence;
use crate::domain::sources;
use crate::seed::SeedError;
use crate::seed::datasets::{self, Datasets, JobTitle, NationalWage, OnetOccupation};
use crate::seed::descriptions::Description;
use crate::seed::interests::InterestProfile;

/// Rows by the code they belong to (an O*NET-SOC or SOC code), in order.
fn by_code<T>(list: &[T], code: impl Fn(&T) -> &str) -> HashMap<&str, Vec<&T>> {
    let mut by: HashMap<&str, Vec<&T>> = HashMap::new();
    for t in list {
        by.entry(code(t)).or_default().push(t);
    }
    by
}

/// Most related careers kept per career.
const RELATED: usize = 10;

/// The title a major group is shown with: "Healthcare Practitioners and
/// Technical" for "Healthcare Practitioners and Technical Occupations".
fn group_title(title: &str) -> &str {
    title.strip_suffix(" Occupations").unwrap_or(title)
}

/// The major group of a SOC code: `29-0000` for `29-2072`.
pub fn group_code(soc: &str) -> String {
    format!("{}-0000", &soc[..2.min(soc.len())])
}

/// Writes the sources and the dataset descriptions.
pub fn write_sources(
    tx: &Transaction<'_>,
    d: &Datasets,
    first_position: i64,
) -> Result<(), rusqlite::Error> {
    let mut source = tx.prepare(
        "INSERT INTO source (id, position, publisher, reported_in, note, dataset)
         VALUES (?1, ?2, ?3, ?4, ?5, 1)",
    )?;
    let mut dataset = tx.prepare(
        "INSERT INTO dataset (id, position, name, publisher, release, license, license_url,
             attribution, url, note, changes, files)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let m = &d.manifest;
    let files: [Vec<&str>; 9] = [
        vec![
            &m.oews.national,
            &m.oews.state,
            &m.oews.industry,
            &m.oews.metro,
            &m.oews.areas,
        ],
        vec![&m.projections.occupations, &m.projections.sample_titles],
        vec![
            &m.onet.occupations,
            &m.onet.education,
            &m.onet.reported_titles,
            &m.onet.interests,
        ],
        vec![
            &m.onet_titles.alternate_titles,
            &m.onet_titles.technology_skills,
        ],
        vec![&m.onet_related.related_occupations],
        vec![
            &m.onet_profile.skills,
            &m.onet_profile.knowledge,
            &m.onet_profile.work_styles,
            &m.onet_profile.work_values,
            &m.onet_profile.tools,
        ],
        vec![&m.scorecard.programs],
        vec![&m.crosswalk.cip_soc],
        vec![&m.soc.direct_match_titles],
    ];
    for (i, ((id, about), files)) in (0_i64..).zip(m.abouts().into_iter().zip(files)) {
        source.execute(params![
            id,
            first_position + i,
            about.publisher,
            format!("{}, {}", about.name, about.release),
            about.note,
        ])?;
        dataset.execute(params![
            id,
            i,
            about.name,
            about.publisher,
            about.release,
            about.license,
            about.license_url,
            about.attribution,
            about.url,
            about.note,
            about.changes,
            files.join("\n"),
        ])?;
    }
    let mut meta = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    meta.execute(params!["oews_release", m.oews.about.release])?;
    meta.execute(params!["top_coded_annual", m.oews.top_coded_annual])?;
    meta.execute(params!["top_coded_hourly", m.oews.top_coded_hourly])?;
    meta.execute(params!["projections_start", m.projections.start_year])?;
    meta.execute(params!["projections_end", m.projections.end_year])?;
    Ok(())
}

/// Writes the major groups (before any career, which names its group).
pub fn write_groups(tx: &Transaction<'_>, d: &Datasets) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare(
        "INSERT INTO occupation_group (code, slug, title, careers) VALUES (?1, ?2, ?3, 0)",
    )?;
    for n in d.national.iter().filter(|n| n.level == "major") {
        let title = group_title(&n.title);
        stmt.execute(params![n.soc, slug::slugify(title), title])?;
    }
    Ok(())
}

/// The careers that hand-written files made, by their occupation code.
pub type Claimed = HashMap<String, i64>;

/// Writes a career for every projected occupation not in `claimed`, then
/// every career's occupation data. Returns how many careers it added.
pub fn write(
    tx: &Transaction<'_>,
    d: &Datasets,
    descriptions: &[Description],
    claimed: &Claimed,
) -> Result<usize, BuildError> {
    let described: HashMap<&str, &Description> =
        descriptions.iter().map(|t| (t.soc.as_str(), t)).collect();
    let national: HashMap<&str, &NationalWage> =
        d.national.iter().map(|n| (n.soc.as_str(), n)).collect();
    let onet_by_soc = onet_by_career(d);
    let mut career_of: HashMap<String, i64> = claimed.clone();
    let mut taken: HashMap<String, String> = HashMap::new();
    {
        let mut stmt = tx.prepare("SELECT slug FROM career UNION SELECT slug FROM career_alias")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for slug in rows {
            taken.insert(slug?, "a hand-written career".to_string());
        }
    }
    let mut insert = tx.prepare(
        "INSERT INTO career (slug, title, data_as_of, handwritten, soc, group_code, summary,
             summary_line)
         VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7)",
    )?;
    let mut alias = tx.prepare(
        "INSERT INTO career_alias (slug, career_id) VALUES (?1, ?2) ON CONFLICT (slug) DO NOTHING",
    )?;
    let projections_file = d.dir.join(&d.manifest.projections.occupations);
    let mut added = 0;
    for p in &d.projections {
        let title = national
            .get(p.soc.as_str())
            .map(|n| n.title.clone())
            .or_else(|| {
                onet_by_soc
                    .get(p.soc.as_str())
                    .and_then(|o| o.first())
                    .map(|o| o.title.clone())
            })
            .unwrap_or_else(|| p.title.clone());
        let slug = slug::slugify(&title);
        if let Some(&id) = claimed.get(&p.soc) {
            // The hand-written career answers for this occupation; its BLS
            // title leads there too.
            alias.execute(params![slug, id])?;
            continue;
        }
        if let Some(other) = taken.get(&slug) {
            return Err(BuildError::Seed(SeedError {
                file: projections_file,
                field: "title".to_string(),
                message: format!(
                    "the occupation {} ({title}) would have the address /careers/{slug}, which {other} has",
                    p.soc
                ),
            }));
        }
        let text = described.get(p.soc.as_str()).map(|t| t.text.as_str());
        insert.execute(params![
            slug,
            title,
            d.manifest.data_as_of,
            p.soc,
            group_code(&p.soc),
            text,
            text.map(first_sentence),
        ])?;
        let id = tx.last_insert_rowid();
        taken.insert(slug, format!("the occupation {}", p.soc));
        career_of.insert(p.soc.clone(), id);
        added += 1;
    }
    drop(insert);
    drop(alias);
    write_instead(tx, descriptions, &career_of)?;
    write_occupations(tx, d, &career_of, &national, &onet_by_soc)?;
    write_wages(tx, d, &career_of)?;
    write_onet(tx, d, &career_of, &onet_by_soc)?;
    tx.execute_batch(
        "INSERT INTO entry_education (code, label)
             SELECT entry_education_code, min(entry_education) FROM occupation
             GROUP BY entry_education_code;
         UPDATE occupation_group SET careers =
             (SELECT count(*) FROM career c WHERE c.group_code = occupation_group.code);",
    )?;
    Ok(added)
}

/// The O*NET occupations of each projected occupation, the primary one
/// (`.00`, with data) first. An O*NET code whose SOC code is not projected
/// belongs to the one projected code that shares its first six characters
/// and is not itself an O*NET code: BLS publishes some occupations only as
/// such combined codes (13-1020 for 13-1021, 13-1022 and 13-1023).
/// The careers each description points to instead, by their ids.
fn write_instead(
    tx: &Transaction<'_>,
    descriptions: &[Description],
    career_of: &HashMap<String, i64>,
) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare(
        "INSERT INTO career_instead (career_id, position, lead, other_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for t in descriptions {
        for (position, other) in (0_i64..).zip(&t.instead) {
            // The loader checked that both codes are careers.
            if let (Some(id), Some(other_id)) = (career_of.get(&t.soc), career_of.get(&other.soc)) {
                stmt.execute(params![id, position, other.lead, other_id])?;
            }
        }
    }
    Ok(())
}

fn onet_by_career(d: &Datasets) -> HashMap<&str, Vec<&OnetOccupation>> {
    let projected: HashSet<&str> = d.projections.iter().map(|p| p.soc.as_str()).collect();
    let onet_socs: HashSet<&str> = d.onet.iter().map(|o| o.soc.as_str()).collect();
    let mut out: HashMap<&str, Vec<&OnetOccupation>> = HashMap::new();
    for o in &d.onet {
        let target = if projected.contains(o.soc.as_str()) {
            Some(o.soc.as_str())
        } else {
            let combined: Vec<&str> = d
                .projections
                .iter()
                .map(|p| p.soc.as_str())
                .filter(|s| s[..6] == o.soc[..6] && !onet_socs.contains(s))
                .collect();
            (combined.len() == 1).then(|| combined[0])
        };
        if let Some(t) = target {
            out.entry(t).or_default().push(o);
        }
    }
    for list in out.values_mut() {
        list.sort_by_key(|o| (!o.data_level, !o.code.ends_with(".00"), o.code.clone()));
    }
    out
}

fn write_occupations(
    tx: &Transaction<'_>,
    d: &Datasets,
    career_of: &HashMap<String, i64>,
    national: &HashMap<&str, &NationalWage>,
    onet_by_soc: &HashMap<&str, Vec<&OnetOccupation>>,
) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare(
        "INSERT INTO occupation (career_id, soc, title, in_oews, employment, annual_mean,
             annual_p10, annual_p25, annual_median, annual_p75, annual_p90, hourly_median_cents,
             notes, employment_start, employment_end, change, percent_change_tenths,
             annual_openings, entry_education, entry_education_code, work_experience,
             work_experience_code, on_the_job_training, on_the_job_training_code, job_zone,
             industries_withheld)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
    )?;
    for p in &d.projections {
        let Some(&id) = career_of.get(&p.soc) else {
            continue;
        };
        let n = national.get(p.soc.as_str());
        let job_zone = onet_by_soc
            .get(p.soc.as_str())
            .and_then(|list| list.iter().find_map(|o| o.job_zone));
        let a = n.map(|n| n.annual).unwrap_or_default();
        stmt.execute(params![
            id,
            p.soc,
            n.map_or(p.title.as_str(), |n| n.title.as_str()),
            n.is_some(),
            n.and_then(|n| n.employment),
            n.and_then(|n| n.annual_mean),
            a[0],
            a[1],
            a[2],
            a[3],
            a[4],
            n.and_then(|n| n.hourly_median_cents),
            n.map(|n| n.notes.to_text()).unwrap_or_default(),
            p.employment_start,
            p.employment_end,
            p.change,
            p.percent_change_tenths,
            p.annual_openings,
            p.entry_education.0,
            p.entry_education.1,
            p.work_experience.0,
            p.work_experience.1,
            p.on_the_job_training.0,
            p.on_the_job_training.1,
            job_zone,
            d.industries_withheld.get(&p.soc).copied().unwrap_or(0),
        ])?;
    }
    Ok(())
}

fn write_wages(
    tx: &Transaction<'_>,
    d: &Datasets,
    career_of: &HashMap<String, i64>,
) -> Result<(), rusqlite::Error> {
    let mut us_state = tx.prepare(
        "INSERT INTO us_state (code, name) VALUES (?1, ?2) ON CONFLICT (code) DO NOTHING",
    )?;
    for s in &d.states {
        us_state.execute(params![s.state, s.state_name])?;
    }
    let mut state = tx.prepare(
        "INSERT INTO state_wage (career_id, state, state_name, employment, annual_p10,
             annual_p25, annual_median, annual_p75, annual_p90, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for s in &d.states {
        let Some(&id) = career_of.get(&s.soc) else {
            continue;
        };
        let a = s.annual;
        state.execute(params![
            id,
            s.state,
            s.state_name,
            s.employment,
            a[0],
            a[1],
            a[2],
            a[3],
            a[4],
            s.notes.to_text()
        ])?;
    }
    let mut industry = tx.prepare(
        "INSERT INTO industry_wage (career_id, position, naics, title, employment, annual_p10,
             annual_median, annual_p90, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut area = tx.prepare("INSERT INTO area (code, name, metropolitan) VALUES (?1, ?2, ?3)")?;
    let mut area_state = tx.prepare("INSERT INTO area_state (state, area_code) VALUES (?1, ?2)")?;
    for a in &d.areas {
        area.execute(params![a.code, a.name, a.metropolitan])?;
        for s in &a.states {
            area_state.execute(params![s, a.code])?;
        }
    }
    let mut area_wage = tx.prepare(
        "INSERT INTO area_wage (career_id, area_code, employment, annual_p10, annual_median,
             annual_p90, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for w in &d.area_wages {
        let Some(&id) = career_of.get(&w.soc) else {
            continue;
        };
        area_wage.execute(params![
            id,
            w.area,
            w.employment,
            w.annual[0],
            w.annual[1],
            w.annual[2],
            w.notes.to_text()
        ])?;
    }
    let mut positions: HashMap<i64, i64> = HashMap::new();
    for w in &d.industries {
        let Some(&id) = career_of.get(&w.soc) else {
            continue;
        };
        let position = positions.entry(id).or_default();
        industry.execute(params![
            id,
            *position,
            w.naics,
            w.title,
            w.employment,
            w.annual[0],
            w.annual[1],
            w.annual[2],
            w.notes.to_text()
        ])?;
        *position += 1;
    }
    Ok(())
}

/// Which career each O*NET code belongs to, each career's O*NET
/// occupations, and the careers that have any, in id order.
struct OnetLinks<'a> {
    career_of_code: HashMap<&'a str, i64>,
    codes_of: HashMap<i64, Vec<&'a OnetOccupation>>,
    ids: Vec<i64>,
}

impl<'a> OnetLinks<'a> {
    fn new(
        career_of: &HashMap<String, i64>,
        onet_by_soc: &HashMap<&'a str, Vec<&'a OnetOccupation>>,
    ) -> Self {
        let mut career_of_code: HashMap<&str, i64> = HashMap::new();
        let mut codes_of: HashMap<i64, Vec<&OnetOccupation>> = HashMap::new();
        for (soc, list) in onet_by_soc {
            if let Some(&id) = career_of.get(*soc) {
                for o in list {
                    career_of_code.insert(o.code.as_str(), id);
                }
                codes_of.insert(id, list.clone());
            }
        }
        let mut ids: Vec<i64> = codes_of.keys().copied().collect();
        ids.sort_unstable();
        Self {
            career_of_code,
            codes_of,
            ids,
        }
    }
}

/// The O*NET occupations, and what each career takes from its own: titles,
/// technology, related careers, education shares, interests, and the
/// ratings and tools of 29.3.
fn write_onet(
    tx: &Transaction<'_>,
    d: &Datasets,
    career_of: &HashMap<String, i64>,
    onet_by_soc: &HashMap<&str, Vec<&OnetOccupation>>,
) -> Result<(), rusqlite::Error> {
    let links = OnetLinks::new(career_of, onet_by_soc);
    let mut stmt = tx.prepare(
        "INSERT INTO onet_occupation (code, career_id, title, job_zone, data_level)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for o in &d.onet {
        stmt.execute(params![
            o.code,
            links.career_of_code.get(o.code.as_str()),
            o.title,
            o.job_zone,
            o.data_level
        ])?;
    }
    links.write_titles(tx, d, career_of)?;
    links.write_technology(tx, d)?;
    links.write_related(tx, d)?;
    links.write_education_shares(tx, d)?;
    links.write_interests(tx, d)?;
    super::profile::write(tx, d, &links.codes_of, &links.ids)
}

/// What each career takes from its O*NET occupations, one kind at a time.
impl OnetLinks<'_> {
    /// Titles: O*NET's most common ones, BLS sample titles, the titles of
    /// the career's other O*NET occupations, the remaining reported titles,
    /// then alternate titles; without repeats or the career's own title.
    /// The SOC's direct-match titles not among them go to `direct_title`,
    /// for search only.
    fn write_titles(
        &self,
        tx: &Transaction<'_>,
        d: &Datasets,
        career_of: &HashMap<String, i64>,
    ) -> Result<(), rusqlite::Error> {
        let Self { codes_of, ids, .. } = self;
        let reported = by_code(&d.reported_titles, |t| &t.code);
        let alternate = by_code(&d.alternate_titles, |t| &t.code);
        let sample = by_code(&d.sample_titles, |t| &t.code);
        let direct = by_code(&d.direct_titles, |t| &t.code);
        let mut direct_stmt =
            tx.prepare("INSERT INTO direct_title (career_id, title) VALUES (?1, ?2)")?;
        let soc_of: HashMap<i64, &str> =
            career_of.iter().map(|(s, id)| (*id, s.as_str())).collect();
        let mut own = tx.prepare("SELECT title FROM career WHERE id = ?1")?;
        let mut title_stmt = tx.prepare(
            "INSERT INTO job_title (career_id, position, title, common, source_id)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for &id in ids {
            let codes = &codes_of[&id];
            let own_title: String = own.query_row([id], |r| r.get(0))?;
            let mut seen: HashSet<String> = HashSet::from([own_title.to_lowercase()]);
            let mut list: Vec<(String, bool, &str)> = Vec::new();
            let mut push = |title: String, common: bool, source: &'static str| {
                if seen.insert(title.to_lowercase()) {
                    list.push((title, common, source));
                }
            };
            let with_short = |t: &JobTitle| match &t.short {
                Some(s) if !t.title.contains(s.as_str()) => format!("{} ({s})", t.title),
                _ => t.title.clone(),
            };
            for o in codes {
                for t in reported.get(o.code.as_str()).into_iter().flatten() {
                    if t.common {
                        push(t.title.clone(), true, sources::ONET);
                    }
                }
            }
            if let Some(soc) = soc_of.get(&id) {
                for t in sample.get(soc).into_iter().flatten() {
                    push(t.title.clone(), false, sources::PROJECTIONS);
                }
            }
            for o in codes {
                push(o.title.clone(), false, sources::ONET);
                for t in reported.get(o.code.as_str()).into_iter().flatten() {
                    push(t.title.clone(), false, sources::ONET);
                }
            }
            for o in codes {
                for t in alternate.get(o.code.as_str()).into_iter().flatten() {
                    push(with_short(t), false, sources::ONET_TITLES);
                }
            }
            for (i, (title, common, source)) in (0_i64..).zip(list) {
                title_stmt.execute(params![id, i, title, common, source])?;
            }
            for t in soc_of
                .get(&id)
                .and_then(|soc| direct.get(soc))
                .into_iter()
                .flatten()
            {
                if seen.insert(t.title.to_lowercase()) {
                    direct_stmt.execute(params![id, t.title])?;
                }
            }
        }
        Ok(())
    }

    /// Technology: hot first, then in demand, then by name; no repeats.
    fn write_technology(&self, tx: &Transaction<'_>, d: &Datasets) -> Result<(), rusqlite::Error> {
        let Self { codes_of, ids, .. } = self;
        let tech_by = by_code(&d.technology, |t| &t.code);
        let mut tech = tx.prepare(
            "INSERT INTO technology (career_id, position, example, class, hot, in_demand)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for &id in ids {
            let mut list: Vec<&datasets::Technology> = Vec::new();
            let mut seen = HashSet::new();
            for o in &codes_of[&id] {
                for t in tech_by.get(o.code.as_str()).into_iter().flatten() {
                    if seen.insert(t.example.to_lowercase()) {
                        list.push(t);
                    }
                }
            }
            list.sort_by(|a, b| {
                (!a.hot, !a.in_demand, a.example.to_lowercase()).cmp(&(
                    !b.hot,
                    !b.in_demand,
                    b.example.to_lowercase(),
                ))
            });
            for (i, t) in (0_i64..).zip(list) {
                tech.execute(params![id, i, t.example, t.class, t.hot, t.in_demand])?;
            }
        }
        Ok(())
    }

    /// Related careers, from the career's O*NET occupations in order.
    fn write_related(&self, tx: &Transaction<'_>, d: &Datasets) -> Result<(), rusqlite::Error> {
        let Self {
            career_of_code,
            codes_of,
            ids,
        } = self;
        let mut related_by = by_code(&d.related, |r| &r.code);
        for list in related_by.values_mut() {
            list.sort_by_key(|r| r.index);
        }
        let mut rel = tx.prepare(
            "INSERT INTO related_career (career_id, position, related_id) VALUES (?1, ?2, ?3)",
        )?;
        for &id in ids {
            let mut out: Vec<i64> = Vec::new();
            for o in &codes_of[&id] {
                for r in related_by.get(o.code.as_str()).into_iter().flatten() {
                    if let Some(&other) = career_of_code.get(r.related.as_str())
                        && other != id
                        && !out.contains(&other)
                        && out.len() < RELATED
                    {
                        out.push(other);
                    }
                }
            }
            for (i, other) in (0_i64..).zip(out) {
                rel.execute(params![id, i, other])?;
            }
        }
        Ok(())
    }

    /// Education shares of the first O*NET occupation that has them.
    fn write_education_shares(
        &self,
        tx: &Transaction<'_>,
        d: &Datasets,
    ) -> Result<(), rusqlite::Error> {
        let Self { codes_of, ids, .. } = self;
        let edu_by = by_code(&d.education, |e| &e.code);
        let mut edu = tx.prepare(
            "INSERT INTO education_share (career_id, category, onet_code, label, percent, suppress, date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for &id in ids {
            let Some(list) = codes_of[&id]
                .iter()
                .find_map(|o| edu_by.get(o.code.as_str()))
            else {
                continue;
            };
            for e in list {
                edu.execute(params![
                    id, e.category, e.code, e.label, e.percent, e.suppress, e.date
                ])?;
            }
        }
        Ok(())
    }

    /// The interest profile of the first O*NET occupation that has one.
    fn write_interests(&self, tx: &Transaction<'_>, d: &Datasets) -> Result<(), rusqlite::Error> {
        let Self { codes_of, ids, .. } = self;
        let interests_of: HashMap<&str, &InterestProfile> =
            d.interests.iter().map(|p| (p.code.as_str(), p)).collect();
        let mut interest = tx.prepare(
            "INSERT INTO career_interest (career_id, onet_code, onet_title, realistic, investigative,
                 artistic, social, enterprising, conventional, first, second, third, date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        for &id in ids {
            let Some((o, p)) = codes_of[&id]
                .iter()
                .find_map(|o| interests_of.get(o.code.as_str()).map(|p| (o, p)))
            else {
                continue;
            };
            let letter = |i: usize| p.high_points.get(i).map(|h| h.letter().to_string());
            let s = p.scores;
            interest.execute(params![
                id,
                p.code,
                o.title,
                s[0],
                s[1],
                s[2],
                s[3],
                s[4],
                s[5],
                letter(0),
                letter(1),
                letter(2),
                p.date
            ])?;
        }
        Ok(())
    }
}
