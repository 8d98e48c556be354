#include "command_conflicts.hpp"

namespace acta::cli {

void ConflictsCommand::setup(CLI::App& app)
{
    add_filter_options(app, m_filters);
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int ConflictsCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    Database db = open_read_only(ctx);
    const QueryStats stats = write_output(ctx, m_output, [&](RowSink& sink) { return conflicts(db, filters, sink); });
    report_hidden(ctx, stats);
    return 0;
}

} // namespace acta::cli
