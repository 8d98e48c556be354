#include "chart_axis.hpp"

#include "date_text.hpp"
#include "svg_writer.hpp"

#include <algorithm>

namespace acta {

namespace {

// Tick steps in months, finest first.
constexpr int steps_in_months[] = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000};

long month_index(const Day& d)
{
    return static_cast<long>(d.year) * 12 + (d.month - 1);
}

long floor_to(long v, long step)
{
    return (v >= 0 ? v / step : (v - step + 1) / step) * step;
}

long day_of_month_index(long m)
{
    const long year = floor_to(m, 12) / 12;
    return days_since_epoch({static_cast<int>(year), static_cast<int>(m - year * 12) + 1, 1});
}

std::string tick_label(long m, int step, bool first)
{
    const long year = floor_to(m, 12) / 12;
    const int month = static_cast<int>(m - year * 12) + 1;
    if (step >= 12) {
        return std::to_string(year);
    }
    if (month == 1) {
        return std::to_string(year);
    }
    return first ? std::string(month_name(month, true)) + " " + std::to_string(year) : month_name(month, true);
}

std::string step_text(int step)
{
    if (step < 12) {
        return std::to_string(step) + (step == 1 ? " month" : " months");
    }
    return std::to_string(step / 12) + (step == 12 ? " year" : " years");
}

} // namespace

TimeAxis::TimeAxis(long first_day, long last_day, double x0, double x1, double font_size) : m_x0(x0), m_x1(x1)
{
    const long first_month = month_index(day_from_epoch(first_day));
    const long last_month = month_index(day_from_epoch(last_day));
    for (const int step : steps_in_months) {
        const long from = floor_to(first_month, step);
        const long to = floor_to(last_month, step) + step; // exclusive
        const long count = (to - from) / step;
        const double spacing = (x1 - x0) / static_cast<double>(count);
        const double label = text_width(step < 12 ? "Sep 2000" : "2000", font_size) + font_size;
        const bool last_step = step == steps_in_months[std::size(steps_in_months) - 1];
        if (spacing < label && !last_step) {
            continue;
        }
        m_first = day_of_month_index(from);
        m_end = day_of_month_index(to);
        m_step_name = step_text(step);
        for (long m = from; m <= to; m += step) {
            const long day = day_of_month_index(m);
            m_ticks.push_back({day, x(day), tick_label(m, step, m == from)});
        }
        break;
    }
}

double TimeAxis::x(long day) const
{
    if (m_end == m_first) {
        return m_x0;
    }
    return m_x0 + (m_x1 - m_x0) * static_cast<double>(day - m_first) / static_cast<double>(m_end - m_first);
}

std::vector<Tick> count_ticks(long max_count, double height, double min_spacing)
{
    max_count = std::max<long>(max_count, 1);
    long step = 1;
    for (long scale = 1;; scale *= 10) {
        bool found = false;
        for (const long s : {1L, 2L, 5L}) {
            step = s * scale;
            const long top = (max_count + step - 1) / step * step;
            if (height / static_cast<double>(top / step) >= min_spacing) {
                found = true;
                break;
            }
        }
        if (found) {
            break;
        }
    }
    const long top = (max_count + step - 1) / step * step;
    std::vector<Tick> ticks;
    for (long v = 0; v <= top; v += step) {
        ticks.push_back({v, height * static_cast<double>(v) / static_cast<double>(top), std::to_string(v)});
    }
    return ticks;
}

} // namespace acta
