#pragma once
// Writing what the importer read into the database, as one transaction.
#include "database.hpp"
#include "model.hpp"

#include <cstdint>

namespace acta {

struct StoreSummary {
    bool already_imported = false; // a source with the same sha256 was there: nothing written
    std::int64_t source_id = 0;
    int acts_added = 0;
    int acts_merged = 0;           // attested again by this source, already in the database
    int attestations = 0;
};

// Writes `result` into `db` in one transaction: the source, its subject, bodies, persons,
// acts (merging an act the database already has: same jurisdiction, overlapping date, same
// type or same identifier) and attestations. Nothing is written when the source's sha256 is
// already there. Throws DatabaseError (nothing written) when the database refuses the write.
StoreSummary store_import(Database& db, const ImportResult& result);

} // namespace acta
