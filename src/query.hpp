#pragma once
// The query layer: what the read commands ask of a database, as a library. Filters compile to
// parameterized SQL over the `timeline` view (user text is only ever bound, never spliced), and
// every result streams from the SQLite statement into a RowSink (render.hpp), one row at a time.
//
// Dates (docs/queries.md): an act is the interval [date_start, date_end] of the days its date
// may mean ("2012" is 2012-01-01..2012-12-31). A date filter (--year, --from, --to) keeps an act
// whose interval OVERLAPS the requested one, or with `strict` only one CONTAINED in it. Undated
// acts never match a date filter; the queries count them (QueryStats::undated_hidden) so the
// caller can say so. Results sort by date_start, then date_end, then act id, undated last.
#include "database.hpp"
#include "render.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acta {

struct Filters {
    std::string country;      // ISO 3166-1 code, English name or adjective, any case; includes sub-national units
    std::string jurisdiction; // a jurisdiction's code or name: that jurisdiction only
    std::string level;        // international, national or subnational
    std::optional<int> year;  // acts overlapping (strict: inside) that year
    std::string from;         // YYYY, YYYY-MM or YYYY-MM-DD: acts ending on or after its first day
    std::string to;           // YYYY, YYYY-MM or YYYY-MM-DD: acts beginning on or before its last day
    std::string body;         // part of a body's name or alias, any case
    std::string type;         // an act type's code or label
    std::string term;         // a term's code or label (genocide, "crime against humanity")
    std::string subject;      // part of a subject's name or alias, any case
    std::string source;       // a source id, or part of its title or file name
    bool include_executive = false; // also executive and judicial bodies' acts
    bool strict = false;            // date filters keep only acts whose whole interval is inside

    bool has_date_filter() const { return year.has_value() || !from.empty() || !to.empty(); }
};

// A WHERE condition over `timeline t`, and the values to bind to its ? in order.
struct Condition {
    std::string sql = "1";
    std::vector<std::string> params;
};

// Resolves the names in `filters` against `db` and compiles them; `with_dates` false leaves the
// date filters out. Throws UsageError for a malformed date, year, level or a --from after --to;
// DataError for a country, jurisdiction, term, type or source the database does not know, with
// the closest known names.
Condition compile_filters(Database& db, const Filters& filters, bool with_dates = true);

// A jurisdiction that --country or --jurisdiction named.
struct Jurisdiction {
    std::string code;
    std::string name;
    std::string level;
};

// --country: a country (ISO code, name or adjective, any case) or an international
// organization. Throws DataError for an unknown name (suggesting the closest) or a subdivision.
Jurisdiction resolve_country(Database& db, std::string_view text);
// --jurisdiction: any jurisdiction by code or name. Throws DataError when unknown.
Jurisdiction resolve_jurisdiction(Database& db, std::string_view text);
// A term code from its code or label, any case. Throws DataError when unknown.
std::string resolve_term(Database& db, std::string_view text);
// An act type code from its code or label, any case. Throws DataError when unknown.
std::string resolve_act_type(Database& db, std::string_view text);

// The first day of YYYY, YYYY-MM or YYYY-MM-DD (last == false) or its last day (last == true).
// Throws UsageError naming `option` for anything else or a day that does not exist.
std::string date_bound(std::string_view text, bool last, std::string_view option);

// The closest of `candidates` to `text` (at most three, each within a third of its length), as
// "; did you mean A, B?", or "" when none is close: every "did you mean" acta prints.
std::string suggestions(std::string_view text, const std::vector<std::string>& candidates);

// Levenshtein distance, ASCII case folded: how names are suggested for a misspelling.
std::size_t edit_distance(std::string_view a, std::string_view b);

// What a query reports besides its rows.
struct QueryStats {
    std::int64_t rows = 0;
    std::int64_t undated_hidden = 0; // undated acts the other filters kept and a date filter left out
};

// Streams a prepared statement into `sink`: begin(column names), row() per result row, end().
// Returns the number of rows. Throws what the sink throws, SQLite::Exception from SQLite.
std::int64_t stream_rows(SQLite::Statement& statement, RowSink& sink);

// The columns of `export`, in order.
const std::vector<std::string>& export_columns();

// Every act, export_columns(), sorted by date (undated last).
QueryStats export_acts(Database& db, const Filters& filters, RowSink& sink);

// The timeline: act_id, date, jurisdiction_code, body, act_type, identifier, terms.
QueryStats timeline(Database& db, const Filters& filters, RowSink& sink);

enum class GroupBy { year, country, jurisdiction, body, type, term };
// Throws UsageError for a name that is not a GroupBy.
GroupBy group_by_from_string(std::string_view name);

// The earliest act of each country, jurisdiction or body (`by`), in date order, with its
// ordinal: text, "3?" when its interval overlaps the previous or the next group's (the order is
// then not certain), "?" for a group with only undated acts (listed last).
// Throws UsageError for a `by` other than country, jurisdiction, body.
QueryStats first_acts(Database& db, const Filters& filters, GroupBy by, RowSink& sink);

// key, count[, cumulative]: acts per group. By year an act counts in the year of date_start and
// undated acts in a last row `undated`; by term an act counts once per term, acts without one
// under `none`. Years sort in order, other keys by count (descending) then key.
QueryStats count_acts(Database& db, const Filters& filters, GroupBy by, bool cumulative, RowSink& sink);

// Full-text search over acts' wording and attestations' quotes: rank, act_id, date,
// jurisdiction_code, body, act_type, match (the best passage, hits marked **so**), best first.
// `text` is searched as one phrase (word forms folded:
// "crime" finds "crimes"), or with fts_syntax as an FTS5 query (AND, OR, NOT, NEAR, "...", *).
// Throws UsageError for empty text or a bad FTS5 query, DataError for a database without the
// search index (schema version 1).
QueryStats search_acts(Database& db, std::string_view text, bool fts_syntax, const Filters& filters, RowSink& sink);

// One act, current, retracted or merged: its fields (one row into `act`, ending with `status`
// and `current`, which says which values a researcher curated, by whom, when and from which file
// line) and its attestations (one row each into `attestations`, with attestation_id, source, span,
// line, rule, quote and what that source says; a curated file's reading has rule `curated`).
// Throws DataError when there is no act `act_id`.
void show_act(Database& db, std::int64_t act_id, RowSink& act, RowSink& attestations);

// Every value act `act_id` has had: at, action (read: a source's reading; add, set, retract,
// restore, merge, split: a curated change), field, value, previous, by, source, line, note; in
// time order. Throws DataError when there is no act `act_id`.
QueryStats act_history(Database& db, std::int64_t act_id, RowSink& sink);

// Acts whose attestations disagree on date, type or terms: act_id, date, jurisdiction_code,
// body, act_type, attestations, disagreement ("date: X [source 1, line 5] vs Y [...]; ...").
// A mention that says nothing about a field (NULL, empty) does not disagree.
QueryStats conflicts(Database& db, const Filters& filters, RowSink& sink);

// What is in the database, with act counts (acts of every branch).
QueryStats list_sources(Database& db, RowSink& sink);
// Every source with what a bibliography needs: source_id, title, author, publisher, published,
// url, path, acts.
QueryStats source_references(Database& db, RowSink& sink);
QueryStats list_bodies(Database& db, RowSink& sink);
// Jurisdictions with bodies (or, with `all`, every one): own acts and acts including sub-units.
QueryStats list_jurisdictions(Database& db, bool all, RowSink& sink);
QueryStats list_subjects(Database& db, RowSink& sink);

} // namespace acta
