// The language of a page from its function words, and the state it points at (page_language.hpp).
#include "page_language.hpp"

#include "gazetteer.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace acta::import {

namespace {

// Fewer function words than this say nothing of a page's language.
constexpr std::size_t min_hits = 4;
// Only the start of a long text is read: its language does not change further on.
constexpr std::size_t max_bytes = 20000;

struct LanguageRow {
    std::string language;
    std::string country; // "" when the language points at no one state
};

struct LanguageTable {
    std::vector<LanguageRow> rows;
    std::unordered_map<std::string, std::vector<std::size_t>> word_rows; // word -> rows listing it
};

const LanguageTable& table()
{
    static const LanguageTable t = [] {
        LanguageTable out;
        const auto name = "language_places.tsv";
        for (const auto& row : read_tsv(name, import_data_file(name), 3)) {
            out.rows.push_back({row[0], row[1] == "-" ? "" : row[1]});
            for (const auto& word : split_alternatives(row[2])) {
                out.word_rows[word].push_back(out.rows.size() - 1);
            }
        }
        return out;
    }();
    return t;
}

// A byte that separates words: ASCII space, digits and punctuation (letters beyond ASCII are
// multi-byte and never separate).
bool separator(unsigned char c) { return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')); }

} // namespace

namespace {

// The row of the page's language: the one with the most function words, at least min_hits and
// twice the next one's; none otherwise.
const LanguageRow* language_row(std::string_view text)
{
    const auto& t = table();
    std::vector<std::size_t> hits(t.rows.size(), 0);
    text = text.substr(0, std::min(text.size(), max_bytes));
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && separator(static_cast<unsigned char>(text[i]))) {
            ++i;
        }
        std::size_t end = i;
        while (end < text.size() && !separator(static_cast<unsigned char>(text[end]))) {
            ++end;
        }
        if (const auto it = t.word_rows.find(std::string(text.substr(i, end - i))); it != t.word_rows.end()) {
            for (const std::size_t r : it->second) {
                ++hits[r];
            }
        }
        i = end;
    }
    std::size_t best = 0;
    std::size_t second = 0; // the most hits of any other row
    for (std::size_t r = 1; r < hits.size(); ++r) {
        if (hits[r] > hits[best]) {
            second = hits[best];
            best = r;
        } else {
            second = std::max(second, hits[r]);
        }
    }
    if (hits.empty() || hits[best] < min_hits || hits[best] < 2 * second) {
        return nullptr;
    }
    return &t.rows[best];
}

} // namespace

std::string page_language(std::string_view text)
{
    const auto* row = language_row(text);
    return row ? row->language : "";
}

std::string page_language_place(std::string_view text)
{
    const auto* row = language_row(text);
    return row ? row->country : "";
}

} // namespace acta::import
