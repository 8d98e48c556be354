// The read commands run in-process (acta::cli::run), as osmium-tool tests its commands: stdout
// is compared byte for byte with tests/cli/<command>/<case>, and stderr must be what is
// expected (usually nothing). The database is tests/cli/fixture.sql; the last tests use the
// bundled article through the importer.
//
// To rewrite the expected files after an intended change: ACTA_UPDATE_GOLDEN=1 acta_tests "[golden]",
// then review the diff.
#include "command.hpp"

#include "database.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

using namespace acta::test;

const std::string source_dir = ACTA_SOURCE_DIR;

// A directory of this test run's own, removed at exit.
const TempDir& temp()
{
    static TempDir dir("acta-test-cli-query");
    return dir;
}

// The fixture database, made once.
const std::string& fixture_db()
{
    static const std::string path = [] {
        const std::string p = (temp().path / "fixture.db").string();
        acta::Database db(p, acta::Database::Mode::read_write);
        db.sql().exec(read_file(source_dir + "/tests/cli/fixture.sql"));
        return p;
    }();
    return path;
}

using Result = CliResult;

Result run(std::vector<std::string> args) { return run_cli(std::move(args)); }

Result run_on(const std::string& db, std::vector<std::string> args) { return run_cli_on(db, std::move(args)); }

std::string shown_args(const std::vector<std::string>& args)
{
    std::string shown;
    for (const auto& a : args) {
        shown += " " + a;
    }
    return shown;
}

// Compares `out` with tests/cli/`expected`; with ACTA_UPDATE_GOLDEN set, rewrites the file first.
void check_golden(const std::string& out, const std::string& expected)
{
    const fs::path file = fs::path(source_dir) / "tests/cli" / expected;
    if (std::getenv("ACTA_UPDATE_GOLDEN") != nullptr) {
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << out;
    }
    CHECK(out == read_file(file));
}

const char* const query_commands[] = {"export", "timeline",  "first",   "count",  "search",        "show",
                                      "conflicts", "sources", "bodies", "jurisdictions", "subjects"};

} // namespace

TEST_CASE("every command has --help, and its page documents every option", "[cli][help]")
{
    std::vector<std::string> commands(std::begin(query_commands), std::end(query_commands));
    commands.push_back("import");
    commands.push_back("parse-date");
    // A command with subcommands: each subcommand's options are on the command's page.
    for (const char* command : {"plot", "plot timeline", "plot cumulative", "report"}) {
        commands.push_back(command);
    }
    for (const char* curation : {"history", "merge", "split", "retract"}) {
        commands.push_back(curation);
    }
    for (const std::string& command : commands) {
        INFO(command);
        const std::string name = command.substr(0, command.find(' '));
        std::vector<std::string> args{name};
        if (name != command) {
            args.push_back(command.substr(name.size() + 1));
        }
        args.push_back("--help");
        const Result r = run(args);
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(r.out.find(std::string("Usage: acta ") + command) != std::string::npos);
        const std::string page = read_file(source_dir + "/docs/" + name + ".md");
        for (const char* section : {"## NAME", "## SYNOPSIS", "## DESCRIPTION", "## OPTIONS", "## DIAGNOSTICS",
                                    "## EXAMPLES"}) {
            INFO(section);
            CHECK(page.find(section) != std::string::npos);
        }
        // Every long option --help shows is on the page.
        std::size_t at = 0;
        while ((at = r.out.find("--", at)) != std::string::npos) {
            std::size_t end = at + 2;
            while (end < r.out.size() && (std::isalnum(static_cast<unsigned char>(r.out[end])) || r.out[end] == '-')) {
                ++end;
            }
            const std::string option = r.out.substr(at, end - at);
            if (option.size() > 2 && option != "--help") {
                INFO(option);
                CHECK(page.find(option) != std::string::npos);
            }
            at = end;
        }
    }
}

TEST_CASE("the read commands' output matches the expected files", "[cli][golden]")
{
    struct Case {
        std::vector<std::string> args;
        const char* expected; // under tests/cli/
        const char* err;      // expected stderr
    };
    const std::vector<Case> cases = {
        {{"export"}, "export/all.csv", ""},
        {{"export", "--format", "tsv"}, "export/all.tsv", ""},
        {{"export", "--format", "json", "--country", "US", "--year", "2012"}, "export/us-2012.json", ""},
        {{"export", "--raw", "--jurisdiction", "US-TX"}, "export/raw.csv", ""},
        {{"export", "--bom", "--country", "germany"}, "export/bom.csv", ""},
        {{"timeline"}, "timeline/all.txt", ""},
        {{"timeline", "--year", "2012", "--format", "markdown"}, "timeline/2012.md", "undated: 2 not shown\n"},
        {{"timeline", "--year", "2012", "--strict", "--format", "ndjson"}, "timeline/2012-strict.ndjson",
         "undated: 2 not shown\n"},
        {{"timeline", "--country", "french", "--include-executive", "--format", "csv"}, "timeline/french.csv", ""},
        {{"first"}, "first/by-country.txt", ""},
        {{"first", "--by", "jurisdiction"}, "first/by-jurisdiction.txt", ""},
        {{"first", "--term", "genocide", "--format", "csv"}, "first/genocide.csv", ""},
        {{"count", "--by", "year", "--cumulative"}, "count/by-year.txt", ""},
        {{"count", "--by", "term", "--format", "csv"}, "count/by-term.csv", ""},
        {{"count", "--by", "country", "--year", "2012"}, "count/by-country-2012.txt", "undated: 2 not shown\n"},
        {{"search", "crime against humanity"}, "search/crime.txt", ""},
        {{"search", "--fts", "genocide OR massacre", "--format", "csv"}, "search/fts.csv", ""},
        {{"show", "3"}, "show/3.txt", ""},
        {{"show", "8", "--format", "json"}, "show/8.json", ""},
        {{"conflicts"}, "conflicts/all.txt", ""},
        {{"conflicts", "--format", "json"}, "conflicts/all.json", ""},
        {{"sources"}, "sources/all.txt", ""},
        {{"bodies"}, "bodies/all.txt", ""},
        {{"jurisdictions"}, "jurisdictions/all.txt", ""},
        {{"subjects", "--format", "tsv"}, "subjects/all.tsv", ""},
    };
    for (const auto& c : cases) {
        INFO("acta" << shown_args(c.args) << "  (tests/cli/" << c.expected << ")");
        const Result r = run_on(fixture_db(), c.args);
        CHECK(r.code == 0);
        CHECK(r.err == c.err);
        check_golden(r.out, c.expected);
    }
}

TEST_CASE("an output file is written whole with -o, or not at all", "[cli][output]")
{
    const fs::path out = temp().path / "out.csv";
    Result r = run_on(fixture_db(), {"export", "-o", out.string()});
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    CHECK(read_file(out) == read_file(source_dir + "/tests/cli/export/all.csv"));
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));

    // A failed export keeps the previous file and leaves no temporary file.
    r = run_on(fixture_db(), {"export", "--country", "Atlantis", "-o", out.string()});
    CHECK(r.code == 1);
    CHECK(read_file(out) == read_file(source_dir + "/tests/cli/export/all.csv"));
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));

    const fs::path fresh = temp().path / "fresh.json";
    r = run_on(fixture_db(), {"timeline", "--year", "1800", "--format", "json", "-o", fresh.string()});
    CHECK(r.code == 0);
    CHECK(read_file(fresh) == "[]\n");
    CHECK(r.err == "undated: 2 not shown\n");

    r = run_on(fixture_db(), {"export", "-o", "-"});
    CHECK(r.out == read_file(source_dir + "/tests/cli/export/all.csv"));

    if (fs::exists("/dev/full")) {
        r = run_on(fixture_db(), {"export", "-o", "/dev/full"});
        CHECK(r.code == 1);
        CHECK(r.err.find("cannot write to /dev/full") != std::string::npos);
    }
}

TEST_CASE("bad usage exits 2, bad data 1, with a message on stderr only", "[cli][errors]")
{
    struct Case {
        std::vector<std::string> args;
        int code;
        const char* message;
    };
    const std::vector<Case> cases = {
        {{"timeline", "--year", "12"}, 2, "--year '12'"},
        {{"timeline", "--from", "2012-13"}, 2, "no month 13"},
        {{"timeline", "--from", "2013", "--to", "2012"}, 2, "is after"},
        {{"timeline", "--level", "galactic"}, 2, "international, national or subnational"},
        {{"timeline", "--format", "xml"}, 2, "format"},
        {{"export", "--format", "table"}, 2, "format"},
        {{"timeline", "--bom"}, 2, "--bom applies to csv and tsv"},
        {{"count"}, 2, "--by"},
        {{"count", "--by", "decade"}, 2, "--by"},
        {{"first", "--by", "year"}, 2, "--by"},
        {{"search", "--fts", "\"open"}, 2, "bad FTS5 query"},
        {{"show", "abc"}, 2, "act_id"},
        {{"timeline", "--country", "Frnace"}, 1, "did you mean France"},
        {{"timeline", "--country", "Texas"}, 1, "--jurisdiction US-TX"},
        {{"timeline", "--term", "genocid"}, 1, "did you mean genocide"},
        {{"timeline", "--type", "resolutoin"}, 1, "did you mean resolution"},
        {{"timeline", "--source", "7"}, 1, "no source 7"},
        {{"show", "99"}, 1, "there is no act 99"},
        {{"plot", "cumulative", "--by", "decade"}, 2, "--by 'decade': use term, type, level or country"},
        {{"plot", "timeline", "--sort", "size"}, 2, "--sort 'size'"},
        {{"plot", "timeline", "-o", "/nonexistent-dir/t.svg"}, 1, "cannot create /nonexistent-dir/t.svg"},
        {{"report", "--country", "Frnace"}, 1, "did you mean France"},
        {{"export", "--format", "timelinejs", "--year", "20"}, 2, "--year '20'"},
    };
    for (const auto& c : cases) {
        std::string shown;
        for (const auto& a : c.args) {
            shown += " " + a;
        }
        INFO("acta" << shown);
        const Result r = run_on(fixture_db(), c.args);
        CHECK(r.code == c.code);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
    }
    const Result missing = run_on((temp().path / "none.db").string(), {"timeline"});
    CHECK(missing.code == 1);
    CHECK(missing.err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(temp().path / "none.db")); // reading never creates a database
    const fs::path empty = temp().path / "empty.db";
    std::ofstream{empty};
    const Result blank = run_on(empty.string(), {"count", "--by", "year"});
    CHECK(blank.code == 1);
    CHECK(blank.err.find("is empty") != std::string::npos);
    CHECK(fs::file_size(empty) == 0);
}

namespace {

// The bundled article imported once; empty when the importer fails.
const std::string& article_db()
{
    static const std::string path = [] {
        const std::string p = (temp().path / "khojaly.db").string();
        const Result r = run({"--db", p, "import", "-q", source_dir + "/import/samples/khojaly-recognition-2014.txt"});
        return r.code == 0 ? p : std::string();
    }();
    return path;
}

// CSV text as rows of cells (the commands' cells here hold no quotes or line breaks).
std::vector<std::vector<std::string>> csv_rows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::vector<std::string> cells;
        std::size_t start = 0;
        while (true) {
            const auto comma = line.find(',', start);
            cells.push_back(line.substr(start, comma - start));
            if (comma == std::string::npos) {
                break;
            }
            start = comma + 1;
        }
        rows.push_back(cells);
    }
    return rows;
}

} // namespace

TEST_CASE("the bundled article: timeline, count, first, search", "[cli][article]")
{
    REQUIRE_FALSE(article_db().empty());

    SECTION("timeline --country US --year 2013 lists 8 acts")
    {
        const Result r = run_on(article_db(), {"timeline", "--country", "US", "--year", "2013", "--format", "csv"});
        CHECK(r.code == 0);
        const auto rows = csv_rows(r.out);
        CHECK(rows.size() == 1 + 8);
        CHECK(r.err == "undated: 2 not shown\n"); // Mississippi and Oklahoma
    }
    SECTION("count --by year")
    {
        const Result r = run_on(article_db(), {"count", "--by", "year", "--format", "csv"});
        CHECK(r.code == 0);
        const auto rows = csv_rows(r.out);
        std::vector<std::pair<std::string, std::string>> counts;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            counts.emplace_back(rows[i].at(0), rows[i].at(1));
        }
        REQUIRE(counts.size() == 6);
        CHECK(counts[0] == std::pair<std::string, std::string>("2010", "1"));
        CHECK(counts[1] == std::pair<std::string, std::string>("2011", "2"));
        CHECK(counts[2] == std::pair<std::string, std::string>("2012", "5"));
        CHECK(counts[3].first == "2013");
        CHECK((counts[3].second == "14" || counts[3].second == "15")); // 15 with the optional Moldovan statement
        CHECK(counts[4] == std::pair<std::string, std::string>("2014", "2"));
        CHECK(counts[5] == std::pair<std::string, std::string>("undated", "2"));
    }
    SECTION("first --by country --term genocide starts with the United States on 2010-02-25")
    {
        const Result r = run_on(article_db(), {"first", "--by", "country", "--term", "genocide", "--format", "csv"});
        CHECK(r.code == 0);
        const auto rows = csv_rows(r.out);
        REQUIRE(rows.size() >= 2);
        CHECK(rows[0].at(0) == "ordinal");
        CHECK(rows[1].at(0) == "1");
        CHECK(rows[1].at(1) == "US");
        CHECK(rows[1].at(2) == "United States");
        CHECK(rows[1].at(3) == "2010-02-25");
    }
    SECTION("search \"crime against humanity\" finds the Czech resolution")
    {
        const Result r = run_on(article_db(), {"search", "crime against humanity", "--format", "csv"});
        CHECK(r.code == 0);
        bool czech = false;
        for (const auto& row : csv_rows(r.out)) {
            czech = czech || (row.size() > 5 && row[3] == "CZ" && row[5] == "resolution");
        }
        CHECK(czech);
    }
}

TEST_CASE("the bundled article's charts, report and TimelineJS match the expected files", "[cli][golden][plot]")
{
    REQUIRE_FALSE(article_db().empty());
    struct Case {
        std::vector<std::string> args;
        const char* expected; // under tests/cli/
    };
    const std::vector<Case> cases = {
        {{"plot", "timeline"}, "plot/khojaly-timeline.svg"},
        {{"plot", "timeline", "--marks", "term", "--sort", "name", "--country", "US"}, "plot/khojaly-us-terms.svg"},
        {{"plot", "cumulative", "--by", "term"}, "plot/khojaly-cumulative-term.svg"},
        {{"plot", "cumulative", "--by", "level"}, "plot/khojaly-cumulative-level.svg"},
        {{"plot", "timeline", "--year", "1800"}, "plot/empty.svg"},
        {{"report"}, "report/khojaly.html"},
        {{"export", "--format", "timelinejs"}, "export/khojaly.timelinejs.json"},
    };
    for (const auto& c : cases) {
        INFO("acta" << shown_args(c.args) << "  (tests/cli/" << c.expected << ")");
        const Result r = run_on(article_db(), c.args);
        CHECK(r.code == 0);
        // The report names the file the article was imported from: the checkout's own path.
        std::string out = r.out;
        for (std::size_t at; (at = out.find(source_dir + "/")) != std::string::npos;) {
            out.replace(at, source_dir.size() + 1, "");
        }
        check_golden(out, c.expected);
        const fs::path file = fs::path(source_dir) / "tests/cli" / c.expected;
        // The pictures in docs/img/ are these files, made by the commands (scripts/docs-images.sh).
        const fs::path picture = fs::path(source_dir) / "docs/img" / file.filename();
        if (fs::exists(picture)) {
            CHECK(read_file(picture) == out);
        }
    }
}
