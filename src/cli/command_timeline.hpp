#pragma once
// acta timeline: the acts in date order, one line each. See docs/timeline.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class TimelineCommand : public Command {
public:
    const char* name() const override { return "timeline"; }
    const char* description() const override { return "List acts in date order (a table, or any output format)"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    OutputOptions m_output;
};

} // namespace acta::cli
