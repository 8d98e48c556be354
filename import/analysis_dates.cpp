// Which of a clause's dates is the act's: event dates, citations, relative dates.
#include "analysis.hpp"
#include "analysis_helpers.hpp"
#include "words.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
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
        // "the earlier resolution of 2010" is another act named in passing (enumeration.cpp).
        if (t >= first + 2 && words().has(WordList::date_link, s.tokens[t - 1].lower) && s.phrase_at[t - 2] >= 0 &&
            lex_in(s, static_cast<std::size_t>(s.phrase_at[t - 2]), "act_noun") &&
            !(t >= first + 3 && words().has(WordList::earlier_act_word, s.tokens[t - 3].lower))) {
            return &d->value;
        }
    }
    return nullptr;
}

// The act noun a clause opens with after a definite determiner, past an opening quotation mark
// and up to two lower-case words ("The resolution ...", "\"The formal recognition ..."): its token.
std::optional<std::size_t> Analyzer::opening_act_noun(const Sentence& s, std::size_t first, std::size_t last) const
{
    while (first < last && !s.tokens[first].word) {
        ++first; // an opening quotation mark
    }
    if (first + 1 >= last || !(s.tokens[first].lower == "the" || words().has(WordList::anaphoric_determiner, s.tokens[first].lower))) {
        return std::nullopt;
    }
    for (std::size_t t = first + 1; t < last && t <= first + 3; ++t) {
        if (s.phrase_at[t] >= 0 && lex_in(s, static_cast<std::size_t>(s.phrase_at[t]), "act_noun")) {
            return t;
        }
        if (!s.tokens[t].word || s.tokens[t].capitalized || s.phrase_at[t] >= 0) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// A definite act noun followed by a relative clause with an act verb, anywhere in the clause
// ("... said the resolution, which passed late Tuesday", "the motion, which was adopted on 4 May"):
// the act noun's token.
std::optional<std::size_t> Analyzer::relative_act_noun(const Sentence& s, std::size_t first, std::size_t last) const
{
    // The clause's opening (first) is opening_act_noun()'s: only a determiner further on is tried.
    for (std::size_t t = first + 1; t + 3 < last; ++t) {
        if (s.tokens[t].lower != "the" && !words().has(WordList::anaphoric_determiner, s.tokens[t].lower)) {
            continue;
        }
        const auto noun = opening_act_noun(s, t, last);
        if (!noun || *noun + 3 >= last || s.tokens[*noun + 1].lower != "," ||
            !words().has(WordList::relative_pronoun, s.tokens[*noun + 2].lower)) {
            continue;
        }
        for (std::size_t v = *noun + 3; v < last && v <= *noun + 5; ++v) {
            if (s.phrase_at[v] >= 0 && lex_in(s, static_cast<std::size_t>(s.phrase_at[v]), "act_verb")) {
                return noun;
            }
        }
    }
    return std::nullopt;
}

// Rule `act-date-after`: a bodiless clause that opens with a definite noun of the act just read
// ("The resolution, moved by ..., was carried on Tuesday, 4 March, 2014", "The formal recognition
// ... was passed today, 9 May 2022"), or that names it with a relative clause of adoption
// ("\"...\", said the resolution, which passed on Tuesday") dates that act when it
// was left undated: the act's own date, given one sentence later. Only the same act word counts
// ("The bill ..." after a resolution is another act), and only the last act of the text.
bool Analyzer::dates_act_before(const Sentence& s, std::size_t first, std::size_t last, const DateValue& date)
{
    if (m_acts.empty() || !m_acts.back().date.empty()) {
        return false;
    }
    auto noun = opening_act_noun(s, first, last);
    if (!noun) {
        noun = relative_act_noun(s, first, last);
    }
    if (!noun || s.tokens[*noun].lower != m_acts.back().act_type) {
        return false;
    }
    m_acts.back().date = date;
    m_diagnostics.push_back({m_lines.line_of(s.span.begin), "act_date_after",
                             "the act before dated by this sentence: " + date.edtf});
    return true;
}

namespace {

// A full day YYYY-MM-DD as the anchor of the date reader; nothing for anything else.
std::optional<DateAnchor> day_anchor(const std::string& iso, DateAnchor::NumericOrder order)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
        return std::nullopt;
    }
    DateAnchor a;
    a.year = std::stoi(iso.substr(0, 4));
    a.month = std::stoi(iso.substr(5, 2));
    a.day = std::stoi(iso.substr(8, 2));
    a.order = order;
    return a;
}

} // namespace

// Dates given relative to the text's dateline ("yesterday", "on Tuesday", "last year") or to
// the act before ("three days later", "later that day", "the following year", "that autumn"),
// as the date reader reads them (import/dates.cpp): forms that count from the moment of
// writing are anchored on the dateline, forms that count from a time just named on the act
// before. A day count from an act dated less precisely than a day says nothing.
DateValue Analyzer::relative_date(const Sentence& s, std::size_t first, std::size_t last) const
{
    if (first >= last) {
        return {};
    }
    const DateValue* previous = nullptr;
    for (auto it = m_acts.rbegin(); it != m_acts.rend() && !previous; ++it) {
        previous = it->date.empty() ? nullptr : &it->date;
    }
    const std::size_t begin = s.tokens[first].begin;
    const std::string_view clause = m_text.substr(begin, s.tokens[last - 1].end - begin);
    auto quoted = [&](const DateMatch& d) {
        for (std::size_t t = first; t < last; ++t) {
            if (s.tokens[t].begin == begin + d.begin) {
                return static_cast<bool>(s.quoted[t]); // "Today Italy has called ...", said the Speaker
            }
        }
        return false;
    };
    using Anchoring = DateMatch::Anchoring;
    const std::array<std::pair<std::optional<DateAnchor>, Anchoring>, 2> anchors{{
        {day_anchor(writing_date(begin), m_order), Anchoring::writing},
        {previous ? day_anchor(previous->start, m_order) : std::nullopt, Anchoring::event},
    }};
    for (const auto& [anchor, anchoring] : anchors) {
        if (!anchor) {
            continue;
        }
        for (const auto& d : find_dates(clause, *anchor)) {
            const bool day_count = d.value.precision == Precision::day || d.value.precision == Precision::day_range;
            if (d.anchoring != anchoring || d.value.empty() || quoted(d) ||
                (anchoring == Anchoring::event && day_count && previous->precision != Precision::day)) {
                continue;
            }
            return d.value;
        }
    }
    return {};
}

// "the events of 1915-1918", "the 1993 Lirovo massacre", "the massacre of 1941": a date that
// names the event rather than an act.
bool Analyzer::event_date(const Sentence& s, const DateMatch& d) const
{
    const auto [first, last] = tokens_within(s.tokens, d.begin, d.end);
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
        if (words().has(WordList::citation_verb, w)) {
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
    if (d.value.precision != Precision::day) {
        return false;
    }
    std::size_t t = 0;
    while (t < s.tokens.size() && s.tokens[t].end <= d.end) {
        ++t;
    }
    // A day with its year is a named day only when it is named "as" one: "recognizes 12 March
    // 2013 as the 81st anniversary of ..." (rule `named-day`).
    if (t < s.tokens.size() && s.tokens[t].lower == "," && t + 1 < s.tokens.size() && s.tokens[t + 1].lower == "as") {
        ++t; // "declares May 4, 2016, as the 70th anniversary"
    }
    const bool named_as = t < s.tokens.size() && s.tokens[t].lower == "as";
    if (!d.year_inferred && !named_as) {
        return false;
    }
    // "as the \"Remembrance Day\"": a name in quotes may stand between.
    for (std::size_t k = t; k < s.tokens.size() && k < t + (named_as ? 10 : 6); ++k) {
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
        if (m_excluded_dates.count(d.begin) || stamp_date(d) || event_date(s, d) || citation_date(s, d) ||
            commemoration_day(s, d)) {
            continue;
        }
        if (!m_subject_date.empty() && d.value.start <= m_subject_date.end) {
            continue;
        }
        out.push_back(&d);
    }
    return out;
}

// Rule `page-stamp`: a date inside a stamp or dateline the furniture stage found ("Posted
// 04/02/2021 10:41 / ...", "DHAKA, March 12, 2017 (BSS) -") is the page's, never an act's.
bool Analyzer::stamp_date(const DateMatch& d) const
{
    return std::any_of(m_stamps.begin(), m_stamps.end(),
                       [&](const auto& st) { return d.begin < st.second && d.end > st.first; });
}

// Rule `page-year`: a yearless date takes the year written before it, unless there is none or
// that year is one of the event's own ("On 19 March, the Senate condemned the massacre of
// 1932-1933"; the next "On 7 February" is not in 1933): then the page's year.
int Analyzer::yearless_anchor(int running) const
{
    const int page = page_year();
    if (page == 0) {
        return running;
    }
    const int event_end = m_subject_date.empty() ? 0 : std::stoi(m_subject_date.end.substr(0, 4));
    if (running == 0 || running <= event_end || m_event_years.count(running)) {
        return page;
    }
    return running;
}

void Analyzer::redate_yearless(Sentence& s) const
{
    const int event_end = m_subject_date.empty() ? 0 : std::stoi(m_subject_date.end.substr(0, 4));
    for (auto& d : s.dates) {
        if (!d.year_inferred || d.relative || d.value.empty() || !d.error.empty()) {
            continue;
        }
        const int year = std::stoi(d.value.start.substr(0, 4));
        if (year > event_end && !m_event_years.count(year)) {
            continue;
        }
        if (page_year() == 0) {
            d.value = DateValue{}; // nothing anchors it: undated rather than a guess
            continue;
        }
        auto again = parse_date(m_text.substr(d.begin, d.end - d.begin), {page_year(), 0, m_order});
        d.value = again.error.empty() ? again.value : DateValue{};
    }
}

int Analyzer::page_year() const
{
    return m_published.size() >= 4 ? std::stoi(m_published.substr(0, 4)) : m_computed_year;
}

// Rule `anniversary-year`: "2022 marks 90 years since ...": that year; "this year marks the 75th
// anniversary of the uprising of August 1944": 1944 + 75, the date also in the sentence before
// ("... on 2 May 1944. Its 75th anniversary falls this year."); "the 100th anniversary ..., marked
// on 24 April 2015" or "In July 2016 we mark the 73rd anniversary": the year of a date that lies
// that many years after the listed event's start or within its span. The words are `year_marker`
// and `this_year` (words.tsv).
int Analyzer::anniversary_year(const Sentence& s, const Sentence& before, const DateValue& event) const
{
    const auto& t = s.tokens;
    if (t.size() > 2 && t[0].digits && t[0].lower.size() == 4 && words().has(WordList::year_marker, t[1].lower)) {
        return std::stoi(t[0].lower);
    }
    bool this_year = false;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        this_year |= words().has_pair(WordList::this_year, t[i].lower, t[i + 1].lower);
    }
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        const auto& w = t[i].lower;
        const std::size_t digits = w.find_first_not_of("0123456789");
        if (digits == 0 || digits == std::string::npos || t[i + 1].lower != "anniversary") {
            continue;
        }
        const int n = std::stoi(w.substr(0, digits));
        if (this_year) {
            const int of = anniversary_of(s, t[i].begin, 0, {});
            const int earlier = of > 0 ? of : anniversary_of(before, 0, 0, {});
            return earlier > 0 ? earlier + n : 0;
        }
        return event.empty() ? 0 : anniversary_of(s, 0, n, event);
    }
    return 0;
}

// The dates of `s`; a sentence whose dates were not read yet (an anniversary's) is copied into
// `scratch` and read there.
const std::vector<DateMatch>& Analyzer::read_dates(const Sentence& s, Sentence& scratch) const
{
    if (!s.dates.empty() || s.tokens.empty()) {
        return s.dates;
    }
    scratch = s;
    add_dates(scratch, 0);
    return scratch.dates;
}

// The year of the first explicit date of `s` from offset `from` on (years == 0), or of the first
// whose year less `years` falls within the event's span, or the event's start year; 0 when none.
int Analyzer::anniversary_of(const Sentence& s, std::size_t from, int years, const DateValue& event) const
{
    Sentence scratch;
    for (const auto& d : read_dates(s, scratch)) {
        if (d.begin < from || !d.explicit_year || !d.error.empty() || d.value.empty()) {
            continue;
        }
        const int y = std::stoi(d.value.start.substr(0, 4));
        if (years == 0) {
            return y;
        }
        const int first = std::stoi(event.start.substr(0, 4));
        const int last = event.end.empty() ? first : std::stoi(event.end.substr(0, 4));
        if (y - years >= first && y - years <= last) {
            return y;
        }
    }
    return 0;
}

// Rule `news-year`: "The 75th anniversary ... will be commemorated this year", of an event of 2
// August 1944 (in the sentence or the one before): the page was written by August of that year.
// The future is a `negation` of value "future" (lexicon.tsv); the event's month is the bound.
int Analyzer::anniversary_bound(const Sentence& s, const Sentence& before) const
{
    bool future = false;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        future |= lex_in(s, p, "negation") && lex_value(s, p, "negation") == "future";
    }
    if (!future) {
        return 0;
    }
    for (const Sentence* in : {&s, &before}) {
        Sentence scratch;
        for (const auto& d : read_dates(*in, scratch)) {
            const auto p = d.value.precision;
            if (d.explicit_year && d.error.empty() && (p == Precision::day || p == Precision::month)) {
                return std::stoi(d.value.start.substr(5, 2));
            }
        }
    }
    return 0;
}

// Rule `news-year`: a page with no date of its own whose year a reader computes (rule
// `anniversary-year`) reports its news in that year: its lead act, the first act of the text,
// left undated, takes the year ("2019"), or January to the bound month ("2019-01/2019-08").
void Analyzer::date_lead_act()
{
    if (!m_published.empty() || m_computed_year == 0 || m_acts.empty() || !m_acts.front().date.empty()) {
        return;
    }
    const std::string year = std::to_string(m_computed_year);
    DateValue d = parse_date(year).value;
    if (m_computed_until > 0) {
        const std::string month = (m_computed_until < 10 ? "-0" : "-") + std::to_string(m_computed_until);
        const DateValue last = parse_date(year + month).value;
        d = DateValue{year + "-01/" + year + month, year + "-01-01", last.end, Precision::month_range};
    }
    auto& act = m_acts.front();
    act.date = d;
    for (auto& a : act.attestations) {
        a.date = d;
    }
    m_diagnostics.push_back({act.attestations.front().line, "news_year", "the page's lead act takes the page's computed year: " + d.edtf});
}

// Rule `post-date`: "Today" in an embedded post counts from the date of its signature line.
const std::string& Analyzer::writing_date(std::size_t offset) const
{
    for (const auto& post : m_posts) {
        if (offset >= post.begin && offset < post.end) {
            return post.date;
        }
    }
    return m_published;
}

void Analyzer::set_page(const PageFurniture& page)
{
    if (m_published.empty()) {
        m_published = page.page_date;
    }
    m_stamps = page.stamps;
    m_posts = page.posts;
    for (const auto& [line, why] : page.dropped) {
        m_diagnostics.push_back({line, "furniture", "page furniture, left out: " + why});
    }
}

void Analyzer::explain_left_dates(const Sentence& s, std::size_t first, std::size_t last) const
{
    const std::size_t b = s.tokens[first].begin;
    const std::size_t e = s.tokens[last - 1].end;
    for (const auto& d : s.dates) {
        if (d.begin < b || d.begin >= e || d.value.empty() || !d.error.empty()) {
            continue;
        }
        const char* why = stamp_date(d)                  ? "a page stamp or dateline"
                          : event_date(s, d)             ? "the event's date"
                          : commemoration_day(s, d)      ? "a day the act names"
                          : citation_date(s, d)          ? "a citation or publication date"
                          : !m_subject_date.empty() && d.value.start <= m_subject_date.end ? "on or before the event's date"
                                                                                          : nullptr;
        if (why) {
            m_diagnostics.push_back({m_lines.line_of(d.begin), "not_act_date",
                                     std::string(m_text.substr(d.begin, d.end - d.begin)) + " is " + why + ", not the act's"});
        }
    }
}

void Analyzer::note_meeting(const Sentence& s, std::size_t first, std::size_t last, const std::optional<Actor>& actor)
{
    if (!actor || actor->executive) {
        return;
    }
    const bool meeting = std::any_of(s.tokens.begin() + static_cast<long>(first), s.tokens.begin() + static_cast<long>(last),
                                     [](const Token& t) { return words().has(WordList::meeting_word, t.lower); });
    const auto dates = usable_dates(s, first, last);
    if (meeting && !dates.empty() && dates.front()->value.precision == Precision::day) {
        m_meeting = Meeting{*actor, dates.front()->value, s.span.end};
    }
}

std::optional<Analyzer::Meeting> Analyzer::meeting_before(const Sentence& s) const
{
    if (!m_meeting || m_meeting->end > s.span.begin) {
        return std::nullopt;
    }
    const auto between = m_text.substr(m_meeting->end, s.span.begin - m_meeting->end);
    const bool next = std::all_of(between.begin(), between.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
    return next ? m_meeting : std::nullopt;
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
