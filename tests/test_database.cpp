// The schema, its migrations and the store: what a database file guarantees.
#include "database.hpp"
#include "embedded.hpp"
#include "error.hpp"
#include "importer.hpp"
#include "store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include "support.hpp"

#include <span>

namespace acta::schema {
std::span<const acta::EmbeddedFile> migration_files();
}

namespace {

using acta::test::TempDir;

// Every CREATE statement of a database, sorted, to compare schemas.
std::vector<std::string> schema_of(SQLite::Database& db)
{
    std::vector<std::string> out;
    SQLite::Statement st(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    while (st.executeStep()) {
        out.push_back(st.getColumn(0).getString());
    }
    return out;
}

int count(SQLite::Database& db, const char* sql) { return db.execAndGet(sql).getInt(); }

const char* chile = "On 12 March 2009 the Senate of Chile adopted a resolution recognising the massacre as genocide.\n";

} // namespace

TEST_CASE("a fresh database", "[schema]")
{
    acta::Database db(":memory:", acta::Database::Mode::read_write);
    CHECK(db.user_version() == acta::Database::schema_version());
    CHECK(acta::Database::schema_version() >= 1);
    CHECK(db.sql().execAndGet("PRAGMA application_id").getInt() == acta::application_id);
    CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    // ISO 3166 from iso-codes: every country and subdivision.
    CHECK(count(db.sql(), "SELECT count(*) FROM jurisdictions WHERE level = 'national'") >= 249);
    CHECK(count(db.sql(), "SELECT count(*) FROM jurisdictions WHERE code = 'US-TX' AND country_code = 'US'") == 1);
    CHECK(count(db.sql(), "SELECT count(*) FROM act_types") > 10);
    CHECK(count(db.sql(), "SELECT count(*) FROM terms") == 8);
    // The readable view exists and has the export's columns.
    SQLite::Statement view(db.sql(), "SELECT act_id, date, date_start, date_end, precision, country_code, country, "
                                     "jurisdiction_code, jurisdiction, body, body_kind, act_type, identifier, terms, "
                                     "persons, subject, wording, source, quote FROM timeline");
    CHECK_FALSE(view.executeStep());
}

TEST_CASE("a database from a newer acta, or not from acta, is refused", "[schema]")
{
    TempDir dir;
    const auto newer = (dir.path / "newer.db").string();
    {
        acta::Database db(newer, acta::Database::Mode::read_write);
        db.sql().exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_AS(acta::Database(newer, acta::Database::Mode::read_only), acta::DataError);
    CHECK_THROWS_AS(acta::Database(newer, acta::Database::Mode::read_write), acta::DataError);

    const auto other = (dir.path / "other.db").string();
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x)");
    }
    CHECK_THROWS_AS(acta::Database(other, acta::Database::Mode::read_write), acta::DataError);

    CHECK_THROWS_AS(acta::Database((dir.path / "missing.db").string(), acta::Database::Mode::read_only),
                    acta::DatabaseError);
}

TEST_CASE("a migrated database ends with the same schema as a fresh one", "[schema]")
{
    TempDir dir;
    const auto path = (dir.path / "old.db").string();
    {
        // A version-1 database as the first release wrote it.
        SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        for (const auto& f : acta::schema::migration_files()) {
            if (f.name.substr(0, 4) == "0001") {
                old.exec(std::string(f.contents));
            }
        }
        old.exec("PRAGMA application_id = " + std::to_string(acta::application_id));
        old.exec("PRAGMA user_version = 1");
    }
    acta::Database migrated(path, acta::Database::Mode::read_write);
    acta::Database fresh(":memory:", acta::Database::Mode::read_write);
    CHECK(migrated.user_version() == fresh.user_version());
    CHECK(schema_of(migrated.sql()) == schema_of(fresh.sql()));
}

TEST_CASE("the store writes one import as one transaction", "[store]")
{
    acta::Database db(":memory:", acta::Database::Mode::read_write);
    const auto first = acta::import::import_text(chile, {"a.txt", "", false, ""});
    REQUIRE(first.acts.size() == 1);

    SECTION("the same text twice adds nothing the second time")
    {
        const auto s1 = acta::store_import(db, first);
        CHECK_FALSE(s1.already_imported);
        CHECK(s1.acts_added == 1);
        const auto s2 = acta::store_import(db, acta::import::import_text(chile, {"copy.txt", "", false, ""}));
        CHECK(s2.already_imported);
        CHECK(count(db.sql(), "SELECT count(*) FROM sources") == 1);
        CHECK(count(db.sql(), "SELECT count(*) FROM acts") == 1);
    }
    SECTION("another source of the same act is merged and kept as an attestation")
    {
        acta::store_import(db, first);
        const auto other = acta::import::import_text(
            "Chile: on 12 March 2009 the Chilean Senate passed a resolution calling the massacre a genocide.\n",
            {"b.txt", "", false, ""});
        const auto s = acta::store_import(db, other);
        CHECK(s.acts_merged == 1);
        CHECK(s.acts_added == 0);
        CHECK(count(db.sql(), "SELECT count(*) FROM acts") == 1);
        CHECK(count(db.sql(), "SELECT count(*) FROM attestations") == 2);
        CHECK(count(db.sql(), "SELECT count(DISTINCT source_id) FROM attestations") == 2);
    }
    SECTION("a failure half-way leaves nothing behind")
    {
        auto broken = first;
        broken.acts.push_back(broken.acts.front());
        broken.acts.back().body.jurisdiction_code = "ZZ-NOPE"; // violates the jurisdictions foreign key
        broken.acts.back().body.name = "Nowhere Senate";
        CHECK_THROWS_AS(acta::store_import(db, broken), acta::DatabaseError);
        CHECK(count(db.sql(), "SELECT count(*) FROM sources") == 0);
        CHECK(count(db.sql(), "SELECT count(*) FROM acts") == 0);
        CHECK(count(db.sql(), "SELECT count(*) FROM bodies") == 0);
    }
    SECTION("the database keeps what the source said")
    {
        acta::store_import(db, first);
        CHECK(db.sql().execAndGet("SELECT quote FROM attestations").getString() ==
              "On 12 March 2009 the Senate of Chile adopted a resolution recognising the massacre as genocide.");
        CHECK(db.sql().execAndGet("SELECT wording FROM act_terms WHERE term = 'genocide'").getString() == "genocide");
        CHECK(db.sql().execAndGet("SELECT date_edtf || ' ' || date_start || ' ' || date_end || ' ' || precision FROM acts")
                  .getString() == "2009-03-12 2009-03-12 2009-03-12 day");
        CHECK(db.sql().execAndGet("SELECT jurisdiction_code FROM timeline").getString() == "CL");
    }
}
