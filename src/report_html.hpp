#pragma once
// The report: one HTML file that reads offline, from disk, with no network: the charts (inline
// SVG), the acts as a table (sorted and filtered by a little inline JavaScript, and whole
// without it), each act's quote and source, the sources, the filters and acta's version, and a
// print stylesheet. The markup is also well-formed XML, so tests parse it.
#include "act_list.hpp"

#include <string>
#include <vector>

namespace acta {

struct ReportInput {
    const ActList* acts = nullptr;
    const std::vector<SourceRecord>* sources = nullptr;
    std::string filters;        // describe_filters()
    std::string version;        // acta's
    std::string timeline_svg;   // charts, as SVG documents
    std::string cumulative_svg;
};

std::string report_html(const ReportInput& input);

} // namespace acta
