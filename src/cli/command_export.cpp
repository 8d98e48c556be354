#include "command_export.hpp"

namespace acta::cli {

void ExportCommand::setup(CLI::App& app)
{
    add_filter_options(app, m_filters);
    add_output_options(app, m_output, {"csv", "json", "ndjson", "tsv", "timelinejs"});
}

int ExportCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    Database db = open_read_only(ctx);
    const QueryStats stats = write_output(ctx, m_output, [&](RowSink& sink) { return export_acts(db, filters, sink); });
    report_hidden(ctx, stats);
    return 0;
}

} // namespace acta::cli
