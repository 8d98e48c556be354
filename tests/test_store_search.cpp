// The store's full-text rows: an import indexes its new acts and attestations in bulk (with the
// schema's triggers off for its transaction); the indexes end as the triggers would leave them.
#include "database.hpp"
#include "error.hpp"
#include "importer.hpp"
#include "store.hpp"

#include <catch2/catch.hpp>

namespace {

int count(acta::Database& db, const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

int quotes_matching(acta::Database& db, const std::string& query)
{
    return count(db, "SELECT count(*) FROM attestations_fts WHERE attestations_fts MATCH '" + query + "'");
}

void check_integrity(acta::Database& db)
{
    CHECK_NOTHROW(db.sql().exec("INSERT INTO acts_fts (acts_fts) VALUES ('integrity-check')"));
    CHECK_NOTHROW(db.sql().exec("INSERT INTO attestations_fts (attestations_fts) VALUES ('integrity-check')"));
}

} // namespace

TEST_CASE("store: an import's acts and attestations are found by full-text search", "[store]")
{
    acta::Database db(":memory:", acta::Database::Mode::read_write);
    acta::store_import(db, acta::import::import_text(
                               "On 12 March 2009 the Senate of Chile adopted a resolution recognising the massacre as "
                               "genocide.\nOn 3 May 2011 the Chamber of Deputies of Peru adopted a declaration on the "
                               "tragedy.\n",
                               {"a.txt", "", false, ""}));
    REQUIRE(count(db, "SELECT count(*) FROM attestations") == 2);
    CHECK(quotes_matching(db, "genocide") == 1);
    CHECK(quotes_matching(db, "tragedy") == 1);
    check_integrity(db);

    SECTION("a second import indexes its own rows only, once")
    {
        acta::store_import(db, acta::import::import_text(
                                   "On 7 June 2012 the Senate of Mexico adopted a resolution on the genocide.\n",
                                   {"b.txt", "", false, ""}));
        CHECK(count(db, "SELECT count(*) FROM attestations") == 3);
        CHECK(quotes_matching(db, "genocide") == 2);
        CHECK(quotes_matching(db, "mexico") == 1);
        check_integrity(db);
    }
    SECTION("the triggers work again after an import, and after one that failed")
    {
        auto broken = acta::import::import_text("On 1 May 2015 the Senate of Chile adopted a resolution.\n",
                                                {"c.txt", "", false, ""});
        REQUIRE(broken.acts.size() == 1);
        broken.acts.front().body.jurisdiction_code = "ZZ-NOPE"; // violates the jurisdictions foreign key
        CHECK_THROWS_AS(acta::store_import(db, broken), acta::DatabaseError);
        db.sql().exec("UPDATE attestations SET quote = 'a wholly new quotation' WHERE id = 1");
        CHECK(quotes_matching(db, "quotation") == 1);
        CHECK(quotes_matching(db, "genocide") == 0);
        check_integrity(db);
    }
}
