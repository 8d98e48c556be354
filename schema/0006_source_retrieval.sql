-- acta schema, version 6: when a source fetched from a URL was retrieved (UTC, ISO 8601);
-- NULL for files. Never edit once released.
ALTER TABLE sources ADD COLUMN retrieved_at TEXT;
