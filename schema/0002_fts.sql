-- acta schema, version 2: full-text search for `acta search`. Never edit once released.
-- Two FTS5 indexes over text the database already holds (external content: the text is not
-- stored twice): what acts are called (acts.wording) and what sources say (attestations.quote).
-- Triggers keep them in step with every insert, update and delete, so no code has to.
-- The porter stemmer folds word forms ("crimes" finds "crime"); unicode61 folds case and,
-- with remove_diacritics 2, accents ("Xocalı" finds "Xocali").

CREATE VIRTUAL TABLE acts_fts USING fts5(
    wording, content = 'acts', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER acts_fts_insert AFTER INSERT ON acts BEGIN
    INSERT INTO acts_fts (rowid, wording) VALUES (new.id, new.wording);
END;
CREATE TRIGGER acts_fts_delete AFTER DELETE ON acts BEGIN
    INSERT INTO acts_fts (acts_fts, rowid, wording) VALUES ('delete', old.id, old.wording);
END;
CREATE TRIGGER acts_fts_update AFTER UPDATE OF id, wording ON acts BEGIN
    INSERT INTO acts_fts (acts_fts, rowid, wording) VALUES ('delete', old.id, old.wording);
    INSERT INTO acts_fts (rowid, wording) VALUES (new.id, new.wording);
END;

CREATE VIRTUAL TABLE attestations_fts USING fts5(
    quote, content = 'attestations', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER attestations_fts_insert AFTER INSERT ON attestations BEGIN
    INSERT INTO attestations_fts (rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER attestations_fts_delete AFTER DELETE ON attestations BEGIN
    INSERT INTO attestations_fts (attestations_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;
CREATE TRIGGER attestations_fts_update AFTER UPDATE OF id, quote ON attestations BEGIN
    INSERT INTO attestations_fts (attestations_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
    INSERT INTO attestations_fts (rowid, quote) VALUES (new.id, new.quote);
END;

-- A database upgraded from version 1 already has rows: index them.
INSERT INTO acts_fts (acts_fts) VALUES ('rebuild');
INSERT INTO attestations_fts (attestations_fts) VALUES ('rebuild');
