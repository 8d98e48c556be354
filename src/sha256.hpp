#pragma once
#include <string>
#include <string_view>

namespace acta {

// Lower-case hex SHA-256 of `data` (FIPS 180-4). Identifies a source: the same text is
// never imported twice.
std::string sha256_hex(std::string_view data);

} // namespace acta
