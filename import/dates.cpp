// Finding dates in English prose. A tokenizer cuts the text into words, numbers and
// punctuation; a scanner then tries a fixed set of forms at each token. Every form reads a
// bounded number of tokens and the scanner never backs up, so the time is linear in the length
// of the text and nothing recurses, whatever the input (long digit runs, 1 MB lines).
#include "dates.hpp"

#include "casefold.hpp"
#include "edtf.hpp"
#include "embedded.hpp"
#include "gazetteer.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace acta::import_data {
std::span<const acta::EmbeddedFile> data_files();
}

namespace acta::import {

namespace {

// ---------------------------------------------------------------------------------------------
// Calendar

// Years outside this window are not read as years: "613 people", "3821/2010", "HR 101".
constexpr int min_year = 1000;
constexpr int max_year = 2999;
// Boost.Date_Time's Gregorian calendar starts in 1400; earlier years (a "5 December 1391") are
// computed without it, by the same proleptic rules (days_in_month is edtf.hpp's).
constexpr int boost_first_year = 1400;

constexpr std::array<std::string_view, 12> month_names{"January", "February", "March",     "April",
                                                      "May",     "June",     "July",      "August",
                                                      "September", "October", "November", "December"};

struct Ymd {
    int y = 0;
    int m = 0;
    int d = 0;
    friend auto operator<=>(const Ymd&, const Ymd&) = default;
};

// Why (y, m, d) is no day of the calendar, or nothing when it is one.
std::optional<std::string> day_problem(const Ymd& v)
{
    if (v.m < 1 || v.m > 12) {
        return "no month " + std::to_string(v.m);
    }
    if (v.d < 1) {
        return "no day " + std::to_string(v.d);
    }
    const int n = days_in_month(v.y, v.m);
    if (v.d > n) {
        return std::string(month_names[static_cast<std::size_t>(v.m - 1)]) + " " + std::to_string(v.y) + " has " +
               std::to_string(n) + " days";
    }
    return std::nullopt;
}

bool in_boost_range(int y) { return y >= boost_first_year && y <= 9999; }

boost::gregorian::date to_boost(const Ymd& v)
{
    return {static_cast<unsigned short>(v.y), static_cast<unsigned short>(v.m), static_cast<unsigned short>(v.d)};
}

Ymd from_boost(const boost::gregorian::date& d)
{
    const auto ymd = d.year_month_day();
    return {static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

// n days after v (before, when n < 0); only within Boost's calendar.
Ymd add_days(const Ymd& v, long n) { return from_boost(to_boost(v) + boost::gregorian::days(n)); }

// 0 = Sunday, as Boost counts.
int weekday_of(const Ymd& v) { return static_cast<int>(to_boost(v).day_of_week().as_number()); }

// The month n months after (y, m).
std::pair<int, int> add_months(int y, int m, int n)
{
    const int total = y * 12 + (m - 1) + n;
    return {total / 12, total % 12 + 1};
}

// The same day n months later (earlier when n < 0), clamped to the end of the month.
Ymd shift_months(const Ymd& v, int n)
{
    const auto [y, m] = add_months(v.y, v.m, n);
    return {y, m, std::min(v.d, days_in_month(y, m))};
}

// v moved by n units: days for 1, 7 and 14, else months (30), quarters (90) or years (365).
Ymd shift_units(const Ymd& v, int unit, int n)
{
    if (unit <= 14) {
        return add_days(v, static_cast<long>(unit) * n);
    }
    return shift_months(v, (unit == 30 ? 1 : unit == 90 ? 3 : 12) * n);
}

// The Monday of the week (Monday to Sunday) that holds v.
Ymd monday_of(const Ymd& v) { return add_days(v, -((weekday_of(v) + 6) % 7)); }

// ---------------------------------------------------------------------------------------------
// Values

void put_number(std::string& s, int v, int width)
{
    std::array<char, 12> buf{};
    int n = 0;
    do {
        buf[static_cast<std::size_t>(n++)] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0 && n < 11);
    for (int i = n; i < width; ++i) {
        s += '0';
    }
    while (n > 0) {
        s += buf[static_cast<std::size_t>(--n)];
    }
}

std::string iso_year(int y)
{
    std::string s;
    put_number(s, y, 4);
    return s;
}

std::string iso_month(int y, int m)
{
    std::string s = iso_year(y);
    s += '-';
    put_number(s, m, 2);
    return s;
}

std::string iso_day(const Ymd& v)
{
    std::string s = iso_month(v.y, v.m);
    s += '-';
    put_number(s, v.d, 2);
    return s;
}

Ymd month_end(int y, int m) { return {y, m, days_in_month(y, m)}; }

DateValue make_value(std::string edtf, const Ymd& first, const Ymd& last, Precision p)
{
    return DateValue{std::move(edtf), iso_day(first), iso_day(last), p};
}

DateValue day_value(const Ymd& v) { return make_value(iso_day(v), v, v, Precision::day); }

DateValue day_range_value(const Ymd& a, const Ymd& b)
{
    return make_value(iso_day(a) + "/" + iso_day(b), a, b, Precision::day_range);
}

DateValue month_value(int y, int m) { return make_value(iso_month(y, m), {y, m, 1}, month_end(y, m), Precision::month); }

DateValue month_range_value(int y1, int m1, int y2, int m2)
{
    return make_value(iso_month(y1, m1) + "/" + iso_month(y2, m2), {y1, m1, 1}, month_end(y2, m2),
                      Precision::month_range);
}

DateValue year_value(int y) { return make_value(iso_year(y), {y, 1, 1}, {y, 12, 31}, Precision::year); }

DateValue year_range_value(int y1, int y2)
{
    return make_value(iso_year(y1) + "/" + iso_year(y2), {y1, 1, 1}, {y2, 12, 31}, Precision::year_range);
}

DateValue month_part_value(const Ymd& a, const Ymd& b)
{
    return make_value(iso_day(a) + "/" + iso_day(b), a, b, Precision::month_part);
}

DateValue year_part_value(int y, int m1, int m2)
{
    return make_value(iso_month(y, m1) + "/" + iso_month(y, m2), {y, m1, 1}, month_end(y, m2), Precision::year_part);
}

// EDTF season codes 21..24; northern meteorological seasons, winter running into the next year.
// A decade ("198X") or century ("19XX") as EDTF with unspecified digits; `span` 10 or 100.
DateValue unspecified_value(int first_year, int span)
{
    std::string edtf = iso_year(first_year);
    const std::size_t x = span == 10 ? 1 : 2;
    edtf.replace(edtf.size() - x, x, std::string(x, 'X'));
    return make_value(edtf, {first_year, 1, 1}, {first_year + span - 1, 12, 31}, Precision::year_range);
}

// Years y1..y2 as an EDTF interval (part of a decade or century: "1980/1983").
DateValue years_value(int y1, int y2)
{
    return make_value(iso_year(y1) + "/" + iso_year(y2), {y1, 1, 1}, {y2, 12, 31}, Precision::year_range);
}

DateValue season_value(int y, int code)
{
    std::string edtf = iso_year(y) + "-" + std::to_string(code);
    switch (code) {
    case 21: return make_value(std::move(edtf), {y, 3, 1}, month_end(y, 5), Precision::season);
    case 22: return make_value(std::move(edtf), {y, 6, 1}, month_end(y, 8), Precision::season);
    case 23: return make_value(std::move(edtf), {y, 9, 1}, month_end(y, 11), Precision::season);
    default: return make_value(std::move(edtf), {y, 12, 1}, month_end(y + 1, 2), Precision::season);
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Kind : std::uint8_t { word, number, ordinal, punct, other };

struct Token {
    std::size_t begin = 0; // bytes, [begin, end)
    std::size_t end = 0;
    int value = -1;        // number/ordinal: its value when it has at most 4 digits, else -1
    Kind kind = Kind::other;
    char punct = 0;        // punct: the character; every Unicode dash is '-'
    std::uint8_t digits = 0;
    bool space_before = false; // whitespace (or the start of the text) before the token
    bool line_start = false;   // the first token of a line
    bool upper = false;        // a word that starts with a capital
    bool cont = false;         // continues a compound ("2014-02-13", "mid-July", "1990s")
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view lower_b)
{
    if (a.size() != lower_b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower_b[i]) {
            return false;
        }
    }
    return true;
}

// The length of the UTF-8 character at s[i]; 1 for a byte that starts no valid character, so
// that a token boundary never falls inside a valid character.
std::size_t utf8_length(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
    }
    if (i + n > s.size()) {
        return 1;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
            return 1;
        }
    }
    return n;
}

// ",ddd" groups after a number: "100,000", "1,275" are counts, never days or years.
std::size_t skip_thousands(std::string_view s, std::size_t j)
{
    while (j + 3 < s.size() && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
           (j + 4 == s.size() || !is_digit(s[j + 4]))) {
        j += 4;
    }
    return j;
}

bool is_part(const Token& t) { return t.kind == Kind::word || t.kind == Kind::number || t.kind == Kind::ordinal; }

// The number at s[i] into t: its digits, value, a thousands group ("100,000") and an ordinal
// suffix ("25th"); t.end is set.
void read_number(std::string_view s, std::size_t i, Token& t)
{
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) {
        ++j;
    }
    const std::size_t digits = j - i;
    t.kind = Kind::number;
    t.digits = static_cast<std::uint8_t>(digits > 255 ? 255 : digits);
    if (digits <= 4) {
        int v = 0;
        for (std::size_t k = i; k < j; ++k) {
            v = v * 10 + (s[k] - '0');
        }
        t.value = v;
    }
    if (digits <= 3) {
        const std::size_t g = skip_thousands(s, j);
        if (g != j) {
            j = g;
            t.value = -1;
            t.digits = 0;
        }
    }
    if (t.value >= 0 && j + 2 <= s.size() && (j + 2 == s.size() || !is_alpha(s[j + 2]))) {
        const std::string_view suffix = s.substr(j, 2);
        if (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th")) {
            t.kind = Kind::ordinal;
            j += 2;
        }
    }
    t.end = j;
}

// Compounds: parts glued together, directly ("1990s") or by one separator ("2014-02-13",
// "mid-July", "31/Oct/1974", "27.02.2014", "09:15"). A date may neither start nor end
// inside one, so "777-2012" and "1.2.2010.5" give no date.
void mark_compounds(std::string_view s, std::vector<Token>& out)
{
    for (std::size_t k = 1; k < out.size(); ++k) {
        Token& t = out[k];
        if (t.space_before || !is_part(t)) {
            continue;
        }
        Token& p = out[k - 1];
        if (is_part(p)) {
            // An ISO timestamp's "T10:00" starts a new compound, so "2017-06-22T10:00" keeps its date.
            const bool iso_time = p.kind == Kind::number && t.kind == Kind::word && t.end - t.begin == 1 &&
                                  lower(s[t.begin]) == 't' && k + 1 < out.size() && !out[k + 1].space_before &&
                                  out[k + 1].kind == Kind::number;
            t.cont = !iso_time;
            continue;
        }
        if (p.kind != Kind::punct || p.space_before || k < 2 || !is_part(out[k - 2])) {
            continue;
        }
        const Token& before = out[k - 2];
        const bool numbers = before.kind == Kind::number && t.kind == Kind::number;
        if (p.punct == '-' || p.punct == '/' || ((p.punct == '.' || p.punct == ':') && numbers)) {
            p.cont = true;
            t.cont = true;
        }
    }
}

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> out;
    bool space = true;
    bool line = true;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\n') {
            space = line = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        t.space_before = space;
        t.line_start = line;
        if (is_alpha(c) || utf8_letter_length(s, i) > 0) {
            std::size_t j = i;
            while (j < s.size()) { // letters beyond ASCII are part of words: "Μαΐου", "października"
                const std::size_t n = is_alpha(s[j]) ? 1 : utf8_letter_length(s, j);
                if (n == 0) {
                    break;
                }
                j += n;
            }
            t.kind = Kind::word;
            t.end = j;
            t.upper = (c >= 'A' && c <= 'Z') || (!is_alpha(c) && utf8_starts_upper(s.substr(i)));
        } else if (is_digit(c)) {
            read_number(s, i, t);
        } else if (static_cast<unsigned char>(c) < 0x80) {
            t.kind = Kind::punct;
            t.punct = c;
            t.end = i + 1;
        } else {
            const std::size_t n = utf8_length(s, i);
            const std::string_view ch = s.substr(i, n);
            // No-break and thin spaces separate words; line and paragraph separators end lines.
            if (ch == "\u00A0" || ch == "\u2009" || ch == "\u202F" || ch == "\u2002" || ch == "\u2003") {
                space = true;
                i += n;
                continue;
            }
            if (ch == "\u2028" || ch == "\u2029") {
                space = line = true;
                i += n;
                continue;
            }
            t.end = i + n;
            if (ch == "\u2010" || ch == "\u2011" || ch == "\u2012" || ch == "\u2013" || ch == "\u2014" ||
                ch == "\u2212") {
                t.kind = Kind::punct;
                t.punct = '-';
            }
        }
        space = line = false;
        i = t.end;
        out.push_back(t);
    }

    mark_compounds(s, out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Words

// The words of import/data/date_words.tsv, by category: lowercase word -> value.
enum class Words : std::size_t {
    number, count, decade, unit, ago, step, future, season, part, month, weekday, ordinal, function, year_trigger,
    month_prep, anaphora, day_word, date_joiner, year_mark, size
};

class DateWords {
public:
    DateWords()
    {
        static constexpr std::array<std::string_view, static_cast<std::size_t>(Words::size)> names{
            "number", "count", "decade", "unit", "ago", "step", "future", "season", "part", "month", "weekday",
            "ordinal", "function", "year_trigger", "month_prep", "anaphora", "day_word", "date_joiner", "year_mark"};
        std::string_view contents;
        for (const auto& f : import_data::data_files()) {
            if (f.name == "date_words.tsv") {
                contents = f.contents;
            }
        }
        for (const auto& row : read_tsv("date_words.tsv", contents, 3)) {
            for (std::size_t c = 0; c < names.size(); ++c) {
                if (row[0] == names[c]) {
                    Entry& e = m_words[row[1]];
                    if ((e.in >> c & 1U) == 0) { // the first row of a word and category counts
                        e.in |= 1U << c;
                        e.value[c] = std::stoi(row[2]);
                    }
                    note(m_filters[c], row[1]);
                    note(m_any, row[1]);
                }
            }
        }
    }

    // A word's values in every category (`in`: a bit per category it is in).
    struct Entry {
        std::uint32_t in = 0;
        std::array<int, static_cast<std::size_t>(Words::size)> value{};
        std::optional<int> in_category(Words category) const
        {
            const auto c = static_cast<std::size_t>(category);
            return (in >> c & 1U) != 0 ? std::optional<int>(value[c]) : std::nullopt;
        }
    };

    // The entry of `word` in all categories, or nullptr: find(c, word) is entry's in_category(c).
    // The date finder asks it once per token (Finder::m_entries).
    const Entry* entry_of(std::string_view word) const
    {
        if (beyond_ascii(word)) {
            return folded_entry(word);
        }
        if (word.size() > 16 || !m_any.may_hold(word)) {
            return nullptr;
        }
        const auto it = m_words.find(word);
        return it == m_words.end() ? nullptr : &it->second;
    }

    // The value of `word` in `category`, or nullopt.
    [[gnu::always_inline]] std::optional<int> find(Words category, std::string_view word) const
    {
        if (beyond_ascii(word)) {
            const Entry* e = folded_entry(word);
            return e != nullptr ? e->in_category(category) : std::nullopt;
        }
        if (word.size() > 16 || !m_filters[static_cast<std::size_t>(category)].may_hold(word)) {
            return std::nullopt;
        }
        return in_table(category, word);
    }

private:
    // Words with letters beyond ASCII ("Μαΐου", "Şubat", "października"): lower-cased with
    // casefold.hpp and looked up past the ASCII filter and cache (they may be longer than 16 bytes).
    static bool beyond_ascii(std::string_view word)
    {
        return std::any_of(word.begin(), word.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
    }
    [[gnu::noinline]] const Entry* folded_entry(std::string_view word) const
    {
        const auto it = m_words.find(utf8_lower(word));
        return it == m_words.end() ? nullptr : &it->second;
    }

    // Which lengths (up to 16) and first letters a table's words have: most words looked up are
    // in no table, and this answers them without building and hashing a key.
    struct Filter {
        std::uint32_t lengths = 0;
        std::array<std::uint64_t, 4> first{};
        bool may_hold(std::string_view word) const
        {
            if ((lengths >> word.size() & 1U) == 0) {
                return false;
            }
            if (word.empty()) {
                return true;
            }
            const auto c = static_cast<unsigned char>(lower(word[0]));
            return (first[c / 64] >> (c % 64) & 1U) != 0;
        }
    };

    static void note(Filter& f, std::string_view word)
    {
        if (word.size() <= 16) {
            f.lengths |= 1U << word.size();
        }
        if (!word.empty()) {
            const auto c = static_cast<unsigned char>(lower(word[0]));
            f.first[c / 64] |= std::uint64_t{1} << (c % 64);
        }
    }

    // ASCII case-insensitive hashing and comparison (FNV-1a), so a word is looked up as written.
    struct CaseInsensitiveHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view w) const noexcept
        {
            std::uint64_t h = 14695981039346656037ULL;
            for (const char c : w) {
                h = (h ^ static_cast<unsigned char>(lower(c))) * 1099511628211ULL;
            }
            return static_cast<std::size_t>(h);
        }
    };
    struct CaseInsensitiveEqual {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept
        {
            return a.size() == b.size() &&
                   std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
        }
    };
    // find() past the filter: kept out of line, so that the filter's quick "no" is inlined.
    [[gnu::noinline]] std::optional<int> in_table(Words category, std::string_view word) const
    {
        const auto c = static_cast<std::size_t>(category);
        const Entry* e = entry(word);
        return e != nullptr && (e->in >> c & 1U) != 0 ? std::optional<int>(e->value[c]) : std::nullopt;
    }

    // The entry of `word` (at most 16 bytes), or nullptr. The date finder asks for one token in
    // category after category: the last word asked for and its entry are kept (per thread).
    const Entry* entry(std::string_view word) const
    {
        thread_local std::array<char, 16> last_word{};
        thread_local std::size_t last_size = 17; // none yet
        thread_local const DateWords* last_table = nullptr;
        thread_local const Entry* last = nullptr;
        if (last_table == this && word.size() == last_size && std::equal(word.begin(), word.end(), last_word.begin())) {
            return last;
        }
        const auto it = m_words.find(word); // case-insensitive: no lower-case copy of the word
        last = it == m_words.end() ? nullptr : &it->second;
        std::copy(word.begin(), word.end(), last_word.begin());
        last_size = word.size();
        last_table = this;
        return last;
    }

    std::unordered_map<std::string, Entry, CaseInsensitiveHash, CaseInsensitiveEqual> m_words;
    std::array<Filter, static_cast<std::size_t>(Words::size)> m_filters{};
    Filter m_any; // of all categories
};

const DateWords& date_words()
{
    static const DateWords words;
    return words;
}

// The value of `word` in a category of date_words.tsv, or -1.
int lookup(Words category, std::string_view word) { return date_words().find(category, word).value_or(-1); }

} // namespace

bool is_month_word(std::string_view lower) { return lookup(Words::month, lower) > 0; }

namespace {

// ---------------------------------------------------------------------------------------------
// The scanner

constexpr int no_relative = INT_MIN;

// A piece of a date as written: any of day, month, year (0 = not given).
struct Partial {
    std::size_t begin = 0; // tokens, [begin, end)
    std::size_t end = 0;
    int d = 0;
    int m = 0;
    int y = 0;
    int relative = no_relative; // "of the same year" (0), "of the following year" (+1), ...
    bool month_upper = false;   // the month is written with a capital
    std::string error;          // a date-shaped compound that names no date ("13/13/2010")
    std::string note;           // how an ambiguous numeric order was read
};

Partial piece(std::size_t begin, std::size_t end, int d = 0, int m = 0, int y = 0)
{
    Partial p;
    p.begin = begin;
    p.end = end;
    p.d = d;
    p.m = m;
    p.y = y;
    return p;
}

struct Number {
    int value = 0;
    std::size_t next = 0;
    bool word = false;     // written in words
    bool cardinal = false; // "twenty two" rather than "twenty-second" or "22nd"
};

struct Month {
    int value = 0;
    std::size_t next = 0;
    bool upper = false;
    bool weak = false; // lowercase "may" / "march": a verb unless a day and a year come with it
};

// A finished date expression.
struct Found {
    std::size_t begin = 0; // tokens
    std::size_t end = 0;
    DateValue value;
    std::string error;
    bool year_inferred = false;
    bool relative = false;
    int explicit_year = 0;
    std::string note;
    DateMatch::Anchoring anchoring = DateMatch::Anchoring::none;
};

// A year as written: "1998", "'98", "nineteen eighty-five"; `next` is the token after it.
struct YearAt {
    int value = 0;
    std::size_t next = 0;
};

enum class Part { early, mid, late };

// The anchor as the Finder reads it: reading its year (an int conversion, wherever a form reads
// `m_anchor.year`) is noted, so that a scan that never read it is known to give the same dates
// under any anchor year (find_dates' `year_read`).
struct NotedYear {
    explicit NotedYear(int y) : value(y) {}
    NotedYear(const NotedYear&) = delete; // a copy would take its reads away from the note
    NotedYear& operator=(const NotedYear&) = delete;
    int value = 0;
    mutable bool read = false;
    operator int() const // NOLINT: implicit on purpose, the forms read it as an int
    {
        read = true;
        return value;
    }
};

struct NotedAnchor {
    explicit NotedAnchor(const DateAnchor& a) : year(a.year), month(a.month), order(a.order), day(a.day) {}
    NotedYear year;
    int month = 0;
    DateAnchor::NumericOrder order = DateAnchor::NumericOrder::by_separator;
    int day = 0;
};

class Finder {
public:
    Finder(std::string_view text, DateAnchor anchor) : m_text(text), m_anchor(anchor), m_tok(tokenize(text))
    {
        m_entries.reserve(m_tok.size());
        for (std::size_t i = 0; i < m_tok.size(); ++i) {
            m_content += m_tok[i].kind != Kind::punct;
            m_entries.push_back(date_words().entry_of(str(i)));
        }
    }

    // Whether a form read the anchor's year so far.
    bool year_read() const { return m_anchor.year.read; }

    // Every match, left to right; with `first_only`, the first match only, looked for at tokens
    // that begin at or before byte `last_begin` (the scan stops there: what a full scan would
    // have found first, since a match never depends on what follows it in the scan).
    std::vector<DateMatch> run(bool first_only = false, std::size_t last_begin = SIZE_MAX)
    {
        std::vector<DateMatch> out;
        std::size_t i = 0;
        while (i < m_tok.size() && m_tok[i].begin <= last_begin) {
            if (m_tok[i].cont) {
                ++i;
                continue;
            }
            auto f = best_at(i);
            if (!f) {
                ++i;
                continue;
            }
            DateMatch m;
            m.begin = m_tok[f->begin].begin;
            m.end = m_tok[f->end - 1].end;
            m.value = f->value;
            m.error = f->error;
            m.year_inferred = f->year_inferred;
            m.relative = f->relative;
            m.explicit_year = f->explicit_year;
            m.note = f->note;
            m.anchoring = f->anchoring;
            if (f->explicit_year > 0) {
                m_last_year = f->explicit_year;
            } else if (f->relative && !f->value.empty()) {
                // "the following year" chains: the next "that year" means the year just resolved.
                m_last_year = std::stoi(f->value.start.substr(0, 4));
            }
            m_year_end = f->value.precision == Precision::year ? f->end : SIZE_MAX;
            out.push_back(std::move(m));
            if (first_only) {
                break;
            }
            i = f->end;
        }
        return out;
    }

private:
    // --- token tests -----------------------------------------------------------------------
    std::size_t size() const { return m_tok.size(); }
    // (Inlined, with the length compared first: the scanner asks these at every token.)
    [[gnu::always_inline]] std::string_view str(std::size_t i) const
    {
        return {m_text.data() + m_tok[i].begin, m_tok[i].end - m_tok[i].begin};
    }
    [[gnu::always_inline]] bool word(std::size_t i, std::string_view w) const
    {
        return i < size() && m_tok[i].kind == Kind::word && m_tok[i].end - m_tok[i].begin == w.size() && iequals(str(i), w);
    }
    bool punct(std::size_t i, char c) const { return i < size() && m_tok[i].kind == Kind::punct && m_tok[i].punct == c; }
    // date_words().find(category, str(i)), from the token's entry read once.
    std::optional<int> in(Words category, std::size_t i) const
    {
        return m_entries[i] != nullptr ? m_entries[i]->in_category(category) : std::nullopt;
    }
    int lookup_at(Words category, std::size_t i) const { return in(category, i).value_or(-1); }
    // A word joining a day, its month and year: "3rd of May", "3 de mayo de 2012" (date_words.tsv).
    bool date_joiner(std::size_t i) const { return i < size() && in(Words::date_joiner, i).has_value(); }
    // Past a year's abbreviation or word after a full date ("14 квітня 2022 р.", "15 kwietnia 2015 roku").
    std::size_t past_year_mark(std::size_t i) const
    {
        if (i >= size() || !in(Words::year_mark, i)) {
            return i;
        }
        return punct(i + 1, '.') ? i + 2 : i + 1;
    }
    // A cardinal that can be a day: "one" .. "twenty", "thirty".
    int day_cardinal_at(std::size_t i) const
    {
        const int c = lookup_at(Words::number, i);
        return c <= 31 ? c : -1;
    }
    bool glued(std::size_t i) const { return i < size() && !m_tok[i].space_before; }
    // A date may end here: not inside a compound.
    bool can_end(std::size_t e) const { return e >= size() || !m_tok[e].cont; }
    std::string expression(std::size_t b, std::size_t e) const
    {
        return std::string(m_text.substr(m_tok[b].begin, m_tok[e - 1].end - m_tok[b].begin));
    }

    int weekday(std::size_t i) const
    {
        return i < size() && m_tok[i].kind == Kind::word ? lookup_at(Words::weekday, i) : -1;
    }

    std::optional<Month> month(std::size_t i) const
    {
        if (i >= size() || m_tok[i].kind != Kind::word) {
            return std::nullopt;
        }
        const std::string_view w = str(i);
        const int v = lookup_at(Words::month, i);
        if (v < 0) {
            return std::nullopt;
        }
        Month m{v, i + 1, m_tok[i].upper, false};
        m.weak = !m.upper && (iequals(w, "may") || iequals(w, "march"));
        const bool abbreviation = w.size() <= 4 && !iequals(w, "may") && !iequals(w, "june") && !iequals(w, "july");
        if (abbreviation && punct(m.next, '.') && glued(m.next)) {
            ++m.next; // "Sept.", "Nov."
        }
        if (i > 0 && punct(i - 1, '[') && punct(m.next, ']')) {
            ++m.next; // "[Sept] 04, 2014"
        }
        return m;
    }

    std::optional<int> year(std::size_t i) const
    {
        if (i < size() && m_tok[i].kind == Kind::number && m_tok[i].digits == 4 && m_tok[i].value >= min_year &&
            m_tok[i].value <= max_year) {
            return m_tok[i].value;
        }
        return std::nullopt;
    }

    bool apostrophe(std::size_t i) const
    {
        return i < size() && (punct(i, '\'') || str(i) == "\u2019" || str(i) == "\u2018");
    }

    // The full year of a two-digit one: the latest year ending in `nn` no more than twenty years
    // after the anchor's year (or the latest year the text wrote); with neither, 1950..2049.
    int full_year(int nn) const
    {
        const int ref = m_anchor.year ? m_anchor.year : m_last_year;
        if (ref == 0) {
            return nn < 50 ? 2000 + nn : 1900 + nn;
        }
        const int top = ref + 20;
        return top - (((top - nn) % 100) + 100) % 100;
    }

    // A year at i: four digits, "'98" (apostrophe and two digits), or spelled out.
    std::optional<YearAt> year_at(std::size_t i) const
    {
        if (auto y = year(i)) {
            return YearAt{*y, i + 1};
        }
        if (apostrophe(i) && i + 1 < size() && glued(i + 1) && m_tok[i + 1].kind == Kind::number &&
            m_tok[i + 1].digits == 2 && !(glued(i + 2) && m_tok[i + 2].kind == Kind::word)) {
            return YearAt{full_year(m_tok[i + 1].value), i + 2};
        }
        return spelled_year(i);
    }

    // A number word at i, or a compound "eighty-five" / "eighty five": its value and the next token.
    std::optional<std::pair<int, std::size_t>> number_words(std::size_t i) const
    {
        if (i >= size() || m_tok[i].kind != Kind::word) {
            return std::nullopt;
        }
        auto n = in(Words::number, i);
        if (!n) {
            return std::nullopt;
        }
        std::size_t k = i + 1;
        if (*n >= 20 && *n % 10 == 0) {
            std::size_t u = k;
            if (punct(u, '-') && glued(u) && glued(u + 1)) {
                ++u;
            }
            if (u < size() && m_tok[u].kind == Kind::word) {
                if (auto o = in(Words::number, u); o && *o <= 9) {
                    return std::pair{*n + *o, u + 1};
                }
            }
        }
        return std::pair{*n, k};
    }

    // "nineteen eighty-five", "nineteen oh five", "nineteen hundred", "twenty twelve",
    // "two thousand and nine", "two thousand".
    std::optional<YearAt> spelled_year(std::size_t i) const
    {
        auto first = number_words(i);
        if (!first) {
            return std::nullopt;
        }
        std::size_t k = first->second;
        if (first->first == 2 && word(k, "thousand")) {
            ++k;
            const bool conj = word(k, "and");
            auto rest = number_words(conj ? k + 1 : k);
            if (rest && rest->first < 100) {
                return YearAt{2000 + rest->first, rest->second};
            }
            return YearAt{2000, k};
        }
        if (first->first < 10 || first->first > 20 || (first->first == 20 && first->second != i + 1)) {
            return std::nullopt;
        }
        const int century = first->first * 100;
        if (punct(k, '-') && glued(k) && glued(k + 1)) {
            ++k; // "nineteen-ninety", "twenty-fifteen"
        }
        if (word(k, "hundred")) {
            return YearAt{century, k + 1};
        }
        if ((word(k, "oh") || word(k, "o") || word(k, "zero")) && k + 1 < size()) {
            auto d = number_words(k + 1);
            return d && d->first <= 9 ? std::optional<YearAt>(YearAt{century + d->first, d->second}) : std::nullopt;
        }
        auto rest = number_words(k);
        if (!rest || rest->first < 10 || century + rest->first < min_year) {
            return std::nullopt;
        }
        return YearAt{century + rest->first, rest->second};
    }

    // A day of the month: "25", "25th", "first", "twenty-second", and, when `cardinal`,
    // "twenty two" (only after a month name, as in "jan twenty two, 2018").
    std::optional<Number> day(std::size_t i, bool cardinal) const
    {
        if (i >= size()) {
            return std::nullopt;
        }
        const Token& t = m_tok[i];
        if ((t.kind == Kind::number || t.kind == Kind::ordinal) && t.digits >= 1 && t.digits <= 2 && t.value >= 1 &&
            t.value <= 31) {
            return Number{t.value, i + 1, false, false};
        }
        if (t.kind != Kind::word) {
            return std::nullopt;
        }
        const std::string_view w = str(i);
        if (iequals(w, "twenty") || iequals(w, "thirty")) {
            const int tens = iequals(w, "twenty") ? 20 : 30;
            std::size_t k = i + 1;
            if (punct(k, '-') && glued(k) && glued(k + 1)) {
                ++k;
            }
            if (k < size() && m_tok[k].kind == Kind::word) {
                const int o = lookup_at(Words::ordinal, k);
                if (o >= 1 && o <= 9 && tens + o <= 31) {
                    return Number{tens + o, k + 1, true, false};
                }
                const int c = day_cardinal_at(k);
                if (cardinal && c >= 1 && c <= 9 && tens + c <= 31) {
                    return Number{tens + c, k + 1, true, true};
                }
            }
            if (cardinal) {
                return Number{tens, i + 1, true, true};
            }
            return std::nullopt;
        }
        if (const int o = lookup_at(Words::ordinal, i); o > 0) {
            return Number{o, i + 1, true, false};
        }
        if (const int c = day_cardinal_at(i); cardinal && c > 0) {
            return Number{c, i + 1, true, true};
        }
        return std::nullopt;
    }

    // "[of|in] the same year", "that year", "the following year", ...: the offset from the year
    // the text last named, and where the phrase ends.
    std::optional<std::pair<int, std::size_t>> relative_year(std::size_t k) const
    {
        if (word(k, "of") || word(k, "in")) {
            ++k;
        }
        int delta = 0;
        if (word(k, "that")) {
            ++k;
            if (word(k, "same")) {
                ++k;
            }
        } else if (word(k, "the")) {
            ++k;
            if (word(k, "same")) {
                delta = 0;
            } else if (word(k, "following") || word(k, "next")) {
                delta = 1;
            } else if (word(k, "previous") || word(k, "preceding")) {
                delta = -1;
            } else {
                return std::nullopt;
            }
            ++k;
        } else {
            return std::nullopt;
        }
        if (!word(k, "year")) {
            return std::nullopt;
        }
        return std::pair{delta, k + 1};
    }

    // "Later that year, on 2 August": a relative year phrase shortly before, in the same sentence.
    std::optional<int> relative_before(std::size_t b) const
    {
        std::size_t k = b;
        for (int n = 0; n < 12 && k > 0; ++n) {
            --k;
            if (punct(k, '.') || punct(k, ';')) {
                return std::nullopt;
            }
            if (k > 0 && word(k, "year")) {
                if (word(k - 1, "that") || word(k - 1, "same")) {
                    return 0;
                }
                if (word(k - 1, "following") || word(k - 1, "next")) {
                    return 1;
                }
                if (word(k - 1, "previous") || word(k - 1, "preceding")) {
                    return -1;
                }
            }
            if (m_tok[k].line_start) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    // Extends a yearless partial with "[,] [of|in] YEAR" or a relative year phrase.
    void year_tail(Partial& p) const
    {
        std::size_t k = p.end;
        if (punct(k, ',')) {
            ++k;
        }
        if (word(k, "in") || date_joiner(k)) {
            ++k;
        }
        if (auto y = year_at(k)) {
            p.y = y->value;
            p.end = past_year_mark(y->next);
            return;
        }
        k = p.end;
        if (punct(k, ',')) {
            ++k;
        }
        if (auto r = relative_year(k)) {
            p.relative = r->first;
            p.end = r->second;
        }
    }

    // --- partial dates -----------------------------------------------------------------------
    static void keep_longer(std::optional<Partial>& best, const Partial& p)
    {
        if (!best || p.end > best->end) {
            best = p;
        }
    }

    // DAY [.] [of] MONTH [[,] [of|in] YEAR]: "25 February 2013", "the first of February", "16. Nov. 2016"
    void day_then_month(std::size_t i, std::size_t j, std::optional<Partial>& best) const
    {
        {
            std::size_t k = j;
            const bool the = word(k, "the");
            if (the) {
                ++k;
            }
            if (auto d = day(k, false);
                d && (!the || d->word || m_tok[k].kind == Kind::ordinal)) {
                k = d->next;
                if (punct(k, '.') && m_tok[k - 1].kind == Kind::number) {
                    ++k;
                }
                if (date_joiner(k)) {
                    ++k;
                }
                if (auto sm = step_month(k)) {
                    sm->begin = i;
                    sm->d = d->value; // "the 20th of next month"
                    keep_longer(best, *sm);
                }
                if (auto m = month(k)) {
                    Partial p = piece(i, m->next, d->value, m->value);
                    p.month_upper = m->upper;
                    year_tail(p);
                    if (!m->weak || p.y) {
                        keep_longer(best, p);
                    }
                }
            }
        }
    }

    // YEAR [,] MONTH [DAY]: "2016 july 13", "2016, nov"
    void year_then_month(std::size_t i, std::size_t j, bool weekday_given, std::optional<Partial>& best) const
    {
        if (auto ya = year_at(j)) {
            const int* y = &ya->value;
            keep_longer(best, piece(i, ya->next, 0, 0, *y));
            std::size_t k = ya->next;
            if (punct(k, ',')) {
                ++k;
            }
            if (auto m = month(k); m && !m->weak && !weekday_given) {
                Partial p = piece(i, m->next, 0, m->value, *y);
                p.month_upper = m->upper;
                keep_longer(best, p);
                const std::size_t dk = m->next;
                if (dk < size() && (m_tok[dk].kind == Kind::number || m_tok[dk].kind == Kind::ordinal)) {
                    if (auto d = day(dk, false)) {
                        p.d = d->value;
                        p.end = d->next;
                        keep_longer(best, p);
                    }
                }
            }
        }
    }

    // The longest piece of a date starting at i. `bare_day` also allows a lone day ("18" of
    // "18-19 February 2014"), which only a range can use.
    std::optional<Partial> partial(std::size_t i, bool bare_day) const
    {
        std::optional<Partial> best;
        auto consider = [&](const Partial& p) { keep_longer(best, p); };
        std::size_t j = i;
        if (weekday(j) >= 0) {
            ++j;
            if (punct(j, '.') && glued(j)) {
                ++j;
            }
            if (punct(j, ',')) {
                ++j;
            }
        }
        const bool weekday_given = j != i;

        // DAY [.] [of] MONTH [[,] [of|in] YEAR]: "25 February 2013", "the first of February", "16. Nov. 2016"
        day_then_month(i, j, best);

        // MONTH [the] DAY [[,] [of|in] YEAR], MONTH [[,] [of|in] YEAR]: "February 25, 2013", "June of 1992"
        if (auto m = month(j)) {
            Partial pm = piece(i, m->next, 0, m->value);
            pm.month_upper = m->upper;
            year_tail(pm);
            // "may 2016" is a month; "they may, in 2016," is not.
            if (!m->weak || (pm.y && pm.end == m->next + 1)) {
                consider(pm);
            }
            std::size_t k = m->next;
            if (word(k, "the")) {
                ++k;
            }
            if (auto d = day(k, true)) {
                Partial pd = piece(i, d->next, d->value, m->value);
                pd.month_upper = m->upper;
                year_tail(pd);
                if ((!d->cardinal || pd.y) && (!m->weak || pd.y)) {
                    consider(pd);
                }
            }
        }

        // YEAR [,] MONTH [DAY]: "2016 july 13", "2016, nov"
        year_then_month(i, j, weekday_given, best);

        if (auto c = compound(i, j)) {
            consider(*c);
        }

        if (bare_day && !weekday_given) {
            if (auto d = day(j, false); d && !d->word) {
                Partial p = piece(i, d->next, d->value);
                year_tail(p); // "February 18-19, 2014"
                consider(p);
            }
        }
        return best;
    }

    // The parts of a compound at j ("2014-02-13", "31/Oct/1974"): two or three numbers or one
    // month name, joined by one kind of separator.
    struct CompoundParts {
        std::size_t end = 0; // the token after it
        std::size_t count = 0;
        char sep = 0;
        int month_at = -1;
        std::array<int, 3> num{-1, -1, -1};
        std::array<int, 3> digits{0, 0, 0};
        bool upper = false;
        std::string text;

        bool is_year(std::size_t p) const { return digits[p] == 4 && num[p] >= min_year && num[p] <= max_year; }
        bool is_small(std::size_t p) const { return digits[p] >= 1 && digits[p] <= 2; }
    };

    std::optional<CompoundParts> split_compound(std::size_t j) const
    {
        if (j >= size() || m_tok[j].cont || !is_part(m_tok[j])) {
            return std::nullopt;
        }
        std::array<std::size_t, 3> parts{j, 0, 0};
        std::size_t count = 1;
        char sep = 0;
        std::size_t k = j + 1;
        while (k < size() && m_tok[k].cont) {
            if (count == 3 || m_tok[k].kind != Kind::punct || k + 1 >= size()) {
                return std::nullopt; // more than three parts, or parts glued without separator
            }
            if (sep != 0 && m_tok[k].punct != sep) {
                return std::nullopt;
            }
            sep = m_tok[k].punct;
            parts[count++] = k + 1;
            k += 2;
        }
        if (count < 2 || sep == ':') {
            return std::nullopt;
        }
        const std::string text = expression(j, k);
        int month_at = -1;
        std::array<int, 3> num{-1, -1, -1};
        std::array<int, 3> digits{0, 0, 0};
        bool upper = false;
        for (std::size_t p = 0; p < count; ++p) {
            const Token& t = m_tok[parts[p]];
            if (t.kind == Kind::word) {
                auto m = month(parts[p]);
                if (!m || month_at >= 0) {
                    return std::nullopt;
                }
                month_at = static_cast<int>(p);
                num[p] = m->value;
                upper = m->upper;
            } else if (t.kind == Kind::number && t.value >= 0) {
                num[p] = t.value;
                digits[p] = t.digits;
            } else {
                return std::nullopt;
            }
        }
        return CompoundParts{k, count, sep, month_at, num, digits, upper, text};
    }

    // "dec-2018", "2018/dec", "2014-02" (ISO month); "2013-14" is a year range, read by the caller.
    std::optional<Partial> two_part_compound(Partial out, const CompoundParts& parts) const
    {
        const auto& [k, count, sep, month_at, num, digits, upper, text] = parts;
        auto is_year = [&](std::size_t p) { return parts.is_year(p); };
        if (sep == '.') {
            return std::nullopt;
        }
        if (month_at >= 0) {
            const std::size_t other = month_at == 0 ? 1 : 0;
            if (!is_year(other)) {
                return std::nullopt;
            }
            out.m = num[static_cast<std::size_t>(month_at)];
            out.y = num[other];
            return out;
        }
        // "2014-02" is ISO; "2013-14" is a year range, read by the caller.
        if (sep == '-' && is_year(0) && digits[1] == 2 && num[1] >= 1 && num[1] <= 12 &&
            num[1] != (num[0] + 1) % 100) {
            out.m = num[1];
            out.y = num[0];
            return out;
        }
        return std::nullopt;
    }

    // A compound of two or three parts written without spaces: "2014-02-13", "27.02.2014",
    // "10/31/1974", "31/Oct/1974", "2019-sep-1", "dec-2018", "2014-02".
    std::optional<Partial> compound(std::size_t start, std::size_t j) const
    {
        const auto parts = split_compound(j);
        if (!parts) {
            return std::nullopt;
        }
        const auto& [k, count, sep, month_at, num, digits, upper, text] = *parts;
        auto is_year = [&](std::size_t p) { return parts->is_year(p); };
        auto is_small = [&](std::size_t p) { return parts->is_small(p); };
        Partial out = piece(start, k);
        out.month_upper = upper;

        if (count == 2 && month_at < 0 && sep == '/' && is_small(0) && is_small(1) && punct(k, ',') && k + 1 < size() &&
            m_tok[k + 1].kind == Kind::number && (m_tok[k + 1].digits == 2 || year(k + 1))) {
            // "08/12,2015", "08/12,15": month and day, a comma, the year.
            const int y = m_tok[k + 1].digits == 2 ? full_year(m_tok[k + 1].value) : m_tok[k + 1].value;
            out.end = k + 2;
            out.y = y;
            return numeric_order(out, num[0], num[1], sep, text);
        }
        if (count == 2) {
            return two_part_compound(out, *parts);
        }

        if (month_at >= 0) {
            // One month name: the four-digit number is the year and the other the day, in any order.
            std::size_t y = 3;
            std::size_t d = 3;
            for (std::size_t p = 0; p < 3; ++p) {
                if (static_cast<int>(p) == month_at) {
                    continue;
                }
                if (is_year(p)) {
                    y = p;
                } else if (is_small(p)) {
                    d = p;
                }
            }
            if (y == 3 || d == 3) {
                return std::nullopt;
            }
            out.y = num[y];
            out.m = num[static_cast<std::size_t>(month_at)];
            out.d = num[d];
            if (out.d < 1) {
                out.error = text + ": no day " + std::to_string(out.d);
            }
            return out;
        }

        if (is_year(0) && is_small(1) && is_small(2) && sep != '.') {
            out.y = num[0];
            out.m = num[1];
            out.d = num[2];
            if (out.m < 1 || out.m > 12) {
                out.error = text + ": no month " + std::to_string(out.m);
            }
            return out;
        }
        // "11-23-98", "07.04.01": a two-digit year last (with dots, two-digit day and month too).
        const bool short_year = digits[2] == 2 && is_small(0) && is_small(1) && num[0] >= 1 && num[1] >= 1 &&
                                (sep != '.' || (digits[0] == 2 && digits[1] == 2));
        if (!(is_year(2) && is_small(0) && is_small(1)) && !short_year) {
            return std::nullopt;
        }
        out.y = digits[2] == 2 ? full_year(num[2]) : num[2];
        if (digits[2] == 2) {
            out.note = "two-digit year " + std::to_string(num[2]) + " read as " + std::to_string(out.y) + "; ";
        }
        return numeric_order(out, num[0], num[1], sep, text);
    }

    // Day and month of a numeric date: a part over 12 can only be the day. Otherwise the text's
    // stated order, else the order an unambiguous numeric date earlier in the text showed, else
    // dots mean day first (27.02.2014) and slashes or dashes month first, the US order (10/31/1974).
    std::optional<Partial> numeric_order(Partial out, int a, int b, char sep, const std::string& text) const
    {
        if (a > 12 && b > 12) {
            out.error = text + ": no month " + std::to_string(a) + (a == b ? "" : " or " + std::to_string(b));
            return out;
        }
        using Order = DateAnchor::NumericOrder;
        bool day_first = a > 12;
        if (a > 12 || b > 12) {
            m_observed = day_first ? Order::day_first : Order::month_first;
            out.note += std::string(day_first ? "day" : "month") + " first: " + std::to_string(day_first ? a : b) +
                        " can only be the day";
        } else if (m_anchor.order != Order::by_separator) {
            day_first = m_anchor.order == Order::day_first;
            out.note += std::string(day_first ? "day" : "month") + " first: the order the text states";
        } else if (m_observed != Order::by_separator) {
            day_first = m_observed == Order::day_first;
            out.note += std::string(day_first ? "day" : "month") + " first: the order of an earlier date in the text";
        } else {
            day_first = sep == '.';
            out.note += day_first ? "day first: dots (the European default)"
                                  : "month first: slashes and dashes (the US default)";
        }
        out.d = day_first ? a : b;
        out.m = day_first ? b : a;
        if (out.m < 1) {
            out.error = text + ": no month 0";
        } else if (out.d < 1) {
            out.error = text + ": no day 0";
        }
        return out;
    }

    // --- resolution --------------------------------------------------------------------------
    struct YearFrom {
        int year = 0;
        bool relative = false;
    };

    // The year of a yearless expression: the latest year written earlier in the text, else
    // the anchor's; moved by "the following year" and the like.
    std::optional<YearFrom> context_year(const Partial& p) const
    {
        int delta = 0;
        bool relative = false;
        if (p.relative != no_relative) {
            delta = p.relative;
            relative = true;
        } else if (auto r = relative_before(p.begin)) {
            delta = *r;
            relative = true;
        }
        const int base = m_last_year ? m_last_year : m_anchor.year;
        if (base == 0 || base + delta < min_year || base + delta > max_year) {
            return std::nullopt;
        }
        if (!relative && m_last_year == 0 && anchored() && p.m > 0) {
            // A news report's bare month or day: the closest one on or before the anchor,
            // unless the words before it point ahead.
            const Ymd a = anchor_day();
            const std::pair<int, int> md{p.m, p.d};
            const std::pair<int, int> at{a.m, p.d ? a.d : 0};
            if (future_cue(p.begin)) {
                return YearFrom{md < at ? a.y + 1 : a.y, false};
            }
            return YearFrom{md > at ? a.y - 1 : a.y, false};
        }
        return YearFrom{base + delta, relative};
    }

    bool function_word(std::size_t i) const { return in(Words::function, i).has_value(); }

    // May a bare year end at e? Not when a count's noun or a percent sign follows.
    bool year_may_end(std::size_t e) const
    {
        if (e >= size() || m_tok[e].line_start) {
            return true;
        }
        const Token& t = m_tok[e];
        // "from 1000 to 2000 people": a range of counts, unless a year that may end follows.
        if ((punct(e, '-') || word(e, "to")) && e + 1 < size() &&
            m_tok[e + 1].kind == Kind::number) {
            return year(e + 1) && (e + 2 >= size() || m_tok[e + 2].kind != Kind::number) && year_may_end(e + 2);
        }
        switch (t.kind) {
        case Kind::punct: return t.punct != '%';
        case Kind::word: return t.upper || function_word(e);
        case Kind::other: return true;
        default: return false;
        }
    }

    // A bare number is a year only where it is clearly one: the whole text, alone on its line or
    // starting a line before ':' or a dash, or after "in", "since", "of", ... and not before a noun.
    bool bare_year_ok(std::size_t b, std::size_t e) const
    {
        if (b > 0 && glued(b) && m_tok[b - 1].kind == Kind::punct) {
            const char c = m_tok[b - 1].punct;
            if (c == '$' || c == '#' || c == '+' || c == '=' || c == '@' || c == '&' || c == '*' || c == '~' ||
                c == '\\') {
                return false;
            }
        }
        std::size_t words = 0;
        for (std::size_t k = b; k < e; ++k) {
            words += m_tok[k].kind != Kind::punct;
        }
        if (words == m_content) {
            return true;
        }
        if (m_tok[b].line_start) {
            std::size_t k = e;
            if (k >= size() || m_tok[k].line_start) {
                return true;
            }
            if (punct(k, ':') || punct(k, '-')) {
                return true;
            }
            if ((punct(k, '.') || punct(k, ',')) && (k + 1 >= size() || m_tok[k + 1].line_start)) {
                return true;
            }
        }
        if (b > 0 && m_tok[b - 1].kind == Kind::word && in(Words::year_trigger, b - 1).has_value()) {
            return year_may_end(e);
        }
        // The next of a list of years: "in 2010, 2011 and 2012".
        std::size_t k = b;
        if (k > 0 && (word(k - 1, "and") || word(k - 1, "or"))) {
            --k;
        }
        if (k > 0 && punct(k - 1, ',')) {
            --k;
        }
        return k != b && k == m_year_end && year_may_end(e);
    }

    // A yearless month name alone is a date only after "in", "since", ... and with a capital:
    // "In March, the Senate"; never "march" or "may".
    bool lone_month_ok(const Partial& p) const
    {
        if (!p.month_upper || p.begin == 0) {
            return false;
        }
        return m_tok[p.begin - 1].kind == Kind::word && in(Words::month_prep, p.begin - 1).has_value();
    }

    Found found(std::size_t b, std::size_t e) const
    {
        Found f;
        f.begin = b;
        f.end = e;
        return f;
    }

    Found error_found(std::size_t b, std::size_t e, const std::string& reason, int explicit_year) const
    {
        Found f = found(b, e);
        f.error = expression(b, e) + ": " + reason;
        f.explicit_year = explicit_year;
        return f;
    }

    // One partial on its own.
    std::optional<Found> single(const Partial& p) const
    {
        Found f = found(p.begin, p.end);
        f.explicit_year = p.y;
        f.note = p.note;
        if (!p.error.empty()) {
            f.error = p.error;
            return f;
        }
        if (p.m == 0) {
            if (p.d == 0 && p.y != 0 && bare_year_ok(p.begin, p.end)) {
                f.value = year_value(p.y);
                return f;
            }
            return std::nullopt;
        }
        int y = p.y;
        if (y == 0) {
            if (p.d == 0 && p.relative == no_relative && !lone_month_ok(p)) {
                return std::nullopt;
            }
            auto c = context_year(p);
            if (!c) {
                return std::nullopt;
            }
            y = c->year;
            f.year_inferred = true;
            f.relative = c->relative;
        }
        if (p.d == 0) {
            f.value = month_value(y, p.m);
            return f;
        }
        if (auto why = day_problem({y, p.m, p.d})) {
            f.error = expression(p.begin, p.end) + ": " + *why;
            return f;
        }
        f.value = day_value({y, p.m, p.d});
        return f;
    }

    // A, connective, B: "18-19 February 2014", "March-April 2013", "2013-2014", "between 3 and 5 May 2001".
    std::optional<Found> range(std::size_t begin, const Partial& a, const Partial& b, bool glued_dash,
                               bool prefixed) const
    {
        if (!a.error.empty() || !b.error.empty()) {
            return std::nullopt;
        }
        Found f = found(begin, b.end);
        f.explicit_year = b.y ? b.y : a.y;
        const bool a_day = a.d != 0;
        const bool b_day = b.d != 0;

        // Years, a missing one taken from the other end, else from the text before.
        auto years = [&](int ma, int mb, bool month_from_b) -> std::optional<std::pair<int, int>> {
            int yb = b.y ? b.y : a.y;
            if (yb == 0) {
                auto c = context_year(a);
                if (!c) {
                    return std::nullopt;
                }
                yb = c->year;
                f.year_inferred = true;
                f.relative = c->relative;
            }
            int ya = a.y ? a.y : yb;
            if (!a.y && !month_from_b && ma > mb) {
                --ya; // "28 December - 3 January 2014"
            }
            return std::pair{ya, yb};
        };

        if (a_day && b_day && (b.m || a.m) && !(a.y && !a.m)) {
            const int ma = a.m ? a.m : b.m;
            const int mb = b.m ? b.m : a.m;
            if (!a.m && !b.m) {
                return std::nullopt;
            }
            if (b.m == 0 && a.y != 0) {
                return std::nullopt; // "3 May 2013 - 5" is no range
            }
            auto ys = years(ma, mb, a.m == 0);
            if (!ys) {
                return std::nullopt;
            }
            const Ymd first{ys->first, ma, a.d};
            const Ymd last{ys->second, mb, b.d};
            if (auto why = day_problem(first)) {
                return error_found(begin, b.end, *why, f.explicit_year);
            }
            if (auto why = day_problem(last)) {
                return error_found(begin, b.end, *why, f.explicit_year);
            }
            if (!(first < last)) {
                return std::nullopt;
            }
            f.value = day_range_value(first, last);
            return f;
        }
        if (!a_day && !b_day && a.m && b.m) {
            if (!a.y && !b.y && (!a.month_upper || !b.month_upper)) {
                return std::nullopt;
            }
            auto ys = years(a.m, b.m, false);
            if (!ys || !(std::pair{ys->first, a.m} < std::pair{ys->second, b.m})) {
                return std::nullopt;
            }
            f.value = month_range_value(ys->first, a.m, ys->second, b.m);
            return f;
        }
        if (!a_day && !b_day && !a.m && !b.m && a.y && b.y) {
            if (!(a.y < b.y) || !(year_may_end(b.end) || (glued_dash && b.y - a.y <= 10))) {
                return std::nullopt;
            }
            if (!glued_dash && !prefixed && !bare_year_ok(a.begin, a.end)) {
                return std::nullopt;
            }
            f.value = year_range_value(a.y, b.y);
            return f;
        }
        return std::nullopt;
    }

    // The connective of a range at k: returns the index after it.
    std::optional<std::size_t> connective(std::size_t k, std::string_view prefix) const
    {
        if (prefix == "between") {
            return word(k, "and") ? std::optional{k + 1} : std::nullopt;
        }
        if (punct(k, '-') || word(k, "to") || word(k, "through") || word(k, "thru")) {
            return k + 1;
        }
        if (prefix == "from" && (word(k, "until") || word(k, "till"))) {
            return k + 1;
        }
        return std::nullopt;
    }

    // A date, or a range of two, starting at i; `prefix` is "between" or "from" when one came before.
    void plain(std::size_t begin, std::size_t i, std::string_view prefix, std::optional<Found>& best) const
    {
        auto a = partial(i, true);
        if (!a) {
            return;
        }
        if (prefix.empty()) {
            if (auto f = single(*a)) {
                keep(best, *f);
            }
        }
        // "2013/2014", "2013/14", "2013-14": years joined by a glued slash or dash.
        const bool bare_year = a->y && !a->m && !a->d && a->error.empty();
        const std::size_t s = a->end;
        if (bare_year && (punct(s, '/') || punct(s, '-')) && glued(s) && glued(s + 1) && s + 1 < size() &&
            m_tok[s + 1].kind == Kind::number && (prefix.empty() || punct(s, '-'))) {
            const Token& t = m_tok[s + 1];
            const int y2 = t.digits == 2 ? a->y / 100 * 100 + t.value : t.digits == 4 ? t.value : 0;
            // A short span is a period even before a noun ("the 2013-2014 session"); a wide one
            // before a noun is a range of counts ("1000-2000 people"). "2013/45" is a number.
            const bool short_span = y2 - a->y <= (punct(s, '/') && t.digits == 2 ? 1 : 10);
            const bool abbreviated_ok = t.digits == 4 || short_span;
            if (y2 > a->y && y2 <= max_year && abbreviated_ok && (short_span || year_may_end(s + 2))) {
                Found f = found(begin, s + 2);
                f.value = year_range_value(a->y, y2);
                f.explicit_year = y2;
                keep(best, f);
            }
        }
        auto k = connective(a->end, prefix);
        if (!k) {
            return;
        }
        const bool glued_dash = punct(a->end, '-') && glued(a->end) && glued(*k);
        if (auto b = partial(*k, true)) {
            Partial aa = *a;
            aa.begin = begin;
            if (auto f = range(begin, aa, *b, glued_dash, !prefix.empty())) {
                keep(best, *f);
            }
        }
    }

    // Keeps the longer of two candidates; a candidate that ends inside a compound is none.
    void keep(std::optional<Found>& best, const Found& f) const
    {
        if (!can_end(f.end)) {
            return;
        }
        if (!best || f.end > best->end) {
            best = f;
        }
    }

    // A month (M, M Y) or a year after "early", "mid", "late", ...
    std::optional<Found> part_of(std::size_t begin, std::size_t k, Part part) const
    {
        if (auto f = part_of_relative(begin, k, part)) {
            return f;
        }
        auto p = partial(k, false);
        if (!p || p->d != 0 || !p->error.empty()) {
            return std::nullopt;
        }
        Found f = found(begin, p->end);
        f.explicit_year = p->y;
        if (p->m == 0) {
            if (p->y == 0 || !year_may_end(p->end)) {
                return std::nullopt;
            }
            const int m1 = part == Part::early ? 1 : part == Part::mid ? 5 : 9;
            f.value = year_part_value(p->y, m1, m1 + 3);
            return f;
        }
        int y = p->y;
        if (y == 0) {
            auto c = context_year(*p);
            if (!c) {
                return std::nullopt;
            }
            y = c->year;
            f.year_inferred = true;
            f.relative = c->relative;
        }
        const int d1 = part == Part::early ? 1 : part == Part::mid ? 11 : 21;
        const int d2 = part == Part::early ? 10 : part == Part::mid ? 20 : days_in_month(y, p->m);
        f.value = month_part_value({y, p->m, d1}, {y, p->m, d2});
        return f;
    }

    // Part of a year or month relative to the anchor: "late last year", "early next year", "the
    // end of this year", "the end of the year", "the middle of next month", "the end of the month".
    std::optional<Found> part_of_relative(std::size_t begin, std::size_t k, Part part) const
    {
        if (!anchored()) {
            return std::nullopt;
        }
        const bool the = word(k, "the") && (word(k + 1, "year") || word(k + 1, "month"));
        const auto step = the ? std::optional<int>(0) : table(Words::step, k);
        const std::size_t u = k + 1;
        if (!step || !(word(u, "year") || word(u, "month"))) {
            return std::nullopt;
        }
        Found f = relative_found(begin, u + 1, {}, "that part of the year or month before, of or after the anchor's");
        if (word(u, "year")) {
            const int m1 = part == Part::early ? 1 : part == Part::mid ? 5 : 9;
            f.value = year_part_value(m_anchor.year + *step, m1, m1 + 3);
        } else {
            const auto [y, m] = add_months(m_anchor.year, m_anchor.month, *step);
            const int d1 = part == Part::early ? 1 : part == Part::mid ? 11 : 21;
            const int d2 = part == Part::early ? 10 : part == Part::mid ? 20 : days_in_month(y, m);
            f.value = month_part_value({y, m, d1}, {y, m, d2});
        }
        if (the || anaphoric_step(k)) {
            f.anchoring = DateMatch::Anchoring::event;
        }
        return f;
    }

    // "early July 2013", "mid-2015", "at the end of 2011", "the beginning of 2011".
    std::optional<Found> fuzzy(std::size_t i) const
    {
        std::size_t k = i;
        if (word(k, "at")) {
            ++k;
        }
        if (word(k, "the")) {
            ++k;
        }
        if (word(k, "early")) {
            return part_of(i, k + 1, Part::early);
        }
        if ((word(k, "beginning") || word(k, "start")) && word(k + 1, "of")) {
            return part_of(i, k + 2, Part::early);
        }
        if (word(k, "mid")) {
            ++k;
            if (punct(k, '-')) {
                ++k;
            }
            return part_of(i, k, Part::mid);
        }
        if (word(k, "middle") && word(k + 1, "of")) {
            return part_of(i, k + 2, Part::mid);
        }
        if (word(k, "late")) {
            return part_of(i, k + 1, Part::late);
        }
        if (word(k, "end") && word(k + 1, "of")) {
            return part_of(i, k + 2, Part::late);
        }
        return std::nullopt;
    }

    // The year after a season or "the first half of": written, or a relative year phrase.
    struct YearAfter {
        YearFrom from;
        std::size_t next = 0;
        bool written = false;
    };

    std::optional<YearAfter> year_after(std::size_t k, std::size_t b) const
    {
        if (auto y = year_at(k); y && year_may_end(y->next)) {
            return YearAfter{{y->value, false}, y->next, true};
        }
        if (auto r = relative_year(k)) {
            Partial p = piece(b, r->second);
            p.relative = r->first;
            if (auto c = context_year(p)) {
                return YearAfter{*c, r->second, false};
            }
        }
        return std::nullopt;
    }

    void set_year(Found& f, const YearAfter& y) const
    {
        f.relative = y.from.relative;
        f.year_inferred = !y.written;
        f.explicit_year = y.written ? y.from.year : 0;
    }

    // "spring 1999", "the winter of 1992".
    std::optional<Found> season(std::size_t i) const
    {
        std::size_t k = i;
        if (word(k, "the")) {
            ++k;
        }
        int code = 0;
        if (word(k, "spring")) {
            code = 21;
        } else if (word(k, "summer")) {
            code = 22;
        } else if (word(k, "autumn") || word(k, "fall")) {
            code = 23;
        } else if (word(k, "winter")) {
            code = 24;
        } else {
            return std::nullopt;
        }
        ++k;
        if (word(k, "of")) {
            ++k;
        }
        auto y = year_after(k, i);
        if (!y) {
            return std::nullopt;
        }
        Found f = found(i, y->next);
        f.value = season_value(y->from.year, code);
        set_year(f, *y);
        return f;
    }

    // The ordinal at k: 1..5 ("first", "3rd"), -1 for "last".
    std::optional<int> ordinal(std::size_t k) const
    {
        if (word(k, "last")) {
            return -1;
        }
        if (k < size() && m_tok[k].kind == Kind::ordinal && m_tok[k].value >= 1 && m_tok[k].value <= 5) {
            return m_tok[k].value;
        }
        if (k < size() && m_tok[k].kind == Kind::word) {
            const int o = lookup_at(Words::ordinal, k);
            if (o >= 1 && o <= 5) {
                return o;
            }
        }
        return std::nullopt;
    }

    // Months m1..m2 of the n-th half (`half`) or quarter of a year; n = -1 is the last.
    static std::optional<std::pair<int, int>> year_part_months(int n, bool half)
    {
        if (half) {
            if (n > 2 || n == 0) {
                return std::nullopt;
            }
            const int m1 = n == 1 ? 1 : 7;
            return std::pair{m1, m1 + 5};
        }
        if (n > 4 || n == 0) {
            return std::nullopt;
        }
        const int m1 = n == -1 ? 10 : n * 3 - 2;
        return std::pair{m1, m1 + 2};
    }

    // "the first half of 2012", "the third quarter of 2014", "the 2004 second quarter", "the
    // second quarter of fiscal 2004", "the third quarter" (the anchor's year).
    std::optional<Found> half_or_quarter(std::size_t i) const
    {
        std::size_t k = word(i, "the") ? i + 1 : i;
        k += word(k, "fiscal") ? 1 : 0;
        auto before = year_at(k);
        before = before ? before : step_year(k);
        if (before) {
            k = before->next;
            k += apostrophe(k) && word(k + 1, "s") ? 2 : 0; // "fiscal 2012's", "last year's"
        }
        auto n = ordinal(k);
        if (!n) {
            return std::nullopt;
        }
        ++k;
        const bool half = word(k, "half");
        if (!half && !word(k, "quarter") && !word(k, "qtr")) {
            return std::nullopt;
        }
        ++k;
        auto months = year_part_months(*n, half);
        if (!months) {
            return std::nullopt;
        }
        std::optional<YearAfter> y;
        if (before) {
            y = YearAfter{{before->value, false}, k, true};
        } else {
            std::size_t j = word(k, "of") ? k + 1 : k;
            j = word(j, "fiscal") ? j + 1 : j;
            y = year_after(j, i);
            if (auto s = y ? std::nullopt : step_year(j)) {
                y = YearAfter{{s->value, true}, s->next, false};
            }
            if (!y && anchored()) {
                y = YearAfter{{m_anchor.year, true}, k, false};
            }
        }
        if (!y) {
            return std::nullopt;
        }
        Found f = found(i, y->next);
        f.value = year_part_value(y->from.year, months->first, months->second);
        set_year(f, *y);
        return f;
    }

    // "[the] next month", "this month", "the previous month" with a full anchor day: that month.
    std::optional<Partial> step_month(std::size_t k) const
    {
        const std::size_t s = word(k, "the") ? k + 1 : k;
        const auto step = anchored() ? table(Words::step, s) : std::nullopt;
        if (!step || !word(s + 1, "month")) {
            return std::nullopt;
        }
        const auto [y, m] = add_months(m_anchor.year, m_anchor.month, *step);
        return piece(k, s + 2, 0, m, y);
    }

    // "last day of october 2015", "third tuesday of september 2014", "last Sunday of March 2014".
    std::optional<Found> nth_day(std::size_t i) const
    {
        std::size_t k = i;
        if (word(k, "the")) {
            ++k;
        }
        auto n = ordinal(k);
        if (!n) {
            return std::nullopt;
        }
        ++k;
        const int wd = weekday(k);
        if (wd < 0 && !word(k, "day")) {
            return std::nullopt;
        }
        ++k;
        const bool of = word(k, "of") || word(k, "in");
        if (!of && !(anchored() && wd >= 0)) {
            return std::nullopt;
        }
        // "second Sunday" alone: of the anchor's month.
        const auto relative_month = of ? step_month(k + 1) : std::optional{piece(k, k, 0, m_anchor.month, m_anchor.year)};
        auto p = relative_month ? relative_month : partial(k + 1, false);
        if (p && !of) {
            p->begin = p->end = k; // the expression ends at the weekday
        }
        if (!p || p->m == 0 || p->d != 0 || !p->error.empty()) {
            return std::nullopt;
        }
        Found f = found(i, p->end);
        f.explicit_year = relative_month ? 0 : p->y;
        f.relative = relative_month.has_value();
        int y = p->y;
        if (y == 0) {
            auto c = context_year(*p);
            if (!c) {
                return std::nullopt;
            }
            y = c->year;
            f.year_inferred = true;
            f.relative = c->relative;
        }
        const int last = days_in_month(y, p->m);
        if (wd < 0) {
            const int d = *n == -1 ? last : *n;
            f.value = day_value({y, p->m, d});
            return f;
        }
        if (!in_boost_range(y)) {
            return std::nullopt;
        }
        using namespace boost::gregorian;
        const auto weekday_value = static_cast<unsigned short>(wd);
        date d;
        if (*n == -1) {
            d = last_kday_of_month(greg_weekday(weekday_value), greg_month(static_cast<unsigned short>(p->m)))
                    .get_date(static_cast<unsigned short>(y));
        } else {
            d = first_kday_of_month(greg_weekday(weekday_value), greg_month(static_cast<unsigned short>(p->m)))
                    .get_date(static_cast<unsigned short>(y)) +
                days(7 * (*n - 1));
            if (d.month() != p->m) {
                const std::string name(month_names[static_cast<std::size_t>(p->m - 1)]);
                return error_found(i, p->end,
                                   name + " " + std::to_string(y) + " has no " + std::string(str(k - 2)) + " " +
                                       std::string(str(k - 1)),
                                   f.explicit_year);
            }
        }
        f.value = day_value(from_boost(d));
        return f;
    }

    // "2 weeks before may 13 1999", "three days after 25 February 2013".
    std::optional<Found> offset(std::size_t i) const
    {
        int n = 0;
        if (i < size() && m_tok[i].kind == Kind::number && m_tok[i].digits <= 2 && m_tok[i].value > 0) {
            n = m_tok[i].value;
        } else if (word(i, "a") || word(i, "an") || word(i, "one")) {
            n = 1;
        } else if (i < size() && m_tok[i].kind == Kind::word) {
            n = day_cardinal_at(i);
        }
        if (n <= 0) {
            return std::nullopt;
        }
        std::size_t k = i + 1;
        int unit = 0; // 1 day, 7 week, 30 month, 365 year
        if (word(k, "day") || word(k, "days")) {
            unit = 1;
        } else if (word(k, "week") || word(k, "weeks")) {
            unit = 7;
        } else if (word(k, "month") || word(k, "months")) {
            unit = 30;
        } else if (word(k, "year") || word(k, "years")) {
            unit = 365;
        } else {
            return std::nullopt;
        }
        ++k;
        int sign = 0;
        if (word(k, "before")) {
            sign = -1;
        } else if (word(k, "after")) {
            sign = 1;
        } else if (word(k, "prior") && word(k + 1, "to")) {
            sign = -1;
            ++k;
        } else {
            return std::nullopt;
        }
        auto p = partial(k + 1, false);
        if (!p || p->d == 0 || p->m == 0) {
            return std::nullopt;
        }
        auto base = single(*p);
        if (!base) {
            return std::nullopt;
        }
        if (!base->error.empty()) {
            base->begin = i; // the error names the impossible date itself
            return base;
        }
        const Ymd from{std::stoi(base->value.start.substr(0, 4)), std::stoi(base->value.start.substr(5, 2)),
                       std::stoi(base->value.start.substr(8, 2))};
        Ymd to = from;
        if (unit == 30 || unit == 365) {
            int months = (unit == 30 ? n : n * 12) * sign;
            int total = from.y * 12 + (from.m - 1) + months;
            to.y = total / 12;
            to.m = total % 12 + 1;
            to.d = std::min(from.d, days_in_month(to.y, to.m));
        } else {
            // At most 99 weeks: two years either side keep Boost within its calendar.
            if (!in_boost_range(from.y - 2) || !in_boost_range(from.y + 2)) {
                return std::nullopt;
            }
            to = from_boost(to_boost(from) + boost::gregorian::days(static_cast<long>(n) * unit * sign));
        }
        if (to.y < min_year || to.y > max_year) {
            return std::nullopt;
        }
        Found f = *base;
        f.begin = i;
        f.value = day_value(to);
        return f;
    }

    // --- decades, centuries, quarter codes, fiscal years ---------------------------------------
    // "this year", "last year", "next year" at k, with a full anchor day: that year.
    std::optional<YearAt> step_year(std::size_t k) const
    {
        auto step = table(Words::step, k);
        if (!anchored() || !step || !word(k + 1, "year")) {
            return std::nullopt;
        }
        return YearAt{m_anchor.year + *step, k + 2};
    }

    // "early", "mid", "mid-", "late" at k: 1, 2, 3 and the token after.
    std::optional<std::pair<int, std::size_t>> part_word(std::size_t k) const
    {
        if (k >= size() || m_tok[k].kind != Kind::word) {
            return std::nullopt;
        }
        auto p = in(Words::part, k);
        if (!p) {
            return std::nullopt;
        }
        ++k;
        if (punct(k, '-') && glued(k) && glued(k + 1)) {
            ++k;
        }
        return std::pair{*p, k};
    }

    // A part word, or "the beginning of the", "the middle of the", "the end of the" at k.
    std::optional<std::pair<int, std::size_t>> part_phrase(std::size_t k) const
    {
        int p = 0;
        if (word(k, "beginning") || word(k, "start")) {
            p = 1;
        } else if (word(k, "middle")) {
            p = 2;
        } else if (word(k, "end")) {
            p = 3;
        }
        if (p == 0 || !word(k + 1, "of")) {
            return part_word(k);
        }
        return std::pair{p, word(k + 2, "the") ? k + 3 : k + 2};
    }

    // The decade a two-digit one ("'80s", "the eighties") names: the latest 19nn or 20nn decade
    // that starts no later than the anchor's year (or the text's latest); with neither, "00s" and
    // "10s" are 2000 and 2010, the others 1920 .. 1990.
    int decade_year(int nn) const
    {
        const int ref = m_anchor.year ? m_anchor.year : m_last_year;
        if (ref == 0) {
            return nn <= 10 ? 2000 + nn : 1900 + nn;
        }
        return 2000 + nn <= ref ? 2000 + nn : 1900 + nn;
    }

    // "s" glued at k, after an optional glued apostrophe ("1980s", "1980's"): the token after it.
    std::optional<std::size_t> plural_s(std::size_t k) const
    {
        if (apostrophe(k) && glued(k)) {
            ++k;
        }
        return word(k, "s") && glued(k) ? std::optional{k + 1} : std::nullopt;
    }

    // The first year of a decade written at k ("1980s", "'80s", "80s" when `bare_ok`,
    // "eighties", "nineteen-eighties") and the token after it.
    std::optional<YearAt> decade_at(std::size_t k, bool bare_ok) const
    {
        if (k < size() && m_tok[k].kind == Kind::number && m_tok[k].value >= 0 && m_tok[k].value % 10 == 0) {
            const Token& t = m_tok[k];
            auto e = plural_s(k + 1);
            if (e && t.digits == 4 && t.value >= min_year && t.value <= max_year) {
                return YearAt{t.value, *e};
            }
            if (e && t.digits == 2 && bare_ok) {
                return YearAt{decade_year(t.value), *e};
            }
            return std::nullopt;
        }
        if (apostrophe(k) && k + 1 < size() && glued(k + 1) && m_tok[k + 1].kind == Kind::number &&
            m_tok[k + 1].digits == 2 && m_tok[k + 1].value % 10 == 0) {
            auto e = plural_s(k + 2);
            return e ? std::optional{YearAt{decade_year(m_tok[k + 1].value), *e}} : std::nullopt;
        }
        int century = 0;
        if (k < size() && m_tok[k].kind == Kind::word) {
            if (auto c = in(Words::number, k); c && *c >= 10 && *c <= 20) {
                century = *c * 100;
                k += punct(k + 1, '-') && glued(k + 1) ? 2 : 1;
            }
        }
        if (k < size() && m_tok[k].kind == Kind::word) {
            if (auto d = in(Words::decade, k)) {
                return YearAt{century ? century + *d : decade_year(*d), k + 1};
            }
        }
        return std::nullopt;
    }

    // "the 1980s", "the '80s", "the eighties", "the early 2000s", "the mid-1970s", "the late nineties".
    std::optional<Found> decade(std::size_t i) const
    {
        std::size_t k = i;
        const bool the = word(k, "the");
        k += the ? 1 : 0;
        const auto part = part_phrase(k);
        if (part) {
            k = part->second;
        }
        auto d = decade_at(k, the || part);
        if (!d || !can_end(d->next)) {
            return std::nullopt;
        }
        Found f = found(i, d->next);
        f.explicit_year = d->value;
        if (d->value % 100 == 0 && d->value < 2000) {
            // "the 1800s", "the late 1900s": a century.
            static constexpr std::array<std::pair<int, int>, 3> thirds{{{0, 29}, {30, 69}, {70, 99}}};
            const auto [a, b] = part ? thirds[static_cast<std::size_t>(part->first - 1)] : std::pair{0, 99};
            f.value = part ? years_value(d->value + a, d->value + b) : unspecified_value(d->value, 100);
            f.note = "a year ending in 00 with an s (before 2000) is a century";
            return f;
        }
        if (!part) {
            f.value = unspecified_value(d->value, 10);
            return f;
        }
        static constexpr std::array<std::pair<int, int>, 3> spans{{{0, 3}, {4, 6}, {7, 9}}};
        const auto [a, b] = spans[static_cast<std::size_t>(part->first - 1)];
        f.value = years_value(d->value + a, d->value + b);
        f.note = "early, mid and late decades are its years 0-3, 4-6 and 7-9";
        return f;
    }

    // A century's ordinal at k ("18th", "eighteenth", "twenty-first") and the token after it.
    std::optional<std::pair<int, std::size_t>> century_number(std::size_t k) const
    {
        if (k < size() && m_tok[k].kind == Kind::ordinal && m_tok[k].value >= 1 && m_tok[k].value <= 30) {
            return std::pair{m_tok[k].value, k + 1};
        }
        if (k < size() && m_tok[k].kind == Kind::word) {
            if (auto d = day(k, false); d && d->word) {
                return std::pair{d->value, d->next};
            }
        }
        return std::nullopt;
    }

    // [the] [early|mid|late | first|second half of the] ORDINAL century [BC]: "the 18th century"
    // is 1700-1799 (EDTF 17XX), "the first half of the 20th century" 1900-1949.
    std::optional<Found> century(std::size_t i) const
    {
        std::size_t k = word(i, "the") ? i + 1 : i;
        int half = 0;
        const auto part = part_phrase(k);
        if (part) {
            k = part->second;
        } else if (auto n = ordinal(k); n && (word(k + 1, "half")) && word(k + 2, "of")) {
            half = *n == -1 ? 2 : *n;
            k += 3;
            k += word(k, "the") ? 1 : 0;
        }
        auto n = century_number(k);
        const std::size_t c = n && punct(n->second, '-') && glued(n->second) ? n->second + 1 : n ? n->second : 0;
        if (!n || !word(c, "century") || half > 2) {
            return std::nullopt;
        }
        std::size_t e = c + 1;
        const int first = (n->first - 1) * 100;
        if (word(e, "bc") || word(e, "bce") || (word(e, "b") && punct(e + 1, '.'))) {
            return error_found(i, e + 1, "dates before the Common Era are not read", 0);
        }
        Found f = found(i, e);
        if (half) {
            f.value = years_value(first + (half - 1) * 50, first + half * 50 - 1);
        } else if (part) {
            static constexpr std::array<std::pair<int, int>, 3> spans{{{0, 29}, {30, 69}, {70, 99}}};
            const auto [a, b] = spans[static_cast<std::size_t>(part->first - 1)];
            f.value = years_value(first + a, first + b);
            f.note = "early, mid and late centuries are its years 00-29, 30-69 and 70-99";
        } else {
            f.value = unspecified_value(first, 100);
            f.note = "a century is its years 00-99 (the 20th century is 1900-1999, EDTF 19XX)";
        }
        return f;
    }

    // "Q3 2004", "Q3-2004", "3Q 2004", "2004 Q3", "2004Q3", "H1 2012", "Q3" (the anchor's year).
    std::optional<Found> quarter_code(std::size_t i) const
    {
        auto code = [&](std::size_t k) -> std::optional<std::pair<int, bool>> {
            const bool q = word(k, "q");
            if ((q || word(k, "h")) && k + 1 < size() && glued(k + 1) && m_tok[k + 1].kind == Kind::number) {
                return std::pair{m_tok[k + 1].value, !q};
            }
            return std::nullopt;
        };
        std::size_t k = i;
        std::optional<YearAt> y = year_at(k);
        if (y) {
            k = y->next;
        }
        auto c = code(k);
        if (!c) {
            return std::nullopt;
        }
        auto months = year_part_months(c->first, c->second);
        k += 2;
        if (!months) {
            return std::nullopt;
        }
        if (!y) {
            std::size_t j = punct(k, '-') || punct(k, ',') ? k + 1 : k;
            j = word(j, "of") ? j + 1 : j;
            y = year_at(j);
        }
        Found f = found(i, y ? std::max(k, y->next) : k);
        if (!y && !anchored()) {
            return std::nullopt;
        }
        f.explicit_year = y ? y->value : 0;
        f.year_inferred = !y;
        f.value = year_part_value(y ? y->value : m_anchor.year, months->first, months->second);
        return f;
    }

    // "FY2003", "FY 2003", "FY03", "fiscal year 2003": the year named (a fiscal calendar is not
    // known to the reader); "circa 1985", "ca. 1985": the approximate year 1985~.
    std::optional<Found> fiscal_or_circa(std::size_t i) const
    {
        std::size_t k = i;
        const bool circa = word(k, "circa") || ((word(k, "ca") || word(k, "c")) && punct(k + 1, '.'));
        if (circa) {
            k += word(k, "circa") ? 1 : 2;
        } else if (word(k, "fy")) {
            k += punct(k + 1, '-') ? 2 : 1;
        } else if (word(k, "fiscal") && word(k + 1, "year")) {
            k += 2;
        } else {
            return std::nullopt;
        }
        std::optional<YearAt> y = year_at(k);
        if (!y && !circa && k < size() && m_tok[k].kind == Kind::number && m_tok[k].digits == 2) {
            y = YearAt{full_year(m_tok[k].value), k + 1};
        }
        if (!y || !can_end(y->next) || !year_may_end(y->next)) {
            return std::nullopt;
        }
        Found f = found(i, y->next);
        f.explicit_year = y->value;
        f.value = year_value(y->value);
        if (circa) {
            f.value.edtf += '~';
        } else {
            f.note = "a fiscal year is read as the calendar year it names";
        }
        return f;
    }

    // --- forms relative to the anchor ---------------------------------------------------------
    // A full anchor day within the calendar arithmetic's reach.
    bool anchored() const
    {
        return m_anchor.day >= 1 && m_anchor.month >= 1 && m_anchor.month <= 12 && m_anchor.year >= 1600 &&
               m_anchor.year <= 9000 && m_anchor.day <= days_in_month(m_anchor.year, m_anchor.month);
    }

    Ymd anchor_day() const { return {m_anchor.year, m_anchor.month, m_anchor.day}; }

    // A word shortly before b, in the same sentence, that points ahead: "will", "next", "scheduled".
    bool future_cue(std::size_t b) const
    {
        std::size_t k = b;
        for (int n = 0; n < 10 && k > 0; ++n) {
            --k;
            if (punct(k, '.') || punct(k, ';') || punct(k, '!') || punct(k, '?')) {
                return false;
            }
            if (m_tok[k].kind == Kind::word && in(Words::future, k)) {
                return true;
            }
            if (m_tok[k].line_start) {
                return false;
            }
        }
        return false;
    }

    Found relative_found(std::size_t b, std::size_t e, DateValue v, std::string note) const
    {
        Found f = found(b, e);
        f.value = std::move(v);
        f.relative = true;
        f.year_inferred = true;
        f.note = std::move(note);
        f.anchoring = DateMatch::Anchoring::writing;
        return f;
    }

    // Does the step word at k count from a time the text has just named ("the following year",
    // "that autumn", "the next day") rather than from the moment of writing ("next year")?
    bool anaphoric_step(std::size_t k) const
    {
        const auto a = table(Words::anaphora, k);
        return a && (*a == 1 || (k > 0 && word(k - 1, "the")));
    }

    std::optional<int> table(Words w, std::size_t k) const
    {
        return k < size() && m_tok[k].kind == Kind::word ? in(w, k) : std::nullopt;
    }

    // A count at i: "2", "two", "twenty-one", "a": its value and the token after it.
    std::optional<std::pair<int, std::size_t>> count(std::size_t i) const
    {
        if (i < size() && m_tok[i].kind == Kind::number && m_tok[i].digits <= 2 && m_tok[i].value > 0) {
            return std::pair{m_tok[i].value, i + 1};
        }
        if (word(i, "a") && word(i + 1, "few")) {
            return std::pair{3, i + 2};
        }
        if (word(i, "a") && word(i + 1, "couple") && word(i + 2, "of")) {
            return std::pair{2, i + 3};
        }
        if (word(i, "several") || (word(i, "few") && i > 0 && table(Words::step, i - 1))) {
            return std::pair{3, i + 1}; // "several days", "the past few days"
        }
        if (auto c = table(Words::count, i)) {
            return std::pair{*c, i + 1};
        }
        auto n = number_words(i);
        return n && n->first < 100 ? n : std::nullopt;
    }

    // The whole unit (week, month, quarter, year, decade, century) n units from the anchor's;
    // days and fortnights give that day.
    DateValue unit_window(int unit, int n) const
    {
        const Ymd a = anchor_day();
        switch (unit) {
        case 1: return day_value(add_days(a, n));
        case 14: return day_value(add_days(a, 14L * n));
        case 2: {
            const Ymd saturday = add_days(monday_of(a), 7L * n + 5);
            return day_range_value(saturday, add_days(saturday, 1));
        }
        case 7: {
            const Ymd m = add_days(monday_of(a), 7L * n);
            return day_range_value(m, add_days(m, 6));
        }
        case 30: {
            const auto [y, m] = add_months(a.y, a.m, n);
            return month_value(y, m);
        }
        case 90: {
            const auto [y, m] = add_months(a.y, (a.m - 1) / 3 * 3 + 1, 3 * n);
            return year_part_value(y, m, m + 2);
        }
        case 365: return year_value(a.y + n);
        case 3650: return unspecified_value(a.y / 10 * 10 + 10 * n, 10);
        default: return unspecified_value(a.y / 100 * 100 + 100 * n, 100);
        }
    }

    // A weekday word at k (an abbreviation only capitalized or with a period) and the token after it.
    std::optional<std::pair<int, std::size_t>> weekday_at(std::size_t k) const
    {
        const int wd = weekday(k);
        if (wd < 0) {
            return std::nullopt;
        }
        const bool period = punct(k + 1, '.') && glued(k + 1);
        if (m_tok[k].end - m_tok[k].begin <= 5 && !m_tok[k].upper && !period && !iequals(str(k), "monday") &&
            !iequals(str(k), "friday") && !iequals(str(k), "sunday")) {
            return std::nullopt;
        }
        return std::pair{wd, period ? k + 2 : k + 1};
    }

    // The weekday wd: "last" (-1) the closest before the anchor; "this" (0) and "next" (+1) the
    // one of the anchor's week (Monday to Sunday) or of the week after; without a step, the
    // closest on or before the anchor, or on or after it when `ahead`.
    Ymd weekday_near(int wd, std::optional<int> step, bool ahead) const
    {
        const Ymd a = anchor_day();
        const int back = (weekday_of(a) - wd + 7) % 7;
        if (step && *step < 0) {
            return add_days(a, back == 0 ? -7 : -back);
        }
        if (step) {
            return add_days(monday_of(a), 7L * *step + (wd + 6) % 7);
        }
        const int forward = (wd - weekday_of(a) + 7) % 7;
        return ahead ? add_days(a, forward) : add_days(a, -back);
    }

    struct DayAt {
        Ymd day;
        std::size_t next = 0;
        std::string note;
        bool event = false; // counted from a time the text has just named
    };

    // "yesterday", "today", "tomorrow", "the day before yesterday", "the day after tomorrow";
    // "that day", "the same day", "that same evening": the anchor's day.
    std::optional<DayAt> named_day(std::size_t i) const
    {
        if (auto same = same_day(i)) {
            return same;
        }
        std::size_t k = word(i, "the") ? i + 1 : i;
        int shift = 0;
        if (word(k, "day") && (word(k + 1, "before") || word(k + 1, "after"))) {
            shift = word(k + 1, "before") ? -1 : 1;
            k += 2;
        } else if (k != i) {
            return std::nullopt;
        }
        int base = 0;
        if (k == i && ((word(k, "last") && word(k + 1, "night")) ||
                       (word(k, "this") && (word(k + 1, "morning") || word(k + 1, "afternoon") || word(k + 1, "evening"))))) {
            return DayAt{add_days(anchor_day(), word(k, "last") ? -1 : 0), k + 2, "counted from the anchor"};
        }
        if (const auto day = k < size() ? in(Words::day_word, k) : std::nullopt) { // "heute", "вчера" (date_words.tsv)
            base = *day;
        } else {
            return std::nullopt;
        }
        if (shift != 0 && base != shift) {
            return std::nullopt;
        }
        return DayAt{add_days(anchor_day(), base + shift), k + 1, "counted from the anchor"};
    }

    // "that day", "that same day", "the same evening", "that night": the anchor's day, counted
    // from a time the text has just named.
    std::optional<DayAt> same_day(std::size_t i) const
    {
        std::size_t k = i;
        if (word(k, "that")) {
            ++k;
            k += word(k, "same") ? 1 : 0;
        } else if (word(k, "the") && word(k + 1, "same")) {
            k += 2;
        } else {
            return std::nullopt;
        }
        if (!(word(k, "day") || word(k, "evening") || word(k, "morning") || word(k, "afternoon") || word(k, "night"))) {
            return std::nullopt;
        }
        return DayAt{anchor_day(), k + 1, "the day of the time just named", true};
    }

    // [step] WEEKDAY [of [the] STEP week | STEP week]: "Monday", "last Friday", "next Wednesday",
    // "this past Sunday", "Wednesday of next week".
    std::optional<DayAt> weekday_day(std::size_t i) const
    {
        std::size_t k = i;
        std::optional<int> step = table(Words::step, k);
        if (step) {
            ++k;
            if (auto again = table(Words::step, k); again && *step == 0 && *again != 0) {
                step = again; // "this past Sunday", "this coming Monday"
                ++k;
            }
        }
        if (step && word(k, "week")) {
            // "this week Friday", "next week on Sunday"
            const std::size_t d = word(k + 1, "on") ? k + 2 : k + 1;
            auto wd = weekday_at(d);
            if (!wd) {
                return std::nullopt;
            }
            const Ymd monday = add_days(monday_of(anchor_day()), 7L * *step);
            return DayAt{add_days(monday, (wd->first + 6) % 7), wd->second, "that day of the week named"};
        }
        auto wd = weekday_at(k);
        if (!wd) {
            return std::nullopt;
        }
        k = wd->second;
        std::size_t w = word(k, "of") ? k + 1 : k;
        w += word(w, "the") ? 1 : 0;
        if (auto ws = table(Words::step, w); ws && word(w + 1, "week") && !step) {
            const Ymd monday = add_days(monday_of(anchor_day()), 7L * *ws);
            return DayAt{add_days(monday, (wd->first + 6) % 7), w + 2, "that day of the week named"};
        }
        if (step) {
            return DayAt{weekday_near(wd->first, step, false), k,
                         *step < 0 ? "the closest one before the anchor"
                                   : "that day of the anchor's week (Monday to Sunday) or of the week after"};
        }
        const bool ahead = future_cue(i);
        return DayAt{weekday_near(wd->first, std::nullopt, ahead), k,
                     ahead ? "the closest one on or after the anchor (the words before it point ahead)"
                           : "the closest one on or before the anchor"};
    }

    // WEEKDAY [,] [the] DAY with no month: "on Tuesday the 9th", "Thu 15th": the closest such
    // day to the anchor, before or after it (the earlier on a tie).
    std::optional<DayAt> weekday_and_day(std::size_t i) const
    {
        auto wd = weekday_at(i);
        if (!wd) {
            return std::nullopt;
        }
        std::size_t k = punct(wd->second, ',') ? wd->second + 1 : wd->second;
        const bool the = word(k, "the");
        k += the ? 1 : 0;
        if (k >= size() || (!the && m_tok[k].kind != Kind::ordinal)) {
            return std::nullopt;
        }
        auto d = day(k, the);
        if (!d) {
            return std::nullopt;
        }
        const Ymd a = anchor_day();
        std::optional<Ymd> best;
        long best_distance = LONG_MAX;
        for (int n = -28; n <= 28; ++n) {
            const auto [y, m] = add_months(a.y, a.m, n);
            const Ymd c{y, m, d->value};
            if (d->value <= days_in_month(y, m) && weekday_of(c) == wd->first) {
                const long distance = std::labs((to_boost(c) - to_boost(a)).days());
                if (distance < best_distance) {
                    best = c;
                    best_distance = distance;
                }
            }
        }
        return best ? std::optional{DayAt{*best, d->next, "the closest day to the anchor that is that weekday"}}
                    : std::nullopt;
    }

    std::optional<DayAt> relative_day(std::size_t i) const
    {
        if (auto d = named_day(i)) {
            return d;
        }
        if (auto d = weekday_and_day(i)) {
            return d;
        }
        return weekday_day(i);
    }

    // A season's window relative to the anchor: step 0 the one of the anchor's year (winter:
    // the one that holds January and February of it when the anchor is in them), -1 the latest
    // that ended before the anchor, +1 the first that starts after it.
    DateValue season_near(int code, int step, int year_shift) const
    {
        const Ymd a = anchor_day();
        int y = a.y + year_shift;
        if (step == 0) {
            return season_value(code == 24 && a.m <= 2 && year_shift == 0 ? y - 1 : y, code);
        }
        const std::string today = iso_day(a);
        for (y = a.y + (step < 0 ? 0 : -1); ; y += step < 0 ? -1 : 1) {
            DateValue v = season_value(y, code);
            if (step < 0 ? v.end < today : v.start > today) {
                return v;
            }
        }
    }

    // STEP UNIT | STEP SEASON | STEP MONTH | STEP year's SEASON: "last week", "the previous
    // quarter", "this decade", "the last century", "next year", "last spring", "next March",
    // "this year's autumn".
    std::optional<Found> step_form(std::size_t i) const
    {
        auto f = step_value(i);
        if (f && anaphoric_step(word(i, "the") ? i + 1 : i)) {
            f->anchoring = DateMatch::Anchoring::event;
        }
        return f;
    }

    std::optional<Found> step_value(std::size_t i) const
    {
        std::size_t k = word(i, "the") ? i + 1 : i;
        const auto step = table(Words::step, k);
        if (!step) {
            return std::nullopt;
        }
        ++k;
        if (word(k, "year") && apostrophe(k + 1) && word(k + 2, "s")) {
            if (auto code = table(Words::season, k + 3)) {
                return relative_found(i, k + 4, season_value(m_anchor.year + *step, *code), "that season of that year");
            }
            return std::nullopt;
        }
        if (auto code = table(Words::season, k)) {
            return relative_found(i, k + 1, season_near(*code, *step, 0),
                                  "last: the latest that ended before the anchor; next: the first after it");
        }
        if (auto m = month(k); m && m->upper) {
            const Ymd a = anchor_day();
            const int y = *step == 0 ? a.y : *step < 0 ? (m->value < a.m ? a.y : a.y - 1) : (m->value > a.m ? a.y : a.y + 1);
            return relative_found(i, m->next, month_value(y, m->value), "that month before or after the anchor's");
        }
        k += word(k, "fiscal") && word(k + 1, "year") ? 1 : 0;
        auto unit = table(Words::unit, k);
        if (!unit || *unit == 14 || str(k).back() == 's') {
            return std::nullopt;
        }
        return relative_found(i, k + 1, unit_window(*unit, *step), "the whole unit before, of or after the anchor's");
    }

    // "the past three years", "the last two weeks", "the next 12 months": from the day N units
    // before the anchor to the anchor, or from the anchor to the day N units after it.
    std::optional<Found> span_form(std::size_t i) const
    {
        const std::size_t k = word(i, "the") ? i + 1 : i;
        const auto step = table(Words::step, k);
        const auto n = step && *step != 0 ? count(k + 1) : std::nullopt;
        const auto unit = n ? table(Words::unit, n->second) : std::nullopt;
        if (!unit || *unit == 2 || *unit >= 3650 || n->first > 99) {
            return std::nullopt;
        }
        const Ymd a = anchor_day();
        const Ymd other = shift_units(a, *unit, n->first * *step);
        return relative_found(i, n->second + 1, *step < 0 ? day_range_value(other, a) : day_range_value(a, other),
                              "from the day that many units before the anchor to the anchor (after: the other way)");
    }

    // "the year-earlier period", "the year-ago quarter": the anchor's quarter a year before.
    std::optional<Found> year_earlier(std::size_t i) const
    {
        std::size_t k = word(i, "the") ? i + 1 : i;
        if (!word(k, "year") || !punct(k + 1, '-') || !(word(k + 2, "earlier") || word(k + 2, "ago")) ||
            !(word(k + 3, "period") || word(k + 3, "quarter"))) {
            return std::nullopt;
        }
        return relative_found(i, k + 4, unit_window(90, -4), "the anchor's quarter a year before");
    }

    // COUNT UNIT (ago|later|earlier|before|after|hence|from now), in COUNT UNIT, COUNT UNIT from
    // DAY: "two days ago" (that day), "three months earlier" (that whole month), "in two weeks",
    // "two weeks from next Tuesday" (that day).
    std::optional<Found> counted(std::size_t i) const
    {
        const bool in = word(i, "in") || word(i, "within");
        auto n = count(in ? i + 1 : i);
        if (!in && word(i, "the") && table(Words::unit, i + 1) && table(Words::ago, i + 2)) {
            n = std::pair{1, i + 1}; // "the day before", "the week after"
        }
        if (!n) {
            return std::nullopt;
        }
        std::size_t k = n->second;
        if (auto f = counted_weekdays(i, *n)) {
            return f;
        }
        auto unit = table(Words::unit, k);
        if (!unit || (*unit >= 3650 && n->first > 15)) {
            return std::nullopt;
        }
        ++k;
        if (in) {
            return relative_found(i, k, unit_window(*unit, n->first), "counted forward from the anchor");
        }
        if (word(k, "from") && word(k + 1, "now")) {
            return relative_found(i, k + 2, unit_window(*unit, n->first), "counted forward from the anchor");
        }
        if ((word(k, "from") || word(k, "after") || word(k, "before")) && *unit <= 365) {
            if (auto base = relative_day(k + 1)) {
                const int sign = word(k, "before") ? -1 : 1;
                const Ymd to = shift_units(base->day, *unit, n->first * sign);
                return relative_found(i, base->next, day_value(to), "counted from " + base->note);
            }
        }
        auto dir = table(Words::ago, k);
        if (!dir) {
            return std::nullopt;
        }
        if (word(k, "prior") && word(k + 1, "to")) {
            return std::nullopt; // "two days prior to DATE" is an offset from that date
        }
        ++k;
        Found f = relative_found(i, k, unit_window(*unit, n->first * (*dir > 0 ? 1 : -1)),
                                 "counted from the anchor: that day for days, else the whole unit it falls in");
        if (*dir == 2 || *dir == -2) {
            f.anchoring = DateMatch::Anchoring::event;
        }
        return f;
    }

    // COUNT WEEKDAY(s) (from now|later|ago|back): "two sundays from now", "2 thursdays ago": the
    // N-th such weekday after or before the anchor.
    std::optional<Found> counted_weekdays(std::size_t i, std::pair<int, std::size_t> n) const
    {
        const std::size_t k = n.second;
        if (k >= size() || m_tok[k].kind != Kind::word || n.first > 52) {
            return std::nullopt;
        }
        std::string_view w = str(k);
        w = w.size() > 3 && (w.back() == 's' || w.back() == 'S') ? w.substr(0, w.size() - 1) : w;
        const int wd = lookup(Words::weekday, w);
        int sign = 0;
        std::size_t e = k + 2;
        if (wd >= 0 && word(k + 1, "from") && word(k + 2, "now")) {
            sign = 1;
            e = k + 3;
        } else if (wd >= 0 && (word(k + 1, "ago") || word(k + 1, "back") || word(k + 1, "later"))) {
            sign = word(k + 1, "later") ? 1 : -1;
        }
        if (sign == 0) {
            return std::nullopt;
        }
        const Ymd a = anchor_day();
        const int gap = sign > 0 ? (wd - weekday_of(a) + 7) % 7 : (weekday_of(a) - wd + 7) % 7;
        const long days = (gap == 0 ? 7 : gap) + 7L * (n.first - 1);
        Found f = relative_found(i, e, day_value(add_days(a, sign * days)), "the N-th such weekday after or before the anchor");
        if (word(k + 1, "later")) {
            f.anchoring = DateMatch::Anchoring::event;
        }
        return f;
    }

    // A form relative to the anchor day, when there is one.
    std::optional<Found> relative(std::size_t i) const
    {
        if (!anchored()) {
            return std::nullopt;
        }
        std::optional<Found> best;
        if (auto d = relative_day(i)) {
            Found f = relative_found(i, d->next, day_value(d->day), d->note);
            f.anchoring = d->event ? DateMatch::Anchoring::event : DateMatch::Anchoring::writing;
            keep(best, f);
        }
        for (auto f : {step_form(i), year_earlier(i), counted(i), span_form(i)}) {
            if (f) {
                keep(best, *f);
            }
        }
        return best;
    }

    std::optional<Found> best_at(std::size_t i) const
    {
        std::optional<Found> best;
        plain(i, i, {}, best);
        if (word(i, "between")) {
            plain(i, i + 1, "between", best);
        } else if (word(i, "from")) {
            plain(i, i + 1, "from", best);
        }
        for (auto f : {relative(i), fuzzy(i), season(i), half_or_quarter(i), nth_day(i), offset(i), decade(i),
                       century(i), quarter_code(i), fiscal_or_circa(i)}) {
            if (f) {
                keep(best, *f);
            }
        }
        return best;
    }

    std::string_view m_text;
    NotedAnchor m_anchor;
    std::vector<Token> m_tok;
    std::size_t m_content = 0; // tokens that are not punctuation
    std::vector<const DateWords::Entry*> m_entries; // each token's date words (date_words().entry_of)
    int m_last_year = 0;       // the latest year the text wrote, for yearless expressions
    mutable DateAnchor::NumericOrder m_observed = DateAnchor::NumericOrder::by_separator; // shown by an unambiguous numeric date
    std::size_t m_year_end = SIZE_MAX; // where the last match ended, when it was a year
};

} // namespace

std::vector<DateMatch> find_dates(std::string_view text, DateAnchor anchor)
{
    bool year_read = false;
    return find_dates(text, anchor, year_read);
}

std::vector<DateMatch> find_dates(std::string_view text, DateAnchor anchor, bool& year_read)
{
    Finder finder(text, anchor);
    auto found = finder.run();
    year_read = finder.year_read();
    return found;
}

std::optional<DateMatch> first_date(std::string_view text, DateAnchor anchor, std::size_t last_begin)
{
    auto found = Finder(text, anchor).run(true, last_begin);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

DateMatch parse_date(std::string_view text, DateAnchor anchor)
{
    const auto all = find_dates(text, anchor);
    const DateMatch* best = nullptr;
    int best_rank = INT_MAX;
    for (const auto& m : all) {
        // The most precise date wins; one that cannot exist is reported rather than passed over
        // for a vaguer one.
        const int rank = m.error.empty() ? -precision_rank(m.value.precision) : -10;
        if (rank < best_rank) {
            best = &m;
            best_rank = rank;
        }
    }
    if (!best) {
        DateMatch none;
        none.error = "no date found";
        return none;
    }
    return *best;
}

} // namespace acta::import
