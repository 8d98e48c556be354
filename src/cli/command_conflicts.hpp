#pragma once
// acta conflicts: acts whose sources disagree on date, type or terms. See docs/conflicts.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class ConflictsCommand : public Command {
public:
    const char* name() const override { return "conflicts"; }
    const char* description() const override { return "List acts whose attestations disagree on date, type or terms"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    OutputOptions m_output;
};

} // namespace acta::cli
