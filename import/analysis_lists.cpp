// Lists without verbs and official-record headers (issue 10): a list item that is only a body
// or place and its years ("1995 Chamber of Deputies (Italy)", "Sejm - 2005 | 2013",
// "Argentina - 1993", "- Maine: resolution, 14 March 2012") is an act when the item names an act
// or when the heading, title or introducing sentence above it does ("Recognitions", "...have
// passed resolutions recognizing:"); context flows down from them to the items.
#include "analysis.hpp"
#include "analysis_helpers.hpp"
#include "words.hpp"

#include <algorithm>

namespace acta::import {

using namespace detail;

namespace {

bool year_token(const Token& t)
{
    return t.digits && t.lower.size() == 4 && (t.lower[0] == '1' || t.lower[0] == '2');
}

DateValue year_value(const std::string& y) { return DateValue{y, y + "-01-01", y + "-12-31", Precision::year}; }

bool separator(const Token& t)
{
    return !t.word && t.lower != "(" && t.lower != ")";
}

} // namespace

// The act type a heading or an introducing sentence names ("Recognitions", "have passed
// resolutions recognizing"): its first act noun (plural or not), else its first act verb's type.
std::string Analyzer::scope_act_type(const Sentence& s) const
{
    std::string verb_type;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        if (s.phrase_at[t] >= 0) {
            const auto p = static_cast<std::size_t>(s.phrase_at[t]);
            if (s.phrases[p].first != t) {
                continue;
            }
            if (const auto noun = lex_value(s, p, "act_noun"); !noun.empty()) {
                return noun;
            }
            if (const auto verb = lex_value(s, p, "act_verb"); !verb.empty() && verb != "-" && verb_type.empty()) {
                verb_type = verb;
            }
        } else if (s.tokens[t].word && s.tokens[t].lower.size() > 3 && s.tokens[t].lower.back() == 's') {
            if (const auto* e = m_g.lex("act_noun", s.tokens[t].lower.substr(0, s.tokens[t].lower.size() - 1))) {
                return e->value; // "Recognitions", "resolutions"
            }
        }
    }
    return verb_type;
}

Analyzer::ListScope Analyzer::list_scope(const Span& span) const
{
    const Sentence s = make_sentence(span, 0);
    ListScope scope;
    scope.text = squeeze(m_text.substr(span.begin, std::min<std::size_t>(span.end - span.begin, 80)));
    scope.type = scope_act_type(s);
    scope.acts = !scope.type.empty();
    scope.terms = terms(s, 0, s.tokens.size());
    for (std::size_t p = 0; p < s.phrases.size() && scope.place.empty(); ++p) {
        for (const auto& m : s.phrases[p].meanings) {
            if (m.type == Meaning::Type::body && scope.place.empty()) {
                scope.place = m_g.bodies()[m.index].jurisdiction;
            }
        }
        if (const auto code = place_code(s, p); code && scope.place.empty()) {
            scope.place = *code;
        }
    }
    return scope;
}

void Analyzer::set_list_root(const Span& title)
{
    if (title.end > title.begin) {
        m_list_root = list_scope(title);
    }
}

// A heading naming an act sets the scope of the items under it; one naming only a place or a
// body keeps it ("Poland" under "Recognitions"); one naming neither ends it ("Commemorations").
void Analyzer::list_heading(const Span& heading)
{
    const auto text = m_text.substr(heading.begin, heading.end - heading.begin);
    if (std::count(text.begin(), text.end(), '(') > std::count(text.begin(), text.end(), ')')) {
        return; // "Ruritania (Federal": an item wrapped before its bracket closes, no heading
    }
    const ListScope above = current_list_scope(); // an introducing sentence's scope too
    m_list_intro.reset();
    ListScope scope = list_scope(heading);
    if (!scope.acts && !scope.place.empty()) {
        scope.acts = above.acts;
        scope.type = above.type;
        scope.text = above.text;
        scope.terms = above.terms;
    }
    m_list_heading = scope;
    m_last_item_place.clear();
}

// A sentence ending with ":" that names an act introduces the items after it.
// Any other sentence ends the list; a block that ends with no sentence mark (an item the list
// reader could not read, "Ruritania (Federal Government" / "in 2005)") leaves it open.
void Analyzer::list_intro(const Span& paragraph)
{
    std::size_t e = paragraph.end;
    while (e > paragraph.begin && (m_text[e - 1] == ' ' || m_text[e - 1] == '\r' || m_text[e - 1] == '\n')) {
        --e;
    }
    const char last = e == paragraph.begin ? '.' : m_text[e - 1];
    if (last != ':' && std::string_view(".!?\"'").find(last) == std::string_view::npos) {
        return;
    }
    m_list_intro.reset();
    m_last_item_place.clear();
    if (last != ':') {
        return;
    }
    if (ListScope scope = list_scope(paragraph); scope.acts) {
        m_list_intro = scope;
    }
}

const Analyzer::ListScope& Analyzer::current_list_scope() const
{
    return m_list_intro ? *m_list_intro : m_list_heading ? *m_list_heading : m_list_root;
}

// A list-only name variant at token t ("State of Men: ..."): its code and the token after it.
std::optional<std::pair<std::string, std::size_t>> Analyzer::list_variant_at(const Sentence& s, std::size_t t) const
{
    std::size_t e = t;
    while (e < s.tokens.size() && s.tokens[e].word && (s.tokens[e].capitalized || s.tokens[e].lower == "of")) {
        ++e;
    }
    if (e == t) {
        return std::nullopt;
    }
    const std::string code = m_g.list_variant(m_text.substr(s.tokens[t].begin, s.tokens[e - 1].end - s.tokens[t].begin));
    if (code.empty()) {
        return std::nullopt;
    }
    // Only in a list of places of the same country: the list's heading, title or introduction
    // names it, or the item before this one was a place of it.
    const auto country = [](const std::string& c) { return c.substr(0, c.find('-')); };
    const std::string& scope = current_list_scope().place;
    if (country(code) != country(scope) && country(code) != country(m_last_item_place)) {
        return std::nullopt;
    }
    return std::pair{code, e};
}

// The item's actor: consecutive phrases naming places and bodies, or a list-only variant.
bool Analyzer::item_actor(const Sentence& s, std::size_t& t, ListItem& item) const
{
    const std::size_t a = t;
    while (t < s.tokens.size() && s.phrase_at[t] >= 0) {
        const auto p = static_cast<std::size_t>(s.phrase_at[t]);
        const bool names = place_code(s, p) || lex_in(s, p, "body_noun") || lex_in(s, p, "body_adj") ||
                           std::any_of(s.phrases[p].meanings.begin(), s.phrases[p].meanings.end(),
                                       [](const Meaning& m) { return m.type == Meaning::Type::body; });
        if (!names || lex_in(s, p, "act_noun")) {
            break;
        }
        t = s.phrases[p].last;
    }
    if (t == a) {
        if (const auto v = list_variant_at(s, t)) {
            item.variant = v->first;
            t = v->second;
        }
    }
    item.first = a;
    item.last = t;
    return t > a;
}

// Reads a date or a bare year at token t into the item.
bool Analyzer::item_date(const Sentence& s, std::size_t& t, ListItem& item) const
{
    for (const auto& d : s.dates) {
        if (d.begin == s.tokens[t].begin && d.error.empty() && !d.value.empty()) {
            item.dates.push_back(d.value);
            while (t < s.tokens.size() && s.tokens[t].end <= d.end) {
                ++t;
            }
            return true;
        }
    }
    if (year_token(s.tokens[t])) {
        item.dates.push_back(year_value(s.tokens[t].lower));
        ++t;
        return true;
    }
    return false;
}

// The rest of an item after its actor: separators, dates and years, act nouns, a place in
// brackets, a body after a place ("Polen: Sejm, ..."), filler words; anything else (a verb,
// a sentence) means the line is no verbless item.
bool Analyzer::item_rest(const Sentence& s, std::size_t t, ListItem& item) const
{
    while (t < s.tokens.size()) {
        const auto& tok = s.tokens[t];
        if (tok.lower == "(" && t + 2 < s.tokens.size() && s.phrase_at[t + 1] >= 0 &&
            s.phrases[static_cast<std::size_t>(s.phrase_at[t + 1])].last < s.tokens.size() &&
            s.tokens[s.phrases[static_cast<std::size_t>(s.phrase_at[t + 1])].last].lower == ")") {
            const auto p = static_cast<std::size_t>(s.phrase_at[t + 1]);
            if (const auto code = place_code(s, p)) {
                item.place = *code; // "(Italy)"
                t = s.phrases[p].last + 1;
                continue;
            }
            return false;
        }
        if (tok.lower == "(" || tok.lower == ")") {
            ++t; // "(in 2005)", "(2005)": a bracket around the item's dates
            continue;
        }
        if (separator(tok) || item_date(s, t, item)) {
            t += separator(tok) ? 1 : 0;
            continue;
        }
        if (s.phrase_at[t] >= 0) {
            const auto p = static_cast<std::size_t>(s.phrase_at[t]);
            const bool body = std::any_of(s.phrases[p].meanings.begin(), s.phrases[p].meanings.end(),
                                          [](const Meaning& m) { return m.type == Meaning::Type::body; }) ||
                              lex_in(s, p, "body_noun");
            if (lex_in(s, p, "act_noun")) {
                item.act_noun = true;
            } else if (body && item.dates.empty() && item.place.empty()) {
                // "Polen: Sejm": the place before is the body's place.
                for (std::size_t q = 0; q < p; ++q) {
                    if (const auto code = place_code(s, q)) {
                        item.place = *code;
                    }
                }
                item.first = s.phrases[p].first;
                item.last = s.phrases[p].last;
            } else if (!words().has(WordList::list_item_filler, tok.lower)) {
                return false;
            }
            t = s.phrases[p].last;
            continue;
        }
        if (!words().has(WordList::list_item_filler, tok.lower)) {
            return false;
        }
        ++t;
    }
    return !item.dates.empty();
}

// A verbless list item: [bullet] [YEAR] actor [(place)] [- : ,] [act noun] dates/years.
std::optional<Analyzer::ListItem> Analyzer::verbless_item(const Sentence& s) const
{
    std::size_t t = 0;
    while (t < s.tokens.size() && !s.tokens[t].word && s.tokens[t].lower != "(") {
        ++t; // bullets
    }
    if (t + 1 < s.tokens.size() && s.tokens[t].digits && s.tokens[t].lower.size() <= 2 &&
        (s.tokens[t + 1].lower == "." || s.tokens[t + 1].lower == ")")) {
        t += 2; // "1." "2)"
    }
    ListItem item;
    if (t < s.tokens.size() && item_date(s, t, item)) {
        item.year_first = true;
        while (t < s.tokens.size() && separator(s.tokens[t])) {
            ++t;
        }
    }
    if (t >= s.tokens.size() || !item_actor(s, t, item) || !item_rest(s, t, item)) {
        return std::nullopt;
    }
    return item;
}

// The body of an item: a body named or a body noun with the item's, the heading's or the
// list's place; a place alone stands for its legislature.
std::optional<Actor> Analyzer::item_body(const Sentence& s, const ListItem& item)
{
    std::optional<Actor> actor;
    if (item.variant.empty()) {
        const std::string saved = m_lead_place;
        m_lead_place = item.place;
        actor = find_actor(s, item.first, item.last);
        m_lead_place = saved;
    }
    if (actor) {
        return actor;
    }
    std::string code = item.variant;
    for (std::size_t p = 0; p < s.phrases.size() && code.empty(); ++p) {
        if (s.phrases[p].first >= item.first && s.phrases[p].first < item.last) {
            code = place_code(s, p).value_or("");
        }
    }
    if (code.empty()) {
        return std::nullopt;
    }
    return Actor{resolve_body(code, "whole", ""), item.first, item.variant.empty() ? "list-place" : "list-variant", false};
}

bool Analyzer::list_item(const Span& block)
{
    const auto line = m_text.substr(block.begin, block.end - block.begin);
    if (line.size() > 160 || std::none_of(line.begin(), line.end(), ::isdigit)) {
        return false;
    }
    const Sentence s = make_sentence(block, 0);
    const auto item = verbless_item(s);
    if (!item) {
        return false;
    }
    const ListScope& scope = current_list_scope();
    const std::string quote = squeeze(line);
    if (!item->act_noun && !scope.acts) {
        // Left to the other readers (a heading, say); --explain says why it is no act.
        m_diagnostics.push_back({m_lines.line_of(block.begin), "not_an_act",
                                 "a list item with no act word, under " +
                                     (scope.text.empty() ? std::string("no heading or introduction naming acts")
                                                         : "'" + scope.text + "', which names no act") + ": " + quote});
        return false;
    }
    m_paragraph_first_act = static_cast<int>(m_acts.size());
    const auto actor = item_body(s, *item);
    if (!actor || actor->executive) {
        m_diagnostics.push_back({m_lines.line_of(block.begin), actor ? "executive" : "no_body",
                                 (actor ? "an executive act, left out: " : "list item names no body: ") + quote});
        return true;
    }
    m_last_item_place = actor->body.jurisdiction_code;
    const std::string rule = item->year_first ? "list/year-first" : "list/item";
    for (const auto& date : item->dates) {
        add_act(s, 0, s.tokens.size(), *actor, date, rule, block.begin, block.end);
        auto& act = m_acts.back();
        if (!item->act_noun && !scope.type.empty()) {
            act.act_type = act.attestations.back().act_type = scope.type;
        }
        if (!item->act_noun) {
            act.attestations.back().quote = quote + " [under: " + scope.text + "]";
            act.attestations.back().quote_from_span = false;
        }
        for (const auto& t : act.terms.empty() ? scope.terms : std::vector<TermMention>{}) {
            act.terms.push_back(t); // "Norway (in 1995)" under "... recognize it as genocide:"
            act.attestations.back().terms.push_back(t.term);
        }
    }
    return true;
}

// An official record's header block ("Public Law 116-212 / 116th Congress / Joint Resolution /
// Dec. 4, 2020 / [H.J. Res. 77] / Recognizing ..."): read as one paragraph, its body nouns
// taking the place the record marker gives ("Congress" of a US public law).
void Analyzer::record_header(const Span& block, int anchor_year)
{
    const Sentence s = make_sentence(block, anchor_year);
    std::string code;
    for (std::size_t p = 0; p < s.phrases.size() && code.empty(); ++p) {
        code = lex_value(s, p, "record_header");
    }
    const std::string saved = m_section_place;
    if (m_section_place.empty()) {
        m_section_place = code;
    }
    const std::size_t from = m_acts.size();
    prose_paragraph(block, anchor_year);
    m_section_place = saved;
    tag_rules(from, "record-header");
}

void Analyzer::tag_rules(std::size_t from, const std::string& tag)
{
    for (std::size_t i = from; i < m_acts.size(); ++i) {
        for (auto& a : m_acts[i].attestations) {
            if (a.rule.find(tag) == std::string::npos) {
                a.rule += ";" + tag;
            }
        }
    }
}

} // namespace acta::import
