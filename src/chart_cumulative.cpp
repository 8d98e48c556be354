#include "chart_cumulative.hpp"

#include "chart_axis.hpp"
#include "chart_layout.hpp"
#include "chart_style.hpp"
#include "chart_timeline.hpp"
#include "date_text.hpp"
#include "error.hpp"

#include <algorithm>
#include <climits>
#include <map>

namespace acta {

namespace {

constexpr double plot_height = 340;
constexpr double count_column = 54;
constexpr double axis_font = 10;

const char* by_name(CumulativeBy by)
{
    switch (by) {
    case CumulativeBy::term: return "term";
    case CumulativeBy::type: return "act type";
    case CumulativeBy::level: return "level";
    case CumulativeBy::country: return "country";
    }
    return "";
}

// The groups an act counts in: each of its terms ("none" without one), or its one type, level
// or country (an organization stands for itself).
std::vector<std::string> groups_of(const ActRecord& a, CumulativeBy by)
{
    switch (by) {
    case CumulativeBy::term: {
        std::vector<std::string> out;
        for (const auto& t : a.terms) {
            out.push_back(term_label(t));
        }
        if (out.empty()) {
            out.push_back("none");
        }
        return out;
    }
    case CumulativeBy::type: return {a.act_type};
    case CumulativeBy::level: return {a.level.empty() ? "unknown" : a.level};
    case CumulativeBy::country: return {a.country.empty() ? a.jurisdiction : a.country};
    }
    return {};
}

struct Series {
    std::size_t style = 0;
    std::vector<long> days; // first day of each act, sorted
};

void draw_count_axis(SvgWriter& svg, const std::vector<Tick>& ticks, double x0, double x1, double bottom)
{
    for (const auto& t : ticks) {
        const double y = bottom - t.x;
        svg.element("line", {{"x1", coord(x0)}, {"y1", coord(y)}, {"x2", coord(x1)}, {"y2", coord(y)},
                             {"stroke", t.day == 0 ? "#555555" : "#e4e4e4"}});
        svg.text(x0 - 6, y + axis_font * 0.36, t.label, {axis_font, "end", false, "#333333"});
    }
}

void draw_time_axis(SvgWriter& svg, const TimeAxis& axis, double top, double bottom)
{
    for (const auto& t : axis.ticks()) {
        svg.element("line", {{"x1", coord(t.x)}, {"y1", coord(top)}, {"x2", coord(t.x)}, {"y2", coord(bottom + 4)},
                             {"stroke", "#e4e4e4"}});
        svg.text(t.x, bottom + 16, t.label, {axis_font, "middle", false, "#333333"});
    }
}

// A step line: flat until each act, up one there, flat to the end of the axis.
std::string step_path(const Series& s, const TimeAxis& axis, double bottom, double per_count)
{
    // A line begins at its first act: flat runs at zero would hide each other on the axis.
    std::string d = "M" + coord(axis.x(s.days.front())) + " " + coord(bottom);
    long total = 0;
    for (std::size_t i = 0; i < s.days.size(); ++i) {
        d += "H" + coord(axis.x(s.days[i]));
        while (i + 1 < s.days.size() && s.days[i + 1] == s.days[i]) {
            ++total;
            ++i;
        }
        ++total;
        d += "V" + coord(bottom - per_count * static_cast<double>(total));
    }
    return d + "H" + coord(axis.x(axis.end_day()));
}

// The dated acts as one series per style, each sorted, with the span of their dates.
struct Counted {
    Categories categories;
    std::map<std::size_t, Series> series;
    std::size_t undated = 0;
    std::size_t top_count = 0; // the longest series
    long first = LONG_MAX;
    long last = LONG_MIN;
};

std::vector<std::string> all_groups(const ActList& list, CumulativeBy by)
{
    std::vector<std::string> keys;
    for (const auto& a : list.acts) {
        if (a.dated()) {
            for (auto& g : groups_of(a, by)) {
                keys.push_back(std::move(g));
            }
        }
    }
    return keys;
}

Counted count_groups(const ActList& list, CumulativeBy by)
{
    Counted c{Categories(all_groups(list, by), "none"), {}, 0, 0, LONG_MAX, LONG_MIN};
    for (const auto& a : list.acts) {
        if (!a.dated()) {
            ++c.undated;
            continue;
        }
        const long day = days_since_epoch(parse_day(a.date_start));
        c.first = std::min(c.first, day);
        c.last = std::max(c.last, days_since_epoch(parse_day(a.date_end)));
        for (const auto& g : groups_of(a, by)) {
            Series& s = c.series[c.categories.style_of(g)];
            s.style = c.categories.style_of(g);
            s.days.push_back(day);
        }
    }
    for (auto& [style, s] : c.series) {
        std::sort(s.days.begin(), s.days.end());
        c.top_count = std::max(c.top_count, s.days.size());
    }
    return c;
}

} // namespace

CumulativeBy cumulative_by_from_string(std::string_view name)
{
    static const std::pair<std::string_view, CumulativeBy> names[] = {{"term", CumulativeBy::term},
                                                                      {"type", CumulativeBy::type},
                                                                      {"level", CumulativeBy::level},
                                                                      {"country", CumulativeBy::country}};
    for (const auto& [n, by] : names) {
        if (n == name) {
            return by;
        }
    }
    throw UsageError("--by '" + std::string(name) + "': use term, type, level or country");
}

std::string cumulative_chart(const ActList& list, CumulativeBy by, const std::string& filters)
{
    const Counted counted = count_groups(list, by);
    const Categories& categories = counted.categories;
    const auto& series = counted.series;
    const std::size_t undated = counted.undated;
    const std::size_t dated = list.acts.size() - undated;
    ChartTitle title{"Running total of acts by " + std::string(by_name(by)) + ": " + std::to_string(dated) +
                         (dated == 1 ? " dated act" : " dated acts"),
                     filters};
    std::vector<std::string> notes;
    if (by == CumulativeBy::term) {
        notes.push_back("An act using several terms counts once under each.");
    }
    notes.push_back("Each act counts on the first day its date may mean.");
    if (undated > 0) {
        notes.push_back(std::to_string(undated) + (undated == 1 ? " undated act is" : " undated acts are") +
                        " not counted.");
    }
    if (list.stats.undated_hidden > 0) {
        notes.push_back("The date filter also left out " + std::to_string(list.stats.undated_hidden) +
                        (list.stats.undated_hidden == 1 ? " undated act." : " undated acts."));
    }
    SvgWriter measure(chart_width, 0, "");
    const double width = chart_width - 2 * chart_margin;
    const double legend_h = draw_legend(measure, categories.legend(), Swatch::line, chart_margin, 0, width);
    const double plot_h = dated == 0 ? 90 : plot_height + 40;
    const double height = title.height() + 8 + legend_h + 10 + plot_h + line_height * static_cast<double>(notes.size()) + chart_margin;

    SvgWriter svg(chart_width, height, title.title + " (" + filters + ")");
    title.draw(svg);
    double y = title.height() + 8;
    y += draw_legend(svg, categories.legend(), Swatch::line, chart_margin, y, width) + 10;
    if (dated == 0) {
        draw_empty_note(svg, list.acts.empty() ? "No acts match these filters." : "No dated act to count.", y, 80);
    } else {
        const double x0 = chart_margin + count_column;
        const double x1 = chart_width - chart_margin - 10;
        const TimeAxis axis(counted.first, counted.last, x0, x1, axis_font);
        const double top = y + 14;
        const double bottom = top + plot_height;
        const std::vector<Tick> ticks = count_ticks(static_cast<long>(counted.top_count), plot_height, 24);
        svg.text(chart_margin, y + 6, "acts (running total)", {axis_font, "start", false, "#333333"});
        draw_time_axis(svg, axis, top, bottom);
        draw_count_axis(svg, ticks, x0, x1, bottom);
        const double per_count = plot_height / static_cast<double>(ticks.back().day);
        for (const auto& [style, s] : series) {
            svg.element_with_title("path", {{"d", step_path(s, axis, bottom, per_count)}, {"fill", "none"},
                                            {"stroke", style_colour(style)}, {"stroke-width", "2.5"},
                                            {"stroke-dasharray", style_dash(style)}, {"stroke-linejoin", "round"}},
                                   categories.legend()[std::min(style, categories.legend().size() - 1)].name + ": " +
                                       std::to_string(s.days.size()));
        }
    }
    draw_lines(svg, notes, chart_margin, y + plot_h, width);
    return svg.finish();
}

} // namespace acta
