#pragma once
// The timeline chart: one lane per jurisdiction, a mark per act (a bar over the range of an
// imprecise date), marks coloured and shaped by act type or term, undated acts listed below.
#include "act_list.hpp"

#include <string>

namespace acta {

enum class ChartKey { type, term };
enum class LaneOrder { first_act, name };

struct TimelineChartOptions {
    ChartKey key = ChartKey::type;
    LaneOrder order = LaneOrder::first_act;
    std::string filters; // describe_filters(), for the title
};

// The chart as an SVG document. With no acts it is a small chart that says so.
std::string timeline_chart(const ActList& acts, const TimelineChartOptions& options);

// How a term code reads in a legend: "crime_against_humanity" -> "crime against humanity".
std::string term_label(const std::string& code);

} // namespace acta
