#pragma once
// acta parse-date: the date each text names, as the importer reads it. See docs/parse-date.md.
#include "command.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace acta::cli {

class ParseDateCommand : public Command {
public:
    const char* name() const override { return "parse-date"; }
    const char* description() const override
    {
        return "Print the date each text names: EDTF, first and last day";
    }
    void setup(CLI::App& app) override;
    // Throws UsageError for an --anchor that is not YYYY, YYYY-MM or YYYY-MM-DD.
    int run(Context& ctx) override;

    // Where the texts come from when none is given on the command line (default: std::cin).
    void set_input(std::istream& in) { m_in = &in; }

private:
    std::vector<std::string> m_texts;
    std::string m_anchor;
    std::string m_order;
    bool m_explain = false;
    std::istream* m_in = nullptr;
};

} // namespace acta::cli
