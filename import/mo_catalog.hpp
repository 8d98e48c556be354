#pragma once
// Reading GNU gettext message catalogs (.mo files): the translations of iso-codes' ISO 3166-1
// country names ("Poland" -> "Polen", "Polonya", "Πολωνία") that let the importer read country
// names on pages not in English (docs/import.md, "Pages not in English").
#include <map>
#include <string>
#include <string_view>

namespace acta::import {

// msgid -> msgstr of a catalog's bytes. Entries with an empty translation and the header (empty
// msgid) are left out; a message context ("ctx\x04id") is dropped; of plural forms the first is
// kept. Throws DataError naming `origin` when the bytes are not a valid catalog.
std::map<std::string, std::string> parse_mo(std::string_view bytes, std::string_view origin);

// The catalog at `path`; an empty map when the file does not exist (a language the installed
// iso-codes does not ship). Throws DataError when it exists but cannot be read or parsed.
std::map<std::string, std::string> read_mo(const std::string& path);

} // namespace acta::import
