#pragma once
#include "command.hpp"
#include "command_import_curated.hpp"

namespace acta::cli {

// acta import FILE...: reads chronologies into the database, one transaction per file.
class ImportCommand : public Command {
public:
    const char* name() const override { return "import"; }
    const char* description() const override { return "Read chronologies (text, HTML, PDF, DOCX files or URLs) into the database"; }
    void setup(CLI::App& app) override;
    int run(Context& ctx) override;

private:
    std::vector<std::string> m_files;
    std::string m_subject;
    std::string m_max_size = "64M";
    long m_timeout = 60;
    bool m_explain = false;
    bool m_include_executive = false;
    bool m_quiet = false;
    CuratedImportOptions m_curated;
};

} // namespace acta::cli
