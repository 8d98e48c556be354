#include "database.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "iso_codes.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <span>
#include <string_view>
#include <vector>

namespace acta::schema {
std::span<const acta::EmbeddedFile> migration_files();
}

namespace acta {

namespace {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// schema/NNNN_name.sql, in version order; the numbers must run 1, 2, 3 ... without gaps.
std::vector<Migration> migrations()
{
    std::vector<Migration> out;
    for (const auto& f : schema::migration_files()) {
        out.push_back({std::atoi(std::string(f.name.substr(0, 4)).c_str()), f.name, f.contents});
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
    return out;
}

} // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path), m_read_only(mode == Mode::read_only)
{
    const bool memory = path == ":memory:";
    if (mode == Mode::read_only && !memory && !std::filesystem::exists(path)) {
        throw DatabaseError("database " + path + " does not exist (create it with 'acta import')");
    }
    if (!memory && std::filesystem::is_directory(path)) {
        throw DatabaseError("database " + path + " is a directory");
    }
    try {
        const int flags = mode == Mode::read_only ? SQLite::OPEN_READONLY
                                                  : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
        m_db = std::make_unique<SQLite::Database>(path, flags, 10000);
        m_db->exec("PRAGMA foreign_keys = ON");
        check_identity();
        if (mode == Mode::read_write) {
            if (!memory) {
                m_db->exec("PRAGMA journal_mode = WAL");
            }
            m_db->exec("PRAGMA synchronous = NORMAL");
            migrate();
        }
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB) {
            throw DataError("database " + path + " is not an SQLite file");
        }
        throw DatabaseError("database " + path + ": " + e.what());
    }
}

int Database::schema_version()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

int Database::user_version()
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

void Database::check_identity()
{
    const int app = m_db->execAndGet("PRAGMA application_id").getInt();
    const int version = user_version();
    const bool empty = m_db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
    if (app == 0 && version == 0 && empty) {
        if (m_read_only) {
            throw DataError("database " + m_path + " is empty: not an acta database (create it with 'acta import')");
        }
        return; // a new file: migrate() makes it an acta database
    }
    if (app != application_id) {
        throw DataError("database " + m_path + " is not an acta database (application_id " +
                        std::to_string(app) + ")");
    }
    if (version > schema_version()) {
        throw DataError("database " + m_path + " has schema version " + std::to_string(version) +
                        ", newer than this acta understands (" + std::to_string(schema_version()) +
                        "): use a newer acta");
    }
}

void Database::migrate()
{
    const int current = user_version();
    const auto steps = migrations();
    if (current >= schema_version()) {
        return;
    }
    // All pending steps in one transaction, user_version bumped before commit (as Firefox
    // Places does): a crash leaves either the old or the new schema, never half of one.
    SQLite::Transaction tx(*m_db);
    if (current == 0) {
        m_db->exec("PRAGMA application_id = " + std::to_string(application_id));
    }
    for (const auto& step : steps) {
        if (step.version > current) {
            m_db->exec(std::string(step.sql));
        }
    }
    if (current == 0) {
        seed_iso_jurisdictions();
    }
    m_db->exec("PRAGMA user_version = " + std::to_string(schema_version()));
    tx.commit();
}

void Database::seed_iso_jurisdictions()
{
    const auto countries = read_iso_codes("iso_3166-1.json");
    const auto subdivisions = read_iso_codes("iso_3166-2.json");
    SQLite::Statement jur(*m_db, "INSERT INTO jurisdictions (code, name, level, kind, country_code, parent_code) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::Statement name(*m_db, "INSERT OR IGNORE INTO jurisdiction_names (code, name, kind) VALUES (?, ?, 'name')");
    auto add_name = [&](const std::string& code, const nlohmann::json& entry, const char* key) {
        if (entry.contains(key)) {
            name.bind(1, code);
            name.bind(2, entry[key].get<std::string>());
            name.exec();
            name.reset();
        }
    };
    for (const auto& c : countries.at("3166-1")) {
        const auto code = c.at("alpha_2").get<std::string>();
        jur.bind(1, code);
        jur.bind(2, c.value("common_name", c.at("name").get<std::string>()));
        jur.bind(3, "national");
        jur.bind(4, "country");
        jur.bind(5, code);
        jur.bind(6); // NULL
        jur.exec();
        jur.reset();
        for (const char* key : {"name", "official_name", "common_name"}) {
            add_name(code, c, key);
        }
        name.bind(1, code);
        name.bind(2, c.at("alpha_3").get<std::string>());
        name.exec();
        name.reset();
        name.bind(1, code);
        name.bind(2, code);
        name.exec();
        name.reset();
    }
    // Parents come before children in the file only sometimes: insert without parents first.
    std::vector<std::pair<std::string, std::string>> parents;
    for (const auto& s : subdivisions.at("3166-2")) {
        const auto code = s.at("code").get<std::string>();
        const auto country = code.substr(0, code.find('-'));
        jur.bind(1, code);
        jur.bind(2, s.at("name").get<std::string>());
        jur.bind(3, "subnational");
        std::string kind = s.value("type", "subdivision");
        std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char ch) { return std::tolower(ch); });
        jur.bind(4, kind);
        jur.bind(5, country);
        jur.bind(6);
        jur.exec();
        jur.reset();
        add_name(code, s, "name");
        if (s.contains("parent")) {
            parents.emplace_back(code, country + "-" + s.at("parent").get<std::string>());
        }
    }
    SQLite::Statement parent(*m_db, "UPDATE jurisdictions SET parent_code = ?2 WHERE code = ?1 "
                                    "AND EXISTS (SELECT 1 FROM jurisdictions WHERE code = ?2)");
    for (const auto& [child, p] : parents) {
        parent.bind(1, child);
        parent.bind(2, p);
        parent.exec();
        parent.reset();
    }
}

} // namespace acta
