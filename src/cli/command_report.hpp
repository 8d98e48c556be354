#pragma once
// acta report: one self-contained HTML file with the charts, the acts and the sources.
// See docs/report.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class ReportCommand : public Command {
public:
    const char* name() const override { return "report"; }
    const char* description() const override { return "Write one offline HTML report: charts, the acts, the sources"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    std::string m_output;
};

} // namespace acta::cli
