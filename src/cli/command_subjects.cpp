#include "command_subjects.hpp"

namespace acta::cli {

void SubjectsCommand::setup(CLI::App& app)
{
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int SubjectsCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    write_output(ctx, m_output, [&](RowSink& sink) { return list_subjects(db, sink); });
    return 0;
}

} // namespace acta::cli
