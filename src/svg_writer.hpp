#pragma once
// Writes SVG 1.1 text: elements with escaped attributes, real <text> (never paths), and the text
// measure the charts lay their labels out with. No script, no external reference.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace acta {

// The font every chart names; text_width() is measured for it (DejaVu Sans, Debian's default
// sans-serif, which Chromium and librsvg use), and errs on the wide side for the others.
inline constexpr const char* chart_font = "DejaVu Sans, Verdana, Arial, sans-serif";

// The width in pixels of `text` set at `font_size` pixels, a little wider than DejaVu Sans draws it.
double text_width(std::string_view text, double font_size);

// `text` cut (at a character boundary) and ended with "…" so that it is at most `max_width`
// pixels wide; as is when it fits.
std::string ellipsize(std::string_view text, double font_size, double max_width);
// The same with the cut in the middle ("The Very Long Name of…Number 50"), so that names
// differing only at their end stay apart.
std::string ellipsize_middle(std::string_view text, double font_size, double max_width);

// `text` with & < > " escaped for XML text and attribute values; invalid UTF-8 becomes U+FFFD.
std::string xml_escape(std::string_view text);

// A number as an SVG coordinate: at most two decimals, no trailing zeros.
std::string coord(double v);

using Attributes = std::initializer_list<std::pair<std::string_view, std::string>>;

struct TextStyle {
    double size = 11;
    const char* anchor = "start"; // start, middle, end
    bool bold = false;
    const char* fill = "#222222";
    bool cut_middle = false; // a text too wide is cut in its middle, not at its end
};

class SvgWriter {
public:
    // Begins the document: an <svg> of `width` x `height` pixels with a white background.
    SvgWriter(double width, double height, std::string_view title);

    // <name attributes/>
    void element(std::string_view name, Attributes attributes);
    // <name attributes><title>tooltip</title></name>: a mark with a tooltip.
    void element_with_title(std::string_view name, Attributes attributes, std::string_view tooltip);
    void open(std::string_view name, Attributes attributes);
    void close(std::string_view name);
    // A <text> at (x, y) (y is the baseline), cut to `max_width` pixels when that is > 0; a cut
    // text keeps its whole wording in a <title>.
    void text(double x, double y, std::string_view text, const TextStyle& style, double max_width = 0);

    // Ends the document and returns it.
    std::string finish();

private:
    void attributes(Attributes attributes);
    std::string m_out;
};

} // namespace acta
