// Who acts: bodies, their jurisdictions and the context that places them.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

using namespace detail;

// Whether the sentence speaks of the sub-national units of country `prefix` around phrase
// `phrase`: a subdivision noun shortly before it ("U.S. state of Georgia"), or another unit of the
// same country named in the sentence ("other U.S. states, including ... Georgia").
bool Analyzer::speaks_of_subdivisions(const Sentence& s, std::size_t phrase, const std::string& prefix) const
{
    const std::size_t first = s.phrases[phrase].first;
    for (std::size_t t = first >= 4 ? first - 4 : 0; t < first; ++t) {
        if (words().has(WordList::subdivision_noun, s.tokens[t].lower)) {
            return true;
        }
    }
    for (std::size_t q = 0; q < s.phrases.size(); ++q) {
        if (q == phrase || s.phrases[q].meanings.size() != 1 || s.phrases[q].meanings.front().type != Meaning::Type::place) {
            continue;
        }
        const auto& p = m_g.places()[s.phrases[q].meanings.front().index];
        if (p.kind == PlaceKind::subdivision && !p.with_sibling && p.code.rfind(prefix + "-", 0) == 0) {
            return true;
        }
    }
    return false;
}

// The jurisdiction a place phrase names; "Georgia" is the US state when the sentence speaks of
// states ("U.S. state of Georgia", "other U.S. states, including ... Georgia"). A name that is also
// a common word (`foreign_with_sibling`, gazetteer.cpp) is a place only when the sentence speaks so.
std::optional<std::string> Analyzer::place_code(const Sentence& s, std::size_t phrase) const
{
    const auto country_of = [](const std::string& code) { return code.substr(0, code.find('-')); };
    std::vector<const Place*> places;
    for (const auto& m : s.phrases[phrase].meanings) {
        if (m.type != Meaning::Type::place) {
            continue;
        }
        const Place& p = m_g.places()[m.index];
        if (!p.with_sibling || speaks_of_subdivisions(s, phrase, country_of(p.code))) {
            places.push_back(&p);
        }
    }
    if (places.empty()) {
        return std::nullopt;
    }
    if (places.size() == 1) {
        return places.front()->code;
    }
    const Place* sub = nullptr;
    const Place* country = nullptr;
    for (const auto* p : places) {
        if (p->kind == PlaceKind::subdivision && !sub) {
            sub = p;
        } else if (p->kind != PlaceKind::subdivision && !country) {
            country = p;
        }
    }
    if (sub && speaks_of_subdivisions(s, phrase, country_of(sub->code))) {
        return sub->code;
    }
    return (country ? country : places.front())->code;
}

// The place that follows a token through "of the U.S. state of ...": the last place of the chain.
std::optional<std::string> Analyzer::chain_place(const Sentence& s, std::size_t token, std::size_t limit) const
{
    std::optional<std::string> found;
    std::size_t t = token;
    int skipped = 0;
    while (t < s.tokens.size() && t < limit) {
        const int p = s.phrase_at[t];
        if (p >= 0 && static_cast<std::size_t>(p) != std::size_t(-1)) {
            if (auto code = place_code(s, static_cast<std::size_t>(p))) {
                found = code;
                t = s.phrases[static_cast<std::size_t>(p)].last;
                continue;
            }
            break;
        }
        if (words().has(WordList::place_chain_word, s.tokens[t].lower)) {
            ++t;
            continue;
        }
        if (!found && skipped < 2 && s.tokens[t].word && !s.tokens[t].digits) {
            ++skipped; // a stray word ("Parliament pleasant U.S. state of Georgia")
            ++t;
            continue;
        }
        break;
    }
    return found;
}

// The jurisdiction attached to a body noun: before it ("Mexican Senate", "Norway's
// Storting"), after it ("Senate of Colombia", "House of Representatives of the U.S. state of
// Massachusetts"), or close after it.
std::optional<std::string> Analyzer::attached_place(const Sentence& s, std::size_t phrase) const
{
    const auto& ph = s.phrases[phrase];
    // Before: a place phrase ending right before, perhaps with "'s" or "State" between.
    std::size_t t = ph.first;
    for (int gap = 0; gap < 2 && t > 0; ++gap) {
        const int p = s.phrase_at[t - 1];
        if (p >= 0) {
            if (auto code = place_code(s, static_cast<std::size_t>(p))) {
                return code;
            }
            break;
        }
        if (!words().has(WordList::place_body_gap, s.tokens[t - 1].lower)) {
            break;
        }
        --t;
    }
    // After: "of ..." chain.
    if (ph.last < s.tokens.size() && s.tokens[ph.last].lower == "of") {
        if (auto code = chain_place(s, ph.last + 1, ph.last + 10)) {
            return code;
        }
    }
    // Close after, without punctuation between.
    for (std::size_t k = ph.last; k < s.tokens.size() && k < ph.last + 3; ++k) {
        if (!s.tokens[k].word) {
            break;
        }
        const int p = s.phrase_at[k];
        if (p >= 0 && place_code(s, static_cast<std::size_t>(p))) {
            return chain_place(s, k, k + 8);
        }
    }
    return std::nullopt;
}

// Rule `event-place`: "the famine of the Ruthenians in Molvania", "Kurdish massacre in Ruritania":
// a place after "in" that closes a phrase naming the event (a term word at most six words before)
// is where the event happened, not a body's country; it never places a generic body.
bool Analyzer::event_place(const Sentence& s, std::size_t phrase) const
{
    if (perpetrator_place(s, phrase)) {
        return true;
    }
    std::size_t t = s.phrases[phrase].first;
    if (t > 0 && s.tokens[t - 1].lower == "the") {
        --t;
    }
    if (t == 0 || s.tokens[t - 1].lower != "in") {
        return false;
    }
    if (recognized_as_term(s, s.phrases[phrase].last)) {
        return true; // "recognizing the treatment of the Tavri in Molvania as genocide"
    }
    const std::size_t in = t - 1;
    for (std::size_t k = in; k > 0 && k + 6 >= in; --k) {
        const auto& tok = s.tokens[k - 1];
        if (!tok.word && tok.lower != "'s" && tok.lower != "-") {
            return false; // a comma or a full stop ends the phrase
        }
        const int q = s.phrase_at[k - 1];
        if (q >= 0 && !lex_value(s, static_cast<std::size_t>(q), "term").empty()) {
            return true;
        }
    }
    return false;
}

// After "in PLACE": "as", at most two lower-case words and a term ("... in Molvania as genocide",
// "as an act of genocide"): the place is inside what a text recognizes, the event's.
bool Analyzer::recognized_as_term(const Sentence& s, std::size_t after) const
{
    if (after >= s.tokens.size() || s.tokens[after].lower != "as") {
        return false;
    }
    for (std::size_t k = after + 1; k < s.tokens.size() && k <= after + 4; ++k) {
        const int q = s.phrase_at[k];
        if (q >= 0 && !lex_value(s, static_cast<std::size_t>(q), "term").empty()) {
            return true;
        }
        if (!s.tokens[k].word || s.tokens[k].capitalized) {
            return false;
        }
    }
    return false;
}

bool Analyzer::adjective_place(const Sentence& s, std::size_t p) const
{
    return std::any_of(s.phrases[p].meanings.begin(), s.phrases[p].meanings.end(), [&](const Meaning& m) {
        return m.type == Meaning::Type::place && m_g.places()[m.index].adjective;
    });
}

// Rule `event-place` (perpetrator): "Molvania's ongoing crimes against the Tavri", "Ruritania
// abuses": a place (not an adjective) whose possessive or name is followed, within two lower-case
// words, by a `perpetration_noun` is the state that did the event, not a body's country.
bool Analyzer::perpetrator_place(const Sentence& s, std::size_t phrase) const
{
    std::size_t t = s.phrases[phrase].last;
    if (t < s.tokens.size() && words().has(WordList::possessive_clitic, s.tokens[t].lower)) {
        ++t;
    }
    for (std::size_t k = t; k < s.tokens.size() && k < t + 3; ++k) {
        const auto& tok = s.tokens[k];
        if (words().has(WordList::perpetration_noun, tok.lower)) {
            return !adjective_place(s, phrase);
        }
        if (!tok.word || tok.capitalized || s.phrase_at[k] >= 0) {
            return false;
        }
    }
    return false;
}

// Whether the reference data has a body of `code` (or of its child organizations) whose name
// or alias contains `noun`: the UN has a "General Assembly", Turkey has no "Senate".
bool Analyzer::names_body(const std::string& code, const std::string& noun) const
{
    std::string n = noun;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
    auto contains = [&](std::string name) {
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        return name.find(n) != std::string::npos;
    };
    std::vector<const BodyEntry*> bodies = m_g.bodies_of(code);
    for (const auto& child : m_g.children_of(code)) {
        for (const auto* b : m_g.bodies_of(child)) {
            bodies.push_back(b);
        }
    }
    return std::any_of(bodies.begin(), bodies.end(), [&](const BodyEntry* b) {
        return contains(b->name) || std::any_of(b->aliases.begin(), b->aliases.end(), contains);
    });
}

BodyRef Analyzer::body_from_entry(const BodyEntry& b) const
{
    BodyRef ref;
    ref.name = b.name;
    ref.kind = b.kind;
    ref.jurisdiction_code = b.jurisdiction;
    ref.aliases = b.aliases;
    if (!b.parent.empty()) {
        ref.parent_name = b.parent;
        const auto* parent = m_g.body_named(b.jurisdiction, b.parent);
        ref.parent_kind = parent ? parent->kind : "legislature";
    }
    return ref;
}

BodyRef Analyzer::resolve_body(const std::string& code, const std::string& role, const std::string& noun) const
{
    std::vector<const BodyEntry*> candidates = m_g.bodies_of(code);
    for (const auto& child : m_g.children_of(code)) {
        for (const auto* b : m_g.bodies_of(child)) {
            candidates.push_back(b);
        }
    }
    auto rank = [&](const BodyEntry& b) {
        static const std::map<std::string, std::array<std::string, 3>> order{
            {"whole", {"whole", "unicameral", ""}},
            {"lower", {"lower", "unicameral", ""}},
            {"upper", {"upper", "", ""}},
            {"unicameral", {"unicameral", "whole", ""}},
        };
        auto it = order.find(role);
        if (it == order.end()) {
            return 0;
        }
        for (int i = 0; i < 2; ++i) {
            if (!it->second[static_cast<std::size_t>(i)].empty() && b.role == it->second[static_cast<std::size_t>(i)]) {
                return 2 - i;
            }
        }
        return 0;
    };
    std::string lower_noun = noun;
    std::transform(lower_noun.begin(), lower_noun.end(), lower_noun.begin(), [](unsigned char c) { return std::tolower(c); });
    auto names_noun = [&](const BodyEntry& b) {
        auto contains = [&](std::string n) {
            std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
            return !lower_noun.empty() && n.find(lower_noun) != std::string::npos;
        };
        if (contains(b.name)) {
            return true;
        }
        return std::any_of(b.aliases.begin(), b.aliases.end(), contains);
    };
    const BodyEntry* best = nullptr;
    int best_score = 0;
    for (const auto* b : candidates) {
        if (b->kind == "office") {
            continue; // the European Commission is never "the EU's legislature"
        }
        int score = rank(*b) * 2;
        if (names_noun(*b)) {
            score += 5;
        }
        if (score > best_score) {
            best = b;
            best_score = score;
        }
    }
    BodyRef ref;
    if (best && (rank(*best) > 0 || names_noun(*best))) {
        ref.name = best->name;
        ref.kind = best->kind;
        ref.jurisdiction_code = best->jurisdiction;
        ref.aliases = best->aliases;
        if (!best->parent.empty()) {
            ref.parent_name = best->parent;
            const auto* parent = m_g.body_named(best->jurisdiction, best->parent);
            ref.parent_kind = parent ? parent->kind : "legislature";
        }
        return ref;
    }
    // Not in the reference data: name it from the words of the text.
    ref.name = title_case(noun.empty() ? "Legislature" : noun) + " of " + m_g.name_of(code);
    ref.kind = role == "whole" || role == "unicameral" ? (m_g.is_organization(code) ? "assembly" : "legislature") : "chamber";
    ref.jurisdiction_code = code;
    return ref;
}

// "In Lithuania, the Seimas ...", "At the United Nations, the General Assembly ...".
std::optional<std::string> Analyzer::sentence_place(const Sentence& s) const
{
    std::size_t t = 0;
    while (t < s.tokens.size() && (!s.tokens[t].word || std::isdigit(static_cast<unsigned char>(s.tokens[t].lower[0]))) &&
           t < 3) {
        ++t; // "3.3 In Poland, ...", "- In Chile the Senado ..."
    }
    const bool preposition = t < s.tokens.size() && words().has(WordList::opening_place_preposition, s.tokens[t].lower);
    if (preposition) {
        ++t;
        if (t < s.tokens.size() && s.tokens[t].lower == "the") {
            ++t;
        }
    }
    if (t >= s.tokens.size() || s.phrase_at[t] < 0) {
        return std::nullopt;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[t]);
    const std::size_t after = s.phrases[p].last;
    if (after >= s.tokens.size()) {
        return std::nullopt;
    }
    const auto& next = s.tokens[after].lower;
    // "In Lithuania, the Seimas", "In Iran the Majlis", "Poland: the Sejm", "Chile - the Senado"
    if ((preposition && (next == "," || next == "the")) ||
        (!preposition && one_of(next, {":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "/"}))) {
        return place_code(s, p);
    }
    return std::nullopt;
}

// The first token of the clause's act words (act verbs and nouns, not quoted, not part of a
// name such as "Bill Smith"), or `last`.
std::size_t Analyzer::first_act_word(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::size_t first_trigger = last;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && !s.quoted[ph.first] && !given_name(s, p) &&
            (lex_in(s, p, "act_verb") || lex_in(s, p, "act_noun"))) {
            first_trigger = std::min(first_trigger, ph.first);
        }
    }
    return first_trigger;
}

// Rule `executive`: an executive or judicial office named by phrase p, with the place attached
// to it or, when `from_context`, the list line's or the sentence's.
std::optional<Actor> Analyzer::executive_actor(const Sentence& s, std::size_t p, bool from_context) const
{
    const auto& ph = s.phrases[p];
    std::optional<std::string> code = attached_place(s, p);
    if (!code && from_context && !m_lead_place.empty()) {
        code = m_lead_place;
    }
    if (!code && from_context) {
        code = sentence_place(s);
    }
    if (!code && !from_context) {
        return std::nullopt;
    }
    const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin, s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
    Actor a;
    a.body.name = title_case(noun) + (code ? " of " + m_g.name_of(*code) : "");
    a.body.kind = "office";
    a.body.branch = lex_in(s, p, "judicial") ? "judicial" : "executive";
    a.body.jurisdiction_code = code.value_or("");
    a.token = ph.first;
    a.rule = "executive";
    a.executive = true;
    return a;
}

// Rules `body-noun` and `body-noun+named-place`: a body noun with its place attached, or a
// place earlier in the clause that has a body of that name. Nothing when it has no place.
std::optional<Actor> Analyzer::body_noun_actor(const Sentence& s, std::size_t p, std::size_t first,
                                               const std::string& noun) const
{
    const auto& ph = s.phrases[p];
    const std::string role = lex_value(s, p, "body_noun");
    std::optional<std::string> code = attached_place(s, p);
    std::string rule = "body-noun";
    if (!code) {
        // A place earlier in the sentence that has a body of this name: "The only United
        // Nations text ... remains General Assembly resolution 3319".
        for (std::size_t q = p; q-- > 0;) {
            if (s.phrases[q].first < first) {
                break;
            }
            if (auto c = place_code(s, q); c && names_body(*c, noun) && !in_organization_name(s, q)) {
                code = c;
                rule = "body-noun+named-place";
                break;
            }
        }
    }
    if (!code || no_such_chamber(*code, role, noun)) {
        return std::nullopt;
    }
    Actor a;
    a.body = resolve_body(*code, role, noun);
    a.token = ph.first;
    a.rule = rule;
    return a;
}

// Rule `no-such-chamber`: an upper chamber's noun ("Senate") joined to a place whose only body is a
// one-chamber legislature (`unicameral` in legislatures.tsv) not of that name is not that place's
// body: in "the Senate's Ukrainian Caucus" the Senate is not Ukraine's (the body noun is then
// placed by its context, like one with no place). A lower house is read as such a legislature.
bool Analyzer::no_such_chamber(const std::string& code, const std::string& role, const std::string& noun) const
{
    if (role != "upper") {
        return false;
    }
    const auto bodies = m_g.bodies_of(code);
    return bodies.size() == 1 && bodies.front()->role == "unicameral" && !names_body(code, noun);
}

// Rule `parliamentary-adjective`: "Parliamentary decree ... in Honduras" is the legislature of
// the place the clause names.
std::optional<Actor> Analyzer::adjective_actor(const Sentence& s, std::size_t p, std::size_t first, std::size_t last) const
{
    const auto& ph = s.phrases[p];
    if (!(ph.last < s.tokens.size() && s.phrase_at[ph.last] >= 0 &&
          lex_in(s, static_cast<std::size_t>(s.phrase_at[ph.last]), "act_noun"))) {
        return std::nullopt;
    }
    for (std::size_t q = 0; q < s.phrases.size(); ++q) {
        if (s.phrases[q].first >= first && s.phrases[q].first < last && !s.quoted[s.phrases[q].first]) {
            if (auto code = place_code(s, q)) {
                Actor a;
                a.body = resolve_body(*code, "whole", "");
                a.token = ph.first;
                a.rule = "parliamentary-adjective";
                return a;
            }
        }
    }
    return std::nullopt;
}

// Rule `title`: a legislator's title with a place: "Rep. Florida ...", "U.S. Congressman ...".
std::optional<Actor> Analyzer::title_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first] || !lex_in(s, p, "title")) {
            continue;
        }
        std::optional<std::string> code;
        if (ph.first > 0 && s.phrase_at[ph.first - 1] >= 0) {
            code = place_code(s, static_cast<std::size_t>(s.phrase_at[ph.first - 1]));
        }
        if (!code && ph.last < s.tokens.size() && s.phrase_at[ph.last] >= 0) {
            code = place_code(s, static_cast<std::size_t>(s.phrase_at[ph.last]));
        }
        if (!code) {
            continue;
        }
        std::string role = lex_value(s, p, "title");
        if (role == "national_lower") {
            code = code->substr(0, code->find('-'));
            role = "lower";
        }
        Actor a;
        a.body = resolve_body(*code, role, "");
        a.token = ph.first;
        a.rule = "title";
        return a;
    }
    return std::nullopt;
}

// The places a body noun's context offers, closest first: the sentence ("In Iran the Majlis"), a
// US bill code, the list line ("Chile. The Chamber of Deputies"), the paragraph's last body or
// act, the heading.
std::vector<std::pair<std::string, const char*>> Analyzer::context_candidates(const Sentence& s, std::size_t first,
                                                                              std::size_t last) const
{
    std::string implied;
    const bool federal_code = !identifier(s, first, last, std::size_t(-1), &implied).empty() &&
                              us_federal_code(s, first, last);
    std::vector<std::pair<std::string, const char*>> candidates;
    if (auto sp = sentence_place(s)) {
        candidates.emplace_back(*sp, "body-noun+sentence");
    }
    if (federal_code) {
        candidates.emplace_back("US", "body-noun+bill-code"); // "the House of Representatives passed H.Res. 302"
    }
    if (!m_lead_place.empty()) {
        candidates.emplace_back(m_lead_place, "body-noun+list-line");
    }
    if (!m_recent_body.empty()) {
        candidates.emplace_back(m_recent_body, "body-noun+paragraph");
    }
    if (m_acts.size() > static_cast<std::size_t>(m_paragraph_first_act)) {
        candidates.emplace_back(m_acts.back().body.jurisdiction_code, "body-noun+paragraph");
    }
    if (!m_section_place.empty()) {
        candidates.emplace_back(m_section_place, "body-noun+section");
    }
    return candidates;
}

namespace {

// "In 2018, Parliament adopted ...": a body noun written as a name, with no article or place
// before it, means the country's own legislature, not a region's.
bool bare_noun(const Sentence& s, std::size_t token)
{
    if (token == 0 || !s.tokens[token].capitalized || s.phrase_at[token - 1] >= 0) {
        return false;
    }
    return !words().has(WordList::common_determiner, s.tokens[token - 1].lower);
}

} // namespace

// Rules `body-noun+...`: a body noun whose place comes from the context (context_candidates):
// the first candidate that has a body of this name wins ("the Senate" after an act of France is
// France's, not that of Cyprus, which has none), else the closest. Then, only when they have a
// body of this name, the places of earlier sentences (`body-noun+discourse`) and the page's
// title (`body-noun+page`).
std::optional<Actor> Analyzer::context_actor(const Sentence& s, std::size_t fallback, std::size_t first, std::size_t last,
                                             const ActorContext& context) const
{
    const auto& ph = s.phrases[fallback];
    const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin,
                                                   s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
    auto candidates = context_candidates(s, first, last);
    const std::size_t near = candidates.size();
    for (const auto& c : context.recent) {
        candidates.emplace_back(c, "body-noun+discourse");
    }
    if (!context.page_place.empty()) {
        candidates.emplace_back(context.page_place, "body-noun+page");
    }
    for (std::size_t q = 0; q < s.phrases.size(); ++q) {
        // Rule `body-noun+later-place`: "The Senate on Monday passed a motion, straining ties
        // between Norway and Chile": Chile, not Norway, has a Senate.
        if (s.phrases[q].first >= ph.last && !s.quoted[s.phrases[q].first] && !event_place(s, q)) {
            if (auto c = place_code(s, q)) {
                candidates.emplace_back(*c, "body-noun+later-place");
            }
        }
    }
    if (!context.language_place.empty()) {
        candidates.emplace_back(context.language_place, "body-noun+language"); // "Senát" on a Czech page
    }
    const bool bare = bare_noun(s, ph.first);
    std::optional<std::string> code;
    std::string rule;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& [c, r] = candidates[i];
        const std::string place = bare ? c.substr(0, c.find('-')) : c;
        if (bare && i >= near && m_g.is_organization(place)) {
            continue; // a bare "Parliament" is a country's, never the European Parliament
        }
        if (names_body(place, noun)) {
            code = place;
            rule = r;
            break;
        }
    }
    if (!code && near > 0) {
        code = candidates.front().first;
        rule = candidates.front().second;
    }
    if (!code) {
        return std::nullopt;
    }
    Actor a;
    a.body = resolve_body(*code, lex_value(s, fallback, "body_noun"), noun);
    a.token = ph.first;
    a.rule = rule;
    return a;
}

// An executive office: a word of the lexicon's `executive` or `judicial` lists, or a body of
// legislatures.tsv whose kind is `office` (the European Commission, a summit of heads of state).
// An office no longer held ("the former Minister of Justice ... moved a motion") is none: its
// holder acts in another role (rule `former-title`).
bool Analyzer::is_office(const Sentence& s, std::size_t p) const
{
    const std::size_t at = s.phrases[p].first;
    if (at > 0 && words().has(WordList::former_title, s.tokens[at - 1].lower)) {
        return false;
    }
    if (lex_in(s, p, "executive") || lex_in(s, p, "judicial")) {
        return true;
    }
    return std::any_of(s.phrases[p].meanings.begin(), s.phrases[p].meanings.end(), [&](const Meaning& m) {
        return m.type == Meaning::Type::body && m_g.bodies()[m.index].kind == "office";
    });
}

// Rule `executive` for both kinds of office.
std::optional<Actor> Analyzer::office_actor(const Sentence& s, std::size_t p, bool from_context) const
{
    for (const auto& m : s.phrases[p].meanings) {
        if (m.type == Meaning::Type::body && m_g.bodies()[m.index].kind == "office") {
            Actor a{body_from_entry(m_g.bodies()[m.index]), s.phrases[p].first, "executive", true};
            a.body.branch = "executive";
            return a;
        }
    }
    return executive_actor(s, p, from_context);
}

// The body phrase p names, with its place: a named body (`named-body`) or a body noun with a place
// of its own (`body-noun`, `body-noun+named-place`).
std::optional<Actor> Analyzer::body_phrase_actor(const Sentence& s, std::size_t p, std::size_t first) const
{
    const auto& ph = s.phrases[p];
    for (const auto& m : ph.meanings) {
        if (m.type == Meaning::Type::body) {
            return Actor{body_from_entry(m_g.bodies()[m.index]), ph.first, "named-body", false};
        }
    }
    if (lex_in(s, p, "body_noun") && !lex_in(s, p, "plural_body")) {
        const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin,
                                                       s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
        return body_noun_actor(s, p, first, noun);
    }
    return std::nullopt;
}

std::optional<Actor> Analyzer::find_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::optional<Actor> executive;
    std::optional<std::size_t> fallback; // a body noun without a place of its own
    // An executive actor named before the act ("the Italian foreign minister welcomed the Senate
    // motion") is the one who acts, whatever legislature the sentence names after it.
    const std::size_t first_trigger = first_act_word(s, first, last);
    std::optional<std::size_t> office_phrase; // the clause's first office: its actor when it cites acts
    for (std::size_t p = 0; p < s.phrases.size() && !office_phrase; ++p) {
        if (s.phrases[p].first >= first && s.phrases[p].first < last && !s.quoted[s.phrases[p].first] && is_office(s, p)) {
            office_phrase = p;
        }
    }
    const bool executive_clause = office_phrase.has_value();
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        const bool office = is_office(s, p);
        if (!executive && ph.first < first_trigger && office) {
            return office_actor(s, p, true);
        }
        if (!office && not_actor_body(s, p, first, executive_clause)) {
            continue;
        }
        if (!office) {
            if (auto a = body_phrase_actor(s, p, first)) {
                return a;
            }
        }
        if (lex_in(s, p, "body_noun") && !lex_in(s, p, "plural_body")) {
            // The clause's actor is more likely named with its place later in the clause
            // ("Camara de Diputados 2015), and the Mercosur Parliament adopted ...").
            fallback = fallback.value_or(p);
            continue;
        }
        if (lex_in(s, p, "body_adj")) {
            if (auto a = adjective_actor(s, p, first, last)) {
                return a;
            }
        }
        if (auto a = legislator_actor(s, p, first, last)) {
            return a;
        }
        if (!executive && office) {
            executive = office_actor(s, p, false);
        }
    }
    if (auto a = title_actor(s, first, last)) {
        return a;
    }
    if (fallback && !executive) {
        if (auto a = context_actor(s, *fallback, first, last, m_actor_context)) {
            return a;
        }
    }
    if (executive_clause && !executive) {
        return office_actor(s, *office_phrase, true); // "... the prime minister referred to the resolution of ..."
    }
    if (executive) {
        return executive;
    }
    auto country = country_subject_actor(s, first, last);
    return country ? country : code_actor(s, first, last);
}

// Rule `code-body`: an act named by its chamber's code and number, with no body named ("Senate
// Resolution 512 was passed on 3 October", "S.Res. 97 was agreed to"): that chamber adopted it,
// in the US for a federal code (`us_federal_code`), else in the page's place when it has such a
// chamber. The codes are `upper_code` and `lower_code` (words.tsv).
std::optional<Actor> Analyzer::code_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    const auto& w = words();
    for (std::size_t t = first; t < last && t < s.tokens.size(); ++t) {
        if (!s.tokens[t].capitalized || s.quoted[t]) {
            continue; // a code is written capitalized, outside quotes: no string built for other words
        }
        const std::string& one = s.tokens[t].lower;
        const std::string two = t + 1 < last ? one + " " + s.tokens[t + 1].lower : one;
        const bool upper = w.has(WordList::upper_code, one) || w.has(WordList::upper_code, two);
        const bool lower = w.has(WordList::lower_code, one) || w.has(WordList::lower_code, two);
        std::size_t number = t + 1;
        while (number < last && number < t + 4 && !s.tokens[number].digits) {
            ++number;
        }
        if ((!upper && !lower) || number >= last || number == t + 4) {
            continue;
        }
        const std::string role = upper ? "upper" : "lower";
        const std::string place = us_federal_code(s, t, t + 1) ? "US" : m_actor_context.page_place;
        const auto bodies = m_g.bodies_of(place);
        if (place.empty() || std::none_of(bodies.begin(), bodies.end(), [&](const BodyEntry* b) { return b->role == role; })) {
            continue;
        }
        Actor a;
        a.body = resolve_body(place, role, "");
        a.token = t;
        a.rule = "code-body";
        return a;
    }
    return std::nullopt;
}

// "Bill Smith": a capitalized act noun inside a sentence followed by a capitalized word
// that names nothing is a given name, not an act.
bool Analyzer::given_name(const Sentence& s, std::size_t phrase) const
{
    const auto& ph = s.phrases[phrase];
    if (ph.last != ph.first + 1 || ph.first == 0 || !s.tokens[ph.first].capitalized || ph.last >= s.tokens.size() ||
        !(lex_in(s, phrase, "act_noun") || lex_in(s, phrase, "act_verb"))) {
        return false;
    }
    return is_name_word(s.tokens[ph.last]) && s.phrase_at[ph.last] < 0;
}

std::vector<Actor> Analyzer::coordinated_actors(const Sentence& s, const Actor& actor, std::size_t last) const
{
    std::vector<Actor> out;
    if (actor.token >= s.tokens.size() || s.phrase_at[actor.token] < 0) {
        return out;
    }
    std::size_t t = s.phrases[static_cast<std::size_t>(s.phrase_at[actor.token])].last;
    while (t < last) {
        // Only "and", ",", "as well as" and a place before the next body ("Lithuania's").
        std::size_t k = t;
        bool joined = false;
        while (k < last && words().has(WordList::body_chain_word, s.tokens[k].lower)) {
            joined |= words().has(WordList::list_joiner, s.tokens[k].lower);
            ++k;
        }
        if (!joined || k >= last || s.phrase_at[k] < 0) {
            break;
        }
        // The next body phrase: a named body, or a place and its body noun.
        std::size_t e = s.phrases[static_cast<std::size_t>(s.phrase_at[k])].last;
        if (e < last && s.phrase_at[e] < 0 && words().has(WordList::possessive_clitic, s.tokens[e].lower)) {
            ++e;
        }
        if (e < last && s.phrase_at[e] >= 0 && e != k) {
            const auto& next = s.phrases[static_cast<std::size_t>(s.phrase_at[e])];
            if (lex_in(s, static_cast<std::size_t>(s.phrase_at[e]), "body_noun") ||
                std::any_of(next.meanings.begin(), next.meanings.end(), [](const Meaning& m) { return m.type == Meaning::Type::body; })) {
                e = next.last;
            }
        }
        auto other = find_actor(s, k, e);
        if (!other || other->executive || other->rule.find('+') != std::string::npos ||
            other->body.jurisdiction_code == actor.body.jurisdiction_code) {
            break;
        }
        out.push_back(*other);
        t = e;
    }
    if (auto other = elliptical_actor(s, t, last); other && other->body.jurisdiction_code != actor.body.jurisdiction_code) {
        out.push_back(*other);
    }
    return out;
}

// Rule `sibling-chamber`: "the Senate and the House of Representatives declared ...": a second
// body noun joined to the actor by "and" (only "the" between) that the context places in the
// actor's own jurisdiction and that names another body of it (the other chamber) acts too.
// coordinated_actors() leaves it out, since there a body of the same place is the same act.
std::optional<Actor> Analyzer::sibling_chamber(const Sentence& s, const Actor& actor, std::size_t last) const
{
    if (actor.executive || actor.token >= s.tokens.size() || s.phrase_at[actor.token] < 0) {
        return std::nullopt;
    }
    std::size_t k = s.phrases[static_cast<std::size_t>(s.phrase_at[actor.token])].last;
    if (k >= last || s.tokens[k].lower != "and") {
        return std::nullopt;
    }
    ++k;
    k += k < last && s.tokens[k].lower == "the" ? 1 : 0;
    if (k >= last || s.phrase_at[k] < 0 || !lex_in(s, static_cast<std::size_t>(s.phrase_at[k]), "body_noun")) {
        return std::nullopt;
    }
    const std::size_t e = s.phrases[static_cast<std::size_t>(s.phrase_at[k])].last;
    auto other = find_actor(s, k, e);
    if (!other || other->executive || other->body.jurisdiction_code != actor.body.jurisdiction_code ||
        other->body.name == actor.body.name) {
        return std::nullopt;
    }
    other->rule = "sibling-chamber";
    return other;
}

// A bill code of the US Congress: H.Res., S.Res., H.R., H.Con.Res., S.J.Res. ...
bool Analyzer::us_federal_code(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t t = first; t < last && t < s.tokens.size(); ++t) {
        if (words().has(WordList::us_federal_code, s.tokens[t].lower) &&
            s.tokens[t].capitalized) {
            return true;
        }
    }
    return false;
}

// A country that adopts a law or resolution itself: "Uruguay was the first country to recognize
// ..., with a law of 20 April 1965", "* Argentina: Law 26.199, passed on 11 January 2007". The
// country leads the sentence (or its list line) and the clause names a legislative act and an
// adopting verb: its national legislature is the actor. "Turkey condemned ..." is not.
std::optional<Actor> Analyzer::country_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::optional<std::string> code;
    if (!m_lead_place.empty()) {
        code = m_lead_place;
    } else if (auto sp = sentence_place(s)) {
        code = sp;
    } else if (first == 0 && !s.tokens.empty() && s.phrase_at[0] >= 0) {
        const auto p = static_cast<std::size_t>(s.phrase_at[0]);
        if (!adjective_place(s, p)) {
            code = place_code(s, p);
        }
    }
    if (!code || m_g.is_organization(*code)) {
        return std::nullopt;
    }
    bool legislative_noun = false;
    bool adopting_verb = false;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        if (lex_in(s, p, "act_noun")) {
            legislative_noun |= words().has(WordList::legislative_act_type, lex_value(s, p, "act_noun"));
        }
        if (lex_in(s, p, "act_verb")) {
            const std::string v = lex_value(s, p, "act_verb");
            adopting_verb |= v == "-" || v == "recognition" || v == "law" || v == "declaration";
        }
    }
    if (!legislative_noun || !adopting_verb) {
        return std::nullopt;
    }
    return Actor{resolve_body(*code, "whole", ""), first, "country-actor", false};
}

namespace {

bool is_possessive(const Token& t) { return words().has(WordList::possessive_clitic, t.lower); }

bool place_token(const Sentence& s, std::size_t t)
{
    if (t >= s.tokens.size() || s.phrase_at[t] < 0) {
        return false;
    }
    return names_place(s.phrases[static_cast<std::size_t>(s.phrase_at[t])]);
}

// The first token before phrase `first` that is not "the" or part of a place ("of the Canadian
// Parliament", "of the U.N. Security Council"), or `floor`.
std::size_t before_place(const Sentence& s, std::size_t first, std::size_t floor)
{
    std::size_t k = first;
    while (k > floor && (s.tokens[k - 1].lower == "the" || place_token(s, k - 1))) {
        --k;
    }
    return k;
}

} // namespace

// Rule `member-of`: "two Turkish-born members of the Parliament", "a fellow member of the
// Security Council": the body is where the members sit, not who acted. Not when the members
// open the clause ("Members of the European Parliament voted ...", also after a fronted phrase:
// "On 4 May, members of the Senate adopted ...").
bool Analyzer::member_of_body(const Sentence& s, std::size_t p, std::size_t first) const
{
    const std::size_t k = before_place(s, s.phrases[p].first, first);
    if (k < first + 2 || s.tokens[k - 1].lower != "of" || !words().has(WordList::member_word, s.tokens[k - 2].lower)) {
        return false;
    }
    std::size_t m = k - 2;
    if (m > first && s.tokens[m - 1].lower == "the") {
        --m;
    }
    return !(m == first || s.tokens[m - 1].lower == ",");
}

// Rule `earlier-undated`: "the previous decisions of the Senate" names the body's earlier acts in
// passing; with no date of its own it is no act to record (a dated one is `passing-noun`).
bool Analyzer::earlier_undated(const Sentence& s, const Actor& actor) const
{
    const std::size_t k = before_place(s, actor.token, 0);
    if (k < 3 || s.tokens[k - 1].lower != "of" || s.phrase_at[k - 2] < 0 ||
        !lex_in(s, static_cast<std::size_t>(s.phrase_at[k - 2]), "act_noun")) {
        return false;
    }
    const std::size_t noun = s.phrases[static_cast<std::size_t>(s.phrase_at[k - 2])].first;
    return noun >= 1 && words().has(WordList::earlier_act_word, s.tokens[noun - 1].lower);
}

// Rule `organization-name`: a body noun inside the name of an organization that is no
// legislature: "the Congress of North American Bosniaks" (its name ends in a word that is no
// place), "the World Hesmar Congress" (a word such as "World" in the capitalized words before it).
bool Analyzer::organization_name(const Sentence& s, std::size_t p) const
{
    const auto& ph = s.phrases[p];
    if (!lex_in(s, p, "body_noun")) {
        return false;
    }
    if (ph.last + 1 < s.tokens.size() && s.tokens[ph.last].lower == "of") {
        std::size_t t = ph.last + 1;
        std::size_t last_name = 0;
        while (t < s.tokens.size() && (s.tokens[t].capitalized || place_token(s, t) || words().has(WordList::name_inner_word, s.tokens[t].lower))) {
            last_name = s.tokens[t].capitalized ? t : last_name;
            ++t;
        }
        if (last_name > 0 && is_name_word(s.tokens[last_name]) && !place_token(s, last_name)) {
            return true;
        }
    }
    for (std::size_t t = ph.first; t > 0 && t + 4 > ph.first && s.tokens[t - 1].capitalized && !place_token(s, t - 1); --t) {
        if (words().has(WordList::organization_name_word, s.tokens[t - 1].lower)) {
            return true;
        }
    }
    return false;
}

// Whether place phrase q is a word of an organization's name ("the Congress of Canadian Armenians").
bool Analyzer::in_organization_name(const Sentence& s, std::size_t q) const
{
    for (std::size_t t = s.phrases[q].first; t > 0 && t + 5 > s.phrases[q].first; --t) {
        const int r = s.phrase_at[t - 1];
        if (r >= 0 && r != static_cast<int>(q) && lex_in(s, static_cast<std::size_t>(r), "body_noun")) {
            return organization_name(s, static_cast<std::size_t>(r));
        }
        if (!(s.tokens[t - 1].capitalized || words().has(WordList::name_inner_word, s.tokens[t - 1].lower))) {
            return false;
        }
    }
    return false;
}

// The act noun of an act cited with body phrase p: "the European Parliament's resolution", "the
// Senate's adoption of a motion" (up to four words after the possessive), "the resolution of the
// UN General Assembly", "the two resolutions of the Canadian Parliament".
std::optional<std::size_t> Analyzer::cited_act_noun(const Sentence& s, std::size_t p) const
{
    const auto& ph = s.phrases[p];
    std::size_t t = ph.last;
    const bool possessive = t < s.tokens.size() && is_possessive(s.tokens[t]);
    t += possessive ? 1 : 0;
    for (std::size_t k = t; k < s.tokens.size() && k < t + (possessive ? 4 : 1); ++k) {
        if (s.phrase_at[k] >= 0 && lex_in(s, static_cast<std::size_t>(s.phrase_at[k]), "act_noun")) {
            return static_cast<std::size_t>(s.phrase_at[k]);
        }
        if (!s.tokens[k].word) {
            break;
        }
    }
    const std::size_t k = before_place(s, ph.first, 0);
    if (k >= 2 && s.tokens[k - 1].lower == "of" && s.phrase_at[k - 2] >= 0 &&
        lex_in(s, static_cast<std::size_t>(s.phrase_at[k - 2]), "act_noun")) {
        return static_cast<std::size_t>(s.phrase_at[k - 2]);
    }
    return std::nullopt;
}

// A body phrase that is not the clause's actor (the rules above); in a clause whose actor is an
// executive, a body whose act the executive cites (`cited-act`, read by add_cited_acts).
bool Analyzer::not_actor_body(const Sentence& s, std::size_t p, std::size_t first, bool executive_clause) const
{
    return member_of_body(s, p, first) || organization_name(s, p) || (executive_clause && cited_act_noun(s, p));
}

std::size_t past_opening_participle(const Sentence& s, std::size_t first, std::size_t limit)
{
    if (!opening_participle(s.tokens[first])) {
        return first;
    }
    for (std::size_t t = first + 1; t < limit; ++t) {
        if (s.tokens[t].lower == ",") {
            return t + 1;
        }
    }
    return first;
}

// Rule `legislator-adjective`: a nationality or region adjective before a word for legislators,
// or a place's possessive ("German lawmakers", "Flemish MPs", "Belgium's deputies"), opening the
// clause before its act word: that place's legislature.
std::optional<Actor> Analyzer::legislator_actor(const Sentence& s, std::size_t p, std::size_t first, std::size_t last) const
{
    const auto& ph = s.phrases[p];
    std::size_t t = ph.last;
    if (t < last && is_possessive(s.tokens[t])) {
        ++t;
    }
    if (t >= last || !words().has(WordList::legislator_noun, s.tokens[t].lower) ||
        first_act_word(s, past_opening_participle(s, first, ph.first), last) < ph.first) {
        return std::nullopt;
    }
    const auto code = place_code(s, p);
    if (!code || m_g.is_organization(*code)) {
        return std::nullopt;
    }
    return Actor{resolve_body(*code, "whole", ""), ph.first, "legislator-adjective", false};
}

// After a country that leads its clause: its verb ("officially recognized", "followed on ...",
// "used the term genocide", "was the first country ... to use the word ..."). `ranked`: the words
// after "was the first ... to".
bool Analyzer::country_verb_at(const Sentence& s, std::size_t t, bool ranked) const
{
    while (t < s.tokens.size() && words().has(WordList::subject_adverb, s.tokens[t].lower)) {
        ++t;
    }
    if (t >= s.tokens.size()) {
        return false;
    }
    const auto& w = s.tokens[t].lower;
    if (recognizing_verb_at(s, t) || words().has(WordList::country_act_verb, w)) {
        const bool by = t + 1 < s.tokens.size() && s.tokens[t + 1].lower == "by";
        return w != "followed" || (!by && !ranked && !m_acts.empty());
    }
    if (words().has(WordList::term_use_verb, w)) {
        for (std::size_t k = t + 1; k < s.tokens.size() && k < t + 4; ++k) {
            if (words().has(WordList::term_noun, s.tokens[k].lower)) {
                return true;
            }
        }
        return false;
    }
    if (ranked || !words().has(WordList::copula, w) || t + 2 >= s.tokens.size() ||
        !words().has(WordList::rank_word, s.tokens[t + 2].lower)) {
        return false;
    }
    for (std::size_t k = t + 3; k < s.tokens.size() && k < t + 14; ++k) {
        if (s.tokens[k].lower == "to") {
            return country_verb_at(s, k + 1, true);
        }
    }
    return false;
}

// Rule `country-subject`: a country that leads its clause, after its date ("In 2013, Denmark and
// Norway officially recognized ...", "Estonia followed on 12 October 2005", "Portugal was the first
// country ... to use the word genocide, in 2009"): an act of its legislature, body not named. A
// country as object or victim, or whose government or president acts, is not.
std::optional<Actor> Analyzer::country_subject_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    auto in_date = [&](std::size_t t) {
        return std::any_of(s.dates.begin(), s.dates.end(),
                           [&](const DateMatch& d) { return s.tokens[t].begin >= d.begin && s.tokens[t].end <= d.end; });
    };
    std::size_t t = first;
    while (t < last && (!s.tokens[t].word || in_date(t) || words().has(WordList::place_lead_word, s.tokens[t].lower))) {
        ++t;
    }
    if (t >= last || s.phrase_at[t] < 0) {
        return std::nullopt;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[t]);
    const auto code = place_code(s, p);
    if (!code || adjective_place(s, p) || m_g.is_organization(*code)) {
        return std::nullopt;
    }
    // Past the countries coordinated with it: "Denmark and Norway", "the Netherlands and Belgium".
    std::size_t k = s.phrases[p].last;
    while (k + 1 < s.tokens.size() && words().has(WordList::list_joiner, s.tokens[k].lower)) {
        std::size_t n = k + 1 < s.tokens.size() && s.tokens[k + 1].lower == "the" ? k + 2 : k + 1;
        if (!place_token(s, n)) {
            break;
        }
        k = s.phrases[static_cast<std::size_t>(s.phrase_at[n])].last;
    }
    if (!country_verb_at(s, k, false)) {
        return std::nullopt;
    }
    return Actor{resolve_body(*code, "whole", ""), t, "country-subject", false};
}

// Rule `cited-act`: in a clause whose actor is an executive, an act of an assembly it cites ("the
// Premier issued a proclamation that refers to the resolution of the UN General Assembly of 16
// December 2019"): an act of that assembly, dated by the date written with it. An undated one
// that repeats an act already read is not a new act.
void Analyzer::add_cited_acts(const Sentence& s, std::size_t first, std::size_t last)
{
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        const auto noun = ph.first >= first && ph.first < last && !s.quoted[ph.first] ? cited_act_noun(s, p) : std::nullopt;
        auto actor = noun && !is_office(s, p) ? body_phrase_actor(s, p, first) : std::nullopt;
        if (!actor) {
            continue;
        }
        const std::size_t from = std::min(ph.first, s.phrases[*noun].first);
        const std::size_t to = std::max(ph.last, s.phrases[*noun].last);
        DateValue date;
        for (const auto* d : usable_dates(s, to, std::min(last, to + 6))) {
            if (d->begin <= s.tokens[std::min(to + 2, last - 1)].begin && to > 0 &&
                words().has(WordList::date_link, s.tokens[to].lower)) {
                date = d->value;
            }
            break;
        }
        if (date.empty() && to + 1 < last && s.tokens[to].lower == "of" && s.tokens[to + 1].digits &&
            s.tokens[to + 1].lower.size() == 4) {
            const std::string y = s.tokens[to + 1].lower; // "the National Council's resolution of 2012"
            date = DateValue{y, y + "-01-01", y + "-12-31", Precision::year};
        }
        const bool repeated = std::any_of(m_acts.begin(), m_acts.end(), [&](const ExtractedAct& a) {
            return a.body.jurisdiction_code == actor->body.jurisdiction_code && a.body.name == actor->body.name;
        });
        if (date.empty() && repeated) {
            continue;
        }
        actor->rule = "cited-act";
        add_act(s, from, to, *actor, date, "prose", s.span.begin, s.span.end);
    }
}

// The places and bodies a sentence names, and the acts read from it, for the generic bodies of
// later sentences (ActorContext).
void Analyzer::note_context(const Sentence& s, std::size_t acts_before)
{
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        for (const auto& m : s.phrases[p].meanings) {
            if (m.type == Meaning::Type::body) {
                m_actor_context.note(m_g.bodies()[m.index].jurisdiction);
            }
        }
        if (auto code = place_code(s, p); code && !event_place(s, p)) {
            m_actor_context.note(*code);
        }
    }
    for (std::size_t i = acts_before; i < m_acts.size(); ++i) {
        m_actor_context.note(m_acts[i].body.jurisdiction_code);
    }
}

void Analyzer::set_page_title(std::string_view title)
{
    Sentence s;
    s.tokens = tokenize(title);
    s.phrases = m_g.match(title, s.tokens);
    s.phrase_at.assign(s.tokens.size(), -1);
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        for (std::size_t t = s.phrases[p].first; t < s.phrases[p].last; ++t) {
            s.phrase_at[t] = static_cast<int>(p);
        }
    }
    for (std::size_t p = 0; p < s.phrases.size() && m_actor_context.page_place.empty(); ++p) {
        if (auto code = title_place(s, p); code && !m_g.is_organization(*code)) {
            m_actor_context.page_place = *code;
        }
    }
}

// Rule `title-body`: a title names the page's place by a place ("U.S. senators honour ...") or by
// a body of one ("U.S. Senate resolution on the famine": the United States), so that "the Senate"
// and "Senate Resolution 512" in the text are that country's.
std::optional<std::string> Analyzer::title_place(const Sentence& s, std::size_t phrase) const
{
    if (perpetrator_place(s, phrase)) {
        return std::nullopt; // "Molvania crimes against the Tavri": the event's place (`event-place`)
    }
    if (auto code = place_code(s, phrase)) {
        return code;
    }
    for (const auto& m : s.phrases[phrase].meanings) {
        if (m.type == Meaning::Type::body) {
            return m_g.bodies()[m.index].jurisdiction;
        }
    }
    return std::nullopt;
}

// An undated mention read through the context or cited by an executive ("the Senate said ...",
// "the U.S. Senate's decision") of a body that has a dated act in the text is that act again, not
// another one: it is dropped before the mentions are merged. A body placed by the heading above
// ("The bill was sponsored by ..." under a heading naming the country) is such a mention too
// (rule `repeated-mention`).
void Analyzer::drop_repeated_mentions()
{
    auto from_context = [](const ExtractedAct& a) {
        const auto& rule = a.attestations.front().rule;
        return a.attestations.size() == 1 && a.date.empty() &&
               (rule.ends_with("/cited-act") || rule.ends_with("+discourse") || rule.ends_with("+page") ||
                rule.ends_with("+section"));
    };
    // An earlier act of the same body and type read from its own words, even undated, is the one
    // the mention repeats: "the Senate agreed to S. Res. 12 ..." then "Senators had blocked the
    // resolution on the floor of the Senate" (rule `repeated-mention`).
    const auto repeated = [&](std::size_t i) {
        const auto& a = m_acts[i];
        return from_context(a) && std::any_of(m_acts.begin(), m_acts.end(), [&](const ExtractedAct& b) {
                   const bool earlier = &b < &a && b.act_type == a.act_type && !from_context(b);
                   return (!b.date.empty() || earlier) && same_body(a.body, b.body);
               });
    };
    // Decided for all first (each looks at every act), then the kept ones move down in place.
    std::vector<char> drop(m_acts.size());
    for (std::size_t i = 0; i < m_acts.size(); ++i) {
        drop[i] = repeated(i);
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_acts.size(); ++i) {
        if (!drop[i]) {
            if (kept != i) {
                m_acts[kept] = std::move(m_acts[i]);
            }
            ++kept;
        }
    }
    m_acts.erase(m_acts.begin() + static_cast<long>(kept), m_acts.end());
}

} // namespace acta::import
