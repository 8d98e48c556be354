#include "command_first.hpp"

namespace acta::cli {

void FirstCommand::setup(CLI::App& app)
{
    app.add_option("--by", m_by, "one first act per country (default), jurisdiction or body")
        ->check(CLI::IsMember({"country", "jurisdiction", "body"}))
        ->type_name("GROUP");
    add_filter_options(app, m_filters);
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int FirstCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    const GroupBy by = group_by_from_string(m_by);
    Database db = open_read_only(ctx);
    const QueryStats stats =
        write_output(ctx, m_output, [&](RowSink& sink) { return first_acts(db, filters, by, sink); });
    report_hidden(ctx, stats);
    return 0;
}

} // namespace acta::cli
