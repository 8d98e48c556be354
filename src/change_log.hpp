#pragma once
// The record of curated changes (tables `curations` and `changes`, schema 5): one ChangeLog per
// curated transaction, one record() per act and field it touches. Internal to acta_core.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace acta {

struct ChangeRow {
    std::int64_t act_id = 0;
    std::string action; // add, set, retract, restore, merge, split
    std::string field;
    std::string old_value;
    std::string new_value;
    std::optional<std::int64_t> other_act_id;
    std::optional<std::int64_t> attestation_id;
    int line = 0;       // 0: not from a file
    std::string reason;
};

class ChangeLog {
public:
    // Inserts the `curations` row: `command` by `curator` now, from `source_id` (a curated file).
    ChangeLog(SQLite::Database& db, const std::string& command, const std::string& curator,
              std::optional<std::int64_t> source_id, const std::string& note);
    std::int64_t id() const { return m_id; }
    void record(const ChangeRow& row);

private:
    std::int64_t m_id = 0;
    SQLite::Statement m_insert;
};

} // namespace acta
