#pragma once
// acta sources: the imported texts. See docs/sources.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class SourcesCommand : public Command {
public:
    const char* name() const override { return "sources"; }
    const char* description() const override { return "List the imported sources, with act counts"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    OutputOptions m_output;
};

} // namespace acta::cli
