// The furniture stage (furniture.hpp): page furniture left out, the page's own dates read.
#include "furniture.hpp"

#include "gazetteer.hpp"
#include "words.hpp"

#include <algorithm>
#include <map>

namespace acta::import {

namespace {

std::string lower_squeezed(std::string_view s)
{
    std::string out = squeeze(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::size_t skip_spaces(std::string_view s, std::size_t i)
{
    while (i < s.size() && space(s[i])) {
        ++i;
    }
    return i;
}

// A separator between a stamp or dateline and what follows: "-", "/", "|", ":", dashes, and
// the replacement character a broken encoding leaves there. Its length at `i`, or 0.
std::size_t separator_at(std::string_view s, std::size_t i)
{
    if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '|' || s[i] == ':')) {
        return 1;
    }
    for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "\xEF\xBF\xBD"}) { // em, en dash, U+FFFD
        if (s.substr(i, dash.size()) == dash) {
            return dash.size();
        }
    }
    return 0;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// A clock time "10:41", "17:13 AMT", "9:05 pm" starting at `i` (after spaces): its end, or npos.
std::size_t clock_end(std::string_view s, std::size_t i)
{
    i = skip_spaces(s, i);
    std::size_t j = i;
    while (j < s.size() && digit(s[j]) && j - i < 2) {
        ++j;
    }
    if (j == i || j + 2 >= s.size() || s[j] != ':' || !digit(s[j + 1]) || !digit(s[j + 2])) {
        return std::string_view::npos;
    }
    j += 3;
    if (j < s.size() && digit(s[j])) {
        return std::string_view::npos;
    }
    // A zone or "am"/"pm": two to four letters right after.
    std::size_t k = skip_spaces(s, j);
    std::size_t z = k;
    while (z < s.size() && std::isalpha(static_cast<unsigned char>(s[z])) && z - k < 5) {
        ++z;
    }
    const bool zone = z - k >= 2 && z - k <= 4 && (z == s.size() || !std::isalpha(static_cast<unsigned char>(s[z])));
    return zone && (std::isupper(static_cast<unsigned char>(s[k])) || lower_squeezed(s.substr(k, z - k)) == "am" ||
                    lower_squeezed(s.substr(k, z - k)) == "pm")
               ? z
               : j;
}

// The end of a separator and spaces after `i`, or `i` when there is none.
std::size_t past_separator(std::string_view s, std::size_t i)
{
    const std::size_t k = skip_spaces(s, i);
    const std::size_t n = separator_at(s, k);
    return n ? skip_spaces(s, k + n) : i;
}

// "CITY, " / "Country, City, " / "Baku." before a date: one to five capitalized words and
// commas or dots, the last byte before the date a comma or a dot.
bool dateline_place(std::string_view before)
{
    std::size_t e = before.size();
    while (e > 0 && space(before[e - 1])) {
        --e;
    }
    if (e == 0 || (before[e - 1] != ',' && before[e - 1] != '.')) {
        return false;
    }
    const auto tokens = tokenize(before.substr(0, e));
    int words = 0;
    for (const auto& t : tokens) {
        if (t.word && (!t.capitalized || t.digits)) {
            return false;
        }
        words += t.word;
    }
    return words >= 1 && words <= 5;
}

// After a dateline's date: "(Agency) -", " - ", " / Agency /", " � ". The end of it, or npos.
std::size_t dateline_tail(std::string_view s, std::size_t i)
{
    std::size_t k = skip_spaces(s, i);
    if (k < s.size() && s[k] == '(') {
        const std::size_t close = s.find(')', k);
        if (close == std::string_view::npos || close - k > 40) {
            return std::string_view::npos;
        }
        k = skip_spaces(s, close + 1);
    }
    const std::size_t n = separator_at(s, k);
    if (n == 0) {
        return std::string_view::npos;
    }
    if (s[k] == '/') {
        // "/ Agency /"
        const std::size_t second = s.find('/', k + 1);
        if (second != std::string_view::npos && second - k < 40 && s.substr(k + 1, second - k - 1).find('.') == std::string_view::npos) {
            return skip_spaces(s, second + 1);
        }
    }
    return skip_spaces(s, k + n);
}

// Rule `label-stamp`: a line that is a short label (at most five words, no sentence mark, the last
// one capitalized), a date and a clock time, and nothing after but a time zone in brackets, is the
// page's stamp.
bool label_line_end(std::string_view line, std::string_view label, std::size_t clock_after)
{
    const auto words = tokenize(label);
    if (label.find_first_of(".!?,;") != std::string_view::npos || words.size() > 5 || words.empty() ||
        !words.back().capitalized) {
        return false; // "... adopted on 6 June 2018 11:20" goes on as a sentence
    }
    std::size_t k = skip_spaces(line, clock_after);
    if (k < line.size() && line[k] == '(') {
        const std::size_t close = line.find(')', k);
        if (close == std::string_view::npos || close - k > 16) {
            return false;
        }
        k = skip_spaces(line, close + 1);
    }
    return k >= line.size();
}

// The cells of a line split at bars, middle dots and bullets ("Home | News", "About · Archive").
std::vector<std::string> menu_cells(const std::string& line)
{
    std::vector<std::string> cells(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        std::size_t n = line[i] == '|' ? 1 : 0;
        for (std::string_view dot : {"\xC2\xB7", "\xE2\x80\xA2"}) {
            n = line.compare(i, dot.size(), dot) == 0 ? dot.size() : n;
        }
        if (n > 0) {
            cells.emplace_back();
            i += n - 1;
        } else {
            cells.back() += line[i];
        }
    }
    cells.erase(std::remove_if(cells.begin(), cells.end(), [](const std::string& c) { return squeeze(c).empty(); }), cells.end());
    return cells;
}

} // namespace

std::optional<Stamp> leading_stamp(std::string_view line, DateAnchor anchor)
{
    line = line.substr(0, std::min<std::size_t>(line.size(), 200));
    const auto first = first_date(line, anchor, 60);
    if (!first || !first->error.empty() || first->value.empty() || first->begin > 60) {
        return std::nullopt;
    }
    const DateMatch& d = *first;
    const std::string_view before = line.substr(0, d.begin);
    const std::string lead = lower_squeezed(before);
    Stamp st{0, d.end, d};
    const std::size_t clock_after = clock_end(line, past_separator(line, d.end));
    if (!lead.empty() && words().has(WordList::stamp_word, lead)) {
        // "Posted 04/02/2021 10:41 / ...", "date 2022-12-25 14:17 ..."
        st.end = clock_after != std::string_view::npos ? clock_after : d.end;
        st.end = past_separator(line, st.end);
        return st;
    }
    if (lead.empty() && clock_after != std::string_view::npos) {
        st.end = past_separator(line, clock_after); // "May 31, 2011 - 17:13 AMT"
        return st;
    }
    if (clock_after != std::string_view::npos && label_line_end(line, before, clock_after)) {
        st.end = clock_after; // "World news Stories 3 May 2011 10:05 (GMT)": a section label, the date, the time
        return st;
    }
    // "13:17 / 03/15/2010": a time, a bar or slash, the date.
    std::size_t b = d.begin;
    while (b > 0 && space(line[b - 1])) {
        --b;
    }
    if (b > 0 && (line[b - 1] == '/' || line[b - 1] == '|')) {
        std::size_t t = b - 1;
        while (t > 0 && space(line[t - 1])) {
            --t;
        }
        std::size_t c = t;
        while (c > 0 && (digit(line[c - 1]) || line[c - 1] == ':')) {
            --c;
        }
        if (c < t && clock_end(line, c) == t) {
            st.begin = c;
            st.end = past_separator(line, d.end);
            return st;
        }
    }
    if (const auto end = dateline_end(line, d)) {
        st.end = *end; // "DHAKA, March 12, 2017 (BSS) -", "Country, City, Mon. D / Agency /"
        return st;
    }
    return std::nullopt;
}

std::optional<std::size_t> dateline_end(std::string_view line, const DateMatch& date)
{
    if (!date.error.empty() || date.value.empty() || date.begin > 60 || date.end > line.size() ||
        !dateline_place(line.substr(0, date.begin))) {
        return std::nullopt;
    }
    if (const std::size_t tail = dateline_tail(line, date.end); tail != std::string_view::npos) {
        return tail;
    }
    return std::nullopt;
}

namespace {

// Whether the line names a legislature or a body noun ("Sejm - 2005 | 2013 | 2016" is a list of a
// body's acts, not a menu of years).
bool names_body(std::string_view line)
{
    const auto& g = Gazetteer::instance();
    const auto tokens = tokenize(line);
    for (const auto& m : g.match(line, tokens)) {
        if (std::any_of(m.meanings.begin(), m.meanings.end(), [](const Meaning& x) { return x.type == Meaning::Type::body; })) {
            return true;
        }
    }
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.word && g.lex("body_noun", t.lower); });
}

} // namespace

std::string furniture_kind(std::string_view line, bool neighbours_are_table)
{
    const std::string lower = lower_squeezed(line);
    if (lower.empty()) {
        return {};
    }
    if (words().contains_any(WordList::caption_marker, lower)) {
        return "image caption";
    }
    const bool ellipsis = lower.size() >= 3 && lower.compare(lower.size() - 3, 3, "...") == 0; // "Search..."
    const bool sentence = !ellipsis && (lower.back() == '.' || lower.back() == '?' || lower.back() == '!' || lower.back() == '"');
    // A menu: three or more short cells between bars or middle dots, and no table around it.
    if (const auto cells = menu_cells(lower); !neighbours_are_table && cells.size() >= 3) {
        const bool short_cells = std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
            const auto cell = tokenize(c);
            return std::count_if(cell.begin(), cell.end(), [](const Token& t) { return t.word; }) <= 3;
        });
        if (short_cells && !names_body(line)) {
            return "menu";
        }
    }
    // A site line: a few words, no sentence, a word of the site's own (share, comment, cookies).
    // Only a line of 80 bytes or less is tokenized (most blocks are longer).
    if (lower.size() > 80 || sentence) {
        return {};
    }
    const auto tokens = tokenize(lower);
    if (std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.word; }) <= 8) {
        for (const auto& t : tokens) {
            if (words().has(WordList::furniture_word, t.lower)) {
                return "site line";
            }
        }
        if (words().contains_any(WordList::furniture_phrase, lower)) {
            return "site line";
        }
    }
    return {};
}

namespace {

// A post's signature line: "— Name (@handle) November 12, 2019": a dash, a few words, a day.
std::optional<std::string> signature_date(std::string_view line, DateAnchor anchor)
{
    const std::string s = squeeze(line);
    const std::size_t dash = separator_at(s, 0);
    if (dash == 0 || s[0] == '/' || s[0] == '|' || s[0] == ':' || s.size() > 120) {
        return std::nullopt;
    }
    const auto dates = find_dates(s, anchor);
    if (dates.empty() || !dates.back().error.empty() || dates.back().value.precision != Precision::day ||
        s.find_first_not_of(" .)", dates.back().end) != std::string::npos) {
        return std::nullopt;
    }
    // Between the dash and the date only a name and a handle: "Ona Petraite (@opetraite)".
    std::string who = s.substr(dash, dates.back().begin - dash);
    if (const std::size_t at = who.find('@'); at != std::string::npos) {
        who.erase(at, who.find_first_of(") ", at) - at); // the handle: "(@kari_n)"
    }
    const auto name = tokenize(who);
    const auto words_in_name = std::count_if(name.begin(), name.end(), [](const Token& t) { return t.word; });
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((name[i].word && !name[i].capitalized) || name[i].lower == ":") {
            return std::nullopt;
        }
    }
    if (words_in_name == 0 || words_in_name > 6) {
        return std::nullopt;
    }
    return dates.back().value.edtf;
}

// The page's date: the first stamp, else a date line, among the first blocks.
std::string page_date(const std::vector<Block>& blocks, DateAnchor::NumericOrder order)
{
    for (std::size_t i = 0; i < blocks.size() && i < 25; ++i) {
        const auto st = leading_stamp(blocks[i].text, {0, 0, order});
        if (st && st->date.value.precision == Precision::day && st->date.explicit_year) {
            return st->date.value.edtf;
        }
    }
    for (std::size_t i = 0; i < blocks.size() && i < 25; ++i) {
        const bool opens_block = i + 2 < blocks.size() && date_line(blocks[i + 2].text, 0, order).has_value();
        const auto d = date_line(blocks[i].text, 0, order);
        if (d && !opens_block && d->value.precision == Precision::day && d->explicit_year) {
            return d->value.edtf;
        }
    }
    return {};
}

// Short blocks that are not sentences, and how often each comes: three times or more is furniture.
std::map<std::string, int> repeated_lines(const std::vector<Block>& blocks)
{
    std::map<std::string, int> count;
    for (const auto& b : blocks) {
        if (b.text.size() <= 60 && b.text.back() != '.') {
            ++count[squeeze(b.text)];
        }
    }
    return count;
}

} // namespace

PageFurniture read_furniture(std::vector<Block>& blocks, DateAnchor::NumericOrder order)
{
    PageFurniture f;
    f.page_date = page_date(blocks, order);
    const DateAnchor anchor{f.page_date.empty() ? 0 : std::stoi(f.page_date.substr(0, 4)), 0, order};
    auto repeated = repeated_lines(blocks);
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        auto& b = blocks[i];
        const bool table = (i > 0 && table_line(blocks[i - 1].text)) || (i + 1 < blocks.size() && table_line(blocks[i + 1].text));
        std::string kind = furniture_kind(b.text, table);
        if (kind.empty() && b.text.size() <= 60 && b.text.back() != '.') {
            // The first of three or more alike stays (a title repeated by the page keeps its place).
            if (int& seen = repeated.at(squeeze(b.text)); seen >= 3 || seen < 0) {
                kind = seen < 0 ? "repeated line" : "";
                seen = -1;
            }
        }
        if (const auto date = kind.empty() ? signature_date(b.text, anchor) : std::nullopt; date && !kept.empty()) {
            // The post is the block before the signature and the lines run on with it.
            std::size_t first = kept.size() - 1;
            while (first > 0 && kept[first].p.blank_before == 0 && kept.size() - first < 4) {
                --first;
            }
            f.posts.push_back({kept[first].p.span.begin, kept.back().p.span.end, *date});
            kind = "post signature";
        }
        if (!kind.empty()) {
            f.dropped.emplace_back(b.p.span.line, kind + ": " + squeeze(b.text.substr(0, std::min<std::size_t>(b.text.size(), 60))));
            continue;
        }
        if (const auto st = leading_stamp(b.text, anchor)) {
            f.stamps.emplace_back(b.p.span.begin + st->begin, b.p.span.begin + st->end);
            if (f.page_date.empty() && st->date.value.precision == Precision::day && st->date.explicit_year) {
                f.page_date = st->date.value.edtf;
            }
        }
        kept.push_back(std::move(b));
    }
    blocks = std::move(kept);
    return f;
}

} // namespace acta::import
