#include "chart_layout.hpp"

namespace acta {

void ChartTitle::draw(SvgWriter& svg) const
{
    const double width = chart_width - 2 * chart_margin;
    svg.text(chart_margin, 24, title, {15, "start", true}, width);
    svg.text(chart_margin, 42, "Filters: " + filters, {11, "start", false, "#444444"}, width);
}

double draw_lines(SvgWriter& svg, const std::vector<std::string>& lines, double x, double y, double width)
{
    double at = y;
    for (const auto& line : lines) {
        svg.text(x, at + 12, line, {11}, width);
        at += line_height;
    }
    return at - y;
}

void draw_empty_note(SvgWriter& svg, const std::string& note, double y, double height)
{
    svg.element("rect", {{"x", coord(chart_margin)}, {"y", coord(y)}, {"width", coord(chart_width - 2 * chart_margin)},
                         {"height", coord(height)}, {"fill", "#f4f4f4"}, {"stroke", "#cccccc"}});
    svg.text(chart_width / 2, y + height / 2 + 5, note, {14, "middle", false, "#444444"},
             chart_width - 4 * chart_margin);
}

} // namespace acta
