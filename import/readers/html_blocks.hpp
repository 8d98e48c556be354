#pragma once
// Turns the content root of an HTML page into blocks: headings, paragraphs, list items with their
// nesting, table rows with the header row first. <br> breaks a line; inline elements join
// without a break; furniture (html_furniture.hpp) is left out.
#include "document.hpp"

#include <gumbo.h>

namespace acta::import::readers::html {

void emit_blocks(const GumboNode* root, DocumentBuilder& out);

} // namespace acta::import::readers::html
