#include "mo_catalog.hpp"

#include "error.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace acta::import {

namespace {

constexpr std::uint32_t mo_magic = 0x950412deU;

// A catalog's 32-bit words, in the byte order its magic number gives.
class Words {
public:
    Words(std::string_view bytes, std::string_view origin) : m_bytes(bytes), m_origin(origin)
    {
        if (bytes.size() < 28) {
            fail("too short for a message catalog");
        }
        m_swap = raw(0) != mo_magic;
        if (at(0) != mo_magic) {
            fail("not a message catalog (bad magic number)");
        }
    }

    std::uint32_t at(std::size_t offset) const
    {
        if (offset + 4 > m_bytes.size()) {
            fail("offset " + std::to_string(offset) + " past the end");
        }
        const std::uint32_t v = raw(offset);
        return m_swap ? __builtin_bswap32(v) : v;
    }

    // The string of table entry `index` in the table at `table` (length, offset pairs).
    std::string_view string(std::size_t table, std::size_t index) const
    {
        const std::uint32_t length = at(table + 8 * index);
        const std::uint32_t offset = at(table + 8 * index + 4);
        if (static_cast<std::size_t>(offset) + length > m_bytes.size()) {
            fail("string " + std::to_string(index) + " past the end");
        }
        return m_bytes.substr(offset, length);
    }

    [[noreturn]] void fail(const std::string& why) const
    {
        throw DataError(std::string(m_origin) + ": " + why);
    }

private:
    std::uint32_t raw(std::size_t offset) const
    {
        const auto* p = reinterpret_cast<const unsigned char*>(m_bytes.data() + offset);
        return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
               static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
    }

    std::string_view m_bytes;
    std::string_view m_origin;
    bool m_swap = false;
};

// The message without its context and without further plural forms.
std::string_view message_of(std::string_view s)
{
    if (const auto ctx = s.find('\x04'); ctx != std::string_view::npos) {
        s.remove_prefix(ctx + 1);
    }
    return s.substr(0, s.find('\0'));
}

} // namespace

std::map<std::string, std::string> parse_mo(std::string_view bytes, std::string_view origin)
{
    const Words words(bytes, origin);
    const std::uint32_t count = words.at(8);
    const std::uint32_t originals = words.at(12);
    const std::uint32_t translations = words.at(16);
    std::map<std::string, std::string> out;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto id = message_of(words.string(originals, i));
        const auto text = message_of(words.string(translations, i));
        if (!id.empty() && !text.empty()) {
            out.emplace(id, text);
        }
    }
    return out;
}

std::map<std::string, std::string> read_mo(const std::string& path)
{
    if (!std::filesystem::exists(path)) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        throw DataError("cannot read message catalog " + path);
    }
    return parse_mo(bytes.str(), path);
}

} // namespace acta::import
