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

} // namespace acta
