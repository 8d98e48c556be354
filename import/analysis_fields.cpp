// What an act is and says: triggers, types, terms, persons, identifiers, votes, wording, negations.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

using namespace detail;

bool Analyzer::has_trigger(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t t = first; t < last && t < s.tokens.size(); ++t) {
        // "the Senate followed on 7 November 2000": an act like the one before; "was followed by"
        // is not (its subject is the act before).
        if (s.tokens[t].lower == "followed" && !(t + 1 < s.tokens.size() && s.tokens[t + 1].lower == "by") &&
            t > first && find_actor(s, first, t) && m_acts.size() > static_cast<std::size_t>(m_paragraph_first_act)) {
            return true;
        }
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && !s.quoted[ph.first] && !given_name(s, p) &&
            (lex_in(s, p, "act_noun") || lex_in(s, p, "act_verb"))) {
            return true;
        }
    }
    // "Portugal was the first country to use the word genocide": the country's verb is the act word.
    return country_subject_actor(s, first, last).has_value();
}

// Rule `recognition+term`: a recognizing verb with a term after it ("recognized the killings as
// genocide", "admitted that the crimes were genocide") names the act even without an act noun,
// so the act is kept when its date is not given.
bool Analyzer::recognizes_term(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::size_t verb = last;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last) {
            continue;
        }
        if (verb == last && !s.quoted[ph.first] && recognizing_verb(s, p)) {
            verb = ph.first;
        } else if (verb < ph.first && lex_in(s, p, "term")) {
            return true;
        }
    }
    return false;
}

bool Analyzer::has_act_noun(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && !s.quoted[ph.first] && !given_name(s, p) && lex_in(s, p, "act_noun")) {
            return true;
        }
    }
    return false;
}

namespace {

// Rule `reported-in`: "..., the group said in a statement", "... wrote in its joint letter": an act
// noun after a `report_verb`, "in" and at most two lower-case words is the reporting source's
// document, not the act's.
bool reported_in(const Sentence& s, std::size_t noun)
{
    for (std::size_t i = noun - 1; i + 3 >= noun && i >= 1 && i < noun; --i) {
        const auto& tok = s.tokens[i];
        if (tok.lower == "in") {
            return i + 1 < noun && words().has(WordList::report_verb, s.tokens[i - 1].lower);
        }
        if (!tok.word || tok.capitalized) {
            return false;
        }
    }
    return false;
}

} // namespace

std::string Analyzer::act_type(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::string weak_noun;
    std::string verb;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first] || given_name(s, p)) {
            continue;
        }
        if (lex_in(s, p, "act_noun") && (verb.empty() || !reported_in(s, ph.first))) {
            const std::string v = lex_value(s, p, "act_noun");
            if (!weak_type(v)) {
                return v;
            }
            if (weak_noun.empty()) {
                weak_noun = v;
            }
        } else if (lex_in(s, p, "act_verb") && verb.empty()) {
            const std::string v = lex_value(s, p, "act_verb");
            if (v != "-") {
                verb = v;
            }
        }
    }
    if (!weak_noun.empty()) {
        return weak_noun;
    }
    return verb.empty() ? "act" : verb;
}

std::vector<TermMention> Analyzer::terms(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::vector<TermMention> out;
    // Compounds: "famine-genocide", "genocide-denial": each part may be a term.
    for (std::size_t t = first; t < last && t < s.tokens.size(); ++t) {
        const auto& w = s.tokens[t].lower;
        if (s.phrase_at[t] >= 0 || w.find('-') == std::string::npos) {
            continue;
        }
        std::size_t start = 0;
        while (start <= w.size()) {
            const std::size_t dash = std::min(w.find('-', start), w.size());
            if (const auto* e = m_g.lex("term", w.substr(start, dash - start))) {
                if (std::none_of(out.begin(), out.end(), [&](const TermMention& x) { return x.term == e->value; })) {
                    out.push_back({e->value, std::string(m_text.substr(s.tokens[t].begin, s.tokens[t].end - s.tokens[t].begin))});
                }
            }
            start = dash + 1;
        }
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || !lex_in(s, p, "term")) {
            continue;
        }
        const std::string term = lex_value(s, p, "term");
        if (std::none_of(out.begin(), out.end(), [&](const TermMention& t) { return t.term == term; })) {
            out.push_back({term, std::string(m_text.substr(s.tokens[ph.first].begin,
                                                           s.tokens[ph.last - 1].end - s.tokens[ph.first].begin))});
        }
    }
    return out;
}

// The end of a person's name starting at token t (2-3 name words; a single-word place may open
// it: "Virginia Foxx"; initials and particles allowed), and the number of its name words.
std::pair<std::size_t, std::size_t> Analyzer::person_name(const Sentence& s, std::size_t t, std::size_t last) const
{
    auto name_word_at = [&](std::size_t i) {
        if (i >= last || !is_name_word(s.tokens[i])) {
            return false;
        }
        const int p = s.phrase_at[i];
        if (p < 0) {
            return true;
        }
        const auto& ph = s.phrases[static_cast<std::size_t>(p)];
        if (given_name(s, static_cast<std::size_t>(p))) {
            return true; // "Bill Smith"
        }
        // A one-word place followed by a name word is a given name ("Virginia Foxx"), unless
        // a title just before makes it the title's place ("Rep. Florida Jane Doe").
        const bool after_title = i > 0 && s.phrase_at[i - 1] >= 0 &&
                                 lex_in(s, static_cast<std::size_t>(s.phrase_at[i - 1]), "title");
        const bool place = names_place(ph);
        return place && i == t && !after_title && ph.last == i + 1 && i + 1 < last && is_name_word(s.tokens[i + 1]) &&
               s.phrase_at[i + 1] < 0;
    };
    std::size_t k = t;
    std::size_t words = 0;
    while (k < last && words < 4 &&
           (name_word_at(k) || (words > 0 && is_initial(s.tokens[k])) ||
            // "van der Linde", "de la Cruz", "bin Salman": particles inside a name
            (words > 0 && k + 1 < last && acta::import::words().has(WordList::name_particle, s.tokens[k].lower) &&
             (name_word_at(k + 1) || acta::import::words().has(WordList::name_particle_second, s.tokens[k + 1].lower))))) {
        words += !is_initial(s.tokens[k]);
        ++k;
        if (k < last && s.tokens[k].lower == "." && is_initial(s.tokens[k - 1])) {
            ++k;
        }
    }
    return {k, words};
}

// Whether the name at token t is a person of the act: a title or a role word shortly before ("MP
// Daniel Okafor", "sponsored by", "Congressman from North Carolina, Virginia Foxx"), a body right
// before ("the House of Representatives John Roe"), or "and" after an accepted name. Another
// capitalized word on the way back ends the search: the name belongs to it.
bool Analyzer::person_accepted(const Sentence& s, std::size_t first, std::size_t t, std::size_t last_accepted_end) const
{
    std::size_t b = t;
    for (int back = 0; back < 6 && b > first; ++back) {
        --b;
        const int p = s.phrase_at[b];
        const auto phrase = static_cast<std::size_t>(p);
        if (p >= 0 && (lex_in(s, phrase, "title") || lex_in(s, phrase, "role_cue"))) {
            return true;
        }
        if (p >= 0 && b + 1 == t &&
            (lex_in(s, phrase, "body_noun") ||
             std::any_of(s.phrases[phrase].meanings.begin(), s.phrases[phrase].meanings.end(),
                         [](const Meaning& m) { return m.type == Meaning::Type::body; }))) {
            return true;
        }
        if (s.tokens[b].lower == "and" && last_accepted_end == b) {
            return true;
        }
        const bool place = p >= 0 && names_place(s.phrases[phrase]);
        if (s.tokens[b].capitalized && !place &&
            !words().has(WordList::honorific, s.tokens[b].lower)) {
            return false;
        }
        if (p >= 0) {
            b = s.phrases[phrase].first; // skip the rest of a place phrase
        }
    }
    return false;
}

std::vector<PersonRole> Analyzer::persons(const Sentence& s, std::size_t first, std::size_t last,
                                          const std::string& default_role) const
{
    std::string role = default_role;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        if (s.phrases[p].first >= first && s.phrases[p].first < last && lex_in(s, p, "role_cue")) {
            role = lex_value(s, p, "role_cue");
            break;
        }
    }
    if (role.empty()) {
        role = "member";
    }
    std::vector<PersonRole> out;
    std::size_t t = first;
    std::size_t last_accepted_end = std::size_t(-1);
    while (t < last) {
        const auto [k, words] = person_name(s, t, last);
        if (words < 2) {
            t = std::max(t + 1, k);
            continue;
        }
        if (person_accepted(s, first, t, last_accepted_end)) {
            const std::string name = squeeze(m_text.substr(s.tokens[t].begin, s.tokens[k - 1].end - s.tokens[t].begin));
            if (std::none_of(out.begin(), out.end(), [&](const PersonRole& r) { return r.name == name; })) {
                out.push_back({name, role});
            }
            last_accepted_end = k;
        }
        t = k;
    }
    return out;
}

namespace {

std::string_view token_text(std::string_view text, const Sentence& s, std::size_t a, std::size_t b)
{
    return text.substr(s.tokens[a].begin, s.tokens[b].end - s.tokens[a].begin);
}

bool all_digits(std::string_view::const_iterator from, std::string_view::const_iterator to)
{
    return std::all_of(from, to, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// 18.596, 60/7, 777-2012, 1584-V, 792-VIII
bool number_like(std::string_view text, const Token& t)
{
    if (!t.word || t.lower.empty() || !std::isdigit(static_cast<unsigned char>(t.lower[0]))) {
        return false;
    }
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    std::size_t k = 0;
    while (k < raw.size() && (std::isdigit(static_cast<unsigned char>(raw[k])) || raw[k] == '.' || raw[k] == '/' || raw[k] == '-')) {
        ++k;
    }
    if (k == raw.size()) {
        return true;
    }
    // A Roman-numeral convocation suffix: "1584-V".
    return raw[k - 1] == '-' && std::all_of(raw.begin() + static_cast<long>(k), raw.end(), [](char c) {
               return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
           });
}

bool plain_year(const Token& t) { return t.digits && t.lower.size() == 4 && (t.lower[0] == '1' || t.lower[0] == '2'); }

// Codes of letters and digits with a hyphen: "S4M-12845".
std::optional<IdentifierMention> letters_digits_code(std::string_view raw, std::size_t t)
{
    const auto dash = raw.find('-');
    if (raw.empty() || !std::isupper(static_cast<unsigned char>(raw[0])) || raw.size() < 5 || raw.size() > 16 ||
        dash == std::string_view::npos ||
        !std::any_of(raw.begin(), raw.begin() + static_cast<long>(dash), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        !all_digits(raw.begin() + static_cast<long>(dash) + 1, raw.end())) {
        return std::nullopt;
    }
    return IdentifierMention{std::string(raw), t, t + 1, ""};
}

// M-103, C-45: a capital letter or two, a hyphen, digits (an M is a motion).
std::optional<IdentifierMention> capital_dash_number(std::string_view raw, const Token& tok, std::size_t t)
{
    const auto dash = raw.find('-');
    if (raw.empty() || !std::isupper(static_cast<unsigned char>(raw[0])) || !tok.word || raw.size() < 3 || raw.size() > 10 ||
        dash == std::string_view::npos || dash > 3 || dash + 1 >= raw.size() ||
        !std::all_of(raw.begin(), raw.begin() + static_cast<long>(dash), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) ||
        !all_digits(raw.begin() + static_cast<long>(dash) + 1, raw.end())) {
        return std::nullopt;
    }
    return IdentifierMention{std::string(raw), t, t + 1, raw[0] == 'M' ? "motion" : ""};
}

// Bill codes: HR 101, S.Res. 97, H.Res. 154, HJR 12, SB 1.
std::optional<IdentifierMention> bill_code(std::string_view text, const Sentence& s, std::size_t t, std::size_t last)
{
    const Token& tok = s.tokens[t];
    const bool resolution_code = words().has(WordList::resolution_code, tok.lower);
    if (!std::isupper(static_cast<unsigned char>(text[tok.begin])) ||
        !(resolution_code || words().has(WordList::bill_code, tok.lower))) {
        return std::nullopt;
    }
    std::size_t n = t + 1;
    if (n < last && s.tokens[n].lower == ".") {
        ++n;
    }
    if (n < last && number_like(text, s.tokens[n])) {
        return IdentifierMention{squeeze(token_text(text, s, t, n)), t, n + 1, resolution_code ? "resolution" : "bill"};
    }
    return std::nullopt;
}

// In brackets: "(B 112)", "(Drucksache 18/8613)", "(A/RES/60/7)"; a month and year ("(May 2000)",
// "(Mai 2000)") is a date, no code.
std::optional<IdentifierMention> bracketed_code(std::string_view text, const Sentence& s, std::size_t t, std::size_t last)
{
    if (s.tokens[t].lower != "(" || t + 2 >= last) {
        return std::nullopt;
    }
    const std::size_t n = t + 1;
    if (is_month_word(s.tokens[n].lower)) {
        return std::nullopt;
    }
    if (s.tokens[n].word && s.tokens[n].capitalized && !s.tokens[n].digits && n + 1 < last &&
        number_like(text, s.tokens[n + 1]) && n + 2 < last && s.tokens[n + 2].lower == ")") {
        const bool code = s.tokens[n].lower.size() <= 3;
        const bool slashed = s.tokens[n + 1].lower.find('/') != std::string::npos;
        if (code || slashed) {
            return IdentifierMention{code ? squeeze(token_text(text, s, n, n + 1)) : std::string(token_text(text, s, n + 1, n + 1)),
                                     n, n + 2, ""};
        }
    }
    return std::nullopt;
}

} // namespace

// "No. 18.596", "number 777-2012", "resolution 60/7", "resolution number 1594", "Resolution 2318".
std::optional<IdentifierMention> Analyzer::numbered(const Sentence& s, std::size_t t, std::size_t last) const
{
    const Token& tok = s.tokens[t];
    const int p = s.phrase_at[t];
    const bool noun = p >= 0 && lex_in(s, static_cast<std::size_t>(p), "act_noun") &&
                      s.phrases[static_cast<std::size_t>(p)].last == t + 1;
    const bool marker = words().has(WordList::number_marker, tok.lower);
    if (!noun && !marker) {
        return std::nullopt;
    }
    std::size_t n = t + 1;
    bool is_numbered = marker;
    if (n < last && s.tokens[n].lower == "." && marker) {
        ++n;
    }
    if (noun && n < last && words().has(WordList::number_word, s.tokens[n].lower)) {
        is_numbered = true;
        ++n;
        if (n < last && s.tokens[n].lower == ".") {
            ++n;
        }
    }
    const bool titled = noun && tok.capitalized; // "Resolution 2318", not "a resolution 2013"
    if (!(n < last && number_like(m_text, s.tokens[n]) && !(plain_year(s.tokens[n]) && !is_numbered && !titled))) {
        return std::nullopt;
    }
    if (!is_numbered && n + 1 < last && is_month_word(s.tokens[n + 1].lower)) {
        return std::nullopt; // "adopted a resolution 3 May 2012" (a day, as languages without "on" write it)
    }
    std::string number(token_text(m_text, s, n, n));
    // "Law 26,199": thousands written with a comma
    if (n + 2 < last && s.tokens[n + 1].lower == "," && s.tokens[n + 2].digits && s.tokens[n + 2].lower.size() == 3 &&
        s.tokens[n + 1].begin == s.tokens[n].end && s.tokens[n + 2].begin == s.tokens[n + 1].end) {
        number = std::string(token_text(m_text, s, n, n + 2));
        n += 2;
    }
    return IdentifierMention{is_numbered ? "No. " + number : number, t + (noun ? 1 : 0), n + 1, ""};
}

std::vector<IdentifierMention> Analyzer::identifiers(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::vector<IdentifierMention> found;
    for (std::size_t t = first; t < last; ++t) {
        const Token& tok = s.tokens[t];
        if (tok.lower == "[") {
            // A footnote marker ("[20]", "[a]") is never an identifier.
            while (t < last && s.tokens[t].lower != "]") {
                ++t;
            }
            continue;
        }
        const std::string_view raw = m_text.substr(tok.begin, tok.end - tok.begin);
        std::optional<IdentifierMention> m = letters_digits_code(raw, t);
        if (!m) {
            m = bill_code(m_text, s, t, last);
        }
        if (!m) {
            m = capital_dash_number(raw, tok, t);
        }
        if (!m) {
            m = bracketed_code(m_text, s, t, last);
        }
        if (!m) {
            m = numbered(s, t, last);
        }
        if (m) {
            t = std::max(t, m->last - 1);
            found.push_back(std::move(*m));
        }
    }
    return found;
}

std::string Analyzer::identifier(const Sentence& s, std::size_t first, std::size_t last, std::size_t near,
                                 std::string* implied_type) const
{
    const auto found = identifiers(s, first, last);
    if (found.empty()) {
        return {};
    }
    const IdentifierMention* best = &found.front();
    if (near != std::size_t(-1)) {
        auto distance = [&](const IdentifierMention& c) { return c.first > near ? c.first - near : near - c.first; };
        for (const auto& c : found) {
            if (distance(c) < distance(*best)) {
                best = &c;
            }
        }
    }
    if (implied_type) {
        *implied_type = best->type;
    }
    return best->text;
}

std::string Analyzer::vote(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t t = first; t < last; ++t) {
        const auto& w = s.tokens[t].lower;
        if (w == "unanimously" || w == "unanimous") {
            return "unanimous";
        }
        // "by 95 votes to 2", "95 votes against 2"
        if (s.tokens[t].digits && t + 3 < last && words().has(WordList::vote_noun, s.tokens[t + 1].lower) &&
            words().has(WordList::vote_separator, s.tokens[t + 2].lower) && s.tokens[t + 3].digits) {
            return s.tokens[t].lower + "-" + s.tokens[t + 3].lower;
        }
        // "a 95-2 vote", "by a vote of 95-2"
        const auto dash = w.find('-');
        if (dash != std::string::npos && dash > 0 && dash + 1 < w.size() &&
            std::all_of(w.begin(), w.begin() + static_cast<long>(dash), ::isdigit) &&
            std::all_of(w.begin() + static_cast<long>(dash) + 1, w.end(), ::isdigit) &&
            ((t + 1 < last && words().has(WordList::vote_noun, s.tokens[t + 1].lower)) ||
             (t >= 2 && s.tokens[t - 1].lower == "of" && s.tokens[t - 2].lower == "vote"))) {
            return w;
        }
    }
    return {};
}

std::string Analyzer::wording(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::size_t from = last;
    std::size_t to = first;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last) {
            continue;
        }
        if ((lex_in(s, p, "act_noun") || lex_in(s, p, "act_verb")) && !s.quoted[ph.first] && !given_name(s, p)) {
            from = std::min(from, ph.first);
            to = std::max(to, ph.last);
        }
        if (lex_in(s, p, "term")) {
            to = std::max(to, ph.last);
            // A closing quote right after a quoted term belongs to the wording.
            while (to < last && (is_close_quote(s.tokens[to]) || s.tokens[to].lower == "\"")) {
                ++to;
            }
        }
    }
    if (from >= to) {
        return {};
    }
    const std::size_t b = s.tokens[from].begin;
    std::size_t e = s.tokens[to - 1].end;
    if (e - b > 400) {
        e = b + 400;
        while (e > b && (static_cast<unsigned char>(m_text[e]) & 0xC0) == 0x80) {
            --e;
        }
    }
    return squeeze(m_text.substr(b, e - b));
}

// Words that say the act was not adopted, or is only to come, or would be on a condition
// (lexicon `negation`, its value the polarity): "was rejected" (not adopted), "is set to vote
// next week" (future), "if it is passed by the Senate" (conditional: only before the act word,
// so "adopted, even if the government objected" stays an act).
std::string Analyzer::negation(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::size_t first_trigger = last;
    std::vector<std::size_t> verbs; // adopting verbs of the clause, in text order
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && (lex_in(s, p, "act_verb") || lex_in(s, p, "act_noun"))) {
            first_trigger = std::min(first_trigger, ph.first);
        }
        if (ph.first >= first && ph.first < last && lex_in(s, p, "act_verb") && !lex_in(s, p, "proposal")) {
            verbs.push_back(ph.first);
        }
    }
    // A condition governs the first adopting verb after it, if no adopting verb came before it.
    auto governs = [&](std::size_t at) {
        const auto next = std::find_if(verbs.begin(), verbs.end(), [&](std::size_t v) { return v > at; });
        return next == verbs.begin() && next != verbs.end() && *next - at <= 8;
    };
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first] || !lex_in(s, p, "negation")) {
            continue;
        }
        const auto& w = s.tokens[ph.first].lower;
        bool relative = false;
        for (std::size_t b = ph.first; b > first && b + 3 > ph.first; --b) {
            relative |= words().has(WordList::relative_pronoun, s.tokens[b - 1].lower);
        }
        if (relative) {
            continue; // "from a draft that failed in committee to the resolution of ..."
        }
        const std::string kind = lex_value(s, p, "negation");
        if (kind == "conditional" && !governs(ph.first)) {
            continue;
        }
        const bool modal = w == "will" || w == "would";
        if (!modal || ph.first < first_trigger + 6) {
            return kind == "-" ? "not adopted" : kind;
        }
    }
    return {};
}

std::string Analyzer::non_act_reason(const Sentence& s, std::size_t first, std::size_t last) const
{
    if (std::string kind = negation(s, first, last); !kind.empty()) {
        return kind;
    }
    if (non_act_first(s, first, last)) {
        return "not an act";
    }
    return only_proposed(s, first, last) ? "only introduced or tabled" : std::string();
}

// "An Early Day Motion was tabled on 7 February 2018": a text put forward, with no verb saying it
// was adopted.
bool Analyzer::only_proposed(const Sentence& s, std::size_t first, std::size_t last) const
{
    bool proposed = false;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        // "introduced a resolution to recognise ...": a verb after "to" is the text's purpose.
        const bool purpose = (ph.first > 0 && s.tokens[ph.first - 1].lower == "to") ||
                             (ph.first > 1 && s.tokens[ph.first - 2].lower == "to" && s.tokens[ph.first - 1].lower.ends_with("ly"));
        if (lex_in(s, p, "act_verb") && !lex_in(s, p, "proposal") && !purpose) {
            return false;
        }
        proposed |= lex_in(s, p, "proposal");
    }
    return proposed;
}

// Rule `called-for`: the actor is only asked to act when a `call_verb` stands before it in its
// clause (not followed by "by", and at most 25 tokens before it): "The resolution calls on the
// international community to set up a tribunal by a resolution of the UN Security Council",
// "A deputy proposed that Parliament adopt a motion". "Urged by survivors, the Senate adopted
// ..." and "The Senate adopted a motion calling on the Security Council to act" are acts, and
// so is a passive's agent after a call verb.
bool Analyzer::called_for(const Sentence& s, std::size_t first, const Actor& actor) const
{
    // The agent of a passive is the one who acted, whatever the clause asked before it: "the
    // resolution, which calls the killings a genocide, was adopted by the Senate".
    // The body's name may begin before the token that named it ("the United States Senate").
    std::size_t before = actor.token;
    const auto part_of_name = [&](const Token& t) {
        return t.lower == "the" || t.lower == "of" || t.capitalized;
    };
    while (before > first && before + 6 > actor.token && part_of_name(s.tokens[before - 1])) {
        --before;
    }
    if (before > first && words().has(WordList::agent_preposition, s.tokens[before - 1].lower)) {
        return false;
    }
    for (std::size_t t = actor.token > 25 ? std::max(first, actor.token - 25) : first; t < actor.token; ++t) {
        const bool one = words().has(WordList::call_verb, s.tokens[t].lower);
        const bool two = t + 1 < actor.token && words().has_pair(WordList::call_verb, s.tokens[t].lower, s.tokens[t + 1].lower);
        const std::size_t after = t + (two ? 2 : 1);
        if ((one || two) && after < s.tokens.size() && !words().has(WordList::agent_preposition, s.tokens[after].lower)) {
            return true;
        }
    }
    return false;
}

// A dated thing that is not an act, named before any act word: "Our petition to the Bundestag
// ... was registered", "an exhibition ... opened". One named in an opening participle phrase is
// the act's background ("Following a campaign by the group, the Storting recognized ...").
bool Analyzer::non_act_first(const Sentence& s, std::size_t first, std::size_t last) const
{
    const std::size_t from = past_opening_participle(s, first, last);
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < from || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        if (lex_in(s, p, "non_act")) {
            return true;
        }
        if (lex_in(s, p, "act_noun") || lex_in(s, p, "act_verb")) {
            return false;
        }
    }
    return false;
}

} // namespace acta::import
