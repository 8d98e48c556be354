-- acta schema, version 1. Never edit once released: add 0002_*.sql instead.
-- Applied inside one transaction by Database::migrate(), which then sets PRAGMA user_version = 1.
-- Every table is STRICT; foreign keys are enforced (PRAGMA foreign_keys = ON on every connection).

-- A text that was imported. The text itself is kept so every attestation span can be re-read.
CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    title            TEXT,
    author           TEXT,
    publisher        TEXT,
    published        TEXT,              -- EDTF (usually YYYY-MM-DD) of the source's own date line
    url              TEXT,
    path             TEXT,              -- file name it was imported from
    sha256           TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    text             TEXT NOT NULL,
    importer_version TEXT NOT NULL,
    imported_at      TEXT NOT NULL      -- UTC, ISO 8601
) STRICT;

-- Countries (ISO 3166-1 alpha-2), sub-national units (ISO 3166-2) and international
-- organizations (short uppercase codes such as UN, EU, OIC).
CREATE TABLE jurisdictions (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('international', 'national', 'subnational')),
    kind         TEXT NOT NULL,          -- country, state, province, ..., organization
    country_code TEXT REFERENCES jurisdictions (code), -- own code for a country, the country for a subdivision
    parent_code  TEXT REFERENCES jurisdictions (code)  -- the parent subdivision or organization
) STRICT;
CREATE INDEX jurisdictions_country ON jurisdictions (country_code);

-- Alternative names of a jurisdiction (short forms, adjectives), used to resolve --country.
CREATE TABLE jurisdiction_names (
    code TEXT NOT NULL REFERENCES jurisdictions (code) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('name', 'adjective')),
    PRIMARY KEY (code, name, kind)
) STRICT;
CREATE INDEX jurisdiction_names_name ON jurisdiction_names (name);

-- Who acts: a chamber, a whole legislature, a committee, an office or an organization's assembly.
-- Executive and judicial bodies are kept with their branch so they can be left out of timelines.
CREATE TABLE bodies (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('chamber', 'legislature', 'committee', 'office', 'assembly')),
    branch            TEXT NOT NULL DEFAULT 'legislative' CHECK (branch IN ('legislative', 'executive', 'judicial')),
    jurisdiction_code TEXT NOT NULL REFERENCES jurisdictions (code),
    parent_id         INTEGER REFERENCES bodies (id),
    UNIQUE (jurisdiction_code, name)
) STRICT;

CREATE TABLE body_aliases (
    body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    PRIMARY KEY (body_id, alias)
) STRICT;

CREATE TABLE persons (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
) STRICT;

-- The event acts are about.
CREATE TABLE subjects (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    date_edtf TEXT
) STRICT;

CREATE TABLE subject_aliases (
    subject_id INTEGER NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (subject_id, alias)
) STRICT;

-- Controlled vocabularies, seeded here.
CREATE TABLE act_types (
    code  TEXT PRIMARY KEY,
    label TEXT NOT NULL
) STRICT;
INSERT INTO act_types (code, label) VALUES
    ('resolution', 'Resolution'), ('declaration', 'Declaration'), ('statement', 'Statement'),
    ('decree', 'Decree'), ('law', 'Law'), ('motion', 'Motion'), ('decision', 'Decision'),
    ('proclamation', 'Proclamation'), ('recognition', 'Recognition'), ('document', 'Document'),
    ('appeal', 'Appeal'), ('speech', 'Speech'), ('bill', 'Bill'), ('letter', 'Letter'),
    ('report', 'Report'), ('memorial', 'Memorial'), ('act', 'Act (unspecified)');

CREATE TABLE terms (
    code  TEXT PRIMARY KEY,
    label TEXT NOT NULL
) STRICT;
INSERT INTO terms (code, label) VALUES
    ('genocide', 'genocide'), ('massacre', 'massacre'), ('tragedy', 'tragedy'),
    ('crime_against_humanity', 'crime against humanity'), ('ethnic_cleansing', 'ethnic cleansing'),
    ('occupation', 'occupation'), ('aggression', 'aggression'), ('war_crime', 'war crime');

-- One row per real act. The date is EDTF plus inclusive ISO day bounds for sorting and
-- filtering; all three are NULL for an undated act, whose precision is 'none'.
CREATE TABLE acts (
    id          INTEGER PRIMARY KEY,
    body_id     INTEGER NOT NULL REFERENCES bodies (id),
    subject_id  INTEGER REFERENCES subjects (id),
    act_type    TEXT NOT NULL REFERENCES act_types (code),
    identifier  TEXT,
    date_edtf   TEXT,
    date_start  TEXT CHECK (date_start IS NULL OR date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_end    TEXT CHECK (date_end IS NULL OR date_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    precision   TEXT NOT NULL CHECK (precision IN ('day', 'day_range', 'month', 'month_part', 'month_range',
                    'season', 'year_part', 'year', 'year_range', 'none')),
    wording     TEXT,              -- the source's words for the act, verbatim
    vote        TEXT,              -- "unanimously", "95-2", ... as given
    CHECK ((date_edtf IS NULL) = (precision = 'none')),
    CHECK (date_start IS NULL OR date_end IS NULL OR date_start <= date_end)
) STRICT;
CREATE INDEX acts_date ON acts (date_start, date_end);
CREATE INDEX acts_body ON acts (body_id);

CREATE TABLE act_terms (
    act_id  INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
    term    TEXT NOT NULL REFERENCES terms (code),
    wording TEXT NOT NULL,         -- the words the source used for it, verbatim
    PRIMARY KEY (act_id, term)
) STRICT;

CREATE TABLE act_persons (
    act_id    INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    role      TEXT NOT NULL CHECK (role IN ('sponsor', 'author', 'speaker', 'signatory', 'member')),
    PRIMARY KEY (act_id, person_id, role)
) STRICT;

-- Each mention of an act in a source, with what that mention says (so disagreements between
-- sources can be shown) and the rule that read it.
CREATE TABLE attestations (
    id         INTEGER PRIMARY KEY,
    act_id     INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,   -- byte offsets into sources.text, [start, end)
    span_end   INTEGER NOT NULL,
    line       INTEGER NOT NULL,   -- 1-based line of span_start
    quote      TEXT NOT NULL,      -- the sentence(s) the act was read from
    rule       TEXT NOT NULL,      -- which importer rule found it
    date_edtf  TEXT,               -- what this mention says
    date_start TEXT,
    date_end   TEXT,
    act_type   TEXT,
    terms      TEXT,               -- ';'-separated term codes
    CHECK (span_start <= span_end)
) STRICT;
CREATE INDEX attestations_act ON attestations (act_id);
CREATE INDEX attestations_source ON attestations (source_id);

-- One readable row per act: open the file in sqlite3, Datasette or R and read this.
CREATE VIEW timeline AS
SELECT
    a.id                                              AS act_id,
    a.date_edtf                                       AS date,
    a.date_start                                      AS date_start,
    a.date_end                                        AS date_end,
    a.precision                                       AS precision,
    cj.code                                           AS country_code,
    cj.name                                           AS country,
    j.code                                            AS jurisdiction_code,
    j.name                                            AS jurisdiction,
    j.level                                           AS level,
    b.name                                            AS body,
    b.kind                                            AS body_kind,
    b.branch                                          AS branch,
    a.act_type                                        AS act_type,
    a.identifier                                      AS identifier,
    (SELECT group_concat(term, ';') FROM (SELECT term FROM act_terms t WHERE t.act_id = a.id ORDER BY term))
                                                      AS terms,
    (SELECT group_concat(name, ';') FROM (SELECT DISTINCT p.name FROM act_persons ap
         JOIN persons p ON p.id = ap.person_id WHERE ap.act_id = a.id ORDER BY p.name))
                                                      AS persons,
    s.name                                            AS subject,
    a.wording                                         AS wording,
    (SELECT group_concat(title, ' | ') FROM (SELECT DISTINCT coalesce(src.title, src.path) AS title
         FROM attestations at JOIN sources src ON src.id = at.source_id WHERE at.act_id = a.id ORDER BY src.id))
                                                      AS source,
    (SELECT quote FROM attestations at WHERE at.act_id = a.id ORDER BY at.source_id, at.span_start LIMIT 1)
                                                      AS quote
FROM acts a
JOIN bodies b        ON b.id = a.body_id
JOIN jurisdictions j ON j.code = b.jurisdiction_code
LEFT JOIN jurisdictions cj ON cj.code = j.country_code
LEFT JOIN subjects s ON s.id = a.subject_id;
