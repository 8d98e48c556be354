#pragma once
// acta count: how many acts per year, country, jurisdiction, body, type or term. See docs/count.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class CountCommand : public Command {
public:
    const char* name() const override { return "count"; }
    const char* description() const override { return "Count acts per year, country, jurisdiction, body, type or term"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    OutputOptions m_output;
    std::string m_by;
    bool m_cumulative = false;
};

} // namespace acta::cli
