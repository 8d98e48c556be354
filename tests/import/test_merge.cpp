// The merge stage: mentions of one act become one act (merge.hpp), through the candidate index.
#include "merge.hpp"

#include <catch2/catch.hpp>

using acta::DateValue;
using acta::ExtractedAct;
using acta::Precision;
using acta::import::merge_mentions;
using acta::import::same_mention;

namespace {

DateValue day(const std::string& iso) { return {iso, iso, iso, Precision::day}; }
DateValue month(const std::string& ym, const std::string& last_day)
{
    return {ym, ym + "-01", ym + "-" + last_day, Precision::month};
}
DateValue years(int a, int b)
{
    return {std::to_string(a) + "/" + std::to_string(b), std::to_string(a) + "-01-01", std::to_string(b) + "-12-31",
            Precision::year_range};
}

ExtractedAct mention(const std::string& jurisdiction, const std::string& body, const std::string& type, DateValue date,
                     const std::string& identifier = "")
{
    ExtractedAct a;
    a.body.jurisdiction_code = jurisdiction;
    a.body.name = body;
    a.body.kind = "chamber";
    a.act_type = type;
    a.date = std::move(date);
    a.identifier = identifier;
    a.attestations.push_back({});
    a.attestations.back().quote = body + " " + type;
    return a;
}

} // namespace

TEST_CASE("merge: the same body on the same day is one act", "[import][merge]")
{
    const auto a = mention("FR", "Senate", "resolution", day("2012-01-23"));
    const auto b = mention("FR", "Senate", "recognition", day("2012-01-23"));
    CHECK(same_mention(a, b));
    const auto out = merge_mentions(std::vector<ExtractedAct>{a, b});
    REQUIRE(out.size() == 1);
    CHECK(out[0].act_type == "resolution"); // the more specific type wins
    CHECK(out[0].attestations.size() == 2);
}

TEST_CASE("merge: a month mention joins the day it contains; other days stay apart", "[import][merge]")
{
    std::vector<ExtractedAct> in{mention("FR", "Senate", "motion", day("2014-06-10")),
                                 mention("FR", "Senate", "motion", month("2014-06", "30")),
                                 mention("FR", "Senate", "motion", day("2014-07-01")),
                                 mention("DE", "Senate", "motion", day("2014-06-10"))};
    const auto out = merge_mentions(std::move(in));
    REQUIRE(out.size() == 3);
    CHECK(out[0].date.start == "2014-06-10"); // the day stays: it is more precise
    CHECK(out[0].attestations.size() == 2);
    CHECK(out[1].date.start == "2014-07-01");
    CHECK(out[2].body.jurisdiction_code == "DE");
}

TEST_CASE("merge: the same identifier joins mentions dated in different years", "[import][merge]")
{
    std::vector<ExtractedAct> in{mention("US", "House", "resolution", day("2007-10-10"), "H.Res. 106"),
                                 mention("US", "House", "resolution", day("2009-03-17"), "H.Res. 252"),
                                 mention("US", "House", "resolution", DateValue{}, "H.Res. 106")};
    const auto out = merge_mentions(std::move(in));
    REQUIRE(out.size() == 2);
    CHECK(out[0].identifier == "H.Res. 106");
    CHECK(out[0].attestations.size() == 2);
}

TEST_CASE("merge: a date range over many years is compared with every act of its jurisdiction", "[import][merge]")
{
    // The index keeps wide ranges apart; the predicate still sees them in text order.
    std::vector<ExtractedAct> in{mention("PL", "Sejm", "resolution", day("1990-05-01")),
                                 mention("PL", "Sejm", "resolution", day("2013-07-12")),
                                 mention("PL", "Sejm", "resolution", years(1950, 2020))};
    const auto out = merge_mentions(std::move(in));
    REQUIRE(out.size() == 2);
    CHECK(out[0].attestations.size() == 2); // the first act in text order that it contains
    CHECK(out[0].date.start == "1990-05-01");
    CHECK(out[1].attestations.size() == 1);
}

TEST_CASE("merge: different bodies of one jurisdiction stay apart", "[import][merge]")
{
    const auto a = mention("IT", "Chamber of Deputies", "motion", day("2000-11-16"));
    const auto b = mention("IT", "Senate", "motion", day("2000-11-16"));
    CHECK_FALSE(same_mention(a, b));
    CHECK(merge_mentions(std::vector<ExtractedAct>{a, b}).size() == 2);
}
