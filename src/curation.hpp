#pragma once
// Curation: researchers correct, add, merge, split and retract acts. Every change is one
// transaction and is recorded (tables `curations` and `changes`, schema 5) with who made it,
// when, and from which file and line; nothing is ever deleted, and a curated value is kept as an
// attestation of the curated file beside the readings it replaces. See docs/curation.md.
#include "curated_file.hpp"
#include "database.hpp"
#include "model.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace acta {

// Bodies a curated row may name besides those already in the database (the importer's
// gazetteer, in the CLI): find() the body called `name` in `jurisdiction`, names() for "did you
// mean". Either may be empty.
struct BodyCatalog {
    std::function<std::optional<BodyRef>(const std::string& jurisdiction, const std::string& name)> find;
    std::function<std::vector<std::string>(const std::string& jurisdiction)> names;
};

struct CurationOptions {
    std::string file;    // the file's name, in messages and as the source's path
    std::string note;    // --source: what the values were checked against (the source's title)
    std::string curator; // --curator, else $USER
    bool delete_missing = false;
};

// One field a curated row changes.
struct FieldChange {
    std::string field; // date, body, act_type, identifier, terms, persons, subject, wording
    std::string old_value;
    std::string new_value;
};

// What one row of a curated file does to one act.
struct ActEdit {
    std::optional<std::int64_t> act_id; // none: a new act
    bool restore = false;               // the act was retracted: the row brings it back
    int line = 0;
    std::size_t begin = 0, end = 0;     // the row's bytes in the file
    // The act's values after the edit (the whole curated reading).
    BodyRef body;
    std::optional<std::int64_t> body_id; // none: a body the catalog knows, created on apply
    std::string act_type, identifier, wording, subject;
    DateValue date;
    std::vector<std::string> terms, persons; // sorted
    std::vector<FieldChange> changes;
};

struct CurationPlan {
    std::vector<std::string> problems; // "FILE:LINE:COLUMN: message", in file order
    std::string text;                  // the file without its byte order mark
    std::vector<ActEdit> edits;        // rows that change something
    std::vector<std::int64_t> retract; // --delete-missing: current acts the file does not name
    int unchanged = 0;

    bool changes_nothing() const { return edits.empty() && retract.empty(); }
};

// The source id of the curated file `bytes` when it was imported before (by its sha256).
std::optional<std::int64_t> curated_file_imported(Database& db, const std::string& bytes);

// Reads and checks a curated file against the database, writing nothing: every problem of the
// file (encoding, quoting, cell counts, unknown jurisdictions, bodies, types and terms with a
// "did you mean", bad EDTF, an end before its start, repeated or unknown act ids) is in
// `problems`, and when there is one there are no edits. Throws nothing for bad data.
CurationPlan plan_curation(Database& db, const std::string& bytes, const CurationOptions& options,
                           const BodyCatalog& catalog);

struct CurationSummary {
    std::int64_t curation_id = 0; // 0 when nothing changed (nothing is written then)
    int added = 0, updated = 0, restored = 0, retracted = 0, unchanged = 0;
};

// Writes `plan` (which must have no problems) inside the caller's open transaction: the file as
// a `curated` source, one `curations` row, the acts' new values, a curated attestation per changed
// row and a `changes` row per field.
CurationSummary apply_curation(Database& db, const CurationPlan& plan, const CurationOptions& options);

// What importing one curated file did.
struct CuratedImport {
    std::optional<std::int64_t> already; // the file was imported before (this source): nothing done
    CurationPlan plan;                   // its problems, when it has any: nothing written
    CurationSummary summary;
};

// Checks and writes a curated file in one IMMEDIATE transaction, so that no other writer can
// change the database between the check and the write. Throws DatabaseError (nothing written)
// when the database refuses.
CuratedImport import_curated_file(Database& db, const std::string& bytes, const CurationOptions& options,
                                  const BodyCatalog& catalog);

// The researcher's own edits, each one recorded transaction. They throw DataError (nothing
// written) for an act or attestation that does not exist or cannot take the edit.

// Leaves act `act_id` out of timelines, counts and exports; its history and `reason` stay.
void retract_act(Database& db, std::int64_t act_id, const std::string& reason, const std::string& curator);

// One act from two readings: `other`'s attestations move to `keep`, with its terms and persons
// (and identifier, wording, subject where `keep` has none); `other` is then 'merged'.
void merge_acts(Database& db, std::int64_t keep, std::int64_t other, const std::string& curator);

// Moves attestation `attestation_id` out of act `act_id`: back into the act it was merged from,
// or into a new act of the same body read from that attestation alone. Returns that act's id.
std::int64_t split_act(Database& db, std::int64_t act_id, std::int64_t attestation_id, const std::string& curator);

// --curator NAME, else $USER, else "unknown".
std::string curator_name(const std::string& given);

} // namespace acta
