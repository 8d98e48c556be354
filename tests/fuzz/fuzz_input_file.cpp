// validate_text() on any bytes: it either throws DataError with a one-line message naming the
// file, or returns a suffix of the input that an independent, simple decoder finds to be UTF-8
// without NUL or control bytes. parse_size() gets the same bytes: UsageError or a positive size.
#include "error.hpp"
#include "input_file.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void require(bool ok)
{
    if (!ok) {
        std::abort();
    }
}

// Decodes code point by code point (not the validator's table-driven way) and checks ranges.
bool plain_utf8_text(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        std::size_t len = 0;
        if (c < 0x80) {
            cp = c;
            len = 1;
        } else if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1Fu;
            len = 2;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0Fu;
            len = 3;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07u;
            len = 4;
        } else {
            return false;
        }
        if (s.size() - i < len) {
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        static constexpr std::uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        if (cp == 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\v' && cp != '\f' && cp != '\r') ||
            cp == 0x7F) {
            return false;
        }
        i += len;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const std::string_view text = acta::import::validate_text(bytes, "fuzz.txt");
        require(text.data() + text.size() == bytes.data() + bytes.size());
        require(text.size() == bytes.size() || (text.size() + 3 == bytes.size() && bytes.substr(0, 3) == "\xEF\xBB\xBF"));
        require(!text.empty());
        require(plain_utf8_text(text));
    } catch (const acta::DataError& e) {
        const std::string msg = e.what();
        require(msg.rfind("fuzz.txt", 0) == 0);
        require(msg.find('\n') == std::string::npos);
    }
    if (size <= 64) {
        try {
            require(acta::import::parse_size(bytes) > 0);
        } catch (const acta::UsageError& e) {
            require(std::string_view(e.what()).find('\n') == std::string_view::npos);
        }
    }
    return 0;
}
