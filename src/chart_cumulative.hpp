#pragma once
// The cumulative chart: the running total of acts per group (term, type, level or country) over
// time, a step at each act's first day.
#include "act_list.hpp"

#include <string>
#include <string_view>

namespace acta {

enum class CumulativeBy { term, type, level, country };

// Throws UsageError for a name other than term, type, level, country.
CumulativeBy cumulative_by_from_string(std::string_view name);

// The chart as an SVG document. With no dated act it is a small chart that says so.
std::string cumulative_chart(const ActList& acts, CumulativeBy by, const std::string& filters);

} // namespace acta
