#pragma once
// Knight Lab TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html): the
// export format `timelinejs` (render.cpp) writes {"events": [...]}, one event per dated act.
#include "render.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace acta {

// The event for one row of export_columns() (given as `columns`, `values`): start_date and
// end_date with year, month and day as far as the precision gives them, display_date for a date
// that is not one day, group = the jurisdiction, headline = the body, text = type, identifier,
// terms, wording and the quote with its source (as HTML). Nothing for an undated act, which
// TimelineJS cannot place.
std::optional<std::string> timelinejs_event(const std::vector<std::string>& columns, std::span<const Value> values);

} // namespace acta
