#include "command_search.hpp"

namespace acta::cli {

void SearchCommand::setup(CLI::App& app)
{
    app.add_option("text", m_text, "words to find, as one phrase (word forms folded: \"crime\" finds \"crimes\")")
        ->type_name("TEXT")
        ->required();
    app.add_flag("--fts", m_fts, "read TEXT as an SQLite FTS5 query (AND, OR, NOT, NEAR, \"phrase\", prefix*)");
    add_filter_options(app, m_filters);
    add_output_options(app, m_output, {"table", "csv", "tsv", "json", "ndjson", "markdown"});
}

int SearchCommand::run(Context& ctx)
{
    const Filters filters = to_filters(m_filters);
    Database db = open_read_only(ctx);
    const QueryStats stats =
        write_output(ctx, m_output, [&](RowSink& sink) { return search_acts(db, m_text, m_fts, filters, sink); });
    report_hidden(ctx, stats);
    return 0;
}

} // namespace acta::cli
