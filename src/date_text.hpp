#pragma once
// Dates as a reader says them, for charts, the report and TimelineJS's display_date:
// "3 June 2011", "18–19 February 2014", "May 2013", "end of 2011". The database keeps the EDTF
// and the first and last day; this only reads those.
#include <string>

namespace acta {

// A calendar day.
struct Day {
    int year = 0;
    int month = 0;
    int day = 0;
};

// Reads YYYY-MM-DD. Throws DataError for anything else.
Day parse_day(const std::string& iso);

// Days since 1970-01-01 (negative before), proleptic Gregorian.
long days_since_epoch(const Day& d);
// The inverse of days_since_epoch().
Day day_from_epoch(long days);

// "January" .. "December" for 1..12; "Jan" .. "Dec" with `short_name`.
const char* month_name(int month, bool short_name = false);

// The date of an act in words from its precision (model.hpp's names) and first and last day;
// "undated" when `start` is empty.
std::string date_in_words(const std::string& precision, const std::string& start, const std::string& end);

} // namespace acta
