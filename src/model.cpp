#include "model.hpp"

#include "error.hpp"

#include <array>
#include <utility>

namespace acta {

namespace {
constexpr std::array<std::pair<Precision, std::string_view>, 10> precision_names{{
    {Precision::none, "none"},
    {Precision::day, "day"},
    {Precision::day_range, "day_range"},
    {Precision::month, "month"},
    {Precision::month_part, "month_part"},
    {Precision::month_range, "month_range"},
    {Precision::season, "season"},
    {Precision::year_part, "year_part"},
    {Precision::year, "year"},
    {Precision::year_range, "year_range"},
}};
} // namespace

std::string_view to_string(Precision p)
{
    for (const auto& [value, name] : precision_names) {
        if (value == p) {
            return name;
        }
    }
    return "none";
}

Precision precision_from_string(std::string_view s)
{
    for (const auto& [value, name] : precision_names) {
        if (name == s) {
            return value;
        }
    }
    throw DataError("unknown date precision '" + std::string(s) + "'");
}

std::string squeeze(std::string_view text)
{
    std::string out;
    out.reserve(text.size()); // one allocation, about the quote's size
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    if (out.capacity() > 2 * out.size() + 32) {
        out.shrink_to_fit(); // much space squeezed out: a kept result holds no more than it needs
    }
    return out;
}

std::string quote_text(const Attestation& a, std::string_view source_text)
{
    if (!a.quote_from_span) {
        return a.quote;
    }
    if (a.span_start >= source_text.size() || a.span_end <= a.span_start) {
        return {};
    }
    return squeeze(source_text.substr(a.span_start, a.span_end - a.span_start));
}

} // namespace acta
