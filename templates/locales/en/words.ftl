# Fixed words: section names and the like.

section-overview = Overview
section-training = Training & schools
section-salary = Salary
section-outlook = Job outlook
section-sheet = Career sheet

crumb-careers = Careers

## Dates
long-date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Page titles
page-title-overview = { $title }: what the job is like
page-title-section = { $title }: { $section }
kicker-career = Career

## Figures in words (src/web/format.rs)
fewer-than-50 = fewer than 50
about-number = about { $n }
or-more = { $amount } or more
not-published = not published
not-published-hourly = not published (paid by the hour)
not-published-annual = not published (paid by the year)
circa-year = c. { $year }
month-year = { $month } { $year }
between = between { $low } and { $high }
ordinal = { $n }th
number-0 = no
number-1 = one
number-2 = two
number-3 = three
number-4 = four
number-5 = five
number-6 = six
number-7 = seven
number-8 = eight
number-9 = nine
# After "is projected to". $way is projected-grow, projected-fall,
# projected-same or projected-same-few; $jobs is "few" when the change
# rounds to fewer than 50 jobs.
projected-change = { $way ->
    [projected-grow] { $jobs ->
        [few] grow by { $percent } (fewer than 50 more jobs)
       *[other] grow by { $percent } ({ $jobs } more jobs)
    }
    [projected-fall] { $jobs ->
        [few] fall by { $percent } (fewer than 50 fewer jobs)
       *[other] fall by { $percent } ({ $jobs } fewer jobs)
    }
    [projected-same-few] stay about the same ({ $percent }, fewer than 50 jobs either way)
   *[projected-same] stay about the same ({ $percent }, { $jobs } jobs)
}
an-hour = { $amount } an hour
a-year = { $amount } a year
percentile-nth = { $nth } percentile
median = Median
employment = Employment
percentile-median = Median (50th percentile)
percentile-median-meaning = Half earn more, half earn less
percentile-below = { $percent }% earn less than this
percentile-above = { $percent }% earn more than this
pay-mean = Mean (average)
pay-mean-meaning = Total pay divided by the number of workers
pay-hourly-median = Median by the hour
pay-hourly-median-meaning = Half earn more an hour, half less
