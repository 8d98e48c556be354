#pragma once
// acta bodies: the parliaments, chambers and other bodies that act. See docs/bodies.md.
#include "command.hpp"

#include "filters.hpp"

namespace acta::cli {

class BodiesCommand : public Command {
public:
    const char* name() const override { return "bodies"; }
    const char* description() const override { return "List the bodies (parliaments, chambers, ...), with act counts"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    OutputOptions m_output;
};

} // namespace acta::cli
