#include "chart_timeline.hpp"

#include "chart_axis.hpp"
#include "chart_layout.hpp"
#include "chart_style.hpp"
#include "date_text.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>

namespace acta {

namespace {

constexpr double label_column = 230;
constexpr double axis_font = 10;
constexpr double lane_font = 11;
constexpr std::size_t undated_lines = 12;

struct Lane {
    std::string code;
    std::string label;
    std::vector<const ActRecord*> acts;
};

std::string lane_label(const ActRecord& a)
{
    return a.level == "subnational" ? a.jurisdiction + " (" + a.jurisdiction_code + ")" : a.jurisdiction;
}

// Lanes of the dated acts, by first act (acts come in date order) or by name.
std::vector<Lane> make_lanes(const ActList& list, LaneOrder order)
{
    std::vector<Lane> lanes;
    std::map<std::string, std::size_t> index;
    for (const auto& a : list.acts) {
        if (!a.dated()) {
            continue;
        }
        auto [it, added] = index.emplace(a.jurisdiction_code, lanes.size());
        if (added) {
            lanes.push_back({a.jurisdiction_code, lane_label(a), {}});
        }
        lanes[it->second].acts.push_back(&a);
    }
    if (order == LaneOrder::name) {
        std::stable_sort(lanes.begin(), lanes.end(), [](const Lane& a, const Lane& b) { return a.label < b.label; });
    }
    return lanes;
}

// The key an act is drawn by: its type, or (by term) the one of its terms that the acts use
// most, "none" without one. The legend counts acts as they are drawn.
class ActKeys {
public:
    ActKeys(const ActList& list, ChartKey key)
        : m_key(key), m_ranking(mentions(list, key), "none"), m_categories(drawn_keys(list), "none")
    {
    }
    std::size_t style(const ActRecord& a) const { return m_categories.style_of(key_of(a)); }
    const std::vector<Category>& legend() const { return m_categories.legend(); }

private:
    std::string key_of(const ActRecord& a) const
    {
        if (m_key == ChartKey::type) {
            return a.act_type;
        }
        std::string best = "none";
        std::size_t best_rank = SIZE_MAX;
        for (const auto& t : a.terms) {
            const std::size_t rank = m_ranking.style_of(term_label(t));
            if (rank < best_rank) {
                best_rank = rank;
                best = term_label(t);
            }
        }
        return best;
    }
    std::vector<std::string> drawn_keys(const ActList& list) const
    {
        std::vector<std::string> keys;
        for (const auto& a : list.acts) {
            keys.push_back(key_of(a));
        }
        return keys;
    }
    static std::vector<std::string> mentions(const ActList& list, ChartKey key)
    {
        std::vector<std::string> keys;
        for (const auto& a : list.acts) {
            if (key == ChartKey::type) {
                keys.push_back(a.act_type);
            } else if (a.terms.empty()) {
                keys.push_back("none");
            } else {
                for (const auto& t : a.terms) {
                    keys.push_back(term_label(t));
                }
            }
        }
        return keys;
    }
    ChartKey m_key;
    Categories m_ranking; // terms by how many acts use them
    Categories m_categories;
};

std::string describe_act(const ActRecord& a)
{
    std::string s = date_in_words(a.precision, a.date_start, a.date_end) + " · " + a.jurisdiction + " · " + a.body +
                    " · " + a.act_type;
    if (!a.identifier.empty()) {
        s += " " + a.identifier;
    }
    std::string terms;
    for (const auto& t : a.terms) {
        terms += (terms.empty() ? "" : ", ") + term_label(t);
    }
    return terms.empty() ? s : s + " · " + terms;
}

double lane_height(std::size_t lanes)
{
    return lanes <= 15 ? 24 : lanes <= 40 ? 18 : 15;
}

void draw_axis(SvgWriter& svg, const TimeAxis& axis, double top, double bottom)
{
    for (const auto& t : axis.ticks()) {
        svg.element("line", {{"x1", coord(t.x)}, {"y1", coord(top)}, {"x2", coord(t.x)}, {"y2", coord(bottom + 4)},
                             {"stroke", "#dddddd"}});
        svg.text(t.x, bottom + 16, t.label, {axis_font, "middle", false, "#333333"});
    }
    svg.element("line", {{"x1", coord(axis.x(axis.first_day()))}, {"y1", coord(bottom)},
                         {"x2", coord(axis.x(axis.end_day()))}, {"y2", coord(bottom)}, {"stroke", "#555555"}});
}

void draw_act(SvgWriter& svg, const TimeAxis& axis, const ActRecord& a, std::size_t style, double mid, double lane_h)
{
    const long first = days_since_epoch(parse_day(a.date_start));
    const long last = days_since_epoch(parse_day(a.date_end));
    if (a.precision == "day") {
        draw_mark(svg, style, axis.x(first), mid, std::min(10.0, lane_h - 5), describe_act(a));
        return;
    }
    // An imprecise date: a bar over the days it may mean, never a point.
    const double x0 = axis.x(first);
    const double width = std::max(3.0, axis.x(last + 1) - x0);
    const double h = std::min(8.0, lane_h - 7);
    svg.element_with_title("rect", {{"x", coord(x0)}, {"y", coord(mid - h / 2)}, {"width", coord(width)},
                                    {"height", coord(h)}, {"rx", "2"}, {"fill", style_colour(style)},
                                    {"fill-opacity", "0.45"}, {"stroke", style_colour(style)}},
                           describe_act(a));
}

double draw_lanes(SvgWriter& svg, const std::vector<Lane>& lanes, const ActKeys& keys, const ActList& list,
                  double top)
{
    long first = LONG_MAX;
    long last = LONG_MIN;
    for (const auto& a : list.acts) {
        if (a.dated()) {
            first = std::min(first, days_since_epoch(parse_day(a.date_start)));
            last = std::max(last, days_since_epoch(parse_day(a.date_end)));
        }
    }
    const double x0 = chart_margin + label_column + 10;
    const TimeAxis axis(first, last, x0, chart_width - chart_margin - 10, axis_font);
    const double lane_h = lane_height(lanes.size());
    const double bottom = top + lane_h * static_cast<double>(lanes.size());
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const double y = top + lane_h * static_cast<double>(i);
        if (i % 2 == 0) {
            svg.element("rect", {{"x", coord(chart_margin)}, {"y", coord(y)},
                                 {"width", coord(chart_width - 2 * chart_margin)}, {"height", coord(lane_h)},
                                 {"fill", "#f3f5f7"}});
        }
    }
    draw_axis(svg, axis, top, bottom);
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const double mid = top + lane_h * (static_cast<double>(i) + 0.5);
        TextStyle label{lane_font};
        label.cut_middle = true;
        svg.text(chart_margin + 4, mid + lane_font * 0.36, lanes[i].label, label, label_column - 8);
        for (const ActRecord* a : lanes[i].acts) {
            draw_act(svg, axis, *a, keys.style(*a), mid, lane_h);
        }
    }
    return bottom + 24 - top;
}

std::vector<std::string> undated_list(const ActList& list)
{
    std::vector<const ActRecord*> undated;
    for (const auto& a : list.acts) {
        if (!a.dated()) {
            undated.push_back(&a);
        }
    }
    std::vector<std::string> lines;
    if (list.stats.undated_hidden > 0) {
        lines.push_back("The date filter also left out " + std::to_string(list.stats.undated_hidden) +
                        (list.stats.undated_hidden == 1 ? " undated act." : " undated acts."));
    }
    if (undated.empty()) {
        return lines;
    }
    lines.push_back("Undated (" + std::to_string(undated.size()) + ", not on the axis):");
    for (std::size_t i = 0; i < undated.size() && i < undated_lines; ++i) {
        const ActRecord& a = *undated[i];
        lines.push_back("– " + a.jurisdiction + " · " + a.body + " · " + a.act_type +
                        (a.identifier.empty() ? "" : " " + a.identifier));
    }
    if (undated.size() > undated_lines) {
        lines.push_back("… and " + std::to_string(undated.size() - undated_lines) + " more");
    }
    return lines;
}

bool any_imprecise(const ActList& list)
{
    return std::any_of(list.acts.begin(), list.acts.end(),
                       [](const ActRecord& a) { return a.dated() && a.precision != "day"; });
}

// The legend, with the key to bars when there are any; returns its height.
double draw_key(SvgWriter& svg, const ActKeys& keys, bool bars, double y)
{
    const double width = chart_width - 2 * chart_margin;
    double h = draw_legend(svg, keys.legend(), Swatch::mark, chart_margin, y, width);
    if (!bars) {
        return h;
    }
    svg.element("rect", {{"x", coord(chart_margin)}, {"y", coord(y + h + 5)}, {"width", "16"}, {"height", "7"},
                         {"rx", "2"}, {"fill", "#888888"}, {"fill-opacity", "0.45"}, {"stroke", "#888888"}});
    svg.text(chart_margin + 22, y + h + 12, "a bar spans the days an imprecise date may mean (\"2012\", \"end of 2011\")",
             {11, "start", false, "#444444"}, width - 22);
    return h + 20;
}

} // namespace

std::string term_label(const std::string& code)
{
    std::string out = code;
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

std::string timeline_chart(const ActList& list, const TimelineChartOptions& options)
{
    const std::vector<Lane> lanes = make_lanes(list, options.order);
    const ActKeys keys(list, options.key);
    const std::vector<std::string> undated = undated_list(list);
    const std::size_t count = list.acts.size();
    ChartTitle title{"Timeline: " + std::to_string(count) + (count == 1 ? " act" : " acts") + " in " +
                         std::to_string(lanes.size()) + (lanes.size() == 1 ? " jurisdiction" : " jurisdictions") +
                         (options.key == ChartKey::term ? ", by term (an act using several: the most used of them)"
                                                     : ", by act type"),
                     options.filters};
    // Measure first: an SVG needs its height before its content.
    SvgWriter measure(chart_width, 0, "");
    const double key_h = count == 0 ? 0 : draw_key(measure, keys, any_imprecise(list), 0);
    const double lane_h = lane_height(lanes.size());
    const double plot_h = lanes.empty() ? 90 : lane_h * static_cast<double>(lanes.size()) + 24;
    const double undated_h = line_height * static_cast<double>(undated.size());
    const double height = title.height() + 8 + key_h + 10 + plot_h + 10 + undated_h + chart_margin;

    SvgWriter svg(chart_width, height, title.title + " (" + title.filters + ")");
    title.draw(svg);
    double y = title.height() + 8;
    if (count > 0) {
        y += draw_key(svg, keys, any_imprecise(list), y) + 10;
    }
    if (lanes.empty()) {
        draw_empty_note(svg, count == 0 ? "No acts match these filters." : "No dated act to place on the axis.", y, 80);
        y += plot_h;
    } else {
        y += draw_lanes(svg, lanes, keys, list, y);
    }
    draw_lines(svg, undated, chart_margin, y + 10, chart_width - 2 * chart_margin);
    return svg.finish();
}

} // namespace acta
