-- A small hand-made database for the query and CLI tests (tests/test_query.cpp,
-- tests/test_cli_query.cpp). Loaded into a fresh acta database (schema and ISO 3166 rows exist).
-- The acts are invented; each one is there for a case:
--   1  US-TX  day          the earliest act
--   2  US     whole year   overlaps act 3 (ordinal uncertain); a quote with quotes, comma, newline
--   3  FR     day          two sources disagreeing on date and terms; "crimes against humanity"
--   4  MX     day range    spans two years (counts in 2011, overlaps 2012)
--   5  FR     executive    hidden unless --include-executive
--   6  PUIC   day          an organization; two sources disagreeing on type
--   7  DE     undated
--   8  US-TX  month        an identifier a spreadsheet would read as a formula
--   9  FR     undated

INSERT INTO sources (id, title, author, publisher, published, url, path, sha256, text, importer_version, imported_at)
VALUES
  (1, 'Chronology A', 'Ann Author', 'Example Press', '2014-02-27', 'https://example.org/a', 'a.txt',
   '1111111111111111111111111111111111111111111111111111111111111111', 'text of A', 'test', '2024-01-01T00:00:00Z'),
  (2, NULL, NULL, NULL, NULL, NULL, 'b.txt',
   '2222222222222222222222222222222222222222222222222222222222222222', 'text of B', 'test', '2024-01-02T00:00:00Z');

INSERT INTO jurisdictions (code, name, level, kind, country_code, parent_code) VALUES
  ('OIC', 'Organisation of Islamic Cooperation', 'international', 'organization', NULL, NULL),
  ('PUIC', 'Parliamentary Union of the OIC Member States', 'international', 'organization', NULL, 'OIC');

INSERT INTO jurisdiction_names (code, name, kind) VALUES
  ('FR', 'French', 'adjective'), ('MX', 'Mexican', 'adjective'), ('US', 'American', 'adjective'),
  ('US-TX', 'Texan', 'adjective'), ('PUIC', 'PUIC', 'name');

INSERT INTO bodies (id, name, kind, branch, jurisdiction_code, parent_id) VALUES
  (1, 'Texas House of Representatives', 'chamber', 'legislative', 'US-TX', NULL),
  (2, 'United States Senate', 'chamber', 'legislative', 'US', NULL),
  (3, 'Senate of France', 'chamber', 'legislative', 'FR', NULL),
  (4, 'Congress of Mexico', 'legislature', 'legislative', 'MX', NULL),
  (5, 'President of France', 'office', 'executive', 'FR', NULL),
  (6, 'Parliamentary Union of the OIC Member States', 'assembly', 'legislative', 'PUIC', NULL),
  (7, 'Bundestag', 'chamber', 'legislative', 'DE', NULL);

INSERT INTO body_aliases (body_id, alias) VALUES (3, 'Sénat'), (6, 'PUOICM');

INSERT INTO subjects (id, name, date_edtf) VALUES (1, 'Example events', '1992');
INSERT INTO subject_aliases (subject_id, alias) VALUES (1, 'Example massacre');

INSERT INTO persons (id, name) VALUES (1, 'Jim Example'), (2, 'Ann Other');

INSERT INTO acts (id, body_id, subject_id, act_type, identifier, date_edtf, date_start, date_end, precision, wording, vote)
VALUES
  (1, 1, 1, 'resolution', 'HR 1', '2010-02-25', '2010-02-25', '2010-02-25', 'day', 'adopted a resolution', NULL),
  (2, 2, 1, 'resolution', 'S.Res. 2', '2012', '2012-01-01', '2012-12-31', 'year', 'passed a resolution', '95-2'),
  (3, 3, 1, 'declaration', NULL, '2012-02-01', '2012-02-01', '2012-02-01', 'day',
   'a declaration condemning crimes against humanity', NULL),
  (4, 4, 1, 'decision', NULL, '2011-12-15/2012-01-10', '2011-12-15', '2012-01-10', 'day_range', 'decided', NULL),
  (5, 5, 1, 'statement', NULL, '2012-03-01', '2012-03-01', '2012-03-01', 'day', 'a statement', NULL),
  (6, 6, NULL, 'resolution', NULL, '2013-01-23', '2013-01-23', '2013-01-23', 'day', 'a resolution', NULL),
  (7, 7, 1, 'motion', NULL, NULL, NULL, NULL, 'none', 'a motion on the massacre', NULL),
  (8, 1, 1, 'resolution', '=HR 3', '2013-05', '2013-05-01', '2013-05-31', 'month', 'a second resolution', NULL),
  (9, 3, 1, 'resolution', NULL, NULL, NULL, NULL, 'none', NULL, NULL);

INSERT INTO act_terms (act_id, term, wording) VALUES
  (1, 'genocide', 'genocide'),
  (2, 'genocide', 'genocide'), (2, 'massacre', 'massacre'),
  (3, 'crime_against_humanity', 'crimes against humanity'),
  (5, 'genocide', 'genocide'),
  (6, 'genocide', 'act of genocide'), (6, 'tragedy', 'tragedy'),
  (7, 'massacre', 'massacre'),
  (8, 'tragedy', 'tragedy');

INSERT INTO act_persons (act_id, person_id, role) VALUES (8, 1, 'sponsor'), (8, 2, 'author'), (8, 1, 'author');

INSERT INTO attestations (act_id, source_id, span_start, span_end, line, quote, rule, date_edtf, date_start, date_end,
                          act_type, terms)
VALUES
  (1, 1, 0, 40, 1, 'On 25 February 2010 the Texas House adopted a resolution.', 'test', '2010-02-25',
   '2010-02-25', '2010-02-25', 'resolution', 'genocide'),
  (2, 1, 50, 120, 3, 'In 2012 the Senate said "never again",
unanimously.', 'test', '2012', '2012-01-01', '2012-12-31', 'resolution', 'genocide;massacre'),
  (3, 1, 130, 200, 10, 'On 1 February 2012 the French Senate condemned crimes against humanity.', 'test',
   '2012-02-01', '2012-02-01', '2012-02-01', 'declaration', 'crime_against_humanity'),
  (3, 2, 0, 60, 3, 'The Sénat declared on 2 February 2012 that it was a genocide.', 'test', '2012-02-02',
   '2012-02-02', '2012-02-02', 'declaration', 'genocide'),
  (4, 1, 210, 260, 12, 'Mexico decided between 15 December 2011 and 10 January 2012.', 'test',
   '2011-12-15/2012-01-10', '2011-12-15', '2012-01-10', 'decision', NULL),
  (5, 1, 270, 300, 14, 'The President of France made a statement on 1 March 2012.', 'test', '2012-03-01',
   '2012-03-01', '2012-03-01', 'statement', 'genocide'),
  (6, 1, 310, 360, 16, 'On 23 January 2013 the PUIC adopted a resolution on the tragedy.', 'test', '2013-01-23',
   '2013-01-23', '2013-01-23', 'resolution', 'tragedy;genocide'),
  (6, 2, 70, 120, 5, 'The PUIC declaration of 23 January 2013 called it an act of genocide.', 'test', '2013-01-23',
   '2013-01-23', '2013-01-23', 'declaration', 'genocide;tragedy'),
  (7, 1, 370, 400, 18, 'The Bundestag passed a motion on the massacre.', 'test', NULL, NULL, NULL, 'motion',
   'massacre'),
  (8, 1, 410, 450, 20, 'In May 2013 Texas passed HR 3.', 'test', '2013-05', '2013-05-01', '2013-05-31',
   'resolution', 'tragedy'),
  (9, 1, 460, 500, 22, 'The French Senate also adopted a resolution.', 'test', NULL, NULL, NULL, NULL, NULL);
