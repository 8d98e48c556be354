#include "command_jurisdictions.hpp"

namespace acta::cli {

void JurisdictionsCommand::setup(CLI::App& app)
{
    app.add_flag("--all", m_all, "every jurisdiction acta knows (ISO 3166 countries and subdivisions, organizations)");
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int JurisdictionsCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    write_output(ctx, m_output, [&](RowSink& sink) { return list_jurisdictions(db, m_all, sink); });
    return 0;
}

} // namespace acta::cli
