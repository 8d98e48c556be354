#pragma once
// acta import --curated FILE: the part of `import` that reads a researcher's corrections.
// See docs/curation.md.
#include "command.hpp"

#include <string>

namespace acta::cli {

struct CuratedImportOptions {
    std::string file;
    std::string source;  // --source: what the file was checked against
    std::string curator; // --curator
    bool delete_missing = false;
    bool quiet = false;
};

// Declares --curated, --source, --curator and --delete-missing on `import`.
void add_curated_options(CLI::App& app, CuratedImportOptions& o);

// Checks the whole file first: every problem is printed on stderr (FILE:LINE:COLUMN: message)
// and DataError thrown with nothing written; else writes it as one transaction.
int import_curated(Context& ctx, const CuratedImportOptions& o, const std::string& max_size);

} // namespace acta::cli
