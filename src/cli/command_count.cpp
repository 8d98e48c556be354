#include "command_count.hpp"

namespace acta::cli {

void CountCommand::setup(CLI::App& app)
{
    app.add_option("--by", m_by, "group acts by year, country, jurisdiction, body, type or term")
        ->required()
        ->check(CLI::IsMember({"year", "country", "jurisdiction", "body", "type", "term"}))
        ->type_name("GROUP");
    app.add_flag("--cumulative", m_cumulative, "add a running total column, in the order of the rows");
    add_filter_options(app, m_filters);
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int CountCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    const GroupBy by = group_by_from_string(m_by);
    Database db = open_read_only(ctx);
    const QueryStats stats =
        write_output(ctx, m_output, [&](RowSink& sink) { return count_acts(db, filters, by, m_cumulative, sink); });
    report_hidden(ctx, stats);
    return 0;
}

} // namespace acta::cli
