#pragma once
// acta merge KEEP OTHER: one act read twice becomes one act with both attestations.
// See docs/merge.md.
#include "command.hpp"

#include <cstdint>

namespace acta::cli {

// --curator NAME on a curation command (command_retract.cpp).
void add_curator_option(CLI::App& app, std::string& curator);

class MergeCommand : public Command {
public:
    const char* name() const override { return "merge"; }
    const char* description() const override { return "Make two acts one: the second's attestations join the first"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::int64_t m_keep = 0;
    std::int64_t m_other = 0;
    std::string m_curator;
};

} // namespace acta::cli
