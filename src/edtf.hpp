#pragma once
// Reading the EDTF (ISO 8601-2) dates acta writes, back into a DateValue: what a curated file
// gives in its `date` column.
#include "model.hpp"

#include <string>
#include <string_view>

namespace acta {

struct EdtfResult {
    DateValue value;   // empty for an empty text (undated) or an error
    std::string error; // why the text is not a date acta can store, "" when it is
};

// Days in `month` (1-12) of `year`, proleptic Gregorian.
int days_in_month(int year, int month);

// Reads YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21..24 (spring, summer, autumn, winter) and an
// interval A/B of those, with first and last days and a precision: day, month, season, year, and
// day_range, month_range, year_range for intervals (a mixed interval takes its coarser part's
// range). Days must exist; an interval must not end before it starts. Never throws.
EdtfResult parse_edtf(std::string_view text);

} // namespace acta
