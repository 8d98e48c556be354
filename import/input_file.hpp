#pragma once
// Reading a file the importer will parse: refusing, with a one-line message that names the
// file and says where and what the problem is, anything that is not UTF-8 text of a sane size.
// The importer itself then only ever sees valid UTF-8 without NUL bytes.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace acta::import {

struct InputLimits {
    // Files over this are refused from their size, before any byte is read (--max-size).
    std::uintmax_t max_bytes = std::uintmax_t{64} << 20;
};

// The text of the file at `path`, UTF-8 BOM stripped, CRLF kept as is.
// Throws DataError, whose one-line message names the file, when the file is missing, is a
// directory or otherwise not readable, is larger than `limits.max_bytes` (refused from its
// size before reading), is empty or only whitespace, is UTF-16/UTF-32, or holds a NUL byte,
// invalid UTF-8 or other binary content (see validate_text()).
std::string read_text_file(const std::filesystem::path& path, const InputLimits& limits = {});

// The bytes of the file at `path`, whatever they are (for the HTML, PDF and DOCX readers).
// Throws DataError as read_text_file() does for a missing, unreadable, too large or empty file.
std::string read_file_bytes(const std::filesystem::path& path, const InputLimits& limits = {});

// True when the first few KiB of `bytes` hold several NUL or C0 control bytes (over 1 %): a
// binary file, whatever its name says.
bool looks_binary(std::string_view bytes);

// `name` as messages show it: control characters escaped, so a message stays on one line.
std::string display_name(std::string_view name);

// Checks that `bytes`, the content of `name`, is text the importer can read, and returns it
// without a leading UTF-8 BOM (a view into `bytes`). Throws DataError naming `name` and the byte
// offset for: emptiness or only whitespace, UTF-16/UTF-32 (by BOM or NUL-byte pattern), a known
// binary format (PDF, ZIP/docx, SQLite, ...), NUL bytes, invalid UTF-8 (overlong forms,
// surrogates, code points over U+10FFFF, truncated sequences), C0 control characters other than
// tab, LF, VT, FF, CR. Time is linear in bytes.size(); never reads outside `bytes`.
std::string_view validate_text(std::string_view bytes, std::string_view name);

// "1.0 GiB", "64 MiB", "512 bytes": a size for messages. Whole multiples of a unit print without
// decimals unless `always_decimal` (used for a file's own size next to a limit).
std::string format_size(std::uintmax_t bytes, bool always_decimal = false);

// Parses a --max-size value: a number with an optional unit, case-insensitive: none or B (bytes),
// K/KB/KiB, M/MB/MiB, G/GB/GiB, T/TB/TiB — all binary multiples (1M = 1 MiB = 1048576 bytes).
// Throws UsageError for anything else, for 0, or for an overflowing value.
std::uintmax_t parse_size(std::string_view text);

} // namespace acta::import
