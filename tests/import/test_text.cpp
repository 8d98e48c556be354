// The tokens stage (import/text.hpp): sentences of a paragraph and the tokens of a sentence,
// as rule tables (input -> expected sentences or tokens), with their edge cases.
#include "text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using acta::import::LineIndex;
using acta::import::opening_participle;
using acta::import::Span;
using acta::import::split_paragraphs;
using acta::import::split_sentences;
using acta::import::squeeze;
using acta::import::tokenize;

namespace {

std::vector<std::string> sentences_of(const std::string& text)
{
    std::vector<std::string> out;
    for (const auto& s : split_sentences(text, Span{0, text.size(), 1})) {
        out.push_back(text.substr(s.begin, s.end - s.begin));
    }
    return out;
}

std::vector<std::string> tokens_of(const std::string& text)
{
    std::vector<std::string> out;
    for (const auto& t : tokenize(text)) {
        out.push_back(text.substr(t.begin, t.end - t.begin));
    }
    return out;
}

struct SentenceCase {
    const char* rule;
    std::string text;
    std::vector<std::string> sentences;
};

struct TokenCase {
    const char* rule;
    std::string text;
    std::vector<std::string> tokens;
};

} // namespace

TEST_CASE("tokens: sentences of a paragraph, rule by rule", "[import][text]")
{
    const std::vector<SentenceCase> cases = {
        {"full stop, capital", "The Senate voted. The House agreed.", {"The Senate voted.", "The House agreed."}},
        {"question and exclamation", "Was it adopted? Yes! It was.", {"Was it adopted?", "Yes!", "It was."}},
        {"a digit opens a sentence", "It passed. 2004 saw another.", {"It passed.", "2004 saw another."}},
        {"lower case after a stop continues", "It passed in the U.K. and the rest. and more.",
         {"It passed in the U.K. and the rest. and more."}},
        {"abbreviation of a title", "Rep. Smith spoke. Sen. Doe voted.", {"Rep. Smith spoke.", "Sen. Doe voted."}},
        {"abbreviation of a number", "It was Res. No. 12 of the house. Then it closed.",
         {"It was Res. No. 12 of the house.", "Then it closed."}},
        {"abbreviation of a month", "On Jan. 5 it passed. On Feb. 6 it failed.",
         {"On Jan. 5 it passed.", "On Feb. 6 it failed."}},
        {"single initials", "It was signed by J. K. Doe. He left.", {"It was signed by J. K. Doe.", "He left."}},
        {"dotted abbreviation", "The U.S. House voted. It passed.", {"The U.S. House voted.", "It passed."}},
        {"decimal numbers", "The vote was 10.5 percent. Then it closed.", {"The vote was 10.5 percent.", "Then it closed."}},
        {"closing quote after the stop", "He said \"it is done.\" Then he left.",
         {"He said \"it is done.\"", "Then he left."}},
        {"curly closing quote", "He said \xE2\x80\x9Cit is done.\xE2\x80\x9D Then he left.",
         {"He said \xE2\x80\x9Cit is done.\xE2\x80\x9D", "Then he left."}},
        {"opening quote starts the next", "It passed. \"We won,\" he said.", {"It passed.", "\"We won,\" he said."}},
        {"closing bracket after the stop", "(It passed.) Then it closed.", {"(It passed.)", "Then it closed."}},
        {"no cut inside brackets", "It passed (by 10 votes. Then more) today.", {"It passed (by 10 votes. Then more) today."}},
        // A bracket never closed in the paragraph holds nothing in: the stops after it still cut.
        {"bracket left open", "It passed on 3 May (Agency 2012-05-03. In 2014 it failed (twice). Then it closed.",
         {"It passed on 3 May (Agency 2012-05-03.", "In 2014 it failed (twice).", "Then it closed."}},
        {"footnote marker", "It passed by a majority.[4] A year later it failed.",
         {"It passed by a majority.[4]", "A year later it failed."}},
        {"ellipsis then capital", "It waited... Then it passed.", {"It waited...", "Then it passed."}},
        {"ellipsis then lower case", "It waited... and then it passed.", {"It waited... and then it passed."}},
        {"wrapped lines stay one sentence", "The Senate\nadopted the resolution.\nIt passed.",
         {"The Senate\nadopted the resolution.", "It passed."}},
        {"accented capital opens a sentence", "It passed. \xC3\x96land agreed.", {"It passed.", "\xC3\x96land agreed."}},
        // A word after a dot reads like the last letter of "U.S.": the stop after it ends nothing.
        {"dotted word before the stop", "See acta.example.org. It passed.", {"See acta.example.org. It passed."}},
        {"no space after the stop", "It passed.Then it closed.", {"It passed.Then it closed."}},
        {"trailing spaces trimmed", "  It passed.   ", {"It passed."}},
        {"empty input", "", {}},
        {"only spaces", "   \n  ", {}},
    };
    for (const auto& c : cases) {
        INFO(c.rule << ": " << c.text);
        CHECK(sentences_of(c.text) == c.sentences);
    }
}

TEST_CASE("tokens: a sentence no full stop ends is cut into bounded pieces", "[import][text]")
{
    std::string text;
    for (int i = 0; i < 1000; ++i) {
        text += "word, ";
    }
    const auto spans = split_sentences(text, Span{0, text.size(), 1});
    REQUIRE(spans.size() >= 3);
    std::size_t covered = 0;
    for (const auto& s : spans) {
        CHECK(s.end - s.begin <= 2000);
        covered += s.end - s.begin;
    }
    CHECK(covered >= text.size() - spans.size() * 2); // only the spaces between pieces are lost
}

TEST_CASE("tokens: the tokens of a sentence, rule by rule", "[import][text]")
{
    const std::vector<TokenCase> cases = {
        {"words and punctuation", "The Senate voted, 60-40.", {"The", "Senate", "voted", ",", "60-40", "."}},
        {"possessive", "Norway's Storting", {"Norway", "'s", "Storting"}},
        {"curly possessive", "Norway\xE2\x80\x99s Storting", {"Norway", "\xE2\x80\x99s", "Storting"}},
        {"inner apostrophe", "O'Brien spoke", {"O'Brien", "spoke"}},
        {"hyphenated word", "war-crimes law", {"war-crimes", "law"}},
        {"dotted abbreviation keeps its dot", "the U.S. House", {"the", "U.S.", "House"}},
        {"decimal number", "No. 18.596 passed", {"No", ".", "18.596", "passed"}},
        {"slash inside a word", "Res. 2015/12", {"Res", ".", "2015/12"}},
        {"dot after a word ends it", "Senate.House", {"Senate", ".", "House"}},
        {"quotes are tokens", "\"genocide\"", {"\"", "genocide", "\""}},
        {"curly quotes are tokens", "\xE2\x80\x9Cgenocide\xE2\x80\x9D",
         {"\xE2\x80\x9C", "genocide", "\xE2\x80\x9D"}},
        {"dashes are tokens", "1915\xE2\x80\x94" "1923", {"1915", "\xE2\x80\x94", "1923"}},
        {"ellipsis character", "wait\xE2\x80\xA6 then", {"wait", "\xE2\x80\xA6", "then"}},
        {"three dots", "wait... then", {"wait", ".", ".", ".", "then"}},
        {"non-ASCII letters are word bytes", "Saeima \xC5\xA0iauliai", {"Saeima", "\xC5\xA0iauliai"}},
        {"no-break space separates", "12\xC2\xA0March", {"12", "\xC2\xA0", "March"}},
        {"wrapped line", "the\nSenate", {"the", "Senate"}},
        // Arabic-script punctuation (Persian, Arabic, Urdu): the comma, semicolon, question mark, full stop
        {"Arabic comma and semicolon are tokens", "کنیا، نپال؛ غنا", {"کنیا", "،", "نپال", "؛", "غنا"}},
        {"Arabic question mark and full stop", "چرا؟ بله۔", {"چرا", "؟", "بله", "۔"}},
        // Persian writes a zero-width non-joiner where it may as well write a space
        {"zero-width non-joiner cuts the word", "نسل\xE2\x80\x8C" "کشی", {"نسل", "کشی"}},
        // a page stamp glued to a word of another script; "2nd" and "60-40" stay one word
        {"digits glued to a non-Latin word", "2005Госдума", {"2005", "Госдума"}},
        {"digits before an ASCII letter", "the 2nd vote", {"the", "2nd", "vote"}},
        {"empty input", "", {}},
        {"only spaces", " \t\r\n ", {}},
    };
    for (const auto& c : cases) {
        INFO(c.rule << ": " << c.text);
        CHECK(tokens_of(c.text) == c.tokens);
    }
}

TEST_CASE("tokens: a token's lower case, kind and offsets", "[import][text]")
{
    const auto tokens = tokenize("The U.S. Senate's 2004 vote", 100);
    REQUIRE(tokens.size() == 6);
    CHECK(tokens[0].lower == "the");
    CHECK(tokens[0].capitalized);
    CHECK(tokens[0].begin == 100);
    CHECK(tokens[0].end == 103);
    CHECK(tokens[1].lower == "u.s.");
    CHECK(tokens[2].lower == "senate");
    CHECK(tokens[3].lower == "'s");
    CHECK_FALSE(tokens[3].word);
    CHECK(tokens[4].digits);
    CHECK(tokens[4].word);
    CHECK_FALSE(tokens[4].capitalized);
    CHECK_FALSE(tokens[5].digits);
    // Capitals in UTF-8 (Latin-1, Latin Extended-A, Cyrillic) are capitalized.
    CHECK(tokenize("\xC3\x96land")[0].capitalized);
    CHECK(tokenize("\xC5\xA0iauliai")[0].capitalized);
    CHECK(tokenize("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0")[0].capitalized);
    CHECK_FALSE(tokenize("\xC3\xB6land")[0].capitalized);
    // A script without capitals (Persian) is caseless: its names cannot show themselves by a capital.
    CHECK(tokenize("کنیا")[0].caseless);
    CHECK_FALSE(tokenize("کنیا")[0].capitalized);
    CHECK_FALSE(tokenize("Kenya")[0].caseless);
    CHECK_FALSE(tokenize("Ελλάδα")[0].caseless);
    CHECK_FALSE(tokenize("2012")[0].caseless);
}

TEST_CASE("tokens: the lower case of ASCII and of other tokens, beside UTF-8 punctuation", "[import][text]")
{
    // ASCII tokens are lower-cased in place, the others by utf8_lower: the same words either way.
    const auto tokens = tokenize("SENATE \xC3\x96LAND \xE2\x80\x9CWar-Crimes\xE2\x80\x9D U.S.A. 1915\xC2\xA0Genocide");
    std::vector<std::string> lower;
    for (const auto& t : tokens) {
        lower.push_back(t.lower);
    }
    CHECK(lower == std::vector<std::string>{"senate", "\xC3\xB6land", "\xE2\x80\x9C", "war-crimes", "\xE2\x80\x9D",
                                             "u.s.a.", "1915", "\xC2\xA0", "genocide"});
    REQUIRE(tokens.size() == 9);
    CHECK(tokens[0].capitalized);
    CHECK(tokens[1].capitalized);
    CHECK_FALSE(tokens[2].word);
    CHECK(tokens[6].digits);
    CHECK_FALSE(tokens[7].word);
    CHECK(tokens[8].begin == tokens[7].end);
}

TEST_CASE("tokens: invalid UTF-8 gives tokens inside the text, never past it", "[import][text]")
{
    const std::vector<std::string> inputs = {
        std::string("\xE2\x80", 2), std::string("a\xC2", 2), std::string("\xFF\xFE word \xE2", 9),
        std::string("It passed.\xC3 Then.", 17), std::string("\x80\x80\x80. \xE2\x80\x9D", 8)};
    for (const auto& text : inputs) {
        INFO(text);
        std::size_t covered = 0;
        for (const auto& t : tokenize(text)) {
            CHECK(t.begin < t.end);
            CHECK(t.end <= text.size());
            covered += t.end - t.begin;
        }
        CHECK(covered > 0);
        for (const auto& s : split_sentences(text, Span{0, text.size(), 1})) {
            CHECK(s.begin < s.end);
            CHECK(s.end <= text.size());
        }
    }
}

TEST_CASE("tokens: paragraphs, line numbers and squeezed text", "[import][text]")
{
    const std::string text = "First line\nwraps here.\n\nSecond.\nThird starts.\n";
    const auto paragraphs = split_paragraphs(text);
    REQUIRE(paragraphs.size() == 3);
    CHECK(text.substr(paragraphs[0].span.begin, paragraphs[0].span.end - paragraphs[0].span.begin) ==
          "First line\nwraps here.");
    CHECK(paragraphs[1].blank_before == 1);
    CHECK(paragraphs[1].span.line == 4);
    CHECK(paragraphs[2].span.line == 5);
    const LineIndex lines(text);
    CHECK(lines.line_of(0) == 1);
    CHECK(lines.line_of(11) == 2);
    CHECK(lines.line_of(text.size() - 1) == 5);
    CHECK(squeeze("  a \n\t b  ") == "a b");
    CHECK(squeeze("") == "");
}

TEST_CASE("tokens: an opening participle, rule by rule", "[import][text]")
{
    struct Row {
        const char* word;
        bool participle;
    };
    const Row rows[] = {
        {"Recognizing", true},  // a capitalized word with the ending (words.tsv participle_ending)
        {"Condemning", true},
        {"recognizing", false}, // not capitalized: inside a clause
        {"Being", false},       // under six letters
        {"Sixing", true},       // six letters is enough
        {"Resolved", false},    // another ending
        {"Wring", false},
    };
    for (const auto& row : rows) {
        const auto tokens = tokenize(row.word);
        REQUIRE(tokens.size() == 1);
        CHECK(opening_participle(tokens[0]) == row.participle);
    }
}
