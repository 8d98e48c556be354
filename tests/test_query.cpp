// The query layer on a hand-made database (tests/cli/fixture.sql): filters, name resolution,
// date semantics, first/count/search/conflicts/show, and that user text is only ever bound.
#include "query.hpp"

#include "error.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using acta::Value;

namespace {

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh in-memory database with the fixture's rows.
std::unique_ptr<acta::Database> fixture()
{
    auto db = std::make_unique<acta::Database>(":memory:", acta::Database::Mode::read_write);
    db->sql().exec(read_file(std::string(ACTA_SOURCE_DIR) + "/tests/cli/fixture.sql"));
    return db;
}

// Keeps what a query streams, every cell as text ("" for NULL).
class Collect : public acta::RowSink {
public:
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    int begins = 0;
    int ends = 0;

    void begin(const std::vector<std::string>& c) override
    {
        columns = c;
        ++begins;
    }
    void row(std::span<const Value> values) override
    {
        std::vector<std::string> r;
        for (const auto& v : values) {
            if (const auto* i = std::get_if<std::int64_t>(&v)) {
                r.push_back(std::to_string(*i));
            } else if (const auto* s = std::get_if<std::string>(&v)) {
                r.push_back(*s);
            } else {
                r.emplace_back();
            }
        }
        rows.push_back(std::move(r));
    }
    void end() override { ++ends; }

    // The values of column `name`, one per row.
    std::vector<std::string> column(const std::string& name) const
    {
        const auto it = std::find(columns.begin(), columns.end(), name);
        REQUIRE(it != columns.end());
        std::vector<std::string> out;
        for (const auto& r : rows) {
            out.push_back(r[it - columns.begin()]);
        }
        return out;
    }
};

std::vector<std::string> ids(acta::Database& db, const acta::Filters& f, acta::QueryStats* stats = nullptr)
{
    Collect c;
    const auto s = acta::timeline(db, f, c);
    if (stats) {
        *stats = s;
    }
    CHECK(c.begins == 1);
    CHECK(c.ends == 1);
    CHECK(s.rows == static_cast<std::int64_t>(c.rows.size()));
    return c.column("act_id");
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("date bounds read YYYY, YYYY-MM and YYYY-MM-DD", "[query][dates]")
{
    struct Case {
        const char* text;
        const char* first;
        const char* last;
    };
    const Case cases[] = {
        {"2012", "2012-01-01", "2012-12-31"},       {"2012-02", "2012-02-01", "2012-02-29"},
        {"2013-02", "2013-02-01", "2013-02-28"},    {"1900-02", "1900-02-01", "1900-02-28"},
        {"2000-02", "2000-02-01", "2000-02-29"},    {"2013-04-30", "2013-04-30", "2013-04-30"},
        {" 2013-12 ", "2013-12-01", "2013-12-31"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(acta::date_bound(c.text, false, "--from") == c.first);
        CHECK(acta::date_bound(c.text, true, "--to") == c.last);
    }
    for (const char* bad : {"", "12", "2012-2", "2012-13", "2012-00", "2013-02-29", "2012/02/01", "20120201", "abcd",
                            "2012-04-31"}) {
        INFO(bad);
        CHECK_THROWS_AS(acta::date_bound(bad, false, "--from"), acta::UsageError);
    }
    CHECK_THROWS_WITH(acta::date_bound("2012-2", false, "--from"), Catch::Contains("--from") && Catch::Contains("YYYY-MM"));
}

TEST_CASE("edit distance folds ASCII case", "[query]")
{
    CHECK(acta::edit_distance("France", "france") == 0);
    CHECK(acta::edit_distance("Frnace", "France") == 2);
    CHECK(acta::edit_distance("", "abc") == 3);
    CHECK(acta::edit_distance("genocid", "genocide") == 1);
}

TEST_CASE("the country filter resolves codes, names and adjectives in any case", "[query][names]")
{
    auto db = fixture();
    for (const char* text : {"FR", "fr", "France", "FRANCE", "French", "french", "FRA"}) {
        INFO(text);
        CHECK(acta::resolve_country(*db, text).code == "FR");
    }
    CHECK(acta::resolve_country(*db, "United States").code == "US");
    CHECK(acta::resolve_country(*db, "american").code == "US");
    // A country and a US state share the name: --country means the country.
    CHECK(acta::resolve_country(*db, "Georgia").code == "GE");
    CHECK(acta::resolve_country(*db, "PUIC").level == "international");

    CHECK_THROWS_AS(acta::resolve_country(*db, "Frnace"), acta::DataError);
    CHECK_THROWS_WITH(acta::resolve_country(*db, "Frnace"), Catch::Contains("did you mean France"));
    CHECK_THROWS_WITH(acta::resolve_country(*db, "Texas"), Catch::Contains("--jurisdiction US-TX"));
    CHECK_THROWS_WITH(acta::resolve_country(*db, "Texan"), Catch::Contains("--jurisdiction US-TX"));
    CHECK_THROWS_AS(acta::resolve_country(*db, "Atlantis"), acta::DataError);

    CHECK(acta::resolve_jurisdiction(*db, "us-tx").code == "US-TX");
    CHECK(acta::resolve_jurisdiction(*db, "Texas").code == "US-TX");
    CHECK_THROWS_AS(acta::resolve_jurisdiction(*db, "Texsa"), acta::DataError);
}

TEST_CASE("terms and types resolve by code, label or a source's words", "[query][names]")
{
    auto db = fixture();
    CHECK(acta::resolve_term(*db, "genocide") == "genocide");
    CHECK(acta::resolve_term(*db, "Crime against humanity") == "crime_against_humanity");
    CHECK(acta::resolve_term(*db, "crime_against_humanity") == "crime_against_humanity");
    CHECK(acta::resolve_term(*db, "crimes against humanity") == "crime_against_humanity");
    CHECK(acta::resolve_term(*db, "act of genocide") == "genocide");
    CHECK_THROWS_WITH(acta::resolve_term(*db, "genocid"), Catch::Contains("did you mean genocide"));
    CHECK(acta::resolve_act_type(*db, "Resolution") == "resolution");
    CHECK_THROWS_WITH(acta::resolve_act_type(*db, "resolutoin"), Catch::Contains("did you mean resolution"));
}

TEST_CASE("filters select acts", "[query][filters]")
{
    auto db = fixture();
    acta::Filters f;
    SECTION("no filter: legislative acts by date, undated last")
    {
        CHECK(ids(*db, f) == Ids{"1", "4", "2", "3", "6", "8", "7", "9"});
    }
    SECTION("executive acts only on request")
    {
        f.include_executive = true;
        CHECK(ids(*db, f) == Ids{"1", "4", "2", "3", "5", "6", "8", "7", "9"});
    }
    SECTION("a country includes its sub-national units, a jurisdiction does not")
    {
        f.country = "american";
        CHECK(ids(*db, f) == Ids{"1", "2", "8"});
        f.country.clear();
        f.jurisdiction = "US";
        CHECK(ids(*db, f) == Ids{"2"});
    }
    SECTION("an organization includes the organizations under it")
    {
        f.country = "OIC";
        CHECK(ids(*db, f) == Ids{"6"});
    }
    SECTION("level, type, term, body, subject, source")
    {
        f.level = "subnational";
        CHECK(ids(*db, f) == Ids{"1", "8"});
        f = {};
        f.type = "resolution";
        CHECK(ids(*db, f) == Ids{"1", "2", "6", "8", "9"});
        f = {};
        f.term = "genocide";
        CHECK(ids(*db, f) == Ids{"1", "2", "6"});
        f = {};
        f.body = "sénat"; // an alias
        CHECK(ids(*db, f) == Ids{"3", "9"});
        f.body = "texas house";
        CHECK(ids(*db, f) == Ids{"1", "8"});
        f = {};
        f.subject = "massacre";
        CHECK(ids(*db, f) == Ids{"1", "4", "2", "3", "8", "7", "9"}); // act 6 has no subject
        f = {};
        f.source = "2";
        CHECK(ids(*db, f) == Ids{"3", "6"});
        f.source = "b.txt";
        CHECK(ids(*db, f) == Ids{"3", "6"});
        f.source = "9";
        CHECK_THROWS_AS(ids(*db, f), acta::DataError);
    }
    SECTION("bad values are reported")
    {
        f.level = "planetary";
        CHECK_THROWS_AS(ids(*db, f), acta::UsageError);
        f = {};
        f.from = "2013";
        f.to = "2012";
        CHECK_THROWS_AS(ids(*db, f), acta::UsageError);
        f = {};
        f.term = "nonsense";
        CHECK_THROWS_AS(ids(*db, f), acta::DataError);
    }
    SECTION("user text is bound, never spliced into SQL")
    {
        for (const char* evil : {"x' OR 1=1 --", "\"; DROP TABLE acts; --", "%", "_", "\\"}) {
            INFO(evil);
            f.body = evil;
            CHECK(ids(*db, f).empty());
        }
        CHECK(db->sql().execAndGet("SELECT count(*) FROM acts").getInt() == 9);
    }
}

TEST_CASE("date filters keep overlapping acts, or contained ones with strict", "[query][dates]")
{
    auto db = fixture();
    acta::Filters f;
    acta::QueryStats stats;
    f.year = 2012;
    // Act 4 (2011-12-15..2012-01-10) overlaps 2012; act 2 is the whole of 2012.
    CHECK(ids(*db, f, &stats) == Ids{"4", "2", "3"});
    CHECK(stats.undated_hidden == 2);
    f.strict = true;
    CHECK(ids(*db, f, &stats) == Ids{"2", "3"});
    CHECK(stats.undated_hidden == 2);

    f = {};
    f.from = "2012-06";
    CHECK(ids(*db, f) == Ids{"2", "6", "8"});
    f.strict = true;
    CHECK(ids(*db, f) == Ids{"6", "8"});

    f = {};
    f.to = "2011";
    CHECK(ids(*db, f) == Ids{"1", "4"});
    f.strict = true;
    CHECK(ids(*db, f) == Ids{"1"});

    f = {};
    f.from = "2013-05-31";
    f.to = "2013-05-31";
    CHECK(ids(*db, f) == Ids{"8"}); // a month overlaps its last day

    // Without a date filter nothing is hidden.
    f = {};
    ids(*db, f, &stats);
    CHECK(stats.undated_hidden == 0);
    // Undated acts the other filters leave out are not counted.
    f.year = 2012;
    f.country = "DE";
    ids(*db, f, &stats);
    CHECK(stats.undated_hidden == 1);
}

TEST_CASE("export has its columns in order", "[query][export]")
{
    auto db = fixture();
    Collect c;
    acta::export_acts(*db, {}, c);
    CHECK(c.columns == acta::export_columns());
    CHECK(c.columns.front() == "act_id");
    CHECK(c.columns.back() == "quote");
    REQUIRE(c.rows.size() == 8);
    CHECK(c.column("terms")[2] == "genocide;massacre");
    CHECK(c.column("persons")[5] == "Ann Other;Jim Example");
    CHECK(c.column("source")[3] == "Chronology A | b.txt");
    CHECK(c.column("country")[4] == "");   // PUIC has no country
    CHECK(c.column("date_start")[6] == ""); // undated
}

TEST_CASE("first: one act per group, ordinal uncertain where intervals overlap", "[query][first]")
{
    auto db = fixture();
    Collect c;
    acta::first_acts(*db, {}, acta::GroupBy::jurisdiction, c);
    CHECK(c.column("jurisdiction_code") == Ids{"US-TX", "MX", "US", "FR", "PUIC", "DE"});
    // Mexico's 2011-12-15..2012-01-10, the US's "2012" and France's 2012-02-01 overlap in turn:
    // their order is not certain.
    CHECK(c.column("ordinal") == Ids{"1", "2?", "3?", "4?", "5", "?"});
    CHECK(c.column("act_id") == Ids{"1", "4", "2", "3", "6", "7"});

    Collect by_country;
    acta::first_acts(*db, {}, acta::GroupBy::country, by_country);
    CHECK(by_country.column("country_code") == Ids{"US", "MX", "FR", "PUIC", "DE"});
    CHECK(by_country.column("ordinal") == Ids{"1", "2", "3", "4", "?"});

    Collect by_body;
    acta::Filters f;
    f.country = "US";
    acta::first_acts(*db, f, acta::GroupBy::body, by_body);
    CHECK(by_body.column("body") == Ids{"Texas House of Representatives", "United States Senate"});

    Collect bad;
    CHECK_THROWS_AS(acta::first_acts(*db, {}, acta::GroupBy::year, bad), acta::UsageError);
}

TEST_CASE("count groups acts, undated last, cumulative in the query", "[query][count]")
{
    auto db = fixture();
    Collect years;
    acta::count_acts(*db, {}, acta::GroupBy::year, true, years);
    CHECK(years.columns == Ids{"key", "count", "cumulative"});
    CHECK(years.column("key") == Ids{"2010", "2011", "2012", "2013", "undated"});
    CHECK(years.column("count") == Ids{"1", "1", "2", "2", "2"});
    CHECK(years.column("cumulative") == Ids{"1", "2", "4", "6", "8"});

    Collect terms;
    acta::count_acts(*db, {}, acta::GroupBy::term, false, terms);
    CHECK(terms.columns == Ids{"key", "count"});
    CHECK(terms.column("key") == Ids{"genocide", "massacre", "tragedy", "crime_against_humanity", "none"});
    CHECK(terms.column("count") == Ids{"3", "2", "2", "1", "2"});

    Collect countries;
    acta::Filters f;
    f.year = 2012;
    const auto stats = acta::count_acts(*db, f, acta::GroupBy::country, true, countries);
    CHECK(countries.column("key") == Ids{"FR", "MX", "US"});
    CHECK(countries.column("cumulative") == Ids{"1", "2", "3"});
    CHECK(stats.undated_hidden == 2);

    CHECK(acta::group_by_from_string("type") == acta::GroupBy::type);
    CHECK_THROWS_AS(acta::group_by_from_string("decade"), acta::UsageError);
}

TEST_CASE("search finds words in wordings and quotes, word forms folded", "[query][search]")
{
    auto db = fixture();
    Collect c;
    acta::search_acts(*db, "crime against humanity", false, {}, c);
    CHECK(c.columns == Ids{"rank", "act_id", "date", "jurisdiction_code", "body", "act_type", "match"});
    CHECK(c.column("act_id") == Ids{"3"});
    CHECK(c.column("rank") == Ids{"1"});
    CHECK(c.column("match")[0].find("**crimes against humanity**") != std::string::npos);

    Collect accents;
    acta::search_acts(*db, "Sénat", false, {}, accents);
    Collect plain;
    acta::search_acts(*db, "SENAT", false, {}, plain);
    CHECK(accents.column("act_id") == plain.column("act_id")); // accents and case folded
    CHECK(plain.column("act_id").size() == 3); // "Senate" too: word forms folded

    Collect filtered;
    acta::Filters f;
    f.country = "FR";
    acta::search_acts(*db, "resolution", false, f, filtered);
    CHECK(filtered.column("act_id") == Ids{"9"});

    Collect fts;
    acta::search_acts(*db, "genocide OR massacre", true, {}, fts);
    auto hits = fts.column("act_id");
    std::sort(hits.begin(), hits.end());
    CHECK(hits == Ids{"3", "6", "7"}); // act 5 says genocide too, but is executive

    Collect phrase;
    // As a phrase, FTS5 syntax in the text is just words.
    acta::search_acts(*db, "genocide OR \"massacre", false, {}, phrase);
    CHECK(phrase.rows.empty());
    Collect bad;
    CHECK_THROWS_AS(acta::search_acts(*db, "\"unbalanced", true, {}, bad), acta::UsageError);
    CHECK_THROWS_AS(acta::search_acts(*db, "  ", false, {}, bad), acta::UsageError);
}

TEST_CASE("the search index follows inserts, updates and deletes", "[query][search]")
{
    auto db = fixture();
    auto found = [&](const char* text) {
        Collect c;
        acta::search_acts(*db, text, false, {}, c);
        return c.column("act_id");
    };
    CHECK(found("motion").size() == 1);
    db->sql().exec("UPDATE acts SET wording = 'a pronouncement' WHERE id = 7");
    db->sql().exec("UPDATE attestations SET quote = 'The Bundestag spoke.' WHERE act_id = 7");
    CHECK(found("motion").empty());
    CHECK(found("pronouncement") == Ids{"7"});
    db->sql().exec("DELETE FROM acts WHERE id = 7"); // attestations go by cascade
    CHECK(found("pronouncement").empty());
    CHECK(found("Bundestag").empty());
    CHECK(db->sql().execAndGet("SELECT count(*) FROM attestations_fts WHERE attestations_fts MATCH 'Bundestag'").getInt() == 0);
}

TEST_CASE("a version 1 database gets its search index when migrated", "[query][search][schema]")
{
    const auto path = std::filesystem::temp_directory_path() / ("acta-test-query-v1-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    {
        auto db = std::make_unique<acta::Database>(path.string(), acta::Database::Mode::read_write);
        db->sql().exec(read_file(std::string(ACTA_SOURCE_DIR) + "/tests/cli/fixture.sql"));
        // Make it what version 1 was: no FTS tables, no triggers, no version 3 indexes, no version 4 types.
        db->sql().exec("DROP TRIGGER acts_fts_insert; DROP TRIGGER acts_fts_delete; DROP TRIGGER acts_fts_update; "
                       "DROP TRIGGER attestations_fts_insert; DROP TRIGGER attestations_fts_delete; "
                       "DROP TRIGGER attestations_fts_update; DROP TABLE acts_fts; DROP TABLE attestations_fts; "
                       "DROP INDEX acts_body_start; DROP INDEX acts_body_identifier; DROP INDEX bodies_parent; DROP INDEX acts_body_coarse; "
                       "DELETE FROM act_types WHERE code IN ('recommendation', 'opinion'); "
                       "DROP VIEW timeline; DROP VIEW act_rows; DROP TABLE changes; DROP TABLE curations; "
                       "ALTER TABLE acts DROP COLUMN status; ALTER TABLE acts DROP COLUMN curated; "
                       "ALTER TABLE sources DROP COLUMN kind; "
                       "ALTER TABLE sources DROP COLUMN retrieved_at; "
                       "PRAGMA user_version = 1");
        // Version 1's own timeline view (version 5 replaced it).
        const std::string v1 = read_file(std::string(ACTA_SOURCE_DIR) + "/schema/0001_init.sql");
        db->sql().exec(v1.substr(v1.find("CREATE VIEW timeline")));
    }
    {
        acta::Database ro(path.string(), acta::Database::Mode::read_only);
        Collect c;
        CHECK_THROWS_WITH(acta::search_acts(ro, "genocide", false, {}, c), Catch::Contains("no search index"));
    }
    {
        acta::Database rw(path.string(), acta::Database::Mode::read_write);
        CHECK(rw.user_version() == acta::Database::schema_version());
    }
    acta::Database ro(path.string(), acta::Database::Mode::read_only);
    Collect c;
    acta::search_acts(ro, "crimes against humanity", false, {}, c);
    CHECK(c.column("act_id") == Ids{"3"});
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
}

TEST_CASE("conflicts: acts whose sources disagree, and on what", "[query][conflicts]")
{
    auto db = fixture();
    Collect c;
    acta::conflicts(*db, {}, c);
    CHECK(c.columns == Ids{"act_id", "date", "jurisdiction_code", "body", "act_type", "attestations", "disagreement"});
    REQUIRE(c.column("act_id") == Ids{"3", "6"});
    CHECK(c.rows[0][6] == "date: 2012-02-01 [source 1, line 10] vs 2012-02-02 [source 2, line 3]; "
                          "terms: crime_against_humanity [source 1, line 10] vs genocide [source 2, line 3]");
    // Terms in another order are the same terms: only the type differs.
    CHECK(c.rows[1][6] == "type: resolution [source 1, line 16] vs declaration [source 2, line 5]");
    CHECK(c.rows[1][5] == "2");

    Collect filtered;
    acta::Filters f;
    f.country = "FR";
    acta::conflicts(*db, f, filtered);
    CHECK(filtered.column("act_id") == Ids{"3"});
}

TEST_CASE("show: every field and every attestation of one act", "[query][show]")
{
    auto db = fixture();
    Collect act;
    Collect at;
    acta::show_act(*db, 8, act, at);
    REQUIRE(act.rows.size() == 1);
    CHECK(act.column("identifier") == Ids{"=HR 3"});
    CHECK(act.column("persons") == Ids{"Ann Other (author); Jim Example (author, sponsor)"});
    CHECK(act.column("terms") == Ids{"tragedy (\"tragedy\")"});
    REQUIRE(at.rows.size() == 1);
    CHECK(at.column("line") == Ids{"20"});
    CHECK(at.column("rule") == Ids{"test"});

    Collect two;
    Collect two_at;
    acta::show_act(*db, 3, two, two_at);
    CHECK(two_at.column("source") == Ids{"Chronology A", "b.txt"});
    CHECK(two_at.column("date") == Ids{"2012-02-01", "2012-02-02"});

    Collect none;
    Collect none_at;
    CHECK_THROWS_AS(acta::show_act(*db, 99, none, none_at), acta::DataError);
    CHECK(none.begins == 0); // nothing written for an unknown act
}

TEST_CASE("listings: sources, bodies, jurisdictions, subjects", "[query][lists]")
{
    auto db = fixture();
    Collect sources;
    acta::list_sources(*db, sources);
    CHECK(sources.column("acts") == Ids{"9", "2"});
    CHECK(sources.column("attestations") == Ids{"9", "2"});

    Collect bodies;
    acta::list_bodies(*db, bodies);
    CHECK(bodies.rows.size() == 7);
    CHECK(bodies.column("jurisdiction_code").front() == "DE");

    Collect jurisdictions;
    acta::list_jurisdictions(*db, false, jurisdictions);
    CHECK(jurisdictions.column("code") == Ids{"DE", "FR", "MX", "OIC", "PUIC", "US", "US-TX"});
    CHECK(jurisdictions.column("acts") == Ids{"1", "3", "1", "0", "1", "1", "2"});
    CHECK(jurisdictions.column("all_acts") == Ids{"1", "3", "1", "1", "1", "3", "2"});
    Collect all;
    acta::list_jurisdictions(*db, true, all);
    CHECK(all.rows.size() > 4000); // ISO 3166-1 and -2

    Collect subjects;
    acta::list_subjects(*db, subjects);
    CHECK(subjects.column("name") == Ids{"Example events"});
    CHECK(subjects.column("acts") == Ids{"8"});
}

TEST_CASE("queries work on a read-only database", "[query]")
{
    const auto path = std::filesystem::temp_directory_path() / ("acta-test-query-ro-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    {
        acta::Database rw(path.string(), acta::Database::Mode::read_write);
        rw.sql().exec(read_file(std::string(ACTA_SOURCE_DIR) + "/tests/cli/fixture.sql"));
    }
    acta::Database ro(path.string(), acta::Database::Mode::read_only);
    acta::Filters f;
    f.country = "France";
    CHECK(ids(ro, f) == Ids{"3", "9"});
    CHECK_THROWS(ro.sql().exec("DELETE FROM acts"));
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
}
