#include "charset.hpp"

#include "document.hpp"
#include "error.hpp"
#include "input_file.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

namespace acta::import::readers {

namespace {

// Owns an iconv descriptor.
class Converter {
public:
    Converter(const std::string& from, std::string_view name) : m_cd(iconv_open("UTF-8", from.c_str()))
    {
        if (m_cd == reinterpret_cast<iconv_t>(-1)) {
            throw DataError(std::string(name) + ": declares charset " + display_name(from) + ", which acta cannot convert");
        }
    }
    ~Converter() { iconv_close(m_cd); }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    iconv_t get() const { return m_cd; }

private:
    iconv_t m_cd;
};

} // namespace

bool is_utf8_name(std::string_view charset)
{
    const std::string l = ascii_lower(charset);
    return l.empty() || l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8";
}

std::string to_utf8(std::string_view bytes, std::string_view charset, std::string_view name)
{
    std::string out;
    if (is_utf8_name(charset)) {
        out.assign(bytes);
    } else {
        // HTML names Latin-1 but means windows-1252 (the WHATWG encoding standard's mapping).
        std::string from = ascii_lower(charset);
        if (from == "iso-8859-1" || from == "latin1" || from == "us-ascii" || from == "ascii") {
            from = "windows-1252";
        }
        // iconv forgives odd names (it drops what is not a letter or digit): only plausible ones pass.
        const bool plausible = from.size() <= 40 && from.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._:-") ==
                                                        std::string::npos;
        if (!plausible) {
            throw DataError(std::string(name) + ": declares a charset whose name is not one (" + display_name(from) + ")");
        }
        const Converter conv(from, name);
        out.resize(bytes.size() * 4 + 16); // at most 4 UTF-8 bytes per input byte (UTF-16 input: fewer)
        char* in = const_cast<char*>(bytes.data());
        std::size_t in_left = bytes.size();
        char* dst = out.data();
        std::size_t out_left = out.size();
        if (iconv(conv.get(), &in, &in_left, &dst, &out_left) == static_cast<std::size_t>(-1)) {
            const auto offset = bytes.size() - in_left;
            throw DataError(std::string(name) + ": byte offset " + std::to_string(offset) + " is not valid " +
                            display_name(charset) + " (the charset the file declares)");
        }
        out.resize(out.size() - out_left);
    }
    if (out.starts_with("\xEF\xBB\xBF")) {
        out.erase(0, 3);
    }
    return out;
}

} // namespace acta::import::readers
