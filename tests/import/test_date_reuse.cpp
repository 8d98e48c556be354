// The date scans the importer shares instead of repeating (docs/performance.md, sixth steps):
// find_dates' note of whether the anchor year was read, and first_date's early stop.
#include "dates.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using acta::import::DateAnchor;
using acta::import::DateMatch;
using acta::import::find_dates;
using acta::import::first_date;

namespace {

std::string describe(const std::vector<DateMatch>& dates)
{
    std::string out;
    for (const auto& d : dates) {
        out += std::to_string(d.begin) + "-" + std::to_string(d.end) + " " + d.value.edtf + " " + d.error + ";";
    }
    return out;
}

} // namespace

TEST_CASE("find_dates notes whether it read the anchor year", "[import][dates]")
{
    struct Case {
        const char* text;
        bool year_read; // with anchor year 2010
    };
    const std::vector<Case> cases = {
        {"The Senate adopted the resolution on 24 April 2015.", false},
        {"Parliament passed a motion in June 1998 and a law in 2003.", false},
        {"No date is written in this sentence at all.", false},
        {"The motion passed on 24 April.", true},            // a yearless day takes the anchor's year
        {"On 3 May 2019, and again on 9 June, it voted.", false}, // the text's own year comes first
        {"The Sejm voted in the spring.", false},  // a season without a year is no date
        {"On February 25 the Sejm voted.", true},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        bool read = false;
        const auto with_anchor = find_dates(c.text, {2010, 0}, read);
        CHECK(read == c.year_read);
        CHECK(describe(with_anchor) == describe(find_dates(c.text, {2010, 0})));
        if (!read) {
            // Not read: the same dates under any other anchor year, none at all included.
            bool read_without = true;
            CHECK(describe(find_dates(c.text, {0, 0}, read_without)) == describe(with_anchor));
            CHECK(describe(find_dates(c.text, {1950, 0})) == describe(with_anchor));
            CHECK_FALSE(read_without);
        }
    }
    // A yearless date with no anchor year is left out, and the anchor's year was asked for.
    bool read = false;
    CHECK(find_dates("The motion passed on 24 April.", {0, 0}, read).empty());
    CHECK(read);
}

TEST_CASE("first_date is find_dates' first match, found without reading on", "[import][dates]")
{
    const std::vector<std::string> texts = {
        "Posted 04/02/2021 10:41 / Parliament adopted a motion on 3 May 2019",
        "May 31, 2011 - 17:13 AMT",
        "World news Stories 3 May 2011 10:05 (GMT) and more on 4 May 2011",
        "between 3 and 5 May 2011 the Senate met",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        const auto all = find_dates(text);
        REQUIRE_FALSE(all.empty());
        const auto first = first_date(text, {}, 60);
        REQUIRE(first.has_value());
        CHECK(describe({*first}) == describe({all.front()}));
    }
    // No date before the scan passes byte 60: none, though the text has one later.
    const std::string late = "A long line of words about the session and its many speakers, then on 3 May 2019.";
    REQUIRE_FALSE(find_dates(late).empty());
    CHECK(find_dates(late).front().begin > 60);
    CHECK_FALSE(first_date(late, {}, 60).has_value());
    CHECK(first_date(late, {}, late.size()).has_value());
    CHECK_FALSE(first_date("No date here at all.", {}, 60).has_value());
}
