#pragma once
// Files compiled into the binary by cmake/embed.cmake (schema migrations, importer data).
#include <span>
#include <string_view>

namespace acta {

struct EmbeddedFile {
    std::string_view name;     // file name without directory, e.g. "0001_init.sql"
    std::string_view contents; // the file's bytes
};

} // namespace acta
