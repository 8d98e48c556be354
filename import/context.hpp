#pragma once
// What the reading carries from one block and sentence to the next.
#include "dates.hpp"

#include <string>
#include <vector>

namespace acta::import {

// The running anchor year: the year yearless dates take. Every date written with its own year
// moves it to that date's (last) year; `dates` are in text order. The one place it is advanced.
inline int running_year(const std::vector<DateMatch>& dates, int year)
{
    for (const auto& d : dates) {
        if (!d.value.empty() && d.explicit_year && d.value.end.size() >= 4) {
            year = std::stoi(d.value.end.substr(0, 4));
        }
    }
    return year;
}

} // namespace acta::import
