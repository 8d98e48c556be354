#pragma once
// Converting text in a declared charset to UTF-8 (glibc's iconv).
#include <string>
#include <string_view>

namespace acta::import::readers {

// `bytes` in `charset` (any name iconv knows: "windows-1252", "iso-8859-1", "koi8-r", ...) as
// UTF-8; a UTF-8 BOM is dropped. UTF-8 (or an empty charset) is returned as is, unchecked.
// Throws DataError naming `name` for an unknown charset or bytes that are not in it.
std::string to_utf8(std::string_view bytes, std::string_view charset, std::string_view name);

// True for the names of UTF-8 ("utf-8", "utf8", "unicode-1-1-utf-8"), case-insensitive.
bool is_utf8_name(std::string_view charset);

} // namespace acta::import::readers
