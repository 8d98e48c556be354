#pragma once
// Small word and date helpers shared by the analysis files (analysis*.cpp); not a public API.
#include "gazetteer.hpp"
#include "model.hpp"
#include "same_act.hpp"
#include "text.hpp"
#include "words.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acta::import::detail {
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> set)
{
    return std::find(set.begin(), set.end(), word) != set.end();
}

// Capitalized words that are not names of persons.
inline bool stop_name_word(std::string_view lower) { return words().has(WordList::non_name_word, lower); }

inline bool is_name_word(const Token& t)
{
    if (!t.word || !t.capitalized || t.digits || t.lower.size() < 2) {
        return false;
    }
    for (char c : t.lower) {
        if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80)) {
            return false;
        }
    }
    return !stop_name_word(t.lower);
}

// The tokens wholly inside bytes [begin, end), as [first, last); first >= last when none.
inline std::pair<std::size_t, std::size_t> tokens_within(const std::vector<Token>& tokens, std::size_t begin, std::size_t end)
{
    std::size_t first = tokens.size();
    std::size_t last = 0;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].begin >= begin && tokens[t].end <= end) {
            first = std::min(first, t);
            last = t + 1;
        }
    }
    return {first, last};
}

// Whether one of a phrase's meanings is a place.
inline bool names_place(const PhraseMatch& ph)
{
    return std::any_of(ph.meanings.begin(), ph.meanings.end(), [](const Meaning& m) { return m.type == Meaning::Type::place; });
}

inline bool is_initial(const Token& t) { return t.word && t.capitalized && t.lower.size() == 1; }

// The day `days` after an ISO day, as a DateValue (empty when `iso` is not a day).
inline DateValue shift_day(const std::string& iso, int days)
{
    try {
        const auto d = boost::gregorian::from_simple_string(iso) + boost::gregorian::days(days);
        const std::string out = boost::gregorian::to_iso_extended_string(d);
        return DateValue{out, out, out, Precision::day};
    } catch (const std::exception&) {
        return {};
    }
}

// Act types that say little about the act: a more specific one wins when mentions merge.
inline bool weak_type(std::string_view type)
{
    return generic_act_type(type); // src/same_act.hpp: one list for the importer and the store
}

inline std::string title_case(std::string_view s)
{
    std::string out;
    bool start = true;
    for (char c : s) {
        if (start && c >= 'a' && c <= 'z') {
            out += static_cast<char>(c - 'a' + 'A');
        } else {
            out += c;
        }
        start = c == ' ';
    }
    // Little words stay lower-case: "House of Representatives".
    for (const char* w : {" Of ", " The ", " And "}) {
        std::string lw = w;
        std::transform(lw.begin(), lw.end(), lw.begin(), [](unsigned char ch) { return std::tolower(ch); });
        std::size_t p;
        while ((p = out.find(w)) != std::string::npos) {
            out.replace(p, lw.size(), lw);
        }
    }
    return out;
}

inline bool is_open_quote(const Token& t) { return t.lower == "\"" || t.lower == "\xE2\x80\x9C" || t.lower == "\xC2\xAB"; }
inline bool is_close_quote(const Token& t) { return t.lower == "\xE2\x80\x9D" || t.lower == "\xC2\xBB"; }

} // namespace acta::import::detail
