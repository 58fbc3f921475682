-- What the build derives once every career and dataset row is written:
-- the sources each career cites, counts, and the search indexes.
-- Run in one batch by write_seed (src/db/build/mod.rs).

INSERT INTO career_source (career_id, source_id)
    SELECT id, renewal_source FROM career WHERE renewal_source IS NOT NULL
    UNION SELECT career_id, source_id FROM section_source
        UNION SELECT career_id, source_id FROM trend
        UNION SELECT career_id, source_id FROM alternate_title
        UNION SELECT career_id, source_id FROM similar_occupation
        UNION SELECT career_id, source_id FROM education
        UNION SELECT career_id, source_id FROM career_school
        UNION SELECT career_id, source_id FROM certification_body
        UNION SELECT career_id, source_id FROM certification
        UNION SELECT career_id, source_id FROM licensing
        UNION SELECT career_id, source_id FROM salary_percentile
        UNION SELECT career_id, source_id FROM salary_by_industry
        UNION SELECT career_id, source_id FROM salary_median
        UNION SELECT career_id, source_id FROM salary_by_city
        UNION SELECT career_id, source_id FROM projection
        UNION SELECT career_id, source_id FROM learn_more
        UNION SELECT career_id, source_id FROM job_title
        UNION SELECT career_id, 'bls-oews' FROM occupation
        UNION SELECT career_id, 'bls-projections' FROM occupation
        UNION SELECT career_id, 'onet' FROM occupation WHERE job_zone IS NOT NULL
        UNION SELECT career_id, 'onet' FROM education_share
        UNION SELECT career_id, 'onet' FROM career_interest
        UNION SELECT career_id, 'onet-titles' FROM technology
        UNION SELECT career_id, 'onet-related' FROM related_career
        UNION SELECT career_id, 'onet-profile' FROM career_profile
        UNION SELECT career_id, 'onet-profile' FROM career_tool
        UNION SELECT career_id, 'college-scorecard' FROM career_field
        UNION SELECT career_id, 'cip-soc' FROM career_field;
INSERT INTO meta (key, value) SELECT 'careers', count(*) FROM career;
INSERT INTO meta (key, value) SELECT 'schools', count(*) FROM school;
INSERT INTO school_state_count (state, schools)
    SELECT state, count(*) FROM school GROUP BY state;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'career', 0, coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', NULL, c.title
    FROM career c LEFT JOIN occupation o ON o.career_id = c.id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'code', 0, 0, c.slug, 'overview', NULL, o.soc
    FROM occupation o JOIN career c ON c.id = o.career_id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'title', 1, coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', 'also-called', o.title
    FROM occupation o JOIN career c ON c.id = o.career_id
    WHERE o.title <> c.title COLLATE NOCASE;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'title', 2, coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', 'alternate-titles', t.title
    FROM alternate_title t JOIN career c ON c.id = t.career_id
    LEFT JOIN occupation o ON o.career_id = c.id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'title', CASE t.source_id WHEN 'onet-titles' THEN 2 ELSE 1 END,
           coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', 'also-called', t.title
    FROM job_title t JOIN career c ON c.id = t.career_id
    LEFT JOIN occupation o ON o.career_id = c.id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'title', 1, coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', NULL, t.title
    FROM direct_title t JOIN career c ON c.id = t.career_id
    LEFT JOIN occupation o ON o.career_id = c.id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'title', 1, coalesce(o.employment, o.employment_start, 0), c.slug,
           'overview', NULL, w.word
    FROM career_word w JOIN occupation o ON o.soc = w.soc JOIN career c ON c.id = o.career_id;
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT CASE i.section WHEN 'duties' THEN 'duty' ELSE 'skill' END, 3, 0,
           c.slug, 'overview', i.section, i.text
    FROM list_item i JOIN career c ON c.id = i.career_id
    WHERE i.section IN ('duties', 'skills');
INSERT INTO search_index (kind, priority, weight, slug, section, anchor, text)
    SELECT 'certification', 3, 0, c.slug, 'training', 'certifications',
           CASE WHEN x.abbreviation IS NULL THEN x.name ELSE x.name || ' (' || x.abbreviation || ')' END
               || ', ' || b.name || ' (' || b.abbreviation || ')'
    FROM certification x
    JOIN certification_body b ON b.career_id = x.career_id AND b.abbreviation = x.body
    JOIN career c ON c.id = x.career_id;
INSERT INTO search_index (kind, priority, weight, state, town, text)
    SELECT 'school', 4, 0, s.state, s.town,
           s.name || ', ' || s.town || ', ' || coalesce(st.name, s.state)
    FROM school s LEFT JOIN us_state st ON st.code = s.state WHERE s.unitid IS NULL;
INSERT INTO search_index (kind, priority, weight, unitid, text)
    SELECT 'institution', 4, coalesce(p.completers, 0), i.unitid,
           i.name || coalesce(', ' || s.town, '') || coalesce(', ' || st.name, '')
    FROM institution i
    LEFT JOIN (SELECT unitid, min(town) AS town FROM school GROUP BY unitid) s
        ON s.unitid = i.unitid
    LEFT JOIN us_state st ON st.code = i.state
    LEFT JOIN (SELECT unitid, sum(completers) AS completers FROM program GROUP BY unitid) p
        ON p.unitid = i.unitid;
INSERT INTO uses_index (kind, key, careers, name)
    SELECT 'software', example, count(DISTINCT career_id), example FROM technology GROUP BY example;
INSERT INTO uses_index (kind, key, careers, name)
    SELECT 'tool', example, count(DISTINCT career_id), example FROM career_tool GROUP BY example;
INSERT INTO uses_index (kind, key, careers, name)
    SELECT e.kind, e.id, count(*), e.name
    FROM onet_element e JOIN career_rating r ON r.element_id = e.id AND r.score >= 300
    WHERE e.kind IN ('skill', 'knowledge', 'style')
    GROUP BY e.id;
INSERT INTO title_trigram (slug, title) SELECT slug, title FROM career;
INSERT INTO title_trigram (slug, title)
    SELECT c.slug, t.title FROM alternate_title t JOIN career c ON c.id = t.career_id;
INSERT INTO title_trigram (slug, title)
    SELECT c.slug, t.title FROM job_title t JOIN career c ON c.id = t.career_id
    WHERE t.common;
INSERT INTO title_trigram (slug, title)
    SELECT c.slug, t.title FROM direct_title t JOIN career c ON c.id = t.career_id;
INSERT INTO program_tally (cip4, state, credential, programs)
    SELECT cip4, state, credential, count(*) FROM program GROUP BY cip4, state, credential;
INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO title_trigram (title_trigram) VALUES ('optimize');
INSERT INTO uses_index (uses_index) VALUES ('optimize');
