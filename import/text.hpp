#pragma once
// Cutting a text into paragraphs, sentences and tokens, keeping byte offsets into the original
// text everywhere so that every act can point at the words it was read from.
#include "model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acta::import {

struct Token {
    std::size_t begin = 0; // byte offsets into the text, [begin, end)
    std::size_t end = 0;
    std::string lower;     // lower-cased text of the token (any script, casefold.hpp), for matching
    bool word = false;     // letters/digits (with inner apostrophes, hyphens, dots of "U.S.")
    bool capitalized = false; // a word whose first character is an upper-case letter (any script)
    bool caseless = false;    // a word whose first character is a letter of a script without capitals (Arabic, Persian)
    bool digits = false;   // only digits
};

// Words and single punctuation marks. "Norway's" gives "Norway" and "'s"; "U.S." one token
// "u.s."; "war-crimes" one token; non-ASCII letters (UTF-8) are part of words.
// Offsets are relative to `text`, plus `base`.
std::vector<Token> tokenize(std::string_view text, std::size_t base = 0);

// A capitalized word of six letters or more with a `participle_ending` (words.tsv): it opens a
// participle phrase ("Recognizing the ...", "Condemning the denial, the lawmakers passed ...").
bool opening_participle(const Token& t);

struct Span {
    std::size_t begin = 0; // byte offsets into the whole text
    std::size_t end = 0;
    int line = 0;          // 1-based line of `begin`
};

// A paragraph: a non-empty line, or lines joined without a blank line between them when they
// look wrapped (the next line starts lower-case). `blank_before` counts blank lines before it.
struct Paragraph {
    Span span;
    int blank_before = 0;
};

std::vector<Paragraph> split_paragraphs(std::string_view text);

// Sentences of text[span.begin, span.end): ends at . ! ? (and closing quotes/brackets after
// them) followed by space and an upper-case letter, a digit, a quote or a bracket, except after
// abbreviations (U.S., Rep., No., Jan., single initials).
std::vector<Span> split_sentences(std::string_view text, const Span& paragraph);

// Offsets -> 1-based line numbers, in O(log n) per query.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    int line_of(std::size_t offset) const;

private:
    std::vector<std::size_t> m_starts;
};

// text with runs of white space folded to one space and trimmed (model.hpp: the store squeezes
// an attestation's quote from its span with the same function).
using acta::squeeze;

} // namespace acta::import
