// The furniture stage's rule `dateline` (import/furniture.hpp `dateline_end`), the one place that
// decides what a dateline is: its examples, in our own words, with where the dateline ends.
#include "furniture.hpp"
#include "importer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace acta::import;

namespace {

// What follows the dateline that opens `line`, or "(none)" when no dateline opens it.
std::string after_dateline(const std::string& line)
{
    const auto dates = find_dates(line, {2020, 0, DateAnchor::NumericOrder::by_separator});
    if (dates.empty()) {
        return "(no date)";
    }
    const auto end = dateline_end(line, dates.front());
    return end ? line.substr(*end) : "(none)";
}

} // namespace

TEST_CASE("dateline: place words, a date, an agency or a separator", "[import][furniture][dateline]")
{
    struct Case {
        const char* line;
        const char* rest; // the text after the dateline, "(none)" when it is no dateline
    };
    const Case cases[] = {
        {"OSLO, June 6, 2018 - The Storting met.", "The Storting met."},
        {"WASHINGTON, D.C., May 12, 2017 \xE2\x80\x94 The group said.", "The group said."},
        {"LIMA, 4 April 2019 \xE2\x80\x93 The Congress voted.", "The Congress voted."},
        {"OSLO, June 6, 2018 (Fjord Press) - The Storting met.", "The Storting met."},
        {"OSLO, June 6, 2018 (Fjord Press) \xEF\xBF\xBD The Storting met.", "The Storting met."}, // a broken dash
        {"Norway, Oslo, Jun. 6 / Fjord Press / The Storting met.", "The Storting met."},
        {"Baku. 3 May 2019 - The Milli Majlis met.", "The Milli Majlis met."},
        {"OSLO, June 6, 2018: The Storting met.", "The Storting met."},
        // no dateline: no comma or dot before the date, lower-case or too many words, no separator
        {"On 3 May 2010 - the Senate adopted a resolution.", "(none)"},
        {"Oslo 3 May 2010 - the Storting met.", "(none)"},
        {"The Senate of Poland, 3 May 2010 - adopted a resolution.", "(none)"},
        {"One Two Three Four Five Six, 3 May 2010 - The Senate met.", "(none)"},
        {"OSLO, June 6, 2018 The Storting met.", "(none)"},
        {"3 May 2010 - The Senate adopted a resolution.", "(none)"},
        {"OSLO, June 6, 2018 (a very long aside that is no agency name at all) - The Storting met.", "(none)"},
        {"OSLO, 31 June 2018 - The Storting met.", "(none)"}, // a date that cannot exist
    };
    for (const auto& c : cases) {
        INFO(c.line);
        CHECK(after_dateline(c.line) == c.rest);
    }
}

TEST_CASE("dateline: its date is the page's, never an act's", "[import][furniture][dateline]")
{
    const auto r = import_text("OSLO, June 6, 2018 - The Storting adopted a resolution yesterday on the deportations.\n");
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].date.edtf == "2018-06-05");
    CHECK(r.source.published == "2018-06-06");
    // The same line with no separator after its date is no dateline: the date is the act's.
    const auto plain = import_text("OSLO, June 6, 2018 The Storting adopted a resolution on the deportations.\n");
    REQUIRE(plain.acts.size() == 1);
    CHECK(plain.acts[0].date.edtf == "2018-06-06");
}

TEST_CASE("label-stamp: a short label, a date and a clock time make the page's stamp", "[import][furniture][stamp]")
{
    struct Case {
        const char* text;
        const char* published; // the page's date read, "" when none
        const char* act;       // the act's date
    };
    const Case cases[] = {
        {"Nordic politics Reports 6 June 2018 11:20 (UTC +02:00)\nThe Storting adopted a resolution on the deportations "
         "at its sitting on Wednesday.\n",
         "2018-06-06", "2018-06-06"},
        {"Region news 6 June 2018 11:20\n\nThe Storting adopted a resolution on the deportations yesterday.\n", "2018-06-06",
         "2018-06-05"},
        // a sentence that goes on after the time, or a label with a sentence mark, is no stamp
        {"On 6 June 2018 11:20 the Storting adopted a resolution on the deportations.\n", "", "2018-06-06"},
        {"The Storting adopted on 6 June 2018 11:20 (CET)\na resolution on the deportations.\n", "", "2018-06-06"},
        {"News, the Storting 6 June 2018 11:20\n\nThe Storting adopted a resolution on the deportations.\n", "", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto r = import_text(c.text);
        REQUIRE(r.acts.size() == 1);
        CHECK(r.source.published == c.published);
        CHECK(r.acts[0].date.edtf == c.act);
    }
}
