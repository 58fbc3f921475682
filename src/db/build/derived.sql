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
INSERT INTO program_tally (cip4, state, credential, programs)
    SELECT cip4, state, credential, count(*) FROM program GROUP BY cip4, state, credential;
