#pragma once
// The parts of a ZIP package (a .docx), read with a cap on what each may expand to.
#include "input_file.hpp"

#include <zip.h>

#include <optional>
#include <string>
#include <string_view>

namespace acta::import::readers {

class ZipPackage {
public:
    // Throws DataError naming `name` when `bytes` is not a readable ZIP archive.
    ZipPackage(std::string_view bytes, std::string name, const InputLimits& limits);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // The part's bytes, or nullopt when the package has no such part. Throws DataError when it
    // expands past the limit (with what was read before: all parts count) or cannot be read.
    std::optional<std::string> part(const char* path);

private:
    zip_t* m_zip = nullptr;
    std::string m_name;
    std::uintmax_t m_left; // bytes all parts together may still expand to
};

} // namespace acta::import::readers
