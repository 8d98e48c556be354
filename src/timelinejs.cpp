#include "timelinejs.hpp"

#include "date_text.hpp"
#include "svg_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace acta {

namespace {

using nlohmann::json;

// A date object with the parts the precision knows: "year", "month" (1-12), "day".
json date_object(const Day& d, int parts)
{
    json out = {{"year", d.year}};
    if (parts >= 2) {
        out["month"] = d.month;
    }
    if (parts >= 3) {
        out["day"] = d.day;
    }
    return out;
}

// How many parts of each end a precision gives, and whether the end is its own point.
struct Parts {
    int count;
    bool has_end;
};

Parts parts_of(const std::string& precision)
{
    if (precision == "day") {
        return {3, false};
    }
    if (precision == "day_range") {
        return {3, true};
    }
    if (precision == "month" || precision == "month_part") {
        return {2, false};
    }
    if (precision == "month_range" || precision == "season" || precision == "year_part") {
        return {2, true};
    }
    if (precision == "year_range") {
        return {1, true};
    }
    return {1, false};
}

std::string body_html(const std::string& type, const std::string& identifier, const std::string& terms,
                      const std::string& wording, const std::string& quote, const std::string& source)
{
    std::string label = type + (identifier.empty() ? "" : " " + identifier);
    if (!terms.empty()) {
        std::string t = terms;
        std::replace(t.begin(), t.end(), ';', ',');
        std::replace(t.begin(), t.end(), '_', ' ');
        label += " · " + t;
    }
    std::string html = "<p>" + xml_escape(label) + "</p>";
    if (!wording.empty()) {
        html += "<p>" + xml_escape(wording) + "</p>";
    }
    if (!quote.empty()) {
        html += "<blockquote>" + xml_escape(quote) + "</blockquote>";
    }
    if (!source.empty()) {
        html += "<p>Source: " + xml_escape(source) + "</p>";
    }
    return html;
}

} // namespace

std::optional<std::string> timelinejs_event(const std::vector<std::string>& columns, std::span<const Value> values)
{
    auto cell = [&](std::string_view name) -> std::string {
        const auto it = std::find(columns.begin(), columns.end(), name);
        if (it == columns.end()) {
            return "";
        }
        const Value& v = values[static_cast<std::size_t>(it - columns.begin())];
        if (const auto* s = std::get_if<std::string>(&v)) {
            return *s;
        }
        if (const auto* i = std::get_if<std::int64_t>(&v)) {
            return std::to_string(*i);
        }
        return "";
    };
    const std::string start = cell("date_start");
    if (start.empty()) {
        return std::nullopt;
    }
    const std::string end = cell("date_end");
    const std::string precision = cell("precision");
    const Parts parts = parts_of(precision);
    json event;
    event["unique_id"] = "act-" + cell("act_id");
    event["start_date"] = date_object(parse_day(start), parts.count);
    if (parts.has_end) {
        event["end_date"] = date_object(parse_day(end), parts.count);
    }
    if (precision != "day") {
        event["display_date"] = date_in_words(precision, start, end);
    }
    event["group"] = cell("jurisdiction");
    event["text"] = {{"headline", cell("body")},
                     {"text", body_html(cell("act_type"), cell("identifier"), cell("terms"), cell("wording"),
                                        cell("quote"), cell("source"))}};
    return event.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace acta
