// The date cases of three other date parsers' test suites (tests/dates/*.tsv, see its README):
// parse_date() must name the expected day, month or year for at least 95% of them together.
// Every miss is printed, so a regression shows which case broke.
#include "dates.hpp"
#include "tsv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using acta::import::parse_date;

namespace {

struct DateCase {
    std::string file;
    int line = 0;
    std::string text;
    std::string expected; // YYYY, YYYY-MM or YYYY-MM-DD
};

std::vector<DateCase> read_cases()
{
    const auto files = acta::test::tsv_files(ACTA_SOURCE_DIR "/tests/dates");
    std::vector<DateCase> cases;
    for (const auto& path : files) {
        std::ifstream in(path);
        REQUIRE(in);
        std::string line;
        int number = 0;
        bool header = true;
        while (std::getline(in, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            if (line.empty() || line[0] == '#') {
                continue;
            }
            if (header) {
                header = false; // text, expected, origin
                continue;
            }
            const auto fields = acta::test::split_tabs(line);
            REQUIRE(fields.size() >= 2);
            cases.push_back({path.filename().string(), number, fields[0], fields[1]});
        }
    }
    return cases;
}

} // namespace

TEST_CASE("date cases of other parsers' test suites", "[dates]")
{
    const auto cases = read_cases();
    REQUIRE(cases.size() >= 100);
    std::size_t passed = 0;
    for (const auto& c : cases) {
        const auto m = parse_date(c.text);
        // A range is compared by its first day.
        const bool range = m.value.edtf.find('/') != std::string::npos;
        const std::string got = range ? m.value.start : m.value.edtf;
        if (m.error.empty() && got == c.expected) {
            ++passed;
        } else {
            WARN(c.file << ":" << c.line << ": '" << c.text << "' expected " << c.expected << ", got "
                        << (m.error.empty() ? got : "error: " + m.error));
        }
    }
    const double rate = static_cast<double>(passed) / static_cast<double>(cases.size());
    CHECK(rate >= 0.95);
    WARN(passed << " of " << cases.size() << " date cases parsed as expected");
}
