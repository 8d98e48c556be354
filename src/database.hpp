#pragma once
// An acta database file: opening, creating, schema migrations.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>

namespace acta {

// PRAGMA application_id of every acta database ("ACTA" in ASCII).
inline constexpr int application_id = 0x41435441;

class Database {
public:
    enum class Mode { read_only, read_write };

    // Opens (and with read_write creates and migrates) the database at `path`;
    // ":memory:" gives an in-memory database (read_write only).
    // Throws DataError when the file is not an acta database or comes from a newer acta,
    // DatabaseError when it cannot be opened (missing for read_only, unwritable for read_write).
    Database(const std::string& path, Mode mode);

    SQLite::Database& sql() { return *m_db; }
    const std::string& path() const { return m_path; }

    // The schema version this build writes: the number of the last schema/NNNN_*.sql.
    static int schema_version();
    int user_version();

private:
    void check_identity();
    void migrate();
    void seed_iso_jurisdictions();

    std::string m_path;
    bool m_read_only = false;
    std::unique_ptr<SQLite::Database> m_db;
};

} // namespace acta
