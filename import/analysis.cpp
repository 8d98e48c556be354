#include "analysis.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

namespace {

bool one_of(std::string_view word, std::initializer_list<std::string_view> set)
{
    return std::find(set.begin(), set.end(), word) != set.end();
}

// Capitalized words that are not names of persons.
bool stop_name_word(std::string_view lower)
{
    static const std::set<std::string, std::less<>> words{
        "the", "this", "that", "these", "those", "on", "in", "at", "as", "for", "and", "but", "among", "during",
        "after", "before", "since", "it", "he", "she", "they", "we", "our", "his", "her", "project", "resolution",
        "statement", "declaration", "decree", "law", "motion", "parliament", "senate", "house", "congress",
        "state", "states", "united", "republic", "islamic", "national", "general", "assembly", "representatives",
        "representative", "rep", "congressman", "congresswoman", "senator", "mr", "mrs", "ms", "dr", "sir", "lord",
        "president", "prime", "minister", "governor", "party", "committee", "union", "organization", "council",
        "court", "justice", "genocide", "massacre", "tragedy", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "also", "however", "according", "following",
        "similar", "similarly", "both", "each", "all", "one", "two", "three", "speaker", "chairman", "deputy",
        "member", "members", "chamber", "legislature", "parliamentary", "federal", "ministry", "foreign",
        "affairs", "international", "european", "world", "human", "rights", "day", "anniversary", "document",
        "act", "acts", "crime", "crimes", "humanity", "people", "s", "de", "la", "del", "of", "to", "by", "from",
        "with", "not", "no", "yes", "if", "when", "where", "which", "who", "whose", "what", "then", "there",
        "here", "today", "yesterday", "later", "earlier", "first", "second", "third", "last", "next", "new",
        "secretary", "ambassador", "king", "queen", "prince", "mayor", "city", "province", "region", "county"};
    return words.count(lower) > 0;
}

bool is_name_word(const Token& t)
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

bool is_initial(const Token& t) { return t.word && t.capitalized && t.lower.size() == 1; }

// The day `days` after an ISO day, as a DateValue (empty when `iso` is not a day).
DateValue shift_day(const std::string& iso, int days)
{
    try {
        const auto d = boost::gregorian::from_simple_string(iso) + boost::gregorian::days(days);
        const std::string out = boost::gregorian::to_iso_extended_string(d);
        return DateValue{out, out, out, Precision::day};
    } catch (const std::exception&) {
        return {};
    }
}

int precision_rank(Precision p)
{
    switch (p) {
    case Precision::day: return 9;
    case Precision::day_range: return 8;
    case Precision::month_part: return 7;
    case Precision::month: return 6;
    case Precision::month_range: return 5;
    case Precision::season: return 4;
    case Precision::year_part: return 3;
    case Precision::year: return 2;
    case Precision::year_range: return 1;
    case Precision::none: return 0;
    }
    return 0;
}

// Act types that say little about the act: a more specific one wins when mentions merge.
bool weak_type(std::string_view type)
{
    return one_of(type, {"recognition", "document", "decision", "appeal", "speech", "act", "report"});
}

std::string title_case(std::string_view s)
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

bool is_open_quote(const Token& t) { return t.lower == "\"" || t.lower == "\xE2\x80\x9C" || t.lower == "\xC2\xAB"; }
bool is_close_quote(const Token& t) { return t.lower == "\xE2\x80\x9D" || t.lower == "\xC2\xBB"; }

} // namespace

Analyzer::Analyzer(std::string_view text, const LineIndex& lines, const ImportOptions& options,
                   std::vector<Diagnostic>& diagnostics)
    : m_text(text), m_lines(lines), m_options(options), m_diagnostics(diagnostics), m_g(Gazetteer::instance())
{
}

bool Analyzer::lex_in(const Sentence& s, std::size_t phrase, const char* category) const
{
    for (const auto& m : s.phrases[phrase].meanings) {
        if (m.type == Meaning::Type::lex && m_g.lexicon()[m.index].category == category) {
            return true;
        }
    }
    return false;
}

std::string Analyzer::lex_value(const Sentence& s, std::size_t phrase, const char* category) const
{
    for (const auto& m : s.phrases[phrase].meanings) {
        if (m.type == Meaning::Type::lex && m_g.lexicon()[m.index].category == category) {
            return m_g.lexicon()[m.index].value;
        }
    }
    return {};
}

Sentence Analyzer::make_sentence(const Span& span, int anchor_year) const
{
    Sentence s;
    s.span = span;
    const auto text = m_text.substr(span.begin, span.end - span.begin);
    s.tokens = tokenize(text, span.begin);
    s.phrases = m_g.match(m_text, s.tokens);
    s.phrase_at.assign(s.tokens.size(), -1);
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        for (std::size_t t = s.phrases[p].first; t < s.phrases[p].last; ++t) {
            s.phrase_at[t] = static_cast<int>(p);
        }
    }
    s.quoted.assign(s.tokens.size(), false);
    bool in_quote = false;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        const auto& tok = s.tokens[t];
        if (tok.lower == "\"") {
            in_quote = !in_quote;
            continue;
        }
        if (is_open_quote(tok)) {
            in_quote = true;
            continue;
        }
        if (is_close_quote(tok)) {
            in_quote = false;
            continue;
        }
        s.quoted[t] = in_quote;
    }
    // Identifiers first, so that "777-2012" is never read as a date.
    std::string masked(text);
    identifier(s, 0, s.tokens.size()); // records s.identifier_tokens
    for (const auto& [a, b] : s.identifier_tokens) {
        for (std::size_t t = a; t < b; ++t) {
            for (std::size_t k = s.tokens[t].begin; k < s.tokens[t].end; ++k) {
                masked[k - span.begin] = ' ';
            }
        }
    }
    for (auto d : find_dates(masked, {anchor_year, 0, m_order})) {
        d.begin += span.begin;
        d.end += span.begin;
        s.dates.push_back(std::move(d));
    }
    // Bare years the date finder leaves alone because they are not dates in general, but are
    // here: a year naming an act ("its 2009 resolution") or cited with a body ("(PACE 1997)").
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        const auto& w = s.tokens[t].lower;
        if (!s.tokens[t].digits || w.size() != 4 || (w[0] != '1' && w[0] != '2') ||
            std::any_of(s.dates.begin(), s.dates.end(), [&](const DateMatch& d) {
                return s.tokens[t].begin >= d.begin && s.tokens[t].end <= d.end;
            })) {
            continue;
        }
        const bool names_act = t + 1 < s.tokens.size() && s.phrase_at[t + 1] >= 0 && s.tokens[t + 1].word &&
                               lex_in(s, static_cast<std::size_t>(s.phrase_at[t + 1]), "act_noun");
        bool cited_with_body = false;
        if (t > 0 && t + 1 < s.tokens.size() && s.tokens[t + 1].lower == ")" && s.phrase_at[t - 1] >= 0) {
            const auto& ph = s.phrases[static_cast<std::size_t>(s.phrase_at[t - 1])];
            cited_with_body = std::any_of(ph.meanings.begin(), ph.meanings.end(),
                                          [](const Meaning& m) { return m.type == Meaning::Type::body; });
        }
        if (names_act || cited_with_body) {
            DateMatch d;
            d.begin = s.tokens[t].begin;
            d.end = s.tokens[t].end;
            d.value = DateValue{w, w + "-01-01", w + "-12-31", Precision::year};
            d.explicit_year = std::stoi(w);
            s.dates.push_back(std::move(d));
        }
    }
    std::sort(s.dates.begin(), s.dates.end(), [](const DateMatch& a, const DateMatch& b) { return a.begin < b.begin; });
    return s;
}

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

std::optional<Actor> Analyzer::find_actor(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::optional<Actor> executive;
    std::optional<std::size_t> fallback; // a body noun without a place of its own
    // An executive actor named before the act ("the Italian foreign minister welcomed the Senate
    // motion") is the one who acts, whatever legislature the sentence names after it.
    std::size_t first_trigger = last;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && !s.quoted[ph.first] && !given_name(s, p) &&
            (lex_in(s, p, "act_verb") || lex_in(s, p, "act_noun"))) {
            first_trigger = std::min(first_trigger, ph.first);
        }
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
            continue;
        }
        const std::string noun = squeeze(m_text.substr(s.tokens[ph.first].begin,
                                                       s.tokens[ph.last - 1].end - s.tokens[ph.first].begin));
        if (!executive && ph.first < first_trigger && (lex_in(s, p, "executive") || lex_in(s, p, "judicial"))) {
            std::optional<std::string> code = attached_place(s, p);
            if (!code && !m_lead_place.empty()) {
                code = m_lead_place;
            }
            if (!code) {
                code = sentence_place(s);
            }
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
        for (const auto& m : ph.meanings) {
            if (m.type == Meaning::Type::body) {
                Actor a;
                a.body = body_from_entry(m_g.bodies()[m.index]);
                a.token = ph.first;
                a.rule = "named-body";
                return a;
            }
        }
        if (lex_in(s, p, "body_noun") && !lex_in(s, p, "plural_body")) {
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
                // The clause's actor is more likely named with its place later in the clause
                // ("Camara de Diputados 2015), and the Mercosur Parliament adopted ...").
                if (!fallback) {
                    fallback = p;
                }
                continue;
            }
            if (code) {
                Actor a;
                a.body = resolve_body(*code, role, noun);
                a.token = ph.first;
                a.rule = rule;
                return a;
            }
        }
        if (lex_in(s, p, "body_adj") && ph.last < s.tokens.size() && s.phrase_at[ph.last] >= 0 &&
            lex_in(s, static_cast<std::size_t>(s.phrase_at[ph.last]), "act_noun")) {
            // "Parliamentary decree ... in Honduras": the legislature of the place named.
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
        }
        if (!executive && (lex_in(s, p, "executive") || lex_in(s, p, "judicial"))) {
            if (auto code = attached_place(s, p)) {
                Actor a;
                a.body.name = title_case(noun) + " of " + m_g.name_of(*code);
                a.body.kind = "office";
                a.body.branch = lex_in(s, p, "judicial") ? "judicial" : "executive";
                a.body.jurisdiction_code = *code;
                a.token = ph.first;
                a.rule = "executive";
                a.executive = true;
                executive = a;
            }
        }
    }
    // A legislator's title with a place: "Rep. Florida ...", "U.S. Congressman ...".
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
    // A body noun whose place comes from the context: the sentence ("In Iran the Majlis"), the
    // list line ("Chile. The Chamber of Deputies"), the paragraph's last act, the heading.
    if (fallback && !executive) {
        const auto& ph = s.phrases[*fallback];
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
            a.body = resolve_body(*code, lex_value(s, *fallback, "body_noun"), noun);
            a.token = ph.first;
            a.rule = rule;
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
    return false;
}

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
                    if (w == weekdays[k] && t > first && one_of(s.tokens[t - 1].lower, {"on", "last"})) {
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

std::string Analyzer::act_type(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::string weak_noun;
    std::string verb;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first] || given_name(s, p)) {
            continue;
        }
        if (lex_in(s, p, "act_noun")) {
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
        // A name: 2-3 name words (a single-word place may open it: "Virginia Foxx"), initials allowed.
        std::size_t k = t;
        std::size_t words = 0;
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
            const bool place = std::any_of(ph.meanings.begin(), ph.meanings.end(),
                                           [](const Meaning& m) { return m.type == Meaning::Type::place; });
            return place && i == t && !after_title && ph.last == i + 1 && i + 1 < last && is_name_word(s.tokens[i + 1]) &&
                   s.phrase_at[i + 1] < 0;
        };
        while (k < last && words < 4 &&
               (name_word_at(k) || (words > 0 && is_initial(s.tokens[k])) ||
                // "van der Linde", "de la Cruz", "bin Salman": particles inside a name
                (words > 0 && k + 1 < last && one_of(s.tokens[k].lower, {"van", "der", "de", "den", "la", "von", "bin", "al", "da", "di", "del"}) &&
                 (name_word_at(k + 1) || one_of(s.tokens[k + 1].lower, {"der", "la", "den"}))))) {
            words += !is_initial(s.tokens[k]);
            ++k;
            if (k < last && s.tokens[k].lower == "." && is_initial(s.tokens[k - 1])) {
                ++k;
            }
        }
        if (words < 2) {
            t = std::max(t + 1, k);
            continue;
        }
        // Context: a title, a body, or "and" after an accepted name, shortly before.
        // Context: a title or a role word shortly before ("MP Daniel Okafor", "sponsored by",
        // "Congressman from North Carolina, Virginia Foxx"), a body right before ("the House of
        // Representatives John Roe"), or "and" after an accepted name. Another capitalized
        // word on the way back ends the search: the name belongs to it.
        bool accepted = false;
        std::size_t b = t;
        for (int back = 0; back < 6 && b > first; ++back) {
            --b;
            const int p = s.phrase_at[b];
            const auto phrase = static_cast<std::size_t>(p);
            if (p >= 0 && (lex_in(s, phrase, "title") || lex_in(s, phrase, "role_cue"))) {
                accepted = true;
                break;
            }
            if (p >= 0 && b + 1 == t &&
                (lex_in(s, phrase, "body_noun") ||
                 std::any_of(s.phrases[phrase].meanings.begin(), s.phrases[phrase].meanings.end(),
                             [](const Meaning& m) { return m.type == Meaning::Type::body; }))) {
                accepted = true;
                break;
            }
            if (s.tokens[b].lower == "and" && last_accepted_end == b) {
                accepted = true;
                break;
            }
            const bool place = p >= 0 && std::any_of(s.phrases[phrase].meanings.begin(), s.phrases[phrase].meanings.end(),
                                                     [](const Meaning& m) { return m.type == Meaning::Type::place; });
            if (s.tokens[b].capitalized && !place &&
                !one_of(s.tokens[b].lower, {"sir", "dame", "dr", "mr", "mrs", "ms", "lord", "lady", "baroness", "prof", "hon"})) {
                break;
            }
            if (p >= 0) {
                b = s.phrases[phrase].first; // skip the rest of a place phrase
            }
        }
        if (accepted) {
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

std::string Analyzer::identifier(const Sentence& s, std::size_t first, std::size_t last, std::size_t near,
                                 std::string* implied_type) const
{
    auto& ids = const_cast<Sentence&>(s).identifier_tokens;
    auto text_of = [&](std::size_t a, std::size_t b) { return m_text.substr(s.tokens[a].begin, s.tokens[b].end - s.tokens[a].begin); };
    // 18.596, 60/7, 777-2012, 1584-V, 792-VIII
    auto number_like = [&](std::size_t i) {
        const Token& t = s.tokens[i];
        if (!t.word || t.lower.empty() || !std::isdigit(static_cast<unsigned char>(t.lower[0]))) {
            return false;
        }
        const std::string_view raw = m_text.substr(t.begin, t.end - t.begin);
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
    };
    auto plain_year = [](const Token& t) {
        return t.digits && t.lower.size() == 4 && (t.lower[0] == '1' || t.lower[0] == '2');
    };
    struct Candidate {
        std::string text;
        std::size_t token;
        std::string type;
    };
    std::vector<Candidate> found;
    auto record = [&](std::size_t a, std::size_t b, std::string text, std::string type) {
        if (std::none_of(ids.begin(), ids.end(), [&](auto& r) { return r.first == a; })) {
            ids.emplace_back(a, b);
        }
        found.push_back({std::move(text), a, std::move(type)});
    };
    static const std::set<std::string, std::less<>> resolution_codes{
        "hr", "h.r.", "h.r", "sr", "s.r.", "hjr", "sjr", "hcr", "scr", "ajr", "acr", "lr", "hres", "sres", "h.res",
        "s.res", "h.con.res", "s.con.res", "h.j.res", "s.j.res", "hjres", "sjres"};
    static const std::set<std::string, std::less<>> bill_codes{"hb", "sb", "ab", "lb", "hf", "sf"};
    for (std::size_t t = first; t < last; ++t) {
        const Token& tok = s.tokens[t];
        const std::string_view raw = m_text.substr(tok.begin, tok.end - tok.begin);
        const bool upper_code = !raw.empty() && std::isupper(static_cast<unsigned char>(raw[0]));
        if (tok.lower == "[") {
            // A footnote marker ("[20]", "[a]") is never an identifier.
            while (t < last && s.tokens[t].lower != "]") {
                ++t;
            }
            continue;
        }
        // Codes of letters and digits with a hyphen: "S4M-12845".
        if (upper_code && raw.size() >= 5 && raw.size() <= 16 && raw.find('-') != std::string_view::npos &&
            std::any_of(raw.begin(), raw.begin() + static_cast<long>(raw.find('-')), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
            std::all_of(raw.begin() + static_cast<long>(raw.find('-')) + 1, raw.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            record(t, t + 1, std::string(raw), "");
            continue;
        }
        // Bill codes: HR 101, S.Res. 97, H.Res. 154, HJR 12, SB 1.
        const bool resolution_code = resolution_codes.count(tok.lower) > 0;
        if (upper_code && (resolution_code || bill_codes.count(tok.lower))) {
            std::size_t n = t + 1;
            if (n < last && s.tokens[n].lower == ".") {
                ++n;
            }
            if (n < last && number_like(n)) {
                record(t, n + 1, squeeze(text_of(t, n)), resolution_code ? "resolution" : "bill");
                t = n;
                continue;
            }
        }
        // M-103, C-45: a capital letter or two, a hyphen, digits.
        if (upper_code && tok.word && raw.size() >= 3 && raw.size() <= 10) {
            const auto dash = raw.find('-');
            if (dash != std::string_view::npos && dash <= 3 &&
                std::all_of(raw.begin(), raw.begin() + static_cast<long>(dash), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
                dash + 1 < raw.size() &&
                std::all_of(raw.begin() + static_cast<long>(dash) + 1, raw.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                record(t, t + 1, std::string(raw), raw[0] == 'M' ? "motion" : "");
                continue;
            }
        }
        // In brackets: "(B 112)", "(Drucksache 18/8613)", "(A/RES/60/7)".
        if (tok.lower == "(" && t + 2 < last) {
            std::size_t n = t + 1;
            if (s.tokens[n].word && s.tokens[n].capitalized && !s.tokens[n].digits && n + 1 < last && number_like(n + 1) &&
                n + 2 < last && s.tokens[n + 2].lower == ")") {
                const bool code = s.tokens[n].lower.size() <= 3;
                const bool slashed = s.tokens[n + 1].lower.find('/') != std::string::npos;
                if (code || slashed) {
                    record(n, n + 2, code ? squeeze(text_of(n, n + 1)) : std::string(text_of(n + 1, n + 1)), "");
                    t = n + 2;
                    continue;
                }
            }
        }
        // "No. 18.596", "number 777-2012", "resolution 60/7", "resolution number 1594", "Resolution 2318".
        const int p = s.phrase_at[t];
        const bool noun = p >= 0 && lex_in(s, static_cast<std::size_t>(p), "act_noun") &&
                          s.phrases[static_cast<std::size_t>(p)].last == t + 1;
        const bool marker = one_of(tok.lower, {"no", "no.", "nr", "number", "#", "num", "res", "č", "nº", "n°"});
        if (noun || marker) {
            std::size_t n = t + 1;
            bool numbered = marker;
            if (n < last && s.tokens[n].lower == "." && marker) {
                ++n;
            }
            if (noun && n < last && one_of(s.tokens[n].lower, {"no", "number", "nr", "#"})) {
                numbered = true;
                ++n;
                if (n < last && s.tokens[n].lower == ".") {
                    ++n;
                }
            }
            const bool titled = noun && tok.capitalized; // "Resolution 2318", not "a resolution 2013"
            if (n < last && number_like(n) && !(plain_year(s.tokens[n]) && !numbered && !titled)) {
                const std::string number(text_of(n, n));
                record(t + (noun ? 1 : 0), n + 1, numbered ? "No. " + number : number, "");
                t = n;
            }
        }
    }
    if (found.empty()) {
        return {};
    }
    const Candidate* best = &found.front();
    if (near != std::size_t(-1)) {
        auto distance = [&](const Candidate& c) { return c.token > near ? c.token - near : near - c.token; };
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
        if (s.tokens[t].digits && t + 3 < last && one_of(s.tokens[t + 1].lower, {"votes", "vote"}) &&
            one_of(s.tokens[t + 2].lower, {"to", "against"}) && s.tokens[t + 3].digits) {
            return s.tokens[t].lower + "-" + s.tokens[t + 3].lower;
        }
        // "a 95-2 vote", "by a vote of 95-2"
        const auto dash = w.find('-');
        if (dash != std::string::npos && dash > 0 && dash + 1 < w.size() &&
            std::all_of(w.begin(), w.begin() + static_cast<long>(dash), ::isdigit) &&
            std::all_of(w.begin() + static_cast<long>(dash) + 1, w.end(), ::isdigit) &&
            ((t + 1 < last && one_of(s.tokens[t + 1].lower, {"vote", "votes"})) ||
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
        if (m_excluded_dates.count(d.begin) || event_date(s, d) || citation_date(s, d)) {
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

void Analyzer::add_act(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor,
                       const DateValue& date, const std::string& rule, std::size_t quote_begin, std::size_t quote_end)
{
    ExtractedAct act;
    act.body = actor.body;
    act.act_type = act_type(s, first, last);
    if (act.act_type == "act" && m_acts.size() > static_cast<std::size_t>(m_paragraph_first_act)) {
        act.act_type = m_acts.back().act_type; // "... ; the Senate followed on 7 November 2000"
    }
    std::string implied;
    act.identifier = identifier(s, first, last, actor.token, &implied);
    if (!implied.empty() && weak_type(act.act_type)) {
        act.act_type = implied; // "S.Res. 97" is a resolution
    }
    act.date = date;
    act.wording = wording(s, first, last);
    act.vote = vote(s, first, last);
    act.terms = terms(s, first, last);
    act.persons = persons(s, first, last, "");
    Attestation a;
    a.span_start = quote_begin;
    a.span_end = quote_end;
    a.line = m_lines.line_of(quote_begin);
    a.quote = squeeze(m_text.substr(quote_begin, quote_end - quote_begin));
    a.rule = rule + "/" + actor.rule;
    a.date = date;
    a.act_type = act.act_type;
    for (const auto& t : act.terms) {
        a.terms.push_back(t.term);
    }
    act.attestations.push_back(std::move(a));
    if (actor.rule.find('+') == std::string::npos) {
        m_recent_body = act.body.jurisdiction_code;
    }
    m_acts.push_back(std::move(act));
}

// A sentence that goes on about the act before it: its terms and persons join the act, and the
// quote grows to include it.
void Analyzer::extend(ExtractedAct& act, const Sentence& s)
{
    std::string role;
    for (const auto& p : act.persons) {
        role = p.role;
    }
    if (role.empty()) {
        role = act.act_type == "appeal" || act.act_type == "statement" || act.act_type == "speech" ? "speaker" : "";
    }
    for (auto& t : terms(s, 0, s.tokens.size())) {
        if (std::none_of(act.terms.begin(), act.terms.end(), [&](auto& x) { return x.term == t.term; })) {
            act.terms.push_back(t);
            act.attestations.back().terms.push_back(t.term);
        }
    }
    for (auto& p : persons(s, 0, s.tokens.size(), role)) {
        if (std::none_of(act.persons.begin(), act.persons.end(), [&](auto& x) { return x.name == p.name; })) {
            act.persons.push_back(p);
        }
    }
    if (act.identifier.empty()) {
        act.identifier = identifier(s, 0, s.tokens.size());
    }
    if (weak_type(act.act_type)) {
        const std::string t = act_type(s, 0, s.tokens.size());
        if (!weak_type(t)) {
            act.act_type = t;
        }
    }
    auto& a = act.attestations.back();
    if (s.span.end > a.span_end) {
        a.span_end = s.span.end;
        a.quote = squeeze(m_text.substr(a.span_start, a.span_end - a.span_start));
    }
}

void Analyzer::extend_last(const Sentence& s)
{
    // "The law was adopted by the Congress on ..., and received final approval in the Senate on
    // .... It describes ... as crimes against humanity": "it" is every act of that sentence.
    const std::size_t from = std::min(m_last_sentence_first_act, m_acts.size() - 1);
    for (std::size_t i = std::max<std::size_t>(from, static_cast<std::size_t>(m_paragraph_first_act)); i < m_acts.size(); ++i) {
        extend(m_acts[i], s);
    }
}

bool Analyzer::looks_like_act(const Span& paragraph) const
{
    const auto sentences = split_sentences(m_text, paragraph);
    if (sentences.empty()) {
        return false;
    }
    const Sentence s = make_sentence(sentences.front(), 0);
    return has_trigger(s, 0, s.tokens.size()) && find_actor(s, 0, s.tokens.size()).has_value();
}

void Analyzer::block_entry(const Span& event, const DateMatch& date, const Span& date_line)
{
    if (!date.error.empty()) {
        m_diagnostics.push_back({m_lines.line_of(date_line.begin), "bad_date", date.error});
    }
    prose_paragraph(event, date.value.empty() ? 0 : std::stoi(date.value.start.substr(0, 4)), &date, &date_line);
}

// Bodies each followed by their own act in brackets: "the Saeima (declaration of 7 March 2006),
// the Seimas (Res. X-1120, 2007) and the Riigikogu (statement, autumn 2008)".
bool Analyzer::body_enumeration(const Sentence& s)
{
    struct Item {
        Actor actor;
        std::size_t open; // token of "("
        std::size_t close; // token of ")"
        DateValue date;
    };
    std::vector<Item> items;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (s.quoted[ph.first] || ph.last >= s.tokens.size() || s.tokens[ph.last].lower != "(") {
            continue;
        }
        auto actor = find_actor(s, ph.first, ph.last);
        if (!actor || actor->executive || actor->rule == "title") {
            continue;
        }
        std::size_t close = ph.last + 1;
        while (close < s.tokens.size() && close < ph.last + 16 && s.tokens[close].lower != ")" && s.tokens[close].lower != "(") {
            ++close;
        }
        if (close >= s.tokens.size() || s.tokens[close].lower != ")") {
            continue;
        }
        const auto dates = usable_dates(s, ph.last + 1, close);
        DateValue date;
        if (!dates.empty()) {
            date = dates.front()->value;
        } else {
            // "(resolution, 2007)": a bare year in the brackets is the act's year.
            for (std::size_t t = ph.last + 1; t < close; ++t) {
                const auto& w = s.tokens[t].lower;
                if (s.tokens[t].digits && w.size() == 4 && (w[0] == '1' || w[0] == '2')) {
                    date = DateValue{w, w + "-01-01", w + "-12-31", Precision::year};
                }
            }
        }
        if (date.empty()) {
            continue;
        }
        items.push_back({*actor, ph.last, close, date});
    }
    if (items.size() < 2) {
        return false;
    }
    const std::string sentence_type = act_type(s, 0, s.tokens.size());
    for (const auto& item : items) {
        add_act(s, item.open, item.close + 1, item.actor, item.date, "prose", s.span.begin, s.span.end);
        auto& act = m_acts.back();
        act.attestations.back().rule = "prose/bracketed-list";
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
    return true;
}

// A list of places that act one by one: "... including Maine (March 23, 2012), New Mexico
// (January 28 2013), Mississippi and Oklahoma".
bool Analyzer::enumeration(const Sentence& s)
{
    struct Item {
        std::size_t phrase;
        std::string code;
    };
    std::vector<Item> best;
    std::vector<Item> run;
    std::size_t prev_end = 0;
    auto date_covers = [&](std::size_t tok) {
        return std::any_of(s.dates.begin(), s.dates.end(), [&](const DateMatch& d) {
            return s.tokens[tok].begin >= d.begin && s.tokens[tok].end <= d.end;
        });
    };
    auto flush = [&] {
        if (run.size() > best.size()) {
            best = run;
        }
        run.clear();
    };
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto code = place_code(s, p);
        bool adjective = false;
        for (const auto& m : s.phrases[p].meanings) {
            adjective |= m.type == Meaning::Type::place && m_g.places()[m.index].adjective;
        }
        if (!code || adjective || s.quoted[s.phrases[p].first]) {
            continue;
        }
        if (!run.empty()) {
            bool joined = true;
            for (std::size_t t = prev_end; t < s.phrases[p].first; ++t) {
                const auto& w = s.tokens[t].lower;
                if (!(w == "," || w == "and" || w == "(" || w == ")" || w == "or" || date_covers(t))) {
                    joined = false;
                    break;
                }
            }
            if (!joined) {
                flush();
            }
        }
        run.push_back({p, *code});
        prev_end = s.phrases[p].last;
    }
    flush();
    if (best.size() < 2 || !has_trigger(s, 0, s.tokens.size())) {
        return false;
    }
    // The list must name the actors: introduced by "including", "such as", ":", "by", or a
    // plural body noun ("the legislative bodies of ...", "the parliaments of ...").
    const std::size_t start = s.phrases[best.front().phrase].first;
    bool introduced = false;
    for (std::size_t t = start >= 4 ? start - 4 : 0; t < start; ++t) {
        introduced |= one_of(s.tokens[t].lower, {"including", "namely", "as", ":", "by", "in"});
    }
    // Many bodies or many acts: "the legislative bodies of ...", "Resolutions have also been
    // adopted in Idaho and Vermont".
    bool plural_body = false;
    std::string role = "whole";
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const char last_char = s.tokens[s.phrases[p].last - 1].lower.back();
        if (lex_in(s, p, "plural_body") || ((lex_in(s, p, "body_noun") || lex_in(s, p, "act_noun")) && last_char == 's')) {
            plural_body = true;
        }
    }
    if (!introduced || !plural_body) {
        return false;
    }
    for (std::size_t i = 0; i < best.size(); ++i) {
        const auto& ph = s.phrases[best[i].phrase];
        const std::size_t next = i + 1 < best.size() ? s.phrases[best[i + 1].phrase].first : s.tokens.size();
        DateValue date;
        for (const auto* d : usable_dates(s, ph.last, next)) {
            date = d->value;
            break;
        }
        Actor actor;
        actor.body = resolve_body(best[i].code, role, "");
        actor.rule = "enumeration";
        add_act(s, 0, s.tokens.size(), actor, date, "prose", s.span.begin, s.span.end);
        auto& act = m_acts.back();
        act.persons.clear();
        act.identifier.clear();
        act.attestations.back().line = m_lines.line_of(s.tokens[ph.first].begin);
    }
    return true;
}

// The start of a paragraph: a list item's date and place or body ("3 October 1999 — Chile. The
// Chamber ...", "- 1971 - Paraguay: ...", "2. Chile (1999): ...", "11 March 2010 — European
// Parliament. Resolution on ..."), or a dateline ("WASHINGTON, D.C., May 12, 2017 — ...").
void Analyzer::read_paragraph_start(const Sentence& s)
{
    std::size_t t = 0;
    // Bullets and item numbers: "-", "*", "•", "1.", "2)".
    while (t < s.tokens.size() && !s.tokens[t].word && s.tokens[t].lower != "(" && s.tokens[t].lower != "\"") {
        ++t;
    }
    if (t + 1 < s.tokens.size() && s.tokens[t].digits && s.tokens[t].lower.size() <= 2 &&
        (s.tokens[t + 1].lower == "." || s.tokens[t + 1].lower == ")")) {
        t += 2;
    }
    const std::size_t item_start = t;
    // A dateline: capitalized place words, a comma, a date, a dash.
    for (const auto& d : s.dates) {
        if (d.begin <= s.tokens[item_start].begin || d.begin > s.tokens[std::min(item_start + 6, s.tokens.size() - 1)].begin) {
            continue;
        }
        bool place_words = true;
        std::size_t k = item_start;
        for (; k < s.tokens.size() && s.tokens[k].begin < d.begin; ++k) {
            place_words &= s.tokens[k].capitalized || s.tokens[k].lower == "," || s.tokens[k].lower == ".";
        }
        while (k < s.tokens.size() && s.tokens[k].end <= d.end) {
            ++k;
        }
        if (k + 2 < s.tokens.size() && s.tokens[k].lower == "(" && s.tokens[k + 2].lower == ")") {
            k += 3; // "ANKARA, April 24 (Reuters) -"
        }
        if (place_words && k < s.tokens.size() &&
            one_of(s.tokens[k].lower, {"-", "\xE2\x80\x94", "\xE2\x80\x93", ":"}) && d.error.empty()) {
            m_excluded_dates.insert(d.begin);
            if (m_published.empty() && d.value.precision == Precision::day) {
                m_published = d.value.edtf;
            }
        }
        break;
    }
    bool dated = false;
    for (const auto& d : s.dates) {
        if (t < s.tokens.size() && d.begin == s.tokens[t].begin && d.error.empty() && !d.value.empty()) {
            m_lead_date = d.value;
            dated = true;
            while (t < s.tokens.size() && s.tokens[t].end <= d.end) {
                ++t;
            }
        }
    }
    if (!dated && !m_lead_date.empty() && t < s.tokens.size() && s.tokens[t].digits && s.tokens[t].lower == m_lead_date.edtf) {
        ++t; // the entry's year, read by prose_paragraph
        dated = true;
    }
    while (t < s.tokens.size() && !s.tokens[t].word) {
        ++t;
    }
    if (t >= s.tokens.size() || s.phrase_at[t] < 0 || !(dated || t == item_start)) {
        return;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[t]);
    const std::size_t after = s.phrases[p].last;
    const bool closed = after >= s.tokens.size() ||
                        one_of(s.tokens[after].lower, {".", ":", "-", ",", "(", "\xE2\x80\x94", "\xE2\x80\x93"});
    if (!closed) {
        return;
    }
    if (auto code = place_code(s, p)) {
        m_lead_place = *code;
        return;
    }
    for (const auto& m : s.phrases[p].meanings) {
        if (m.type == Meaning::Type::body) {
            m_lead_body = body_from_entry(m_g.bodies()[m.index]);
            return;
        }
    }
}

// Words that say the act was not adopted, or is only to come: "was rejected", "failed by 62
// votes to 101", "is expected in the autumn", "will debate".
bool Analyzer::negated(const Sentence& s, std::size_t first, std::size_t last) const
{
    std::size_t first_trigger = last;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first >= first && ph.first < last && (lex_in(s, p, "act_verb") || lex_in(s, p, "act_noun"))) {
            first_trigger = std::min(first_trigger, ph.first);
        }
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first] || !lex_in(s, p, "negation")) {
            continue;
        }
        const auto& w = s.tokens[ph.first].lower;
        bool relative = false;
        for (std::size_t b = ph.first; b > first && b + 3 > ph.first; --b) {
            relative |= one_of(s.tokens[b - 1].lower, {"that", "which", "who", "whose"});
        }
        if (relative) {
            continue; // "from a draft that failed in committee to the resolution of ..."
        }
        const bool modal = w == "will" || w == "would";
        if (!modal || ph.first < first_trigger + 6) {
            return true;
        }
    }
    return false;
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
        if (lex_in(s, p, "act_verb") && !lex_in(s, p, "proposal")) {
            return false;
        }
        proposed |= lex_in(s, p, "proposal");
    }
    return proposed;
}

// A dated thing that is not an act, named before any act word: "Our petition to the Bundestag
// ... was registered", "an exhibition ... opened".
bool Analyzer::non_act_first(const Sentence& s, std::size_t first, std::size_t last) const
{
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        if (ph.first < first || ph.first >= last || s.quoted[ph.first]) {
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

void Analyzer::set_section(const Span& heading)
{
    m_section_place.clear();
    const Sentence s = make_sentence(heading, 0);
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        for (const auto& m : s.phrases[p].meanings) {
            if (m.type == Meaning::Type::body) {
                m_section_place = m_g.bodies()[m.index].jurisdiction;
                return;
            }
        }
        if (auto code = place_code(s, p)) {
            bool adjective = false;
            for (const auto& m : s.phrases[p].meanings) {
                adjective |= m.type == Meaning::Type::place && m_g.places()[m.index].adjective;
            }
            if (!adjective) {
                m_section_place = *code;
                return;
            }
        }
    }
}

// A timeline entry opening with its year ("**1995** Russia - ...", "2004 – Canada: ..."): the
// year, or 0.
int Analyzer::entry_year(const Span& paragraph) const
{
    std::size_t i = paragraph.begin;
    while (i < paragraph.end && one_of(std::string_view(&m_text[i], 1), {"*", "#", "_", "-", " ", "\t", ">", "["})) {
        ++i;
    }
    std::size_t j = i;
    while (j < paragraph.end && std::isdigit(static_cast<unsigned char>(m_text[j]))) {
        ++j;
    }
    if (j - i != 4 || (j < paragraph.end && std::isalnum(static_cast<unsigned char>(m_text[j])))) {
        return 0;
    }
    const int year = std::stoi(std::string(m_text.substr(i, 4)));
    std::size_t k = j;
    while (k < paragraph.end && one_of(std::string_view(&m_text[k], 1), {"*", "_", " ", "]"})) {
        ++k;
    }
    const bool marked = k < paragraph.end && (m_text[k] == '-' || m_text[k] == ':' || m_text[k] == ',' ||
                                              static_cast<unsigned char>(m_text[k]) == 0xE2 ||
                                              std::isupper(static_cast<unsigned char>(m_text[k])));
    return year >= 1000 && year <= 2999 && marked ? year : 0;
}

void Analyzer::prose_paragraph(const Span& paragraph, int anchor_year, const DateMatch* block_date, const Span* date_line)
{
    m_paragraph_first_act = static_cast<int>(m_acts.size());
    m_lead_place.clear();
    m_lead_body.reset();
    m_lead_date = DateValue{};
    m_recent_body.clear();
    DateValue pending; // a dated sentence that names no body: the next one may
    // The entry's year is its date and the year of its yearless dates.
    if (const int year = block_date ? 0 : entry_year(paragraph)) {
        anchor_year = year;
        const std::string y = std::to_string(year);
        m_lead_date = DateValue{y, y + "-01-01", y + "-12-31", Precision::year};
    }
    bool first_sentence = true;
    for (const auto& span : split_sentences(m_text, paragraph)) {
        const Sentence s = make_sentence(span, anchor_year);
        const std::size_t acts_before = m_acts.size();
        if (!block_date) {
            report_bad_dates(s);
        }
        for (const auto& d : s.dates) {
            if (!d.value.empty() && d.explicit_year) {
                anchor_year = std::stoi(d.value.end.substr(0, 4));
            }
        }
        if (first_sentence) {
            first_sentence = false;
            read_paragraph_start(s);
        }
        if (block_date || !(body_enumeration(s) || enumeration(s))) {
            prose_sentence(s, paragraph, block_date, date_line, pending);
        }
        if (m_acts.size() > acts_before) {
            m_last_sentence_first_act = acts_before;
        }
        // The body this sentence names with its own place, for "the plenary" after it.
        if (auto actor = find_actor(s, 0, s.tokens.size());
            actor && !actor->executive && actor->rule.find('+') == std::string::npos) {
            m_recent_body = actor->body.jurisdiction_code;
        }
    }
}

// One sentence of running text (or of a block entry), cut into clauses, each of which may be an
// act, a continuation of the act before, or nothing.
void Analyzer::prose_sentence(const Sentence& s, const Span& paragraph, const DateMatch* block_date,
                              const Span* date_line, DateValue& pending)
{
    const Span& span = s.span;
    // Clauses: a sentence with several dates may report several acts ("... a motion on 4 May
    // 2001, and on 9 June 2001 the Senate passed ..."); cut it before each further date.
    std::vector<std::pair<std::size_t, std::size_t>> clauses;
    {
        const auto all = usable_dates(s, 0, s.tokens.size());
        std::size_t start = 0;
        bool seen_date = block_date != nullptr;
        int depth = 0;
        for (std::size_t t = 0; t < s.tokens.size(); ++t) {
            depth += s.tokens[t].lower == "(" ? 1 : s.tokens[t].lower == ")" && depth > 0 ? -1 : 0;
            const bool cut_word = depth == 0 && (s.tokens[t].lower == ";" ||
                                  (s.tokens[t].lower == "," && t + 1 < s.tokens.size() &&
                                   one_of(s.tokens[t + 1].lower, {"and", "while", "whereas", "then", "followed", "three", "two", "later"})));
            if (!cut_word || !seen_date) {
                for (const auto* d : all) {
                    seen_date |= d->begin >= s.tokens[t].begin && d->begin < s.tokens[t].end;
                }
                continue;
            }
            // Cut when a further date follows in the rest of the sentence, or another body
            // named with its place acts there ("..., and the Senate of Poland followed that
            // autumn with a declaration").
            const bool later = std::any_of(all.begin(), all.end(), [&](const DateMatch* d) { return d->begin > s.tokens[t].end; });
            bool other_actor = false;
            const bool follows = std::any_of(s.tokens.begin() + static_cast<long>(t) + 1, s.tokens.end(),
                                             [](const Token& k) { return k.lower == "followed"; });
            if (!later && (follows || has_trigger(s, t + 1, s.tokens.size())) && find_actor(s, start, t)) {
                auto next = find_actor(s, t + 1, s.tokens.size());
                other_actor = next && next->rule.find('+') == std::string::npos && has_trigger(s, start, t);
            }
            if (later || other_actor) {
                clauses.emplace_back(start, t);
                start = t + 1;
                seen_date = false;
            }
        }
        clauses.emplace_back(start, s.tokens.size());
    }
    std::optional<Actor> clause_actor;
    for (const auto& [first, last] : clauses) {
        if (first >= last) {
            continue;
        }
        const bool have_previous = m_acts.size() > static_cast<std::size_t>(m_paragraph_first_act);
        auto actor = find_actor(s, first, last);
        if (!actor && clause_actor && clauses.size() > 1) {
            actor = clause_actor;
        }
        if (!actor && m_lead_body && !have_previous) {
            actor = Actor{*m_lead_body, first, "list-line-body", false};
        }
        const bool trigger = has_trigger(s, first, last);
        // The act's date: one written in the clause (an explicit year beats an inferred one,
        // then the more precise), else the list line's, else a sentence before it that had
        // a date and no body. In a chronology block, the entry's date line.
        const DateValue* date = nullptr;
        {
            // A yearless date counts when an explicit date around it contains it ("in 2012,
            // when the first of February"); otherwise explicit years win, then precision.
            const auto candidates = usable_dates(s, first, last);
            auto counts = [&](const DateMatch* d) {
                if (!d->year_inferred) {
                    return true;
                }
                return std::any_of(candidates.begin(), candidates.end(), [&](const DateMatch* e) {
                    return !e->year_inferred && e->value.start <= d->value.start && d->value.end <= e->value.end;
                });
            };
            bool date_counts = false;
            for (const auto* d : candidates) {
                const bool c = counts(d);
                if (!date || (c && !date_counts) ||
                    (c == date_counts && precision_rank(d->value.precision) > precision_rank(date->precision))) {
                    date = &d->value;
                    date_counts = c;
                }
            }
            if (date && !date_counts && !m_lead_date.empty() &&
                !(m_lead_date.start <= date->start && date->end <= m_lead_date.end)) {
                date = &m_lead_date;
            }
        }
        const DateValue* attached = noun_date(s, first, last);
        if (attached) {
            date = attached; // "the Senate's motion of June 2014"
        } else if (block_date && !have_previous) {
            date = block_date->error.empty() && !block_date->value.empty() ? &block_date->value : nullptr;
        } else if (!date && !m_lead_date.empty()) {
            date = &m_lead_date;
        }
        if (!date && !pending.empty() && actor && trigger) {
            date = &pending;
        }
        DateValue relative_day = relative_date(s, first, last);
        if (!relative_day.empty() &&
            (!date || (relative_day.precision == Precision::day && precision_rank(date->precision) <= precision_rank(Precision::year)))) {
            date = &relative_day; // "on Tuesday adopted a motion on the camps of 1942-1944"
        }
        if (trigger && (negated(s, first, last) || non_act_first(s, first, last) || only_proposed(s, first, last))) {
            m_diagnostics.push_back({m_lines.line_of(s.tokens[first].begin), "not_an_act",
                                     "not adopted, only expected, or not an act: " +
                                         squeeze(m_text.substr(s.tokens[first].begin, std::min<std::size_t>(s.tokens[last - 1].end - s.tokens[first].begin, 80)))});
            continue;
        }
        if (!trigger) {
            // Goes on about the act before it ("Among them were Congressman ...").
            const bool own_date = !usable_dates(s, first, last).empty();
            if (have_previous && !own_date && (!actor || actor->body.jurisdiction_code == m_acts.back().body.jurisdiction_code)) {
                extend_last(s);
            }
            continue;
        }
        if (!actor && date) {
            actor = country_actor(s, first, last);
        }
        if (!actor) {
            if (have_previous && !date) {
                extend_last(s);
            } else if (date) {
                pending = *date;
                m_diagnostics.push_back({m_lines.line_of(span.begin), "no_body",
                                         "looks like an act but names no body: " +
                                             squeeze(m_text.substr(span.begin, std::min<std::size_t>(span.end - span.begin, 80)))});
            }
            continue;
        }
        if (actor->executive && (!m_options.include_executive || actor->body.jurisdiction_code.empty())) {
            m_diagnostics.push_back({m_lines.line_of(span.begin), "executive", "an executive act, left out: " + actor->body.name});
            continue;
        }
        if ((!date || (block_date && date == &block_date->value && have_previous)) && have_previous) {
            const auto& prev = m_acts.back().body.jurisdiction_code;
            const auto& code = actor->body.jurisdiction_code;
            if (prev == code || prev.substr(0, prev.find('-')) == code || block_date) {
                extend_last(s);
                continue;
            }
        }
        if (!date && !has_act_noun(s, first, last)) {
            // "the President of PACE said ...": an undated mention with no act named.
            m_diagnostics.push_back({m_lines.line_of(span.begin), "no_date", "undated, and names no act: " + actor->body.name});
            continue;
        }
        clause_actor = actor;
        const DateValue act_date = date ? *date : DateValue{};
        if (date == &pending) {
            pending = DateValue{};
        }
        std::size_t qb = clauses.size() > 1 ? s.tokens[first].begin : span.begin;
        std::size_t qe = clauses.size() > 1 ? s.tokens[last - 1].end : span.end;
        if (block_date && date_line && !have_previous) {
            qb = std::min(qb, date_line->begin);
            qe = std::max(paragraph.end, date_line->end);
        }
        add_act(s, first, last, *actor, act_date, block_date ? "block" : "prose", qb, qe);
        if (block_date && date_line && !have_previous) {
            m_acts.back().attestations.back().quote =
                squeeze(m_text.substr(span.begin, paragraph.end - span.begin)) + " [" +
                squeeze(m_text.substr(date_line->begin, date_line->end - date_line->begin)) + "]";
        }
        // "Sweden's Riksdag and Lithuania's Seimas have also passed resolutions": one act each.
        for (const auto& other : coordinated_actors(s, *actor, last)) {
            add_act(s, first, last, other, act_date, "prose", qb, qe);
            m_acts.back().attestations.back().rule = "prose/coordinated";
        }
        if (!date) {
            m_diagnostics.push_back({m_lines.line_of(span.begin), "no_date", "act kept undated: " + actor->body.name});
        }
    }
}

void Analyzer::table_row(const Span& row, const std::vector<TableCell>& cells)
{
    m_paragraph_first_act = static_cast<int>(m_acts.size());
    const Sentence s = make_sentence(row, 0);
    report_bad_dates(s);
    auto range = [&](TableColumn column) -> std::pair<std::size_t, std::size_t> {
        for (const auto& c : cells) {
            if (c.column != column) {
                continue;
            }
            std::size_t first = s.tokens.size();
            std::size_t last = 0;
            for (std::size_t t = 0; t < s.tokens.size(); ++t) {
                if (s.tokens[t].begin >= c.begin && s.tokens[t].end <= c.end) {
                    first = std::min(first, t);
                    last = t + 1;
                }
            }
            if (first < last) {
                return {first, last};
            }
        }
        return {0, 0};
    };
    const auto place = range(TableColumn::place);
    const auto body = range(TableColumn::body);
    const auto date = range(TableColumn::date);
    const auto act = range(TableColumn::act);
    const auto words = range(TableColumn::wording);
    const auto id = range(TableColumn::identifier);
    std::string code;
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        if (s.phrases[p].first >= place.first && s.phrases[p].first < place.second) {
            if (auto c = place_code(s, p)) {
                code = *c; // the last place of the cell: "Canada (Quebec)"
            }
        }
    }
    const std::string saved_lead = m_lead_place;
    m_lead_place = code;
    std::optional<Actor> actor = body.first < body.second ? find_actor(s, body.first, body.second) : std::nullopt;
    m_lead_place = saved_lead;
    if (!actor && !code.empty()) {
        actor = Actor{resolve_body(code, "whole", ""), place.first, "table-place", false};
    }
    if (!actor) {
        m_diagnostics.push_back({row.line, "no_body", "table row names no body: " + squeeze(m_text.substr(row.begin, std::min<std::size_t>(row.end - row.begin, 80)))});
        return;
    }
    if (actor->executive && !m_options.include_executive) {
        m_diagnostics.push_back({row.line, "executive", "an executive act, left out: " + actor->body.name});
        return;
    }
    ExtractedAct a;
    a.body = actor->body;
    if (date.first < date.second) {
        // The cell holds a date and nothing else: read it whole, so "2009" is a year.
        const std::size_t b = s.tokens[date.first].begin;
        const auto d = parse_date(m_text.substr(b, s.tokens[date.second - 1].end - b), {0, 0, m_order});
        if (d.error.empty()) {
            a.date = d.value;
        } else if (d.error != "no date found") {
            m_diagnostics.push_back({row.line, "bad_date", d.error});
        }
    }
    a.act_type = act.first < act.second ? act_type(s, act.first, act.second) : "act";
    a.identifier = identifier(s, act.first, act.second);
    if (a.identifier.empty() && id.first < id.second) {
        a.identifier = squeeze(m_text.substr(s.tokens[id.first].begin, s.tokens[id.second - 1].end - s.tokens[id.first].begin));
    }
    a.vote = vote(s, act.first, act.second);
    a.terms = terms(s, words.first, words.second);
    for (auto& t : terms(s, act.first, act.second)) {
        if (std::none_of(a.terms.begin(), a.terms.end(), [&](auto& x) { return x.term == t.term; })) {
            a.terms.push_back(t);
        }
    }
    if (words.first < words.second) {
        a.wording = squeeze(m_text.substr(s.tokens[words.first].begin, s.tokens[words.second - 1].end - s.tokens[words.first].begin));
    }
    Attestation at;
    at.span_start = row.begin;
    at.span_end = row.end;
    at.line = row.line;
    at.quote = squeeze(m_text.substr(row.begin, row.end - row.begin));
    at.rule = "table/" + actor->rule;
    at.date = a.date;
    at.act_type = a.act_type;
    for (const auto& t : a.terms) {
        at.terms.push_back(t.term);
    }
    a.attestations.push_back(std::move(at));
    m_acts.push_back(std::move(a));
}

void Analyzer::detect_subject(std::size_t from)
{
    std::map<std::string, int> counts;
    std::map<std::string, std::set<std::string>> aliases;
    std::string given = m_options.subject;
    const Span all{from, m_text.size(), 0};
    std::vector<Span> sentences;
    for (const auto& p : split_paragraphs(m_text.substr(0))) {
        if (p.span.begin < from) {
            continue;
        }
        for (const auto& s : split_sentences(m_text, p.span)) {
            sentences.push_back(s);
        }
    }
    (void)all;
    if (given.empty()) {
        for (const auto& span : sentences) {
            const auto tokens = tokenize(m_text.substr(span.begin, span.end - span.begin), span.begin);
            const auto phrases = m_g.match(m_text, tokens);
            std::vector<int> at(tokens.size(), -1);
            for (std::size_t p = 0; p < phrases.size(); ++p) {
                for (std::size_t t = phrases[p].first; t < phrases[p].last; ++t) {
                    at[t] = static_cast<int>(p);
                }
            }
            auto is_subject_noun = [&](std::size_t t) {
                if (t >= tokens.size() || at[t] < 0) {
                    return false;
                }
                for (const auto& m : phrases[static_cast<std::size_t>(at[t])].meanings) {
                    if (m.type == Meaning::Type::lex && (m_g.lexicon()[m.index].category == "subject_noun" ||
                                                         m_g.lexicon()[m.index].category == "term")) {
                        return true;
                    }
                }
                return false;
            };
            for (std::size_t t = 0; t < tokens.size(); ++t) {
                if (!is_name_word(tokens[t]) || at[t] >= 0) {
                    continue;
                }
                const bool before_noun = is_subject_noun(t + 1);
                const bool after_in = t >= 2 && tokens[t - 1].lower == "in" && is_subject_noun(t - 2);
                if (before_noun || after_in) {
                    const std::string name(m_text.substr(tokens[t].begin, tokens[t].end - tokens[t].begin));
                    ++counts[name];
                    if (before_noun) {
                        aliases[name].insert(name + " " + tokens[t + 1].lower);
                    }
                }
            }
        }
        int best = 1;
        for (const auto& [name, n] : counts) {
            if (n > best) {
                best = n;
                given = name;
            }
        }
    }
    if (given.empty()) {
        return;
    }
    SubjectInfo info;
    info.name = given;
    for (const auto& a : aliases[given]) {
        info.aliases.push_back(a);
    }
    // The event's date: the earliest date in a sentence that speaks of the event and reports no
    // act, if it comes before most dates of sentences that do report acts (a digest of one
    // month's sessions has no event date in it).
    DateValue earliest;
    std::vector<std::string> act_dates;
    for (const auto& span : sentences) {
        const Sentence s = make_sentence(span, 0);
        if (s.dates.empty()) {
            continue;
        }
        if (has_trigger(s, 0, s.tokens.size())) {
            for (const auto& d : s.dates) {
                if (d.error.empty() && !d.value.empty() && d.explicit_year) {
                    act_dates.push_back(d.value.start);
                }
            }
            continue;
        }
        bool about = false;
        for (std::size_t p = 0; p < s.phrases.size(); ++p) {
            about |= lex_in(s, p, "subject_noun");
        }
        if (!about) {
            continue;
        }
        for (const auto& d : s.dates) {
            if (d.error.empty() && !d.value.empty() && d.explicit_year && (earliest.empty() || d.value.start < earliest.start)) {
                earliest = d.value;
            }
        }
    }
    if (!earliest.empty() && !act_dates.empty()) {
        std::sort(act_dates.begin(), act_dates.end());
        if (earliest.end < act_dates[act_dates.size() / 2]) {
            m_subject_date = earliest;
            info.date_edtf = earliest.edtf;
        }
    }
    m_subject = info;
}

std::optional<SubjectInfo> Analyzer::subject() const { return m_subject; }

std::vector<ExtractedAct> Analyzer::finish()
{
    // Mentions of one act: the same jurisdiction, bodies that are the same or one inside the
    // other, and the same day (or both undated), or the same identifier.
    auto same_body = [](const BodyRef& a, const BodyRef& b) {
        return a.name == b.name || a.parent_name == b.name || b.parent_name == a.name ||
               (a.kind == "legislature" && b.kind == "chamber" && b.parent_name.empty()) ||
               (b.kind == "legislature" && a.kind == "chamber" && a.parent_name.empty());
    };
    std::vector<ExtractedAct> out;
    out.reserve(m_acts.size());
    std::map<std::string, std::vector<std::size_t>> by_jurisdiction; // candidates only, not every act
    for (auto& act : m_acts) {
        ExtractedAct* into = nullptr;
        auto& candidates = by_jurisdiction[act.body.jurisdiction_code];
        for (const std::size_t i : candidates) {
            auto& o = out[i];
            if (!same_body(o.body, act.body)) {
                continue;
            }
            const bool same_id = !o.identifier.empty() && o.identifier == act.identifier;
            bool same_date = !o.date.empty() && !act.date.empty() && o.date.start == act.date.start &&
                             o.date.end == act.date.end;
            // "the Senate's motion of June 2014" is the motion of 10 June 2014 mentioned again.
            const bool contains = !o.date.empty() && !act.date.empty() &&
                                  ((o.date.start <= act.date.start && act.date.end <= o.date.end) ||
                                   (act.date.start <= o.date.start && o.date.end <= act.date.end));
            if (contains && !same_date && (o.act_type == act.act_type || weak_type(o.act_type) || weak_type(act.act_type))) {
                same_date = true;
            }
            if (same_id || same_date) {
                into = &o;
                break;
            }
        }
        if (!into) {
            candidates.push_back(out.size());
            out.push_back(std::move(act));
            continue;
        }
        if (into->body.kind == "legislature" && act.body.kind == "chamber") {
            into->body = act.body;
        }
        if (weak_type(into->act_type) && !weak_type(act.act_type)) {
            into->act_type = act.act_type;
        }
        if (precision_rank(act.date.precision) > precision_rank(into->date.precision)) {
            into->date = act.date;
        }
        if (into->identifier.empty()) {
            into->identifier = act.identifier;
        }
        if (into->wording.empty()) {
            into->wording = act.wording;
        }
        if (into->vote.empty()) {
            into->vote = act.vote;
        }
        for (auto& t : act.terms) {
            if (std::none_of(into->terms.begin(), into->terms.end(), [&](auto& x) { return x.term == t.term; })) {
                into->terms.push_back(t);
            }
        }
        for (auto& p : act.persons) {
            if (std::none_of(into->persons.begin(), into->persons.end(), [&](auto& x) { return x.name == p.name; })) {
                into->persons.push_back(p);
            }
        }
        for (auto& a : act.attestations) {
            into->attestations.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace acta::import
