#pragma once
// How the charts tell groups apart: the Okabe-Ito palette (Okabe and Ito, "Color Universal
// Design", 2008), safe for colour-blind readers, with a shape (timeline) or a dash pattern
// (cumulative) per group as well so that a grey print still separates them; and the legend.
#include "svg_writer.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace acta {

// One group in a legend: its name, how many acts it holds and its style number.
struct Category {
    std::string name;
    std::size_t count = 0;
    std::size_t style = 0;
};

// Groups ranked by count (then name), `last` (such as "none") after all others: the first seven
// keep a style of their own, the others share the last one under "other".
class Categories {
public:
    // `keys` holds each act's group, one entry per act (or per act and term).
    explicit Categories(const std::vector<std::string>& keys, const std::string& last = "");
    // The style of a key that was among the keys.
    std::size_t style_of(const std::string& key) const;
    // The legend's entries, one per style, in rank order ("other" last).
    const std::vector<Category>& legend() const { return m_legend; }

private:
    std::map<std::string, std::size_t> m_style;
    std::vector<Category> m_legend;
};

// The colour of a style (#RRGGBB), and the dash pattern of a style ("none" for a solid line).
const char* style_colour(std::size_t style);
const char* style_dash(std::size_t style);

// A mark of `style`'s shape and colour centred on (x, y), `size` pixels across, with a tooltip.
void draw_mark(SvgWriter& svg, std::size_t style, double x, double y, double size, const std::string& tooltip);

enum class Swatch { mark, line };

// A legend in rows from (x, y) (the top of the first row) to x + width; returns its height.
double draw_legend(SvgWriter& svg, const std::vector<Category>& entries, Swatch swatch, double x, double y,
                   double width);

} // namespace acta
