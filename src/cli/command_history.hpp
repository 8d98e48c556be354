#pragma once
// acta history ACT_ID: every value an act has had, from which source, when. See docs/history.md.
#include "command.hpp"

#include "filters.hpp"

#include <cstdint>

namespace acta::cli {

class HistoryCommand : public Command {
public:
    const char* name() const override { return "history"; }
    const char* description() const override
    {
        return "Show every value an act has had: each source's reading and each curated change, in time order";
    }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::int64_t m_id = 0;
    OutputOptions m_output;
};

} // namespace acta::cli
