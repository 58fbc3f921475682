-- The search indexes, written once per language the seed speaks: as they
-- stand for English, and for Spanish with every table name followed by
-- _es, on a connection that reads the texts in Spanish (src/db/lang.rs),
-- so that both editions rank by the same rules. Run by write_seed after
-- derived.sql.

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
INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO title_trigram (title_trigram) VALUES ('optimize');
INSERT INTO uses_index (uses_index) VALUES ('optimize');
