#include "text.hpp"

#include "casefold.hpp"
#include "dates.hpp"
#include "words.hpp"

#include <algorithm>
#include <array>

namespace acta::import {

namespace {

bool is_ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A byte that belongs to a word: ASCII letters and digits, and every byte of a multi-byte UTF-8
// sequence except the typographic punctuation handled below.
bool is_word_byte(unsigned char c) { return is_ascii_alnum(c) || c >= 0x80; }

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The zero-width non-joiner (U+200C) at text[i]: Persian writes it between the parts of a word
// where it may as well write a space ("نسل‌کشی", "شناخته‌اند"); the tokenizer cuts there as at a space.
bool is_zwnj(std::string_view text, std::size_t i)
{
    return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
           static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x8C;
}

// Length of a UTF-8 punctuation character at text[i] that must not be part of a word
// (curly quotes, dashes, no-break space, ellipsis), or 0.
std::size_t utf8_punct_len(std::string_view text, std::size_t i)
{
    if (i + 2 < text.size() + 0 && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(text[i + 2]);
        if ((c >= 0x90 && c <= 0x9F) || c == 0xA2 || c == 0xA6 || c == 0xB9 || c == 0xBA || c == 0xAF) {
            return 3; // dashes, quotes, bullet, ellipsis, guillemets, narrow nbsp
        }
    }
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2) {
        const auto c = static_cast<unsigned char>(text[i + 1]);
        if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7) {
            return 2; // nbsp, guillemets, middle dot
        }
    }
    if (i + 1 < text.size()) {
        const auto c0 = static_cast<unsigned char>(text[i]);
        const auto c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c0 == 0xD8 && (c1 == 0x8C || c1 == 0x9B || c1 == 0x9F)) || (c0 == 0xDB && c1 == 0x94)) {
            return 2; // Arabic comma, semicolon, question mark and full stop (Arabic, Persian, Urdu)
        }
    }
    return 0;
}

// An upper-case first letter, ASCII or the common Latin and Cyrillic capitals in UTF-8
// ("Ó Súilleabháin", "Šarūnas", "Ölander").
bool starts_upper(std::string_view w)
{
    const auto c0 = static_cast<unsigned char>(w[0]);
    if (c0 < 0x80) {
        return c0 >= 'A' && c0 <= 'Z';
    }
    return utf8_starts_upper(w);
}

bool is_right_single_quote(std::string_view text, std::size_t i)
{
    return text.substr(i, 3) == "\xE2\x80\x99";
}

std::string ascii_lower(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

} // namespace

namespace {

// Whether text[i] starts a possessive "'s" (or "’s") that ends the word before it: the
// apostrophe is `apostrophe_len` bytes long and "s" is followed by no word byte.
bool possessive_at(std::string_view text, std::size_t i, std::size_t apostrophe_len)
{
    const std::size_t s = i + apostrophe_len;
    return s < text.size() && (text[s] == 's' || text[s] == 'S') &&
           (s + 1 >= text.size() || !is_word_byte(static_cast<unsigned char>(text[s + 1])));
}

// The end of the word starting at text[i]: word bytes, with inner ' - . / joining word bytes
// ("O'Brien", "war-crimes", "18.596"), and "U.S."-style abbreviations (single letters with dots).
std::size_t word_end(std::string_view text, std::size_t i)
{
    const std::size_t n = text.size();
    std::size_t j = i;
    while (j < n) {
        const auto d = static_cast<unsigned char>(text[j]);
        // (utf8_punct_len is 0 for an ASCII byte: asked only of the others)
        if (is_zwnj(text, j)) {
            break;
        }
        if (d >= 0xC0 && j > i && std::isdigit(static_cast<unsigned char>(text[j - 1])) && utf8_letter_length(text, j)) {
            break; // "22.04.2005Госдума": a page stamp glued to the word after it
        }
        if (is_word_byte(d) && (d < 0x80 || !utf8_punct_len(text, j))) {
            ++j; // UTF-8 continuation bytes stay inside the word
            continue;
        }
        if ((d == '-' || d == '\'' || d == '.' || d == '/') && j + 1 < n &&
            is_word_byte(static_cast<unsigned char>(text[j + 1])) &&
            (static_cast<unsigned char>(text[j + 1]) < 0x80 || !utf8_punct_len(text, j + 1))) {
            if (d == '\'' && possessive_at(text, j, 1)) {
                break; // possessive 's is its own token
            }
            if (d == '.') {
                // Join across a dot only for digits (18.596) or single-letter abbreviations (U.S.).
                const bool digits_around = std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
                                           std::isdigit(static_cast<unsigned char>(text[j + 1]));
                const bool single_letters = j - i == 1 || (j >= 2 && text[j - 2] == '.');
                if (!digits_around && !single_letters) {
                    break;
                }
            }
            j += 2;
            continue;
        }
        break;
    }
    // "U.S." keeps its final dot when the word is a chain of single letters.
    if (j < n && text[j] == '.' && j >= i + 3 && text[j - 2] == '.' && j - 1 >= i &&
        is_ascii_alnum(static_cast<unsigned char>(text[j - 1]))) {
        ++j;
    }
    return j;
}

// The length of the punctuation token at text[i] (not a space, not a word byte): a possessive
// "'s" or "’s", a UTF-8 punctuation character, or one byte.
std::size_t punct_len(std::string_view text, std::size_t i)
{
    if (std::size_t len = utf8_punct_len(text, i)) {
        // "Norway’s": a curly apostrophe followed by s ends the word before it.
        return is_right_single_quote(text, i) && possessive_at(text, i, 3) ? 4 : len;
    }
    return text[i] == '\'' && possessive_at(text, i, 1) ? 2 : 1;
}

} // namespace

bool opening_participle(const Token& t)
{
    return t.capitalized && t.lower.size() >= 6 && words().ends_any(WordList::participle_ending, t.lower);
}

std::vector<Token> tokenize(std::string_view text, std::size_t base)
{
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    // Built in place; an ASCII token (nearly all) is lower-cased here, byte by byte, as
    // utf8_lower would, without its checks and appends.
    auto push = [&](std::size_t b, std::size_t e, bool word) {
        const std::string_view piece = text.substr(b, e - b);
        Token& t = tokens.emplace_back();
        t.begin = base + b;
        t.end = base + e;
        bool ascii = true;
        bool digits = word;
        for (const char c : piece) {
            ascii &= static_cast<unsigned char>(c) < 0x80;
            digits &= c >= '0' && c <= '9';
        }
        if (ascii) {
            t.lower.assign(piece);
            for (char& c : t.lower) {
                c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            }
        } else {
            t.lower = utf8_lower(piece);
        }
        t.word = word;
        t.capitalized = word && starts_upper(piece);
        t.caseless = word && !ascii && utf8_starts_caseless_letter(piece);
        t.digits = digits;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_space(c)) {
            ++i;
        } else if (is_zwnj(text, i)) {
            i += 3;
        } else if (!is_word_byte(c) || (c >= 0x80 && utf8_punct_len(text, i))) {
            const std::size_t len = punct_len(text, i);
            push(i, i + len, false);
            i += len;
        } else {
            const std::size_t j = word_end(text, i);
            push(i, j, true);
            i = j;
        }
    }
    return tokens;
}

std::vector<Paragraph> split_paragraphs(std::string_view text)
{
    std::vector<Paragraph> out;
    std::size_t pos = 0;
    int line = 1;
    int blanks = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) {
            eol = text.size();
        }
        std::size_t b = pos;
        std::size_t e = eol;
        while (b < e && is_space(static_cast<unsigned char>(text[b]))) {
            ++b;
        }
        while (e > b && is_space(static_cast<unsigned char>(text[e - 1]))) {
            --e;
        }
        if (b == e) {
            ++blanks;
        } else {
            const auto first = static_cast<unsigned char>(text[b]);
            bool continues = !out.empty() && blanks == 0 && ((first >= 'a' && first <= 'z') ||
                                                                (first >= 0x80 && utf8_starts_lower(text.substr(b, e - b))));
            if (continues) {
                // A wrapped line continues a sentence; a line after a finished one is its own.
                const char last = text[out.back().span.end - 1];
                continues = last != '.' && last != '!' && last != '?' && last != ':' && last != ';' &&
                            last != ']' && last != ')' && last != '"';
            }
            if (continues) {
                out.back().span.end = e; // a wrapped line of the same paragraph
            } else {
                out.push_back({{b, e, line}, blanks});
            }
            blanks = 0;
        }
        pos = eol + 1;
        ++line;
    }
    return out;
}

namespace {

bool is_abbreviation(std::string_view word) { return words().has(WordList::abbreviation, ascii_lower(word)); }

} // namespace

namespace {

// Appends text[b, e) trimmed as one sentence, cut into bounded pieces when it is too long.
void push_sentence(std::string_view text, std::size_t b, std::size_t e, std::vector<Span>& out)
{
    while (b < e && is_space(static_cast<unsigned char>(text[b]))) {
        ++b;
    }
    while (e > b && is_space(static_cast<unsigned char>(text[e - 1]))) {
        --e;
    }
    // No real sentence is this long; cutting hostile input (a megabyte without a full stop)
    // into bounded pieces keeps the per-sentence work, and so the whole import, linear.
    constexpr std::size_t max_sentence = 2000;
    while (e - b > max_sentence) {
        std::size_t cut = b + max_sentence;
        std::size_t k = cut;
        while (k > b + max_sentence / 2 && text[k] != ';' && text[k] != ',' && !is_space(static_cast<unsigned char>(text[k]))) {
            --k;
        }
        if (k > b + max_sentence / 2) {
            cut = k + 1;
        }
        while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut; // never inside a UTF-8 character
        }
        out.push_back({b, cut, 0});
        b = cut;
    }
    if (b < e) {
        out.push_back({b, e, 0});
    }
}

// Whether the full stop at text[i] follows an abbreviation or an initial ("U.S.", "Rep.",
// "J."), which does not end a sentence; `start` is where the sentence began.
bool abbreviation_before(std::string_view text, std::size_t start, std::size_t i)
{
    std::size_t w = i;
    while (w > start && is_word_byte(static_cast<unsigned char>(text[w - 1]))) {
        --w;
    }
    const std::string_view word = text.substr(w, i - w);
    if (word.empty()) {
        return false;
    }
    const bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
    const bool dotted = w > start && text[w - 1] == '.'; // U.S.
    return initial || dotted || is_abbreviation(word);
}

// After the mark at text[i]: footnote markers ("...majority.[4] A year later"), then closing
// quotes and brackets; returns where they end. A closing bracket closes an open one.
std::size_t after_mark(std::string_view text, std::size_t i, std::size_t end, int& paren_depth)
{
    std::size_t j = i + 1;
    while (j < end && text[j] == '[') {
        const std::size_t close = text.find(']', j);
        if (close == std::string_view::npos || close >= end || close - j > 6) {
            break;
        }
        j = close + 1;
    }
    while (j < end && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' ||
                       text.substr(j, 3) == "\xE2\x80\x9D" || text.substr(j, 3) == "\xE2\x80\x99")) {
        if (text[j] == ')' && paren_depth > 0) {
            --paren_depth;
        }
        j += static_cast<unsigned char>(text[j]) == 0xE2 ? 3 : 1;
    }
    return j;
}

// Whether the full stop at text[i] is the ordinal dot of a day written before its month, as German,
// Czech, Slovak, Norwegian, Danish, Finnish, Hungarian ... write dates ("am 5. März 2008", "dne
// 12. Března"): a number of one or two digits before it and a month name (date_words.tsv, any
// language) after it. `start` is where the sentence began.
bool ordinal_day_dot(std::string_view text, std::size_t start, std::size_t i, std::size_t end)
{
    std::size_t w = i;
    while (w > start && text[w - 1] >= '0' && text[w - 1] <= '9') {
        --w;
    }
    if (w == i || i - w > 2 || (w > start && is_word_byte(static_cast<unsigned char>(text[w - 1])))) {
        return false;
    }
    std::size_t b = i + 1;
    while (b < end && is_space(static_cast<unsigned char>(text[b]))) {
        ++b;
    }
    std::size_t e = b;
    while (e < end && (is_word_byte(static_cast<unsigned char>(text[e])) || static_cast<unsigned char>(text[e]) >= 0x80)) {
        ++e;
    }
    return e > b && is_month_word(utf8_lower(text.substr(b, e - b)));
}

// Whether the byte can open a sentence: an upper-case letter, a digit, a quote or a bracket,
// or a non-ASCII character (curly quotes, accented capitals).
bool opens_sentence(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '(' || c == '[' || c == 0xE2 ||
           c >= 0xC3;
}

// The offsets of the brackets "(" in [begin, end) that no ")" closes, in order: a bracket left
// open ("on 24 March (Agency 2015-03-24. In 2010 ...") must not hold the rest of the paragraph
// in one sentence.
std::vector<std::size_t> unclosed_brackets(std::string_view text, std::size_t begin, std::size_t end)
{
    std::vector<std::size_t> open;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == '(') {
            open.push_back(i);
        } else if (text[i] == ')' && !open.empty()) {
            open.pop_back();
        }
    }
    return open;
}

} // namespace

std::vector<Span> split_sentences(std::string_view text, const Span& paragraph)
{
    std::vector<Span> out;
    std::size_t start = paragraph.begin;
    const std::size_t end = paragraph.end;
    int paren_depth = 0;
    const auto unclosed = unclosed_brackets(text, start, end);
    auto next_unclosed = unclosed.begin();
    for (std::size_t i = start; i < end; ++i) {
        const char c = text[i];
        if (c == '(' && next_unclosed != unclosed.end() && *next_unclosed == i) {
            ++next_unclosed; // never closed: no bracket to stay inside
        } else if (c == '(') {
            ++paren_depth;
        } else if (c == ')' && paren_depth > 0) {
            --paren_depth;
        }
        if ((c != '.' && c != '!' && c != '?') ||
            (c == '.' && (abbreviation_before(text, start, i) || ordinal_day_dot(text, start, i, end)))) {
            continue;
        }
        const std::size_t j = after_mark(text, i, end, paren_depth);
        if (j >= end) {
            break;
        }
        if (!is_space(static_cast<unsigned char>(text[j]))) {
            continue;
        }
        std::size_t k = j;
        while (k < end && is_space(static_cast<unsigned char>(text[k]))) {
            ++k;
        }
        if (k >= end) {
            break;
        }
        if (opens_sentence(static_cast<unsigned char>(text[k])) && paren_depth == 0) {
            push_sentence(text, start, j, out);
            start = j;
        }
    }
    push_sentence(text, start, end, out);
    return out;
}

LineIndex::LineIndex(std::string_view text)
{
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            m_starts.push_back(i + 1);
        }
    }
}

int LineIndex::line_of(std::size_t offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return static_cast<int>(it - m_starts.begin());
}

} // namespace acta::import
