#include "svg_writer.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

namespace acta {

namespace {

// Length of the UTF-8 sequence starting with byte `b` (1 for an invalid byte).
std::size_t sequence_length(unsigned char b)
{
    if (b >= 0xF0 && b < 0xF8) {
        return 4;
    }
    if (b >= 0xE0) {
        return b < 0xF0 ? 3 : 1;
    }
    if (b >= 0xC0) {
        return 2;
    }
    return 1;
}

// Advance of one character in ems, rounded up from DejaVu Sans's metrics.
double advance(std::string_view ch)
{
    if (ch.size() > 1) {
        return 0.75; // accented letters, dashes, ellipsis: DejaVu draws them at most this wide here
    }
    const char c = ch[0];
    if (c == ' ') {
        return 0.33;
    }
    if (std::string_view("ijl.,:;'|!()[]").find(c) != std::string_view::npos) {
        return 0.36;
    }
    if (std::string_view("frt-/\"").find(c) != std::string_view::npos) {
        return 0.44;
    }
    if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
        return 1.0;
    }
    if (c >= 'A' && c <= 'Z') {
        return c == 'I' ? 0.36 : 0.78;
    }
    return 0.66; // lower case letters, digits, the rest of ASCII
}

bool valid_sequence(std::string_view s)
{
    if (s.size() == 1) {
        return static_cast<unsigned char>(s[0]) < 0x80;
    }
    for (std::size_t i = 1; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            return false;
        }
    }
    return true;
}

// Calls f(character) for each UTF-8 character of `text`; an invalid byte is passed as U+FFFD.
template <class F>
void each_character(std::string_view text, F f)
{
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
        if (i + n > text.size() || !valid_sequence(text.substr(i, n))) {
            f(std::string_view("\xEF\xBF\xBD"));
            ++i;
            continue;
        }
        f(text.substr(i, n));
        i += n;
    }
}

} // namespace

double text_width(std::string_view text, double font_size)
{
    double ems = 0;
    each_character(text, [&](std::string_view ch) { ems += advance(ch); });
    return ems * font_size;
}

std::string ellipsize(std::string_view text, double font_size, double max_width)
{
    if (text_width(text, font_size) <= max_width) {
        return std::string(text);
    }
    const double budget = max_width - text_width("…", font_size);
    std::string out;
    double used = 0;
    bool full = false;
    each_character(text, [&](std::string_view ch) {
        const double w = advance(ch) * font_size;
        if (full || used + w > budget) {
            full = true;
            return;
        }
        used += w;
        out += ch;
    });
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out + "…";
}

std::string ellipsize_middle(std::string_view text, double font_size, double max_width)
{
    if (text_width(text, font_size) <= max_width) {
        return std::string(text);
    }
    // The tail keeps up to 40% of the room; the head takes what the tail leaves.
    std::vector<std::string_view> chars;
    each_character(text, [&](std::string_view ch) { chars.push_back(ch); });
    const double budget = max_width - text_width("…", font_size);
    double tail_width = 0;
    std::size_t tail = chars.size();
    while (tail > 0 && tail_width + advance(chars[tail - 1]) * font_size <= budget * 0.4) {
        tail_width += advance(chars[--tail]) * font_size;
    }
    std::string head;
    double used = 0;
    for (std::size_t i = 0; i < tail && used + advance(chars[i]) * font_size <= budget - tail_width; ++i) {
        used += advance(chars[i]) * font_size;
        head += chars[i];
    }
    std::string end;
    for (std::size_t i = tail; i < chars.size(); ++i) {
        end += chars[i];
    }
    while (!head.empty() && head.back() == ' ') {
        head.pop_back();
    }
    while (!end.empty() && end.front() == ' ') {
        end.erase(0, 1);
    }
    return head + "…" + end;
}

std::string xml_escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    each_character(text, [&](std::string_view ch) {
        switch (ch[0]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            // XML 1.0 allows no control characters but tab, LF and CR.
            if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x20 && ch[0] != '\t' && ch[0] != '\n' &&
                ch[0] != '\r') {
                out += ' ';
            } else {
                out += ch;
            }
        }
    });
    return out;
}

std::string coord(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100) / 100);
    std::string s = buf;
    while (s.back() == '0') {
        s.pop_back();
    }
    if (s.back() == '.') {
        s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

SvgWriter::SvgWriter(double width, double height, std::string_view title)
{
    m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    m_out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + coord(width) + "\" height=\"" +
             coord(height) + "\" viewBox=\"0 0 " + coord(width) + " " + coord(height) + "\" font-family=\"" +
             chart_font + "\">\n";
    m_out += "<title>" + xml_escape(title) + "</title>\n";
    element("rect", {{"width", coord(width)}, {"height", coord(height)}, {"fill", "#ffffff"}});
}

void SvgWriter::attributes(Attributes attributes)
{
    for (const auto& [name, value] : attributes) {
        m_out += ' ';
        m_out += name;
        m_out += "=\"" + xml_escape(value) + '"';
    }
}

void SvgWriter::element(std::string_view name, Attributes attrs)
{
    m_out += '<';
    m_out += name;
    attributes(attrs);
    m_out += "/>\n";
}

void SvgWriter::element_with_title(std::string_view name, Attributes attrs, std::string_view tooltip)
{
    m_out += '<';
    m_out += name;
    attributes(attrs);
    m_out += "><title>" + xml_escape(tooltip) + "</title></";
    m_out += name;
    m_out += ">\n";
}

void SvgWriter::open(std::string_view name, Attributes attrs)
{
    m_out += '<';
    m_out += name;
    attributes(attrs);
    m_out += ">\n";
}

void SvgWriter::close(std::string_view name)
{
    m_out += "</";
    m_out += name;
    m_out += ">\n";
}

void SvgWriter::text(double x, double y, std::string_view text, const TextStyle& style, double max_width)
{
    const std::string shown = max_width <= 0     ? std::string(text)
                              : style.cut_middle ? ellipsize_middle(text, style.size, max_width)
                                                 : ellipsize(text, style.size, max_width);
    m_out += "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" font-size=\"" + coord(style.size) + "\"";
    if (std::string_view(style.anchor) != "start") {
        m_out += std::string(" text-anchor=\"") + style.anchor + "\"";
    }
    if (style.bold) {
        m_out += " font-weight=\"bold\"";
    }
    m_out += std::string(" fill=\"") + style.fill + "\">";
    if (shown != text) {
        m_out += "<title>" + xml_escape(text) + "</title>";
    }
    m_out += xml_escape(shown) + "</text>\n";
}

std::string SvgWriter::finish()
{
    m_out += "</svg>\n";
    return std::move(m_out);
}

} // namespace acta
