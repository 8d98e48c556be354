// Who acts: bodies, their jurisdictions and the context that places them.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

using namespace detail;

// The jurisdiction a place phrase names; "Georgia" is the US state when the sentence speaks of
// states ("U.S. state of Georgia", "other U.S. states, including ... Georgia").
std::optional<std::string> Analyzer::place_code(const Sentence& s, std::size_t phrase) const
{
    std::vector<const Place*> places;
    for (const auto& m : s.phrases[phrase].meanings) {
        if (m.type == Meaning::Type::place) {
            places.push_back(&m_g.places()[m.index]);
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
    if (sub) {
        const std::string prefix = sub->code.substr(0, sub->code.find('-'));
        const std::size_t first = s.phrases[phrase].first;
        for (std::size_t t = first >= 4 ? first - 4 : 0; t < first; ++t) {
            if (one_of(s.tokens[t].lower, {"state", "states", "province", "provinces"})) {
                return sub->code;
            }
        }
        // Another sub-national unit of the same country in the sentence.
    for (std::size_t q = 0; q < s.phrases.size(); ++q) {
            if (q == phrase) {
                continue;
            }
            for (const auto& m : s.phrases[q].meanings) {
                if (m.type != Meaning::Type::place) {
                    continue;
                }
                const auto& p = m_g.places()[m.index];
                if (p.kind == PlaceKind::subdivision && p.code.rfind(prefix + "-", 0) == 0 &&
                    s.phrases[q].meanings.size() == 1) {
                    return sub->code;
                }
            }
        }
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
        if (one_of(s.tokens[t].lower, {"the", "state", "province", "republic", "of", "federal", "autonomous",
                                         "region", "kingdom", "commonwealth", "'s", "\xE2\x80\x99s"})) {
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
        if (!one_of(s.tokens[t - 1].lower, {"'s", "\xE2\x80\x99s", "state"})) {
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
    const bool preposition = t < s.tokens.size() && one_of(s.tokens[t].lower, {"in", "at"});
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
            if (auto c = place_code(s, q); c && names_body(*c, noun)) {
                code = c;
                rule = "body-noun+named-place";
                break;
            }
        }
    }
    if (!code) {
        return std::nullopt;
    }
    Actor a;
    a.body = resolve_body(*code, role, noun);
    a.token = ph.first;
    a.rule = rule;
    return a;
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

// Rules `body-noun+...`: a body noun whose place comes from the context: the sentence ("In Iran
// the Majlis"), a US bill code, the list line ("Chile. The Chamber of Deputies"), the paragraph's
// last body or act, the heading.
std::optional<Actor> Analyzer::context_actor(const Sentence& s, std::size_t fallback, std::size_t first, std::size_t last) const
{
    const auto& ph = s.phrases[fallback];
    const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin,
                                                   s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
    std::string implied;
    const bool federal_code = !identifier(s, first, last, std::size_t(-1), &implied).empty() &&
                              us_federal_code(s, first, last);
    // Candidates in order of closeness; the first that has a body of this name wins ("the
    // Senate" after an act of France is France's, not that of Cyprus, which has none).
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
    std::optional<std::string> code;
    std::string rule;
    for (const auto& [c, r] : candidates) {
        if (names_body(c, noun)) {
            code = c;
            rule = r;
            break;
        }
    }
    if (!code && !candidates.empty()) {
        code = candidates.front().first;
        rule = candidates.front().second;
    }
    if (code) {
        Actor a;
        a.body = resolve_body(*code, lex_value(s, fallback, "body_noun"), noun);
        a.token = ph.first;
        a.rule = rule;
        return a;
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
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        const bool office = lex_in(s, p, "executive") || lex_in(s, p, "judicial");
        if (!executive && ph.first < first_trigger && office) {
            return executive_actor(s, p, true);
        }
        for (const auto& m : ph.meanings) {
            if (m.type == Meaning::Type::body) {
                return Actor{body_from_entry(m_g.bodies()[m.index]), ph.first, "named-body", false};
            }
        }
        if (lex_in(s, p, "body_noun") && !lex_in(s, p, "plural_body")) {
            const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin,
                                                           s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
            if (auto a = body_noun_actor(s, p, first, noun)) {
                return a;
            }
            // The clause's actor is more likely named with its place later in the clause
            // ("Camara de Diputados 2015), and the Mercosur Parliament adopted ...").
            if (!fallback) {
                fallback = p;
            }
            continue;
        }
        if (lex_in(s, p, "body_adj")) {
            if (auto a = adjective_actor(s, p, first, last)) {
                return a;
            }
        }
        if (!executive && office) {
            executive = executive_actor(s, p, false);
        }
    }
    if (auto a = title_actor(s, first, last)) {
        return a;
    }
    if (fallback && !executive) {
        if (auto a = context_actor(s, *fallback, first, last)) {
            return a;
        }
    }
    return executive;
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
        while (k < last && one_of(s.tokens[k].lower, {"and", ",", "as", "well", "the", "'s", "\xE2\x80\x99s"})) {
            joined |= s.tokens[k].lower == "and" || s.tokens[k].lower == ",";
            ++k;
        }
        if (!joined || k >= last || s.phrase_at[k] < 0) {
            break;
        }
        // The next body phrase: a named body, or a place and its body noun.
        std::size_t e = s.phrases[static_cast<std::size_t>(s.phrase_at[k])].last;
        if (e < last && s.phrase_at[e] < 0 && one_of(s.tokens[e].lower, {"'s", "\xE2\x80\x99s"})) {
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

// A bill code of the US Congress: H.Res., S.Res., H.R., H.Con.Res., S.J.Res. ...
bool Analyzer::us_federal_code(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t t = first; t < last && t < s.tokens.size(); ++t) {
        if (one_of(s.tokens[t].lower, {"h.res", "s.res", "h.r.", "h.con.res", "s.con.res", "h.j.res", "s.j.res"}) &&
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
        const bool adjective = std::any_of(s.phrases[p].meanings.begin(), s.phrases[p].meanings.end(), [&](const Meaning& m) {
            return m.type == Meaning::Type::place && m_g.places()[m.index].adjective;
        });
        if (!adjective) {
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
            legislative_noun |= one_of(lex_value(s, p, "act_noun"), {"law", "resolution", "declaration", "motion", "bill", "decree"});
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

} // namespace acta::import
