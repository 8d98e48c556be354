#pragma once
// Word files (.docx: a ZIP of XML parts) into a Document through libzip and pugixml:
// paragraphs, headings from their styles, list items with their level, tables.
#include "document.hpp"
#include "input_file.hpp"

#include <string_view>

namespace acta::import::readers {

// Throws DataError naming `name` for a file that is not a ZIP archive or is damaged, one without
// word/document.xml, a part that is not well-formed XML, and a part that expands past
// `limits.max_bytes` (a zip bomb).
Document read_docx(std::string_view bytes, std::string_view name, const InputLimits& limits);

} // namespace acta::import::readers
