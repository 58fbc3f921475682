# Messages of the training pages.
# The career's training page, its printable sheet, the institution page
# and the schools list. Ids start with "tr-".

## Shared by several of these pages

tr-how-start-heading = How people start
tr-certifications-heading = Certifications
tr-programs-heading = Programs and what their graduates earn
tr-col-school = School
tr-col-town = Town
tr-col-state = State
tr-col-source = Source
tr-col-field = Field of study
tr-col-completers = Completers
tr-col-earnings = Median earnings
tr-col-debt = Median debt
tr-show-schools = Show schools
# The sheet's and the training page's job zone: O*NET's five zones
# (src/web/views/current.rs words them in English).
tr-zone-name = { $zone ->
    [1] little or no preparation
    [2] some preparation
    [3] medium preparation
    [4] considerable preparation
   *[5] extensive preparation
}
tr-zone-meaning = { $zone ->
    [1] most people start with a few days to a few months of training on the job; a high-school diploma may not be needed
    [2] most people have a high-school diploma and learn the job in a few months to a year, on the job or in a short course
    [3] most people have training after high school, an apprenticeship or an associate degree, and a year or two of related experience
    [4] most people have a bachelor's degree and several years of related experience
   *[5] most people have a graduate degree (a master's, a doctorate, a law or medical degree) and years of experience
}

## College Scorecard credentials (src/db/read Credential::label), by slug
tr-credential-certificate = Certificate or diploma (undergraduate)
tr-credential-associate = Associate degree
tr-credential-bachelor = Bachelor's degree
tr-credential-post-baccalaureate-certificate = Post-baccalaureate certificate
tr-credential-master = Master's degree
tr-credential-doctoral = Doctoral degree
tr-credential-first-professional = First professional degree
tr-credential-graduate-certificate = Graduate or professional certificate
tr-credential-non-credential = Coursework without a credential

## O*NET's levels of education, by category number; English keeps
## O*NET's own label ($label).
tr-onet-level = { $label }

## Who runs an institution (src/web/views/programs.rs)
tr-control-public = Public
tr-control-nonprofit = Private, nonprofit
tr-control-for-profit = Private, for-profit

## templates/career/training.html and src/web/handlers/training.rs

tr-description = What it takes to start as one of the { $people }: education, experience and training.
tr-description-in = What it takes to start as one of the { $people }: education, experience and training in { $town }.
tr-description-full = What it takes to start as one of the { $people }: education, experience and training, coursework, certifications, licensing and schools.
tr-description-full-in = What it takes to start as one of the { $people }: education, experience and training, coursework, certifications, licensing and schools in { $town }.
# $certificate, $associate, $certification and $credentials are links to
# the glossary reading tr-lede-certificate and the next three.
tr-lede-handwritten = There is more than one way in: from a short vocational course to a { $certificate } or an { $associate }, with { $certification } on top. Here are the steps, the { $credentials } employers look for and the schools that teach the work.
tr-lede-certificate = certificate
tr-lede-associate = associate degree
tr-lede-certification = certification
tr-lede-credentials = credentials
tr-lede-imported = What it takes to start: the education, experience and training most people have when they begin, and how much education the people doing the job today say it requires.
tr-start-caption = What most people need to start, { $period } projections
tr-typical-education = Typical education
tr-experience = Experience in a related job
tr-on-the-job = Training on the job
# $term is a link to the glossary reading tr-job-zone-term.
tr-preparation = Preparation ({ $term })
tr-job-zone-term = job zone
tr-zone-line = Zone { $zone } of 5, { $name }: { $meaning }.
tr-levels-heading = The education workers have
tr-levels-intro = What share of the people doing the job say it requires each level of education.
tr-levels-asked = O*NET asked people working in the occupation { $title } ({ $code }), in { $date }.
tr-levels-caption = Share of workers by the level of education their job requires
tr-col-level = Level of education
tr-col-share = Share of workers
tr-low-precision = low precision
tr-low-precision-title = O*NET advises against relying on this figure: too few answers
tr-low-precision-note = “Low precision” marks shares O*NET advises against relying on, because too few people answered.
tr-csv-levels = the education levels
tr-levels-chart-title = Share of workers by the education their job requires
tr-levels-chart-desc = One bar per level of education, from less than high school to post-doctoral training, in the order of the table below.
tr-levels-chart-caption = The table below gives the same shares.
tr-paths-heading = Education and training paths
tr-coursework-heading = Typical coursework
tr-sources-label = Sources:
tr-certs-caption = Certifications and the bodies that award them
tr-col-credential = Credential
tr-col-awarded-by = Awarded by
tr-col-about = About
tr-csv-certs = the certifications
tr-renewal-label = Renewal:
tr-renewal = every { $years } years, with continuing education.
tr-licensing-heading = Licensing by state
# $term is a link to the glossary reading tr-licensure-term.
tr-licensing-intro = A state license ({ $term }) is a legal requirement where it applies; certification is voluntary.
tr-licensure-term = licensure
tr-licensing-none = We have no licensing information for this career yet. Ask the state's licensing board.
tr-licensing-caption = Whether a state license is required
tr-col-license-required = License required?
tr-col-details = Details
tr-yes = Yes
tr-no = No
tr-schools-heading = Schools
tr-unknown-town = We know of no school for this career in “{ $town }”. Showing schools in all towns. Choose a town:
tr-town-label = Town
tr-all-towns = All towns
tr-show-all-towns = Show all towns
tr-schools-none = We have no schools listed for this career yet.
# $count chooses the form; $shown is the same number as written.
tr-schools-caption = Schools that train for this career: { $shown } { $count ->
    [one] school
   *[other] schools
}
tr-schools-caption-in = Schools that train for this career in { $town }: { $shown } { $count ->
    [one] school
   *[other] schools
}
tr-col-scorecard = In the College Scorecard
# $school is a link to the institution it is part of now.
tr-now-part-of = Now part of { $school }
tr-former-record = its former record
tr-no-certain-match = no certain match
tr-csv-schools = the schools, as filtered
tr-schools-note = Ask each school about costs, admission and whether its program prepares you for certification. The list comes from an older career guide; where a school has since merged, the College Scorecard column says what it is part of now. A school is linked only where the Scorecard lists one in the same state under the same name.
tr-programs-fields = Programs at colleges and training schools across the United States in the fields of study that prepare for this work: { $fields }.
tr-programs-figures = For each, how many people finished it, their median earnings some years later and the median they borrowed.
tr-programs-care = Read these figures with care. A field of study is wider than one career: the same program also trains for other jobs, and the link between fields and careers is the agencies' judgment of 2020. Earnings are the middle value for everyone who finished the program at that school, whatever work they went into, measured one or four years after they finished; they are not what { $people } earn. Only students who had federal aid are counted, and figures for small groups are withheld, shown here as “not published”.
tr-credential-nav = Credential
tr-credential-choose = Credential:
tr-order-nav = Order of the programs
tr-order-choose = Order:
# $chosen is "yes" when the list shows one credential.
tr-programs-none = { $chosen ->
    [yes] No school has a program in these fields that leads to this credential.
   *[no] No school has a program in these fields.
}
tr-programs-none-in = { $chosen ->
    [yes] No school in { $state } has a program in these fields that leads to this credential.
   *[no] No school in { $state } has a program in these fields.
}
tr-programs-everywhere = See the programs in every state
# $count chooses the form; $shown is the same number as written.
tr-programs-count = { $shown } { $count ->
    [one] program
   *[other] programs
}
# $programs is tr-programs-count; $order is one of tr-sorted-*.
tr-programs-caption = { $programs }, by credential, { $order }
tr-programs-caption-in = { $programs } in { $state }, by credential, { $order }
tr-csv-programs = the programs, every page
tr-no-crosswalk = The crosswalk of fields of study and occupations links no field to this career, so we cannot list programs that prepare for it.

## The programs' choices and figures (src/web/views/programs.rs)
tr-every-credential = Every credential ({ $count })
tr-credential-count = { $credential } ({ $count })
tr-sort-completers = Most completers
tr-sort-earnings = Highest earnings
tr-sort-debt = Least debt
tr-sorted-completers = most completers first
tr-sorted-earnings = highest median earnings first
tr-sorted-debt = least median debt first
tr-horizon = { $years ->
    [one] 1 year after finishing
   *[other] { $years } years after finishing
}

## CSV downloads (src/web/views/programs_csv.rs, training_csv.rs)
tr-csv-institution = Institution
tr-csv-unit-id = College Scorecard unit id
tr-csv-state = State
tr-csv-cip = Field of study (CIP 2020)
tr-csv-field = Field of study
tr-csv-credential = Credential
tr-csv-completers = Completers
tr-csv-earnings = Median earnings (USD a year)
tr-csv-horizon = Earnings measured (years after finishing)
tr-csv-debt = Median debt (USD)
tr-csv-source = Source
tr-csv-scorecard-source = U.S. Department of Education, College Scorecard, release 2026-06-10 (via Truewise)
tr-csv-level = Level of education
tr-csv-share = Share of workers (%)
tr-csv-low-precision = Low precision
tr-csv-onet-occupation = O*NET occupation
tr-csv-rated = Rated
tr-csv-reported-in = Reported in
tr-csv-abbreviation = Abbreviation
tr-csv-awarded-by = Awarded by
tr-csv-body-name = Body name
tr-csv-school = School
tr-csv-town = Town
tr-csv-scorecard-institution = College Scorecard institution
tr-csv-now-part-of = Now part of
tr-csv-yes = yes
tr-csv-no = no

## templates/career/sheet.html and src/web/handlers/sheet.rs

tr-sheet-description = A one-page summary of the career of { $people } to print: the work, training, pay and outlook, with sources.
tr-sheet-fits = Fits one page on US Letter or A4: use your browser’s Print command.
tr-sheet-duties = Main duties
tr-sheet-skills = Key skills
tr-sheet-experience = Experience in a related job: { $experience }
tr-sheet-on-the-job = Training on the job: { $training }
tr-sheet-zone = Job zone { $zone } of 5: { $name }
tr-sheet-education = Education and training
# src/web/views/education.rs: the BLS entry requirement, first rung.
tr-sheet-typical-start = Typical start ({ $period }): { $education }
tr-sheet-renewed = Renewed every { $years } years.
tr-sheet-titles = Also called
tr-sheet-related = Related careers
tr-sheet-pay = Pay
tr-sheet-employed = { $count } people employed ({ $when })
# $amount is the figure, as HTML.
tr-sheet-median = Median { $amount }
tr-sheet-median-year = Median { $amount } a year
# $median is the figure, as HTML.
tr-sheet-median-in = Median in { $state }, { $when }: { $median }
tr-sheet-most-earn = Most earn { $range } a year ({ $when }, 10th to 90th percentile)
# The oldest pay range of a hand-written career: $low and $high are amounts,
# $low-nth and $high-nth their percentiles as ordinals (10th, 90th).
tr-sheet-range = From { $low } at the { $low-nth } percentile to { $high } at the { $high-nth }
tr-sheet-outlook = Job outlook
# $growth and $period are HTML; $openings is "about 14,200".
tr-sheet-growth = { $growth } over { $period }
tr-sheet-growth-openings = { $growth } over { $period }, { $openings } openings a year
tr-sheet-periods = Each projection covers a different period and source.
tr-sheet-schools = Some schools
# $link is a link to the training page reading tr-sheet-training-page.
tr-sheet-more-schools = And { $count } more on the { $link }.
tr-sheet-training-page = training page
tr-sheet-learn-more = Learn more
tr-sheet-qr = QR code leading to { $url }
tr-sheet-full-page = The full career page, with every source:
tr-sheet-source-in = in
# $date is the date, as HTML.
tr-sheet-checked = Facts checked on { $date }. “c.” marks a year the source does not print. Printed from Career Guide.

## templates/institution.html and src/web/handlers/institutions.rs

tr-inst-description = { $name } ({ $state }): its programs, how many finish them, what they earn and borrow, and the careers they prepare for.
tr-inst-description-closed = { $name }: its programs in the College Scorecard, what their graduates earn and borrow.
tr-inst-kicker = School or college
tr-inst-kicker-in = School or college in { $state }
# $college is a link to the institution it is part of.
tr-inst-merged = This college is now part of { $college }: the two share a federal student aid identifier, and the Scorecard no longer lists this one under a state. The figures below are from its own past record.
tr-inst-no-state = The College Scorecard no longer lists this institution under a state: it may have closed or merged. The figures below are from its past record.
tr-inst-run-by = Run by
tr-inst-programs-count = Programs in the Scorecard
tr-inst-unit-id = Scorecard unit id
tr-inst-aid-id = Federal student aid id
tr-inst-merged-here = Colleges now part of it
# $cite1 and $cite2 are the links to the sources, as HTML.
tr-inst-intro = How many people finished each program, their median earnings some years later and the median they borrowed{ $cite1 }, with the careers its field of study prepares for{ $cite2 }.
tr-inst-note = Earnings are the middle value for everyone who finished the program here, whatever work they went into, one or four years after they finished. Only students who had federal aid are counted; figures for small groups are withheld and shown as “not published”. A field of study prepares for several careers, and for other work too.
tr-inst-no-programs = The Scorecard has no programs for this institution.
tr-inst-caption = Programs at { $name }, by credential
tr-inst-careers = Careers it prepares for
tr-inst-none-linked = none linked

## templates/schools.html and src/web/handlers/schools.rs

tr-schools-title = Schools
tr-schools-title-town = Schools in { $town }
tr-schools-title-state = Schools in { $state }
tr-schools-title-town-state = Schools in { $town }, { $state }
tr-schools-title-page = { $title }, page { $page }
# $count chooses the sentence; $shown is the same number as written.
tr-schools-description = { $count ->
    [0] No schools or colleges here train for the careers in this guide.
    [1] One school or college that trains for the careers in this guide, with the careers it trains for.
   *[other] { $shown } schools and colleges that train for the careers in this guide, with the careers each trains for.
}
tr-schools-lede = Colleges and training providers that teach the careers in this guide. Choose a state or type a town; the address of the filtered list can be shared.
tr-all-states = All states
tr-show-all-schools = Show all schools
# $link is a link reading tr-show-all-schools-link.
tr-schools-no-match = No schools match. Check the spelling or { $link }.
tr-schools-no-match-town = No schools match the town “{ $town }”. Check the spelling or { $link }.
tr-schools-no-match-state = No schools match in { $state }. Check the spelling or { $link }.
tr-schools-no-match-town-state = No schools match the town “{ $town }” in { $state }. Check the spelling or { $link }.
tr-show-all-schools-link = show all schools
tr-schools-list-caption = { $title }: { $shown } { $count ->
    [one] school
   *[other] schools
}
tr-col-trains-for = Trains for
