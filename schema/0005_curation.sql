-- acta schema, version 5: curation (acta import --curated, merge, split, retract, history).
-- Never edit once released. Nothing is ever deleted: a retracted act keeps its row, its
-- attestations and its history; a curated value is an attestation of a `curated` source.

-- A curated file (CSV or JSON) is kept as a source like any text, so every curated value points
-- at the file and line it came from.
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'curated'));

-- current: in timelines; retracted: left out by a researcher; merged: its attestations now
-- belong to another act (changes.other_act_id of the 'merge' change).
ALTER TABLE acts ADD COLUMN status TEXT NOT NULL DEFAULT 'current'
    CHECK (status IN ('current', 'retracted', 'merged'));
-- 1 once a researcher has set one of its values: later imports add attestations only.
ALTER TABLE acts ADD COLUMN curated INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1));

-- One curated change as one transaction: who, when, by which command, from which file.
CREATE TABLE curations (
    id        INTEGER PRIMARY KEY,
    command   TEXT NOT NULL CHECK (command IN ('import', 'merge', 'split', 'retract')),
    curator   TEXT NOT NULL,
    at        TEXT NOT NULL,                           -- UTC, ISO 8601
    source_id INTEGER REFERENCES sources (id),         -- import --curated: the file, as a source
    note      TEXT                                     -- --source or --reason as given
) STRICT;

-- What a curation did to an act, one row per act and field.
CREATE TABLE changes (
    id             INTEGER PRIMARY KEY,
    curation_id    INTEGER NOT NULL REFERENCES curations (id),
    act_id         INTEGER NOT NULL REFERENCES acts (id),
    action         TEXT NOT NULL CHECK (action IN ('add', 'set', 'retract', 'restore', 'merge', 'split')),
    field          TEXT,                               -- set: date, body, act_type, identifier, terms, persons, subject, wording
    old_value      TEXT,
    new_value      TEXT,
    other_act_id   INTEGER REFERENCES acts (id),       -- merge: the act merged in; split: the act split from
    attestation_id INTEGER REFERENCES attestations (id), -- the curated attestation, or the one split off
    line           INTEGER,                            -- line of the curated file
    reason         TEXT
) STRICT;
CREATE INDEX changes_act ON changes (act_id);
CREATE INDEX changes_other_act ON changes (other_act_id);

-- Every act, current or not, with the readable columns: what `acta show` reads.
CREATE VIEW act_rows AS
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
    (SELECT quote FROM attestations at JOIN sources src ON src.id = at.source_id
         WHERE at.act_id = a.id ORDER BY src.kind = 'curated', at.source_id, at.span_start LIMIT 1)
                                                      AS quote,
    a.status                                          AS status
FROM acts a
JOIN bodies b        ON b.id = a.body_id
JOIN jurisdictions j ON j.code = b.jurisdiction_code
LEFT JOIN jurisdictions cj ON cj.code = j.country_code
LEFT JOIN subjects s ON s.id = a.subject_id;

-- The timeline: current acts only (retracted and merged ones are left out), same columns as before.
DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT act_id, date, date_start, date_end, precision, country_code, country, jurisdiction_code, jurisdiction,
       level, body, body_kind, branch, act_type, identifier, terms, persons, subject, wording, source, quote
FROM act_rows WHERE status = 'current';
