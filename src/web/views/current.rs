//! An occupation's current figures (BLS wages and projections, O*NET's
//! job zone), formatted and cited, as every page of a career shows them:
//! the overview's quick facts, the sheet, and the heads of the salary,
//! outlook and training pages.

use crate::db::read::{CareerSummary, FigureDate, Occupation, Published, Releases};
use crate::domain::Lang;
use crate::domain::sources::{OEWS, ONET, PROJECTIONS};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::{Citer, Figure};
use crate::web::urls;

/// O*NET's job zones in plain words, in `tr`'s language: (the zone's
/// name, what it means).
pub fn job_zone_words(tr: Tr, zone: i64) -> Option<(String, String)> {
    (1..=5).contains(&zone).then(|| {
        (
            tr.t(&format!("ov-zone-name-{zone}")),
            tr.t(&format!("ov-zone-meaning-{zone}")),
        )
    })
}

/// A choice in a select: (value, label, selected).
pub type Choice = (String, String, bool);

/// The five job zones as a select's choices, `selected` chosen, in `tr`'s
/// language.
pub fn zone_choices(tr: Tr, selected: Option<i64>) -> Vec<Choice> {
    (1..=5)
        .map(|z| {
            let name = job_zone_words(tr, z)
                .map(|(name, _)| name)
                .unwrap_or_default();
            (
                z.to_string(),
                tr.t2("ov-zone-choice", "zone", z.to_string(), "name", name),
                selected == Some(z),
            )
        })
        .collect()
}

/// Which of the current figures a page shows, so it cites only their
/// sources.
#[derive(Debug, Clone, Copy)]
pub struct Shown {
    /// The wages (BLS OEWS).
    pub wages: bool,
    /// The projection and entry requirements (BLS projections).
    pub projection: bool,
    /// The job zone (O*NET).
    pub job_zone: bool,
}

impl Shown {
    /// Everything.
    pub const ALL: Shown = Shown {
        wages: true,
        projection: true,
        job_zone: true,
    };
}

/// An occupation's current figures, ready to show.
#[derive(Debug, Clone)]
pub struct Current {
    /// SOC code.
    pub soc: String,
    /// The BLS title.
    pub bls_title: String,
    /// The same, lower-cased for sentences ("medical records specialists").
    pub bls_title_lower: String,
    /// The wage release, in the page's language ("May 2025", "mayo de
    /// 2025").
    pub wage_when: String,
    /// True when BLS publishes wages for the occupation at all.
    pub has_wages: bool,
    /// True when the annual figures are left out because the work is paid
    /// by the hour; the hourly median is then the headline.
    pub hourly_paid: bool,
    /// Median annual wage ("$51,140", "$239,200 or more", "not published").
    pub median: String,
    /// The median as a number, when published.
    pub median_value: Option<i64>,
    /// Median hourly wage ("$24.59").
    pub hourly_median: String,
    /// The 10th-90th percentile range, where both are published, for a
    /// sentence ("between $37,000 and $81,150").
    pub range: Option<String>,
    /// Mean annual wage.
    pub mean: String,
    /// Employment, every digit ("194,720"), or "not published".
    pub employment: String,
    /// Source number of the wage figures.
    pub wage_cite: usize,
    /// The projection period ("2024-2034").
    pub period: String,
    /// First and last year of the period.
    pub years: (i64, i64),
    /// Employment at the start and end of the period.
    pub employment_start: String,
    /// Employment projected for the end.
    pub employment_end: String,
    /// Change, with its sign ("+7,600").
    pub change: String,
    /// Percent change as published ("4.0%").
    pub percent: String,
    /// The change in words, after "is projected to" ("grow by 4.0% (7,600
    /// more jobs)", "fall by 2.1% (300 fewer jobs)").
    pub trend: String,
    /// Openings a year ("17,900", or "fewer than 50").
    pub openings: String,
    /// The same for a sentence ("about 17,900").
    pub openings_phrase: String,
    /// Source number of the projection.
    pub projection_cite: usize,
    /// Typical education needed to start.
    pub entry_education: String,
    /// Work experience in a related occupation.
    pub work_experience: String,
    /// Typical on-the-job training.
    pub on_the_job_training: String,
    /// O*NET job zone, its name and what it means, in the page's
    /// language.
    pub job_zone: Option<(i64, String, String)>,
    /// Source number of the job zone.
    pub job_zone_cite: Option<usize>,
    /// The O*NET occupations covered: (code, title, O*NET OnLine address,
    /// CareerOneStop address).
    pub onet: Vec<(String, String, String, String)>,
}

impl Current {
    /// Formats `o`'s figures, citing with `citer` the sources of those a
    /// page shows (the others' source numbers are 0).
    pub fn new(o: &Occupation, citer: &mut Citer, shown: Shown) -> Self {
        let r = &o.releases;
        let tr = citer.tr();
        let wage = |p: Published| format::annual_wage(tr, p, r);
        let (has_wages, employment, annual) = match &o.wages {
            Some(w) => (true, w.employment, w.annual),
            None => (false, Published::NotReleased, [Published::NotReleased; 5]),
        };
        let hourly_paid = annual[2] == Published::NotInThisForm;
        let range = match (annual[0], annual[4]) {
            (
                Published::Value(_) | Published::TopCoded,
                Published::Value(_) | Published::TopCoded,
            ) => Some(format::between(tr, &wage(annual[0]), &wage(annual[4]))),
            _ => None,
        };
        let wage_cite = if shown.wages { citer.cite(OEWS) } else { 0 };
        let projection_cite = if shown.projection {
            citer.cite(PROJECTIONS)
        } else {
            0
        };
        let job_zone = o
            .job_zone
            .and_then(|z| job_zone_words(tr, z).map(|(name, meaning)| (z, name, meaning)));
        let job_zone_cite = (job_zone.as_ref())
            .filter(|_| shown.job_zone)
            .map(|_| citer.cite(ONET));
        Self {
            soc: o.soc.clone(),
            bls_title_lower: o.title.to_lowercase(),
            bls_title: o.title.clone(),
            wage_when: format::release(tr, &r.wages),
            has_wages,
            hourly_paid,
            median: wage(annual[2]),
            median_value: annual[2].value(),
            hourly_median: format::hourly_wage(tr, o.hourly_median, r),
            range,
            mean: wage(o.annual_mean),
            employment: format::count(tr, employment),
            wage_cite,
            period: format::period(r.projection_start, r.projection_end),
            years: (r.projection_start, r.projection_end),
            employment_start: format::number(o.employment_start),
            employment_end: format::number(o.employment_end),
            change: if o.change == 0 {
                format::projected_count(tr, 0)
            } else {
                format::signed_number(o.change)
            },
            percent: format::percent_tenths(o.percent_change_tenths),
            trend: format::projected_change(tr, o.percent_change_tenths, o.change),
            openings: format::projected_count(tr, o.annual_openings),
            openings_phrase: format::openings_phrase(tr, o.annual_openings),
            projection_cite,
            entry_education: o.entry_education.clone(),
            work_experience: o.work_experience.clone(),
            on_the_job_training: o.on_the_job_training.clone(),
            job_zone,
            job_zone_cite,
            onet: o
                .onet
                .iter()
                .map(|x| {
                    (
                        x.code.clone(),
                        x.title.clone(),
                        urls::onet_online(&x.code),
                        urls::careeronestop(&x.code),
                    )
                })
                .collect(),
        }
    }

    /// The median as a cited figure, for lists of medians from different
    /// years (newest first).
    pub fn median_figure(&self, citer: &mut Citer) -> Figure {
        let value = if self.hourly_paid {
            (citer.tr()).t1("an-hour", "amount", &self.hourly_median)
        } else {
            self.median.clone()
        };
        Figure::new(value, &self.wage_date(), OEWS, citer)
    }

    /// When the wage figures date from.
    pub fn wage_date(&self) -> FigureDate {
        let year = self
            .wage_when
            .rsplit(' ')
            .next()
            .and_then(|y| y.parse().ok())
            .unwrap_or(self.years.0);
        FigureDate {
            year,
            period: Some(self.wage_when.clone()),
            estimated: false,
        }
    }
}

/// A career in a list (a group, related careers): its address, median pay
/// and projected change.
#[derive(Debug, Clone)]
pub struct CareerRow {
    /// Its slug, for the comparison tick box.
    pub slug: String,
    /// Its address.
    pub href: String,
    /// Title.
    pub title: String,
    /// Median pay: annual, or hourly for work paid by the hour.
    pub median: Option<String>,
    /// Projected change ("4.0%").
    pub growth: Option<String>,
    /// Typical entry education.
    pub education: Option<String>,
    /// What the work is, in one sentence.
    pub line: String,
}

impl CareerRow {
    /// The row for `c`; `releases` says how to write flagged wages.
    pub fn new(lang: Lang, c: &CareerSummary, releases: Option<&Releases>) -> Self {
        let tr = Tr::new(lang);
        let median = releases.and_then(|r| match (c.median?, c.hourly_median) {
            (Published::NotInThisForm, Some(h)) => {
                Some(tr.t1("an-hour", "amount", format::hourly_wage(tr, h, r)))
            }
            (m, _) => Some(format::annual_wage(tr, m, r)),
        });
        Self {
            slug: c.slug.clone(),
            href: urls::career(lang, &c.slug).overview(),
            title: c.title.clone(),
            median,
            growth: c.percent_change_tenths.map(format::percent_tenths),
            education: c.entry_education.clone(),
            line: c.line.clone(),
        }
    }
}
