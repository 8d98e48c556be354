#pragma once
// acta first: the earliest act of each country, jurisdiction or body, in order. See docs/first.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class FirstCommand : public Command {
public:
    const char* name() const override { return "first"; }
    const char* description() const override { return "The first act of each country, jurisdiction or body, with its ordinal"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    FilterOptions m_filters;
    OutputOptions m_output;
    std::string m_by = "country";
};

} // namespace acta::cli
