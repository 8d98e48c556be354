#pragma once
// Finding and normalizing date expressions in English text, to EDTF (ISO 8601-2, Library of
// Congress) with inclusive first/last ISO days. Used by the importer and by `acta parse-date`.
#include "model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acta::import {

// Where a yearless expression ("On February 25", "the first of February") takes its year from
// when the text itself gives none before it. 0 = unknown.
struct DateAnchor {
    int year = 0;
    int month = 0;
    // How to read an all-numeric date whose day and month are both 12 or less ("12/05/2010"):
    // by its separator (dots day first, slashes and dashes month first), or as the text says
    // ("dates are day/month/year").
    enum class NumericOrder { by_separator, day_first, month_first } order = NumericOrder::by_separator;
    // The day of the anchor, 0 = unknown. With year, month and day all given, forms relative to
    // the moment of writing are read too ("yesterday", "last Friday", "two weeks ago", "this
    // decade"), and a bare weekday, month or day is the closest one on or before the anchor
    // unless the words around it point ahead ("will", "next"). See docs/dates.md.
    int day = 0;
};

struct DateMatch {
    std::size_t begin = 0;  // byte offsets of the expression in the text searched, [begin, end)
    std::size_t end = 0;
    DateValue value;        // empty when `error` is set
    std::string error;      // why a date-like expression cannot be a date ("31 June 2004: June has 30 days")
    bool year_inferred = false; // the year came from the anchor or from an earlier year in the text
    bool relative = false;      // resolved relative to an earlier date ("later that year")
    int explicit_year = 0;      // the year written in the expression itself (for a range, the last one), 0 when none
    std::string note;           // how an ambiguous or relative expression was read, for `parse-date --explain`
    // What a form relative to the anchor day counts from: the moment of writing ("yesterday",
    // "last Friday", "two weeks ago") or a time the text has just named ("three days later",
    // "that autumn", "the following year"), which the importer anchors on the act before.
    enum class Anchoring { none, writing, event } anchoring = Anchoring::none;
};

// Every date expression in `text`, left to right, not overlapping. A yearless expression takes
// the latest explicit year written earlier in the same text, else `anchor.year`; with neither it
// is not returned. Never throws on any input; time is linear in the length of `text`.
std::vector<DateMatch> find_dates(std::string_view text, DateAnchor anchor = {});

// The same, saying whether the scan read `anchor.year`: when it did not (`year_read` false), the
// dates are the same for any other anchor year (the reading keeps them, analysis.cpp).
std::vector<DateMatch> find_dates(std::string_view text, DateAnchor anchor, bool& year_read);

// The first match of find_dates(text, anchor), found without reading on (a page's leading
// stamp): std::nullopt when the scan passes byte `last_begin` first. The match may end, and after
// a leading "between", begin, past `last_begin`.
std::optional<DateMatch> first_date(std::string_view text, DateAnchor anchor, std::size_t last_begin);

// The date `text` names, for `acta parse-date`: the most precise match of find_dates() (the
// first among equals). A match with an error is returned as such; no match at all gives a
// DateMatch whose error is "no date found".
DateMatch parse_date(std::string_view text, DateAnchor anchor = {});

// Whether `lower` (a lower-cased word) is a month name or abbreviation of date_words.tsv, in any
// of its languages ("march", "märz", "března", "μαΐου"): the sentence splitter keeps "am 5. März"
// whole.
bool is_month_word(std::string_view lower);

} // namespace acta::import
