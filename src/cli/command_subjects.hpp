#pragma once
// acta subjects: the events acts are about. See docs/subjects.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class SubjectsCommand : public Command {
public:
    const char* name() const override { return "subjects"; }
    const char* description() const override { return "List the subjects acts are about, with act counts"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    OutputOptions m_output;
};

} // namespace acta::cli
