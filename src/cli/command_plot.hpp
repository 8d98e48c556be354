#pragma once
// acta plot timeline|cumulative: charts as SVG (or PNG). See docs/plot.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class PlotCommand : public Command {
public:
    const char* name() const override { return "plot"; }
    const char* description() const override { return "Draw a timeline or a cumulative chart as SVG or PNG"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    struct Chart {
        CLI::App* app = nullptr;
        FilterOptions filters;
        std::string output;
        std::string format;
    };
    void add_chart_options(CLI::App& app, Chart& chart);
    // svg or png: --format, else the output's extension, else svg. Throws UsageError.
    static std::string chosen_format(const Chart& chart);

    Chart m_timeline;
    Chart m_cumulative;
    std::string m_marks = "type";
    std::string m_sort = "first";
    std::string m_by = "term";
};

} // namespace acta::cli
