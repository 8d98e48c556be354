#pragma once
// The importer: an English prose chronology in, acts out.
#include "model.hpp"

#include <string>
#include <string_view>

namespace acta::import {

struct ImportOptions {
    std::string path;            // shown in the source record and in diagnostics
    std::string subject;         // --subject: the event the acts are about; detected when empty
    bool include_executive = false; // keep executive statements (marked branch = executive)
    std::string published;       // YYYY-MM-DD the source declares (a page's metadata): wins over
                                 // a dateline, and is the anchor for relative dates
};

// Reads `text` (valid UTF-8) and returns the source record, the acts found (one per real act,
// each mention kept as an attestation) and diagnostics for what could not be read.
// Never throws for any text content; time is linear in the size of `text`.
ImportResult import_text(std::string_view text, const ImportOptions& options = {});

// The same for a text the caller gives up: it becomes the result's source.text without a copy
// (an importer holds one copy of the text, not two).
ImportResult import_owned_text(std::string text, const ImportOptions& options = {});

// The importer's version, stored with each source.
std::string importer_version();

} // namespace acta::import
