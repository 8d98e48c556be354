#include "command_history.hpp"

namespace acta::cli {

void HistoryCommand::setup(CLI::App& app)
{
    app.add_option("act_id", m_id, "the act's id (as timeline, export and show give it)")->type_name("ACT_ID")->required();
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int HistoryCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    write_output(ctx, m_output, [&](RowSink& sink) { return act_history(db, m_id, sink); });
    return 0;
}

} // namespace acta::cli
