// acta's own date suite (tests/data/dates/*.tsv, see its README): expressions of every family of
// issue 9, absolute and relative to an anchor, from four public parsers' tests and written for
// acta. A case is right when it gives exactly its expected first and last day (or no date, for
// "error"). Every case written for acta (origin "own") must be right, so any regression there
// fails; over all cases each family must reach 0.95 and the whole suite 0.98.
#include "dates.hpp"
#include "tsv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using acta::import::DateAnchor;
using acta::import::parse_date;

namespace {

struct SuiteCase {
    std::string where; // file:line
    std::string text;
    std::string anchor; // YYYY-MM-DD or "-"
    std::string expected;
    std::string family;
    std::string origin;
};

std::vector<SuiteCase> read_suite()
{
    const auto files = acta::test::tsv_files(ACTA_SOURCE_DIR "/tests/data/dates");
    std::vector<SuiteCase> out;
    for (const auto& path : files) {
        std::ifstream in(path);
        REQUIRE(in);
        std::string line;
        int number = 0;
        bool header = true;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty() || line[0] == '#' || std::exchange(header, false)) {
                continue;
            }
            const auto c = acta::test::split_tabs(line);
            REQUIRE(c.size() >= 5);
            out.push_back({path.filename().string() + ":" + std::to_string(number), c[0], c[1], c[2], c[3], c[4]});
        }
    }
    return out;
}

int days_in(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// The first and last day of YYYY, YYYY-MM, YYYY-MM-DD or FIRST..LAST.
std::pair<std::string, std::string> window(const std::string& e)
{
    if (const auto dots = e.find(".."); dots != std::string::npos) {
        return {e.substr(0, dots), e.substr(dots + 2)};
    }
    if (e.size() == 4) {
        return {e + "-01-01", e + "-12-31"};
    }
    if (e.size() == 7) {
        return {e + "-01", e + "-" + std::to_string(days_in(std::stoi(e.substr(0, 4)), std::stoi(e.substr(5, 2))))};
    }
    return {e, e};
}

DateAnchor anchor_of(const std::string& a)
{
    DateAnchor anchor;
    if (a != "-") {
        anchor.year = std::stoi(a.substr(0, 4));
        anchor.month = std::stoi(a.substr(5, 2));
        anchor.day = std::stoi(a.substr(8, 2));
    }
    return anchor;
}

} // namespace

TEST_CASE("the date suite: every family, absolute and relative", "[dates][suite]")
{
    const auto cases = read_suite();
    REQUIRE(cases.size() >= 250);
    std::map<std::string, std::pair<int, int>> families; // passed, total
    int passed = 0;
    for (const auto& c : cases) {
        const auto m = parse_date(c.text, anchor_of(c.anchor));
        bool ok = false;
        std::string got = m.error.empty() ? m.value.start + ".." + m.value.end : "error: " + m.error;
        if (c.expected == "error") {
            ok = !m.error.empty();
        } else {
            const auto [first, last] = window(c.expected);
            ok = m.error.empty() && m.value.start == first && m.value.end == last;
        }
        if (c.origin == "own") {
            INFO(c.where << ": '" << c.text << "' anchor " << c.anchor << " expected " << c.expected << ", got " << got);
            CHECK(ok);
        } else if (!ok) {
            WARN(c.where << ": '" << c.text << "' anchor " << c.anchor << " expected " << c.expected << ", got " << got);
        }
        passed += ok;
        auto& f = families[c.family];
        f.first += ok;
        ++f.second;
    }
    for (const auto& [family, counts] : families) {
        INFO(family << ": " << counts.first << "/" << counts.second);
        CHECK(counts.first >= 0.95 * counts.second);
    }
    INFO("overall: " << passed << "/" << cases.size());
    CHECK(passed >= 0.98 * static_cast<double>(cases.size()));
    CHECK(families.size() >= 9);
}
