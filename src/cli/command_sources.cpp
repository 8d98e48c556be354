#include "command_sources.hpp"

namespace acta::cli {

void SourcesCommand::setup(CLI::App& app)
{
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int SourcesCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    write_output(ctx, m_output, [&](RowSink& sink) { return list_sources(db, sink); });
    return 0;
}

} // namespace acta::cli
