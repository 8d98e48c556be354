#pragma once
// acta jurisdictions: countries, sub-national units and organizations. See docs/jurisdictions.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class JurisdictionsCommand : public Command {
public:
    const char* name() const override { return "jurisdictions"; }
    const char* description() const override { return "List the jurisdictions that have bodies (or all with --all), with act counts"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    OutputOptions m_output;
    bool m_all = false;
};

} // namespace acta::cli
