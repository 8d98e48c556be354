// The layout stage (layout.hpp): blocks, header, date lines, chronology pairing, tables.
#include "layout.hpp"

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
