// The rules' data: words.tsv's typed lists, lexicon.tsv's categories and the explicit list of
// body names that are generic nouns (the coupling between lexicon.tsv and legislatures.tsv).
#include "error.hpp"
#include "gazetteer.hpp"
#include "words.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using acta::DataError;
using acta::import::Gazetteer;
using acta::import::Meaning;
using acta::import::WordList;
using acta::import::Words;
using acta::import::words;

namespace {

bool has_body_meaning(const Gazetteer& g, const std::string& phrase)
{
    const auto tokens = acta::import::tokenize(phrase);
    for (const auto& m : g.match(phrase, tokens)) {
        if (m.first == 0 && m.last == tokens.size()) {
            return std::any_of(m.meanings.begin(), m.meanings.end(),
                               [](const Meaning& x) { return x.type == Meaning::Type::body; });
        }
    }
    return false;
}

} // namespace

TEST_CASE("words.tsv: every list is loaded and typed", "[import][lexicon]")
{
    for (std::size_t i = 0; i < acta::import::word_list_count; ++i) {
        const auto list = static_cast<WordList>(i);
        INFO(acta::import::word_list_name(list));
        CHECK_FALSE(words().list(list).empty());
    }
    CHECK(words().has(WordList::abbreviation, "rep"));
    CHECK_FALSE(words().has(WordList::abbreviation, "house"));
    CHECK(words().has(WordList::non_name_word, "senator"));
    CHECK(words().has(WordList::end_marker, words().list(WordList::end_marker).front()));
    CHECK(words().starts_any(WordList::note_marker, "TODO: find the Turkish text"));
    CHECK(words().contains_any(WordList::column_date, "date of adoption"));
}

TEST_CASE("words.tsv: an unknown list, a missing cell or a stray row is an error", "[import][lexicon]")
{
    const auto w = Words::parse("t.tsv", "# comment\nlist\tword\nabbreviation\tfoo\nbill_code\tzz\n");
    CHECK(w.has(WordList::abbreviation, "foo"));
    CHECK(w.has(WordList::bill_code, "zz"));
    CHECK_FALSE(w.has(WordList::abbreviation, "zz"));
    CHECK_THROWS_WITH(Words::parse("t.tsv", "list\tword\nabbreviations\tfoo\n"),
                      Catch::Contains("t.tsv:2") && Catch::Contains("unknown word list 'abbreviations'"));
    CHECK_THROWS_AS(Words::parse("t.tsv", "list\tword\nabbreviation\n"), DataError);
    CHECK_THROWS_AS(Words::parse("t.tsv", "list\tword\nabbreviation\t\n"), DataError);
}

TEST_CASE("lexicon: generic body nouns and titles are never read as one named body", "[import][lexicon]")
{
    // The invariant the generic_body_name list keeps: when a body_noun or title phrase is also
    // the name of a body in legislatures.tsv, the list must name it.
    const Gazetteer& g = Gazetteer::instance();
    int checked = 0;
    const auto rows = acta::import::read_tsv("lexicon.tsv", acta::import::import_data_file("lexicon.tsv"), 3);
    for (const auto& row : rows) {
        if (row[0] == "body_noun" || row[0] == "title") {
            INFO(row[0] << " '" << row[1] << "' names a body in legislatures.tsv: add it to words.tsv generic_body_name");
            CHECK_FALSE(has_body_meaning(g, row[1]));
            ++checked;
        }
    }
    REQUIRE(checked > 50);
    for (const auto& phrase : words().list(WordList::generic_body_name)) {
        INFO(phrase);
        CHECK_FALSE(has_body_meaning(g, phrase));
        CHECK((g.lex("body_noun", phrase) != nullptr || g.lex("title", phrase) != nullptr));
    }
    // Names of bodies that are not generic keep their meaning.
    CHECK(has_body_meaning(g, "Bundestag"));
    CHECK(has_body_meaning(g, "Sejm"));
}
