-- Career Guide database schema (PRAGMA user_version: SCHEMA_VERSION).
-- The database is rebuilt from seed/ in full; change SCHEMA_VERSION in
-- src/db/mod.rs whenever this file changes.

-- A source figures cite: seed/sources.toml, and one per dataset (where
-- dataset is 1, reported_in is the dataset's name and release).
CREATE TABLE source (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    publisher   TEXT NOT NULL,
    reported_in TEXT NOT NULL,
    note        TEXT,
    dataset     INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The public datasets, for the page that credits them.
CREATE TABLE dataset (
    id               TEXT PRIMARY KEY REFERENCES source(id),
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    publisher        TEXT NOT NULL,
    release          TEXT NOT NULL,
    license          TEXT NOT NULL,
    license_url      TEXT,
    attribution      TEXT NOT NULL,
    url              TEXT NOT NULL,
    note             TEXT,
    changes          TEXT,
    files            TEXT NOT NULL
) STRICT;

-- The 22 major occupational groups (SOC NN-0000).
CREATE TABLE occupation_group (
    code     TEXT PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    title    TEXT NOT NULL,
    careers  INTEGER NOT NULL
) STRICT;

-- Every career: one per hand-written file and one per projected
-- occupation that no hand-written career covers. summary is what the work
-- is (the hand-written summary, or our description from seed/descriptions)
-- and summary_line its first sentence, for lists. The columns from
-- work_text on are the hand-written text, NULL for careers made from the
-- datasets.
CREATE TABLE career (
    id                   INTEGER PRIMARY KEY,
    slug                 TEXT NOT NULL UNIQUE,
    title                TEXT NOT NULL COLLATE NOCASE,
    data_as_of           TEXT NOT NULL,
    handwritten          INTEGER NOT NULL,
    soc                  TEXT UNIQUE,
    group_code           TEXT REFERENCES occupation_group(code),
    occupation_group     TEXT,
    summary              TEXT,
    summary_line         TEXT,
    work_text            TEXT,
    work_hours_text      TEXT,
    certification_text   TEXT,
    renewal_years        INTEGER,
    renewal_source       TEXT REFERENCES source(id)
) STRICT;
CREATE INDEX career_title ON career(title, slug);
CREATE INDEX career_group ON career(group_code, title);
CREATE INDEX career_handwritten ON career(handwritten, title, slug);

-- Where a career's description points a student to another career they
-- may have meant: our line, then the other career's title as a link.
CREATE TABLE career_instead (
    career_id  INTEGER NOT NULL REFERENCES career(id),
    position   INTEGER NOT NULL,
    lead       TEXT NOT NULL,
    other_id   INTEGER NOT NULL REFERENCES career(id),
    PRIMARY KEY (career_id, position)
) STRICT;

-- A career's occupation: BLS wages (NULL where BLS publishes none; notes
-- gives the footnote codes, as BLS writes them), the BLS projection, the
-- entry requirements, O*NET's job zone, and how many industries have the
-- occupation's employment withheld (NAICS 4-digit level, no ownership
-- designations).
CREATE TABLE occupation (
    career_id               INTEGER PRIMARY KEY REFERENCES career(id),
    soc                     TEXT NOT NULL UNIQUE,
    title                   TEXT NOT NULL,
    in_oews                 INTEGER NOT NULL,
    employment              INTEGER,
    annual_mean             INTEGER,
    annual_p10              INTEGER,
    annual_p25              INTEGER,
    annual_median           INTEGER,
    annual_p75              INTEGER,
    annual_p90              INTEGER,
    hourly_median_cents     INTEGER,
    notes                   TEXT NOT NULL,
    employment_start        INTEGER NOT NULL,
    employment_end          INTEGER NOT NULL,
    change                  INTEGER NOT NULL,
    percent_change_tenths   INTEGER NOT NULL,
    annual_openings         INTEGER NOT NULL,
    entry_education         TEXT NOT NULL,
    entry_education_code    INTEGER NOT NULL,
    work_experience         TEXT NOT NULL,
    work_experience_code    INTEGER NOT NULL,
    on_the_job_training     TEXT NOT NULL,
    on_the_job_training_code INTEGER NOT NULL,
    job_zone                INTEGER,
    industries_withheld     INTEGER NOT NULL
) STRICT;

-- The levels of entry education careers have (BLS codes and labels), for
-- the filter of the list of careers.
CREATE TABLE entry_education (
    code  INTEGER PRIMARY KEY,
    label TEXT NOT NULL
) STRICT;

-- O*NET occupations, and the career each belongs to (NULL for the few
-- with no projected occupation, such as military ones).
CREATE TABLE onet_occupation (
    code       TEXT PRIMARY KEY,
    career_id  INTEGER REFERENCES career(id),
    title      TEXT NOT NULL,
    job_zone   INTEGER,
    data_level INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX onet_occupation_career ON onet_occupation(career_id, code);

-- The states and territories BLS publishes wages for.
CREATE TABLE us_state (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Wages by state (the same columns as occupation).
CREATE TABLE state_wage (
    career_id     INTEGER NOT NULL REFERENCES career(id),
    state         TEXT NOT NULL,
    state_name    TEXT NOT NULL,
    employment    INTEGER,
    annual_p10    INTEGER,
    annual_p25    INTEGER,
    annual_median INTEGER,
    annual_p75    INTEGER,
    annual_p90    INTEGER,
    notes         TEXT NOT NULL,
    PRIMARY KEY (career_id, state)
) STRICT, WITHOUT ROWID;

-- Metropolitan and nonmetropolitan areas, and the states each lies in
-- (a metropolitan area can span several).
CREATE TABLE area (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    metropolitan INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE area_state (
    state     TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES area(code),
    PRIMARY KEY (state, area_code)
) STRICT, WITHOUT ROWID;

-- Wages by area.
CREATE TABLE area_wage (
    career_id     INTEGER NOT NULL REFERENCES career(id),
    area_code     TEXT NOT NULL REFERENCES area(code),
    employment    INTEGER,
    annual_p10    INTEGER,
    annual_median INTEGER,
    annual_p90    INTEGER,
    notes         TEXT NOT NULL,
    PRIMARY KEY (career_id, area_code)
) STRICT, WITHOUT ROWID;

-- Wages in the industries employing the most, biggest first.
CREATE TABLE industry_wage (
    career_id     INTEGER NOT NULL REFERENCES career(id),
    position      INTEGER NOT NULL,
    naics         TEXT NOT NULL,
    title         TEXT NOT NULL,
    employment    INTEGER NOT NULL,
    annual_p10    INTEGER,
    annual_median INTEGER,
    annual_p90    INTEGER,
    notes         TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- What people call the job (O*NET reported and alternate titles, BLS
-- sample titles), without repeats, the most common first.
CREATE TABLE job_title (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    common    INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- seed/search-words.toml: a word people type for a career (searched as
-- its common title), and a word search also looks for when one is typed.
CREATE TABLE career_word (
    word TEXT NOT NULL,
    soc  TEXT NOT NULL,
    PRIMARY KEY (word, soc)
) STRICT, WITHOUT ROWID;
CREATE TABLE search_word (
    word TEXT NOT NULL,
    also TEXT NOT NULL,
    PRIMARY KEY (word, also)
) STRICT, WITHOUT ROWID;

-- The SOC's direct-match titles of a career that job_title lacks
-- ("C.N.A."): searched as common titles, not shown.
CREATE TABLE direct_title (
    career_id INTEGER NOT NULL REFERENCES career(id),
    title     TEXT NOT NULL,
    PRIMARY KEY (career_id, title)
) STRICT, WITHOUT ROWID;

-- Software and technology examples (O*NET), hot technologies first.
CREATE TABLE technology (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    example   TEXT NOT NULL,
    class     TEXT NOT NULL,
    hot       INTEGER NOT NULL,
    in_demand INTEGER NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX technology_example ON technology(example);

-- Related careers (O*NET), most related first.
CREATE TABLE related_career (
    career_id  INTEGER NOT NULL REFERENCES career(id),
    position   INTEGER NOT NULL,
    related_id INTEGER NOT NULL REFERENCES career(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- The interest profile (O*NET) of the career's first O*NET occupation
-- that has one (onet_code): the six scores, 1 to 7, in hundredths, and the
-- high points as letters (R, I, A, S, E, C; second and third NULL where
-- O*NET names none).
CREATE TABLE career_interest (
    career_id     INTEGER PRIMARY KEY REFERENCES career(id),
    onet_code     TEXT NOT NULL,
    onet_title    TEXT NOT NULL,
    realistic     INTEGER NOT NULL,
    investigative INTEGER NOT NULL,
    artistic      INTEGER NOT NULL,
    social        INTEGER NOT NULL,
    enterprising  INTEGER NOT NULL,
    conventional  INTEGER NOT NULL,
    first         TEXT NOT NULL,
    second        TEXT,
    third         TEXT,
    date          TEXT NOT NULL
) STRICT;

-- O*NET's skills, knowledge areas, work styles and work values (29.3),
-- each with our explanation (seed/elements.toml) and its glossary anchor.
CREATE TABLE onet_element (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    anchor      TEXT NOT NULL UNIQUE,
    explanation TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The O*NET occupation whose 29.3 ratings a career shows: the first of its
-- occupations that has any. Its work value high points, first first
-- (element ids; NULL when O*NET names fewer or rates no values).
CREATE TABLE career_profile (
    career_id    INTEGER PRIMARY KEY REFERENCES career(id),
    onet_code    TEXT NOT NULL REFERENCES onet_occupation(code),
    value_first  TEXT REFERENCES onet_element(id),
    value_second TEXT REFERENCES onet_element(id),
    value_third  TEXT REFERENCES onet_element(id)
) STRICT;

-- That occupation's ratings. score: importance 1-5 (a work value's extent
-- 1-7); level 0-7 (skills and knowledge); both in hundredths, and NULL
-- where O*NET recommends suppressing the value (the flag says which).
CREATE TABLE career_rating (
    career_id        INTEGER NOT NULL REFERENCES career(id),
    element_id       TEXT NOT NULL REFERENCES onet_element(id),
    score            INTEGER,
    score_suppressed INTEGER NOT NULL,
    level            INTEGER,
    level_suppressed INTEGER NOT NULL,
    not_relevant     INTEGER NOT NULL,
    date             TEXT NOT NULL,
    PRIMARY KEY (career_id, element_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX career_rating_element ON career_rating(element_id, score);

-- Tools workers use (29.3), from the first of the career's O*NET
-- occupations that lists any: one example of each kind (UNSPSC commodity)
-- in turn, the kinds with the most examples first.
CREATE TABLE career_tool (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    onet_code TEXT NOT NULL REFERENCES onet_occupation(code),
    example   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX career_tool_example ON career_tool(example);

-- O*NET's share of workers at each level of education, for the career's
-- first O*NET occupation that has the ratings (onet_code).
CREATE TABLE education_share (
    career_id INTEGER NOT NULL REFERENCES career(id),
    category  INTEGER NOT NULL,
    onet_code TEXT NOT NULL,
    label     TEXT NOT NULL,
    percent   TEXT NOT NULL,
    suppress  INTEGER NOT NULL,
    date      TEXT NOT NULL,
    PRIMARY KEY (career_id, category)
) STRICT, WITHOUT ROWID;

-- Sources behind a prose or list section (work, work_hours, duties, ...).
CREATE TABLE section_source (
    career_id INTEGER NOT NULL REFERENCES career(id),
    section   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, section, position)
) STRICT, WITHOUT ROWID;

-- Items of list sections: duties, skills, work_settings, coursework.
CREATE TABLE list_item (
    career_id INTEGER NOT NULL REFERENCES career(id),
    section   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (career_id, section, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE trend (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    text      TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE alternate_title (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- Old or other addresses of a career: /careers/{slug} answers 301 to the
-- career. Filled from the slugs of alternate titles.
CREATE TABLE career_alias (
    slug      TEXT PRIMARY KEY,
    career_id INTEGER NOT NULL REFERENCES career(id)
) STRICT, WITHOUT ROWID;

CREATE TABLE similar_occupation (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE education (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    title     TEXT NOT NULL,
    duration  TEXT,
    text      TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- Institutions of the College Scorecard. One that closed or merged has no
-- state; merged_into is the institution that now holds its federal aid
-- identifier (opeid6), when exactly one listed institution does.
CREATE TABLE institution (
    unitid      TEXT PRIMARY KEY,
    opeid6      TEXT NOT NULL,
    name        TEXT NOT NULL,
    state       TEXT,
    control     INTEGER NOT NULL,
    merged_into TEXT REFERENCES institution(unitid)
) STRICT, WITHOUT ROWID;
CREATE INDEX institution_merged ON institution(merged_into) WHERE merged_into IS NOT NULL;

-- Four-digit CIP 2020 fields of study.
CREATE TABLE study_field (
    cip4  TEXT PRIMARY KEY,
    title TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A field of study at a credential level at an institution, with what its
-- completers earn and owe; NULL is withheld, never 0. state is the
-- institution's, copied so a career's programs in a state come from one
-- index.
CREATE TABLE program (
    unitid     TEXT NOT NULL REFERENCES institution(unitid),
    cip4       TEXT NOT NULL REFERENCES study_field(cip4),
    credential INTEGER NOT NULL,
    state      TEXT,
    completers INTEGER,
    earnings   INTEGER,
    horizon    INTEGER,
    debt       INTEGER,
    PRIMARY KEY (unitid, cip4, credential)
) STRICT, WITHOUT ROWID;
CREATE INDEX program_field ON program(cip4, state, credential);

-- How many programs each field of study has in each state at each
-- credential level (state NULL: institutions the Scorecard places in no
-- state), derived from program once it is written (derived.sql). A
-- career's counts by credential are summed from a few hundred of these
-- rows instead of grouping its thousands of programs on every request.
CREATE TABLE program_tally (
    cip4       TEXT NOT NULL REFERENCES study_field(cip4),
    state      TEXT,
    credential INTEGER NOT NULL,
    programs   INTEGER NOT NULL
) STRICT;
CREATE INDEX program_tally_field ON program_tally(cip4, state, credential, programs);

-- The fields of study that prepare for a career (CIP 2020 to SOC 2018).
CREATE TABLE career_field (
    career_id INTEGER NOT NULL REFERENCES career(id),
    cip4      TEXT NOT NULL REFERENCES study_field(cip4),
    PRIMARY KEY (career_id, cip4)
) STRICT, WITHOUT ROWID;
CREATE INDEX career_field_field ON career_field(cip4, career_id);

-- unitid: the Scorecard institution the school certainly is (same state,
-- the same name), or NULL.
CREATE TABLE school (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    town   TEXT NOT NULL,
    state  TEXT NOT NULL,
    unitid TEXT REFERENCES institution(unitid),
    UNIQUE (name, town, state)
) STRICT;
CREATE INDEX school_name ON school(name, town);
CREATE INDEX school_state ON school(state, name);
CREATE INDEX school_town ON school(town COLLATE NOCASE, name);
CREATE INDEX school_state_town ON school(state, town COLLATE NOCASE, name);

CREATE TABLE career_school (
    career_id INTEGER NOT NULL REFERENCES career(id),
    school_id INTEGER NOT NULL REFERENCES school(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, school_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX career_school_school ON career_school(school_id);

CREATE TABLE certification_body (
    career_id    INTEGER NOT NULL REFERENCES career(id),
    abbreviation TEXT NOT NULL,
    name         TEXT NOT NULL,
    source_id    TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, abbreviation)
) STRICT, WITHOUT ROWID;

CREATE TABLE certification (
    career_id    INTEGER NOT NULL REFERENCES career(id),
    position     INTEGER NOT NULL,
    abbreviation TEXT,
    name         TEXT NOT NULL,
    body         TEXT NOT NULL,
    text         TEXT,
    source_id    TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position),
    FOREIGN KEY (career_id, body) REFERENCES certification_body(career_id, abbreviation)
) STRICT, WITHOUT ROWID;

CREATE TABLE licensing (
    career_id INTEGER NOT NULL REFERENCES career(id),
    state     TEXT NOT NULL,
    required  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, state)
) STRICT, WITHOUT ROWID;

CREATE TABLE salary_percentile (
    career_id      INTEGER NOT NULL REFERENCES career(id),
    percentile     INTEGER NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    year           INTEGER NOT NULL,
    year_estimated INTEGER NOT NULL,
    source_id      TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, source_id, year, percentile)
) STRICT, WITHOUT ROWID;

CREATE TABLE salary_by_industry (
    career_id      INTEGER NOT NULL REFERENCES career(id),
    position       INTEGER NOT NULL,
    industry       TEXT NOT NULL,
    median         INTEGER NOT NULL CHECK (median > 0),
    year           INTEGER NOT NULL,
    year_estimated INTEGER NOT NULL,
    source_id      TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE salary_median (
    career_id      INTEGER NOT NULL REFERENCES career(id),
    position       INTEGER NOT NULL,
    median         INTEGER NOT NULL CHECK (median > 0),
    year           INTEGER NOT NULL,
    period         TEXT,
    year_estimated INTEGER NOT NULL,
    employment     INTEGER,
    scope          TEXT NOT NULL,
    source_id      TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE salary_by_city (
    career_id        INTEGER NOT NULL REFERENCES career(id),
    position         INTEGER NOT NULL,
    city             TEXT,
    state            TEXT,
    experience_years INTEGER NOT NULL,
    median           INTEGER NOT NULL CHECK (median > 0),
    year             INTEGER NOT NULL,
    year_estimated   INTEGER NOT NULL,
    source_id        TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE projection (
    career_id        INTEGER NOT NULL REFERENCES career(id),
    position         INTEGER NOT NULL,
    start_year       INTEGER NOT NULL,
    end_year         INTEGER NOT NULL CHECK (end_year > start_year),
    growth_percent   INTEGER NOT NULL,
    pace             TEXT,
    employment_start INTEGER,
    employment_end   INTEGER,
    new_jobs         INTEGER,
    occupation_group TEXT NOT NULL,
    source_id        TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE learn_more (
    career_id INTEGER NOT NULL REFERENCES career(id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    address   TEXT NOT NULL,
    phone     TEXT,
    url       TEXT,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

-- The sources each career cites anywhere, so a page loads only its own.
CREATE TABLE career_source (
    career_id INTEGER NOT NULL REFERENCES career(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (career_id, source_id)
) STRICT, WITHOUT ROWID;

-- Totals kept at build time, so no page has to count a whole table, and
-- facts about the build: the fingerprint of the seed it was made from,
-- the datasets' releases and top-coded wages.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value ANY NOT NULL
) STRICT, WITHOUT ROWID;

-- States with schools, and how many, for the schools filter.
CREATE TABLE school_state_count (
    state   TEXT PRIMARY KEY,
    schools INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Full-text search over what people look for. Porter stemming and
-- unicode61 without diacritics make "Coders" find "coder" and "resume"
-- find "résumé". kind says what a row is. Where it leads is stored as
-- parts, not as an address (the web layer makes addresses): a career's
-- slug, the page (section) and the place on it (anchor), for a school
-- its state and town, for a College Scorecard institution its unitid
-- (a hand-written career's school that is one is found as the
-- institution, with the school's town). priority orders kinds of match
-- (0 a career's own title or code, 1 a common title (O*NET reported, BLS
-- sample, SOC direct match), 2 an alternate title, 3 a duty, skill or
-- certification, 4 a school); weight (the career's employment, an
-- institution's completers) orders equally good matches by size.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    priority UNINDEXED,
    weight UNINDEXED,
    slug UNINDEXED,
    section UNINDEXED,
    anchor UNINDEXED,
    state UNINDEXED,
    town UNINDEXED,
    unitid UNINDEXED,
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- What careers use or need, for search ("Careers that use Python"): each
-- software (O*NET technology skills) and tool example once, and each
-- skill, knowledge area and work style; key is the example itself or the
-- element's id, careers how many careers use it (for an element, rate it
-- important: 3 or more of 5).
CREATE VIRTUAL TABLE uses_index USING fts5(
    kind UNINDEXED,
    key UNINDEXED,
    careers UNINDEXED,
    name,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Career titles and alternate titles cut into trigrams, to suggest close
-- titles when a search finds nothing ("medcal codr" -> Medical Coder).
CREATE VIRTUAL TABLE title_trigram USING fts5(
    slug UNINDEXED,
    title,
    tokenize = 'trigram remove_diacritics 1'
);

-- Terms explained on /glossary, in page order.
CREATE TABLE glossary (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL
) STRICT;

-- The Spanish edition's texts (seed/es), beside the English rows they
-- translate; empty for a seed without Spanish. A connection for Spanish
-- pages lays them over the English tables with temporary views of the same
-- names (src/db/lang.rs), so every query reads Spanish where there is
-- Spanish and the figures from the one copy.
CREATE TABLE career_es (
    career_id          INTEGER PRIMARY KEY REFERENCES career(id),
    title              TEXT NOT NULL COLLATE NOCASE,
    summary            TEXT,
    summary_line       TEXT,
    work_text          TEXT,
    work_hours_text    TEXT,
    certification_text TEXT
) STRICT;

CREATE TABLE career_instead_es (
    career_id INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    lead      TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE occupation_group_es (
    code  TEXT PRIMARY KEY,
    title TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE onet_element_es (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    explanation TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE glossary_es (
    id         TEXT PRIMARY KEY,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE list_item_es (
    career_id INTEGER NOT NULL,
    section   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (career_id, section, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE trend_es (
    career_id INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE education_es (
    career_id INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    duration  TEXT,
    text      TEXT NOT NULL,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE source_es (
    id          TEXT PRIMARY KEY,
    publisher   TEXT,
    reported_in TEXT,
    note        TEXT
) STRICT, WITHOUT ROWID;

CREATE TABLE dataset_es (
    id      TEXT PRIMARY KEY,
    license TEXT NOT NULL,
    note    TEXT,
    changes TEXT
) STRICT, WITHOUT ROWID;

-- The data's fixed words in Spanish: kind is entry_education, pace,
-- work_experience or on_the_job_training; english as the data write it.
CREATE TABLE vocabulary_es (
    kind    TEXT NOT NULL,
    english TEXT NOT NULL,
    spanish TEXT NOT NULL,
    PRIMARY KEY (kind, english)
) STRICT, WITHOUT ROWID;

-- Everyday Spanish words a career is searched by.
CREATE TABLE career_word_es (
    career_id INTEGER NOT NULL REFERENCES career(id),
    word      TEXT NOT NULL,
    PRIMARY KEY (career_id, word)
) STRICT, WITHOUT ROWID;

-- The search indexes of the Spanish edition: the same rows as
-- search_index, uses_index and title_trigram, written from the Spanish
-- texts (src/db/build/search_index.sql), plus the careers' English titles
-- and the everyday Spanish words of career_word_es. No English stemmer:
-- a query word also finds words it begins ("electricista" finds
-- "electricistas"), and search strips a Spanish plural from what is typed.
CREATE VIRTUAL TABLE search_index_es USING fts5(
    kind UNINDEXED,
    priority UNINDEXED,
    weight UNINDEXED,
    slug UNINDEXED,
    section UNINDEXED,
    anchor UNINDEXED,
    state UNINDEXED,
    town UNINDEXED,
    unitid UNINDEXED,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE uses_index_es USING fts5(
    kind UNINDEXED,
    key UNINDEXED,
    careers UNINDEXED,
    name,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE title_trigram_es USING fts5(
    slug UNINDEXED,
    title,
    tokenize = 'trigram remove_diacritics 1'
);

-- A hand-written career's certifications and licensing rules in Spanish
-- (the name only where ours is a description, not a published name).
CREATE TABLE certification_es (
    career_id INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    name      TEXT,
    text      TEXT,
    PRIMARY KEY (career_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE licensing_es (
    career_id INTEGER NOT NULL,
    state     TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (career_id, state)
) STRICT, WITHOUT ROWID;
