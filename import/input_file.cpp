#include "input_file.hpp"

#include "error.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace acta::import {

namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

std::string display_name(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

std::string hex_byte(unsigned char c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", c);
    return buf;
}

// 1-based line of byte `offset`: counted only when a message needs it.
std::size_t line_of(std::string_view bytes, std::size_t offset)
{
    return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string where(std::string_view bytes, std::size_t offset)
{
    return "byte offset " + std::to_string(offset) + " (line " + std::to_string(line_of(bytes, offset)) + ")";
}

bool starts_with(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

// Files that are not text but that people do hand over as "the article": say what they are.
struct Signature {
    std::string_view magic;
    const char* what;
};
constexpr std::array signatures{
    Signature{"%PDF-", "a PDF document, not plain text (extract its text first, e.g. with pdftotext)"},
    Signature{"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub?), not plain text (save it as plain text)"},
    Signature{"{\\rtf", "an RTF document, not plain text (save it as plain text)"},
    Signature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE document (a .doc?), not plain text (save it as plain text)"},
    Signature{std::string_view("SQLite format 3\0", 16), "an SQLite database, not a text file (pass it to --db instead?)"},
    Signature{"\x1F\x8B", "a gzip-compressed file (decompress it first)"},
    Signature{"\xFD" "7zXZ", "an xz-compressed file (decompress it first)"},
    Signature{"\x89PNG", "a PNG image, not text"},
    Signature{"\xFF\xD8\xFF", "a JPEG image, not text"},
    Signature{"\x7F" "ELF", "an executable, not text"},
};

// UTF-16/UTF-32 without a BOM: English text in them has a NUL in every other byte (every 3 of 4
// for UTF-32), at a fixed position. Returns the encoding's name, or nullptr.
const char* wide_encoding(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{3};
    if (n < 4) {
        if (bytes.size() == 2) {
            if (bytes[0] != '\0' && bytes[1] == '\0') {
                return "UTF-16LE";
            }
            if (bytes[0] == '\0' && bytes[1] != '\0') {
                return "UTF-16BE";
            }
        }
        return nullptr;
    }
    std::array<std::size_t, 4> nul{};
    for (std::size_t i = 0; i < n; ++i) {
        nul[i % 4] += bytes[i] == '\0';
    }
    const std::size_t quarter = n / 4;
    auto most = [&](std::size_t count) { return count * 10 >= quarter * 9; };   // >= 90 %
    auto few = [&](std::size_t count) { return count * 10 <= quarter; };         // <= 10 %
    if (few(nul[0]) && most(nul[1]) && most(nul[2]) && most(nul[3])) {
        return "UTF-32LE";
    }
    if (most(nul[0]) && most(nul[1]) && most(nul[2]) && few(nul[3])) {
        return "UTF-32BE";
    }
    const std::size_t even = nul[0] + nul[2];
    const std::size_t odd = nul[1] + nul[3];
    const std::size_t half = n / 2;
    // Non-Latin scripts put fewer NULs in the high bytes, so 40 % is enough on that side.
    if (even * 20 <= half && odd * 10 >= half * 4) {
        return "UTF-16LE";
    }
    if (odd * 20 <= half && even * 10 >= half * 4) {
        return "UTF-16BE";
    }
    return nullptr;
}

// The length of the valid UTF-8 sequence at bytes[i] (a non-ASCII lead byte), or 0 when it is
// not one: RFC 3629's table, so overlong forms, surrogates and code points over U+10FFFF fail.
std::size_t utf8_sequence(std::string_view bytes, std::size_t i)
{
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char c = at(i);
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) {
            lo = 0xA0;
        } else if (c == 0xED) {
            hi = 0x9F;
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) {
            lo = 0x90;
        } else if (c == 0xF4) {
            hi = 0x8F;
        }
    } else {
        return 0;
    }
    if (bytes.size() - i < len) {
        return 0;
    }
    if (at(i + 1) < lo || at(i + 1) > hi) {
        return 0;
    }
    for (std::size_t k = 2; k < len; ++k) {
        if (at(i + k) < 0x80 || at(i + k) > 0xBF) {
            return 0;
        }
    }
    return len;
}

enum class Problem { none, nul, control, invalid_utf8 };

struct Finding {
    Problem problem = Problem::none;
    std::size_t offset = 0;
};

Finding scan(std::string_view bytes, std::size_t from, std::size_t to)
{
    std::size_t i = from;
    while (i < to) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
        } else if (c == 0) {
            return {Problem::nul, i};
        } else if (c < 0x80) {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
                ++i;
            } else {
                return {Problem::control, i};
            }
        } else if (const std::size_t len = utf8_sequence(bytes, i); len != 0) {
            i += len;
        } else {
            return {Problem::invalid_utf8, i};
        }
    }
    return {};
}

[[noreturn]] void fail(const std::string& name, const std::string& what)
{
    throw DataError(name + what);
}

} // namespace

// "binary" says more than the first bad byte. Invalid UTF-8 is not counted, so Latin-1 text gets
// the advice to convert it.
bool looks_binary(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
    std::size_t bad = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        bad += (c < 0x20 && !is_space(static_cast<char>(c))) || c == 0x7F;
    }
    return bad >= 4 && bad * 100 > n; // several, and over 1 %
}

std::string_view validate_text(std::string_view bytes, std::string_view raw_name)
{
    using namespace std::string_view_literals;
    const std::string name = display_name(raw_name);
    if (bytes.empty()) {
        fail(name, " is empty");
    }
    // UTF-32 first: its little-endian BOM begins with UTF-16's.
    if (starts_with(bytes, "\xFF\xFE\0\0"sv) || starts_with(bytes, "\0\0\xFE\xFF"sv)) {
        fail(name, " looks like UTF-32 (it starts with a UTF-32 byte order mark), convert it to UTF-8");
    }
    if (starts_with(bytes, "\xFF\xFE"sv) || starts_with(bytes, "\xFE\xFF"sv)) {
        fail(name, " looks like UTF-16 (it starts with a UTF-16 byte order mark), convert it to UTF-8");
    }
    // Before the NUL-pattern test: short headers of binary formats can look like UTF-16.
    for (const auto& sig : signatures) {
        if (starts_with(bytes, sig.magic)) {
            fail(name, std::string(" is ") + sig.what);
        }
    }
    if (const char* wide = wide_encoding(bytes)) {
        const std::string family = std::string_view(wide).substr(0, 6) == "UTF-32" ? "UTF-32" : "UTF-16";
        fail(name, " looks like " + family + " (" + wide + ": NUL bytes in " +
                       (family == "UTF-32" ? "3 of every 4 bytes" : "every other byte") + "), convert it to UTF-8");
    }
    // Offsets in messages are into the file as it is, BOM included.
    const std::size_t start = starts_with(bytes, "\xEF\xBB\xBF"sv) ? 3 : 0;
    const std::string_view text = bytes.substr(start);
    if (std::all_of(text.begin(), text.end(), is_space)) {
        fail(name, text.empty() ? " is empty (only a byte order mark)"
                                : " holds only whitespace (" + std::to_string(text.size()) + " bytes), no text");
    }
    const Finding f = scan(bytes, start, bytes.size());
    if (f.problem == Problem::none) {
        return text;
    }
    const auto c = static_cast<unsigned char>(bytes[f.offset]);
    std::string detail;
    switch (f.problem) {
    case Problem::nul:
        detail = "NUL byte at " + where(bytes, f.offset);
        break;
    case Problem::control:
        detail = "control character " + hex_byte(c) + " at " + where(bytes, f.offset);
        break;
    case Problem::invalid_utf8:
        detail = "invalid UTF-8 at " + where(bytes, f.offset) + ": byte " + hex_byte(c);
        break;
    case Problem::none:
        break;
    }
    if (looks_binary(bytes)) {
        fail(name, " looks like a binary file, not text (" + detail + ")");
    }
    if (f.problem == Problem::invalid_utf8) {
        fail(name, ": " + detail + "; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
    }
    fail(name, ": " + detail + "; a text file has none");
}

std::string read_file_bytes(const std::filesystem::path& path, const InputLimits& limits)
{
    const std::string name = display_name(path.string());
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT) {
            fail(name, ": no such file");
        }
        if (e == EACCES || e == EPERM) {
            fail(name, ": cannot be read (permission denied)");
        }
        fail(name, std::string(": cannot be opened (") + std::strerror(e) + ")");
    }
    // Closes the descriptor on every way out, thrown or not.
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};

    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        fail(name, std::string(": cannot be read (") + std::strerror(errno) + ")");
    }
    if (S_ISDIR(st.st_mode)) {
        fail(name, " is a directory, not a text file");
    }
    const bool regular = S_ISREG(st.st_mode);
    const auto size = static_cast<std::uintmax_t>(st.st_size);
    const std::string over = ", over the " + format_size(limits.max_bytes) + " limit (use --max-size)";
    if (regular && size > limits.max_bytes) {
        fail(name, " is " + format_size(size, true) + " (" + std::to_string(size) + " bytes)" + over);
    }

    // A pipe or a file that grows while read has no trustworthy size: stop one byte past the limit.
    std::string bytes;
    if (regular) {
        bytes.reserve(static_cast<std::size_t>(size));
    }
    char buf[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EISDIR) {
                fail(name, " is a directory, not a text file");
            }
            fail(name, std::string(": read error after ") + std::to_string(bytes.size()) + " bytes (" +
                           std::strerror(errno) + ")");
        }
        if (got == 0) {
            break;
        }
        bytes.append(buf, static_cast<std::size_t>(got));
        if (bytes.size() > limits.max_bytes) {
            fail(name, " is" + over.substr(1));
        }
    }
    if (bytes.empty()) {
        fail(name, " is empty");
    }
    return bytes;
}

std::string read_text_file(const std::filesystem::path& path, const InputLimits& limits)
{
    std::string bytes = read_file_bytes(path, limits);
    const std::string_view text = validate_text(bytes, path.string());
    if (text.size() != bytes.size()) {
        bytes.erase(0, bytes.size() - text.size());
    }
    return bytes;
}

std::string format_size(std::uintmax_t bytes, bool always_decimal)
{
    static constexpr std::array units{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    if (bytes < 1024) {
        return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    }
    std::size_t unit = 0;
    std::uintmax_t scale = 1024;
    while (unit + 1 < units.size() && bytes / scale >= 1024) {
        scale *= 1024;
        ++unit;
    }
    char buf[64];
    if (bytes % scale == 0 && !always_decimal) {
        std::snprintf(buf, sizeof buf, "%ju %s", bytes / scale, units[unit]);
    } else {
        std::snprintf(buf, sizeof buf, "%.1f %s", static_cast<double>(bytes) / static_cast<double>(scale), units[unit]);
    }
    return buf;
}

std::uintmax_t parse_size(std::string_view text)
{
    const std::string shown(text);
    auto bad = [&]() -> std::uintmax_t {
        throw UsageError("--max-size " + display_name(shown) +
                         ": expected a size such as 64M, 1G or 500000 (K, M, G, T are binary multiples)");
    };
    std::size_t i = 0;
    std::uintmax_t whole = 0;
    constexpr std::uintmax_t max = ~std::uintmax_t{0};
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        const auto digit = static_cast<std::uintmax_t>(text[i] - '0');
        if (whole > (max - digit) / 10) {
            throw UsageError("--max-size " + display_name(shown) + ": too large");
        }
        whole = whole * 10 + digit;
        ++i;
    }
    if (i == 0) {
        return bad();
    }
    // Up to 3 decimals ("1.5G"), kept exact as thousandths.
    std::uintmax_t thousandths = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        int digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (digits < 3) {
                thousandths = thousandths * 10 + static_cast<std::uintmax_t>(text[i] - '0');
                ++digits;
            }
            ++i;
        }
        if (digits == 0) {
            return bad();
        }
        for (; digits < 3; ++digits) {
            thousandths *= 10;
        }
    }
    while (i < text.size() && text[i] == ' ') {
        ++i;
    }
    std::string unit;
    for (; i < text.size(); ++i) {
        unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
    int power = 0;
    if (unit.empty() || unit == "b") {
        power = 0;
    } else if (unit == "k" || unit == "kb" || unit == "kib") {
        power = 1;
    } else if (unit == "m" || unit == "mb" || unit == "mib") {
        power = 2;
    } else if (unit == "g" || unit == "gb" || unit == "gib") {
        power = 3;
    } else if (unit == "t" || unit == "tb" || unit == "tib") {
        power = 4;
    } else {
        return bad();
    }
    std::uintmax_t multiplier = 1;
    for (int p = 0; p < power; ++p) {
        multiplier *= 1024;
    }
    if (whole > max / multiplier) {
        throw UsageError("--max-size " + display_name(shown) + ": too large");
    }
    const std::uintmax_t result = whole * multiplier + thousandths * multiplier / 1000;
    if (result == 0) {
        throw UsageError("--max-size " + display_name(shown) + ": must be at least 1 byte");
    }
    return result;
}

} // namespace acta::import
