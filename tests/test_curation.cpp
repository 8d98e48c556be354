// Curation (issue 12): same_act(), EDTF, curated files (round trip, validation), the curated
// value winning over later imports, retract, merge, split, history. Commands run in-process.
#include "command.hpp"
#include "curation.hpp"
#include "database.hpp"
#include "edtf.hpp"
#include "same_act.hpp"
#include "support.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace {

using namespace acta::test;

const std::string source_dir = ACTA_SOURCE_DIR;
const std::string article = source_dir + "/import/samples/khojaly-recognition-2014.txt";

using Result = CliResult;

Result acta_run(const std::string& db, std::vector<std::string> args) { return run_cli_on(db, std::move(args)); }

std::string query(const std::string& db, const std::string& sql)
{
    acta::Database d(db, acta::Database::Mode::read_only);
    SQLite::Statement st(d.sql(), sql);
    std::string out;
    while (st.executeStep()) {
        for (int i = 0; i < st.getColumnCount(); ++i) {
            out += (i ? "|" : "") + (st.getColumn(i).isNull() ? std::string() : st.getColumn(i).getString());
        }
        out += "\n";
    }
    return out;
}

acta::ExtractedAct act(const char* body, const char* kind, const char* parent, const char* type, const char* id,
                       const char* start, const char* end)
{
    acta::ExtractedAct a;
    a.body = {body, kind, "legislative", "CZ", parent, "", {}};
    a.act_type = type;
    a.identifier = id;
    if (*start) {
        a.date = {std::string(start) + "/" + end, start, end, acta::Precision::day_range};
    }
    return a;
}

// A database with the bundled article, and its CSV export.
struct Article {
    TempDir dir{"acta-test-curation"};
    std::string db = dir / "k.db";
    Article() { REQUIRE(acta_run(db, {"import", "-q", article}).code == 0); }
    std::string export_as(const std::string& name, std::vector<std::string> extra = {})
    {
        std::vector<std::string> args{"export", "-o", dir / name};
        args.insert(args.end(), extra.begin(), extra.end());
        REQUIRE(acta_run(db, args).code == 0);
        return read_file(dir / name);
    }
};

} // namespace

TEST_CASE("same_act: one rule for mentions in one text and across sources", "[curation][same_act]")
{
    struct Case {
        const char* what;
        acta::ExtractedAct a, b;
        acta::SameAct expected;
    };
    const char* senate = "Senate of the Czech Republic";
    const char* parliament = "Parliament of the Czech Republic";
    const Case cases[] = {
        {"same body, same day", act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"), acta::SameAct::yes},
        {"a day inside the month the other gives",
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-31"), acta::SameAct::yes},
        {"a day inside the year, generic type", act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "recognition", "", "2012-01-01", "2012-12-31"), acta::SameAct::yes},
        {"a day inside the year, other specific type",
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "law", "", "2012-01-01", "2012-12-31"), acta::SameAct::no},
        {"two days", act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "resolution", "", "2012-03-02", "2012-03-02"), acta::SameAct::no},
        {"only 'the parliament of X' named", act(senate, "chamber", "", "resolution", "", "2012-03-01", "2012-03-01"),
         act("Czech Parliament", "legislature", "", "resolution", "", "2012-03-01", "2012-03-01"), acta::SameAct::yes},
        {"the chamber's parent", act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act(parliament, "legislature", "", "resolution", "", "2012-03-01", "2012-03-01"), acta::SameAct::yes},
        {"two chambers", act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"),
         act("Chamber of Deputies", "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"), acta::SameAct::no},
        {"same identifier, dates in conflict: one act", act(senate, "chamber", parliament, "resolution", "No. 12", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "resolution", "No. 12", "2013-03-01", "2013-03-01"), acta::SameAct::yes_with_conflict},
        {"different identifiers", act(senate, "chamber", parliament, "resolution", "No. 12", "2012-03-01", "2012-03-01"),
         act(senate, "chamber", parliament, "resolution", "No. 13", "2012-03-01", "2012-03-01"), acta::SameAct::no},
        {"both undated, same type", act(senate, "chamber", parliament, "resolution", "", "", ""),
         act(senate, "chamber", parliament, "resolution", "", "", ""), acta::SameAct::yes},
        {"one undated", act(senate, "chamber", parliament, "resolution", "", "", ""),
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01"), acta::SameAct::no},
        {"overlapping, neither inside the other", act(senate, "chamber", parliament, "resolution", "", "2012-01-01", "2012-06-30"),
         act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-12-31"), acta::SameAct::no},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(acta::same_act(c.a, c.b) == c.expected);
        CHECK(acta::same_act(c.b, c.a) == c.expected);
    }
    auto elsewhere = act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01");
    elsewhere.body.jurisdiction_code = "SK";
    CHECK(acta::same_act(elsewhere, act(senate, "chamber", parliament, "resolution", "", "2012-03-01", "2012-03-01")) ==
          acta::SameAct::no);
}

TEST_CASE("EDTF dates read back with their days and precision", "[curation][edtf]")
{
    const std::map<std::string, std::string> good = {
        {"2013-08-17", "2013-08-17 2013-08-17 day"},         {"2014-02", "2014-02-01 2014-02-28 month"},
        {"2012", "2012-01-01 2012-12-31 year"},              {"2016-02-29", "2016-02-29 2016-02-29 day"},
        {"1999-21", "1999-03-01 1999-05-31 season"},         {"1999-24", "1999-12-01 2000-02-29 season"},
        {"2014-02-18/2014-02-19", "2014-02-18 2014-02-19 day_range"},
        {"2011-09/2011-12", "2011-09-01 2011-12-31 month_range"}, {"2013/2014", "2013-01-01 2014-12-31 year_range"},
    };
    for (const auto& [text, expected] : good) {
        INFO(text);
        const auto r = acta::parse_edtf(text);
        CHECK(r.error.empty());
        CHECK(r.value.start + " " + r.value.end + " " + std::string(acta::to_string(r.value.precision)) == expected);
    }
    const std::map<std::string, std::string> bad = {
        {"2013-02-30", "2013-02 has no day 30"},
        {"2013-13", "there is no month 13"},
        {"17 August 2013", "use YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21..24, or an interval A/B"},
        {"2014-03/2014-01", "the interval ends (2014-01) before it starts (2014-03)"},
    };
    for (const auto& [text, message] : bad) {
        INFO(text);
        CHECK(acta::parse_edtf(text).error == message);
    }
}

TEST_CASE("export, import --curated of the unchanged file, export: the same bytes", "[curation][roundtrip]")
{
    Article a;
    for (const auto& [format, extra] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"csv", {"--format", "csv"}}, {"bom.csv", {"--format", "csv", "--bom"}}, {"json", {"--format", "json"}}}) {
        INFO(format);
        const std::string first = a.export_as("first." + format, extra);
        const std::string db_before = query(a.db, "SELECT count(*) FROM sources; SELECT count(*) FROM curations");
        const Result r = acta_run(a.db, {"import", "--curated", a.dir / ("first." + format), "--source", "no change"});
        CHECK(r.code == 0);
        CHECK(r.err.find("26 unchanged: nothing written") != std::string::npos);
        CHECK(a.export_as("second." + format, extra) == first);
        CHECK(query(a.db, "SELECT count(*) FROM sources") == "1\n");
        CHECK(query(a.db, "SELECT count(*) FROM curations") == "0\n");
    }
}

TEST_CASE("a curated file corrects, adds and retracts; the extracted readings stay", "[curation][import]")
{
    Article a;
    std::string csv = a.export_as("acts.csv", {"--format", "csv"});
    // Act 2 (Texas, HR 535, 3 June 2011): a corrected date and terms; a new row for Arkansas;
    // act 3's row deleted.
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = csv.find(from);
        REQUIRE(at != std::string::npos);
        csv.replace(at, from.size(), to);
    };
    replace("2,2011-06-03,", "2,2011-06-04,");
    replace("resolution,HR 535,,", "resolution,HR 535,genocide;massacre,");
    const auto row3 = csv.find("\r\n3,") + 2;
    csv.erase(row3, csv.find("\r\n", row3) + 2 - row3);
    csv += ",2013-04-03,,,,,,US-AR,,Arkansas House of Representatives,,resolution,,genocide,,Khojaly,,,\r\n";
    write_file(a.dir / "edited.csv", csv);
    const Result r = acta_run(a.db, {"import", "--curated", a.dir / "edited.csv", "--source",
                                     "Checked against the Arkansas House journal, 2013", "--curator", "alice",
                                     "--delete-missing"});
    REQUIRE(r.code == 0);
    CHECK(r.err.find("1 acts added, 1 updated, 0 restored, 1 retracted, 24 unchanged") != std::string::npos);

    SECTION("the curated values are current; the article's reading stays as an attestation")
    {
        CHECK(query(a.db, "SELECT date, terms FROM timeline WHERE act_id = 2") == "2011-06-04|genocide;massacre\n");
        CHECK(query(a.db, "SELECT x.rule, x.date_edtf FROM attestations x WHERE act_id = 2 ORDER BY x.id") ==
              "prose/body-noun|2011-06-03\ncurated|2011-06-04\n");
        const Result conflicts = acta_run(a.db, {"conflicts", "-f", "csv"});
        CHECK(conflicts.out.find("2,2011-06-04,US-TX,Texas House of Representatives,resolution,2,\"date: 2011-06-03 [source 1, "
                                 "line 22] vs 2011-06-04 [source 2, line 3]") != std::string::npos);
        const Result show = acta_run(a.db, {"show", "2"});
        CHECK(show.out.find("current = curated: date by alice, ") != std::string::npos);
        CHECK(show.out.find("edited.csv line 3 (Checked against the Arkansas House journal, 2013)") != std::string::npos);
    }
    SECTION("history has every value, from which source, by whom")
    {
        const Result h = acta_run(a.db, {"history", "2", "-f", "csv"});
        CHECK(h.code == 0);
        CHECK(h.out.find(",read,,date 2011-06-03; type resolution,,acta import,"
                         "source 1: Will the World Recognize the Genocide in Khojaly ?,22,rule prose/body-noun") != std::string::npos);
        CHECK(h.out.find(",set,date,2011-06-04,2011-06-03,alice,source 2: " + a.dir / "edited.csv" +
                         ",3,\"Checked against the Arkansas House journal, 2013\"") != std::string::npos);
    }
    SECTION("the retracted act leaves timelines, counts and exports, and its reason stays")
    {
        CHECK(query(a.db, "SELECT count(*) FROM timeline") == "26\n");
        CHECK(query(a.db, "SELECT status FROM acts WHERE id = 3") == "retracted\n");
        CHECK(acta_run(a.db, {"count", "--by", "year", "-f", "csv"}).code == 0);
        CHECK(acta_run(a.db, {"export", "-f", "csv"}).out.find("\r\n3,") == std::string::npos);
        CHECK(acta_run(a.db, {"show", "3"}).out.find("status = retracted: absent from ") != std::string::npos);
    }
    SECTION("a curated row brings a retracted act back")
    {
        const std::string all = a.export_as("again.csv", {"--format", "csv"});
        const std::string header = all.substr(0, all.find("\r\n") + 2);
        write_file(a.dir / "back.csv", header + "3\r\n");
        write_file(a.dir / "back.csv", "act_id\r\n3\r\n");
        REQUIRE(acta_run(a.db, {"import", "--curated", a.dir / "back.csv"}).code == 0);
        CHECK(query(a.db, "SELECT status FROM acts WHERE id = 3") == "current\n");
        CHECK(query(a.db, "SELECT action FROM changes WHERE act_id = 3 ORDER BY id") == "retract\nrestore\n");
    }
    SECTION("the fix survives a re-import of the article and an import of a newer text")
    {
        std::string text = read_file(article);
        write_file(a.dir / "reprint.txt", text + "\nReprinted.\n");
        REQUIRE(acta_run(a.db, {"import", "-q", a.dir / "reprint.txt"}).code == 0);
        write_file(a.dir / "newer.txt", "On June 3, 2011 the Texas House of Representatives adopted resolution HR 535 "
                                        "on the Khojaly massacre.\n");
        REQUIRE(acta_run(a.db, {"import", "-q", a.dir / "newer.txt"}).code == 0);
        CHECK(query(a.db, "SELECT date, terms FROM timeline WHERE act_id = 2") == "2011-06-04|genocide;massacre\n");
        CHECK(query(a.db, "SELECT count(DISTINCT source_id) FROM attestations WHERE act_id = 2") == "4\n");
        CHECK(query(a.db, "SELECT count(*) FROM timeline") == "26\n");
        CHECK(query(a.db, "SELECT status FROM acts WHERE id = 3") == "retracted\n");
        CHECK(acta_run(a.db, {"conflicts", "-f", "csv"}).out.find("2011-06-03 [source 1, line 22; source 3, line 22; source 4, line 1]") !=
              std::string::npos);
    }
    SECTION("the quote is a text's sentence, even for an act a curated file added before the text")
    {
        const std::string arkansas = "SELECT quote FROM timeline WHERE jurisdiction_code = 'US-AR' AND date = '2013-04-03'";
        const std::string curated_quote = query(a.db, arkansas);
        const std::string sentence = "On April 3, 2013 the Arkansas House of Representatives adopted a resolution "
                                     "on the Khojaly genocide.";
        write_file(a.dir / "arkansas.txt", sentence + "\n");
        REQUIRE(acta_run(a.db, {"import", "-q", a.dir / "arkansas.txt"}).code == 0);
        REQUIRE(query(a.db, "SELECT count(DISTINCT source_id) FROM attestations x JOIN acts t ON t.id = x.act_id "
                            "JOIN bodies b ON b.id = t.body_id WHERE b.jurisdiction_code = 'US-AR' AND "
                            "t.date_edtf = '2013-04-03'") == "2\n");
        CHECK(curated_quote != sentence + "\n");
        CHECK(query(a.db, arkansas) == sentence + "\n");
    }
    SECTION("the same file again changes nothing")
    {
        const Result again = acta_run(a.db, {"import", "--curated", a.dir / "edited.csv"});
        CHECK(again.code == 0);
        CHECK(again.err.find("already imported") != std::string::npos);
        CHECK(query(a.db, "SELECT count(*) FROM acts") == "27\n");
    }
}

TEST_CASE("a curated file is checked and written in one transaction: a busy database takes nothing", "[curation][import]")
{
    Article a;
    std::string csv = a.export_as("acts.csv", {"--format", "csv"});
    csv += ",2013-04-03,,,,,,US-AR,,Arkansas House of Representatives,,resolution,,genocide,,Khojaly,,,\r\n";
    write_file(a.dir / "added.csv", csv);
    {
        // Another writer holds the database: the check must not run outside the write.
        SQLite::Database other(a.db, SQLite::OPEN_READWRITE);
        other.exec("BEGIN IMMEDIATE");
        const Result r = acta_run(a.db, {"import", "--curated", a.dir / "added.csv", "-q"});
        CHECK(r.code == 1);
        CHECK(r.err.find("curated file " + (a.dir / "added.csv") + " not written: database is locked") !=
              std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        other.exec("ROLLBACK");
    }
    CHECK(query(a.db, "SELECT count(*) FROM curations") == "0\n");
    CHECK(query(a.db, "SELECT count(*) FROM acts") == "26\n");
    REQUIRE(acta_run(a.db, {"import", "--curated", a.dir / "added.csv", "-q"}).code == 0);
    CHECK(query(a.db, "SELECT count(*) FROM acts") == "27\n");
}

TEST_CASE("bad curated files: every problem at once, with file, line and column; nothing written", "[curation][validation]")
{
    Article a;
    const std::string header = a.export_as("acts.csv", {"--format", "csv"}).substr(0, 0) +
                               "act_id,date,jurisdiction_code,body,act_type,terms\r\n";
    struct Case {
        const char* what;
        std::string content;
        std::vector<std::string> messages;
    };
    const Case cases[] = {
        {"bad EDTF and an end before its start", "act_id,date\r\n2,2011-06-31\r\n4,2014-03/2014-01\r\n",
         {"bad.csv:2:3: date '2011-06-31': 2011-06 has no day 31",
          "bad.csv:3:3: date '2014-03/2014-01': the interval ends (2014-01) before it starts (2014-03)"}},
        {"unknown names, with a did you mean",
         header + ",2013-04-03,USA,Arkansas House,resolution,\r\n"
                  ",2013-04-03,US-AR,Arkansas Hose of Representatives,resolutoin,genocde\r\n",
         {"bad.csv:2:13: unknown jurisdiction code 'USA'; did you mean US?",
          "bad.csv:3:19: unknown body 'Arkansas Hose of Representatives' in US-AR; did you mean Arkansas House of Representatives?",
          "bad.csv:3:52: unknown act type 'resolutoin'; did you mean resolution? (known types: act, appeal, bill, decision, "
          "declaration, decree, document, law, letter, memorial, motion, opinion, proclamation, recognition, "
          "recommendation, report, resolution, speech, statement)",
          "bad.csv:3:63: unknown term 'genocde'; did you mean genocide? (known terms: aggression, crime_against_humanity, "
          "ethnic_cleansing, genocide, massacre, occupation, tragedy, war_crime)"}},
        {"ids repeated or unknown", "act_id\r\n2\r\n2\r\n999\r\nx1\r\n",
         {"bad.csv:3:1: act_id 2 appears twice (also on line 2)",
          "bad.csv:4:1: there is no act 999 in the database: leave act_id empty to add an act",
          "bad.csv:5:1: act_id 'x1' is not a number: give an act's id, or leave it empty to add an act"}},
        {"column counts and quoting", header + "2,2011-06-03\r\n3,\"2012\"x,,,,\r\n4,20\"12,,,,\r\n5,\"2012,,,,\r\n",
         {"bad.csv:2:3: 2 cells where the header has 6 columns",
          "bad.csv:3:9: text after the closing quote of a cell: quote the whole cell and double the quotes in it",
          "bad.csv:4:5: a quote inside an unquoted cell: quote the whole cell and double the quotes in it",
          "bad.csv:5:3: a quoted cell is not closed: the file ends inside it"}},
        {"unknown columns", "act_id,dat,body\r\n2,2011,x\r\n",
         {"bad.csv:1:8: unknown column 'dat'; did you mean date? (the columns of 'acta export')"}},
        {"not UTF-8", header + "2,2011-06-03,US-TX,Texas House of Representatives,r\xE9solution,\r\n",
         {"bad.csv:2:52: byte 0xE9 is not UTF-8: save the file as UTF-8 (a byte order mark is fine)"}},
        {"JSON: positions of keys", "[\n  {\"act_id\": 2, \"date\": \"2011-13\"},\n  {\"act_id\": 2}\n]\n",
         {"bad.csv:2:17: date '2011-13': there is no month 13", "bad.csv:3:4: act_id 2 appears twice (also on line 2)"}},
        {"JSON: syntax", "[\n  {\"act_id\": 2,}\n]\n", {"bad.csv:2:16: not JSON: syntax error while parsing object key - "
                                                          "unexpected '}'; expected string literal"}},
    };
    const std::string db_bytes = read_file(a.db);
    for (const auto& c : cases) {
        INFO(c.what);
        write_file(a.dir / "bad.csv", c.content);
        const Result r = acta_run(a.db, {"import", "--curated", a.dir / "bad.csv"});
        CHECK(r.code == 1);
        std::string expected;
        for (const auto& m : c.messages) {
            expected += "acta: " + a.dir / m + "\n";
        }
        expected += "acta: " + a.dir / "bad.csv" + ": " + std::to_string(c.messages.size()) +
                    (c.messages.size() == 1 ? " problem" : " problems") + ", nothing imported\n";
        CHECK(r.err == expected);
        CHECK(r.out.empty());
        CHECK(read_file(a.db) == db_bytes);
    }
}

TEST_CASE("a second text reporting some of the same acts adds attestations, not acts", "[curation][sources]")
{
    TempDir dir{"acta-test-curation"};
    const std::string first = source_dir + "/tests/corpus/blind3-background-note.txt";
    const std::string second = source_dir + "/tests/corpus/blind3-numbered-seyfo.txt";
    auto years = [](const std::string& db) {
        std::map<std::string, int> out;
        std::istringstream in(acta_run(db, {"count", "--by", "year", "-f", "tsv"}).out);
        std::string key;
        int n = 0;
        std::getline(in, key);
        while (in >> key >> n) {
            out[key] = n;
        }
        return out;
    };
    REQUIRE(acta_run(dir / "a.db", {"import", "-q", first}).code == 0);
    REQUIRE(acta_run(dir / "b.db", {"import", "-q", second}).code == 0);
    REQUIRE(acta_run(dir / "ab.db", {"import", "-q", first, second}).code == 0);
    // Riksdag 2010-03-11 and Bundestag 2016-06-02 are in both texts.
    CHECK(query(dir / "ab.db", "SELECT t.jurisdiction_code, t.date FROM timeline t WHERE (SELECT count(DISTINCT source_id) "
                               "FROM attestations x WHERE x.act_id = t.act_id) = 2 ORDER BY t.date") ==
          "SE|2010-03-11\nDE|2016-06-02\n");
    const auto a = years(dir / "a.db");
    const auto b = years(dir / "b.db");
    auto ab = years(dir / "ab.db");
    REQUIRE_FALSE(ab.empty());
    std::map<std::string, int> expected = a;
    for (const auto& [year, n] : b) {
        expected[year] += n;
    }
    expected["2010"] -= 1; // the shared acts, counted once
    expected["2016"] -= 1;
    CHECK(ab == expected);
    const Result conflicts = acta_run(dir / "ab.db", {"conflicts", "-f", "csv"});
    CHECK(conflicts.out.find("2016-06-02,DE,Bundestag,resolution,2,\"terms: genocide;massacre [source 1, line 18] vs "
                             "genocide [source 2, line 13]\"") != std::string::npos);
}

TEST_CASE("merge, split, retract: recorded, and undone where they can be", "[curation][edits]")
{
    Article a;
    const std::string before = a.export_as("before.csv", {"--format", "csv"});
    REQUIRE(acta_run(a.db, {"merge", "2", "4", "--curator", "bob"}).code == 0);
    CHECK(query(a.db, "SELECT status FROM acts WHERE id = 4") == "merged\n");
    CHECK(query(a.db, "SELECT count(*) FROM attestations WHERE act_id = 2") == "2\n");
    CHECK(acta_run(a.db, {"show", "4"}).out.find("status = merged into act 2") != std::string::npos);
    CHECK(acta_run(a.db, {"merge", "2", "4"}).err == "acta: act 4 is merged ('acta history 4' says why)\n");
    const std::string moved = query(a.db, "SELECT max(id) FROM attestations WHERE act_id = 2");
    const Result split = acta_run(a.db, {"split", "2", "--attestation", moved.substr(0, moved.size() - 1), "--curator", "carol"});
    REQUIRE(split.code == 0);
    CHECK(split.out == "4\n");
    CHECK(query(a.db, "SELECT status FROM acts WHERE id = 4") == "current\n");
    CHECK(query(a.db, "SELECT command, curator FROM curations ORDER BY id") == "merge|bob\nsplit|carol\n");
    CHECK(query(a.db, "SELECT count(*) FROM attestations WHERE act_id = 4") == "1\n");
    // Back where it was: act 4's row is as the article read it.
    const auto row4 = [](const std::string& csv) { const auto at = csv.find("\r\n4,"); return csv.substr(at, csv.find("\r\n", at + 2) - at); };
    CHECK(row4(a.export_as("after.csv", {"--format", "csv"})) == row4(before));
    CHECK(acta_run(a.db, {"split", "2", "--attestation", "1"}).err ==
          "acta: act 2 has no attestation 1 (its attestations are listed by 'acta show 2')\n");

    REQUIRE(acta_run(a.db, {"retract", "5", "--reason", "a committee vote, not the chamber's"}).code == 0);
    CHECK(acta_run(a.db, {"show", "5"}).out.find("status = retracted: a committee vote, not the chamber's") != std::string::npos);
    CHECK(acta_run(a.db, {"history", "5", "-f", "csv"}).out.find(",retract,,retracted,current,") != std::string::npos);
    CHECK(query(a.db, "SELECT count(*) FROM timeline") == "25\n");
    CHECK(acta_run(a.db, {"retract", "5", "--reason", "again"}).code == 1);
    CHECK(acta_run(a.db, {"retract", "99", "--reason", "x"}).err == "acta: there is no act 99 (see 'acta timeline')\n");
}

TEST_CASE("a hand-written JSON array of some of the export's fields", "[curation][json]")
{
    Article a;
    write_file(a.dir / "fix.json", "[\n"
                                   "  {\"act_id\": 22, \"identifier\": \"HR 1009\", \"terms\": \"massacre; genocide\"},\n"
                                   "  {\"date\": \"2013-02\", \"jurisdiction_code\": \"US-AR\", \"body\": \"arkansas senate\",\n"
                                   "   \"act_type\": \"Resolution\", \"terms\": \"genocide\", \"subject\": \"Khojaly\"}\n"
                                   "]\n");
    const Result r = acta_run(a.db, {"import", "--curated", a.dir / "fix.json", "--curator", "dora"});
    REQUIRE(r.code == 0);
    CHECK(query(a.db, "SELECT identifier, terms, date FROM timeline WHERE act_id = 22") == "HR 1009|genocide;massacre|2013-08-17\n");
    CHECK(query(a.db, "SELECT date, date_start, date_end, precision, body, body_kind, act_type, terms, subject FROM act_rows "
                      "WHERE act_id = 27") ==
          "2013-02|2013-02-01|2013-02-28|month|Arkansas Senate|chamber|resolution|genocide|Khojaly\n");
    CHECK(query(a.db, "SELECT action, field, line FROM changes WHERE act_id = 27 ORDER BY id") ==
          "add||3\nset|date|3\nset|body|3\nset|act_type|3\nset|terms|3\nset|subject|3\n");
    // The new act's body joined its legislature, as the importer would have made it.
    CHECK(query(a.db, "SELECT p.name FROM bodies b JOIN bodies p ON p.id = b.parent_id WHERE b.name = 'Arkansas Senate'") ==
          "Arkansas General Assembly\n");
    const std::string json = a.export_as("out.json", {"--format", "json"});
    CHECK(acta_run(a.db, {"import", "--curated", a.dir / "out.json"}).err.find("27 unchanged: nothing written") != std::string::npos);
}

TEST_CASE("the ' that the CSV export puts before a formula is read back as it was meant", "[curation][roundtrip]")
{
    Article a;
    write_file(a.dir / "formula.json", "[{\"act_id\": 1, \"identifier\": \"=HR 3\", \"wording\": \"-a list\"}]");
    REQUIRE(acta_run(a.db, {"import", "--curated", a.dir / "formula.json"}).code == 0);
    const std::string csv = a.export_as("acts.csv", {"--format", "csv", "--bom"});
    REQUIRE(csv.find(",'=HR 3,") != std::string::npos);
    REQUIRE(csv.find(",'-a list,") != std::string::npos);
    const Result r = acta_run(a.db, {"import", "--curated", a.dir / "acts.csv"});
    CHECK(r.err.find("0 updated, 0 restored, 0 retracted, 26 unchanged: nothing written") != std::string::npos);
    CHECK(query(a.db, "SELECT identifier, wording FROM acts WHERE id = 1") == "=HR 3|-a list\n");
}

TEST_CASE("an older database, opened read-only, says how to upgrade it", "[curation][schema]")
{
    Article a;
    {
        SQLite::Database raw(a.db, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 4");
    }
    for (const char* command : {"show", "history", "bodies", "sources"}) {
        INFO(command);
        std::vector<std::string> args{command};
        if (std::string(command) == "show" || std::string(command) == "history") {
            args.push_back("1");
        }
        const Result r = acta_run(a.db, args);
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK(r.err == "acta: database " + a.db + " has schema version 4, older than this acta's (" +
                           std::to_string(acta::Database::schema_version()) +
                           "): any write with this acta (e.g. 'acta import') upgrades it\n");
    }
}
