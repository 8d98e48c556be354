#pragma once
// acta search: full-text search over what acts are called and what sources say. See docs/search.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class SearchCommand : public Command {
public:
    const char* name() const override { return "search"; }
    const char* description() const override { return "Find acts by words in their wording or in the sources' sentences"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::string m_text;
    bool m_fts = false;
    FilterOptions m_filters;
    OutputOptions m_output;
};

} // namespace acta::cli
