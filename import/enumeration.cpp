// Enumerations and inventories: one sentence, many acts. Lists of places or bodies sharing one
// adopting verb, bodies or places each followed by their own act in brackets, the latest of a
// count of acts, and acts named in passing (a relative clause, an earlier act as a noun phrase,
// a law cited by its title). docs/import.md, "Enumerations and inventories", describes the rules;
// tests/import/test_enumeration.cpp holds their examples.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

#include <algorithm>

namespace acta::import {

using namespace detail;

namespace {

bool in_list(WordList list, const Token& t) { return words().has(list, t.lower); }

// "by" or its equivalent in another language ("von", "par", "przez"): the agent of a passive follows.
bool agent_word(const Token& t) { return in_list(WordList::agent_preposition, t); }

// Whether tokens [t, t+2) spell a two-word entry of `list` ("as did").
bool pair_in_list(const Sentence& s, WordList list, std::size_t t)
{
    return t + 1 < s.tokens.size() && words().has_pair(list, s.tokens[t].lower, s.tokens[t + 1].lower);
}

DateValue year_value(const std::string& w) { return DateValue{w, w + "-01-01", w + "-12-31", Precision::year}; }

bool bare_year(const Token& t)
{
    return t.digits && t.lower.size() == 4 && (t.lower[0] == '1' || t.lower[0] == '2');
}

// A bare year alone in brackets right after an item of a list: "Kenya (2012), Nepal (2013)".
DateValue bracketed_year(const Sentence& s, std::size_t t)
{
    if (t + 2 < s.tokens.size() && s.tokens[t].lower == "(" && bare_year(s.tokens[t + 1]) && s.tokens[t + 2].lower == ")") {
        return year_value(s.tokens[t + 1].lower);
    }
    return {};
}

} // namespace

bool Analyzer::place_phrase(const Sentence& s, std::size_t p, std::string& code) const
{
    const auto c = place_code(s, p);
    if (!c || s.quoted[s.phrases[p].first] || adjective_place(s, p)) {
        return false;
    }
    code = *c;
    return true;
}

bool Analyzer::plural_body_at(const Sentence& s, std::size_t t) const
{
    if (in_list(WordList::list_place_noun, s.tokens[t])) {
        return true;
    }
    if (s.phrase_at[t] < 0) {
        return false;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[t]);
    const char last_char = s.tokens[s.phrases[p].last - 1].lower.back();
    return lex_in(s, p, "plural_body") || (lex_in(s, p, "body_noun") && last_char == 's');
}

// A legislature named by its own name in a list of places ("by Kenya, the European Parliament
// and Nepal"): it is an item of the list, and its act is its own. Offices are no item.
const BodyEntry* Analyzer::listed_body(const Sentence& s, std::size_t p) const
{
    if (s.quoted[s.phrases[p].first]) {
        return nullptr;
    }
    for (const auto& m : s.phrases[p].meanings) {
        if (m.type == Meaning::Type::body && m_g.bodies()[m.index].kind != "office") {
            return &m_g.bodies()[m.index];
        }
    }
    return nullptr;
}

// Runs of places joined only by list tokens (",", "and", brackets) and dates; a single unknown
// capitalized word between two commas (a misspelt name) is skipped, and the run goes on.
std::vector<Analyzer::PlaceRun> Analyzer::place_runs(const Sentence& s) const
{
    std::vector<PlaceRun> runs;
    PlaceRun run;
    std::size_t prev_end = 0;
    auto date_covers = [&](std::size_t tok) {
        return std::any_of(s.dates.begin(), s.dates.end(), [&](const DateMatch& d) {
            return s.tokens[tok].begin >= d.begin && s.tokens[tok].end <= d.end;
        });
    };
    auto joined = [&](std::size_t from, std::size_t to) {
        for (std::size_t t = from; t < to; ++t) {
            const bool stray = s.tokens[t].word && s.tokens[t].capitalized && s.phrase_at[t] < 0 && t > from &&
                               t + 1 < to && s.tokens[t - 1].lower == "," && in_list(WordList::list_joiner, s.tokens[t + 1]);
            const bool article = s.tokens[t].lower == "the" && t + 1 == to && t > from; // ", the European Parliament"
            const bool year = t > 0 && !bracketed_year(s, t - 1).empty();                // "Kenya (2012), Nepal"
            if (!(in_list(WordList::list_joiner, s.tokens[t]) || date_covers(t) || stray || article || year)) {
                return false;
            }
        }
        return true;
    };
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        std::string code;
        const BodyEntry* body = listed_body(s, p);
        if (body) {
            code = body->jurisdiction;
        } else if (!place_phrase(s, p, code)) {
            continue;
        }
        if (!run.empty() && !joined(prev_end, s.phrases[p].first)) {
            runs.push_back(std::move(run));
            run.clear();
        }
        run.push_back({p, code, body});
        prev_end = s.phrases[p].last;
    }
    if (!run.empty()) {
        runs.push_back(std::move(run));
    }
    return runs;
}

// Rule `adjective-list`: two or more nationality or region adjectives joined by list tokens and
// followed at once by a plural body noun, before the act word: "the Kenyan and Peruvian parliaments
// adopted motions", "the Danish, Swedish and Norwegian legislatures adopted ...": one act of each
// place's legislature. Runs of fewer than two adjectives are left to `legislator-adjective`.
std::vector<Analyzer::PlaceRun> Analyzer::adjective_runs(const Sentence& s) const
{
    std::vector<PlaceRun> runs;
    PlaceRun run;
    std::size_t prev_end = 0;
    const std::size_t act_word = first_act_word(s, 0, s.tokens.size());
    const auto close_run = [&](std::size_t next) {
        const bool plural_after = next < s.tokens.size() && plural_body_at(s, next) && act_word > next;
        if (run.size() >= 2 && plural_after) {
            runs.push_back(run);
        }
        run.clear();
    };
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        const bool adjective = !s.quoted[ph.first] && adjective_place(s, p);
        const auto code = adjective ? place_code(s, p) : std::nullopt;
        if (!code || m_g.is_organization(*code)) {
            continue;
        }
        bool joined = !run.empty();
        for (std::size_t t = prev_end; joined && t < ph.first; ++t) {
            joined = in_list(WordList::list_joiner, s.tokens[t]);
        }
        if (!run.empty() && !joined) {
            close_run(prev_end);
        }
        run.push_back({p, *code, nullptr});
        prev_end = ph.last;
    }
    if (!run.empty()) {
        close_run(prev_end);
    }
    return runs;
}

// Rule `shared-verb`: the run is the subject of the sentence's act word, or its agent after
// "by", and a plural body or place noun introduces it ("the parliaments of A, B and C ...
// have adopted resolutions", "legislative bodies in 17 countries, A, B, ...", "US states
// (D, E, F)", "recognized by the parliaments of ...").
// The plural noun may stand before a single place that is no list of its own ("the legislatures of
// 12 states of the United States, among them A, B and C"): only a run of two or more closes its
// reach (`window_start`); "by" counts only after the last place of any kind before the run.
bool Analyzer::actor_run(const Sentence& s, const PlaceRun& run, std::size_t window_start) const
{
    const std::size_t start = s.phrases[run.front().phrase].first;
    const std::size_t end = s.phrases[run.back().phrase].last;
    bool plural = false;
    bool agent = false;
    bool place_between = false;
    for (std::size_t t = start; t-- > std::max(window_start, start >= 12 ? start - 12 : 0);) {
        plural |= plural_body_at(s, t);
        place_between |= s.phrase_at[t] >= 0 && place_code(s, static_cast<std::size_t>(s.phrase_at[t])).has_value();
        agent |= !place_between && s.tokens[t].lower == "by";
    }
    return plural && (agent || first_act_word(s, 0, s.tokens.size()) >= end);
}

// The phrase ending at token `last` (exclusive) is a recognizing act verb ("recognized").
bool Analyzer::recognition_verb_before(const Sentence& s, std::size_t last) const
{
    if (last == 0 || s.phrase_at[last - 1] < 0) {
        return false;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[last - 1]);
    return s.phrases[p].last == last && !s.quoted[s.phrases[p].first] && recognizing_verb(s, p);
}

// Rule `agent-list`: the run is the agent of a passive recognition with no body noun before it:
// "was recognized as genocide by A, B and C", "by the X Parliament, A and B", or with "by" left
// out, "was recognized A, B and C". Only list tokens, "the" and capitalized names (bodies of
// the same list) may stand between "by" and the run; a verb other than a recognition ("visited
// by") or a list of objects ("condemned the occupation of A, B") is no agent.
bool Analyzer::agent_run(const Sentence& s, std::size_t start, std::size_t window_start) const
{
    std::size_t t = start;
    while (t > window_start && start - t < 8 &&
           (in_list(WordList::list_joiner, s.tokens[t - 1]) || s.tokens[t - 1].lower == "the" ||
            (s.tokens[t - 1].capitalized && !agent_word(s.tokens[t - 1])))) {
        --t;
    }
    if (recognition_verb_before(s, t)) {
        return t >= 2 && in_list(WordList::passive_auxiliary, s.tokens[t - 2]);
    }
    if (t == 0 || t <= window_start || !agent_word(s.tokens[t - 1])) {
        return false;
    }
    for (std::size_t v = t - 1; v > window_start && t - v <= 5; --v) {
        if (recognition_verb_before(s, v)) {
            return true;
        }
    }
    return false;
}

// The old rule `enumeration`: the longest run, introduced by "including", "such as", ":", "in"
// ..., in a sentence that names many bodies or many acts ("Resolutions have also been adopted
// in Idaho and Vermont").
bool Analyzer::introduced_run(const Sentence& s, const PlaceRun& run) const
{
    const std::size_t start = s.phrases[run.front().phrase].first;
    bool introduced = false;
    for (std::size_t t = start >= 4 ? start - 4 : 0; t < start; ++t) {
        introduced |= in_list(WordList::list_introducer, s.tokens[t]);
    }
    bool plural_body = false;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const char last_char = s.tokens[s.phrases[p].last - 1].lower.back();
        plural_body |= lex_in(s, p, "plural_body") ||
                       ((lex_in(s, p, "body_noun") || lex_in(s, p, "act_noun")) && last_char == 's');
    }
    return introduced && plural_body;
}

// A list of places that act one by one: "The parliaments of A, B and C, as well as the
// legislatures of US states including D (March 23, 2012), E and F, have adopted ...". Each
// item's own date follows it; a date of the sentence outside the lists applies to all when it
// is the only one; else the acts are undated.
bool Analyzer::enumeration(const Sentence& s)
{
    if (!has_trigger(s, 0, s.tokens.size())) {
        return false;
    }
    const auto runs = place_runs(s);
    std::size_t longest = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        longest = runs[i].size() > runs[longest].size() ? i : longest;
    }
    std::vector<std::pair<const PlaceRun*, const char*>> chosen;
    std::size_t window = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].size() >= 2 && actor_run(s, runs[i], window)) {
            chosen.emplace_back(&runs[i], "shared-verb");
        } else if (runs[i].size() >= 2 && agent_run(s, s.phrases[runs[i].front().phrase].first, window)) {
            chosen.emplace_back(&runs[i], "agent-list");
        } else if (i == longest && runs[i].size() >= 2 && introduced_run(s, runs[i])) {
            chosen.emplace_back(&runs[i], "enumeration");
        } else if (verb_final_run(s, runs[i])) {
            chosen.emplace_back(&runs[i], "verb-final");
        }
        if (runs[i].size() >= 2) {
            window = s.phrases[runs[i].back().phrase].last;
        }
    }
    const auto adjectives = adjective_runs(s);
    for (const auto& run : adjectives) {
        chosen.emplace_back(&run, "adjective-list");
    }
    if (chosen.empty()) {
        return false;
    }
    const DateValue shared = shared_date(s, runs);
    for (const auto& [run, rule] : chosen) {
        add_run_acts(s, *run, rule, shared);
    }
    return true;
}

// The one usable date of the sentence outside its place lists, or nothing.
DateValue Analyzer::shared_date(const Sentence& s, const std::vector<PlaceRun>& runs) const
{
    const DateMatch* only = nullptr;
    for (const auto* d : usable_dates(s, 0, s.tokens.size())) {
        const bool inside = std::any_of(runs.begin(), runs.end(), [&](const PlaceRun& r) {
            return r.size() >= 2 && d->begin >= s.tokens[s.phrases[r.front().phrase].first].begin &&
                   d->begin < s.tokens[s.phrases[r.back().phrase].last - 1].end + 40;
        });
        if (inside || only) {
            return {};
        }
        only = d;
    }
    return only ? only->value : DateValue{};
}

void Analyzer::add_run_acts(const Sentence& s, const PlaceRun& run, const char* rule, const DateValue& shared)
{
    for (std::size_t i = 0; i < run.size(); ++i) {
        const auto& ph = s.phrases[run[i].phrase];
        const std::size_t next = i + 1 < run.size() ? s.phrases[run[i + 1].phrase].first : s.tokens.size();
        const auto own = usable_dates(s, ph.last, next);
        const DateValue year = bracketed_year(s, ph.last);
        Actor actor;
        actor.body = run[i].body ? body_from_entry(*run[i].body) : resolve_body(run[i].code, "whole", "");
        actor.token = ph.first;
        actor.rule = rule;
        add_act(s, 0, s.tokens.size(), actor, !own.empty() ? own.front()->value : !year.empty() ? year : shared, "prose",
                s.span.begin, s.span.end);
        auto& act = m_acts.back();
        act.persons.clear();
        act.identifier.clear();
        act.attestations.back().line = m_lines.line_of(s.tokens[ph.first].begin);
    }
}

// An item of a bracketed list: a body or an introduced place, followed by "(" ... ")" that
// holds a date (or a bare year).
std::optional<Analyzer::BracketItem> Analyzer::bracket_item(const Sentence& s, std::size_t p) const
{
    const auto& ph = s.phrases[p];
    if (s.quoted[ph.first] || ph.last >= s.tokens.size() || s.tokens[ph.last].lower != "(") {
        return std::nullopt;
    }
    std::optional<Actor> actor = find_actor(s, ph.first, ph.last);
    std::string code;
    if (!actor && place_phrase(s, p, code) && !m_g.is_organization(code)) {
        actor = Actor{resolve_body(code, "whole", ""), ph.first, "inventory", false};
    }
    std::size_t close = ph.last + 1;
    while (close < s.tokens.size() && close < ph.last + 24 && s.tokens[close].lower != ")" && s.tokens[close].lower != "(") {
        ++close;
    }
    if (close >= s.tokens.size() || s.tokens[close].lower != ")") {
        return std::nullopt;
    }
    if (auto named = actor && actor->rule == "inventory" ? find_actor(s, ph.last + 1, close) : std::nullopt;
        named && !named->executive && named->body.jurisdiction_code == code) {
        actor->body = named->body; // "Estonia (statement of the Riigikogu, 20 May 2016)"
    }
    if (!actor || actor->executive || actor->rule == "title") {
        return std::nullopt;
    }
    const auto dates = usable_dates(s, ph.last + 1, close);
    DateValue date = dates.empty() ? DateValue{} : dates.front()->value;
    for (std::size_t t = ph.last + 1; t < close && date.empty(); ++t) {
        if (bare_year(s.tokens[t])) {
            date = year_value(s.tokens[t].lower); // "(resolution, 2007)"
        }
    }
    if (date.empty()) {
        return std::nullopt;
    }
    return BracketItem{*actor, ph.last, close, date};
}

// Rules `bracketed-list` and `inventory`: bodies or places each followed by their own act in
// brackets: "the Saeima (declaration of 7 March 2006), the Seimas (Res. X-1120, 2007) and the
// Riigikogu (statement, autumn 2008)"; "by the parliaments of A (resolution adopted on D by its
// foreign affairs committee), B (decision of D) and C (...)". Places need a plural body noun or
// "by" before the first of them.
bool Analyzer::body_enumeration(const Sentence& s)
{
    std::vector<BracketItem> items;
    std::size_t first_plural = 0;
    while (first_plural < s.tokens.size() && !plural_body_at(s, first_plural)) {
        ++first_plural;
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        auto item = bracket_item(s, p);
        if (!item) {
            continue;
        }
        if (item->actor.rule == "inventory" && items.empty()) {
            // "by the parliaments of A (...)", "The following parliaments have ...: A (...)".
            const std::size_t start = item->actor.token;
            bool introduced = start > first_plural && s.tokens[start - 1].lower == ":";
            for (std::size_t t = start >= 8 ? start - 8 : 0; t < start; ++t) {
                introduced |= plural_body_at(s, t) || agent_word(s.tokens[t]);
            }
            if (!introduced) {
                continue;
            }
        }
        items.push_back(*item);
    }
    if (items.size() < 2) {
        return false;
    }
    add_bracket_acts(s, items);
    return true;
}

void Analyzer::add_bracket_acts(const Sentence& s, const std::vector<BracketItem>& items)
{
    const std::string sentence_type = act_type(s, 0, s.tokens.size());
    for (const auto& item : items) {
        add_act(s, item.open, item.close + 1, item.actor, item.date, "prose", s.span.begin, s.span.end);
        auto& act = m_acts.back();
        act.attestations.back().rule =
            item.actor.rule == "inventory" ? "prose/inventory" : "prose/bracketed-list";
        if (act.act_type == "act") {
            act.act_type = sentence_type;
            act.attestations.back().act_type = sentence_type;
        }
        for (auto& t : terms(s, 0, s.tokens.size())) {
            if (std::none_of(act.terms.begin(), act.terms.end(), [&](auto& x) { return x.term == t.term; })) {
                act.terms.push_back(t);
                act.attestations.back().terms.push_back(t.term);
            }
        }
    }
}

// Rule `inventory-latest`: a count of acts with the latest in brackets: "16 countries recognise
// it (the latest being Chile, on 9 March 2021)": one act of that place's legislature.
bool Analyzer::latest_in_inventory(const Sentence& s)
{
    std::size_t open = 0;
    bool counted = false;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        const bool count = t > 0 && (s.tokens[t - 1].digits || in_list(WordList::count_word, s.tokens[t - 1]));
        counted |= plural_body_at(s, t) && count;
        if (s.tokens[t].lower == "(" && counted) {
            open = t;
            break;
        }
    }
    if (open == 0) {
        return false;
    }
    std::size_t close = open + 1;
    while (close < s.tokens.size() && close < open + 16 && s.tokens[close].lower != ")") {
        ++close;
    }
    const auto dates = usable_dates(s, open + 1, close);
    std::size_t latest = close;
    for (std::size_t t = open + 1; t < close; ++t) {
        const bool word = in_list(WordList::inventory_latest, s.tokens[t]) || pair_in_list(s, WordList::inventory_latest, t);
        latest = word ? std::min(latest, t) : latest;
    }
    if (close >= s.tokens.size() || dates.empty() || latest == close) {
        return false;
    }
    for (std::size_t t = latest; t < close; ++t) {
        std::string code;
        if (s.phrase_at[t] >= 0 && place_phrase(s, static_cast<std::size_t>(s.phrase_at[t]), code)) {
            Actor actor{resolve_body(code, "whole", ""), t, "inventory-latest", false};
            add_act(s, 0, open, actor, dates.front()->value, "prose", s.span.begin, s.span.end);
            return true;
        }
    }
    return false;
}

// Rule `as-did`: a second subject given the act of the first by an elliptical verb: "The Seimas
// voted a declaration in 2004, as did the Saeima of Latvia". The body after "as did" (up to the
// next comma) acts too, on the same date.
std::optional<Actor> Analyzer::elliptical_actor(const Sentence& s, std::size_t from, std::size_t last) const
{
    for (std::size_t t = from; t + 2 < last; ++t) {
        if (!pair_in_list(s, WordList::elliptical_verb, t)) {
            continue;
        }
        std::size_t end = t + 2;
        while (end < last && s.tokens[end].lower != "," && s.tokens[end].lower != ";") {
            ++end;
        }
        auto other = find_actor(s, t + 2, end);
        if (!other || other->executive || other->rule.find('+') != std::string::npos) {
            return std::nullopt;
        }
        other->rule = "as-did";
        return other;
    }
    return std::nullopt;
}

// Rule `dated-list`: one body, several acts each with its date, written as one list of dates
// after a plural act noun: "has passed three resolutions, dated 14 May 1998, 9 June 2006 and
// 21 April 2015"; "the resolutions of the Assembly dated 24 February 1994, on 24 February 1995
// and on 27 February 2007". The dates (two or more, each with its year) are joined by list
// words only. Empty when the clause is not such a list.
std::vector<DateValue> Analyzer::dated_list(const Sentence& s, std::size_t first, std::size_t last) const
{
    const auto dates = usable_dates(s, first, last);
    if (dates.size() < 2) {
        return {};
    }
    bool plural_noun = false;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        plural_noun |= ph.first >= first && ph.first < last && !s.quoted[ph.first] && lex_in(s, p, "act_noun") &&
                       s.tokens[ph.last - 1].lower.back() == 's';
    }
    if (!plural_noun) {
        return {};
    }
    // One pass over the tokens from the first date to the last: between two dates, list words only.
    std::vector<DateValue> out;
    std::size_t next = 0; // the first date not yet passed
    for (std::size_t t = first; t < last && next < dates.size(); ++t) {
        const auto& tok = s.tokens[t];
        while (next < dates.size() && tok.begin >= dates[next]->begin) {
            if (dates[next]->year_inferred) {
                return {};
            }
            out.push_back(dates[next]->value);
            ++next;
        }
        const bool inside = tok.end <= dates[out.empty() ? 0 : next - 1]->end;
        if (!out.empty() && next < dates.size() && !inside &&
            !(in_list(WordList::list_joiner, tok) || in_list(WordList::date_link, tok))) {
            return {};
        }
    }
    return out.size() == dates.size() ? out : std::vector<DateValue>{};
}

// Rule `second-mention`: a clause whose first act noun points back ("that resolution", "the same
// motion") and whose body is the previous act's says more about that act; its date (a memorial
// service, a later meeting) is not an act's.
bool Analyzer::second_mention(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor,
                              bool have_previous) const
{
    if (!have_previous || m_acts.back().body.name != actor.body.name) {
        return false;
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const std::size_t t = s.phrases[p].first;
        if (t < first || t >= last || s.quoted[t] || !lex_in(s, p, "act_noun")) {
            continue;
        }
        return (t >= 1 && in_list(WordList::anaphoric_determiner, s.tokens[t - 1])) ||
               (t >= 2 && pair_in_list(s, WordList::anaphoric_determiner, t - 2));
    }
    return false;
}

// The date written right after an act noun mentioned in passing ("... 18/7702 from 2016",
// "... of 3 May 2001"), from token `t` on.
DateValue Analyzer::passing_date(const Sentence& s, std::size_t t, std::size_t last) const
{
    for (std::size_t k = t; k + 1 < last && k < t + 3; ++k) {
        if (!in_list(WordList::date_link, s.tokens[k])) {
            continue;
        }
        for (const auto* d : usable_dates(s, k + 1, last)) {
            if (d->begin == s.tokens[k + 1].begin) {
                return d->value;
            }
        }
        return bare_year(s.tokens[k + 1]) ? year_value(s.tokens[k + 1].lower) : DateValue{};
    }
    return {};
}

// Rule `passing-noun`: an earlier act named as a noun phrase in the sentence of a later one, with
// its own date: "... adopted a second resolution, which confirmed the earlier resolution 18/7702
// from 2016". The noun follows the clause's first act word and carries an earlier-act word
// before it or an identifier after it; the act is the same body's.
void Analyzer::passing_acts(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor,
                            const DateValue& date)
{
    const std::size_t main_word = first_act_word(s, first, last);
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first <= main_word || ph.first >= last || s.quoted[ph.first] || !lex_in(s, p, "act_noun")) {
            continue;
        }
        const bool earlier = ph.first >= 1 && in_list(WordList::earlier_act_word, s.tokens[ph.first - 1]);
        std::size_t end = ph.last;
        for (const auto& [a, b] : s.identifier_tokens) {
            end = a >= ph.last && a <= ph.last + 1 ? b : end;
        }
        const DateValue d = passing_date(s, end, last);
        if (!(earlier || end > ph.last) || d.empty() || d.edtf == date.edtf) {
            continue;
        }
        add_act(s, ph.first, std::min(last, end + 2), actor, d, "prose", s.span.begin, s.span.end);
        m_acts.back().attestations.back().rule = "prose/passing-noun";
        const std::string id = m_acts.back().identifier;
        for (std::size_t i = m_acts.size() - 1; i-- > 0 && m_acts[i].attestations.back().span_start >= s.span.begin;) {
            if (!id.empty() && m_acts[i].identifier == id) {
                m_acts[i].identifier.clear(); // the later act is not numbered by the earlier one's number
            }
        }
    }
}

// Rule `relative-clause`: a body's act told in a relative clause, with its own date: "The
// Riksdag, which in 2010 had declared the famine a genocide, held a debate ...". The clause runs
// from the comma after the body to the next comma.
std::vector<Analyzer::AsideAct> Analyzer::relative_clauses(const Sentence& s) const
{
    std::vector<AsideAct> out;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.last + 2 >= s.tokens.size() || s.tokens[ph.last].lower != "," ||
            !in_list(WordList::relative_pronoun, s.tokens[ph.last + 1])) {
            continue;
        }
        const auto actor = find_actor(s, ph.first, ph.last);
        if (!actor || actor->executive || actor->rule.find('+') != std::string::npos) {
            continue;
        }
        std::size_t end = ph.last + 2;
        while (end < s.tokens.size() && s.tokens[end].lower != "," && s.tokens[end].lower != ";") {
            ++end;
        }
        bool verb = false;
        for (std::size_t q = 0; q < s.phrases.size(); ++q) {
            verb |= s.phrases[q].first > ph.last && s.phrases[q].first < end && lex_in(s, q, "act_verb");
        }
        const auto dates = usable_dates(s, ph.last + 2, end);
        if (verb && !dates.empty()) {
            out.push_back({*actor, dates.front()->value, ph.last, end});
        }
    }
    return out;
}

// A sentence read clause by clause, with its relative clauses set aside: the rest is read
// without their act words and dates (set aside like quoted words), then each adds its own act.
void Analyzer::read_with_asides(const Sentence& s, const Span& paragraph, DateValue& pending)
{
    const auto asides = relative_clauses(s);
    if (asides.empty()) {
        const std::size_t before = m_acts.size();
        prose_sentence(s, paragraph, nullptr, nullptr, pending);
        if (m_acts.size() == before) {
            titled_law(s);
        }
        return;
    }
    Sentence rest = s;
    for (const auto& a : asides) {
        std::fill(rest.quoted.begin() + static_cast<long>(a.first), rest.quoted.begin() + static_cast<long>(a.last), true);
        const std::size_t b = s.tokens[a.first].begin;
        const std::size_t e = s.tokens[a.last - 1].end;
        std::erase_if(rest.dates, [&](const DateMatch& d) { return d.begin >= b && d.begin < e; });
    }
    const std::size_t before = m_acts.size();
    prose_sentence(rest, paragraph, nullptr, nullptr, pending);
    // When the rest adds no act, what it goes on to say (terms, persons) is the aside's act's.
    const bool alone = m_acts.size() == before && asides.size() == 1;
    for (const auto& a : asides) {
        add_act(s, a.first, alone ? s.tokens.size() : a.last, a.actor, a.date, "prose", s.span.begin, s.span.end);
        m_acts.back().attestations.back().rule = "prose/relative-clause";
    }
}

// Rule `titled-law+statute-code`: a law cited by its title and its place in a statute book, which
// names the legislature: "the Tavrin Relief Act (12 U.S.C. 4410)" is a law of the United States
// Congress. The title ends in a law word at t, a bracket follows with a `statute_code` phrase of
// lexicon.tsv (its value the jurisdiction) among its first tokens.
std::optional<Actor> Analyzer::statute_citation(const Sentence& s, std::size_t t) const
{
    // The title's words may be any capitalized words ("... Justice Act"): the code is the evidence.
    if (!s.tokens[t].capitalized || !in_list(WordList::law_title_word, s.tokens[t]) || !s.tokens[t - 1].word ||
        !s.tokens[t - 1].capitalized || s.tokens[t + 1].lower != "(") {
        return std::nullopt;
    }
    for (std::size_t k = t + 2; k < s.tokens.size() && k < t + 6 && s.tokens[k].lower != ")"; ++k) {
        if (s.phrase_at[k] >= 0 && lex_in(s, static_cast<std::size_t>(s.phrase_at[k]), "statute_code")) {
            const std::string code = lex_value(s, static_cast<std::size_t>(s.phrase_at[k]), "statute_code");
            return Actor{resolve_body(code, "whole", ""), t, "titled-law", false};
        }
    }
    return std::nullopt;
}

// Rule `titled-law`: an undated law cited by its title and its adopting body: "The ... Remembrance
// Act, passed by the Parliament of Canada, sets aside ...". The title ends in a law word, a
// comma and an adopting verb with "by" follow it, and the body stands before the next comma.
bool Analyzer::titled_law(const Sentence& s)
{
    if (!usable_dates(s, 0, s.tokens.size()).empty()) {
        return false;
    }
    for (std::size_t t = 1; t + 4 < s.tokens.size(); ++t) {
        if (auto actor = statute_citation(s, t)) {
            add_act(s, t, t + 1, *actor, DateValue{}, "prose", s.span.begin, s.span.end);
            m_acts.back().act_type = "law";
            m_acts.back().attestations.back().act_type = "law";
            m_acts.back().attestations.back().rule = "prose/titled-law+statute-code";
            return true;
        }
        if (!s.tokens[t].capitalized || !in_list(WordList::law_title_word, s.tokens[t]) || !is_name_word(s.tokens[t - 1]) ||
            s.tokens[t + 1].lower != "," || s.phrase_at[t + 2] < 0 ||
            !lex_in(s, static_cast<std::size_t>(s.phrase_at[t + 2]), "act_verb")) {
            continue;
        }
        std::size_t by = s.phrases[static_cast<std::size_t>(s.phrase_at[t + 2])].last;
        std::size_t end = by + 1;
        while (end < s.tokens.size() && s.tokens[end].lower != "," && s.tokens[end].lower != ";") {
            ++end;
        }
        auto actor = by < s.tokens.size() && s.tokens[by].lower == "by" ? find_actor(s, by + 1, end) : std::nullopt;
        if (!actor || actor->executive) {
            continue;
        }
        add_act(s, t, end, *actor, DateValue{}, "prose", s.span.begin, s.span.end);
        m_acts.back().act_type = "law";
        m_acts.back().attestations.back().act_type = "law";
        m_acts.back().attestations.back().rule = "prose/titled-law";
        return true;
    }
    return false;
}

// Rule `rank-following`: a ranked act names the places that acted before it: "the Storting became
// the third legislature to pass such a motion, following Chile and Peru", "the fourth state,
// after Chile, Peru and Ghana, to recognize ...". A run of places right after a
// `precedence_word` (only "the" between), with a `rank_word` at most twelve tokens before it,
// gives one undated act of each place's legislature, of the sentence's act type. Likewise
// (rule `joins-list`) the run after a `joining_verb` and before "in" or "as": "Norway joins
// Chile and Peru in having adopted such motions". The sentence is then read as usual (the
// ranked or joining act itself).
void Analyzer::rank_following(const Sentence& s)
{
    if (!has_trigger(s, 0, s.tokens.size())) {
        return;
    }
    for (const auto& run : place_runs(s)) {
        std::size_t t = s.phrases[run.front().phrase].first;
        const std::size_t end = s.phrases[run.back().phrase].last;
        while (t > 0 && s.tokens[t - 1].lower == "the") {
            --t;
        }
        if (t < 2) {
            continue;
        }
        bool ranked = false;
        for (std::size_t k = t >= 14 ? t - 14 : 0; k + 1 < t; ++k) {
            ranked |= in_list(WordList::rank_word, s.tokens[k]);
        }
        if (ranked && in_list(WordList::precedence_word, s.tokens[t - 1])) {
            add_run_acts(s, run, "rank-following", DateValue{});
        } else if (in_list(WordList::joining_verb, s.tokens[t - 1]) && end < s.tokens.size() &&
                   in_list(WordList::joining_complement, s.tokens[end])) {
            add_run_acts(s, run, "joins-list", DateValue{});
        }
    }
}

// Sentences that are lists of acts, read whole; false leaves the sentence to the clause reader.
bool Analyzer::read_lists(const Sentence& s)
{
    rank_following(s);
    return enumeration(s) || body_enumeration(s) || latest_in_inventory(s);
}

} // namespace acta::import
