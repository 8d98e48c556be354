#pragma once
// PDF files into a Document through poppler-cpp: text in reading order with running headers,
// footers and page numbers removed, hyphenation joined and paragraphs rebuilt (pdf_layout.hpp).
#include "document.hpp"

#include <string_view>

namespace acta::import::readers {

// Throws DataError naming `name` for a file poppler cannot open (damaged, truncated, not a
// PDF), an encrypted one, and one without a text layer (a scan).
Document read_pdf(std::string_view bytes, std::string_view name);

} // namespace acta::import::readers
