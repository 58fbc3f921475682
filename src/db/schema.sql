-- Career Guide database schema. Version 3 (PRAGMA user_version).
-- The database is rebuilt from seed/ in full; change SCHEMA_VERSION in
-- src/db/mod.rs whenever this file changes.

CREATE TABLE source (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    publisher   TEXT NOT NULL,
    reported_in TEXT NOT NULL,
    note        TEXT
) STRICT;

CREATE TABLE career (
    id                   INTEGER PRIMARY KEY,
    slug                 TEXT NOT NULL UNIQUE,
    title                TEXT NOT NULL,
    occupation_group     TEXT NOT NULL,
    data_as_of           TEXT NOT NULL,
    summary              TEXT NOT NULL,
    work_text            TEXT NOT NULL,
    work_hours_text      TEXT NOT NULL,
    certification_text   TEXT NOT NULL,
    renewal_years        INTEGER NOT NULL,
    renewal_source       TEXT NOT NULL REFERENCES source(id)
) STRICT;
CREATE INDEX career_title ON career(title, slug);

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

CREATE TABLE school (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    town  TEXT NOT NULL,
    state TEXT NOT NULL,
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

-- Totals kept at build time, so no page has to count a whole table.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
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
-- slug, the page (section) and the place on it (anchor), or for a school
-- its state and town.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    slug UNINDEXED,
    section UNINDEXED,
    anchor UNINDEXED,
    state UNINDEXED,
    town UNINDEXED,
    career_title UNINDEXED,
    text,
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
