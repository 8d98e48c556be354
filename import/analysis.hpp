#pragma once
// Reading acts out of sentences: who (body and jurisdiction), what (type, identifier, vote),
// with what words (terms), by whom (persons), when (dates), and merging the mentions of one act.
// The Analyzer's methods live in four files: analysis.cpp (paragraphs, blocks, tables,
// enumerations, subject, merging), analysis_actors.cpp (bodies and places), analysis_dates.cpp
// (which date is the act's) and analysis_fields.cpp (type, terms, persons, identifiers, votes).
#include "dates.hpp"
#include "gazetteer.hpp"
#include "importer.hpp"
#include "layout.hpp"
#include "text.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace acta::import {

// One sentence, tokenized and matched against the reference data.
struct Sentence {
    Span span;
    std::vector<Token> tokens;
    std::vector<PhraseMatch> phrases;
    std::vector<int> phrase_at;   // per token: index into phrases, or -1
    std::vector<bool> quoted;     // per token: inside quotation marks
    std::vector<DateMatch> dates; // offsets into the whole text
    std::vector<std::pair<std::size_t, std::size_t>> identifier_tokens; // token ranges of identifiers
};

// An act's identifier as written in a sentence ("H.Res. 106", "No. 18.596").
struct IdentifierMention {
    std::string text;
    std::size_t first = 0; // its tokens, [first, last)
    std::size_t last = 0;
    std::string type;      // the act type its form implies ("resolution" for H.Res.), or ""
};

// Who acted, as read from a sentence.
struct Actor {
    BodyRef body;
    std::size_t token = 0; // where it was named
    std::string rule;      // named-body, body-noun, parliamentary-adjective, title, context, ...
    bool executive = false;
};

class Analyzer {
public:
    Analyzer(std::string_view text, const LineIndex& lines, const ImportOptions& options,
             std::vector<Diagnostic>& diagnostics);

    // Finds the event the text is about (unless --subject gave it) and its date, in text[from, end).
    void detect_subject(std::size_t from);
    std::optional<SubjectInfo> subject() const;

    // Whether the paragraph's first sentence names a body and an act (block pairing evidence).
    bool looks_like_act(const Span& paragraph) const;

    // An entry of a chronology block: the event paragraph and its date line.
    void block_entry(const Span& event, const DateMatch& date, const Span& date_line);

    // A paragraph of running text; `anchor_year` gives yearless dates their year.
    // In a chronology block, `block_date` and `date_line` give the entry's date line.
    void prose_paragraph(const Span& paragraph, int anchor_year, const DateMatch* block_date = nullptr,
                         const Span* date_line = nullptr);

    // One row of a table, its cells tagged by the header's column names.
    void table_row(const Span& row, const std::vector<TableCell>& cells);

    // A heading: the place or body it names applies to the paragraphs under it.
    void set_section(const Span& heading);

    // A dateline found inside the text ("WASHINGTON, D.C., May 12, 2017 — ..."), EDTF or "".
    const std::string& published() const { return m_published; }
    // The text's own date (its dateline), for "yesterday" and "today".
    void set_published(const std::string& edtf) { m_published = edtf; }
    // The order the text says its numeric dates use ("day/month/year").
    void set_numeric_order(DateAnchor::NumericOrder order) { m_order = order; }

    // The acts found, mentions of the same act merged, in the order of the text.
    std::vector<ExtractedAct> finish();

private:
    // The dates of a text's sentences that tell the date of the event it is about.
    struct SubjectDates {
        DateValue earliest;                // of sentences about the event that report no act
        std::vector<std::string> act_dates; // of sentences that report an act
        void add(const Analyzer& a, const Sentence& s);
        DateValue event_date();
    };

    Sentence make_sentence(const Span& span, int anchor_year) const;
    std::optional<Actor> find_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    std::size_t first_act_word(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> executive_actor(const Sentence& s, std::size_t p, bool from_context) const;
    std::optional<Actor> body_noun_actor(const Sentence& s, std::size_t p, std::size_t first, const std::string& noun) const;
    std::optional<Actor> adjective_actor(const Sentence& s, std::size_t p, std::size_t first, std::size_t last) const;
    std::optional<Actor> title_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> context_actor(const Sentence& s, std::size_t fallback, std::size_t first, std::size_t last) const;
    std::optional<std::string> place_code(const Sentence& s, std::size_t phrase) const;
    std::optional<std::string> attached_place(const Sentence& s, std::size_t phrase) const;
    std::optional<std::string> chain_place(const Sentence& s, std::size_t token, std::size_t limit) const;
    BodyRef body_from_entry(const BodyEntry& b) const;
    bool names_body(const std::string& code, const std::string& noun) const;
    std::optional<std::string> sentence_place(const Sentence& s) const;
    bool event_date(const Sentence& s, const DateMatch& d) const;
    bool citation_date(const Sentence& s, const DateMatch& d) const;
    bool commemoration_day(const Sentence& s, const DateMatch& d) const;
    void read_paragraph_start(const Sentence& s);
    int entry_year(const Span& paragraph) const;
    void prose_sentence(const Sentence& s, const Span& paragraph, const DateMatch* block_date, const Span* date_line,
                        DateValue& pending);
    std::vector<std::pair<std::size_t, std::size_t>> clauses_of(const Sentence& s, const DateMatch* block_date) const;
    const DateValue* clause_date(const Sentence& s, std::size_t first, std::size_t last, const DateMatch* block_date,
                                 bool have_previous, DateValue& pending, bool actor_and_trigger,
                                 DateValue& relative_day) const;
    bool clause_without_act(const Sentence& s, std::size_t first, std::size_t last, std::optional<Actor>& actor,
                            const DateValue* date, const DateMatch* block_date, bool have_previous, bool trigger,
                            DateValue& pending);
    void add_clause_acts(const Sentence& s, std::size_t first, std::size_t last, bool several, const Actor& actor,
                         const DateValue* date, const Span& paragraph, const DateMatch* block_date,
                         const Span* date_line, bool have_previous);
    bool negated(const Sentence& s, std::size_t first, std::size_t last) const;
    bool only_proposed(const Sentence& s, std::size_t first, std::size_t last) const;
    bool non_act_first(const Sentence& s, std::size_t first, std::size_t last) const;
    BodyRef resolve_body(const std::string& code, const std::string& role, const std::string& noun) const;
    bool given_name(const Sentence& s, std::size_t phrase) const;
    bool has_trigger(const Sentence& s, std::size_t first, std::size_t last) const;
    const DateValue* noun_date(const Sentence& s, std::size_t first, std::size_t last) const;
    void extend_last(const Sentence& s);
    DateValue relative_date(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<Actor> coordinated_actors(const Sentence& s, const Actor& actor, std::size_t last) const;
    bool us_federal_code(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> country_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    bool has_act_noun(const Sentence& s, std::size_t first, std::size_t last) const;
    std::string act_type(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<TermMention> terms(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<PersonRole> persons(const Sentence& s, std::size_t first, std::size_t last,
                                    const std::string& default_role) const;
    // Every identifier of tokens [first, last), left to right.
    std::vector<IdentifierMention> identifiers(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<IdentifierMention> numbered(const Sentence& s, std::size_t t, std::size_t last) const;
    // The act's identifier nearest to token `near`; `implied_type` gets the type its form implies.
    std::string identifier(const Sentence& s, std::size_t first, std::size_t last, std::size_t near = std::size_t(-1),
                           std::string* implied_type = nullptr) const;
    std::string vote(const Sentence& s, std::size_t first, std::size_t last) const;
    std::string wording(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<const DateMatch*> usable_dates(const Sentence& s, std::size_t first, std::size_t last) const;
    // Enumerations and inventories (enumeration.cpp).
    struct PlaceItem {
        std::size_t phrase;
        std::string code;
    };
    using PlaceRun = std::vector<PlaceItem>;
    struct BracketItem {
        Actor actor;
        std::size_t open;  // token of "("
        std::size_t close; // token of ")"
        DateValue date;
    };
    bool read_lists(const Sentence& s);
    bool place_phrase(const Sentence& s, std::size_t p, std::string& code) const;
    bool plural_body_at(const Sentence& s, std::size_t t) const;
    std::vector<PlaceRun> place_runs(const Sentence& s) const;
    bool actor_run(const Sentence& s, const PlaceRun& run, std::size_t window_start) const;
    bool introduced_run(const Sentence& s, const PlaceRun& run) const;
    bool recognizing_subject(const Sentence& s, std::size_t start, std::size_t end) const;
    DateValue shared_date(const Sentence& s, const std::vector<PlaceRun>& runs) const;
    void add_run_acts(const Sentence& s, const PlaceRun& run, const char* rule, const DateValue& shared);
    bool enumeration(const Sentence& s);
    std::optional<BracketItem> bracket_item(const Sentence& s, std::size_t p) const;
    bool body_enumeration(const Sentence& s);
    void add_bracket_acts(const Sentence& s, const std::vector<BracketItem>& items);
    bool latest_in_inventory(const Sentence& s);
    std::optional<Actor> elliptical_actor(const Sentence& s, std::size_t from, std::size_t last) const;
    std::vector<DateValue> dated_list(const Sentence& s, std::size_t first, std::size_t last) const;
    // Acts mentioned in passing (enumeration.cpp).
    struct AsideAct {
        Actor actor;
        DateValue date;
        std::size_t first; // the relative clause's tokens, [first, last)
        std::size_t last;
    };
    bool second_mention(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor,
                        bool have_previous) const;
    DateValue passing_date(const Sentence& s, std::size_t t, std::size_t last) const;
    void passing_acts(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor, const DateValue& date);
    std::vector<AsideAct> relative_clauses(const Sentence& s) const;
    void read_with_asides(const Sentence& s, const Span& paragraph, DateValue& pending);
    bool titled_law(const Sentence& s);
    void add_act(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor,
                 const DateValue& date, const std::string& rule, std::size_t quote_begin, std::size_t quote_end);
    void extend(ExtractedAct& act, const Sentence& s);
    void report_bad_dates(const Sentence& s);
    bool lex_in(const Sentence& s, std::size_t phrase, const char* category) const;
    std::string lex_value(const Sentence& s, std::size_t phrase, const char* category) const;

    std::string_view m_text;
    const LineIndex& m_lines;
    const ImportOptions& m_options;
    std::vector<Diagnostic>& m_diagnostics;
    const Gazetteer& m_g;
    std::vector<ExtractedAct> m_acts;
    std::optional<SubjectInfo> m_subject;
    DateValue m_subject_date;
    std::string m_lead_place;
    DateValue m_lead_date;        // a list line's leading date
    std::optional<BodyRef> m_lead_body; // a list line's leading body ("... — European Parliament.")
    std::string m_section_place;  // the place a heading names
    std::string m_recent_body;    // jurisdiction of the paragraph's last body named with its place
    std::set<std::size_t> m_excluded_dates; // offsets of datelines
    std::string m_published;
    DateAnchor::NumericOrder m_order = DateAnchor::NumericOrder::by_separator;     // a list line's leading country or body ("1971 - Paraguay: ...")
    int m_paragraph_first_act = 0;
    std::size_t m_last_sentence_first_act = 0; // the acts of the last sentence that made any // index into m_acts of the current paragraph's first act
};

} // namespace acta::import
