#pragma once
// Reading acts out of sentences: who (body and jurisdiction), what (type, identifier, vote),
// with what words (terms), by whom (persons), when (dates), and merging the mentions of one act.
// The Analyzer's methods live in four files: analysis.cpp (paragraphs, blocks, tables,
// enumerations, subject, merging), analysis_actors.cpp (bodies and places), analysis_dates.cpp
// (which date is the act's) and analysis_fields.cpp (type, terms, persons, identifiers, votes).
#include "actor_context.hpp"
#include "dates.hpp"
#include "furniture.hpp"
#include "gazetteer.hpp"
#include "importer.hpp"
#include "layout.hpp"
#include "text.hpp"

#include <optional>
#include <set>
#include <map>
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
    bool identifiers_read = false; // identifier_tokens are read (with the dates: add_dates)
};

// An act's identifier as written in a sentence ("H.Res. 106", "No. 18.596").
struct IdentifierMention {
    std::string text;
    std::size_t first = 0; // its tokens, [first, last)
    std::size_t last = 0;
    std::string type;      // the act type its form implies ("resolution" for H.Res.), or ""
};

// Rule `opening-participle`: "Condemning the denial, the Chilean lawmakers passed ...": an
// opening participle phrase up to its comma is no verb of the clause. The token after that comma
// (before `limit`), or `first`.
std::size_t past_opening_participle(const Sentence& s, std::size_t first, std::size_t limit);

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
    // The page's title: the place it names places the generic bodies of the page ("Parliament").
    void set_page_title(std::string_view title);
    // The order the text says its numeric dates use ("day/month/year").
    void set_numeric_order(DateAnchor::NumericOrder order) { m_order = order; }
    // What the furniture stage read of the page (furniture.hpp): its date when the text gave
    // none, stamps that never date an act, embedded posts' dates; the blocks it left out become
    // notes (`furniture`).
    void set_page(const PageFurniture& page);

    // The acts found, mentions of the same act merged, in the order of the text.
    std::vector<ExtractedAct> finish();

    // Lists without verbs (analysis_lists.cpp). The title, headings and introducing sentences
    // ("...have passed resolutions recognizing:") give the items under them their context.
    void set_list_root(const Span& title);
    void list_heading(const Span& heading);
    void list_intro(const Span& paragraph);
    // A verbless list item ("1995 Chamber of Deputies (Italy)", "Sejm - 2005 | 2013"): reads its
    // acts (one per date) and returns true, or returns false when the block is no such item or
    // no act (then --explain says why).
    bool list_item(const Span& block);
    // An official record's header block (layout.hpp record_header()).
    void record_header(const Span& block, int anchor_year);
    // Appends a layout rule ("wrap/open-end") to the rule of the attestations of acts [from, end).
    void tag_rules(std::size_t from, const std::string& tag);
    std::size_t act_count() const { return m_acts.size(); }

private:
    // The dates of a text's sentences that tell the date of the event it is about.
    struct SubjectDates {
        DateValue earliest;                // of sentences about the event that report no act
        std::vector<std::string> act_dates; // of sentences that report an act
        void add(const Analyzer& a, Sentence& s); // reads the sentence's dates when they can count
        DateValue event_date();
        std::set<int> years; // years the text gives the event ("the famine of 1932-1933")
    };

    Sentence make_sentence(const Span& span, int anchor_year) const; // sentence_words, then add_dates
    Sentence sentence_words(const Span& span) const; // tokens, phrases, quotes
    void mark_identifiers(Sentence& s) const;        // identifier_tokens, once (add_dates asks)
    void add_dates(Sentence& s, int anchor_year) const;
    std::vector<DateMatch> sentence_dates(const Sentence& s, int anchor_year) const; // add_dates' find_dates
    // What a title, heading or introducing sentence says of the list items under it.
    struct ListScope {
        bool acts = false; // it names an act: its items are acts
        std::string type;  // the act type it names
        std::string text;  // its words, for --explain
        std::string place; // the place it names, for list-only name variants
        std::vector<TermMention> terms; // the wording it gives its items ("... as genocide:")
    };
    struct ListItem {
        std::size_t first = 0; // the actor's tokens
        std::size_t last = 0;
        std::string place;     // "(Italy)", or the place before a body ("Polen: Sejm")
        std::string variant;   // the code of a list-only name variant ("State of Men")
        std::vector<DateValue> dates;
        bool year_first = false;
        bool act_noun = false;
    };
    std::string scope_act_type(const Sentence& s) const;
    ListScope list_scope(const Span& span) const;
    const ListScope& current_list_scope() const;
    std::optional<std::pair<std::string, std::size_t>> list_variant_at(const Sentence& s, std::size_t t) const;
    bool item_actor(const Sentence& s, std::size_t& t, ListItem& item) const;
    bool item_date(const Sentence& s, std::size_t& t, ListItem& item) const;
    bool item_rest(const Sentence& s, std::size_t t, ListItem& item) const;
    std::optional<ListItem> verbless_item(const Sentence& s) const;
    std::optional<Actor> item_body(const Sentence& s, const ListItem& item);
    std::optional<Actor> table_actor(const Sentence& s, const std::vector<TableCell>& cells);
    void table_fields(ExtractedAct& a, const Sentence& s, const Span& row, const std::vector<TableCell>& cells);

    std::optional<Actor> find_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    std::size_t first_act_word(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> executive_actor(const Sentence& s, std::size_t p, bool from_context) const;
    std::optional<Actor> body_noun_actor(const Sentence& s, std::size_t p, std::size_t first, const std::string& noun) const;
    bool no_such_chamber(const std::string& code, const std::string& role, const std::string& noun) const;
    std::optional<Actor> adjective_actor(const Sentence& s, std::size_t p, std::size_t first, std::size_t last) const;
    std::optional<Actor> title_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> context_actor(const Sentence& s, std::size_t fallback, std::size_t first, std::size_t last,
                                       const ActorContext& context) const;
    std::vector<std::pair<std::string, const char*>> context_candidates(const Sentence& s, std::size_t first,
                                                                        std::size_t last) const;
    // Who acted: the rules of analysis_actors.cpp for countries, legislators, offices and names
    // that are not bodies (issue 10).
    bool is_office(const Sentence& s, std::size_t p) const;
    std::optional<Actor> office_actor(const Sentence& s, std::size_t p, bool from_context) const;
    std::optional<Actor> body_phrase_actor(const Sentence& s, std::size_t p, std::size_t first) const;
    bool not_actor_body(const Sentence& s, std::size_t p, std::size_t first, bool executive_clause) const;
    bool member_of_body(const Sentence& s, std::size_t p, std::size_t first) const;
    bool organization_name(const Sentence& s, std::size_t p) const;
    bool in_organization_name(const Sentence& s, std::size_t q) const;
    std::optional<std::size_t> cited_act_noun(const Sentence& s, std::size_t p) const;
    std::optional<Actor> legislator_actor(const Sentence& s, std::size_t p, std::size_t first, std::size_t last) const;
    std::optional<Actor> country_subject_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    bool country_verb_at(const Sentence& s, std::size_t t, bool ranked) const;
    void add_cited_acts(const Sentence& s, std::size_t first, std::size_t last);
    void note_context(const Sentence& s, std::size_t acts_before);
    void drop_repeated_mentions();
    bool recognizes_term(const Sentence& s, std::size_t first, std::size_t last) const;
    bool speaks_of_subdivisions(const Sentence& s, std::size_t phrase, const std::string& prefix) const;
    std::optional<std::string> place_code(const Sentence& s, std::size_t phrase) const;
    // Rule `code-body`: the chamber an act's code names ("Senate Resolution 512", "H.Res. 12").
    std::optional<Actor> code_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    // The place a title's phrase names: a place's, or a named body's jurisdiction (rule `title-body`).
    std::optional<std::string> title_place(const Sentence& s, std::size_t phrase) const;
    std::optional<std::string> attached_place(const Sentence& s, std::size_t phrase) const;
    // Rule `event-place`: a place that is where the event happened ("the genocide of X in PLACE").
    bool event_place(const Sentence& s, std::size_t phrase) const;
    // "as" and a term at `after` ("... in Molvania as genocide"): the place before is recognized's object.
    bool recognized_as_term(const Sentence& s, std::size_t after) const;
    // Whether phrase p reads as a place's adjective ("Chilean", "German"), not its name.
    bool adjective_place(const Sentence& s, std::size_t p) const;
    // Rule `event-place` (perpetrator): a place before a `perpetration_noun` ("Molvania's crimes").
    bool perpetrator_place(const Sentence& s, std::size_t phrase) const;
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
    // The polarity a `negation` word of the clause gives (its lexicon value: "not adopted",
    // "future", "conditional"), or "".
    std::string negation(const Sentence& s, std::size_t first, std::size_t last) const;
    // Why a clause with an act word reports no act (a negation's polarity, "only introduced or
    // tabled", "not an act"), or "" when it may report one.
    std::string non_act_reason(const Sentence& s, std::size_t first, std::size_t last) const;
    // The year a yearless date of a sentence takes: the running year, or the page's year when
    // the running year is none or one of the event's own.
    int yearless_anchor(int running) const;
    // A yearless date that took an event year from earlier in its own sentence ("the famine of
    // 1932-1933 ... on Nov. 30") takes the page's year instead, or no year without a page date.
    void redate_yearless(Sentence& s) const;
    // The page's year: its date's, else one a sentence lets a reader compute ("2022 marks 90
    // years since ...", "this year marks the 75th anniversary of August 1944"); 0 when none.
    int page_year() const;
    int anniversary_year(const Sentence& s, const Sentence& before, const DateValue& event) const;
    int anniversary_of(const Sentence& s, std::size_t from, int years, const DateValue& event) const;
    // Rule `news-year`: the month by which a page with a computed year was written, when its
    // anniversary sentence is future ("... will be commemorated this year" of 2 August 1944: 8); 0.
    int anniversary_bound(const Sentence& s, const Sentence& before) const;
    // The dates of `s`, read into a copy in `scratch` when they were not read yet.
    const std::vector<DateMatch>& read_dates(const Sentence& s, Sentence& scratch) const;
    // Rule `news-year`: the page's lead act, undated on a page with no date but a computed year,
    // takes that year (up to the bound month).
    void date_lead_act();
    // The day "today" means at `offset`: an embedded post's date, else the page's.
    const std::string& writing_date(std::size_t offset) const;
    bool stamp_date(const DateMatch& d) const;
    // A note (`not_act_date`) for each date of an undated act's clause that was left out, and why:
    // the event's date, a page stamp, a day the act names, a citation.
    void explain_left_dates(const Sentence& s, std::size_t first, std::size_t last) const;
    // Rule `meeting-date`: a body's dated meeting with no act word ("the committee discussed it at
    // its meeting on 6 October") gives its body and date to an act with neither in the very next
    // sentence ("The resolution was adopted by a majority").
    struct Meeting {
        Actor actor;
        DateValue date;
        std::size_t end = 0; // where the meeting's sentence ends
    };
    void note_meeting(const Sentence& s, std::size_t first, std::size_t last, const std::optional<Actor>& actor);
    std::optional<Meeting> meeting_before(const Sentence& s) const;
    bool only_proposed(const Sentence& s, std::size_t first, std::size_t last) const;
    bool non_act_first(const Sentence& s, std::size_t first, std::size_t last) const;
    BodyRef resolve_body(const std::string& code, const std::string& role, const std::string& noun) const;
    bool given_name(const Sentence& s, std::size_t phrase) const;
    bool has_trigger(const Sentence& s, std::size_t first, std::size_t last) const;
    const DateValue* noun_date(const Sentence& s, std::size_t first, std::size_t last) const;
    void extend_last(const Sentence& s);
    DateValue relative_date(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<Actor> coordinated_actors(const Sentence& s, const Actor& actor, std::size_t last) const;
    std::optional<Actor> sibling_chamber(const Sentence& s, const Actor& actor, std::size_t last) const;
    bool us_federal_code(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<Actor> country_actor(const Sentence& s, std::size_t first, std::size_t last) const;
    bool has_act_noun(const Sentence& s, std::size_t first, std::size_t last) const;
    std::string act_type(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<TermMention> terms(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<PersonRole> persons(const Sentence& s, std::size_t first, std::size_t last,
                                    const std::string& default_role) const;
    std::pair<std::size_t, std::size_t> person_name(const Sentence& s, std::size_t t, std::size_t last) const;
    bool person_accepted(const Sentence& s, std::size_t first, std::size_t t, std::size_t last_accepted_end) const;
    // Every identifier of tokens [first, last), left to right.
    std::vector<IdentifierMention> identifiers(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<IdentifierMention> numbered(const Sentence& s, std::size_t t, std::size_t last) const;
    // The act's identifier nearest to token `near`; `implied_type` gets the type its form implies.
    std::string identifier(const Sentence& s, std::size_t first, std::size_t last, std::size_t near = std::size_t(-1),
                           std::string* implied_type = nullptr) const;
    std::string vote(const Sentence& s, std::size_t first, std::size_t last) const;
    std::string wording(const Sentence& s, std::size_t first, std::size_t last) const;
    std::vector<const DateMatch*> usable_dates(const Sentence& s, std::size_t first, std::size_t last) const;
    bool dates_act_before(const Sentence& s, std::size_t first, std::size_t last, const DateValue& date);
    // Enumerations and inventories (enumeration.cpp).
    struct PlaceItem {
        std::size_t phrase;
        std::string code;
        const BodyEntry* body = nullptr; // a body named in the list ("..., the European Parliament, ...")
    };
    using PlaceRun = std::vector<PlaceItem>;
    struct BracketItem {
        Actor actor;
        std::size_t open;  // token of "("
        std::size_t close; // token of ")"
        DateValue date;
    };
    bool read_lists(const Sentence& s);
    bool called_for(const Sentence& s, std::size_t first, const Actor& actor) const;
    void rank_following(const Sentence& s);
    bool place_phrase(const Sentence& s, std::size_t p, std::string& code) const;
    bool plural_body_at(const Sentence& s, std::size_t t) const;
    const BodyEntry* listed_body(const Sentence& s, std::size_t p) const;
    std::vector<PlaceRun> place_runs(const Sentence& s) const;
    std::vector<PlaceRun> adjective_runs(const Sentence& s) const;
    bool actor_run(const Sentence& s, const PlaceRun& run, std::size_t window_start) const;
    bool agent_run(const Sentence& s, std::size_t start, std::size_t window_start) const;
    bool recognition_verb_before(const Sentence& s, std::size_t last) const;
    // Phrase p is a recognizing act verb: an act_verb of lexicon.tsv whose value is `recognition`
    // ("recognized", "acknowledged", "admitted that") (recognizing_verb.cpp). Whether a quoted
    // one counts is the caller's rule.
    bool recognizing_verb(const Sentence& s, std::size_t p) const;
    // A recognizing act verb starts at token t.
    bool recognizing_verb_at(const Sentence& s, std::size_t t) const;
    bool introduced_run(const Sentence& s, const PlaceRun& run) const;
    // Rule `verb-final`: a list of countries before its clause's closing recognizing verb (verb_final.cpp).
    bool verb_final_run(const Sentence& s, const PlaceRun& run) const;
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
    bool earlier_undated(const Sentence& s, const Actor& actor) const;
    std::optional<std::size_t> opening_act_noun(const Sentence& s, std::size_t first, std::size_t last) const;
    std::optional<std::size_t> relative_act_noun(const Sentence& s, std::size_t first, std::size_t last) const;
    void passing_acts(const Sentence& s, std::size_t first, std::size_t last, const Actor& actor, const DateValue& date);
    std::vector<AsideAct> relative_clauses(const Sentence& s) const;
    void read_with_asides(const Sentence& s, const Span& paragraph, DateValue& pending);
    bool titled_law(const Sentence& s);
    std::optional<Actor> statute_citation(const Sentence& s, std::size_t t) const;
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
    ListScope m_list_root;                   // the title's
    std::optional<ListScope> m_list_heading; // the last heading's
    std::optional<ListScope> m_list_intro;   // an introducing sentence's, over the items after it
    std::string m_last_item_place;           // the jurisdiction of the list's last item
    std::string m_recent_body;    // jurisdiction of the paragraph's last body named with its place
    std::set<std::size_t> m_excluded_dates; // offsets of datelines
    std::string m_published;
    std::vector<std::pair<std::size_t, std::size_t>> m_stamps; // the page's time stamps and datelines
    std::vector<PostDate> m_posts;                            // embedded posts and their dates
    std::set<int> m_event_years;                              // years the text gives the event
    int m_computed_year = 0;                                  // the page's year as a sentence computes it
    int m_computed_until = 0; // the month of m_computed_year by which the page was written (0: unknown)
    ActorContext m_actor_context; // the page's place and the places named so far (actors)
    std::optional<Meeting> m_meeting;                         // the last dated meeting of a body
    DateAnchor::NumericOrder m_order = DateAnchor::NumericOrder::by_separator;     // a list line's leading country or body ("1971 - Paraguay: ...")
    int m_paragraph_first_act = 0;
    std::size_t m_last_sentence_first_act = 0; // the acts of the last sentence that made any // index into m_acts of the current paragraph's first act
    // A sentence's dates read with anchor year 0 by a scan that did not read the anchor year (the
    // subject pass reads them first): the same under any anchor year, so the reading takes them
    // instead of scanning the sentence again; those before the sentence the reading is at (with
    // a year to anchor on) are let go. Keyed by the sentence's first byte.
    struct KeptDates {
        std::size_t end = 0;
        std::vector<std::pair<std::size_t, std::size_t>> identifiers; // masked tokens
        std::vector<DateMatch> dates;
    };
    mutable std::map<std::size_t, KeptDates> m_kept_dates;
};

} // namespace acta::import
