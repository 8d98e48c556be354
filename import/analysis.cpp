// The analyzer: sentences, paragraphs, blocks, tables, enumerations, the subject, merging.
#include "analysis.hpp"
#include "page_language.hpp"
#include "analysis_helpers.hpp"
#include "context.hpp"
#include "furniture.hpp"
#include "merge.hpp"
#include "subject.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace acta::import {

using namespace detail;

Analyzer::Analyzer(std::string_view text, const LineIndex& lines, const ImportOptions& options,
                   std::vector<Diagnostic>& diagnostics)
    : m_text(text), m_lines(lines), m_options(options), m_diagnostics(diagnostics), m_g(Gazetteer::instance())
{
    m_actor_context.language_place = page_language_place(text);
    // Room for as many mentions as a text this long can give (one per 128 bytes; the generated
    // corpora give one per 200), so that the vector never copies itself while the mentions grow:
    // the capacity left unused is address space, never touched, not memory.
    m_acts.reserve(std::min<std::size_t>(text.size() / 128, std::size_t{1} << 18));
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
    Sentence s = sentence_words(span);
    add_dates(s, anchor_year);
    return s;
}

Sentence Analyzer::sentence_words(const Span& span) const
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
    return s;
}

// The identifiers of `s` are read with its dates (they are masked there, and `passing_acts`
// reads them in sentences whose dates were read): the subject pass reads the dates of only some
// sentences.
void Analyzer::mark_identifiers(Sentence& s) const
{
    if (s.identifiers_read) {
        return;
    }
    s.identifiers_read = true;
    for (const auto& id : identifiers(s, 0, s.tokens.size())) {
        if (std::none_of(s.identifier_tokens.begin(), s.identifier_tokens.end(), [&](auto& r) { return r.first == id.first; })) {
            s.identifier_tokens.emplace_back(id.first, id.last);
        }
    }
}

// The date expressions of `s` (offsets in the whole text), or those kept for it (m_kept_dates).
std::vector<DateMatch> Analyzer::sentence_dates(const Sentence& s, int anchor_year) const
{
    const Span& span = s.span;
    if (anchor_year != 0) {
        // The reading has passed the sentences before this one (a look back re-reads them).
        m_kept_dates.erase(m_kept_dates.begin(), m_kept_dates.lower_bound(span.begin));
    }
    if (const auto kept = m_kept_dates.find(span.begin);
        kept != m_kept_dates.end() && kept->second.end == span.end && kept->second.identifiers == s.identifier_tokens) {
        return kept->second.dates;
    }
    // Identifiers are masked, so that "777-2012" is never read as a date.
    std::string masked(m_text.substr(span.begin, span.end - span.begin));
    for (const auto& [a, b] : s.identifier_tokens) {
        for (std::size_t t = a; t < b; ++t) {
            for (std::size_t k = s.tokens[t].begin; k < s.tokens[t].end; ++k) {
                masked[k - span.begin] = ' ';
            }
        }
    }
    bool year_read = false;
    auto dates = find_dates(masked, {anchor_year, 0, m_order}, year_read);
    for (auto& d : dates) {
        d.begin += span.begin;
        d.end += span.begin;
    }
    if (anchor_year == 0 && !year_read) {
        m_kept_dates[span.begin] = {span.end, s.identifier_tokens, dates};
    }
    return dates;
}

void Analyzer::add_dates(Sentence& s, int anchor_year) const
{
    mark_identifiers(s);
    for (auto& d : sentence_dates(s, anchor_year)) {
        s.dates.push_back(std::move(d));
    }
    // Bare years the date finder leaves alone because they are not dates in general, but are
    // here: a year naming an act ("its 2009 resolution"), cited with a body ("(PACE 1997)") or
    // right after the act's verb.
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
        // A year right after the act's verb, as languages that put the verb second write it:
        // "Das Parlament verabschiedete 1987 eine Resolution".
        const bool after_act_verb = t > 0 && s.phrase_at[t - 1] >= 0 && s.tokens[t - 1].word &&
                                    lex_in(s, static_cast<std::size_t>(s.phrase_at[t - 1]), "act_verb");
        if (names_act || cited_with_body || after_act_verb) {
            DateMatch d;
            d.begin = s.tokens[t].begin;
            d.end = s.tokens[t].end;
            d.value = DateValue{w, w + "-01-01", w + "-12-31", Precision::year};
            d.explicit_year = std::stoi(w);
            s.dates.push_back(std::move(d));
        }
    }
    std::sort(s.dates.begin(), s.dates.end(), [](const DateMatch& a, const DateMatch& b) { return a.begin < b.begin; });
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
    a.quote_from_span = true; // offsets, not a copy (quote_text())
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
        a.quote.clear();
        a.quote_from_span = true;
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
    // A dateline ("WASHINGTON, D.C., May 12, 2017 — ..."), as furniture.hpp's dateline_end decides.
    const std::size_t from = item_start < s.tokens.size() ? s.tokens[item_start].begin : s.span.end;
    if (const auto d = std::find_if(s.dates.begin(), s.dates.end(), [&](const DateMatch& x) { return x.begin >= from; });
        d != s.dates.end()) {
        DateMatch in_line = *d;
        in_line.begin -= from;
        in_line.end -= from;
        if (dateline_end(m_text.substr(from, std::min<std::size_t>(s.span.end - from, 200)), in_line)) {
            m_excluded_dates.insert(d->begin);
            if (m_published.empty() && d->value.precision == Precision::day) {
                m_published = d->value.edtf;
            }
        }
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

void Analyzer::set_section(const Span& heading)
{
    m_section_place.clear();
    const Sentence s = make_sentence(heading, 0);
    note_context(s, m_acts.size()); // rule `heading-context`: a heading's places are part of the discourse
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        for (const auto& m : s.phrases[p].meanings) {
            if (m.type == Meaning::Type::body) {
                m_section_place = m_g.bodies()[m.index].jurisdiction;
                return;
            }
        }
        if (auto code = place_code(s, p); code && !event_place(s, p) && !adjective_place(s, p)) {
            m_section_place = *code;
            return;
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
        // "Fast forward to 2010: ...": a year closing a few words before a colon.
        // Only the paragraph's first 41 bytes are searched: time stays linear in the text.
        const std::size_t colon =
            m_text.substr(0, std::min(paragraph.end, paragraph.begin + 41)).find(':', paragraph.begin);
        if (colon == std::string_view::npos || colon >= paragraph.end || colon - paragraph.begin > 40 || colon < 4) {
            return 0;
        }
        const auto year_text = m_text.substr(colon - 4, 4);
        if (!std::all_of(year_text.begin(), year_text.end(), ::isdigit) ||
            (colon > paragraph.begin + 4 && std::isalnum(static_cast<unsigned char>(m_text[colon - 5])))) {
            return 0;
        }
        const int year = std::stoi(std::string(year_text));
        return year >= 1000 && year <= 2999 ? year : 0;
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
        Sentence s = make_sentence(span, yearless_anchor(anchor_year));
        redate_yearless(s);
        const std::size_t acts_before = m_acts.size();
        if (!block_date) {
            report_bad_dates(s);
        }
        anchor_year = running_year(s.dates, anchor_year);
        if (first_sentence) {
            first_sentence = false;
            read_paragraph_start(s);
        }
        if (block_date) {
            prose_sentence(s, paragraph, block_date, date_line, pending);
        } else if (!read_lists(s)) {
            read_with_asides(s, paragraph, pending);
        }
        if (m_acts.size() > acts_before) {
            m_last_sentence_first_act = acts_before;
        }
        note_context(s, acts_before); // for generic bodies of later paragraphs ("The Senate passed ...")
        // The body this sentence names with its own place, for "the plenary" after it.
        if (auto actor = find_actor(s, 0, s.tokens.size());
            actor && !actor->executive && actor->rule.find('+') == std::string::npos) {
            m_recent_body = actor->body.jurisdiction_code;
        }
    }
}

// One sentence of running text (or of a block entry), cut into clauses, each of which may be an
// act, a continuation of the act before, or nothing.
// Clauses: a sentence with several dates may report several acts ("... a motion on 4 May
// 2001, and on 9 June 2001 the Senate passed ..."); it is cut before each further date.
std::vector<std::pair<std::size_t, std::size_t>> Analyzer::clauses_of(const Sentence& s, const DateMatch* block_date) const
{
    std::vector<std::pair<std::size_t, std::size_t>> clauses;
    const auto all = usable_dates(s, 0, s.tokens.size());
    std::size_t start = 0;
    bool seen_date = block_date != nullptr;
    int depth = 0;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        depth += s.tokens[t].lower == "(" ? 1 : s.tokens[t].lower == ")" && depth > 0 ? -1 : 0;
        const bool cut_word = depth == 0 && (s.tokens[t].lower == ";" ||
                              (s.tokens[t].lower == "," && t + 1 < s.tokens.size() &&
                               words().has(WordList::clause_cut_word, s.tokens[t + 1].lower)));
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
    return clauses;
}

// The clause's date (see the comments inside); `relative_day` holds a date relative to the act
// before when that is the one.
const DateValue* Analyzer::clause_date(const Sentence& s, std::size_t first, std::size_t last, const DateMatch* block_date,
                                       bool have_previous, DateValue& pending, bool actor_and_trigger,
                                       DateValue& relative_day) const
{
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
    if (!date && !pending.empty() && actor_and_trigger) {
        date = &pending;
    }
    // A relative date replaces only a missing date or one no finer than a year: read it only then.
    if (!date || precision_rank(date->precision) <= precision_rank(Precision::year)) {
        relative_day = relative_date(s, first, last);
    }
    if (!relative_day.empty() &&
        (!date || (relative_day.precision == Precision::day && precision_rank(date->precision) <= precision_rank(Precision::year)))) {
        date = &relative_day; // "on Tuesday adopted a motion on the camps of 1942-1944"
    }
    if (!date && actor_and_trigger) {
        explain_left_dates(s, first, last);
    }
    return date;
}

// Whether the clause gives no act of its own: not adopted or not an act, more about the act
// before it, no body (its date then waits for the next sentence), an executive act left out, or
// an undated mention naming no act. `actor` may become the country the clause names.
bool Analyzer::clause_without_act(const Sentence& s, std::size_t first, std::size_t last, std::optional<Actor>& actor,
                                  const DateValue* date, const DateMatch* block_date, bool have_previous, bool trigger,
                                  DateValue& pending)
{
    const Span& span = s.span;
    if (const std::string why = trigger ? non_act_reason(s, first, last) : std::string(); !why.empty()) {
        m_diagnostics.push_back({m_lines.line_of(s.tokens[first].begin), "not_an_act",
                                 why + ": " +
                                     squeeze(m_text.substr(s.tokens[first].begin, std::min<std::size_t>(s.tokens[last - 1].end - s.tokens[first].begin, 80)))});
        return true;
    }
    if (trigger && actor && !actor->executive && called_for(s, first, *actor)) {
        m_diagnostics.push_back({m_lines.line_of(s.tokens[first].begin), "not_an_act",
                                 "called for, not adopted: " + actor->body.name});
        return true;
    }
    if (!trigger) {
        // Goes on about the act before it ("Among them were Congressman ...").
        const bool own_date = !usable_dates(s, first, last).empty();
        if (have_previous && !own_date && (!actor || actor->body.jurisdiction_code == m_acts.back().body.jurisdiction_code)) {
            extend_last(s);
        }
        return true;
    }
    if (!actor && date) {
        actor = country_actor(s, first, last);
    }
    if (!actor) {
        if (have_previous && !date) {
            extend_last(s);
        } else if (date && dates_act_before(s, first, last, *date)) {
            return true;
        } else if (date) {
            pending = *date;
            m_diagnostics.push_back({m_lines.line_of(span.begin), "no_body",
                                     "looks like an act but names no body: " +
                                         squeeze(m_text.substr(span.begin, std::min<std::size_t>(span.end - span.begin, 80)))});
        }
        return true;
    }
    if (actor->executive && (!m_options.include_executive || actor->body.jurisdiction_code.empty())) {
        m_diagnostics.push_back({m_lines.line_of(span.begin), "executive", "an executive act, left out: " + actor->body.name});
        add_cited_acts(s, first, last); // "... a proclamation that refers to the resolution of the UN General Assembly"
        return true;
    }
    if ((!date || (block_date && date == &block_date->value && have_previous)) && have_previous) {
        const auto& prev = m_acts.back().body.jurisdiction_code;
        const auto& code = actor->body.jurisdiction_code;
        if (prev == code || prev.substr(0, prev.find('-')) == code || block_date) {
            extend_last(s);
            return true;
        }
    }
    if (!date && !has_act_noun(s, first, last) && !recognizes_term(s, first, last)) {
        // "the President of PACE said ...": an undated mention with no act named.
        m_diagnostics.push_back({m_lines.line_of(span.begin), "no_date", "undated, and names no act: " + actor->body.name});
        return true;
    }
    return false;
}

// The clause's act (and one for each body coordinated with its actor), quoted from the
// clause when the sentence has several, with the entry's date line in a chronology block.
void Analyzer::add_clause_acts(const Sentence& s, std::size_t first, std::size_t last, bool several, const Actor& actor,
                               const DateValue* date, const Span& paragraph, const DateMatch* block_date,
                               const Span* date_line, bool have_previous)
{
    const Span& span = s.span;
    const DateValue act_date = date ? *date : DateValue{};
    std::size_t qb = several ? s.tokens[first].begin : span.begin;
    std::size_t qe = several ? s.tokens[last - 1].end : span.end;
    if (block_date && date_line && !have_previous) {
        qb = std::min(qb, date_line->begin);
        qe = std::max(paragraph.end, date_line->end);
    }
    if (!block_date && second_mention(s, first, last, actor, have_previous)) {
        extend_last(s); // "Members of the Sejm who voted for that resolution ..."
        return;
    }
    if (!date && earlier_undated(s, actor)) {
        m_diagnostics.push_back({m_lines.line_of(span.begin), "not_an_act",
                                 "an earlier act named in passing, without a date: " + actor.body.name});
        return;
    }
    const auto listed = block_date ? std::vector<DateValue>{} : dated_list(s, first, last);
    for (const auto& d : listed) {
        add_act(s, first, last, actor, d, "prose", qb, qe);
        m_acts.back().attestations.back().rule = "prose/dated-list";
    }
    if (listed.empty()) {
        add_act(s, first, last, actor, act_date, block_date ? "block" : "prose", qb, qe);
    }
    if (block_date && date_line && !have_previous) {
        auto& a = m_acts.back().attestations.back();
        a.quote = squeeze(m_text.substr(span.begin, paragraph.end - span.begin)) + " [" +
                  squeeze(m_text.substr(date_line->begin, date_line->end - date_line->begin)) + "]";
        a.quote_from_span = false;
    }
    // "Sweden's Riksdag and Lithuania's Seimas have also passed resolutions": one act each.
    for (const auto& other : coordinated_actors(s, actor, last)) {
        add_act(s, first, last, other, act_date, "prose", qb, qe);
        m_acts.back().attestations.back().rule = other.rule == "as-did" ? "prose/as-did" : "prose/coordinated";
    }
    if (auto sibling = sibling_chamber(s, actor, last)) {
        add_act(s, first, last, *sibling, act_date, "prose", qb, qe);
    }
    if (!block_date) {
        passing_acts(s, first, last, actor, act_date);
    }
    if (!date) {
        m_diagnostics.push_back({m_lines.line_of(span.begin), "no_date", "act kept undated: " + actor.body.name});
    }
}

void Analyzer::prose_sentence(const Sentence& s, const Span& paragraph, const DateMatch* block_date,
                              const Span* date_line, DateValue& pending)
{
    const auto clauses = clauses_of(s, block_date);
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
        DateValue relative_day;
        // A clause with no act word gives no act (clause_without_act): its date is never asked for.
        const DateValue* date =
            trigger ? clause_date(s, first, last, block_date, have_previous, pending, actor && trigger, relative_day) : nullptr;
        const auto meeting = trigger && !actor && !date ? meeting_before(s) : std::nullopt;
        if (meeting) {
            actor = meeting->actor; // "X discussed it at its meeting on 6 October. The resolution was adopted ..."
            actor->rule += "+meeting-date";
            date = &meeting->date;
        }
        note_meeting(s, first, last, trigger ? std::nullopt : actor);
        if (clause_without_act(s, first, last, actor, date, block_date, have_previous, trigger, pending)) {
            continue;
        }
        clause_actor = actor;
        if (date == &pending) {
            const DateValue kept = pending;
            pending = DateValue{};
            add_clause_acts(s, first, last, clauses.size() > 1, *actor, &kept, paragraph, block_date, date_line,
                            have_previous);
            continue;
        }
        add_clause_acts(s, first, last, clauses.size() > 1, *actor, date, paragraph, block_date, date_line, have_previous);
    }
}

namespace {

// The tokens of a row's first cell of `column`, [first, last); {0, 0} when none.
std::pair<std::size_t, std::size_t> cell_tokens(const Sentence& s, const std::vector<TableCell>& cells, TableColumn column)
{
    for (const auto& c : cells) {
        if (c.column != column) {
            continue;
        }
        const auto [first, last] = tokens_within(s.tokens, c.begin, c.end);
        if (first < last) {
            return {first, last};
        }
    }
    return {0, 0};
}

} // namespace

// A row's actor: its body cell read with the place cell's place, else the place's legislature.
std::optional<Actor> Analyzer::table_actor(const Sentence& s, const std::vector<TableCell>& cells)
{
    const auto place = cell_tokens(s, cells, TableColumn::place);
    const auto body = cell_tokens(s, cells, TableColumn::body);
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
    return actor;
}

// A row's date, type, identifier, vote, terms and wording, from their cells.
void Analyzer::table_fields(ExtractedAct& a, const Sentence& s, const Span& row, const std::vector<TableCell>& cells)
{
    const auto date = cell_tokens(s, cells, TableColumn::date);
    const auto act = cell_tokens(s, cells, TableColumn::act);
    const auto words = cell_tokens(s, cells, TableColumn::wording);
    const auto id = cell_tokens(s, cells, TableColumn::identifier);
    auto text_of = [&](std::pair<std::size_t, std::size_t> r) {
        return squeeze(m_text.substr(s.tokens[r.first].begin, s.tokens[r.second - 1].end - s.tokens[r.first].begin));
    };
    if (date.first < date.second) {
        // The cell holds a date and nothing else: read it whole, so "2009" is a year.
        const auto d = parse_date(text_of(date), {0, 0, m_order});
        if (d.error.empty()) {
            a.date = d.value;
        } else if (d.error != "no date found") {
            m_diagnostics.push_back({row.line, "bad_date", d.error});
        }
    }
    a.act_type = act.first < act.second ? act_type(s, act.first, act.second) : "act";
    a.identifier = identifier(s, act.first, act.second);
    if (a.identifier.empty() && id.first < id.second) {
        a.identifier = text_of(id);
    }
    a.vote = vote(s, act.first, act.second);
    a.terms = terms(s, words.first, words.second);
    for (auto& t : terms(s, act.first, act.second)) {
        if (std::none_of(a.terms.begin(), a.terms.end(), [&](auto& x) { return x.term == t.term; })) {
            a.terms.push_back(t);
        }
    }
    if (words.first < words.second) {
        a.wording = text_of(words);
    }
}

void Analyzer::table_row(const Span& row, const std::vector<TableCell>& cells)
{
    m_paragraph_first_act = static_cast<int>(m_acts.size());
    const Sentence s = make_sentence(row, 0);
    report_bad_dates(s);
    const auto actor = table_actor(s, cells);
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
    table_fields(a, s, row, cells);
    Attestation at;
    at.span_start = row.begin;
    at.span_end = row.end;
    at.line = row.line;
    at.quote_from_span = true; // offsets, not a copy (quote_text())
    at.rule = "table/" + actor->rule;
    at.date = a.date;
    at.act_type = a.act_type;
    for (const auto& t : a.terms) {
        at.terms.push_back(t.term);
    }
    a.attestations.push_back(std::move(at));
    m_acts.push_back(std::move(a));
}

namespace {

// Candidate names of the event a text is about: a name word before a subject noun or term
// ("Doran massacre") or after one and "in" ("the massacre in Doran").
struct SubjectNames {
    std::map<std::string, int> counts;
    std::map<std::string, std::set<std::string>> aliases;

    void count(std::string_view text, const Sentence& s, const Gazetteer& g)
    {
        auto is_subject_noun = [&](std::size_t t) {
            if (t >= s.tokens.size() || s.phrase_at[t] < 0) {
                return false;
            }
            for (const auto& m : s.phrases[static_cast<std::size_t>(s.phrase_at[t])].meanings) {
                if (m.type == Meaning::Type::lex &&
                    (g.lexicon()[m.index].category == "subject_noun" || g.lexicon()[m.index].category == "term")) {
                    return true;
                }
            }
            return false;
        };
        for (std::size_t t = 0; t < s.tokens.size(); ++t) {
            if (!is_name_word(s.tokens[t]) || s.phrase_at[t] >= 0) {
                continue;
            }
            const bool before_noun = is_subject_noun(t + 1);
            const bool after_in = t >= 2 && s.tokens[t - 1].lower == "in" && is_subject_noun(t - 2);
            const std::string name = before_noun || after_in
                                         ? std::string(text.substr(s.tokens[t].begin, s.tokens[t].end - s.tokens[t].begin))
                                         : std::string();
            if (!name.empty() && !not_a_subject(name)) {
                ++counts[name];
                if (before_noun) {
                    aliases[name].insert(name + " " + s.tokens[t + 1].lower);
                }
            }
        }
    }

    // The name counted most often (more than once), or "".
    std::string best() const
    {
        std::string given;
        int most = 1;
        for (const auto& [name, n] : counts) {
            if (n > most) {
                most = n;
                given = name;
            }
        }
        return given;
    }
};

} // namespace

// The event's date: the earliest date in a sentence that speaks of the event and reports no
// act, if it comes before most dates of sentences that do report acts (a digest of one
// month's sessions has no event date in it).
void Analyzer::SubjectDates::add(const Analyzer& a, Sentence& s)
{
    // The dates (the slow part of a sentence) are read only where they can count.
    const bool trigger = a.has_trigger(s, 0, s.tokens.size());
    bool about = false;
    for (std::size_t p = 0; p < s.phrases.size() && !trigger; ++p) {
        about |= a.lex_in(s, p, "subject_noun");
    }
    if (!trigger && !about) {
        return;
    }
    a.add_dates(s, 0);
    for (const auto& d : s.dates) {
        if (d.error.empty() && !d.value.empty() && d.explicit_year && a.event_date(s, d)) {
            const int from = std::stoi(d.value.start.substr(0, 4));
            for (int y = from; y <= std::stoi(d.value.end.substr(0, 4)) && y < from + 10; ++y) {
                years.insert(y); // "the massacre of 1932-1933"
            }
        }
    }
    if (trigger) {
        for (const auto& d : s.dates) {
            if (d.error.empty() && !d.value.empty() && d.explicit_year) {
                act_dates.push_back(d.value.start);
            }
        }
        return;
    }
    for (const auto& d : s.dates) {
        if (d.error.empty() && !d.value.empty() && d.explicit_year && (earliest.empty() || d.value.start < earliest.start)) {
            earliest = d.value;
        }
    }
}

DateValue Analyzer::SubjectDates::event_date()
{
    if (earliest.empty() || act_dates.empty()) {
        return {};
    }
    std::sort(act_dates.begin(), act_dates.end());
    return earliest.end < act_dates[act_dates.size() / 2] ? earliest : DateValue{};
}

void Analyzer::detect_subject(std::size_t from)
{
    // A listed event (subject.hpp) named twice, or once in a heading, is the subject; a subject
    // given by the user that names a listed event takes the event's aliases and dates.
    const std::string& user = m_options.subject;
    const KnownSubject known = find_known_subject(user.empty() ? std::string_view(m_text) : std::string_view(user));
    const bool count_names = user.empty() && known.score < 2;
    SubjectNames names;
    SubjectDates dates;
    for (const auto& p : split_paragraphs(m_text)) {
        if (p.span.begin < from) {
            continue;
        }
        Sentence before; // the paragraph's sentence before, for "the Nth anniversary" of its date
        for (const auto& span : split_sentences(m_text, p.span)) {
            Sentence s = sentence_words(span);
            if (count_names) {
                names.count(m_text, s, m_g);
            }
            dates.add(*this, s);
            if (m_computed_year == 0) {
                m_computed_year = anniversary_year(s, before, known.event ? known.event->dates : DateValue{});
                m_computed_until = m_computed_year > 0 ? anniversary_bound(s, before) : 0;
            }
            before = std::move(s);
        }
    }
    m_event_years = dates.years;
    std::string given = !user.empty() ? user : known.score >= 2 ? known.event->name : names.best();
    if (given.empty() && known.event) {
        given = known.event->name; // a listed event named once
    }
    if (given.empty()) {
        return;
    }
    const bool listed = known.event && (given == known.event->name || !user.empty());
    SubjectInfo info = listed ? subject_info(*known.event) : SubjectInfo{};
    info.name = given;
    for (const auto& a : names.aliases[given]) {
        info.aliases.push_back(a);
    }
    if (listed && !known.event->dates.end.empty()) {
        dates.earliest = known.event->dates; // a listed event's own dates never date an act
    }
    if (listed && !known.event->dates.end.empty()) {
        const int first = std::stoi(known.event->dates.start.substr(0, 4));
        for (int y = first; y <= std::stoi(known.event->dates.end.substr(0, 4)) && y < first + 10; ++y) {
            m_event_years.insert(y); // a listed event's own years
        }
    }
    m_subject_date = dates.event_date();
    if (!m_subject_date.empty()) {
        info.date_edtf = m_subject_date.edtf;
    } else if (listed && !known.event->dates.end.empty()) {
        // Rule `event-date`: acts reported as the listed event went on may fall inside it ("in
        // June 1971"), never on or before the day it began ("the night of 25 March 1971").
        const std::string& edtf = known.event->dates.edtf;
        m_subject_date = parse_date(edtf.substr(0, edtf.find('/'))).value;
    }
    m_subject = info;
}

std::optional<SubjectInfo> Analyzer::subject() const { return m_subject; }

std::vector<ExtractedAct> Analyzer::finish()
{
    m_kept_dates.clear(); // those no sentence took
    drop_repeated_mentions();
    date_lead_act();
    return merge_mentions(std::move(m_acts));
}

} // namespace acta::import
