#pragma once
// What the importer reads out of a text and the store writes into the database.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acta {

// How much of a date the source gives.
enum class Precision {
    none,        // no date at all
    day,         // 2014-02-13
    day_range,   // 18-19 February 2014
    month,       // February 2014
    month_part,  // early July 2013
    month_range, // March-April 2013
    season,      // spring 1999
    year_part,   // end of 2011, mid-2015
    year,        // 2012
    year_range,  // 2013-2014
};

std::string_view to_string(Precision p);
// How precise a date is: a day ranks highest (9), no date lowest (0). Both the date reader and
// the importer compare precision by this one order.
inline int precision_rank(Precision p)
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
// Throws DataError for a name that is not one of to_string()'s results.
Precision precision_from_string(std::string_view s);

// A normalized date: EDTF (ISO 8601-2) plus inclusive first and last ISO days.
// All three strings are empty when precision == none.
struct DateValue {
    std::string edtf;
    std::string start; // YYYY-MM-DD
    std::string end;   // YYYY-MM-DD
    Precision precision = Precision::none;

    bool empty() const { return precision == Precision::none; }
    friend bool operator==(const DateValue&, const DateValue&) = default;
};

// A body as the importer resolved it; the store finds or creates it by (jurisdiction, name).
struct BodyRef {
    std::string name;              // e.g. "Texas House of Representatives"
    std::string kind;              // chamber, legislature, committee, office, assembly
    std::string branch = "legislative";
    std::string jurisdiction_code; // e.g. "US-TX", "OIC"
    std::string parent_name;       // e.g. "Texas Legislature"; empty when none
    std::string parent_kind;       // kind of the parent
    std::vector<std::string> aliases;
};

struct TermMention {
    std::string term;    // controlled code: genocide, crime_against_humanity, ...
    std::string wording; // as written: "crimes against humanity"
};

struct PersonRole {
    std::string name;
    std::string role; // sponsor, author, speaker, signatory, member
};

// One mention of an act in the source, with what that mention says.
struct Attestation {
    std::size_t span_start = 0; // byte offsets into the source text, [start, end)
    std::size_t span_end = 0;
    int line = 0;               // 1-based
    // The words quoted: the source text's [span_start, span_end) with its white space squeezed
    // when `quote_from_span` (the importer keeps offsets, not a copy: quote_text() reads them),
    // else `quote` as written (a curated file's, or a quote the importer composed).
    bool quote_from_span = false; // beside `line`: the struct stays as small as before
    std::string quote;
    std::string rule;
    DateValue date;
    std::string act_type;
    std::vector<std::string> terms;
};

// Runs of white space as one space, none at either end.
std::string squeeze(std::string_view text);

// An attestation's quote: `quote`, or its span of `source_text` squeezed (`quote_from_span`).
std::string quote_text(const Attestation& a, std::string_view source_text);

struct ExtractedAct {
    BodyRef body;
    std::string act_type; // a code of the act_types table
    std::string identifier;
    DateValue date;
    std::string wording;
    std::string vote;
    std::vector<TermMention> terms;
    std::vector<PersonRole> persons;
    std::vector<Attestation> attestations; // at least one
};

// A jurisdiction that is not in ISO 3166 (an international organization), or one whose
// names the store should know.
struct JurisdictionInfo {
    std::string code;
    std::string name;
    std::string level; // international, national, subnational
    std::string kind;  // organization, country, ...
    std::string parent_code;
};

struct JurisdictionName {
    std::string code;
    std::string name;
    std::string kind; // name, adjective
};

struct SubjectInfo {
    std::string name;
    std::string date_edtf;
    std::vector<std::string> aliases;
};

struct SourceInfo {
    std::string title;
    std::string author;
    std::string publisher;
    std::string published; // EDTF
    std::string url;
    std::string path;
    std::string text;
    std::string sha256;
    std::string retrieved_at; // UTC ISO 8601, for a source fetched from a URL
};

// Something the importer could not read, or chose not to.
struct Diagnostic {
    int line = 0;
    std::string kind;    // bad_date, no_body, no_date, executive, ...
    std::string message;
};

struct ImportResult {
    SourceInfo source;
    std::string importer_version;
    std::optional<SubjectInfo> subject;
    std::vector<ExtractedAct> acts;
    std::vector<Diagnostic> diagnostics;
    std::vector<JurisdictionInfo> jurisdictions;   // organizations the acts refer to
    std::vector<JurisdictionName> jurisdiction_names;
};

} // namespace acta
