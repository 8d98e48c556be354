#pragma once
// The axes the charts share: a time axis whose ticks adapt from months to decades and centuries
// so that their labels never overlap, and a count axis with round steps.
#include <string>
#include <vector>

namespace acta {

struct Tick {
    long day = 0;       // days since 1970-01-01 (time axis) or the count (count axis)
    double x = 0;       // pixel position along the axis
    std::string label;
};

class TimeAxis {
public:
    // An axis over the days [first_day, last_day] drawn from pixel x0 to x1 with labels of
    // `font_size` pixels. Its domain widens to whole ticks around the days.
    TimeAxis(long first_day, long last_day, double x0, double x1, double font_size);

    double x(long day) const;
    const std::vector<Tick>& ticks() const { return m_ticks; }
    long first_day() const { return m_first; }
    long end_day() const { return m_end; } // the day after the domain
    // The tick step, "1 month" .. "100 years", for tests and the chart's description.
    const std::string& step_name() const { return m_step_name; }

private:
    long m_first = 0;
    long m_end = 0;
    double m_x0 = 0;
    double m_x1 = 0;
    std::vector<Tick> m_ticks;
    std::string m_step_name;
};

// Round ticks 0, step, 2 step... up to at least `max_count` over `height` pixels, at least
// `min_spacing` pixels apart (Tick::x is the distance from the axis' origin).
std::vector<Tick> count_ticks(long max_count, double height, double min_spacing);

} // namespace acta
