#include "casefold.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace acta::import {

namespace {

// The code point at s[i] (advancing i past it), or a negative value for an invalid sequence.
// ICU's macro narrows ints to bytes inside: its conversion warnings are its own.
UChar32 next_code_point(std::string_view s, std::int32_t& i)
{
    UChar32 c = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
    U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
#pragma GCC diagnostic pop
    return c;
}

bool ascii_only(std::string_view s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

void append_utf8(std::string& out, UChar32 c)
{
    char buf[U8_MAX_LENGTH];
    std::int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
    static_cast<void>(error); // a lower-case code point always fits
    out.append(buf, static_cast<std::size_t>(n));
}

} // namespace

std::string utf8_lower(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    if (ascii_only(s)) {
        for (const char c : s) {
            out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        return out;
    }
    const auto length = static_cast<std::int32_t>(s.size());
    std::int32_t i = 0;
    while (i < length) {
        const std::int32_t start = i;
        const UChar32 c = next_code_point(s, i);
        if (c < 0) {
            out.append(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
            continue;
        }
        append_utf8(out, u_tolower(c));
    }
    return out;
}

std::size_t utf8_letter_length(std::string_view s, std::size_t i)
{
    if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x80) {
        return 0;
    }
    auto k = static_cast<std::int32_t>(i);
    const UChar32 c = next_code_point(s, k);
    return c >= 0 && u_isalpha(c) ? static_cast<std::size_t>(k) - i : 0;
}

bool utf8_starts_upper(std::string_view s)
{
    if (s.empty()) {
        return false;
    }
    std::int32_t i = 0;
    const UChar32 c = next_code_point(s, i);
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool utf8_starts_caseless_letter(std::string_view s)
{
    if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) {
        return false;
    }
    std::int32_t i = 0;
    const UChar32 c = next_code_point(s, i);
    return c >= 0 && u_isalpha(c) && !u_hasBinaryProperty(c, UCHAR_CASED);
}

bool utf8_starts_lower(std::string_view s)
{
    if (s.empty()) {
        return false;
    }
    std::int32_t i = 0;
    const UChar32 c = next_code_point(s, i);
    return c >= 0 && u_islower(c);
}

} // namespace acta::import
