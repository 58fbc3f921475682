# Messages of the overview pages.

## templates/career/overview.html: quick facts

ov-quick-facts = Quick facts
ov-quick-facts-caption = Quick facts: { $title }, each figure with its year and source
# $median is a link to the glossary reading ov-median-word.
ov-median-annual-pay = { $median } annual pay
ov-median-word = Median
ov-not-yet-known = Not yet known
# Between a figure and when it dates from: "$51,140 in May 2025".
ov-in = in
# $range is "between $37,000 and $81,150"; $percentiles is a link to the
# glossary reading ov-pay-range-percentiles; $when is the wage release.
ov-pay-range = Most earn { $range } a year: the { $percentiles }, { $when }.
ov-pay-range-percentiles = 10th and 90th percentiles
ov-all-pay-figures = All pay figures
ov-state-median = Median annual pay in { $state }
ov-state-not-published = (BLS publishes no figures for this career there)
ov-state-pay-link = Pay in { $state } and its cities
ov-people-employed = People employed
ov-employed-note = (wage and salary jobs; the self-employed are not counted)
# $periods is a link to the glossary reading ov-projected-growth-periods.
ov-projected-growth = Projected job growth ({ $periods })
ov-projected-growth-periods = projection periods
# Between a percent change and its period: "7.1% over 2024-2034".
ov-over = over
# After a projection: ", about 14,200 openings a year"; $openings is a
# link to the glossary reading ov-openings-word.
ov-openings-a-year = { $count } { $openings } a year
ov-openings-word = openings
ov-compare-projections = Compare the projections
ov-education-to-start = Education to start
ov-experience = Experience in a related job: { $experience }
ov-on-the-job-training = On-the-job training: { $training }
ov-our-sources = Our sources: { $education }
ov-see-training = See training
ov-training-and-schools = Training and schools
# $zone is a link to the glossary reading ov-preparation-zone.
ov-preparation = Preparation ({ $zone })
ov-preparation-zone = job zone
ov-zone-line = Zone { $zone } of 5, { $name }: { $meaning }.
ov-strongest-interests = Strongest interests
ov-what-that-means = What that means
ov-figures-side-by-side = The sources publish figures for different years and periods, so we show them all side by side, newest first, rather than pick one.
# $link reads ov-compare-with-link.
ov-compare-with = { $link } up to three other careers.
ov-compare-with-link = Compare { $title } with…

## templates/career/overview.html: the sections

ov-work-heading = What the work is like
ov-duties-heading = Duties
ov-duties-lead = Typical duties include:
ov-skills-heading = Skills and qualities
ov-sources-label = Sources:
ov-source-label = Source:
ov-hours-heading = Work hours
ov-interests-heading = Who enjoys this work
# $areas are the strongest interest areas, linked: "Conventional and Investigative".
ov-interests-lead = O*NET rates every occupation on six interest areas, the kinds of work people enjoy. This one draws most on { $areas } interests.
# $link reads ov-interests-similar-link.
ov-interests-similar = { $link }.
ov-interests-similar-link = Careers with the same strongest interests
ov-interests-caption = Interest scores of { $title }, 1 (low) to 7 (high)
ov-interests-area = Interest area
ov-interests-score = Score
ov-high-point = High point
# $occupation is ov-onet-occupation.
ov-interests-source = Profile of { $occupation }, updated { $updated }.
ov-onet-occupation = the O*NET occupation { $title } ({ $code })
ov-trends-heading = Trends
ov-other-names-heading = Other names for the job
ov-similar-heading = Similar occupations
ov-titles-heading = What else the job is called
ov-titles-lead = Titles that workers and employers use, the most common first.
# After a count, behind "more": "45 more titles".
ov-titles-more = titles
ov-related-heading = Related careers
ov-related-lead = Careers that call for similar work, knowledge and skills, the closest first.
ov-software-heading = Software and technology used
# $hot is the mark of a hot technology (hot-technology).
ov-software-lead = Examples from job descriptions; those marked { $hot } are frequently named in employers' job postings.
# After a count, behind "more": "87 more examples".
ov-software-more = examples
ov-full-description-heading = A full description
ov-full-description-lead = For the tasks, knowledge and abilities of the work in detail, see the U.S. Department of Labor's sites:
ov-bls-occupation = BLS occupation: { $title } (SOC { $soc }).
ov-explore-heading = Explore further
ov-explore-training = Training, certification and schools
ov-explore-salary = Salary figures
ov-explore-outlook = Job outlook
# $link reads ov-explore-compare-link.
ov-explore-compare = { $link }, side by side
ov-explore-compare-link = Compare with other careers
ov-learn-more-heading = Where to learn more
ov-phone = Phone:

## Lists (src/web/views/sections.rs): the word before a list's last item;
## $sound is how that item starts ("i", "o" or "other").

ov-and = and
ov-or = or

## templates/partials/where_they_work.html, src/web/views/industries.rs

ov-where-heading = Where they work
# $share is ov-industries-headline.
ov-industries-top = The industry that employs the most { $people } is { $industry }: { $share }.
ov-industries-headline = { $share ->
    [nearly-all] nearly all of them work there
    [half] half of them work there
    [tenths] about { $tenths } in 10 of them work there
   *[percent] { $percent } of them work there
}
# $industries is how many industries are listed; $number is the same in words.
ov-industries-employ = { $industries ->
    [one] This industry employs
   *[other] Together, these { $number } industries employ
}
# $employ is ov-industries-employ.
ov-industries-share = { $employ } { $percent } of the { $total } { $people } counted in { $when } (wage and salary jobs; the self-employed are not counted).
ov-industries-rest = The other { $percent } work in other industries.
ov-industries-withheld = { $count ->
    [one] BLS withholds the number for one industry that employs some of them, so it can't be ranked.
   *[other] BLS withholds the number for { $number } industries that employ some of them, so they can't be ranked.
}
ov-less-than-1-percent = less than 1%
ov-industries-caption = The industries employing the most { $people }, { $when }, as shares of all { $total }
ov-industries-industry = Industry
ov-industries-employed = Employed
ov-industries-share-column = Share
ov-industries-source = OEWS, { $when }, industries at the NAICS four-digit level.
ov-industries-pay-link = Pay in these industries

## templates/partials/path.html, src/web/views/path.rs

ov-path-heading = How to become one
ov-path-zone = O*NET puts this job in zone { $zone } of 5, { $name }: { $meaning }.
ov-step-programs = Compare schools: the College Scorecard lists { $count ->
    [one] { $number } program
   *[other] { $number } programs
} in fields of study that prepare for this work, with what their graduates earn.
ov-step-programs-link = Programs
ov-step-education-none = Start without a diploma or degree: most people enter this work without one, though finishing high school still helps.
ov-step-education-high-school = Finish high school, or pass an equivalency test such as the GED: that is the education most people start with.
ov-step-education-some-college = After high school, take some college courses; most people start with some college but no degree.
ov-step-education-postsecondary = After high school, earn a certificate or other award from a program at a community college or technical school; these take from a few weeks to two years and are not degrees.
ov-step-education-associate = Earn an associate degree, which usually takes two years at a community or technical college.
ov-step-education-bachelor = Earn a bachelor's degree, which usually takes four years at a college or university.
ov-step-education-master = Earn a bachelor's degree and then a master's degree, which usually takes one to two more years.
ov-step-education-doctoral = Earn a bachelor's degree and then a doctoral or professional degree (such as a medical or law degree), which takes several more years.
ov-step-education-other = The usual education to start: { $level }.
ov-step-experience-less-than-5 = Work for a while in a related job first: people usually come to this one with up to five years of experience.
ov-step-experience-5-or-more = Build experience in a related job first: people usually come to this one with five years or more of it.
ov-step-experience-other = Work in a related job first ({ $experience }).
ov-step-training-short = Once hired, learn the work from experienced coworkers, which usually takes a month or less.
ov-step-training-moderate = Once hired, learn the work from experienced coworkers over one to twelve months.
ov-step-training-long = Once hired, expect more than a year of training on the job before you are fully qualified.
ov-step-training-internship = Complete an internship or residency: supervised work in the field, often required before you can work on your own.
ov-step-training-apprenticeship = Complete an apprenticeship: paid work under experienced workers plus classroom lessons, which usually takes three to five years.
ov-step-training-other = Once hired: { $training }.
# $certifications: "A (AA), B (BB) or C (CC)".
ov-step-certification = Consider earning a certification, such as the { $certifications }. Certification is voluntary; the training page lists who awards each one.
ov-step-certification-link = Certifications
ov-step-licensing = Check your state's rules.
ov-step-licensing-required = A license is required in { $states }.
ov-step-licensing-not-required = None is needed in { $states }.
ov-step-licensing-link = Licensing by state

## templates/partials/tools.html, src/web/views/profile.rs

ov-tools-heading = Tools used
ov-tools-lead = Examples of the tools and equipment workers use, one of each kind in turn, the kinds with the most examples first.
# $case is "one" (the occupation has one tool), "all" (all are shown) or "some".
ov-tools-count = { $case ->
    [one] The one tool
    [all] The { $total } tools
   *[some] { $shown } of the { $total } tools
}
# $tools is ov-tools-count; $occupation is ov-onet-occupation.
ov-tools-line = { $tools } O*NET lists for { $occupation }.

## templates/partials/career_rows.html

ov-related-caption = Related careers, the closest first, with what the work is and their figures
ov-related-career = Career
ov-related-median = Median pay
ov-related-growth = Projected growth
ov-not-published = Not published

## templates/partials/what_it_takes.html, src/web/views/profile.rs

ov-takes-heading = What it takes
ov-takes-lead = The skills, knowledge, qualities and values that O*NET's ratings of this work bring out.
ov-takes-follow = Follow a name to see what it means.
ov-takes-caption = { $kind }: { $title }
ov-takes-importance = Importance (1-5)
ov-takes-level = Level (0-7)
ov-takes-meaning = What it means
ov-values-lead = What people in this work can expect to find in it, rated from 1 (little) to 7 (a great deal).
# $values are the high points, linked: "Support, Independence and Achievement".
ov-values-high-points = It stands out for { $values }.
ov-values-caption = Work values: { $title }, 1 (little) to 7 (a great deal)
ov-values-extent = Extent (1-7)
ov-takes-source = Profile of { $occupation }, O*NET 29.3, ratings last updated { $updated }.
ov-takes-none = O*NET 29.3 rates no skills, knowledge, work styles or values for this career's occupation.
# The kinds of O*NET element ($kind elsewhere is skill, knowledge, style or value).
ov-kind-skill = Skills
ov-kind-knowledge = Knowledge
ov-kind-style = Work styles
ov-kind-value = Work values
ov-styles-heading = Work styles: what kind of person does well
ov-column-skill = Skill
ov-column-knowledge = Knowledge area
ov-column-style = Work style
ov-column-value = Work value
ov-rated-none = O*NET rates none of the { $kind ->
    [knowledge] knowledge areas
   *[skill] skills
} as important for this work.
ov-rated-lead = The { $kind ->
    [knowledge] knowledge areas
   *[skill] skills
} that matter most, rated important or more (3 or more of 5), the most important first, with the level the work needs (0 to 7).
ov-styles-lead = The qualities that matter most, the most important first (importance 1 to 5).
ov-left-out-scores = { $count ->
    [one] O*NET advises against relying on its importance rating of one { $kind ->
        [knowledge] knowledge area
        [style] work style
        [value] work value
       *[skill] skill
    } for this occupation, so we leave it out.
   *[other] O*NET advises against relying on its importance ratings of { $count } { $kind ->
        [knowledge] knowledge areas
        [style] work styles
        [value] work values
       *[skill] skills
    } for this occupation, so we leave them out.
}
# "not shown" is ov-level-not-shown.
ov-left-out-levels = A level marked “not shown” is one O*NET advises against relying on, because too few answers agreed.
ov-level-not-shown = not shown
ov-level-not-relevant = not relevant
ov-chart-importance = Importance
ov-chart-level = Level
ov-chart-caption-leveled = Each bar against its own scale: importance 1 to 5, level 0 to 7.
ov-chart-caption-styles = Importance from 1 to 5.
ov-chart-title = { $kind ->
    [knowledge] Knowledge
    [style] Work styles
    [value] Work values
   *[skill] Skills
} of { $title }
ov-chart-rating = { $name } importance { $importance }
ov-chart-rating-level = { $name } importance { $importance }, level { $level }
# $ratings are ov-chart-rating or ov-chart-rating-level, joined by "; ".
ov-chart-desc = O*NET ratings: { $ratings }.
# Which high point a work value is.
ov-high-point-rank = { $rank ->
    [1] first
    [2] second
    [3] third
   *[other] { "" }
}

## The glossary's groups of O*NET elements (src/web/views/profile.rs, ElementGroup)

ov-glossary-intro-skill = Abilities you build with practice and use in many kinds of work. Career pages rate how important each is (1 to 5) and the level the work needs (0 to 7).
ov-glossary-intro-knowledge = Subjects you learn and know about. Career pages rate how important each is (1 to 5) and how much of it the work needs (0 to 7).
ov-glossary-intro-style = Habits and qualities of the people who do a job well. Career pages rate how important each is (1 to 5).
ov-glossary-intro-value = What a job can give the people who do it. Career pages rate how much of each a job offers (1 to 7).

## O*NET's job zones (src/web/views/current.rs)

ov-zone-name-1 = little or no preparation
ov-zone-meaning-1 = most people start with a few days to a few months of training on the job; a high-school diploma may not be needed
ov-zone-name-2 = some preparation
ov-zone-meaning-2 = most people have a high-school diploma and learn the job in a few months to a year, on the job or in a short course
ov-zone-name-3 = medium preparation
ov-zone-meaning-3 = most people have training after high school, an apprenticeship or an associate degree, and a year or two of related experience
ov-zone-name-4 = considerable preparation
ov-zone-meaning-4 = most people have a bachelor's degree and several years of related experience
ov-zone-name-5 = extensive preparation
ov-zone-meaning-5 = most people have a graduate degree (a master's, a doctorate, a law or medical degree) and years of experience
# A job zone in a select: "3: medium preparation".
ov-zone-choice = { $zone }: { $name }

## Kinds of alternate titles (src/web/views/names.rs)

ov-titles-also-called = Also called
ov-titles-other-title = Other job titles
ov-titles-similar-title = Similar job titles in listings

## Structured data (JSON-LD) for search engines, src/web/jsonld.rs

jsonld-pay-range = Range of annual pay, { $when }
jsonld-pay-median = Median annual pay, { $when }
jsonld-wage-workers = Wage and salary workers in the United States. Source: { $source }.
jsonld-source = Source: { $source }.
jsonld-scope-source = { $scope }. Source: { $source }.
jsonld-reported-in = { $publisher }, as reported in { $reported_in }
