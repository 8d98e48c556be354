// Which of a clause's dates is the act's: event dates, citations, relative dates.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

using namespace detail;

// A date written as part of the act's name: "a resolution of 12 September 2018", "the
// motion of June 2014", "Law No. 5 dated 3 May 2001".
const DateValue* Analyzer::noun_date(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (const auto* d : usable_dates(s, first, last)) {
        std::size_t t = first;
        while (t < last && s.tokens[t].begin < d->begin) {
            ++t;
        }
        if (t >= first + 2 && one_of(s.tokens[t - 1].lower, {"of", "dated"}) && s.phrase_at[t - 2] >= 0 &&
            lex_in(s, static_cast<std::size_t>(s.phrase_at[t - 2]), "act_noun")) {
            return &d->value;
        }
    }
    return nullptr;
}

// Dates given relative to the text's dateline ("yesterday", "on Tuesday", "last year") or to
// the act before ("three days later", "two years later", "that autumn", "the following year").
DateValue Analyzer::relative_date(const Sentence& s, std::size_t first, std::size_t last) const
{
    using namespace boost::gregorian;
    auto number = [](const std::string& w) {
        static const std::map<std::string, int> words{{"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3},
                                                      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
                                                      {"nine", 9}, {"ten", 10}, {"several", 0}};
        if (auto it = words.find(w); it != words.end()) {
            return it->second;
        }
        return std::all_of(w.begin(), w.end(), ::isdigit) && !w.empty() && w.size() < 3 ? std::stoi(w) : 0;
    };
    const DateValue* previous = nullptr;
    for (auto it = m_acts.rbegin(); it != m_acts.rend(); ++it) {
        if (!it->date.empty()) {
            previous = &it->date;
            break;
        }
    }
    auto year_value = [](int y) {
        const std::string ys = std::to_string(y);
        return DateValue{ys, ys + "-01-01", ys + "-12-31", Precision::year};
    };
    static const char* weekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    for (std::size_t t = first; t < last; ++t) {
        if (s.quoted[t]) {
            continue; // "Today Italy has called ...", said the Speaker: the quote's day, not the act's
        }
        const auto& w = s.tokens[t].lower;
        const auto next = t + 1 < last ? s.tokens[t + 1].lower : std::string();
        try {
            if (!m_published.empty() && m_published.size() == 10) {
                const date pub = from_simple_string(m_published);
                if (w == "yesterday" || w == "today") {
                    return shift_day(m_published, w == "yesterday" ? -1 : 0);
                }
                for (int k = 0; k < 7; ++k) {
                    const bool possessive = t + 1 < last && one_of(s.tokens[t + 1].lower, {"'s", "\xE2\x80\x99s"});
                    if (w == weekdays[k] && ((t > first && one_of(s.tokens[t - 1].lower, {"on", "last"})) || possessive)) {
                        int back = (pub.day_of_week().as_number() - k + 7) % 7;
                        return shift_day(m_published, -back);
                    }
                }
                if ((w == "last" || w == "this") && next == "year") {
                    return year_value(pub.year() - (w == "last" ? 1 : 0));
                }
            }
            if (!previous) {
                continue;
            }
            const int prev_year = std::stoi(previous->start.substr(0, 4));
            // "three days later", "two years later", "a week later"
            if (t + 2 < last + 1 && number(w) > 0 && t + 2 <= last - 1 + 1 && t + 2 < s.tokens.size() &&
                s.tokens[t + 2].lower == "later") {
                const int n = number(w);
                if (next == "year" || next == "years") {
                    return year_value(prev_year + n);
                }
                if ((next == "day" || next == "days" || next == "week" || next == "weeks") && previous->precision == Precision::day) {
                    return shift_day(previous->start, n * (next[0] == 'w' ? 7 : 1));
                }
            }
            // "later that day", "the same evening", "that same day": the day of the act before
            if (previous->precision == Precision::day &&
                (((w == "that" || w == "same") && one_of(next, {"day", "evening", "morning", "afternoon", "night"})) ||
                 (w == "same" && t > first && s.tokens[t - 1].lower == "the" &&
                  one_of(next, {"day", "evening", "morning", "afternoon", "night"})))) {
                return shift_day(previous->start, 0);
            }
            if ((w == "following" || w == "next") && next == "year" && t > first && s.tokens[t - 1].lower == "the") {
                return year_value(prev_year + 1);
            }
            if (w == "that" || w == "the") {
                static const std::map<std::string, std::pair<int, int>> seasons{
                    {"spring", {3, 5}}, {"summer", {6, 8}}, {"autumn", {9, 11}}, {"fall", {9, 11}}};
                if (w == "the" && next != "following") {
                    continue; // "in the autumn" says nothing of the year
                }
                const std::string nn = w == "the" && t + 2 < last ? s.tokens[t + 2].lower : next;
                if (auto it = seasons.find(nn); it != seasons.end()) {
                    const int y = prev_year + (w == "the" ? (previous->start.substr(5, 2) > "05" ? 1 : 0) : 0);
                    const date b(static_cast<unsigned short>(y), static_cast<unsigned short>(it->second.first), 1);
                    const date e = date(static_cast<unsigned short>(y), static_cast<unsigned short>(it->second.second), 1).end_of_month();
                    static const std::map<std::string, std::string> codes{{"spring", "21"}, {"summer", "22"}, {"autumn", "23"}, {"fall", "23"}};
                    return DateValue{std::to_string(y) + "-" + codes.at(nn), to_iso_extended_string(b), to_iso_extended_string(e),
                                     Precision::season};
                }
                if (w == "that" && next == "year") {
                    return year_value(prev_year);
                }
            }
        } catch (const std::exception&) {
            continue;
        }
    }
    return {};
}

// "the events of 1915-1918", "the 1993 Lirovo massacre", "the massacre of 1941": a date that
// names the event rather than an act.
bool Analyzer::event_date(const Sentence& s, const DateMatch& d) const
{
    std::size_t first = s.tokens.size();
    std::size_t last = 0;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        if (s.tokens[t].begin >= d.begin && s.tokens[t].end <= d.end) {
            first = std::min(first, t);
            last = t + 1;
        }
    }
    if (first >= last) {
        return false;
    }
    auto event_word = [&](std::size_t t) {
        if (t >= s.tokens.size() || s.phrase_at[t] < 0) {
            return false;
        }
        const auto p = static_cast<std::size_t>(s.phrase_at[t]);
        return lex_in(s, p, "subject_noun") || lex_in(s, p, "term");
    };
    if (first >= 2 && s.tokens[first - 1].lower == "of" && event_word(first - 2)) {
        return true;
    }
    if (event_word(last)) {
        return true;
    }
    return last + 1 < s.tokens.size() && s.tokens[last].capitalized && s.phrase_at[last] < 0 && event_word(last + 1);
}

// "(accessed 12 January 2019)", "retrieved on ...", "published in the Official Gazette on ...":
// the date of a reading or a publication, not of the act.
bool Analyzer::citation_date(const Sentence& s, const DateMatch& d) const
{
    std::size_t t = 0;
    while (t < s.tokens.size() && s.tokens[t].begin < d.begin) {
        ++t;
    }
    if (d.value.precision == Precision::year && t < s.tokens.size()) {
        // An author-year citation: a capitalized word that names no body or place right before
        // the year, or "Name (YYYY" / "(YYYY:".
        auto unknown_name = [&](std::size_t i) {
            return s.tokens[i].capitalized && s.phrase_at[i] < 0 && !stop_name_word(s.tokens[i].lower);
        };
        if (t >= 1 && unknown_name(t - 1)) {
            return true;
        }
        if (t >= 2 && s.tokens[t - 1].lower == "(" && unknown_name(t - 2)) {
            return true;
        }
        if (t + 1 < s.tokens.size() && s.tokens[t + 1].lower == ":" && t >= 1 && s.tokens[t - 1].lower == "(") {
            return true;
        }
    }
    for (std::size_t b = t; b > 0 && b + 6 > t; --b) {
        const auto& w = s.tokens[b - 1].lower;
        if (one_of(w, {"accessed", "retrieved", "archived", "updated", "published", "promulgated", "gazetted"})) {
            return true;
        }
        if (w == "." || w == ";" || w == ",") {
            break;
        }
    }
    return false;
}

// "making July 11 Srebrenica Remembrance Day", "declares 12 June a national day of remembrance",
// "designating 14 September as the International Day of ...": a yearly day an act creates.
bool Analyzer::commemoration_day(const Sentence& s, const DateMatch& d) const
{
    if (!d.year_inferred || d.value.precision != Precision::day) {
        return false;
    }
    std::size_t t = 0;
    while (t < s.tokens.size() && s.tokens[t].end <= d.end) {
        ++t;
    }
    for (std::size_t k = t; k < s.tokens.size() && k < t + 6; ++k) {
        const auto& w = s.tokens[k].lower;
        if (w == "day" || w == "days" || w == "anniversary") {
            return true;
        }
        if (w == "," || w == "." || w == ";") {
            break;
        }
    }
    return false;
}

std::vector<const DateMatch*> Analyzer::usable_dates(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::vector<const DateMatch*> out;
    const std::size_t b = first < s.tokens.size() ? s.tokens[first].begin : s.span.end;
    const std::size_t e = last > 0 && last <= s.tokens.size() ? s.tokens[last - 1].end : s.span.begin;
    for (const auto& d : s.dates) {
        if (d.begin < b || d.begin >= e || d.value.empty() || !d.error.empty()) {
            continue;
        }
        // A dateline, or a date of the event itself, is not the date of an act about it.
        if (m_excluded_dates.count(d.begin) || event_date(s, d) || citation_date(s, d) || commemoration_day(s, d)) {
            continue;
        }
        if (!m_subject_date.empty() && d.value.start <= m_subject_date.end) {
            continue;
        }
        out.push_back(&d);
    }
    return out;
}

void Analyzer::report_bad_dates(const Sentence& s)
{
    for (const auto& d : s.dates) {
        if (!d.error.empty()) {
            m_diagnostics.push_back({m_lines.line_of(d.begin), "bad_date", d.error});
        }
    }
}

} // namespace acta::import
