#include "subject.hpp"

#include "edtf.hpp"
#include "embedded.hpp"
#include "error.hpp"
#include "gazetteer.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <span>

namespace acta::import_data {
std::span<const acta::EmbeddedFile> data_files();
}

namespace acta::import {

namespace {

constexpr int heading_weight = 3;
constexpr std::size_t heading_max_bytes = 120;

std::string lower_ascii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

bool digits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1915", "1940-04" or "1995-07-11" -> the first and last day it covers.
std::pair<std::string, std::string> day_bounds(const std::string& where, const std::string& v)
{
    const bool ok = (v.size() == 4 && digits(v)) ||
                    (v.size() == 7 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2))) ||
                    (v.size() == 10 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2)) && v[7] == '-' &&
                     digits(v.substr(8, 2)));
    const int month = v.size() >= 7 && ok ? std::stoi(v.substr(5, 2)) : 1;
    if (!ok || month < 1 || month > 12) {
        throw DataError(where + ": date '" + v + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (v.size() == 10) {
        return {v, v};
    }
    if (v.size() == 7) {
        return {v + "-01", v + "-" + std::to_string(days_in_month(std::stoi(v.substr(0, 4)), month))};
    }
    return {v + "-01-01", v + "-12-31"};
}

DateValue event_dates(const std::string& where, const std::string& first, const std::string& last)
{
    DateValue d;
    if (first.empty()) {
        return d;
    }
    d.start = day_bounds(where, first).first;
    if (last.empty()) {
        d.edtf = first + "/..";
        d.precision = Precision::year_range;
        return d;
    }
    d.end = day_bounds(where, last).second;
    if (first == last) {
        d.edtf = first;
        d.precision = first.size() == 10 ? Precision::day : first.size() == 7 ? Precision::month : Precision::year;
    } else {
        d.edtf = first + "/" + last;
        d.precision = first.substr(0, 4) != last.substr(0, 4) ? Precision::year_range
                      : first.size() == 10 && last.size() == 10 ? Precision::day_range
                                                                : Precision::month_range;
    }
    return d;
}

std::string_view compiled(std::string_view name)
{
    for (const auto& f : import_data::data_files()) {
        if (f.name == name) {
            return f.contents;
        }
    }
    return {};
}

// Weight of a mention on each line of `text`: a heading or the first line counts more.
std::vector<std::pair<std::size_t, int>> line_weights(std::string_view text)
{
    std::vector<std::pair<std::size_t, int>> out; // line start, weight
    bool first = true;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, nl - start);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
        const bool heading = !blank && line.size() <= heading_max_bytes && line.back() != '.' && line.back() != ',' &&
                             line.back() != ';' && line.back() != ':';
        out.emplace_back(start, (!blank && first) || heading ? heading_weight : 1);
        first = first && blank;
        start = nl + 1;
    }
    return out;
}

// A word without the quote marks around it (ASCII and UTF-8 curly quotes, guillemets).
std::string_view strip_quotes(std::string_view w)
{
    static constexpr std::string_view quotes[] = {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"};
    bool again = true;
    while (again && !w.empty()) {
        again = false;
        for (const auto q : quotes) {
            if (w.starts_with(q)) {
                w.remove_prefix(q.size());
                again = true;
            }
            if (w.ends_with(q) && !w.empty()) {
                w.remove_suffix(q.size());
                again = true;
            }
        }
    }
    return w;
}

// "assyrians/syrians/chaldeans" -> its parts, so each matches an alias word; a plain word -> itself.
std::vector<std::string_view> slash_parts(std::string_view w)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= w.size()) {
        const std::size_t p = std::min(w.find('/', start), w.size());
        if (p > start) {
            out.push_back(w.substr(start, p - start));
        }
        start = p + 1;
    }
    return out;
}

} // namespace

const EventList& EventList::instance()
{
    static const EventList list("events.tsv", compiled("events.tsv"));
    return list;
}

EventList::EventList(std::string_view name, std::string_view tsv)
{
    int row = 0;
    for (auto& cells : read_tsv(name, tsv, 6)) {
        const std::string where = "import/data/" + std::string(name) + " row " + std::to_string(++row);
        KnownEvent e;
        e.name = cells[0];
        e.kind = cells[1];
        e.places = split_alternatives(cells[2]);
        e.dates = event_dates(where, cells[3], cells[4]);
        e.aliases = split_alternatives(cells[5]);
        if (e.name.empty()) {
            throw DataError(where + ": empty name");
        }
        for (const auto& a : e.aliases) {
            Alias alias{{}, m_events.size()};
            for (const auto& t : tokenize(a)) {
                alias.words.push_back(t.lower);
            }
            if (!alias.words.empty()) {
                m_by_first_word[alias.words.front()].push_back(std::move(alias));
            }
        }
        m_events.push_back(std::move(e));
    }
    for (auto& [word, list] : m_by_first_word) {
        std::stable_sort(list.begin(), list.end(), [](const Alias& a, const Alias& b) { return a.words.size() > b.words.size(); });
    }
}

std::vector<EventMention> EventList::find(const std::vector<Token>& tokens) const
{
    // Quote marks are skipped: "the Armenian 'genocide'" names the event too.
    std::vector<std::string_view> words;
    std::vector<const Token*> at;
    for (const auto& t : tokens) {
        const std::string_view w = strip_quotes(t.lower);
        if (!w.empty()) {
            words.push_back(w);
            at.push_back(&t);
        }
    }
    std::vector<EventMention> out;
    std::size_t w = 0;
    while (w < words.size()) {
        const Alias* hit = nullptr;
        // Most words have no slash: no list of parts to build for them.
        const std::array<std::string_view, 1> whole{words[w]};
        const auto split = words[w].find('/') == std::string_view::npos ? std::vector<std::string_view>{} : slash_parts(words[w]);
        for (const auto& part : split.empty() ? std::span<const std::string_view>(whole) : std::span<const std::string_view>(split)) {
            const auto it = m_by_first_word.find(part);
            for (std::size_t a = 0; it != m_by_first_word.end() && a < it->second.size() && !hit; ++a) {
                const auto& alias = it->second[a];
                bool ok = w + alias.words.size() <= words.size();
                for (std::size_t k = 1; ok && k < alias.words.size(); ++k) {
                    const auto parts = slash_parts(words[w + k]);
                    ok = std::find(parts.begin(), parts.end(), alias.words[k]) != parts.end();
                }
                hit = ok ? &alias : nullptr;
            }
            if (hit) {
                break;
            }
        }
        if (!hit) {
            ++w;
            continue;
        }
        out.push_back({hit->event, at[w]->begin, at[w + hit->words.size() - 1]->end});
        w += hit->words.size();
    }
    return out;
}

namespace {

// Where the piece of `text` starting at `from` ends: at the first blank line after `size` bytes
// (a name never runs across a blank line), or at the end.
std::size_t piece_end(std::string_view text, std::size_t from, std::size_t size)
{
    std::size_t nl = from + size < text.size() ? text.find('\n', from + size) : std::string_view::npos;
    while (nl != std::string_view::npos) {
        const std::size_t next = text.find_first_not_of(" \t\r", nl + 1);
        if (next == std::string_view::npos || text[next] == '\n') {
            return next == std::string_view::npos ? text.size() : next;
        }
        nl = text.find('\n', nl + 1);
    }
    return text.size();
}

} // namespace

KnownSubject find_known_subject(std::string_view text, const EventList& events)
{
    const auto weights = line_weights(text);
    std::vector<int> score(events.events().size(), 0);
    std::vector<std::size_t> first_at(events.events().size(), text.size());
    // The text is tokenized piece by piece: its tokens at once would take some 60 bytes per token.
    constexpr std::size_t piece = 64 * 1024;
    for (std::size_t from = 0, to = 0; from < text.size(); from = to) {
        to = piece_end(text, from, piece);
        for (const auto& m : events.find(tokenize(text.substr(from, to - from), from))) {
            const auto line = std::upper_bound(weights.begin(), weights.end(), std::make_pair(m.begin, heading_weight + 1));
            score[m.event] += line == weights.begin() ? 1 : std::prev(line)->second;
            first_at[m.event] = std::min(first_at[m.event], m.begin);
        }
    }
    std::size_t best = score.size();
    for (std::size_t e = 0; e < score.size(); ++e) {
        if (score[e] > 0 && (best == score.size() || score[e] > score[best] || (score[e] == score[best] && first_at[e] < first_at[best]))) {
            best = e;
        }
    }
    if (best == score.size()) {
        return {};
    }
    return {&events.events()[best], score[best]};
}

bool not_a_subject(std::string_view word)
{
    static const std::set<std::string> words = [] {
        std::set<std::string> out;
        for (const auto& row : read_tsv("not_subjects.tsv", compiled("not_subjects.tsv"), 2)) {
            out.insert(lower_ascii(row[0]));
        }
        return out;
    }();
    return words.count(lower_ascii(word)) > 0;
}

SubjectInfo subject_info(const KnownEvent& event)
{
    SubjectInfo info;
    info.name = event.name;
    info.date_edtf = event.dates.edtf;
    for (const auto& a : event.aliases) {
        if (a != event.name) {
            info.aliases.push_back(a);
        }
    }
    return info;
}

} // namespace acta::import
