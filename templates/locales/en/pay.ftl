# Messages of the pay pages.

## templates/career/salary.html and its handler (src/web/handlers/salary.rs)

# Page description. $people: the career's workers in the plural; $when:
# the wage release ("May 2025").
pay-salary-description = What { $people } earn: pay in { $when } across the United States, in every state and in the industries that employ the most, each figure with its source.
pay-salary-description-own = What { $people } earn: pay percentiles, median pay by industry, by city and experience, and medians from different years, each with its source and year.
# The opening sentence; $medians and $percentiles are links to the glossary
# reading pay-medians-word and pay-percentiles-word.
pay-salary-lede = What { $people } earn, as { $medians } and { $percentiles }.
pay-salary-lede-own = What { $people } earn, as { $medians } and { $percentiles }, from several sources and years. The figures differ because they measure different groups of workers in different years, so each keeps its own year and source.
pay-medians-word = medians
pay-percentiles-word = percentiles
pay-source = Source:
pay-not-given = not given
pay-col-point = Point in the range
pay-col-meaning = Meaning
pay-col-pay = Pay
pay-col-annual = Annual pay
pay-col-median-annual = Median annual pay
pay-col-year = Year
pay-col-source = Source
pay-col-industry = Industry
pay-col-area = Area
pay-col-us = United States
# A percentile as a heading or a measure; $nth: "10th".
pay-percentile-head = { $nth } percentile
pay-col-employed = People employed
pay-col-covered = Workers covered

# Pay across the United States. $workers is a glossary link reading
# pay-us-workers; $employment is a count ("194,720").
pay-us-heading = Pay across the United States, { $when }
pay-us-caption = Annual pay of { $employment } { $workers }, { $when }
pay-us-workers = wage and salary workers
# After "Source:" and the source's number. $hourly is yes when the work is
# paid by the hour and BLS publishes hourly pay only.
pay-us-note = { $when }. Annual pay is hourly pay times 2,080 hours where BLS reports it by the hour{ $hourly ->
    [yes] ; for this work, usually paid by the hour and not all year, BLS publishes hourly pay only
   *[no] {""}
}.
pay-csv-us = pay across the United States

# Pay where you live. $place: the chosen state as it reads in a sentence.
pay-state-heading = Pay where you live
pay-state-caption = Annual pay in { $place } beside the whole country, { $when }
pay-state-none = BLS publishes no figures for { $people } in { $place }: too few people do the work there for a reliable estimate, or the estimate was not released. The national figures above still apply as a guide.
pay-areas-heading = Cities and areas in { $place }
pay-areas-caption = Annual pay by metropolitan and nonmetropolitan area in { $place }, { $when }
pay-areas-note = { $when }. An area that spans several states is listed under each of them.
pay-csv-areas = pay in the areas of { $place }
pay-areas-none = BLS publishes no figures for this career in the cities and areas of { $place }.
pay-state-choose = Choose a state to see its pay beside the whole country's, and pay in its cities.

# Pay by state, with its map (src/web/views/pay.rs, src/web/views/salary.rs).
pay-by-state-heading = Pay by state
pay-map-title = Median annual pay of { $people } by state, { $when }
# A state's tile, read by screen readers. $amount: "$56,110".
pay-map-tile = { $name }: median { $amount }
pay-map-tile-none = { $name }: no published median
# The legend's bands of pay.
pay-map-band = { $from } to { $to }
pay-map-band-under = { $from } to under { $to }
pay-map-no-median = no published median
pay-map-caption = Median annual pay by state, shaded in five bands of about equal numbers of states. Choose a state to see its pay and cities; the table below gives every figure.
pay-states-order-help = Choose a column heading to order the table by it; the address of the ordered table can be shared.
# $n: how many, in words for small numbers ("one", "12").
pay-states-missing = BLS publishes no figures for this career in { $n } of the 54 states and territories it covers.
pay-states-caption = Annual pay by state, { $when }
pay-col-state = State
pay-csv-states = pay by state

# Pay by industry (current figures).
pay-industry-heading = Pay in the industries that employ the most
pay-industry-caption = Annual pay by industry, { $when }, the largest employers first
pay-csv-industry = pay by industry
# $occupation: the career's workers in the plural, lower-cased.
pay-no-wages = The { $when } wage survey publishes no pay figures for { $occupation }.
# The same for a hand-written career, whose figures are those of a wider
# BLS occupation: $occupation is the BLS title lower-cased, $title as
# published.
pay-no-wages-bls = The { $when } wage survey publishes no pay figures for { $occupation }.

# A hand-written career's own tables.
pay-other-heading = Figures from our other sources
pay-other-intro = Older figures from the publications this career's page was written from, each with its year, newest first.
pay-range-heading = Range of pay
pay-range-caption = Annual pay at the low end, middle and high end
pay-csv-range = the range of pay
pay-own-industry-heading = Pay by industry
pay-own-industry-caption = Median annual pay in the industries that employ the most workers, highest first

# Pay by city and experience (src/web/views/salary.rs, city_table.rs).
# $sort: one of pay-sort-*.
pay-city-heading = Pay by city and experience
pay-city-intro = Sorted by { $sort }. Choose a column heading to sort by it; the address of the sorted table can be shared.
pay-city-caption = Median annual pay by city and years of experience, sorted by { $sort }
pay-csv-city = pay by city, as sorted
pay-col-city = City
# $years: pay-years.
pay-col-experience = { $years } experience
pay-col-rise = Rise
pay-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
pay-all-locations = All locations (overall)
pay-sort-city = city name, A to Z
pay-sort-years = median pay at { $years }, highest first
pay-sort-rise = rise in pay with experience, largest first
# The city chart. $title: the career's title, lower-cased; $people: its
# workers in the plural.
pay-city-chart-title = Median pay of a { $title } by city and experience
pay-city-chart-desc = Bars show the median annual pay in each city at each level of experience, in the order of the table below.
pay-city-chart-caption = The table below gives the same figures with their years and sources.

# Medians from different years.
pay-medians-heading = Median pay in different years
pay-medians-intro = Each source measured a different year, and some count a wider group of workers. They are shown side by side, newest first.
pay-medians-caption = Median annual pay as published for different years
pay-csv-medians = median pay by year
pay-none = We have no pay figures for this career yet.

## templates/career/outlook.html and its handler (src/web/handlers/outlook.rs)

pay-outlook-description = How many jobs there may be for { $people }: every published employment projection side by side, with its period and source.
pay-outlook-none = We have no employment projections for this career yet.
# $period: a glossary link reading pay-outlook-period-word.
pay-outlook-lede-one = How the number of jobs is expected to change. Government statisticians publish a new ten-year projection every year or two, each over its own { $period }; here is the newest.
pay-outlook-lede-many = How the number of jobs is expected to change. Government statisticians publish a new ten-year projection every year or two, each over its own { $period }; here are all the ones our sources report, newest first.
pay-outlook-period-word = projection period
# The current projection in a sentence. $occupation: the career's workers
# in the plural, lower-cased (with a closing comma when the name has one);
# $trend: the change in words (projected-change); $openings: "about
# 14,200" or "fewer than 50". -level is for employment that stays the same.
pay-outlook-current = From { $start } to { $end }, employment of { $occupation } is projected to { $trend }, from { $from } to { $to }, with { $openings } openings a year as people retire, change jobs or new jobs appear.
pay-outlook-current-level = From { $start } to { $end }, employment of { $occupation } is projected to { $trend }, at { $from }, with { $openings } openings a year as people retire, change jobs or new jobs appear.
# The same for a hand-written career, whose figures are those of a wider
# BLS occupation: $occupation is the BLS title lower-cased, $title as
# published.
pay-outlook-current-bls = From { $start } to { $end }, employment of { $occupation } is projected to { $trend }, from { $from } to { $to }, with { $openings } openings a year as people retire, change jobs or new jobs appear.
pay-outlook-current-bls-level = From { $start } to { $end }, employment of { $occupation } is projected to { $trend }, at { $from }, with { $openings } openings a year as people retire, change jobs or new jobs appear.
pay-outlook-side-heading = Projections side by side
pay-outlook-caption = Projected change in employment by period, newest period first
pay-col-period = Period
pay-col-growth = Projected growth
pay-col-pace = Compared with all jobs
pay-col-start = Employed at start
pay-col-end = Employed at end
pay-col-new-jobs = New jobs
pay-col-openings = Openings a year
pay-col-projected = Workers projected
pay-csv-outlook = the projections
pay-reading-heading = How to read these numbers
# $n: how many projections, in words; $sources: how many sources (a number),
# $sources_n the same in words.
pay-reading-many = These { $n } projections are not competing guesses about the same years. Each covers a different ten-year period, was published at a different time, and comes to us through { $sources ->
    [1] one source
   *[other] { $sources_n } different sources
}; some also count a slightly different group of workers. Newer projections take more recent changes into account, but none of them is a promise.
pay-reading-always = A projection says how much employment is expected to grow over its whole period, not each year. Growth of 10% over ten years means about 10 more jobs for every 100 that existed at the start. “Not given” means the source did not publish that figure; we do not work it out ourselves.
pay-outlook-chart-title = Projected employment growth for { $people } by period
pay-outlook-chart-desc = One bar per projection period, newest first, in the order of the table below.
pay-outlook-chart-caption = Each bar is a different projection period from a different publication; the table below gives their sources.

## CSV downloads (src/web/views/pay_csv.rs, salary_csv.rs, outlook_csv.rs):
## column headings and the words in cells.

pay-csvh-measure = Measure
pay-csvh-value = Value
pay-csvh-unit = Unit
pay-csvh-released = Released
pay-csvh-source = Source
pay-csvh-reported-in = Reported in
pay-csvh-state = State
pay-csvh-name = Name
pay-csvh-area = Area
pay-csvh-code = Code
pay-csvh-industry = Industry
pay-csvh-naics = NAICS
# A heading of a column in dollars: "Median (USD)".
pay-csvh-usd = { $label } (USD)
pay-csvh-percentile = Percentile
pay-csvh-annual = Annual pay (USD)
pay-csvh-median-annual = Median annual pay (USD)
pay-csvh-year = Year
pay-csvh-year-estimated = Year estimated
pay-csvh-employed = People employed
pay-csvh-covered = Workers covered
pay-csvh-place = Place
# $years: pay-years.
pay-csvh-median-at = Median at { $years } (USD)
pay-csvh-rise = Rise (USD)
pay-csvh-start-year = Start year
pay-csvh-end-year = End year
pay-csvh-growth = Projected growth (%)
pay-csvh-pace = Compared with all jobs
pay-csvh-start = Employed at start
pay-csvh-end = Employed at end
pay-csvh-new-jobs = New jobs
pay-csvh-openings = Openings a year
pay-csvh-projected = Workers projected
pay-csv-mean = Mean
pay-csv-median-hourly = Median hourly
pay-csv-unit-jobs = jobs
pay-csv-unit-year = USD a year
pay-csv-unit-hour = USD an hour
# A top-coded figure: "239200 or more" (no dollar sign or commas).
pay-csv-or-more = { $amount } or more
pay-csv-yes = yes
pay-csv-no = no
