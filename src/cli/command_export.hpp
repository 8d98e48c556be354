#pragma once
// acta export: every act with every column, for spreadsheets and scripts. See docs/export.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class ExportCommand : public Command {
public:
    const char* name() const override { return "export"; }
    const char* description() const override { return "Write every act with all its columns as CSV, TSV, JSON, NDJSON or TimelineJS"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    OutputOptions m_output;
};

} // namespace acta::cli
