#include "date_text.hpp"

#include "error.hpp"

#include <charconv>

namespace acta {

namespace {

int number(const std::string& s, std::size_t at, std::size_t length)
{
    int v = 0;
    const char* first = s.data() + at;
    const auto res = std::from_chars(first, first + length, v);
    if (res.ec != std::errc() || res.ptr != first + length) {
        throw DataError("'" + s + "' is not a YYYY-MM-DD date");
    }
    return v;
}

std::string day_month(const Day& d)
{
    return std::to_string(d.day) + " " + month_name(d.month);
}

// A part of one year from the months it spans.
std::string year_part(const Day& a, const Day& b)
{
    const std::string year = std::to_string(a.year);
    if (a.month == 1 && b.month == 6) {
        return "first half of " + year;
    }
    if (a.month == 7 && b.month == 12) {
        return "second half of " + year;
    }
    if (a.month == 1 && b.month <= 4) {
        return "beginning of " + year;
    }
    if (b.month == 12 && a.month >= 9) {
        return "end of " + year;
    }
    if (a.month >= 4 && b.month <= 9) {
        return "mid-" + year;
    }
    return std::string(month_name(a.month, true)) + "–" + month_name(b.month, true) + " " + year;
}

std::string season(const Day& a)
{
    switch (a.month) {
    case 3: case 4: case 5: return "spring " + std::to_string(a.year);
    case 6: case 7: case 8: return "summer " + std::to_string(a.year);
    case 9: case 10: case 11: return "autumn " + std::to_string(a.year);
    default: return "winter " + std::to_string(a.month == 12 ? a.year : a.year - 1) + "–" +
                    std::to_string(a.month == 12 ? a.year + 1 : a.year);
    }
}

std::string month_part(const Day& a)
{
    const char* part = a.day <= 10 ? "early " : a.day <= 20 ? "mid-" : "late ";
    return part + std::string(month_name(a.month)) + " " + std::to_string(a.year);
}

std::string range(const Day& a, const Day& b)
{
    if (a.year != b.year) {
        return day_month(a) + " " + std::to_string(a.year) + " – " + day_month(b) + " " + std::to_string(b.year);
    }
    if (a.month != b.month) {
        return day_month(a) + " – " + day_month(b) + " " + std::to_string(a.year);
    }
    return std::to_string(a.day) + "–" + day_month(b) + " " + std::to_string(a.year);
}

} // namespace

Day parse_day(const std::string& iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
        throw DataError("'" + iso + "' is not a YYYY-MM-DD date");
    }
    return {number(iso, 0, 4), number(iso, 5, 2), number(iso, 8, 2)};
}

// Howard Hinnant's days_from_civil.
long days_since_epoch(const Day& d)
{
    const int y = d.month <= 2 ? d.year - 1 : d.year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (d.month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Day day_from_epoch(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

const char* month_name(int month, bool short_name)
{
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    static const char* const short_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (month < 1 || month > 12) {
        return "?";
    }
    return short_name ? short_names[month - 1] : names[month - 1];
}

std::string date_in_words(const std::string& precision, const std::string& start, const std::string& end)
{
    if (start.empty()) {
        return "undated";
    }
    const Day a = parse_day(start);
    const Day b = parse_day(end.empty() ? start : end);
    const std::string year = std::to_string(a.year);
    if (precision == "day") {
        return day_month(a) + " " + year;
    }
    if (precision == "day_range") {
        return range(a, b);
    }
    if (precision == "month") {
        return std::string(month_name(a.month)) + " " + year;
    }
    if (precision == "month_part") {
        return month_part(a);
    }
    if (precision == "month_range") {
        return std::string(month_name(a.month)) + "–" + month_name(b.month) + " " + std::to_string(b.year);
    }
    if (precision == "season") {
        return season(a);
    }
    if (precision == "year_part") {
        return year_part(a, b);
    }
    if (precision == "year") {
        return year;
    }
    if (precision == "year_range") {
        return year + "–" + std::to_string(b.year);
    }
    return start == end ? start : start + " – " + end;
}

} // namespace acta
