#pragma once
// acta retract ACT_ID --reason TEXT: leaves an act out of timelines, keeping it and its history.
// See docs/retract.md.
#include "command.hpp"

#include <cstdint>

namespace acta::cli {

class RetractCommand : public Command {
public:
    const char* name() const override { return "retract"; }
    const char* description() const override
    {
        return "Leave an act out of timelines, counts and exports (it and its history are kept)";
    }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::int64_t m_id = 0;
    std::string m_reason;
    std::string m_curator;
};

} // namespace acta::cli
