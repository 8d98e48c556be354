#pragma once
// What both charts share around the plot: the page width, the title block and the note for
// acts left off the axis.
#include "svg_writer.hpp"

#include <string>
#include <vector>

namespace acta {

inline constexpr double chart_width = 1000;
inline constexpr double chart_margin = 16;

// The two title lines (title, then "Filters: ..."), measured; draw() writes them at the top.
struct ChartTitle {
    std::string title;
    std::string filters;
    double height() const { return 48; }
    void draw(SvgWriter& svg) const;
};

// Lines of text from y (the top of the first line), each cut to `width`; returns the height.
double draw_lines(SvgWriter& svg, const std::vector<std::string>& lines, double x, double y, double width);
inline constexpr double line_height = 16;

// The "nothing to draw" note centred in a box.
void draw_empty_note(SvgWriter& svg, const std::string& note, double y, double height);

} // namespace acta
