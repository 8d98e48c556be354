#include "command_bodies.hpp"

namespace acta::cli {

void BodiesCommand::setup(CLI::App& app)
{
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int BodiesCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    write_output(ctx, m_output, [&](RowSink& sink) { return list_bodies(db, sink); });
    return 0;
}

} // namespace acta::cli
