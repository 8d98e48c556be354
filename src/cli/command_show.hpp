#pragma once
// acta show: one act, every field and every attestation. See docs/show.md.
#include "command.hpp"

#include <cstdint>
#include <string>

namespace acta::cli {

class ShowCommand : public Command {
public:
    const char* name() const override { return "show"; }
    const char* description() const override { return "Show one act: every field, and what each source says about it"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::int64_t m_id = 0;
    std::string m_format = "line";
    std::string m_path;
};

} // namespace acta::cli
