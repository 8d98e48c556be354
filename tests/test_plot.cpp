// The pieces the charts, the report and TimelineJS are made of: dates in words, the time axis,
// SVG text, the style of groups, TimelineJS events. The whole documents are checked by
// tests/test_cli_query.cpp (golden files) and tests/plot/ (parsed, and drawn by Chromium).
#include "chart_axis.hpp"
#include "chart_style.hpp"
#include "date_text.hpp"
#include "svg_writer.hpp"
#include "timelinejs.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace acta;

TEST_CASE("dates in words follow their precision", "[plot][dates]")
{
    struct Case {
        const char* precision;
        const char* start;
        const char* end;
        const char* words;
    };
    const Case cases[] = {
        {"day", "2011-06-03", "2011-06-03", "3 June 2011"},
        {"day_range", "2014-02-18", "2014-02-19", "18–19 February 2014"},
        {"day_range", "2011-12-15", "2012-01-10", "15 December 2011 – 10 January 2012"},
        {"month", "2013-05-01", "2013-05-31", "May 2013"},
        {"month_part", "2013-07-01", "2013-07-10", "early July 2013"},
        {"month_range", "2013-03-01", "2013-04-30", "March–April 2013"},
        {"season", "1999-03-01", "1999-05-31", "spring 1999"},
        {"year_part", "2011-09-01", "2011-12-31", "end of 2011"},
        {"year_part", "2015-01-01", "2015-06-30", "first half of 2015"},
        {"year", "2012-01-01", "2012-12-31", "2012"},
        {"year_range", "2013-01-01", "2014-12-31", "2013–2014"},
        {"none", "", "", "undated"},
    };
    for (const auto& c : cases) {
        INFO(c.precision << " " << c.start);
        CHECK(date_in_words(c.precision, c.start, c.end) == c.words);
    }
}

TEST_CASE("days since the epoch go both ways", "[plot][dates]")
{
    CHECK(days_since_epoch({1970, 1, 1}) == 0);
    CHECK(days_since_epoch({2000, 3, 1}) == 11017);
    for (long d : {-800000L, -1L, 0L, 59L, 11016L, 20000L}) {
        CHECK(days_since_epoch(day_from_epoch(d)) == d);
    }
    CHECK_THROWS(parse_day("2012-1-01"));
}

TEST_CASE("the time axis steps from months to decades and its labels never touch", "[plot][axis]")
{
    struct Case {
        Day first;
        Day last;
        const char* step;
    };
    const Case cases[] = {
        {{2013, 2, 10}, {2013, 5, 3}, "1 month"},
        {{2010, 2, 25}, {2014, 2, 19}, "6 months"},
        {{1988, 1, 1}, {2023, 12, 31}, "2 years"},
        {{1900, 1, 1}, {2020, 1, 1}, "10 years"},
        {{1500, 1, 1}, {2020, 1, 1}, "50 years"},
    };
    for (const auto& c : cases) {
        const TimeAxis axis(days_since_epoch(c.first), days_since_epoch(c.last), 200, 960, 10);
        INFO(c.first.year << ".." << c.last.year << ": " << axis.step_name());
        CHECK(axis.step_name() == c.step);
        REQUIRE(axis.ticks().size() >= 2);
        CHECK(axis.first_day() <= days_since_epoch(c.first));
        CHECK(axis.end_day() > days_since_epoch(c.last));
        for (std::size_t i = 1; i < axis.ticks().size(); ++i) {
            const Tick& a = axis.ticks()[i - 1];
            const Tick& b = axis.ticks()[i];
            CHECK(a.x + text_width(a.label, 10) / 2 < b.x - text_width(b.label, 10) / 2);
        }
    }
}

TEST_CASE("count ticks are round and far enough apart", "[plot][axis]")
{
    const auto ticks = count_ticks(1000, 340, 24);
    REQUIRE(ticks.size() >= 2);
    CHECK(ticks.front().day == 0);
    CHECK(ticks.back().day >= 1000);
    CHECK(ticks[1].x - ticks[0].x >= 24);
    CHECK((ticks[1].day == 100 || ticks[1].day == 200 || ticks[1].day == 50));
    CHECK(count_ticks(0, 340, 24).back().day == 1);
}

TEST_CASE("SVG text is escaped, measured and cut with an ellipsis", "[plot][svg]")
{
    CHECK(xml_escape("a<b & \"c\" >") == "a&lt;b &amp; &quot;c&quot; &gt;");
    CHECK(xml_escape(std::string("x\x01y\xff", 4)) == "x y\xEF\xBF\xBD");
    CHECK(text_width("MMMM", 10) > text_width("iiii", 10));
    const std::string name = "The Very Long Official Name of Generated Autonomous Legislative Territory Number 50";
    const std::string cut = ellipsize(name, 11, 150);
    CHECK(text_width(cut, 11) <= 150);
    CHECK(cut.size() > 3);
    CHECK(cut.substr(cut.size() - 3) == "…");
    const std::string middle = ellipsize_middle(name, 11, 150);
    CHECK(text_width(middle, 11) <= 150);
    CHECK(middle.find("…") != std::string::npos);
    CHECK(middle.substr(middle.size() - 2) == "50");
    CHECK(ellipsize("Peru", 11, 150) == "Peru");

    SvgWriter svg(100, 50, "t");
    svg.text(0, 10, name, {11}, 80);
    const std::string doc = svg.finish();
    CHECK(doc.find("<title>" + name + "</title>") != std::string::npos); // the whole name as a tooltip
    CHECK(doc.find("<script") == std::string::npos);
}

TEST_CASE("groups beyond seven share the style 'other'", "[plot][style]")
{
    std::vector<std::string> keys;
    for (int g = 0; g < 10; ++g) {
        for (int n = 0; n <= g; ++n) {
            keys.push_back("g" + std::to_string(g));
        }
    }
    const Categories categories(keys);
    REQUIRE(categories.legend().size() == 8);
    CHECK(categories.legend().front().name == "g9");
    CHECK(categories.legend().front().count == 10);
    CHECK(categories.legend().back().name == "other (3 groups)");
    CHECK(categories.legend().back().count == 1 + 2 + 3);
    CHECK(categories.style_of("g0") == 7);
    CHECK(std::string(style_colour(0)) == "#0072B2");

    // "none" is ranked last however many acts it holds: the strong styles go to real groups.
    const Categories terms({"none", "none", "none", "genocide", "tragedy", "tragedy"}, "none");
    REQUIRE(terms.legend().size() == 3);
    CHECK(terms.legend()[0].name == "tragedy");
    CHECK(terms.legend()[2].name == "none");
    CHECK(terms.style_of("none") == 2);
    CHECK(std::string(style_colour(0)) != style_colour(1));
}

TEST_CASE("a TimelineJS event gives the date's parts as far as its precision goes", "[plot][timelinejs]")
{
    const std::vector<std::string> columns = {"act_id", "date_start", "date_end", "precision", "jurisdiction",
                                              "body", "act_type", "identifier", "terms", "wording", "quote", "source"};
    auto event = [&](const char* precision, const char* start, const char* end) {
        const std::vector<Value> values = {std::int64_t{7}, std::string(start), std::string(end), std::string(precision),
                                           std::string("Mexico"), std::string("Senate of Mexico"),
                                           std::string("decision"), Value{}, std::string("genocide;crime_against_humanity"),
                                           std::string("decided"), std::string("a <quote> & more"),
                                           std::string("Chronology A")};
        const auto text = timelinejs_event(columns, values);
        return text ? nlohmann::json::parse(*text) : nlohmann::json();
    };
    const auto day = event("day", "2014-02-13", "2014-02-13");
    CHECK(day["start_date"] == nlohmann::json({{"year", 2014}, {"month", 2}, {"day", 13}}));
    CHECK_FALSE(day.contains("end_date"));
    CHECK_FALSE(day.contains("display_date"));
    CHECK(day["group"] == "Mexico");
    CHECK(day["unique_id"] == "act-7");
    CHECK(day["text"]["headline"] == "Senate of Mexico");
    const std::string text = day["text"]["text"];
    CHECK(text.find("<blockquote>a &lt;quote&gt; &amp; more</blockquote>") != std::string::npos);
    CHECK(text.find("crime against humanity") != std::string::npos);
    CHECK(text.find("Source: Chronology A") != std::string::npos);

    const auto part = event("year_part", "2011-09-01", "2011-12-31");
    CHECK(part["start_date"] == nlohmann::json({{"year", 2011}, {"month", 9}}));
    CHECK(part["end_date"] == nlohmann::json({{"year", 2011}, {"month", 12}}));
    CHECK(part["display_date"] == "end of 2011");
    const auto year = event("year", "2012-01-01", "2012-12-31");
    CHECK(year["start_date"] == nlohmann::json({{"year", 2012}}));
    CHECK(year["display_date"] == "2012");
    CHECK(event("none", "", "").is_null());
}
