#pragma once
// HTML pages (.html, .htm, sniffed, or text/html from a URL) into a Document, parsed with gumbo
// (an HTML5 parser: the tree a browser would build).
#include "document.hpp"

#include <string_view>

namespace acta::import::readers {

// `bytes`: the page as stored or downloaded; `http_charset`: the charset of a Content-Type
// header, which wins over the page's own declaration. The charset is that, else a BOM, else a
// <meta charset> or http-equiv declaration in the first 1024 bytes, else UTF-8 when the bytes
// are valid UTF-8, else windows-1252 (the web's default).
// Throws DataError naming `name` for a binary file, a charset iconv does not know or bytes
// invalid in the declared one, and a page with no text left after furniture is dropped.
Document read_html(std::string_view bytes, std::string_view name, std::string_view http_charset = {});

// The charset a page declares in its first 1024 bytes (<meta charset=...> or
// <meta http-equiv=Content-Type content="...; charset=...">), lower case; "" when none.
std::string declared_charset(std::string_view bytes);

} // namespace acta::import::readers
