// News dates, event dates, future acts and page furniture (docs/import.md, "News dates, event
// dates, future acts and page furniture"): each rule's examples, in our own words, with the
// reading they must give.
#include "furniture.hpp"
#include "importer.hpp"
#include "rule_table.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace acta::import;

namespace {

struct Case {
    const char* rule;
    const char* text;
    const char* jurisdiction; // the act expected; "" = no act at all
    const char* start;        // its first day; "" = undated
};

std::string describe(const acta::ImportResult& r)
{
    std::string out;
    for (const auto& a : acta::test::acts_of(r, acta::test::jurisdiction_start)) {
        out += a + "; ";
    }
    return out + acta::test::diagnostics_of(r);
}

// One act of `jurisdiction` starting on `start`, or none (rule_table.hpp).
void check(const Case& c)
{
    std::vector<std::string> acts;
    if (*c.jurisdiction) {
        acts.push_back(std::string(c.jurisdiction) + " " + (*c.start ? c.start : "undated"));
    }
    acta::test::check_example(c.rule, c.text, acts, acta::test::jurisdiction_start);
}

bool has_note(const acta::ImportResult& r, const std::string& kind, const std::string& why)
{
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                       [&](const acta::Diagnostic& d) { return d.kind == kind && d.message.find(why) != std::string::npos; });
}

} // namespace

TEST_CASE("news dates: relative dates count from the page's date", "[import][newsdates]")
{
    const Case cases[] = {
        {"page-stamp (dateline with agency)",
         "OSLO, June 6, 2018 (Fjord Press) - The Storting adopted a resolution yesterday on the Halden deportations.\n", "NO",
         "2018-06-05"},
        {"page-stamp (replacement character after the agency)",
         "OSLO, June 6, 2018 (Fjord Press) \xEF\xBF\xBD The Storting adopted a resolution yesterday on the deportations.\n",
         "NO", "2018-06-05"},
        {"page-stamp (time stamp line)",
         "June 6, 2018 - 10:15 CET\n\nThe Storting adopted a resolution on Monday on the Halden deportations.\n", "NO",
         "2018-06-04"},
        {"page-stamp (a date line with a time zone, under the title)",
         "Storting backs deportation text\n\nJune 6, 2018 GMT\n\nThe Storting adopted a resolution late Tuesday on the Halden "
         "deportations.\n",
         "NO", "2018-06-05"},
        {"page-stamp (posted stamp inside the sentence)",
         "Posted 06/06/2018 09:40 / A translation of the resolution the Storting approved on 30 May on the deportations.\n",
         "NO", "2018-05-30"},
        {"page-stamp (agency between slashes, yearless)",
         "Published on 7 June 2018\n\nNorway, Oslo, Jun. 6 / Fjord Press / The Storting adopted a resolution on Friday on the "
         "deportations.\n",
         "NO", "2018-06-01"},
        {"page-year (a day-month without year)",
         "Thursday, 8 November 2018\n\nOn October 30, the Storting passed a resolution on the Halden deportations.\n", "NO",
         "2018-10-30"},
        {"no page date: a relative day stays undated",
         "The Storting adopted a resolution yesterday on the Halden deportations.\n", "NO", ""},
    };
    for (const auto& c : cases) {
        check(c);
    }
}

TEST_CASE("news dates: an embedded post counts today from its signature", "[import][newsdates]")
{
    check({"post-date",
           "Thursday, 8 November 2018\n\nShared post:\nToday the Storting recognized the Halden deportations as genocide.\n"
           "\xE2\x80\x94 Kari Nordmann (@kari_n) November 6, 2018\n",
           "NO", "2018-11-06"});
}

TEST_CASE("event dates: the event's own years never date an act", "[import][newsdates]")
{
    const Case cases[] = {
        {"page-year (the running year is the event's)",
         "Posted on 20 April 2016\n\nOn 14 April, the Storting adopted a resolution on the Halden famine of 1921-1922.\n"
         "On 2 March, the Riksdag passed a resolution on the famine.\n",
         "", ""},
        {"named-day (a day with its year named as an anniversary)",
         "Posted on 20 April 2016\n\nThe resolution of the Storting, adopted on Monday, names 9 April 2016 as the 95th "
         "anniversary of the Halden famine.\n",
         "NO", "2016-04-18"},
        {"named-day (a quoted name between, a relative day wins)",
         "OSLO, June 6, 2018 (Fjord Press) - The resolution was adopted yesterday by the Storting to mark 9 April as the "
         "\"Halden Remembrance Day\" for the victims.\n",
         "NO", "2018-06-05"},
    };
    // The first case gives two acts, each with the page's year.
    const auto r = import_text(cases[0].text);
    INFO(describe(r));
    REQUIRE(r.acts.size() == 2);
    CHECK(r.acts[0].date.start == "2016-04-14");
    CHECK(r.acts[1].date.start == "2016-03-02");
    check(cases[1]);
    check(cases[2]);
}

TEST_CASE("news dates: a meeting's date and body go to the act of the next sentence", "[import][newsdates]")
{
    const auto r = import_text("Thursday, 15 October 2020\n\nThe Storting's committee discussed the Tovrik question at its "
                               "sitting on 6 October. The resolution was adopted by a majority of its members.\n");
    INFO(describe(r));
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].body.jurisdiction_code == "NO");
    CHECK(r.acts[0].date.start == "2020-10-06");
    CHECK(r.acts[0].attestations.front().rule.find("meeting-date") != std::string::npos);
    // Not across another sentence.
    const auto later = import_text("Thursday, 15 October 2020\n\nThe Storting discussed the question at its sitting on 6 "
                                   "October. Several members asked many questions. The resolution was adopted by a majority.\n");
    INFO(describe(later));
    CHECK(later.acts.empty());
}

TEST_CASE("event dates: --explain says why an act's date was left out", "[import][newsdates]")
{
    const auto r = import_text("The Storting adopted a resolution on the Tovrik massacre of 1997.\n");
    INFO(describe(r));
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].date.empty());
    CHECK(has_note(r, "not_act_date", "1997 is the event's date"));
}

TEST_CASE("future, conditional and introduced acts are not acts, and say why", "[import][newsdates]")
{
    struct Polarity {
        const char* text;
        const char* why;
    };
    const Polarity cases[] = {
        {"The Storting is set to vote next week on a motion on the Halden deportations.", "future"},
        {"If the resolution is passed by the Senate of Poland, the deportations would be called genocide.", "conditional"},
        {"Two members introduced a resolution in the Storting to recognize the deportations as genocide.",
         "only introduced"},
        {"Two members introduced a resolution in the Storting to formally recognize the deportations as genocide.",
         "only introduced"},
        {"The Riksdag will adopt a declaration on the deportations tomorrow.", "future"},
        {"The Storting rejected a motion on the deportations in 2015.", "not adopted"},
        // attempt: a try at adopting is no act; advanced: a committee's step is only a proposal
        {"In 2019, Norwegian MPs sought to pass a bill on the deportations.", "not adopted"},
        {"On 3 May 2019 the foreign affairs committee of the Storting advanced a bill on the deportations.",
         "only introduced"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto r = import_text(std::string(c.text) + "\n");
        INFO(describe(r));
        CHECK(r.acts.empty());
        CHECK(has_note(r, "not_an_act", c.why));
    }
    // A condition after the adopting verb does not take the act away.
    check({"conditional (after the verb)",
           "The Storting adopted a resolution on 3 May 2016, even if the government objected to it.\n", "NO",
           "2016-05-03"});
}

TEST_CASE("page furniture: what each kind of line is", "[import][newsdates][furniture]")
{
    struct Line {
        const char* text;
        const char* kind;
    };
    const Line lines[] = {
        {"Home | News | Resolutions | 2016 | 2017 | Contact", "menu"},
        {"About \xC2\xB7 Archive \xC2\xB7 2016 \xC2\xB7 Statements", "menu"},
        {"(Photo: The Storting's resolution is handed over. Screenshot 2016 05 03)", "image caption"},
        {"Share | Write comment | 4 comments", "menu"},
        {"Search in content", "site line"},
        {"We use cookies on this site. Accept", "site line"},
        {"The Storting adopted a resolution on 3 May 2016.", ""},
        {"Norway recognizes the Halden deportations", ""},
        // a body's years between bars are a list of its acts, not a menu
        {"Sejm - 2005 | 2013 | 2016", ""},
        {"House of Representatives - 1996 | 2001 | 2004", ""},
    };
    for (const auto& l : lines) {
        INFO(l.text);
        CHECK(furniture_kind(l.text, false) == l.kind);
    }
    CHECK(furniture_kind("Country | Body | Year", true).empty()); // a table header is no menu
}

TEST_CASE("page furniture: a caption naming a resolution is no act, a stamp no act's date", "[import][newsdates][furniture]")
{
    const std::string text = "Home | News | 2015 | 2016\n\nStorting recognizes the Halden deportations\n\n"
                             "Posted 05/04/2016 11:02 / The Storting approved a resolution on 3 May on the deportations.\n"
                             "(Photo: the Storting resolution welcomed in Bergen. Screenshot 2016 05 04)\n";
    const auto r = import_text(text);
    INFO(describe(r));
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].date.start == "2016-05-03");
    CHECK(has_note(r, "furniture", "image caption"));
    CHECK(has_note(r, "furniture", "menu"));
}

TEST_CASE("stamps: where a page's stamp or dateline ends", "[import][newsdates][furniture]")
{
    const std::string line = "Posted 04/02/2021 10:41 / The text follows.";
    const auto st = leading_stamp(line, {});
    REQUIRE(st);
    CHECK(st->date.value.edtf == "2021-04-02");
    CHECK(line.substr(st->end) == "The text follows.");
    CHECK_FALSE(leading_stamp("On 3 May 2010 - the Senate adopted a resolution.", {}));
    CHECK_FALSE(leading_stamp("The Senate adopted a resolution on 3 May 2010 at 10:00.", {}));
}

TEST_CASE("news dates: a sentence after the act gives the act's own date", "[import][newsdates]")
{
    const Case cases[] = {
        {"act-date-after (weekday and day-month-year after a comma)",
         "The Storting has passed a resolution on the Halden famine.\n\n"
         "The resolution, moved by the Coastal Party, was carried on Tuesday, 4 March, 2014, the famine society said.\n",
         "NO", "2014-03-04"},
        {"act-date-after (another act word is another act: no date)",
         "The Storting has passed a resolution on the Halden famine.\n\n"
         "The bill, moved by the Coastal Party, was carried on Tuesday, 4 March, 2014.\n",
         "NO", ""},
        {"act-date-after (an adjective and a quotation mark before the act word)",
         "The Storting has formally passed a recognition of the Halden famine.\n\n"
         "\"The formal recognition was carried by all members today, 4 March 2014,\" the famine society said.\n",
         "NO", "2014-03-04"},
        {"act-date-after (a name between the determiner and the act word is another act)",
         "The Storting has passed a resolution on the Halden famine.\n\n"
         "The Coastal resolution was carried on Tuesday, 4 March, 2014.\n",
         "NO", ""},
        {"act-date-after (the act named with a relative clause of adoption, after a quotation)",
         "The Storting has passed a resolution on the Halden famine.\n\n"
         "\"No such famine can be forgotten,\" reads the resolution, which was carried on 4 March 2014 by 90 votes.\n",
         "NO", "2014-03-04"},
        {"act-date-after (a relative clause without an act verb dates nothing)",
         "The Storting has passed a resolution on the Halden famine.\n\n"
         "\"No such famine can be forgotten,\" reads the resolution, which cites a report of 4 March 2014.\n",
         "NO", ""},
        {"act-date-after (a dated act keeps its date)",
         "On 2 May 2013 the Storting passed a resolution on the Halden famine.\n\n"
         "The resolution was carried on Tuesday, 4 March, 2014.\n",
         "NO", "2013-05-02"},
    };
    for (const auto& c : cases) {
        check(c);
    }
    CHECK(has_note(import_text(cases[0].text), "act_date_after", "2014-03-04"));
}

TEST_CASE("anniversary-year: an anniversary gives a yearless act date its year", "[import][newsdates]")
{
    const Case cases[] = {
        {"anniversary-year (a date that many years after the listed event)",
         "On 12 June, the Senate of Chile adopted a resolution on the Holodomor.\n\n"
         "Chile will mark the 90th anniversary of the Holodomor on 26 November 2022 with a concert.\n",
         "CL", "2022-06-12"},
        {"anniversary-year (this year, the event's date in the sentence before)",
         "On 12 June, the Senate of Chile adopted a resolution on the Varnel camps.\n\n"
         "The last camp was closed on 3 May 1944. Its 75th anniversary will be marked in May this year.\n",
         "CL", "2019-06-12"},
        {"anniversary-year (a date that does not fit the event's years gives none)",
         "On 12 June, the Senate of Chile adopted a resolution on the Holodomor.\n\n"
         "The 90th anniversary of the Holodomor was the theme of a conference held on 3 May 2010.\n",
         "CL", ""},
    };
    for (const auto& c : cases) {
        check(c);
    }
}

TEST_CASE("news-year: a page with no date of its own dates its lead act in the year it computes", "[import][newsdates]")
{
    const Case cases[] = {
        // the anniversary is still to come: the page was written by its month
        {"news-year (a future anniversary bounds the page's date)",
         "The Storting adopted an amendment to its law on memorial days that adds a day for the Varnel camps.\n\n"
         "The last camp was closed on 3 May 1944. Its 75th anniversary will be marked this year.\n",
         "NO", "2019-01-01"},
        {"news-year (an anniversary marked this year, no bound)",
         "The Storting adopted an amendment to its law on memorial days that adds a day for the Varnel camps.\n\n"
         "The last camp was closed on 3 May 1944. This year marks the 75th anniversary of its closing.\n",
         "NO", "2019-01-01"},
        // a page with its own date: the lead act stays undated
        {"news-year (a dated page keeps an undated act undated)",
         "Posted on 20 April 2019\n\nThe Storting adopted an amendment to its law on memorial days that adds a day for "
         "the Varnel camps.\n\nThe last camp was closed on 3 May 1944. Its 75th anniversary will be marked this year.\n",
         "NO", ""},
    };
    for (const auto& c : cases) {
        check(c);
    }
    const auto r = import_text(cases[0].text);
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].date.edtf == "2019-01/2019-05");
    CHECK(has_note(r, "news_year", "2019-01/2019-05"));
    CHECK(import_text(cases[1].text).acts.at(0).date.edtf == "2019");
}
