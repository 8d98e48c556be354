// find_dates() and parse_date(): every written form the importer must read, what it must refuse
// (impossible dates, numbers that are no years), how yearless and relative dates get their year,
// byte offsets, and hostile input.
#include "dates.hpp"

#include "command.hpp"
#include "command_parse_date.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using acta::Precision;
using acta::import::DateAnchor;
using acta::import::DateMatch;
using acta::import::find_dates;
using acta::import::parse_date;

namespace {

struct Case {
    const char* text;
    const char* edtf;
    const char* start;
    const char* end;
    Precision precision;
};

void check_case(const Case& c, DateAnchor anchor = {})
{
    INFO("text: " << c.text);
    const DateMatch m = parse_date(c.text, anchor);
    REQUIRE(m.error.empty());
    CHECK(m.value.edtf == c.edtf);
    CHECK(m.value.start == c.start);
    CHECK(m.value.end == c.end);
    CHECK(to_string(m.value.precision) == to_string(c.precision));
}

std::string matched(std::string_view text, const DateMatch& m)
{
    return std::string(text.substr(m.begin, m.end - m.begin));
}

// Offsets in range, increasing, not overlapping, and never inside a UTF-8 character; values
// well formed. Returns the first problem, empty when none.
std::string sanity_problem(std::string_view text, const std::vector<DateMatch>& all)
{
    auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    std::size_t last_end = 0;
    for (const auto& m : all) {
        const std::string where = "match at " + std::to_string(m.begin) + ".." + std::to_string(m.end) + ": ";
        if (m.begin >= m.end || m.end > text.size() || m.begin < last_end) {
            return where + "bad offsets";
        }
        if (continuation(m.begin) || (m.end < text.size() && continuation(m.end))) {
            return where + "splits a UTF-8 character";
        }
        if (m.error.empty() == m.value.empty()) {
            return where + "needs exactly one of a value and an error";
        }
        if (m.error.empty() &&
            (m.value.start.size() != 10 || m.value.end.size() != 10 || m.value.start > m.value.end)) {
            return where + "bad bounds " + m.value.start + ".." + m.value.end;
        }
        last_end = m.end;
    }
    return {};
}

} // namespace

TEST_CASE("days written with month names", "[dates]")
{
    const std::vector<Case> cases{
        {"25 February 2013", "2013-02-25", "2013-02-25", "2013-02-25", Precision::day},
        {"February 25, 2013", "2013-02-25", "2013-02-25", "2013-02-25", Precision::day},
        {"January 28 2013", "2013-01-28", "2013-01-28", "2013-01-28", Precision::day},
        {"February 25 of 2010", "2010-02-25", "2010-02-25", "2010-02-25", Precision::day},
        {"( June 3, 2011 )", "2011-06-03", "2011-06-03", "2011-06-03", Precision::day},
        {"12th March 2010", "2010-03-12", "2010-03-12", "2010-03-12", Precision::day},
        {"Tuesday Jul 22, 2014", "2014-07-22", "2014-07-22", "2014-07-22", Precision::day},
        {"monday, jan twenty two, 2018", "2018-01-22", "2018-01-22", "2018-01-22", Precision::day},
        {"16. Nov. 2016", "2016-11-16", "2016-11-16", "2016-11-16", Precision::day},
        {"2016 july 13.", "2016-07-13", "2016-07-13", "2016-07-13", Precision::day},
        {"31/Oct/1974", "1974-10-31", "1974-10-31", "1974-10-31", Precision::day},
        {"Sept. 4, 2014", "2014-09-04", "2014-09-04", "2014-09-04", Precision::day},
        {"Sep 4 2014", "2014-09-04", "2014-09-04", "2014-09-04", Precision::day},
        {"twenty second of june 2017", "2017-06-22", "2017-06-22", "2017-06-22", Precision::day},
        {"twenty-second of June 2017", "2017-06-22", "2017-06-22", "2017-06-22", Precision::day},
        {"march third 2015", "2015-03-03", "2015-03-03", "2015-03-03", Precision::day},
        {"the 3rd of March, 2014", "2014-03-03", "2014-03-03", "2014-03-03", Precision::day},
        {"fourth of july, 1995", "1995-07-04", "1995-07-04", "1995-07-04", Precision::day},
        {"28 june in 2020", "2020-06-28", "2020-06-28", "2020-06-28", Precision::day},
        {"5 December 1391", "1391-12-05", "1391-12-05", "1391-12-05", Precision::day},
        {"29 February 2012", "2012-02-29", "2012-02-29", "2012-02-29", Precision::day},
        {"FEBRUARY 25, 2013", "2013-02-25", "2013-02-25", "2013-02-25", Precision::day},
        {"last day of october 2015", "2015-10-31", "2015-10-31", "2015-10-31", Precision::day},
        {"last Sunday of March 2014", "2014-03-30", "2014-03-30", "2014-03-30", Precision::day},
        {"third tuesday of september 2014", "2014-09-16", "2014-09-16", "2014-09-16", Precision::day},
        {"2 weeks before may 13 1999", "1999-04-29", "1999-04-29", "1999-04-29", Precision::day},
        {"three days after 30 January 2013", "2013-02-02", "2013-02-02", "2013-02-02", Precision::day},
    };
    for (const auto& c : cases) {
        check_case(c);
    }
}

TEST_CASE("numeric days", "[dates]")
{
    const std::vector<Case> cases{
        {"2014-02-13", "2014-02-13", "2014-02-13", "2014-02-13", Precision::day},
        {"2014/02/13", "2014-02-13", "2014-02-13", "2014-02-13", Precision::day},
        {"2019-sep-1", "2019-09-01", "2019-09-01", "2019-09-01", Precision::day},
        {"27.02.2014", "2014-02-27", "2014-02-27", "2014-02-27", Precision::day},
        {"13.5.2015", "2015-05-13", "2015-05-13", "2015-05-13", Precision::day},
        // One part over 12 decides the order.
        {"21/04/2016", "2016-04-21", "2016-04-21", "2016-04-21", Precision::day},
        {"10/31/1974", "1974-10-31", "1974-10-31", "1974-10-31", Precision::day},
        {"10.31.1974", "1974-10-31", "1974-10-31", "1974-10-31", Precision::day},
        {"21-04-2016", "2016-04-21", "2016-04-21", "2016-04-21", Precision::day},
        // Both <= 12: dots are day first, slashes and dashes month first.
        {"03.04.2015", "2015-04-03", "2015-04-03", "2015-04-03", Precision::day},
        {"03/04/2015", "2015-03-04", "2015-03-04", "2015-03-04", Precision::day},
        {"03-04-2015", "2015-03-04", "2015-03-04", "2015-03-04", Precision::day},
        {"2017-06-22T10:00:00", "2017-06-22", "2017-06-22", "2017-06-22", Precision::day},
    };
    for (const auto& c : cases) {
        check_case(c);
    }
}

TEST_CASE("months and years", "[dates]")
{
    const std::vector<Case> cases{
        {"in August 1998", "1998-08", "1998-08-01", "1998-08-31", Precision::month},
        {"February 2015", "2015-02", "2015-02-01", "2015-02-28", Precision::month},
        {"February 2012", "2012-02", "2012-02-01", "2012-02-29", Precision::month},
        {"2016 june", "2016-06", "2016-06-01", "2016-06-30", Precision::month},
        {"2016, nov", "2016-11", "2016-11-01", "2016-11-30", Precision::month},
        {"June of 1992", "1992-06", "1992-06-01", "1992-06-30", Precision::month},
        {"may 2016", "2016-05", "2016-05-01", "2016-05-31", Precision::month},
        {"Sept.2014", "2014-09", "2014-09-01", "2014-09-30", Precision::month},
        {"December 2013", "2013-12", "2013-12-01", "2013-12-31", Precision::month},
        {"2013-12", "2013-12", "2013-12-01", "2013-12-31", Precision::month},
        {"(1998)", "1998", "1998-01-01", "1998-12-31", Precision::year},
        {"they may, in 2016, vote", "2016", "2016-01-01", "2016-12-31", Precision::year},
        {"dec-2018", "2018-12", "2018-12-01", "2018-12-31", Precision::month},
        {"2014-02", "2014-02", "2014-02-01", "2014-02-28", Precision::month},
        {"2012", "2012", "2012-01-01", "2012-12-31", Precision::year},
        {"in 2014", "2014", "2014-01-01", "2014-12-31", Precision::year},
        {"since 1991 Azerbaijan", "1991", "1991-01-01", "1991-12-31", Precision::year},
        {"the year 2000 was", "2000", "2000-01-01", "2000-12-31", Precision::year},
        {"during 1998, the", "1998", "1998-01-01", "1998-12-31", Precision::year},
        {"1971 - Paraguay", "1971", "1971-01-01", "1971-12-31", Precision::year},
        {"1971: Paraguay recognizes", "1971", "1971-01-01", "1971-12-31", Precision::year},
        // A year right before the act's verb or adverb (date_words.tsv `function`).
        {"the Storting in 2009 adopted a motion", "2009", "2009-01-01", "2009-12-31", Precision::year},
        {"which in 2011 formally recognized", "2011", "2011-01-01", "2011-12-31", Precision::year},
    };
    for (const auto& c : cases) {
        check_case(c);
    }
}

TEST_CASE("lists of years", "[dates]")
{
    const std::string text = "In 2010, 2011 and 2012 the Senate met; in 2010, 2000 people marched.";
    const auto all = find_dates(text);
    REQUIRE(all.size() == 4);
    CHECK(matched(text, all[0]) == "2010");
    CHECK(matched(text, all[1]) == "2011");
    CHECK(matched(text, all[2]) == "2012");
    CHECK(matched(text, all[3]) == "2010");
}

TEST_CASE("ranges", "[dates]")
{
    const std::vector<Case> cases{
        {"18-19 February 2014", "2014-02-18/2014-02-19", "2014-02-18", "2014-02-19", Precision::day_range},
        {"18\u201319 February 2014", "2014-02-18/2014-02-19", "2014-02-18", "2014-02-19", Precision::day_range},
        {"25 to 26 February 1992", "1992-02-25/1992-02-26", "1992-02-25", "1992-02-26", Precision::day_range},
        {"from 25 to 26 February 1992", "1992-02-25/1992-02-26", "1992-02-25", "1992-02-26", Precision::day_range},
        {"between 3 and 5 May 2001", "2001-05-03/2001-05-05", "2001-05-03", "2001-05-05", Precision::day_range},
        {"Feb 18-19, 2014", "2014-02-18/2014-02-19", "2014-02-18", "2014-02-19", Precision::day_range},
        {"25 February to 3 March 2014", "2014-02-25/2014-03-03", "2014-02-25", "2014-03-03", Precision::day_range},
        {"28 December - 3 January 2014", "2013-12-28/2014-01-03", "2013-12-28", "2014-01-03", Precision::day_range},
        {"March-April 2013", "2013-03/2013-04", "2013-03-01", "2013-04-30", Precision::month_range},
        {"from March to May 2013", "2013-03/2013-05", "2013-03-01", "2013-05-31", Precision::month_range},
        {"2013-2014", "2013/2014", "2013-01-01", "2014-12-31", Precision::year_range},
        {"In 2013-2014", "2013/2014", "2013-01-01", "2014-12-31", Precision::year_range},
        {"2013\u20132014", "2013/2014", "2013-01-01", "2014-12-31", Precision::year_range},
        {"2013-14", "2013/2014", "2013-01-01", "2014-12-31", Precision::year_range},
        {"2013/14", "2013/2014", "2013-01-01", "2014-12-31", Precision::year_range},
        {"the 2001/2002 session", "2001/2002", "2001-01-01", "2002-12-31", Precision::year_range},
        {"from 2010 to 2012", "2010/2012", "2010-01-01", "2012-12-31", Precision::year_range},
        {"between 2010 and 2012", "2010/2012", "2010-01-01", "2012-12-31", Precision::year_range},
    };
    for (const auto& c : cases) {
        check_case(c);
    }
}

TEST_CASE("parts of months and years, seasons", "[dates]")
{
    const std::vector<Case> cases{
        {"early July 2013", "2013-07-01/2013-07-10", "2013-07-01", "2013-07-10", Precision::month_part},
        {"mid-July 2013", "2013-07-11/2013-07-20", "2013-07-11", "2013-07-20", Precision::month_part},
        {"late July 2013", "2013-07-21/2013-07-31", "2013-07-21", "2013-07-31", Precision::month_part},
        {"late may 2013", "2013-05-21/2013-05-31", "2013-05-21", "2013-05-31", Precision::month_part},
        {"end of July 2013", "2013-07-21/2013-07-31", "2013-07-21", "2013-07-31", Precision::month_part},
        {"the end of February 2012", "2012-02-21/2012-02-29", "2012-02-21", "2012-02-29", Precision::month_part},
        {"early 2011", "2011-01/2011-04", "2011-01-01", "2011-04-30", Precision::year_part},
        {"beginning of 2011", "2011-01/2011-04", "2011-01-01", "2011-04-30", Precision::year_part},
        {"mid-2015", "2015-05/2015-08", "2015-05-01", "2015-08-31", Precision::year_part},
        {"mid 2015", "2015-05/2015-08", "2015-05-01", "2015-08-31", Precision::year_part},
        {"end of 2011", "2011-09/2011-12", "2011-09-01", "2011-12-31", Precision::year_part},
        {"late 2011", "2011-09/2011-12", "2011-09-01", "2011-12-31", Precision::year_part},
        {"at the end of 2011", "2011-09/2011-12", "2011-09-01", "2011-12-31", Precision::year_part},
        {"the first half of 2012", "2012-01/2012-06", "2012-01-01", "2012-06-30", Precision::year_part},
        {"the second half of 2012", "2012-07/2012-12", "2012-07-01", "2012-12-31", Precision::year_part},
        {"the third quarter of 2014", "2014-07/2014-09", "2014-07-01", "2014-09-30", Precision::year_part},
        {"spring 1999", "1999-21", "1999-03-01", "1999-05-31", Precision::season},
        {"summer of 2013", "2013-22", "2013-06-01", "2013-08-31", Precision::season},
        {"the autumn of 2012", "2012-23", "2012-09-01", "2012-11-30", Precision::season},
        {"fall 2012", "2012-23", "2012-09-01", "2012-11-30", Precision::season},
        {"winter 1992", "1992-24", "1992-12-01", "1993-02-28", Precision::season},
        {"winter 1995", "1995-24", "1995-12-01", "1996-02-29", Precision::season},
    };
    for (const auto& c : cases) {
        check_case(c);
    }
}

// The grammar words of date_words.tsv, Duckling-style: each category beside the forms that read
// it, one example each (docs/import.md, "How to add a date form"). The last date found in the text
// must be `expression` with the value `edtf` (empty: an error); the anchor is 15 June 2015.
TEST_CASE("date grammar words: each category of date_words.tsv and its forms", "[dates]")
{
    struct Rule {
        const char* category;
        std::string_view text;
        std::string_view expression;
        std::string_view edtf; // empty: the form reads the words and reports an error
    };
    const std::vector<Rule> rules{
        {"article", "on the 3rd of March, 2014", "the 3rd of March, 2014", "2014-03-03"},
        {"article", "in the winter of 1992", "the winter of 1992", "1992-24"},
        {"part_of", "by the beginning of 2011", "the beginning of 2011", "2011-01/2011-04"},
        {"part_of", "in the middle of July 2013", "the middle of July 2013", "2013-07-11/2013-07-20"},
        {"part_of", "by the end of the 18th century", "the end of the 18th century", "1770/1799"},
        {"month_part", "in early July 2013", "early July 2013", "2013-07-01/2013-07-10"},
        {"month_part", "since mid-2015", "mid-2015", "2015-05/2015-08"},
        {"month_part", "in late 2011", "late 2011", "2011-09/2011-12"},
        {"part_preposition", "at the end of 2011", "at the end of 2011", "2011-09/2011-12"},
        {"period_noun", "by the end of the year", "the end of the year", "2015-09/2015-12"},
        {"period_noun", "by the end of the month", "the end of the month", "2015-06-21/2015-06-30"},
        {"period_noun", "on the 20th of next month", "the 20th of next month", "2015-07-20"},
        {"period_noun", "in the 18th century", "the 18th century", "17XX"},
        {"demonstrative", "It began in 2011. In March of that same year it grew.", "March of that same year", "2011-03"},
        {"relative_step", "It began in 2011. In May of the following year it grew.", "May of the following year",
         "2012-05"},
        {"relative_step", "It began in 2011. In June of the previous year it met.", "June of the previous year", "2010-06"},
        {"year_preposition", "on 28 june in 2020", "28 june in 2020", "2020-06-28"},
        {"year_preposition", "on the second Sunday in May 2014", "the second Sunday in May 2014", "2014-05-11"},
        {"day_time", "It voted that same evening.", "that same evening", "2015-06-15"},
        {"range_opener", "between 2010 and 2012", "between 2010 and 2012", "2010/2012"},
        {"range_joiner", "from May until July 2014", "from May until July 2014", "2014-05/2014-07"},
        {"range_joiner", "in 2001 through 2003", "2001 through 2003", "2001/2003"},
        {"year_fraction", "in the first half of 2012", "the first half of 2012", "2012-01/2012-06"},
        {"year_fraction", "in the first half of the 20th century", "the first half of the 20th century", "1900/1949"},
        {"fiscal", "in fiscal year 2003", "fiscal year 2003", "2003"},
        {"fiscal", "in FY2003", "FY2003", "2003"},
        {"fiscal", "in the second quarter of fiscal 2004", "the second quarter of fiscal 2004", "2004-04/2004-06"},
        {"approximate", "built circa 1985", "circa 1985", "1985~"},
        {"approximate", "built ca. 1985", "ca. 1985", "1985~"},
        {"era_before", "in the 5th century BC", "the 5th century BC", ""},
        {"number_scale", "in nineteen hundred", "nineteen hundred", "1900"},
        {"number_joiner", "in two thousand and nine", "two thousand and nine", "2009"},
        {"zero_digit", "in nineteen oh five", "nineteen oh five", "1905"},
        {"ordinal", "on the last Sunday of March 2014", "the last Sunday of March 2014", "2014-03-30"},
        {"period_noun", "on the last day of October 2015", "the last day of October 2015", "2015-10-31"},
        {"fraction_code", "results for Q3 2004", "Q3 2004", "2004-07/2004-09"},
        {"fraction_code", "results for H1 2012", "H1 2012", "2012-01/2012-06"},
        {"count_ahead", "It will vote within 3 days.", "within 3 days", "2015-06-18"},
        {"month_verb", "It was may 2016, not later.", "may 2016", "2016-05"},
        {"month_verb", "They may, in 2016, vote.", "2016", "2016"},
        {"month_short_name", "It met on 4 June. Then it voted.", "4 June", "2015-06-04"},
        {"month_short_name", "It met on Sept. 4, 2014.", "Sept. 4, 2014", "2014-09-04"},
        {"day_preposition", "It votes next week on Sunday, as planned.", "next week on Sunday", "2015-06-28"},
        // rows of other languages in the same categories, read by the same forms
        {"month_part (de)", "Der Bundestag beschloss Ende März 2015 die Resolution.", "Ende März 2015",
         "2015-03-21/2015-03-31"},
        {"month_part (de)", "Mitte Mai 2014 tagte er.", "Mitte Mai 2014", "2014-05-11/2014-05-20"},
        {"month_part (de)", "Anfang 2016 hat der Ausschuss getagt.", "Anfang 2016", "2016-01/2016-04"},
        {"month_part (fr)", "Le Sénat a voté début mars 2015.", "début mars 2015", "2015-03-01/2015-03-10"},
        {"month_part (fr)", "Le Sénat a voté à la mi-mars 2015.", "mi-mars 2015", "2015-03-11/2015-03-20"},
        {"month_part (fr)", "Le texte sera voté fin 2015.", "fin 2015", "2015-09/2015-12"},
        {"part_of (es)", "El Senado votó a finales de marzo de 2015.", "finales de marzo de 2015", "2015-03-21/2015-03-31"},
        {"part_of (es)", "El Senado votó a mediados de 2014.", "mediados de 2014", "2014-05/2014-08"},
        {"part_of (es)", "El Senado votó a principios de mayo del 2012.", "principios de mayo del 2012",
         "2012-05-01/2012-05-10"},
        // "fines" is left out: an English noun before "of"
        {"part_of (es)", "The fines of 2011 were paid.", "2011", "2011"},
    };
    DateAnchor anchor;
    anchor.year = 2015;
    anchor.month = 6;
    anchor.day = 15;
    for (const auto& r : rules) {
        INFO(r.category << ": " << r.text);
        const auto all = find_dates(r.text, anchor);
        REQUIRE_FALSE(all.empty());
        CHECK(matched(r.text, all.back()) == r.expression);
        CHECK(all.back().value.edtf == r.edtf);
        CHECK(all.back().error.empty() == !r.edtf.empty());
    }
}

TEST_CASE("impossible dates are reported, never changed", "[dates]")
{
    const std::vector<std::pair<const char*, const char*>> cases{
        {"31 June 2004", "31 June 2004: June 2004 has 30 days"},
        {"32.01.2010", "32.01.2010: January 2010 has 31 days"},
        {"29 February 2013", "29 February 2013: February 2013 has 28 days"},
        {"13/13/2010", "13/13/2010: no month 13"},
        {"2010-13-01", "2010-13-01: no month 13"},
        {"February 30, 2012", "February 30, 2012: February 2012 has 29 days"},
        {"fifth monday of february 2015", "fifth monday of february 2015: February 2015 has no fifth monday"},
        {"29 February - 3 March 2013", "29 February - 3 March 2013: February 2013 has 28 days"},
    };
    for (const auto& [text, error] : cases) {
        INFO("text: " << text);
        const DateMatch m = parse_date(text);
        CHECK(m.error == error);
        CHECK(m.value.empty());
        CHECK(m.value.edtf.empty());
    }
    // In running text the impossible date is still a match, in its place.
    const std::string text = "It was adopted on 31 June 2004 by the Senate.";
    const auto all = find_dates(text);
    REQUIRE(all.size() == 1);
    CHECK(matched(text, all[0]) == "31 June 2004");
    CHECK_FALSE(all[0].error.empty());
    CHECK(all[0].explicit_year == 2004);
}

TEST_CASE("numbers that are not dates", "[dates]")
{
    const std::vector<const char*> texts{
        "2000 people",
        "100,000 signatures",
        "1,275 people",
        "613 people were killed",
        "366 motorized infantry regiment",
        "the 21st anniversary",
        "the eighth session",
        "22 years ago",
        "decree number 333-2013 in Honduras",
        "resolution HR 535",
        "resolution number 1594",
        "60/7",
        "3821/2010",
        "in 2000 people were killed",
        "the deaths of 2000 people",
        "from 1000 to 2000 people",
        "in their 80s",
        "a 2013% rise",
        "$2014",
        "1.2.2010.5",
        "25 children lost both parents",
        "20 % of the territory",
        "108-minute film",
        "15,000 spectators during 4 days",
        "they may 2 times",
        "2016 may be",
        "the first of all",
        "After 27 Years by Jalal Gasimov",
        "09:15 | 14:30",
        "1000-2000 people",
        "1000/2000 people",
        "resolution 2013/45",
        "in 1000 to 2000 cases",
        "in 2000 adoptive parents",
    };
    for (const char* text : texts) {
        INFO("text: " << text);
        const auto all = find_dates(text);
        CHECK(all.empty());
        if (!all.empty()) {
            WARN("matched: " << matched(text, all[0]) << " -> " << all[0].value.edtf << all[0].error);
        }
    }
}

TEST_CASE("yearless dates take the latest year written before, else the anchor", "[dates]")
{
    SECTION("no year anywhere: not returned")
    {
        CHECK(find_dates("On February 25").empty());
        CHECK(find_dates("the first of February").empty());
        CHECK(find_dates("mid-July").empty());
        CHECK(parse_date("On February 25").error == "no date found");
    }
    SECTION("the anchor gives the year")
    {
        const DateMatch m = parse_date("On February 25", {2014, 0});
        CHECK(m.value.edtf == "2014-02-25");
        CHECK(m.year_inferred);
        CHECK_FALSE(m.relative);
        CHECK(m.explicit_year == 0);
        CHECK(parse_date("the first of February", {2012, 0}).value.edtf == "2012-02-01");
        CHECK(parse_date("mid-July", {2013, 0}).value.edtf == "2013-07-11/2013-07-20");
    }
    SECTION("a year earlier in the text wins over the anchor")
    {
        const std::string text = "The process continued in 2012 , when the first of February the Senate acted. "
                                 "On February 25 the House followed.";
        const auto all = find_dates(text, {1999, 0});
        REQUIRE(all.size() == 3);
        CHECK(all[0].value.edtf == "2012");
        CHECK(matched(text, all[1]) == "the first of February");
        CHECK(all[1].value.edtf == "2012-02-01");
        CHECK(all[1].year_inferred);
        CHECK(matched(text, all[2]) == "February 25");
        CHECK(all[2].value.edtf == "2012-02-25");
    }
    SECTION("the latest year, not the first")
    {
        const auto all = find_dates("On 3 May 2011 one. On 4 June 2012 two. On February 25 three.");
        REQUIRE(all.size() == 3);
        CHECK(all[2].value.edtf == "2012-02-25");
    }
    SECTION("a capitalized month after a preposition")
    {
        const auto all = find_dates("In 2013 it began. In May the Senate voted.");
        REQUIRE(all.size() == 2);
        CHECK(all[1].value.edtf == "2013-05");
        CHECK(all[1].year_inferred);
        CHECK(find_dates("In 2013 it began. They may vote.").size() == 1);
    }
    SECTION("yearless month range")
    {
        const auto all = find_dates("In 2014 it grew, in Jan-Sept by 32%.");
        REQUIRE(all.size() == 2);
        CHECK(all[1].value.edtf == "2014-01/2014-09");
    }
}

TEST_CASE("relative dates are resolved from the text", "[dates]")
{
    SECTION("of the same year")
    {
        const std::string text = "In 2011 it began. In March of the same year it grew.";
        const auto all = find_dates(text);
        REQUIRE(all.size() == 2);
        CHECK(matched(text, all[1]) == "March of the same year");
        CHECK(all[1].value.edtf == "2011-03");
        CHECK(all[1].relative);
        CHECK(all[1].year_inferred);
    }
    SECTION("later that year")
    {
        const auto all = find_dates("It was founded in 2016. Later that year, on 2 August, it voted.");
        REQUIRE(all.size() == 2);
        CHECK(all[1].value.edtf == "2016-08-02");
        CHECK(all[1].relative);
        CHECK(all[1].year_inferred);
    }
    SECTION("the following year")
    {
        const auto all = find_dates("It was founded in 2016. The following year, on 3 May, it voted.");
        REQUIRE(all.size() == 2);
        CHECK(all[1].value.edtf == "2017-05-03");
        CHECK(all[1].relative);
        const auto next = find_dates("It was founded in 2016. In March of the following year it voted.");
        REQUIRE(next.size() == 2);
        CHECK(next[1].value.edtf == "2017-03");
    }
    SECTION("an explicit date wins over the relative words")
    {
        const std::string text = "It met in 2016; three days later, on 9 May 2017, it voted.";
        const auto all = find_dates(text);
        REQUIRE(all.size() == 2);
        CHECK(matched(text, all[1]) == "9 May 2017");
        CHECK(all[1].value.edtf == "2017-05-09");
        CHECK_FALSE(all[1].relative);
        CHECK_FALSE(all[1].year_inferred);
        CHECK(all[1].explicit_year == 2017);
    }
}

TEST_CASE("parse_date picks the most precise match", "[dates]")
{
    CHECK(parse_date("In 2012, on 3 May, the Senate").value.edtf == "2012-05-03");
    CHECK(parse_date("in 2013, early July 2013").value.precision == Precision::month_part);
    CHECK(parse_date("on 3 May 2012 and on 4 May 2012").value.edtf == "2012-05-03");
    CHECK(parse_date("in 2012 and on 31 June 2012").error == "31 June 2012: June 2012 has 30 days");
    const DateMatch none = parse_date("nothing here");
    CHECK(none.error == "no date found");
    CHECK(none.value.empty());
}

TEST_CASE("offsets are byte offsets, whole UTF-8 characters", "[dates]")
{
    const std::string text = "Caf\u00e9 \u2014 r\u00e9solution du 18\u201319 February 2014 \u00e0 T\u00e9h\u00e9ran, "
                             "puis \u00ab\u00a025 February 2013\u00a0\u00bb.";
    const auto all = find_dates(text);
    REQUIRE(all.size() == 2);
    CHECK(matched(text, all[0]) == "18\u201319 February 2014");
    CHECK(all[0].value.edtf == "2014-02-18/2014-02-19");
    CHECK(matched(text, all[1]) == "25 February 2013");
    CHECK(sanity_problem(text, all).empty());
}

TEST_CASE("the bundled article", "[dates]")
{
    std::ifstream in(ACTA_SOURCE_DIR "/import/samples/khojaly-recognition-2014.txt", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    const auto all = find_dates(text);
    CHECK(sanity_problem(text, all).empty());
    auto find = [&](std::string_view what) -> const DateMatch* {
        for (const auto& m : all) {
            if (matched(text, m) == what) {
                return &m;
            }
        }
        return nullptr;
    };
    const std::vector<std::pair<const char*, const char*>> expected{
        {"27.02.2014", "2014-02-27"},
        {"from 25 to 26 February 1992", "1992-02-25/1992-02-26"},
        {"winter 1992", "1992-24"},
        {"February 25 of 2010", "2010-02-25"},
        {"June 3, 2011", "2011-06-03"},
        {"at the end of 2011", "2011-09/2011-12"},
        {"the first of February", "2012-02-01"},
        {"January 28 2013", "2013-01-28"},
        {"2013-2014", "2013/2014"},
        {"February 25", "2013-02-25"},
        {"18-19 February 2014", "2014-02-18/2014-02-19"},
        {"early July 2013", "2013-07-01/2013-07-10"},
        {"February 1992", "1992-02"},
    };
    for (const auto& [what, edtf] : expected) {
        INFO(what);
        const DateMatch* m = find(what);
        REQUIRE(m != nullptr);
        CHECK(m->value.edtf == edtf);
    }
    // No count in the article ("613 people", "1,275", "resolution number 1594") is taken for a year.
    std::vector<std::string> years;
    for (const auto& m : all) {
        INFO(matched(text, m));
        CHECK(m.error.empty());
        if (m.value.precision == Precision::year) {
            years.push_back(matched(text, m));
        }
    }
    CHECK(years == std::vector<std::string>{"2012"});
}

TEST_CASE("hostile input completes with sane results", "[dates][slow]")
{
    constexpr std::size_t mb = 1 << 20;
    SECTION("one long digit run")
    {
        const std::string text(mb, '7');
        CHECK(find_dates(text).empty());
    }
    SECTION("a megabyte-long compound of numbers")
    {
        std::string text;
        while (text.size() < mb) {
            text += "12-";
        }
        text += "2013";
        CHECK(find_dates(text).empty());
    }
    SECTION("many dates on one line")
    {
        std::string text;
        std::size_t n = 0;
        while (text.size() < mb) {
            text += "on 25 February 2013 and ";
            ++n;
        }
        const auto all = find_dates(text);
        CHECK(all.size() == n);
        CHECK(sanity_problem(text, all).empty());
    }
    SECTION("date words without dates")
    {
        std::string text;
        while (text.size() < mb) {
            text += "the first of early mid-late end of between 3 and from 25 to February, ";
        }
        CHECK(sanity_problem(text, find_dates(text)).empty());
    }
    SECTION("random bytes")
    {
        std::mt19937 rng(12345);
        // Whole characters only, so that a match may end before any of them.
        const std::vector<std::string> alphabet{"0", "1", "2", "3", "9", "-", "/", ".", ",", ":", " ", " ", "a",
                                                "y", "J", "M", "February", "may", "of", "in", "\n", "\u2013",
                                                "\u00e9", "\u00a0", "2013", "25th"};
        std::string text;
        text.reserve(mb + 16);
        while (text.size() < mb) {
            text += alphabet[rng() % alphabet.size()];
        }
        CHECK(sanity_problem(text, find_dates(text, {2014, 0})).empty());
    }
}

namespace {

using Run = acta::test::CliResult;

Run run_acta(std::vector<std::string> args) { return acta::test::run_cli(std::move(args)); }

} // namespace

TEST_CASE("acta parse-date", "[dates][cli]")
{
    SECTION("texts on the command line")
    {
        const Run r = run_acta({"parse-date", "25 February 2013", "18-19 February 2014", "early 2011"});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(r.out == "25 February 2013\t2013-02-25\t2013-02-25\t2013-02-25\n"
                       "18-19 February 2014\t2014-02-18/2014-02-19\t2014-02-18\t2014-02-19\n"
                       "early 2011\t2011-01/2011-04\t2011-01-01\t2011-04-30\n");
    }
    SECTION("an error line and exit 1")
    {
        const Run r = run_acta({"parse-date", "31 June 2004", "spring 1999", "nothing"});
        CHECK(r.code == 1);
        CHECK(r.out == "31 June 2004\terror: 31 June 2004: June 2004 has 30 days\n"
                       "spring 1999\t1999-21\t1999-03-01\t1999-05-31\n"
                       "nothing\terror: no date found\n");
    }
    SECTION("--anchor gives yearless dates their year")
    {
        CHECK(run_acta({"parse-date", "On February 25"}).code == 1);
        const Run r = run_acta({"parse-date", "--anchor", "2013-06-01", "On February 25"});
        CHECK(r.code == 0);
        CHECK(r.out == "On February 25\t2013-02-25\t2013-02-25\t2013-02-25\n");
        CHECK(run_acta({"parse-date", "--anchor", "2013", "mid-July"}).out ==
              "mid-July\t2013-07-11/2013-07-20\t2013-07-11\t2013-07-20\n");
        CHECK(run_acta({"parse-date", "--anchor", "2013-06", "mid-July"}).code == 0);
    }
    SECTION("a bad anchor is a usage error naming the value")
    {
        for (const char* bad : {"13", "2013-13", "2013-02-30", "2013/02/01", "soon", "2013-2"}) {
            INFO(bad);
            const Run r = run_acta({"parse-date", "--anchor", bad, "On February 25"});
            CHECK(r.code == 2);
            CHECK(r.out.empty());
            CHECK(r.err.find(std::string("'") + bad + "'") != std::string::npos);
            CHECK(r.err.find("use YYYY-MM-DD") != std::string::npos);
        }
    }
    SECTION("--help, and the page documents it")
    {
        const Run r = run_acta({"parse-date", "--help"});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(r.out.find("Usage: acta parse-date") != std::string::npos);
        CHECK(r.out.find("--anchor") != std::string::npos);
        std::ifstream in(ACTA_SOURCE_DIR "/docs/parse-date.md");
        REQUIRE(in);
        std::stringstream page;
        page << in.rdbuf();
        for (const char* part : {"## NAME", "## SYNOPSIS", "## DESCRIPTION", "## OPTIONS", "## DIAGNOSTICS",
                                 "## EXAMPLES", "--anchor", "use YYYY-MM-DD", "--explain", "--order"}) {
            INFO(part);
            CHECK(page.str().find(part) != std::string::npos);
        }
    }
    SECTION("lines of standard input")
    {
        acta::cli::ParseDateCommand command;
        CLI::App app;
        command.setup(app);
        app.parse(std::vector<std::string>{}); // no texts: read the input
        std::istringstream in("in August 1998\r\n2013-2014\n\n29 February 2013\n");
        command.set_input(in);
        std::ostringstream out;
        std::ostringstream err;
        acta::cli::Context ctx{"unused.db", out, err};
        CHECK(command.run(ctx) == 1);
        CHECK(out.str() == "in August 1998\t1998-08\t1998-08-01\t1998-08-31\n"
                           "2013-2014\t2013/2014\t2013-01-01\t2014-12-31\n"
                           "\terror: no date found\n"
                           "29 February 2013\terror: 29 February 2013: February 2013 has 28 days\n");
        CHECK(err.str().empty());
    }
}

TEST_CASE("relative forms need a full anchor day", "[dates]")
{
    const DateAnchor year_only{2019, 0, DateAnchor::NumericOrder::by_separator};
    const DateAnchor day{2019, 6, DateAnchor::NumericOrder::by_separator, 14};
    for (const char* text : {"yesterday", "last Friday", "two weeks ago", "the previous quarter", "Monday"}) {
        INFO(text);
        CHECK(!parse_date(text, year_only).error.empty());
        const auto m = parse_date(text, day);
        CHECK(m.error.empty());
        CHECK(m.relative);
        CHECK(m.explicit_year == 0);
    }
    // A year written earlier in the text wins over the anchor for a bare month.
    CHECK(parse_date("In 2010 it began. In September, the Senate adopted it", day).value.edtf == "2010-09");
    CHECK(parse_date("In September, the Senate adopted it", day).value.edtf == "2018-09");
    CHECK(parse_date("The Senate will vote in September", day).value.edtf == "2019-09");
}

TEST_CASE("numeric order: stated, observed in the text, else by separator", "[dates]")
{
    auto second = [](const char* text, DateAnchor a) {
        const auto all = find_dates(text, a);
        REQUIRE(all.size() == 2);
        return all[1];
    };
    const DateAnchor none;
    const auto by_separator = second("On 04/05/2016 and 03/04/2016", none);
    CHECK(by_separator.value.edtf == "2016-03-04");
    CHECK(by_separator.note.find("US default") != std::string::npos);
    const auto observed = second("On 21/04/2016 and 03/04/2016", none);
    CHECK(observed.value.edtf == "2016-04-03");
    CHECK(observed.note.find("earlier date") != std::string::npos);
    DateAnchor stated;
    stated.order = DateAnchor::NumericOrder::month_first;
    const auto told = second("On 04/05/2016 and 03/04/2016", stated);
    CHECK(told.value.edtf == "2016-03-04");
    CHECK(told.note.find("the text states") != std::string::npos);
}

TEST_CASE("acta parse-date --explain and --order", "[dates][cli]")
{
    const Run r = run_acta({"parse-date", "--explain", "--anchor", "2019-06-14", "07.04.01", "last Friday"});
    CHECK(r.code == 0);
    CHECK(r.out == "07.04.01\t2001-04-07\t2001-04-07\t2001-04-07\tday; two-digit year 1 read as 2001; day first: "
                   "dots (the European default)\n"
                   "last Friday\t2019-06-07\t2019-06-07\t2019-06-07\tday; the closest one before the anchor\n");
    CHECK(run_acta({"parse-date", "--order", "day-first", "03/04/2015"}).out == "03/04/2015\t2015-04-03\t2015-04-03\t2015-04-03\n");
    CHECK(run_acta({"parse-date", "--order", "sideways", "03/04/2015"}).code == 2);
}
