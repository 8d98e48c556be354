// find_dates() and parse_date() on any bytes: no crash, no undefined behaviour, and matches that
// are ordered, inside the text, non-overlapping, with consistent values.
#include "dates.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool ok)
{
    if (!ok) {
        std::abort();
    }
}

void check_value(const acta::DateValue& v)
{
    if (v.empty()) {
        require(v.edtf.empty() && v.start.empty() && v.end.empty());
        return;
    }
    require(!v.edtf.empty());
    require(v.start.size() == 10 && v.end.size() == 10);
    require(v.start <= v.end);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The first byte chooses an anchor year, so yearless expressions get resolved too, and with
    // it a day, so forms relative to the anchor ("last Friday", "two weeks ago") are read.
    acta::import::DateAnchor anchor;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (!text.empty()) {
        const auto c = static_cast<unsigned char>(text[0]);
        if (c & 1) {
            anchor.year = 1950 + (c >> 1);
            anchor.month = 1 + (c % 12);
            anchor.day = (c & 2) ? 1 + (c % 28) : 0;
        }
    }
    const auto matches = acta::import::find_dates(text, anchor);
    std::size_t previous_end = 0;
    for (const auto& m : matches) {
        require(m.begin < m.end && m.end <= text.size());
        require(m.begin >= previous_end);
        previous_end = m.end;
        if (m.error.empty()) {
            check_value(m.value);
        } else {
            require(m.value.empty());
        }
    }
    const auto one = acta::import::parse_date(text, anchor);
    if (one.error.empty()) {
        check_value(one.value);
    }
    return 0;
}
