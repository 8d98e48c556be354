#include "command_plot.hpp"

#include "act_list.hpp"
#include "chart_cumulative.hpp"
#include "chart_timeline.hpp"
#include "document_output.hpp"
#include "png_writer.hpp"

namespace acta::cli {

namespace {

bool ends_with(const std::string& s, std::string_view tail)
{
    if (s.size() < tail.size()) {
        return false;
    }
    std::string end = s.substr(s.size() - tail.size());
    for (auto& c : end) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return end == tail;
}

} // namespace

void PlotCommand::add_chart_options(CLI::App& app, Chart& chart)
{
    chart.app = &app;
    add_filter_options(app, chart.filters);
    app.add_option("-o,--output", chart.output, "write to FILE: .svg or .png (written whole or not at all); - or none: stdout")
        ->type_name("FILE")
        ->group("Output");
    app.add_option("-f,--format", chart.format, "svg or png (default: from the output's extension, else svg)")
        ->type_name("FORMAT")
        ->group("Output");
}

void PlotCommand::setup(CLI::App& app)
{
    app.require_subcommand(1);
    CLI::App* timeline = app.add_subcommand("timeline", "One lane per jurisdiction, a mark per act");
    add_chart_options(*timeline, m_timeline);
    timeline->add_option("--marks", m_marks, "shape and colour marks by act type or by term: type (default) or term")
        ->type_name("type|term")
        ->group("Chart");
    timeline->add_option("--sort", m_sort, "lane order: first (by first act, default) or name")
        ->type_name("first|name")
        ->group("Chart");
    CLI::App* cumulative = app.add_subcommand("cumulative", "Running totals of acts per group over time");
    add_chart_options(*cumulative, m_cumulative);
    cumulative->add_option("--by", m_by, "a line per term (default), type, level or country")
        ->type_name("GROUP")
        ->group("Chart");
}

std::string PlotCommand::chosen_format(const Chart& chart)
{
    if (!chart.format.empty()) {
        if (chart.format != "svg" && chart.format != "png") {
            throw UsageError("--format '" + chart.format + "': use svg or png");
        }
        return chart.format;
    }
    return ends_with(chart.output, ".png") ? "png" : "svg";
}

int PlotCommand::run(Context& ctx)
{
    const bool is_timeline = m_timeline.app->parsed();
    const Chart& chart = is_timeline ? m_timeline : m_cumulative;
    // Every option is checked before the database is read.
    const Filters filters = to_filters(chart.filters);
    const std::string format = chosen_format(chart);
    TimelineChartOptions options;
    CumulativeBy by = CumulativeBy::term;
    if (is_timeline) {
        if (m_marks != "type" && m_marks != "term") {
            throw UsageError("--marks '" + m_marks + "': use type or term");
        }
        if (m_sort != "first" && m_sort != "name") {
            throw UsageError("--sort '" + m_sort + "': use first or name");
        }
        options.key = m_marks == "term" ? ChartKey::term : ChartKey::type;
        options.order = m_sort == "name" ? LaneOrder::name : LaneOrder::first_act;
    } else {
        by = cumulative_by_from_string(m_by);
    }
    if (format == "png" && !png_available()) {
        svg_to_png(""); // throws the UsageError that says why
    }
    Database db = open_read_only(ctx);
    const ActList acts = collect_acts(db, filters);
    options.filters = describe_filters(filters);
    const std::string svg = is_timeline ? timeline_chart(acts, options) : cumulative_chart(acts, by, options.filters);
    write_document(ctx, chart.output, format == "png" ? svg_to_png(svg) : svg);
    report_empty(ctx, acts.acts.size(), "chart");
    return 0;
}

} // namespace acta::cli
