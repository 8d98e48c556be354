#pragma once
// Well-known events that acts are about (import/data/events.tsv) and finding the one a text is
// about: the subject of an import when the page names a listed event (docs/import.md, "Subject").
#include "model.hpp"
#include "text.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace acta::import {

struct KnownEvent {
    std::string name; // the subject acta records ("Armenian genocide")
    std::string kind; // genocide, massacre, famine, deportation, ...
    std::vector<std::string> places;  // ISO 3166-1 codes
    DateValue dates;                  // the event's own span; end empty when it is ongoing
    std::vector<std::string> aliases; // as written in the data file
};

// One event named in a text: which event, and where.
struct EventMention {
    std::size_t event = 0; // index into EventList::events()
    std::size_t begin = 0; // byte offsets into the text
    std::size_t end = 0;
};

class EventList {
public:
    // The list compiled into the binary. Loaded once; thread-safe after that.
    // Throws DataError when events.tsv is malformed.
    static const EventList& instance();

    // A list read from TSV text in the format of events.tsv (`name` names it in messages).
    // Throws DataError on a short row or a date that is not YYYY, YYYY-MM or YYYY-MM-DD.
    EventList(std::string_view name, std::string_view tsv);

    const std::vector<KnownEvent>& events() const { return m_events; }

    // Aliases of events in `tokens` (from tokenize()), longest first, left to right, not overlapping.
    std::vector<EventMention> find(const std::vector<Token>& tokens) const;

private:
    struct Alias {
        std::vector<std::string> words; // tokens' lower-case text
        std::size_t event = 0;
    };
    std::vector<KnownEvent> m_events;
    std::map<std::string, std::vector<Alias>, std::less<>> m_by_first_word; // longest alias first
};

// The listed event `text` speaks most of, with its score: each mention counts 1, or 3 in a heading
// (a short line without a closing full stop) or on the first line of the text; ties go to the event
// named first. nullptr when no listed event is named.
struct KnownSubject {
    const KnownEvent* event = nullptr;
    int score = 0;
};
KnownSubject find_known_subject(std::string_view text, const EventList& events = EventList::instance());

// True for a word that stands before an event noun but never names the event by itself ("Great",
// "Soviet"; import/data/not_subjects.tsv), compared case-insensitively.
bool not_a_subject(std::string_view word);

// The subject acta records for a listed event: its name, its dates (EDTF) and its aliases.
SubjectInfo subject_info(const KnownEvent& event);

} // namespace acta::import
