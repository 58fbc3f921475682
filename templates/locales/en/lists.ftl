# Messages of the lists pages: home, the list of careers (explore), careers
# by interest, the comparison, search results, an occupational group, A-Z,
# the glossary and the page about the data.

## Shared by the list pages

ls-about-the-data = About the data
ls-compare-hidden = Compare
ls-compare-career = Compare { $title }
ls-career = Career
ls-median-pay = Median pay
ls-projected-change = Projected change
ls-openings-a-year = Openings a year
ls-typical-education = Typical education to start
ls-any = Any
ls-show-careers = Show careers
ls-remove = Remove
ls-job-zone-word = job zone
# A label with a link to the glossary's "job zone" ($term).
ls-preparation-term = Preparation ({ $term })
ls-title-page = { $title }, page { $page }
# The caption of a list's table after the count of careers.
ls-caption-releases = { $careers }: median pay in { $wages }, projected change { $period }
ls-not-rated = not rated
# O*NET's attribution line stays word for word as the license asks; other
# languages say so here (empty in English: nothing is added).
ls-attribution-note = { "" }

## The kinds of O*NET element (explore's choices, the glossary)

ls-kind-skills = Skills
ls-kind-knowledge = Knowledge
ls-kind-work-styles = Work styles
ls-kind-work-values = Work values

## CSV column headings ($wages: the wage release; $period: the projection
## period)

ls-csv-rank = Rank
ls-csv-career = Career
ls-csv-soc = SOC code
ls-csv-group = Group
ls-csv-line = What the work is
ls-csv-median-annual = Median annual pay (USD, { $wages })
ls-csv-p10-annual = 10th percentile annual pay (USD, { $wages })
ls-csv-p90-annual = 90th percentile annual pay (USD, { $wages })
ls-csv-median-hourly = Median hourly pay (USD, { $wages })
ls-csv-median-annual-in = Median annual pay in { $state } (USD, { $wages })
ls-csv-change-percent = Projected change (%, { $period })
ls-csv-change-jobs = Change in jobs ({ $period })
ls-csv-openings = Openings a year ({ $period })
ls-csv-employment = Employment ({ $wages })
ls-csv-entry-education = Typical entry education
ls-csv-experience = Work experience in a related job
ls-csv-training = On-the-job training
ls-csv-job-zone = Job zone
ls-csv-job-zone-onet = Job zone (O*NET)
ls-csv-certifications = Certifications
ls-csv-address = Address
ls-csv-high-points = Interest high points (O*NET)
ls-csv-area-score = { $area } score (1-7, O*NET)

## What is wrong with a list's address (src/web/params)

ls-error-zone = “{ $value }” is not a job zone: { $hint }.
ls-error-zone-hint-explore = choose 1 to 5
ls-error-zone-hint-interests = choose 1 (little or no preparation) to 5 (extensive)
ls-error-page = “{ $value }” is not a page number. Pages are numbered from 1.
ls-error-career-address = That is not the address of a career.
ls-error-pay-negative = Pay cannot be less than $0.
ls-error-pay = “{ $value }” is not an amount of dollars a year, such as 50000.
ls-error-growth = “{ $value }” is not a percentage, such as 5 or -2.5.
ls-error-search-long = Your search is { $chars } characters long; searches can be at most { $max }. Try a few key words, such as a job title.
ls-error-search-control = Your search contains control characters. Type it again with letters and digits.
ls-error-sort = “{ $value }” is not a way to sort careers. Use name, pay, growth, openings or employment.
ls-error-dir = “{ $value }” is not an order: use asc or desc.
ls-error-group = “{ $value }” is not an occupational group. Choose one from the list.
ls-error-education = “{ $value }” is not a level of education. Choose one from the list.
ls-error-uses = “{ $value }” is not a skill or knowledge area. Choose one from the list.
ls-error-area = “{ $value }” is not an interest area: use one of the letters R, I, A, S, E or C.
ls-error-second-needs-first = A second choice needs a first: choose the area you like most as the first.
ls-error-third-needs-second = A third choice needs a second: choose the second area you like before a third.
# $which is first or second.
ls-error-already-chosen = { $area } is already your { $which ->
    [first] first
   *[second] second
} choice: choose a different area, or none.
ls-error-kept-twice = “{ $value }” is kept for the comparison twice.
ls-error-kept-too-many = A comparison holds at most { $max } careers.
ls-error-kept-unknown = “{ $value }” is not a career on this site, so it cannot be kept for the comparison.
ls-error-csv-first = Choose a first interest area (R, I, A, S, E or C).

## home.html

ls-home-title = Explore careers
ls-home-description = What the work is really like, the training it takes, what it pays and where it is heading, for every occupation in the United States, with the source of every figure.
ls-home-lede = What the work is really like, the training it takes, what it pays and where it is heading, for { $total } careers. Every figure shows its source and year.
ls-home-search-label = Search by job title, skill or school
ls-home-search-placeholder = For example: nurse, welder, accountant, 29-2072
ls-home-interest-heading = Not sure what you are looking for?
ls-home-interest-text = Start from what you like doing: building and fixing, finding out, creating, helping people, leading or organizing. { $link }.
ls-home-interest-link = Find careers by interest
ls-home-groups-heading = Browse by field
ls-home-explore = { $link } by field, schooling, pay and growth, then tick up to four to compare side by side.
ls-home-explore-link = Filter and sort every career
ls-home-in-depth-heading = Careers in depth
ls-home-in-depth-text = Written by our own team from career guides, with duties, skills, schools and certifications.
ls-home-a-z = Every career from A to Z

## explore.html

ls-explore-title = Explore careers
ls-explore-title-bad = Explore careers: something in the address is not right
ls-explore-description = Every career, filtered by field, education, preparation, pay, growth and the skills and knowledge it uses, and sorted as you choose.
# $scope is all when the list holds every occupation.
ls-explore-lede = Narrow { $scope ->
    [all] every occupation
   *[some] the careers
} down to a few: choose a field, how much schooling and preparation, a skill or subject the work uses, the least pay and growth you want, and how to order them. The address of the list can be shared.
ls-explore-field = Field
ls-explore-every-field = Every field
ls-explore-uses = Uses this skill or knowledge (important or more)
ls-explore-pay = Median pay at least ($ a year)
ls-explore-growth = Projected growth at least (%)
ls-explore-words = Words in a job title
ls-explore-sort = Sort by
ls-explore-order = Order
ls-explore-clear = Clear
ls-explore-sort-name = Name
ls-explore-sort-growth = Projected growth
ls-explore-order-usual = Usual order
ls-explore-order-highest = Highest first
ls-explore-order-lowest = Lowest first
ls-explore-none = No career matches every choice.
# $filter is one of the ls-explore-without-* below; $link reads
# ls-explore-loosen-link.
ls-explore-loosen = Without { $filter }, { $link }.
ls-explore-loosen-link = { $count ->
    [one] { $count } career matches
   *[other] { $count } careers match
}
ls-explore-without-group = the group
ls-explore-without-education = the education
ls-explore-without-zone = the job zone
ls-explore-without-pay = the lowest pay
ls-explore-without-growth = the lowest growth
ls-explore-without-uses = the skill or knowledge area
ls-explore-without-words = the words
ls-explore-caption = { $count ->
    [one] { $total } career
   *[other] { $total } careers
}
ls-explore-csv = the careers in this list
ls-explore-sources = Pay and employment: U.S. Bureau of Labor Statistics, { $oews }. Change, openings and education: U.S. Bureau of Labor Statistics, { $projections }. Job zones: O*NET. Skills and knowledge: O*NET 29.3. { $link }.

## interests.html, partials/interest_areas.html

ls-interests-title = Find careers by what you like doing
ls-interests-title-bad = Careers by interest: something in the address is not right
ls-interests-title-chosen = Careers for { $names } interests
ls-interests-title-zone = { $title }, job zone { $zone }
ls-interests-description = Start from what you like doing: six interest areas in plain words, and the careers whose work matches them, with pay, growth and education.
ls-interests-lede = Most people do not start from a job title but from what they enjoy. Careers researchers sort what people like doing into six interest areas; choose the one that sounds most like you, and a second and third if you like, and see the careers whose work draws most on them. Nothing you choose is stored: the address of the page is all there is, so you can share it.
ls-interests-legend = What do you like doing?
ls-interests-first = Most of all
ls-interests-choose = Choose an area
ls-interests-second = Then (optional)
ls-interests-no-second = No second choice
ls-interests-third = And then (optional)
ls-interests-no-third = No third choice
ls-interests-zone = Preparation you are ready for ({ $term })
ls-interests-any-zone = Any amount
ls-interests-start-again = Start again
ls-interests-results = Careers for { $choices }
# The areas chosen, in order.
ls-interests-chosen-1 = { $first }
ls-interests-chosen-2 = { $first }, then { $second }
ls-interests-chosen-3 = { $first }, then { $second }, then { $third }
ls-interests-only-zone = Only careers in { $zone }.
ls-interests-zone-words = job zone { $zone }, { $name }: { $meaning }
ls-interests-order = How the list is ordered: a career is listed when one of its strongest interest areas (O*NET's high points) is one you chose, and careers whose strongest areas follow your choices in your order come first, then those that share more of your areas in another order, with ties going to the higher O*NET scores in your areas.
ls-interests-kept = Kept for your comparison
ls-interests-compare-kept = Compare these { $count } careers
ls-interests-keep-more = Keep at least one more career to compare them.
ls-interests-narrow-label = Add another choice
# $which is second or third.
ls-interests-narrow = Add a { $which ->
    [second] second
   *[third] third
} choice:
ls-interests-none = No career matches these choices.
ls-interests-none-zone = No career matches these choices in this job zone: try any amount of preparation.
ls-interests-caption = { $count ->
    [one] { $total } career
   *[other] { $total } careers
}, best match first
ls-interests-strongest = Strongest interests
ls-interests-job-zone = Job zone
ls-interests-keep-column = Keep for the comparison
ls-interests-is-kept = Kept
# $title is the career's title, for screen readers only.
ls-interests-keep = Keep{ $title } to compare
ls-interests-csv = these careers
ls-interests-sources = Interest areas, scores and job zones: O*NET. Pay and employment: U.S. Bureau of Labor Statistics, { $oews }. Change and education: U.S. Bureau of Labor Statistics, { $projections }. { $link }.
ls-areas-heading = The six interest areas
ls-areas-intro = Each area is a kind of work people enjoy. Most people like more than one; the letters in parentheses are how the areas are often written in short (this way of sorting interests is Holland's model, also called RIASEC).
ls-area-heading = { $name } ({ $letter }): { $headline }
ls-area-you-may-like = You may like this if you enjoy:
ls-area-careers = Careers for { $name } interests
# A choice in the form: the area's name and its headline.
ls-area-option = { $name } ({ $headline })

## The six interest areas (src/web/views/interests.rs)

ls-area-r = Realistic
ls-area-r-headline = building, fixing and working outdoors
ls-area-r-summary = Practical, hands-on work with tools, machines, materials, plants or animals: problems you can see and touch, often outdoors, on a site or in a workshop rather than at a desk.
ls-area-r-activity-1 = taking apart a bike, a phone or an engine to see how it works
ls-area-r-activity-2 = building or repairing things at home
ls-area-r-activity-3 = growing food or looking after animals
ls-area-r-activity-4 = being outdoors and active
ls-area-i = Investigative
ls-area-i-headline = thinking, studying and finding out
ls-area-i-summary = Working with facts and ideas: observing, researching, testing and reasoning until a puzzle makes sense. More thinking things through than persuading people.
ls-area-i-activity-1 = working out why an experiment did not go as planned
ls-area-i-activity-2 = reading about how the body, nature or space works
ls-area-i-activity-3 = solving math or logic puzzles
ls-area-i-activity-4 = writing a small program to answer a question
ls-area-a = Artistic
ls-area-a-headline = creating, designing and performing
ls-area-a-summary = Making something new and expressing yourself: words, images, music, movement, design. Room to try your own ideas matters more than set routines.
ls-area-a-activity-1 = drawing, painting or taking photos
ls-area-a-activity-2 = writing stories, poems or songs
ls-area-a-activity-3 = acting, dancing or playing in a band
ls-area-a-activity-4 = designing posters, clothes, rooms or videos
ls-area-s = Social
ls-area-s-headline = helping, teaching and caring
ls-area-s-summary = Working with people to help them: teaching, advising, treating, looking after or serving others, and talking things through.
ls-area-s-activity-1 = explaining homework to a friend
ls-area-s-activity-2 = looking after younger children or older relatives
ls-area-s-activity-3 = volunteering for a cause
ls-area-s-activity-4 = listening when someone has a problem
ls-area-e = Enterprising
ls-area-e-headline = leading, persuading and starting things
ls-area-e-summary = Taking charge and getting results through people: deciding, organizing, convincing, selling ideas or products, and taking some risks to reach a goal.
ls-area-e-activity-1 = running for the student council or leading a club
ls-area-e-activity-2 = organizing an event or a fundraiser
ls-area-e-activity-3 = selling things online or at a market
ls-area-e-activity-4 = arguing a side in a debate
ls-area-c = Conventional
ls-area-c-headline = organizing, checking and keeping track
ls-area-c-summary = Orderly work with information: numbers, records, files and schedules, following clear procedures and getting the details right.
ls-area-c-activity-1 = keeping a budget, a schedule or a collection in order
ls-area-c-activity-2 = sorting files, photos or notes so anything can be found
ls-area-c-activity-3 = checking work for mistakes
ls-area-c-activity-4 = filling in a spreadsheet
# Area names in a sentence: the last two joined ($letter is the last
# one's letter, R I A S E or C, for languages whose "and" depends on it).
ls-areas-and = { $rest } and { $last }
# Which high point an area is.
ls-rank-first = first
ls-rank-second = second
ls-rank-third = third

## The interest profile on a career's overview (src/web/views/interests.rs)

ls-profile-chart-title = Interest scores of { $title }
ls-profile-chart-description = O*NET scores from 1 (low) to 7 (high): { $scores }.
ls-profile-high-point = High point
ls-profile-other-area = Other area
ls-profile-chart-caption = Scores from 1 (low) to 7 (high).

## compare.html

ls-compare-title = Compare careers
ls-compare-title-careers = Compare: { $titles }
ls-compare-description = Careers side by side: pay, jobs, growth, education and training, each figure with its source.
ls-compare-heading = Compare careers
ls-compare-lede = Up to four careers side by side: what they pay, how many people do them, how their jobs are expected to change and what it takes to start. Each figure has its source and release; the address can be shared and the page prints on one sheet.
ls-compare-not-found = No career matches “{ $words }”. Try another title, or { $link }.
ls-compare-not-found-link = pick from the list of careers
ls-compare-add-none = No career matches “{ $words }”.
ls-compare-empty = Choose careers to compare: tick them in { $link }, a field's page or search results, or type one below.
ls-compare-empty-link = the list of careers
ls-compare-caption-state = { $titles }, with pay in { $state }
ls-compare-what = What
ls-compare-line = What the work is
# $term is a link to the glossary reading ls-compare-median-word.
ls-compare-median-pay = { $term } annual pay
ls-compare-median-word = Median
ls-compare-most-earn = most earn { $range } a year
ls-compare-median-in = Median annual pay in { $state }
ls-compare-employed = People employed
# $period is marked up so that it does not break across lines.
ls-compare-change = { $percent } ({ $change } jobs) over { $period }
ls-compare-experience = Experience in a related job
ls-compare-training = Training on the job
ls-compare-zone = { $zone } of 5: { $name }
ls-compare-top-skills = Top skills
ls-compare-certifications = Certifications
ls-compare-none-listed = none listed
ls-compare-see-career = see the career's page
ls-compare-change-comparison = Change the comparison
ls-compare-csv = this comparison
ls-compare-add = Add a career
ls-compare-add-placeholder = A job title or code
ls-compare-add-button = Add
ls-compare-unknown = We have no career called “{ $name }”. It may have been renamed, or the link may be mistyped.
ls-compare-unknown-fix = Compare the others
ls-compare-too-many = A comparison shows at most { $max } careers, so they fit side by side on a page; the address asks for { $count }.
ls-compare-too-many-fix = Compare the first { $max }
ls-compare-twice = The address names the same career more than once.
ls-compare-twice-fix = Compare each career once

## search.html, src/web/views/search_results.rs

ls-search-title = Search
ls-search-title-query = Search: { $query }
ls-search-description = Search careers, job titles, software, tools, skills, certifications and schools.
ls-search-heading = Search
ls-search-no-words = Your search “{ $query }” has no letters or digits to look for. Try a job title, a skill or a town.
ls-search-prompt = Type a job title, a duty, a skill, a certification, a school or a town in the search box above.
ls-search-nothing = Nothing matched “{ $query }”.
ls-search-did-you-mean = Did you mean
ls-search-nothing-close = No career, title or school is close to “{ $query }”. Check the spelling or try other words, or find a career another way:
ls-search-browse = Browse careers by field
ls-search-interests = Find careers that fit your interests
# $words are the words searched instead, emphasised; $link reads
# ls-search-as-typed.
ls-search-respelt = Showing results for { $words }. { $link }.
ls-search-as-typed = Search for “{ $query }” as typed instead
ls-search-all-results = All results for “{ $query }”
# $shown is the count as shown ("300+"), $count the number.
ls-search-count = { $count ->
    [one] { $shown } result
   *[other] { $shown } results
} for “{ $query }”.
ls-search-any-word = No result has every word, so these have at least one of them.
ls-search-groups = Result groups
ls-search-matched = matched:
ls-search-median-pay = Median pay: { $pay }
ls-search-careers = Careers
ls-search-all-careers = All { $count } careers found
ls-search-what-they-use = What they use
ls-search-importance = Importance
ls-search-uses-software = Careers that use { $name } (software)
ls-search-uses-tool = Careers that use { $name } (tools)
ls-search-uses-skill = Careers that need { $name } (skill)
ls-search-uses-knowledge = Careers that need knowledge of { $name }
ls-search-uses-style = Careers that ask for { $name } (work style)
ls-search-all-software = All { $count } careers that use { $name }
ls-search-all-tool = All { $count } careers that use { $name }
ls-search-all-skill = All { $count } careers that need { $name }
ls-search-all-knowledge = All { $count } careers that need knowledge of { $name }
ls-search-all-style = All { $count } careers that ask for { $name }
ls-search-intro-software = Careers whose workers use it, as O*NET lists their software: those whose job ads ask for it most (in demand) first, then those where it is a hot technology, then the careers with the most workers.
ls-search-intro-tool = Careers whose workers use these tools, as O*NET lists them, the careers with the most workers first.
ls-search-intro-rated = Careers that O*NET rates it important for (3 or more of 5), the most important first, then the careers with the most workers.
ls-search-importance-of = importance { $score } of 5
ls-search-in-demand-hot = in demand, hot technology
ls-search-in-demand = in demand
ls-search-hot = hot technology
ls-search-certifications = Certifications
ls-search-duties = Duties
ls-search-skills = Skills
ls-search-schools = Schools
ls-search-all-certifications = All { $count } certifications
ls-search-all-duties = All { $count } duties
ls-search-all-skills = All { $count } skills
ls-search-all-schools = All { $count } schools

## group.html, a_z.html (src/web/handlers/groups.rs)

ls-group-description = The { $count } careers in { $group }: what each pays and how its jobs are expected to change.
ls-group-kicker = Occupational group
ls-group-lede = { $count ->
    [one] { $count } career
   *[other] { $count } careers
}, with the median pay of each in { $wages } and the change in jobs projected for { $period }.
ls-group-explore = { $link } by pay, growth, education and preparation.
ls-group-explore-link = Filter and sort the careers in this group
ls-group-caption = Careers in { $group }, by title
ls-group-median-pay = Median pay, { $wages }
ls-group-projected-change = Projected change, { $period }
ls-group-sources = Pay: U.S. Bureau of Labor Statistics, { $oews }, { $wages }. Change and education: U.S. Bureau of Labor Statistics, { $projections }, { $period }. { $link }.
ls-a-z-title = Careers from A to Z
ls-a-z-description = All { $total } careers in the guide, from A to Z.
ls-a-z-lede = All { $total } careers in the guide.
ls-a-z-letters = Letters

## glossary.html

ls-glossary-title = Glossary
ls-glossary-description = What median, percentile, projection period, certificate, credential, licensure, the certification abbreviations and the skills, knowledge, work styles and work values on career pages mean, in plain words.
ls-glossary-lede = Words that career guides use without explaining them. Pages on this site link the first use of each to its entry here.
ls-glossary-empty = No terms have been added yet.
ls-glossary-elements = Career pages also rate what each job takes, from O*NET's ratings. Here is what each rating means in our words.
ls-glossary-skills-intro = Abilities you build with practice and use in many kinds of work. Career pages rate how important each is (1 to 5) and the level the work needs (0 to 7).
ls-glossary-knowledge-intro = Subjects you learn and know about. Career pages rate how important each is (1 to 5) and how much of it the work needs (0 to 7).
ls-glossary-work-styles-intro = Habits and qualities of the people who do a job well. Career pages rate how important each is (1 to 5).
ls-glossary-work-values-intro = What a job can give the people who do it. Career pages rate how much of each a job offers (1 to 7).

## about_data.html

ls-about-title = Where the data comes from
ls-about-description = Where the figures come from: the public datasets, their releases, licenses and attribution.
ls-about-lede = Every occupation's figures come from the public releases of U.S. government statistical programs. We copy the figures as published, with their release, and write every description in our own words. Careers written in depth also cite the guides they were written from, listed on their own pages.
ls-about-no-datasets = This copy of the site was built without the public datasets.
ls-about-heading = { $name }, { $release }
# A dataset's name with a gloss in the reader's language (used only when
# the gloss below is not empty).
ls-about-heading-glossed = { $name } ({ $gloss }), { $release }
ls-about-publisher = Publisher
ls-about-release = Release
ls-about-license = License
ls-about-from = From
ls-about-files = Files
# Why the attribution line stays word for word in English, for readers of
# other languages (empty in English).
ls-about-attribution-license = { "" }
ls-about-attribution-source = { "" }
ls-about-flags-heading = Figures that are not published
ls-about-flags = BLS leaves some figures out and says why. We show why, never a zero or a blank: a wage above the highest figure BLS publishes reads “or more”; pay for work that is paid by the hour and not all year (actors, for example) is given by the hour only; an estimate BLS did not release reads “not published”.
# What each dataset's name means, for readers of other languages (empty
# in English: the names are English).
ls-about-gloss-bls-oews = { "" }
ls-about-gloss-bls-projections = { "" }
ls-about-gloss-onet = { "" }
ls-about-gloss-college-scorecard = { "" }
ls-about-gloss-cip-soc = { "" }
ls-about-gloss-soc-titles = { "" }
