#pragma once
// acta split ACT_ID --attestation ID: undoes a wrong merge, one attestation at a time.
// See docs/split.md.
#include "command.hpp"

#include <cstdint>

namespace acta::cli {

class SplitCommand : public Command {
public:
    const char* name() const override { return "split"; }
    const char* description() const override
    {
        return "Move one attestation out of an act: back to the act it was merged from, or into a new act";
    }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::int64_t m_id = 0;
    std::int64_t m_attestation = 0;
    std::string m_curator;
};

} // namespace acta::cli
