#pragma once
// The iso-codes package's JSON tables (ISO 3166-1 countries, ISO 3166-2 subdivisions), read by the
// database's seed and by the importer's gazetteer alike.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace acta {

// Where the tables are: $ACTA_ISO_CODES_DIR when set, else the package's directory.
std::string iso_codes_dir();

// Where the package's translations are (<dir>/<language>/LC_MESSAGES/iso_3166-1.mo):
// $ACTA_LOCALE_DIR when set, else the system's locale directory.
std::string iso_codes_locale_dir();

// One table, e.g. "iso_3166-1.json". Throws DataError naming the file when it is missing or not JSON.
nlohmann::json read_iso_codes(std::string_view file);

} // namespace acta
