#include "iso_codes.hpp"

#include "error.hpp"

#include <cstdlib>
#include <fstream>

namespace acta {

std::string iso_codes_dir()
{
    if (const char* dir = std::getenv("ACTA_ISO_CODES_DIR"); dir && *dir) {
        return dir;
    }
    return ACTA_ISO_CODES_DIR;
}

std::string iso_codes_locale_dir()
{
    if (const char* dir = std::getenv("ACTA_LOCALE_DIR"); dir && *dir) {
        return dir;
    }
    return "/usr/share/locale";
}

nlohmann::json read_iso_codes(std::string_view file)
{
    const std::string path = iso_codes_dir() + "/" + std::string(file);
    std::ifstream in(path);
    if (!in) {
        throw DataError("cannot read ISO 3166 data " + path + " (install the iso-codes package)");
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw DataError("cannot parse ISO 3166 data " + path + ": " + e.what());
    }
}

} // namespace acta
