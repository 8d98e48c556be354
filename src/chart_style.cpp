#include "chart_style.hpp"

#include <algorithm>

namespace acta {

namespace {

constexpr std::size_t own_styles = 7;

// Okabe-Ito, the darker colours first (yellow reads poorly on white); black for "other".
constexpr const char* colours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
                                   "#000000"};
constexpr const char* dashes[] = {"none", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 4", "3 3 1 3"};

constexpr double legend_font = 11;
constexpr double legend_row = 18;

std::string points(std::initializer_list<std::pair<double, double>> pts)
{
    std::string out;
    for (const auto& [x, y] : pts) {
        out += (out.empty() ? "" : " ") + coord(x) + "," + coord(y);
    }
    return out;
}

} // namespace

Categories::Categories(const std::vector<std::string>& keys, const std::string& last)
{
    std::map<std::string, std::size_t> counts;
    for (const auto& k : keys) {
        ++counts[k];
    }
    std::vector<std::pair<std::string, std::size_t>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        return std::pair(a.first == last, b.second) < std::pair(b.first == last, a.second);
    });
    const bool crowded = ranked.size() > own_styles + 1;
    std::size_t other = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (crowded && i >= own_styles) {
            m_style[ranked[i].first] = own_styles;
            other += ranked[i].second;
        } else {
            m_style[ranked[i].first] = i;
            m_legend.push_back({ranked[i].first, ranked[i].second, i});
        }
    }
    if (crowded) {
        m_legend.push_back({"other (" + std::to_string(ranked.size() - own_styles) + " groups)", other, own_styles});
    }
}

std::size_t Categories::style_of(const std::string& key) const
{
    const auto it = m_style.find(key);
    return it == m_style.end() ? own_styles : it->second;
}

const char* style_colour(std::size_t style)
{
    return colours[std::min(style, own_styles)];
}

const char* style_dash(std::size_t style)
{
    return dashes[std::min(style, own_styles)];
}

void draw_mark(SvgWriter& svg, std::size_t style, double x, double y, double size, const std::string& tooltip)
{
    const double r = size / 2;
    const std::string fill = style_colour(style);
    const std::string stroke = "#ffffff";
    switch (std::min(style, own_styles)) {
    case 0:
        svg.element_with_title("circle", {{"cx", coord(x)}, {"cy", coord(y)}, {"r", coord(r)}, {"fill", fill},
                                          {"stroke", stroke}, {"stroke-width", "0.5"}}, tooltip);
        break;
    case 1:
        svg.element_with_title("rect", {{"x", coord(x - r * 0.9)}, {"y", coord(y - r * 0.9)}, {"width", coord(r * 1.8)},
                                        {"height", coord(r * 1.8)}, {"fill", fill}, {"stroke", stroke},
                                        {"stroke-width", "0.5"}}, tooltip);
        break;
    case 2:
        svg.element_with_title("polygon", {{"points", points({{x, y - r * 1.2}, {x + r * 1.2, y}, {x, y + r * 1.2},
                                                              {x - r * 1.2, y}})},
                                           {"fill", fill}, {"stroke", stroke}, {"stroke-width", "0.5"}}, tooltip);
        break;
    case 3:
        svg.element_with_title("polygon", {{"points", points({{x, y - r * 1.2}, {x + r * 1.1, y + r * 0.9},
                                                              {x - r * 1.1, y + r * 0.9}})},
                                           {"fill", fill}, {"stroke", stroke}, {"stroke-width", "0.5"}}, tooltip);
        break;
    case 4:
        svg.element_with_title("polygon", {{"points", points({{x, y + r * 1.2}, {x + r * 1.1, y - r * 0.9},
                                                              {x - r * 1.1, y - r * 0.9}})},
                                           {"fill", fill}, {"stroke", stroke}, {"stroke-width", "0.5"}}, tooltip);
        break;
    case 5:
        svg.element_with_title("circle", {{"cx", coord(x)}, {"cy", coord(y)}, {"r", coord(r * 0.8)}, {"fill", "#ffffff"},
                                          {"stroke", fill}, {"stroke-width", "2"}}, tooltip);
        break;
    case 6:
        svg.element_with_title("rect", {{"x", coord(x - r * 0.8)}, {"y", coord(y - r * 0.8)}, {"width", coord(r * 1.6)},
                                        {"height", coord(r * 1.6)}, {"fill", "#ffffff"}, {"stroke", fill},
                                        {"stroke-width", "2"}}, tooltip);
        break;
    default:
        svg.element_with_title("path", {{"d", "M" + coord(x - r) + " " + coord(y - r) + "L" + coord(x + r) + " " +
                                                  coord(y + r) + "M" + coord(x - r) + " " + coord(y + r) + "L" +
                                                  coord(x + r) + " " + coord(y - r)},
                                        {"stroke", fill}, {"stroke-width", "2"}, {"fill", "none"}}, tooltip);
    }
}

double draw_legend(SvgWriter& svg, const std::vector<Category>& entries, Swatch swatch, double x, double y,
                   double width)
{
    if (entries.empty()) {
        return 0;
    }
    const double swatch_width = swatch == Swatch::line ? 26 : 12;
    double at = x;
    double row = y;
    for (const auto& e : entries) {
        const std::string label = e.name + " (" + std::to_string(e.count) + ")";
        const double label_width = std::min(text_width(label, legend_font), width - swatch_width - 6);
        const double item = swatch_width + 6 + label_width + 18;
        if (at > x && at + item > x + width) {
            at = x;
            row += legend_row;
        }
        const double mid = row + legend_row / 2;
        if (swatch == Swatch::line) {
            svg.element("line", {{"x1", coord(at)}, {"y1", coord(mid)}, {"x2", coord(at + swatch_width)},
                                 {"y2", coord(mid)}, {"stroke", style_colour(e.style)}, {"stroke-width", "2.5"},
                                 {"stroke-dasharray", style_dash(e.style)}});
        } else {
            draw_mark(svg, e.style, at + swatch_width / 2, mid, 9, e.name);
        }
        svg.text(at + swatch_width + 6, mid + legend_font * 0.36, label, {legend_font}, label_width);
        at += item;
    }
    return row + legend_row - y;
}

} // namespace acta
