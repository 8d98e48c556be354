#include "edtf.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace acta {

namespace {

struct Part {
    int year = 0;
    int month = 0; // 0: a year; 21..24: a season
    int day = 0;
    std::string first;
    std::string last;
};

bool digits(std::string_view s, std::size_t n)
{
    return s.size() == n && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int number(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::string iso(int y, int m, int d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// One date of EDTF level 0 (or a season, level 1); "" on success, else why not.
std::string read_part(std::string_view s, Part& p)
{
    const std::string form = "use YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21..24, or an interval A/B";
    if (s.size() < 4 || !digits(s.substr(0, 4), 4) || (s.size() > 4 && s[4] != '-')) {
        return form;
    }
    p.year = number(s.substr(0, 4));
    if (s.size() == 4) {
        p.first = iso(p.year, 1, 1);
        p.last = iso(p.year, 12, 31);
        return "";
    }
    if (s.size() < 7 || !digits(s.substr(5, 2), 2) || (s.size() > 7 && (s.size() != 10 || s[7] != '-'))) {
        return form;
    }
    p.month = number(s.substr(5, 2));
    if (s.size() == 7 && p.month >= 21 && p.month <= 24) {
        static constexpr int first_month[] = {3, 6, 9, 12};
        const int m = first_month[p.month - 21];
        const int end_year = p.month == 24 ? p.year + 1 : p.year;
        const int end_month = p.month == 24 ? 2 : m + 2;
        p.first = iso(p.year, m, 1);
        p.last = iso(end_year, end_month, days_in_month(end_year, end_month));
        return "";
    }
    if (p.month < 1 || p.month > 12) {
        return "there is no month " + std::string(s.substr(5, 2));
    }
    if (s.size() == 7) {
        p.first = iso(p.year, p.month, 1);
        p.last = iso(p.year, p.month, days_in_month(p.year, p.month));
        return "";
    }
    if (!digits(s.substr(8, 2), 2)) {
        return form;
    }
    p.day = number(s.substr(8, 2));
    if (p.day < 1 || p.day > days_in_month(p.year, p.month)) {
        return std::string(s.substr(0, 7)) + " has no day " + std::string(s.substr(8, 2));
    }
    p.first = p.last = iso(p.year, p.month, p.day);
    return "";
}

// 0 day, 1 month or season, 2 year: how coarse a part is.
int coarseness(const Part& p) { return p.day ? 0 : p.month ? 1 : 2; }

} // namespace

int days_in_month(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

EdtfResult parse_edtf(std::string_view text)
{
    EdtfResult r;
    if (text.empty()) {
        return r;
    }
    const auto slash = text.find('/');
    Part a;
    if (slash == std::string_view::npos) {
        if (r.error = read_part(text, a); !r.error.empty()) {
            return r;
        }
        static constexpr Precision single[] = {Precision::day, Precision::month, Precision::year};
        r.value = {std::string(text), a.first, a.last,
                   a.month > 12 ? Precision::season : single[coarseness(a)]};
        return r;
    }
    Part b;
    if (r.error = read_part(text.substr(0, slash), a); r.error.empty()) {
        r.error = read_part(text.substr(slash + 1), b);
    }
    if (!r.error.empty()) {
        return r;
    }
    if (b.last < a.first) {
        r.error = "the interval ends (" + std::string(text.substr(slash + 1)) + ") before it starts (" +
                  std::string(text.substr(0, slash)) + ")";
        return r;
    }
    static constexpr Precision range[] = {Precision::day_range, Precision::month_range, Precision::year_range};
    r.value = {std::string(text), a.first, b.last, range[std::max(coarseness(a), coarseness(b))]};
    return r;
}

} // namespace acta
