// The layout stage (layout.hpp): blocks, header, date lines, chronology pairing, tables.
#include "layout.hpp"
#include "importer.hpp"
#include "rule_table.hpp"

#include <catch2/catch.hpp>

using namespace acta::import;

namespace {

std::vector<Block> layout(std::string_view text, const std::function<bool(const Span&)>& reads_as_act)
{
    auto blocks = text_blocks(text);
    classify_blocks(blocks, DateAnchor::NumericOrder::by_separator);
    pair_chronology(blocks, reads_as_act);
    find_tables(blocks, text);
    return blocks;
}

} // namespace

TEST_CASE("layout: the tail after an end marker and notes to self are not blocks", "[import][layout]")
{
    const std::string text = "The Senate adopted a resolution on 3 May 2010.\n\nTODO: find the text\n\n"
                             "Sources\n\nhttp://example.org/a\n";
    const auto blocks = text_blocks(text);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == "The Senate adopted a resolution on 3 May 2010.");
}

TEST_CASE("layout: the header gives title, dateline and byline", "[import][layout]")
{
    const std::string text = "Parliaments and the Famine\n\n12 May 2017\n\nBy Jane Roe\n\n"
                             "The Senate adopted a resolution on 3 May 2010 that recognized the famine as genocide.\n";
    const auto blocks = text_blocks(text);
    acta::SourceInfo source;
    CHECK(read_header(blocks, DateAnchor::NumericOrder::by_separator, source) == 3);
    CHECK(source.title == "Parliaments and the Famine");
    CHECK(source.published == "2017-05-12");
    CHECK(source.author == "Jane Roe");
}

TEST_CASE("layout: date lines, headings and the running year", "[import][layout]")
{
    const auto blocks = layout("Recognitions\n\nIn 2009 the Sejm voted.\n\nOn 5 May the Senate voted.\n",
                               [](const Span&) { return false; });
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].heading);
    CHECK(blocks[1].anchor_year == 0);
    CHECK(blocks[2].anchor_year == 2009);
    CHECK_FALSE(blocks[2].heading);
}

TEST_CASE("layout: what a date line is", "[import][layout]")
{
    struct Case {
        const char* text;
        bool date_line;
    };
    const Case cases[] = {
        {"Vilnius, 3 May 2019", true},
        {"In 2013-2014", true},
        {"(3 May 2019)", true},
        {"Norway (in 1995)", false}, // a name's date: a list item
        {"Senate (2005)", false},
        {"June 3, 2011 GMT", true}, // a time zone after the date
        {"3 June 2011, 10:15 PM CET", true},
        {"June 3, 2011 Senate", false},
        {"Chile, 3 May 2019", true}, // a date line the list reader may take as an item after all
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(date_line(c.text, 0, DateAnchor::NumericOrder::by_separator).has_value() == c.date_line);
    }
}

TEST_CASE("layout: a chronology block pairs each date line with the event that reads as an act", "[import][layout]")
{
    // E D E D: the date after its event.
    const std::string text = "The Senate adopted a resolution.\n\n3 May 2010\n\nThe Sejm adopted a resolution.\n\n"
                             "9 June 2011\n";
    const auto blocks = layout(text, [](const Span&) { return true; });
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].entry_date == 1);
    CHECK(blocks[2].entry_date == 3);
    CHECK(blocks[1].in_chronology);
    // With no event read as an act, closeness decides: pairing date lines with the events after
    // them leaves one date line unpaired and so counts fewer blank lines.
    const auto unread = layout(text, [](const Span&) { return false; });
    CHECK(unread[0].entry_date == -1);
    CHECK(unread[2].entry_date == 1);
}

TEST_CASE("layout: table rows get their header's columns", "[import][layout]")
{
    const std::string text = "| Country | Date | Wording |\n|---|---|---|\n| France | 2001 | genocide |\n"
                             "| Sweden | 2010 | genocide |\n";
    const auto blocks = layout(text, [](const Span&) { return false; });
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].heading);
    REQUIRE(blocks[2].columns.size() == 3);
    CHECK(blocks[2].columns[0] == TableColumn::place);
    CHECK(blocks[2].columns[1] == TableColumn::date);
    CHECK(blocks[2].columns[2] == TableColumn::wording);
    CHECK(table_rule_line(blocks[1].text));
    CHECK_FALSE(table_rule_line(blocks[2].text));
    CHECK(stated_order("Dates are written DD/MM/YYYY.") == DateAnchor::NumericOrder::day_first);
}

// Hard-wrapped lines (issue 10): each rule with examples of our own, and lines it must leave apart.
TEST_CASE("layout: hard-wrapped lines are joined by a named rule", "[import][layout][wrap]")
{
    struct Case {
        const char* line;
        const char* next;
        const char* rule; // "" = two lines of their own
    };
    const Case cases[] = {
        {"The Legislative Assembly of", "Manitoba passed a motion", "wrap/open-end"},
        {"a resolution adopted by the", "Senate of Chile", "wrap/open-end"},
        {"  Chamber of Deputies -", "  1998", "wrap/year-continues"},
        {"Assembly \xE2\x80\x94", "2011 | 2014", "wrap/year-continues"},
        {"adopted a declaration on March 3rd", "2012 condemning the camps", "wrap/year-continues"},
        {"the motion of 14 November", "2007, which", "wrap/year-continues"},
        {"Senate - 1999", "| 2004", "wrap/continued-list"},
        // apart: a finished sentence, a new entry under a year, a table, a CSV record, a heading
        {"The Senate adopted a motion.", "The House followed.", ""},
        {"adopted a declaration on March 3rd", "2012 Senate (Chile)", ""},
        {"| Country | Year |", "| 2004 | Chile |", ""},
        {"2001,2001-05-22,Poland,Senat,resolution,", "2002,,Latvia,Saeima,declaration,", ""},
        {"Recognitions", "1995 Chamber of Deputies (Italy)", ""},
        {"Poland", "Sejm - 2005", ""},
        // apart: a title ending in an open word, then the page's stamp
        {"Forty years on", "Published 3 May 2017", ""},
        {"Remembering the victims of", "Posted 04/02/2021 10:41 / Staff", ""},
    };
    for (const auto& c : cases) {
        INFO(c.line << " / " << c.next);
        CHECK(wrap_rule(c.line, c.next) == c.rule);
    }
}

TEST_CASE("layout: wrapped lines become one block that names its rules", "[import][layout][wrap]")
{
    const std::string text = "Chile\n  Senate -\n  1998\n  | 2004\n\nThe General Assembly of\nVermont adopted a resolution.\n";
    const auto blocks = text_blocks(text);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].text == "Senate -\n  1998\n  | 2004");
    CHECK(joined_rules(blocks[1]) == "wrap/year-continues;wrap/continued-list");
    CHECK(joined_rules(blocks[2]) == "wrap/open-end");
    CHECK(joined_rules(blocks[0]).empty()); // no rule joined "Chile"
}

// Official-record headers: a statute's or a resolution's header block is one block with its
// purpose line; a short run of lines without a record marker or a date is not.
TEST_CASE("layout: an official record's header block", "[import][layout][record]")
{
    struct Case {
        const char* text;
        std::size_t blocks;    // blocks of the text
        bool header;           // the first block is a record header
        const char* last_line; // how the first block ends
    };
    const Case cases[] = {
        {"Public Law 99-12\n99th Congress\nJoint Resolution\nMay 2, 1985\n[S.J. Res. 40]\n\nCondemning the massacre.\n\nWhereas ...\n",
         2, true, "Condemning the massacre."},
        {"115th CONGRESS\n2d Session\nH. RES. 77\nIN THE HOUSE OF REPRESENTATIVES\nMarch 3, 2018\nResolved, that ...\n", 1, true,
         "Resolved, that ..."},
        {"Public Law 101-7 101st Congress Joint Resolution June 9 1989 [H.J. Res. 12]\n\nThe text.\n", 2, true,
         "[H.J. Res. 12]"},
        // not records: no marker; no date; a marker only in running text
        {"Chile\nSenate\nMay 2, 1985\nResolution\n", 4, false, "Chile"},
        {"Public Law 99-12\n99th Congress\nJoint Resolution\n", 3, false, "Public Law 99-12"},
        {"The Senate cited Public Law 99-12 of May 2, 1985 in a long debate that went on.\n", 1, false, ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto blocks = text_blocks(c.text);
        REQUIRE(blocks.size() == c.blocks);
        CHECK(blocks[0].record_header == c.header);
        if (*c.last_line) {
            CHECK(blocks[0].text.ends_with(c.last_line));
        }
    }
}

// Verbless list items (issue 10): the item, or the title, heading or introducing sentence above
// it, names an act; each date is one act. Read through the whole importer, with the rule named.
TEST_CASE("lists: verbless list items and the context that makes them acts", "[import][layout][lists]")
{
    struct Case {
        const char* text;
        const char* acts; // "jurisdiction date type;..." in text order
        const char* rule; // of the first act's attestation, "" when none
    };
    const Case cases[] = {
        {"Recognitions\n\n1995 Chamber of Deputies (Italy)\n2003 Senate (France)\n",
         "IT 1995 recognition;FR 2003 recognition", "list/year-first/body-noun+list-line"},
        {"Recognitions\n\nPoland\n  Sejm - 2005 | 2013\n  Senate - 2009\n",
         "PL 2005 recognition;PL 2013 recognition;PL 2009 recognition", "list/item/named-body"},
        {"Notes\n\nThese parliaments adopted resolutions on the famine:\nChile - 2007\nPeru, 2009\n",
         "CL 2007 resolution;PE 2009 resolution", "list/item/list-place"},
        {"Notes\n\n- Texas House of Representatives: resolution, 14 March 2012\n", "US-TX 2012-03-14 resolution",
         "list/item/named-body"},
        {"Notes\n\nPolen: Sejm, Entschlie\xC3\x9Fung vom 12. Juli 2016.\n", "PL 2016-07-12 resolution", "list/item/named-body"},
        // "Country (in YEAR)" under an introducing line (the year in brackets is no date line, so
        // the items never pair as a chronology); an item the reader cannot read and that ends with
        // no sentence mark keeps the list open
        {"Notes\n\nThe Following Nations\nRecognize the Famine as Genocide:\nNorway (in 1995)\nThe Netherlands (in 2001)\n"
         "Kenya (in 2003)\nThe Union (Federal Level\nin 2005)\nChile (2007)\nPeru (in 2009)\n",
         "NO 1995 recognition;NL 2001 recognition;KE 2003 recognition;CL 2007 recognition;PE 2009 recognition",
         "list/item/list-place"},
        // no act: a heading that names none, no context at all, an item with a verb
        {"Recognitions\n\nCommemorations\n2019 Senate (France)\n", "", ""},
        {"Notes\n\nChile - 2007\nPeru - 2009\n", "", ""},
        {"Notes\n\nThese parliaments recognize the famine as genocide:\nChile (in 2007)\nThe debate went on for years.\n"
         "Peru (in 2009)\n", "CL 2007 recognition", "list/item/list-place"},
        {"Recognitions\n\n2005 The Sejm met in Warsaw\n", "", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto r = import_text(c.text);
        std::string got;
        for (const auto& a : acta::test::acts_of(r, acta::test::jurisdiction_date_type)) {
            got += (got.empty() ? "" : ";") + a;
        }
        CHECK(got == c.acts);
        CHECK((r.acts.empty() ? std::string() : acta::test::first_rule(r.acts.front())) == c.rule);
    }
}

TEST_CASE("lists: --explain says why a list item is no act", "[import][layout][lists]")
{
    const auto r = import_text("Recognitions\n\nCommemorations\n2019 Senate (France)\n");
    REQUIRE(r.acts.empty());
    const bool said = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const acta::Diagnostic& d) {
        return d.kind == "not_an_act" && d.message.find("'Commemorations', which names no act") != std::string::npos;
    });
    CHECK(said);
}
