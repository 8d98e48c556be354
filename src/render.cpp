#include "render.hpp"

#include "error.hpp"
#include "timelinejs.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <ostream>

namespace acta {

namespace {

constexpr Format format_table[] = {
    // name      layout             quoting            col sep   row sep  NULL    header neutral array
    {"table",    Layout::box,       Quoting::box,      "│",      "\n",    "",     true,  false, false,
     "a table drawn with box characters, fitted to the terminal width"},
    {"csv",      Layout::delimited, Quoting::csv,      ",",      "\r\n",  "",     true,  true,  false,
     "comma-separated values (RFC 4180), CRLF line ends"},
    {"tsv",      Layout::delimited, Quoting::tsv,      "\t",     "\n",    "",     true,  true,  false,
     "tab-separated values, tab/newline/CR/backslash escaped as \\t \\n \\r \\\\"},
    {"json",     Layout::json,      Quoting::json,     ",",      "\n",    "null", false, false, true,
     "one JSON array of objects"},
    {"ndjson",   Layout::json,      Quoting::json,     ",",      "\n",    "null", false, false, false,
     "one JSON object per line"},
    {"markdown", Layout::delimited, Quoting::markdown, " | ",    "\n",    "",     true,  false, false,
     "a Markdown (GitHub) table"},
    {"timelinejs", Layout::timelinejs, Quoting::json, ",",   "\n",    "null", false, false, true,
     "Knight Lab TimelineJS JSON: one event per dated act"},
    {"line",     Layout::line,      Quoting::none,     " = ",    "\n",    "",     false, false, false,
     "one \"column = value\" line per cell, a blank line between rows"},
};

// Decodes one UTF-8 sequence at text[i]; returns the code point, or -1 for an invalid byte.
// Advances i past what was read (one byte when invalid).
long next_code_point(std::string_view text, std::size_t& i)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = 0;
    long cp = 0;
    long min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        ++i;
        return -1;
    }
    if (i + length > text.size()) {
        ++i;
        return -1;
    }
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return -1;
    }
    i += length;
    return cp;
}

int code_point_width(long cp)
{
    if (cp < 0) {
        return 1;
    }
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D ||
        (cp >= 0xFE00 && cp <= 0xFE0F)) {
        return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
        return 2;
    }
    return 1;
}

std::string number_text(const Value& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    const double d = std::get<double>(v);
    if (!std::isfinite(d)) {
        return std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
    }
    char buf[64];
    // Shortest text that reads back as the same double.
    const auto res = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, res.ptr);
}

bool is_number(const Value& v)
{
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

void write_json_string(std::ostream& out, std::string_view s)
{
    std::string buf;
    buf.reserve(s.size() + 2);
    buf += '"';
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const long cp = next_code_point(s, i);
        switch (cp) {
        case '"': buf += "\\\""; break;
        case '\\': buf += "\\\\"; break;
        case '\n': buf += "\\n"; break;
        case '\r': buf += "\\r"; break;
        case '\t': buf += "\\t"; break;
        case '\b': buf += "\\b"; break;
        case '\f': buf += "\\f"; break;
        default:
            if (cp < 0) {
                buf += "\xEF\xBF\xBD"; // U+FFFD: JSON must be valid UTF-8
            } else if (cp < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", static_cast<unsigned>(cp));
                buf += esc;
            } else {
                buf.append(s.substr(at, i - at));
            }
        }
    }
    buf += '"';
    out << buf;
}

// Text for a box cell: one line, control characters as spaces, invalid bytes as U+FFFD.
std::string box_text(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const long cp = next_code_point(s, i);
        if (cp < 0) {
            out += "\xEF\xBF\xBD";
        } else if (cp < 0x20 || cp == 0x7F) {
            out += ' ';
        } else {
            out.append(s.substr(at, i - at));
        }
    }
    return out;
}

// The longest prefix of `s` at most `width` columns wide, then "…" when cut.
std::string fit(const std::string& s, std::size_t width)
{
    if (display_width(s) <= width) {
        return s;
    }
    if (width == 0) {
        return "";
    }
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const int w = code_point_width(next_code_point(s, i));
        if (used + w > width - 1) {
            break;
        }
        used += w;
        out.append(s, at, i - at);
    }
    out += "…";
    return out;
}

std::string repeat(std::string_view piece, std::size_t n)
{
    std::string out;
    out.reserve(piece.size() * n);
    for (std::size_t k = 0; k < n; ++k) {
        out += piece;
    }
    return out;
}

// The one renderer: the format table decides separators, quoting, NULL text and layout.
std::size_t sum(const std::vector<std::size_t>& v)
{
    std::size_t s = 0;
    for (auto w : v) {
        s += w;
    }
    return s;
}

// The widths of a box table's columns within `budget`: their natural widths when they fit; else
// headers wider than their data are cut first (to 8 columns at least: a cut header is easier to
// read than cut data), and what is not needed is given back left to right; if that is still too
// wide, water-filling: the largest cap that fits; narrow columns keep their width, wide ones are
// cut to the cap (at least 1 column each), what is left goes to the widest.
std::vector<std::size_t> fit_widths(const std::vector<std::size_t>& header, const std::vector<std::size_t>& data,
                                    const std::vector<std::size_t>& natural, std::size_t budget)
{
    const std::size_t n = natural.size();
    std::vector<std::size_t> widths = natural;
    if (sum(widths) > budget) {
        for (std::size_t c = 0; c < n; ++c) {
            widths[c] = std::max(data[c], std::min<std::size_t>(header[c], 8));
        }
        for (std::size_t c = 0; c < n && sum(widths) < budget; ++c) {
            widths[c] = std::min(natural[c], widths[c] + (budget - sum(widths)));
        }
    }
    if (sum(widths) > budget) {
        const std::vector<std::size_t> wanted = widths;
        std::size_t cap = 1;
        for (std::size_t hi = *std::max_element(wanted.begin(), wanted.end()); cap < hi;) {
            const std::size_t mid = (cap + hi + 1) / 2;
            std::size_t s = 0;
            for (auto w : wanted) {
                s += std::min(w, mid);
            }
            if (s <= budget) {
                cap = mid;
            } else {
                hi = mid - 1;
            }
        }
        std::size_t used = 0;
        for (std::size_t c = 0; c < n; ++c) {
            widths[c] = std::min(wanted[c], cap);
            used += widths[c];
        }
        for (std::size_t c = 0; c < n && used < budget; ++c) {
            if (wanted[c] > widths[c]) {
                ++widths[c];
                ++used;
            }
        }
    }
    return widths;
}

class Renderer : public RowSink {
public:
    Renderer(const Format& format, std::ostream& out, RenderOptions options)
        : m_format(format), m_out(out), m_options(std::move(options))
    {
    }

    void begin(const std::vector<std::string>& columns) override
    {
        errno = 0; // so a failed write reports its own cause
        m_columns = columns;
        if (m_options.bom) {
            m_out << "\xEF\xBB\xBF";
        }
        switch (m_format.layout) {
        case Layout::delimited:
            if (m_format.header) {
                std::vector<Value> names(columns.begin(), columns.end());
                write_delimited(names, true);
                if (m_format.quoting == Quoting::markdown) {
                    m_out << '|';
                    for (std::size_t c = 0; c < columns.size(); ++c) {
                        m_out << " --- |";
                    }
                    m_out << m_format.row_separator;
                }
            }
            break;
        case Layout::json:
            if (m_format.array) {
                m_out << '[';
            }
            break;
        case Layout::line:
            for (const auto& c : columns) {
                m_name_width = std::max(m_name_width, display_width(c));
            }
            break;
        case Layout::timelinejs:
            m_out << "{\"events\": [";
            break;
        case Layout::box:
            break;
        }
        check();
    }

    void row(std::span<const Value> values) override
    {
        errno = 0;
        switch (m_format.layout) {
        case Layout::delimited:
            write_delimited(values, false);
            break;
        case Layout::json:
            write_json(values);
            break;
        case Layout::line:
            write_line(values);
            break;
        case Layout::timelinejs:
            write_event(values);
            break;
        case Layout::box:
            if (!m_box_started) {
                m_buffer.emplace_back(values.begin(), values.end());
                if (m_buffer.size() >= m_options.table_buffer_rows) {
                    start_box();
                }
            } else {
                write_box_row(values);
            }
            break;
        }
        ++m_rows;
        check();
    }

    void end() override
    {
        errno = 0;
        switch (m_format.layout) {
        case Layout::json:
            if (m_format.array) {
                m_out << (m_rows == 0 ? "]\n" : "\n]\n");
            }
            break;
        case Layout::box:
            if (!m_box_started) {
                start_box();
            }
            m_out << border("└", "┴", "┘") << '\n';
            break;
        case Layout::timelinejs:
            m_out << (m_events == 0 ? "]}\n" : "\n]}\n");
            break;
        case Layout::delimited:
        case Layout::line:
            break;
        }
        m_out.flush();
        check();
    }

private:
    void check()
    {
        if (!m_out.good()) {
            const int e = errno;
            std::string msg = "cannot write to " + m_options.output_name;
            if (e != 0) {
                msg += std::string(": ") + std::strerror(e);
            }
            throw DataError(msg);
        }
    }

    // Text of a cell for delimited layouts, NULL and quoting applied.
    std::string cell_text(const Value& v, bool is_header) const
    {
        if (std::holds_alternative<std::monostate>(v)) {
            return std::string(m_format.null_text);
        }
        if (is_number(v)) {
            return number_text(v);
        }
        std::string s = std::get<std::string>(v);
        if (m_format.neutralize && !m_options.raw && !is_header) {
            s = neutralize_formula(s);
        }
        switch (m_format.quoting) {
        case Quoting::csv:
            if (s.find_first_of(",\"\r\n") != std::string::npos) {
                std::string q = "\"";
                for (char ch : s) {
                    if (ch == '"') {
                        q += '"';
                    }
                    q += ch;
                }
                q += '"';
                return q;
            }
            return s;
        case Quoting::tsv: {
            std::string e;
            e.reserve(s.size());
            for (char ch : s) {
                switch (ch) {
                case '\t': e += "\\t"; break;
                case '\n': e += "\\n"; break;
                case '\r': e += "\\r"; break;
                case '\\': e += "\\\\"; break;
                default: e += ch;
                }
            }
            return e;
        }
        case Quoting::markdown: {
            std::string e;
            e.reserve(s.size());
            for (std::size_t i = 0; i < s.size(); ++i) {
                const char ch = s[i];
                if (ch == '|') {
                    e += "\\|";
                } else if (ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
                    continue; // CRLF is one break
                } else if (ch == '\n' || ch == '\r') {
                    e += "<br>";
                } else {
                    e += ch;
                }
            }
            return e;
        }
        default:
            return s;
        }
    }

    void write_delimited(std::span<const Value> values, bool is_header)
    {
        std::string line;
        if (m_format.quoting == Quoting::markdown) {
            line += "| ";
        }
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (c > 0) {
                line += m_format.column_separator;
            }
            line += cell_text(values[c], is_header);
        }
        if (m_format.quoting == Quoting::markdown) {
            line += " |";
        }
        line += m_format.row_separator;
        m_out << line;
    }

    void write_json(std::span<const Value> values)
    {
        if (m_format.array) {
            m_out << (m_rows == 0 ? "\n" : ",\n");
        }
        m_out << '{';
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (c > 0) {
                m_out << m_format.column_separator;
            }
            write_json_string(m_out, c < m_columns.size() ? m_columns[c] : std::to_string(c));
            m_out << ':';
            const Value& v = values[c];
            if (std::holds_alternative<std::monostate>(v)) {
                m_out << m_format.null_text;
            } else if (const auto* d = std::get_if<double>(&v); d && !std::isfinite(*d)) {
                m_out << "null"; // JSON has no NaN or infinity
            } else if (is_number(v)) {
                m_out << number_text(v);
            } else {
                write_json_string(m_out, std::get<std::string>(v));
            }
        }
        m_out << '}';
        if (!m_format.array) {
            m_out << m_format.row_separator;
        }
    }

    void write_line(std::span<const Value> values)
    {
        if (m_rows > 0) {
            m_out << m_format.row_separator;
        }
        for (std::size_t c = 0; c < values.size(); ++c) {
            const std::string& name = c < m_columns.size() ? m_columns[c] : std::string();
            m_out << std::string(m_name_width - std::min(m_name_width, display_width(name)), ' ') << name
                  << m_format.column_separator;
            const Value& v = values[c];
            if (std::holds_alternative<std::monostate>(v)) {
                m_out << m_format.null_text;
            } else if (is_number(v)) {
                m_out << number_text(v);
            } else {
                m_out << std::get<std::string>(v);
            }
            m_out << m_format.row_separator;
        }
    }

    // An undated act has no place on a TimelineJS timeline and is left out.
    void write_event(std::span<const Value> values)
    {
        if (const auto event = timelinejs_event(m_columns, values)) {
            m_out << (m_events == 0 ? "\n" : ",\n") << *event;
            ++m_events;
        }
    }

    static std::string box_cell(const Value& v)
    {
        if (std::holds_alternative<std::monostate>(v)) {
            return "";
        }
        if (is_number(v)) {
            return number_text(v);
        }
        return box_text(std::get<std::string>(v));
    }

    // Sizes the columns from the header and the buffered rows, fitted to the width, then writes
    // the top of the table and the buffered rows.
    void start_box()
    {
        m_box_started = true;
        const std::size_t n = m_columns.size();
        std::vector<std::size_t> header(n, 1);
        std::vector<std::size_t> data(n, 1);
        m_right.assign(n, true);
        std::vector<bool> seen(n, false);
        for (std::size_t c = 0; c < n; ++c) {
            header[c] = std::max<std::size_t>(1, display_width(box_text(m_columns[c])));
        }
        for (const auto& r : m_buffer) {
            for (std::size_t c = 0; c < n && c < r.size(); ++c) {
                data[c] = std::max(data[c], display_width(box_cell(r[c])));
                if (!std::holds_alternative<std::monostate>(r[c])) {
                    seen[c] = true;
                    if (!is_number(r[c])) {
                        m_right[c] = false;
                    }
                }
            }
        }
        std::vector<std::size_t> natural(n);
        for (std::size_t c = 0; c < n; ++c) {
            m_right[c] = m_right[c] && seen[c];
            natural[c] = std::max(header[c], data[c]);
        }
        const int total = m_options.width > 0 ? m_options.width : terminal_width(m_out);
        // Each column takes its width plus a space either side plus one bar; one more bar closes.
        const std::size_t frame = 3 * n + 1;
        const std::size_t budget = static_cast<std::size_t>(std::max<int>(total, 0)) > frame
                                       ? static_cast<std::size_t>(total) - frame
                                       : n;
        m_widths = fit_widths(header, data, natural, budget);
        std::string out = border("┌", "┬", "┐") + "\n";
        out += "│";
        for (std::size_t c = 0; c < n; ++c) {
            out += ' ' + pad(fit(box_text(m_columns[c]), m_widths[c]), m_widths[c], false) + " │";
        }
        out += "\n" + border("├", "┼", "┤") + "\n";
        m_out << out;
        for (const auto& r : m_buffer) {
            write_box_row(r);
        }
        m_buffer.clear();
        m_buffer.shrink_to_fit();
    }

    std::string border(std::string_view left, std::string_view middle, std::string_view right) const
    {
        std::string out(left);
        for (std::size_t c = 0; c < m_widths.size(); ++c) {
            if (c > 0) {
                out += middle;
            }
            out += repeat("─", m_widths[c] + 2);
        }
        out += right;
        return out;
    }

    static std::string pad(const std::string& s, std::size_t width, bool right)
    {
        const std::size_t w = display_width(s);
        const std::string fill(width > w ? width - w : 0, ' ');
        return right ? fill + s : s + fill;
    }

    void write_box_row(std::span<const Value> values)
    {
        std::string out = "│";
        for (std::size_t c = 0; c < m_widths.size(); ++c) {
            const std::string text = c < values.size() ? box_cell(values[c]) : std::string();
            const bool right = m_right[c] && c < values.size() && is_number(values[c]);
            out += ' ' + pad(fit(text, m_widths[c]), m_widths[c], right) + " │";
        }
        out += '\n';
        m_out << out;
    }

    const Format& m_format;
    std::ostream& m_out;
    RenderOptions m_options;
    std::vector<std::string> m_columns;
    std::size_t m_rows = 0;
    std::size_t m_name_width = 0;
    std::size_t m_events = 0; // timelinejs
    // table layout
    bool m_box_started = false;
    std::vector<std::vector<Value>> m_buffer;
    std::vector<std::size_t> m_widths;
    std::vector<bool> m_right;
};

} // namespace

std::span<const Format> formats()
{
    return format_table;
}

const Format& find_format(std::string_view name)
{
    for (const auto& f : format_table) {
        if (f.name == name) {
            return f;
        }
    }
    std::string known;
    for (const auto& f : format_table) {
        known += known.empty() ? "" : ", ";
        known += f.name;
    }
    throw UsageError("unknown format '" + std::string(name) + "' (use one of: " + known + ")");
}

void check_format_allowed(std::string_view name, std::initializer_list<std::string_view> allowed)
{
    find_format(name);
    std::string known;
    for (auto a : allowed) {
        if (a == name) {
            return;
        }
        known += known.empty() ? "" : ", ";
        known += a;
    }
    throw UsageError("format '" + std::string(name) + "' is not available here (use one of: " + known + ")");
}

std::unique_ptr<RowSink> make_renderer(const Format& format, std::ostream& out, RenderOptions options)
{
    return std::make_unique<Renderer>(format, out, std::move(options));
}

int terminal_width(const std::ostream& out)
{
    if (&out != &std::cout || !::isatty(STDOUT_FILENO)) {
        return 120;
    }
    if (const char* env = std::getenv("COLUMNS"); env && *env) {
        int value = 0;
        const auto res = std::from_chars(env, env + std::strlen(env), value);
        if (res.ec == std::errc() && *res.ptr == '\0' && value > 0) {
            return value;
        }
    }
    winsize ws{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
        return ws.ws_col;
    }
    return 80;
}

std::size_t display_width(std::string_view text)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        width += code_point_width(next_code_point(text, i));
    }
    return width;
}

std::string neutralize_formula(std::string_view text)
{
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        return "'" + std::string(text);
    }
    return std::string(text);
}

OutputFile::OutputFile(std::ostream& standard_output, const std::string& path)
    : m_stream(&standard_output), m_name("stdout"), m_path(path)
{
    if (path.empty() || path == "-") {
        return;
    }
    namespace fs = std::filesystem;
    m_name = path;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (fs::is_directory(status)) {
        throw DataError("cannot write to " + path + ": it is a directory");
    }
    const bool direct = fs::exists(status) && !fs::is_regular_file(status);
    const std::string target = direct ? path : path + ".tmp";
    if (!direct) {
        m_tmp_path = target;
    }
    errno = 0;
    m_file = std::make_unique<std::ofstream>(target, std::ios::binary | std::ios::trunc);
    if (!*m_file) {
        const int e = errno;
        m_tmp_path.clear(); // nothing was created
        throw DataError("cannot create " + target + (e ? std::string(": ") + std::strerror(e) : std::string()));
    }
    m_stream = m_file.get();
}

OutputFile::~OutputFile()
{
    if (!m_committed && !m_tmp_path.empty()) {
        m_file.reset();
        std::error_code ec;
        std::filesystem::remove(m_tmp_path, ec); // never throw from a destructor
    }
}

void OutputFile::commit()
{
    errno = 0;
    m_stream->flush();
    if (m_file) {
        m_file->close();
    }
    if (!m_stream->good()) {
        const int e = errno;
        throw DataError("cannot write to " + m_name + (e ? std::string(": ") + std::strerror(e) : std::string()));
    }
    if (!m_tmp_path.empty()) {
        std::error_code ec;
        std::filesystem::rename(m_tmp_path, m_path, ec);
        if (ec) {
            throw DataError("cannot rename " + m_tmp_path + " to " + m_path + ": " + ec.message());
        }
    }
    m_committed = true;
}

} // namespace acta
