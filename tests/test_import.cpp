// The importer, end to end on text: the bundled article and small chronologies in each layout.
#include "importer.hpp"
#include "input_file.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using acta::ExtractedAct;
using acta::ImportResult;
using acta::import::import_text;
using acta::import::import_owned_text;

namespace {

const ExtractedAct* find_act(const ImportResult& r, const std::string& jurisdiction, const std::string& start)
{
    for (const auto& a : r.acts) {
        if (a.body.jurisdiction_code == jurisdiction && a.date.start == start) {
            return &a;
        }
    }
    return nullptr;
}

bool has_term(const ExtractedAct& a, const std::string& term)
{
    return std::any_of(a.terms.begin(), a.terms.end(), [&](auto& t) { return t.term == term; });
}

bool has_person(const ExtractedAct& a, const std::string& name, const std::string& role)
{
    return std::any_of(a.persons.begin(), a.persons.end(), [&](auto& p) { return p.name == name && p.role == role; });
}

int count_jurisdiction(const ImportResult& r, const std::string& code)
{
    return static_cast<int>(std::count_if(r.acts.begin(), r.acts.end(),
                                          [&](auto& a) { return a.body.jurisdiction_code == code; }));
}

} // namespace

TEST_CASE("importer: the bundled article", "[import]")
{
    const std::string text = acta::import::read_text_file(ACTA_SOURCE_DIR "/import/samples/khojaly-recognition-2014.txt");
    const auto r = import_text(text, {"khojaly.txt", "", false, ""});

    SECTION("source record from the header")
    {
        CHECK(r.source.title == "Will the World Recognize the Genocide in Khojaly ?");
        CHECK(r.source.author == "Rustam Gasimov");
        CHECK(r.source.published == "2014-02-27");
        CHECK(r.source.sha256.size() == 64);
    }
    SECTION("subject detected with its date")
    {
        REQUIRE(r.subject);
        CHECK(r.subject->name == "Khojaly");
        CHECK(r.subject->date_edtf == "1992-02-25/1992-02-26");
        CHECK(std::count(r.subject->aliases.begin(), r.subject->aliases.end(), "Khojaly genocide") == 1);
    }
    SECTION("one act per real act")
    {
        CHECK(r.acts.size() == 26);
        // Mentioned twice (in prose and in the chronology block): one act, two attestations.
        const auto* nm = find_act(r, "US-NM", "2013-01-28");
        REQUIRE(nm);
        CHECK(nm->attestations.size() == 2);
        CHECK(nm->body.name == "New Mexico Senate");
        CHECK(has_term(*nm, "tragedy"));
        // Two different acts of one body on different days stay two.
        CHECK(count_jurisdiction(r, "JO") == 2);
    }
    SECTION("identifiers, persons and roles")
    {
        const auto* tx = find_act(r, "US-TX", "2011-06-03");
        REQUIRE(tx);
        CHECK(tx->identifier == "HR 535");
        CHECK(tx->act_type == "resolution");
        CHECK(has_person(*tx, "Jim Murphy", "author"));
        const auto* ar = find_act(r, "US-AR", "2013-02-11");
        REQUIRE(ar);
        CHECK(has_person(*ar, "Jonathan Barnett", "sponsor"));
        CHECK(has_person(*ar, "Karen Hopper", "sponsor"));
        const auto* hn = find_act(r, "HN", "2014-02-13");
        REQUIRE(hn);
        CHECK(hn->identifier == "No. 333-2013");
        CHECK(hn->act_type == "decree");
        CHECK(has_term(*hn, "genocide"));
        CHECK(has_term(*hn, "aggression"));
        const auto* us = find_act(r, "US", "2013-02-25");
        REQUIRE(us);
        CHECK(us->persons.size() == 3);
        CHECK(has_person(*us, "Virginia Foxx", "speaker"));
        const auto* pk = find_act(r, "PK", "2012-02-01");
        REQUIRE(pk);
        CHECK(pk->vote == "unanimous");
    }
    SECTION("imprecise dates keep honest bounds")
    {
        const auto* mx = find_act(r, "MX", "2011-09-01");
        REQUIRE(mx);
        CHECK(mx->date.end == "2011-12-31");
        CHECK(mx->date.precision == acta::Precision::year_part);
        const auto* oic = find_act(r, "PUIC", "2014-02-18");
        REQUIRE(oic);
        CHECK(oic->date.end == "2014-02-19");
        CHECK(has_term(*oic, "crime_against_humanity"));
        // Undated acts are kept, undated.
        const auto undated = std::count_if(r.acts.begin(), r.acts.end(), [](auto& a) { return a.date.empty(); });
        CHECK(undated == 2);
    }
    SECTION("dated things that are not acts are left out")
    {
        CHECK(count_jurisdiction(r, "DE") == 0); // an exhibition in Berlin
        CHECK(count_jurisdiction(r, "TR") == 0); // a monument
        CHECK(!find_act(r, "US", "2013-02-23")); // a petition's deadline
        CHECK(count_jurisdiction(r, "AZ") == 0);  // the event itself
    }
    SECTION("every attestation quotes its text")
    {
        for (const auto& a : r.acts) {
            for (const auto& at : a.attestations) {
                CHECK(at.span_start < at.span_end);
                CHECK(at.span_end <= text.size());
                CHECK(!quote_text(at, r.source.text).empty());
                CHECK(at.line > 0);
            }
        }
    }
}

TEST_CASE("prose: two acts in one sentence", "[import]")
{
    const auto r = import_text("The Chamber of Deputies of Chile followed with a motion on 4 May 2001, and on 9 June 2001 "
                               "the Senate of Chile passed a resolution recognising the genocide.\n");
    REQUIRE(r.acts.size() == 2);
    CHECK(r.acts[0].date.edtf == "2001-05-04");
    CHECK(r.acts[0].act_type == "motion");
    CHECK(r.acts[1].date.edtf == "2001-06-09");
    CHECK(r.acts[1].act_type == "resolution");
    CHECK(r.acts[1].body.jurisdiction_code == "CL");
}

TEST_CASE("list lines: the country at the start applies to the body after it", "[import]")
{
    const auto r = import_text("3 October 1999 \xE2\x80\x94 Chile. The Chamber of Deputies adopted a resolution on the massacre.\n\n"
                               "12 May 2004 \xE2\x80\x94 Uruguay. The Senate adopted a declaration on the massacre.\n");
    REQUIRE(r.acts.size() == 2);
    CHECK(r.acts[0].body.jurisdiction_code == "CL");
    CHECK(r.acts[0].date.edtf == "1999-10-03");
    CHECK(r.acts[1].body.jurisdiction_code == "UY");
    CHECK(r.acts[1].act_type == "declaration");
}

TEST_CASE("chronology blocks: date line before or after its event", "[import]")
{
    const std::string after = "Timeline\n\nThe Seimas of Lithuania adopted a resolution on the genocide\n\n5 May 2005\n\n"
                              "The Sejm adopted a resolution on the massacre\n\n14 March 2008\n\n"
                              "The Estonian Riigikogu adopted a declaration\n\n2 June 2010\n\nOther news\n\nMore words here.\n";
    const std::string before = "Timeline\n\n5 May 2005\n\nThe Seimas of Lithuania adopted a resolution on the genocide\n\n"
                               "14 March 2008\n\nThe Sejm adopted a resolution on the massacre\n\n"
                               "2 June 2010\n\nThe Estonian Riigikogu adopted a declaration\n";
    for (const auto& text : {after, before}) {
        const auto r = import_text(text);
        REQUIRE(r.acts.size() == 3);
        CHECK(find_act(r, "LT", "2005-05-05"));
        CHECK(find_act(r, "PL", "2008-03-14"));
        CHECK(find_act(r, "EE", "2010-06-02"));
    }
}

TEST_CASE("executive acts are kept out unless asked for", "[import]")
{
    const std::string text = "On 24 April 2021 the President of the United States issued a statement calling the massacre a genocide.\n";
    CHECK(import_text(text).acts.empty());
    const auto r = import_text(text, {"", "", true, ""});
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].body.branch == "executive");
}

TEST_CASE("an impossible date is reported, not changed", "[import]")
{
    const auto r = import_text("On 31 June 2004 the Senate of Chile adopted a resolution on the massacre.\n");
    CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](auto& d) { return d.kind == "bad_date"; }));
    for (const auto& a : r.acts) {
        CHECK(a.date.start != "2004-06-30");
        CHECK(a.date.start != "2004-07-01");
    }
}

TEST_CASE("the importer never throws on odd text", "[import]")
{
    for (const std::string text : {"", "\n\n\n", "(((((((((", "2013 2013 2013 2013", "Senate Senate Senate.",
                                   "\"unclosed quote adopted a resolution", "On February 25 the Senate adopted it."}) {
        CHECK_NOTHROW(import_text(text));
    }
}

TEST_CASE("tables: columns found by their header names", "[import]")
{
    const auto r = import_text("Recognitions\n\n"
                               "Country   | Body                | Date       | Act                | Wording\n"
                               "Moldova   | Parliament          | 25.03.2010 | Decision No. 57    | \"genocide\"\n"
                               "Ecuador   | National Assembly   | 2009       | Resolution         | -\n"
                               "Ukraine   | Verkhovna Rada      | n/a        | Statement          | \"crimes against humanity\"\n");
    REQUIRE(r.acts.size() == 3);
    const auto* md = find_act(r, "MD", "2010-03-25");
    REQUIRE(md);
    CHECK(md->act_type == "decision");
    CHECK(md->identifier == "No. 57");
    CHECK(has_term(*md, "genocide"));
    const auto* ec = find_act(r, "EC", "2009-01-01");
    REQUIRE(ec);
    CHECK(ec->date.precision == acta::Precision::year);
    CHECK(count_jurisdiction(r, "UA") == 1); // undated, kept
}

TEST_CASE("header: title, dateline and byline; 'yesterday' counts from the dateline", "[import]")
{
    const auto r = import_text("Assembly hardens its language\n\nStrasbourg, 30 January 2020\n\nBy Jane Roe, Correspondent\n\n"
                               "The Parliamentary Assembly of the Council of Europe yesterday adopted a resolution calling the "
                               "expulsions \"ethnic cleansing\".\n");
    CHECK(r.source.title == "Assembly hardens its language");
    CHECK(r.source.published == "2020-01-30");
    CHECK(r.source.author == "Jane Roe");
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].date.edtf == "2020-01-29");
    CHECK(r.acts[0].body.jurisdiction_code == "COE");
    CHECK(has_term(r.acts[0], "ethnic_cleansing"));
}

TEST_CASE("rejected, expected and non-acts are left out", "[import]")
{
    CHECK(import_text("A motion in the Eduskunta to recognise the massacre was rejected on 21 June 2016 by 62 votes to 101.\n").acts.empty());
    CHECK(import_text("On 3 March 2014 an exhibition on the massacre opened in the Sejm.\n").acts.empty());
    CHECK(import_text("TODO: find the text the Seimas adopted on 5 May 2005.\n").acts.empty());
}

TEST_CASE("relative dates, coordinated bodies and bracketed lists", "[import]")
{
    SECTION("from the dateline and from the act before")
    {
        const auto r = import_text("ANKARA, April 24, 2019 (Wire) - The Tweede Kamer voted on Tuesday in favour of a motion on the deportations.\n\n"
                                   "The European Parliament adopted a resolution on April 15, 2015; three days later the Austrian "
                                   "parliament followed with a declaration.\n");
        CHECK(find_act(r, "NL", "2019-04-23"));
        CHECK(find_act(r, "EU", "2015-04-15"));
        CHECK(find_act(r, "AT", "2015-04-18"));
    }
    SECTION("two bodies, one act each")
    {
        const auto r = import_text("On 3 May 2012 Sweden's Riksdag and Lithuania's Seimas passed resolutions on the massacre.\n");
        CHECK(find_act(r, "SE", "2012-05-03"));
        CHECK(find_act(r, "LT", "2012-05-03"));
    }
    SECTION("bodies with their acts in brackets")
    {
        const auto r = import_text("The Baltic parliaments followed: the Saeima (declaration of 7 March 2006), the Seimas "
                                   "(resolution, 2007) and the Riigikogu (statement, autumn 2008) all used the word genocide.\n");
        const auto* lv = find_act(r, "LV", "2006-03-07");
        REQUIRE(lv);
        CHECK(lv->act_type == "declaration");
        CHECK(find_act(r, "LT", "2007-01-01"));
        const auto* ee = find_act(r, "EE", "2008-09-01");
        REQUIRE(ee);
        CHECK(ee->date.precision == acta::Precision::season);
        CHECK(has_term(*ee, "genocide"));
    }
    SECTION("author-year citations are not dates")
    {
        const auto r = import_text("Early studies (Morel 1987) saw the Folketing resolution (B 31, 20 May 1998) as marginal.\n");
        CHECK(count_jurisdiction(r, "DK") <= 1);
        CHECK_FALSE(find_act(r, "DK", "1987-01-01"));
    }
}

TEST_CASE("a country that adopts an act itself, and a chamber that follows", "[import]")
{
    const auto r = import_text("Uruguay was the first country to recognize the genocide, with a law of 20 April 1965. "
                               "In 1982 the House of Representatives of Cyprus adopted a resolution. The French National "
                               "Assembly recognized the genocide on 29 May 1998; the Senate followed on 7 November 2000.\n\n"
                               "* Argentina: Law 26.199, passed on 11 January 2007.\n\n"
                               "Turkey condemned the vote on 30 May 1998.\n");
    CHECK(find_act(r, "UY", "1965-04-20"));
    CHECK(find_act(r, "CY", "1982-01-01"));
    const auto* senate = find_act(r, "FR", "2000-11-07");
    REQUIRE(senate);
    CHECK(senate->body.name.find("Senate") != std::string::npos);
    const auto* ar = find_act(r, "AR", "2007-01-11");
    REQUIRE(ar);
    CHECK(ar->act_type == "law");
    CHECK(count_jurisdiction(r, "TR") == 0);
}

TEST_CASE("a 'Sources' tail is skipped, and a second article after it is read", "[import]")
{
    const auto r = import_text("First article\n\nOn 5 May 2005 the Seimas of Lithuania adopted a resolution on the massacre.\n\n"
                               "Sources\n\nOn 1 January 1999 the Senate of Chile adopted a resolution (a citation, not read).\n\n"
                               "Second article\n\nOn 14 March 2008 the Sejm adopted a resolution on the massacre, the first of "
                               "its kind in the region, after a long debate in which deputies of every party took part.\n");
    CHECK(find_act(r, "LT", "2005-05-05"));
    CHECK(find_act(r, "PL", "2008-03-14"));
    CHECK(count_jurisdiction(r, "CL") == 0);
}

TEST_CASE("stated date order, tabled texts, footnote markers", "[import]")
{
    const auto dmy = import_text("Numeric dates below are day/month/year.\n\n"
                                 "12/05/2010 \xE2\x80\x94 Bulgaria: the National Assembly adopts a declaration on the deportations.\n");
    CHECK(find_act(dmy, "BG", "2010-05-12"));
    CHECK(import_text("An Early Day Motion was tabled in the House of Commons on 7 February 2018.\n").acts.empty());
    const auto notes = import_text("The motion was rejected on 27 January 2011 by the governing majority.[4] A year later "
                                   "the Bundestag adopted a resolution recalling the massacres on 2 February 2012.[5]\n");
    CHECK(find_act(notes, "DE", "2012-02-02"));
    CHECK_FALSE(find_act(notes, "DE", "2011-01-27"));
}

TEST_CASE("days relative to the act before, commemoration days, a year before a colon", "[import]")
{
    const auto week = import_text("KYIV, November 26, 2022 (Agency) - A busy week for remembrance.\n\n"
                                  "Wednesday's vote in the Romanian Chamber of Deputies was adopted by a large majority as a "
                                  "declaration on the famine. Later that day the Flemish Parliament adopted a resolution.\n");
    CHECK(find_act(week, "RO", "2022-11-23"));
    CHECK(find_act(week, "BE-VLG", "2022-11-23"));
    const auto blog = import_text("Back then, in 2005, nothing happened.\n\n"
                                  "Fast forward to 2010: at the end of March, Serbia's National Assembly passed a declaration. "
                                  "The Canadian House of Commons adopted a motion making July 11 Srebrenica Remembrance Day.\n");
    const auto* rs = find_act(blog, "RS", "2010-03-21");
    CHECK(rs);
    for (const auto& a : blog.acts) {
        CHECK(a.date.start != "2010-07-11");
    }
    const auto law = import_text("* Argentina: Law 26,199, passed on 11 January 2007.\n");
    REQUIRE(law.acts.size() == 1);
    CHECK(law.acts[0].identifier == "26,199");
}

TEST_CASE("a text handed over (import_owned_text) reads as its copy does", "[import]")
{
    const std::string text = "Chile\n\nOn 4 May 2001 the Chamber of Deputies of Chile passed a motion recognising the "
                             "genocide. On 9 June 2001 the Senate of Chile passed a resolution.\n";
    const auto copied = import_text(text, {"a.txt", "", false, ""});
    const auto owned = import_owned_text(std::string(text), {"a.txt", "", false, ""});
    CHECK(owned.source.text == text);
    CHECK(owned.source.sha256 == copied.source.sha256);
    REQUIRE(copied.acts.size() == 2);
    REQUIRE(owned.acts.size() == copied.acts.size());
    for (std::size_t i = 0; i < owned.acts.size(); ++i) {
        CHECK(owned.acts[i].date.edtf == copied.acts[i].date.edtf);
        CHECK(owned.acts[i].body.name == copied.acts[i].body.name);
        REQUIRE(owned.acts[i].attestations.size() == copied.acts[i].attestations.size());
        CHECK(quote_text(owned.acts[i].attestations[0], owned.source.text) ==
              quote_text(copied.acts[i].attestations[0], copied.source.text));
        CHECK(owned.acts[i].attestations[0].span_start == copied.acts[i].attestations[0].span_start);
    }
}

TEST_CASE("an attestation's quote is kept as offsets and squeezed when read", "[import]")
{
    const std::string text = "Intro.\n\nOn 4 May 2001 the Chamber of Deputies of Chile\n   passed a motion recognising the "
                             "genocide.\n";
    const auto r = import_text(text, {"a.txt", "", false, ""});
    REQUIRE(r.acts.size() == 1);
    const auto& a = r.acts[0].attestations.at(0);
    CHECK(a.quote_from_span);
    CHECK(a.quote.empty()); // no copy of the sentence is held
    CHECK(quote_text(a, r.source.text) ==
          "On 4 May 2001 the Chamber of Deputies of Chile passed a motion recognising the genocide.");
    acta::Attestation written;
    written.quote = "as curated";
    CHECK(quote_text(written, r.source.text) == "as curated");
    CHECK(acta::squeeze("  a \t b\n\n c  ") == "a b c");
}
