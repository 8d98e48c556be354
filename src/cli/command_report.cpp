#include "command_report.hpp"

#include "act_list.hpp"
#include "chart_cumulative.hpp"
#include "chart_timeline.hpp"
#include "document_output.hpp"
#include "report_html.hpp"

namespace acta::cli {

void ReportCommand::setup(CLI::App& app)
{
    add_filter_options(app, m_filters);
    app.add_option("-o,--output", m_output, "write to FILE (written whole or not at all); - or none: stdout")
        ->type_name("FILE")
        ->group("Output");
}

int ReportCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    Database db = open_read_only(ctx);
    const ActList acts = collect_acts(db, filters);
    const std::vector<SourceRecord> sources = collect_sources(db);
    ReportInput input;
    input.acts = &acts;
    input.sources = &sources;
    input.filters = describe_filters(filters);
    input.version = ACTA_VERSION;
    TimelineChartOptions options;
    options.filters = input.filters;
    input.timeline_svg = timeline_chart(acts, options);
    input.cumulative_svg = cumulative_chart(acts, CumulativeBy::term, input.filters);
    write_document(ctx, m_output, report_html(input));
    report_empty(ctx, acts.acts.size(), "report");
    return 0;
}

} // namespace acta::cli
