#pragma once
// Writing what the importer read into the database, as one transaction.
#include "database.hpp"
#include "model.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace acta {

struct StoreSummary {
    bool already_imported = false; // a source with the same sha256 was there: nothing written
    std::int64_t source_id = 0;
    int acts_added = 0;
    int acts_merged = 0;           // attested again by this source, already in the database
    int attestations = 0;
};

// Writes `result` into `db` in one transaction: the source, its subject, bodies, persons,
// acts (merging an act the database already has: same_act(), src/same_act.hpp) and
// attestations; an act a researcher curated keeps its terms and persons. Nothing is written when the source's sha256 is
// already there. Throws DatabaseError (nothing written) when the database refuses the write.
StoreSummary store_import(Database& db, const ImportResult& result);

// For curation, inside the caller's transaction: the id of `body` in the database, created
// (with its parent) when new; the id of the subject called `name`, created when new (none for "").
std::int64_t ensure_body(Database& db, const BodyRef& body);
std::optional<std::int64_t> ensure_subject(Database& db, const std::string& name);

// Binds `value` to parameter `index`, or NULL when it is empty (the schema keeps "" as NULL).
void bind_text_or_null(SQLite::Statement& st, int index, const std::string& value);

// The current time, UTC, ISO 8601 ("2026-11-30T14:05:00Z"): imported_at, curations.at.
std::string utc_now();

// The date in the four columns date_edtf, date_start, date_end, precision from column `first`
// of the current row of `st`.
DateValue date_of(SQLite::Statement& st, int first);

} // namespace acta
