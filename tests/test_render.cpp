// The output formats: quoting, escaping, neutralized formulas, table fitting, write errors.
#include "render.hpp"

#include "error.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>

using acta::Value;

namespace {

// Renders one result (columns, rows) in `format` and returns the bytes written.
std::string render(const std::string& format, const std::vector<std::string>& columns,
                   const std::vector<std::vector<Value>>& rows, acta::RenderOptions options = {})
{
    std::ostringstream out;
    auto sink = acta::make_renderer(acta::find_format(format), out, options);
    sink->begin(columns);
    for (const auto& r : rows) {
        sink->row(r);
    }
    sink->end();
    return out.str();
}

std::string csv_cell(const std::string& text, bool raw = false)
{
    acta::RenderOptions options;
    options.raw = raw;
    const std::string all = render("csv", {"c"}, {{Value(text)}}, options);
    REQUIRE(all.substr(0, 3) == "c\r\n");
    REQUIRE(all.size() >= 5);
    REQUIRE(all.substr(all.size() - 2) == "\r\n");
    return all.substr(3, all.size() - 5);
}

// A stream buffer that refuses every write, as /dev/full does.
class FullBuffer : public std::streambuf {
protected:
    int_type overflow(int_type) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

} // namespace

TEST_CASE("the format table knows every format and refuses others", "[render]")
{
    for (const char* name : {"table", "csv", "tsv", "json", "ndjson", "markdown", "line"}) {
        CHECK(acta::find_format(name).name == name);
    }
    CHECK_THROWS_AS(acta::find_format("xml"), acta::UsageError);
    CHECK_THROWS_WITH(acta::find_format("xml"), Catch::Contains("csv"));
    CHECK_NOTHROW(acta::check_format_allowed("csv", {"csv", "json"}));
    CHECK_THROWS_AS(acta::check_format_allowed("table", {"csv", "json"}), acta::UsageError);
}

TEST_CASE("csv quotes only when needed, RFC 4180", "[render][csv]")
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"no\"", "\"say \"\"no\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"crlf\r\nend", "\"crlf\r\nend\""},
        {"Azərbaycan – Xocalı", "Azərbaycan – Xocalı"},
        {" spaced ", " spaced "},
        {"", ""},
    };
    for (const auto& [in, expected] : cases) {
        INFO(in);
        CHECK(csv_cell(in) == expected);
    }
}

TEST_CASE("csv writes a header, CRLF line ends, NULL as empty and numbers bare", "[render][csv]")
{
    const std::string out = render("csv", {"id", "name", "n"},
                                   {{Value(std::int64_t{1}), Value(std::monostate{}), Value(2.5)},
                                    {Value(std::int64_t{-3}), Value(std::string("x")), Value(std::int64_t{0})}});
    CHECK(out == "id,name,n\r\n1,,2.5\r\n-3,x,0\r\n");
}

TEST_CASE("csv and tsv neutralize formulas unless raw", "[render][csv][tsv]")
{
    for (const char* lead : {"=", "+", "-", "@", "\t", "\r"}) {
        const std::string text = std::string(lead) + "SUM(A1)";
        INFO(text);
        CHECK(acta::neutralize_formula(text) == "'" + text);
    }
    CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_cell("=1+1", true) == "=1+1");
    CHECK(csv_cell("-5") == "'-5");
    CHECK(csv_cell("a=b") == "a=b");
    // A number cell is data, not text a spreadsheet parses: it stays as it is.
    CHECK(render("csv", {"n"}, {{Value(std::int64_t{-5})}}) == "n\r\n-5\r\n");

    acta::RenderOptions raw;
    raw.raw = true;
    CHECK(render("tsv", {"c"}, {{Value(std::string("@cmd"))}}) == "c\n'@cmd\n");
    CHECK(render("tsv", {"c"}, {{Value(std::string("@cmd"))}}, raw) == "c\n@cmd\n");
    // json and markdown are not opened by spreadsheets as formulas: left alone.
    CHECK(render("ndjson", {"c"}, {{Value(std::string("=1"))}}) == "{\"c\":\"=1\"}\n");
}

TEST_CASE("csv can begin with a byte order mark", "[render][csv]")
{
    acta::RenderOptions options;
    options.bom = true;
    CHECK(render("csv", {"a"}, {{Value(std::string("é"))}}, options) == "\xEF\xBB\xBF" "a\r\né\r\n");
}

TEST_CASE("tsv escapes tab, newline, CR and backslash", "[render][tsv]")
{
    const std::string out = render("tsv", {"a", "b"},
                                   {{Value(std::string("x\ty\nz\r\\")), Value(std::monostate{})}});
    CHECK(out == "a\tb\nx\\ty\\nz\\r\\\\\t\n");
}

TEST_CASE("json escapes strings and writes numbers and null", "[render][json]")
{
    const std::string out = render("json", {"s", "n", "z"},
                                   {{Value(std::string("q\"b\\s\nt\x01 é")), Value(std::int64_t{7}), Value(std::monostate{})},
                                    {Value(std::string("")), Value(0.25), Value(std::string("x"))}});
    CHECK(out == "[\n{\"s\":\"q\\\"b\\\\s\\nt\\u0001 é\",\"n\":7,\"z\":null},\n"
                 "{\"s\":\"\",\"n\":0.25,\"z\":\"x\"}\n]\n");
    CHECK(render("json", {"a"}, {}) == "[]\n");
    // Invalid UTF-8 must not make invalid JSON.
    CHECK(render("ndjson", {"a"}, {{Value(std::string("a\xFF" "b"))}}) == "{\"a\":\"a\xEF\xBF\xBD" "b\"}\n");
}

TEST_CASE("ndjson writes one object per line", "[render][json]")
{
    const std::string out = render("ndjson", {"k", "v"},
                                   {{Value(std::string("a")), Value(std::int64_t{1})},
                                    {Value(std::string("b")), Value(std::monostate{})}});
    CHECK(out == "{\"k\":\"a\",\"v\":1}\n{\"k\":\"b\",\"v\":null}\n");
    CHECK(render("ndjson", {"a"}, {}).empty());
}

TEST_CASE("markdown escapes pipes and line breaks", "[render][markdown]")
{
    const std::string out = render("markdown", {"a", "b"}, {{Value(std::string("x|y")), Value(std::string("1\n2"))}});
    CHECK(out == "| a | b |\n| --- | --- |\n| x\\|y | 1<br>2 |\n");
}

TEST_CASE("line writes column = value records", "[render]")
{
    const std::string out = render("line", {"id", "name"},
                                   {{Value(std::int64_t{1}), Value(std::string("a"))},
                                    {Value(std::int64_t{2}), Value(std::monostate{})}});
    CHECK(out == "  id = 1\nname = a\n\n  id = 2\nname = \n");
}

TEST_CASE("table draws a box that fits the width", "[render][table]")
{
    acta::RenderOptions options;
    options.width = 120;
    const std::string small = render("table", {"key", "count"},
                                     {{Value(std::string("2013")), Value(std::int64_t{14})},
                                      {Value(std::string("undated")), Value(std::int64_t{2})}},
                                     options);
    CHECK(small == "┌─────────┬───────┐\n"
                   "│ key     │ count │\n"
                   "├─────────┼───────┤\n"
                   "│ 2013    │    14 │\n"
                   "│ undated │     2 │\n"
                   "└─────────┴───────┘\n");

    options.width = 30;
    const std::string long_text(100, 'x');
    const std::string narrow = render("table", {"id", "text"},
                                      {{Value(std::int64_t{1}), Value(long_text + "\nmore")}}, options);
    std::istringstream lines(narrow);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        INFO(line);
        CHECK(acta::display_width(line) == 30);
    }
    CHECK(count == 5);
    CHECK(narrow.find("…") != std::string::npos);
    CHECK(narrow.find("more") == std::string::npos);
}

TEST_CASE("table sizes columns from the rows it buffers and streams the rest", "[render][table]")
{
    acta::RenderOptions options;
    options.width = 120;
    options.table_buffer_rows = 2;
    const std::string out = render("table", {"v"},
                                   {{Value(std::string("ab"))}, {Value(std::string("cd"))}, {Value(std::string("efghij"))}},
                                   options);
    // The third row came after the widths were fixed from the first two: it is cut.
    CHECK(out.find("│ e… │") != std::string::npos);
}

TEST_CASE("display width counts wide and combining characters", "[render][table]")
{
    CHECK(acta::display_width("abc") == 3);
    CHECK(acta::display_width("é") == 1);
    CHECK(acta::display_width("e\xCC\x81") == 1); // e + combining acute
    CHECK(acta::display_width("日本") == 4);
    CHECK(acta::display_width("…") == 1);
}

TEST_CASE("a write error throws DataError naming the output", "[render][errors]")
{
    FullBuffer full;
    std::ostream out(&full);
    acta::RenderOptions options;
    options.output_name = "/dev/full";
    for (const char* format : {"csv", "tsv", "json", "ndjson", "markdown", "table", "line"}) {
        INFO(format);
        out.clear();
        auto sink = acta::make_renderer(acta::find_format(format), out, options);
        auto run = [&] {
            sink->begin({"a"});
            for (int i = 0; i < 3; ++i) {
                sink->row(std::vector<Value>{Value(std::string("x"))});
            }
            sink->end();
        };
        CHECK_THROWS_AS(run(), acta::DataError);
        out.clear();
        auto again = acta::make_renderer(acta::find_format(format), out, options);
        CHECK_THROWS_WITH(([&] {
                              again->begin({"a"});
                              again->row(std::vector<Value>{Value(std::string("x"))});
                              again->end();
                          }()),
                          Catch::Contains("/dev/full"));
    }
}

TEST_CASE("writing to /dev/full fails with DataError", "[render][errors]")
{
    if (!std::filesystem::exists("/dev/full")) {
        return;
    }
    acta::OutputFile file(std::cout, "/dev/full");
    acta::RenderOptions options;
    options.output_name = file.name();
    auto sink = acta::make_renderer(acta::find_format("csv"), file.stream(), options);
    sink->begin({"a"});
    const std::vector<Value> row{Value(std::string(1000, 'x'))};
    CHECK_THROWS_AS(([&] {
                        for (int i = 0; i < 100; ++i) {
                            sink->row(row);
                        }
                        sink->end();
                        file.commit();
                    }()),
                    acta::DataError);
}

TEST_CASE("an output file appears only when committed", "[render][output]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("acta-test-render-output-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = (dir / "out.csv").string();
    std::filesystem::remove(path);
    {
        acta::OutputFile file(std::cout, path);
        file.stream() << "half";
        CHECK(std::filesystem::exists(path + ".tmp"));
        CHECK_FALSE(std::filesystem::exists(path));
    } // dies uncommitted, as when a command throws
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    CHECK_FALSE(std::filesystem::exists(path));
    {
        acta::OutputFile file(std::cout, path);
        file.stream() << "whole\n";
        file.commit();
    }
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "whole\n");
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    CHECK_THROWS_AS(acta::OutputFile(std::cout, dir.string()), acta::DataError);
    CHECK_THROWS_AS(acta::OutputFile(std::cout, (dir / "no" / "such" / "dir.csv").string()), acta::DataError);
    std::filesystem::remove_all(dir);
}
