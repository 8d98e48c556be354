#pragma once
// Output formats: one renderer driven by a table of formats, as the sqlite3 shell describes its
// output modes (name, separators, quoting, NULL text). Rows stream through a RowSink: every
// format writes each row as it comes, except `table`, which buffers at most
// RenderOptions::table_buffer_rows rows to size its columns and then streams the rest.
#include <cstdint>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace acta {

// A cell: NULL, an integer, a real or text (UTF-8). The type decides JSON numbers and
// right-alignment in tables.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// Receives a result: begin() once with the column names, row() per row (as many values as
// columns), end() once. Implementations throw DataError when the output cannot be written.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void begin(const std::vector<std::string>& columns) = 0;
    virtual void row(std::span<const Value> values) = 0;
    virtual void end() = 0;
};

// How a format lays a result out.
enum class Layout {
    box,       // a drawn table sized to the terminal
    delimited, // header line, then one line per row, cells separated
    json,      // objects keyed by column name
    line,      // "column = value", one per line, a blank line between rows
    timelinejs, // Knight Lab TimelineJS: {"events": [...]}, one event per dated act (timelinejs.hpp)
};

// How a format writes one text cell.
enum class Quoting {
    none,     // as is
    csv,      // RFC 4180: quoted only when it holds the separator, a quote, CR or LF
    tsv,      // backslash escapes: \t \n \r \\  (so a cell never breaks a line or a column)
    json,     // a JSON string
    markdown, // | escaped as \|, line breaks as <br>
    box,      // control characters shown as spaces, long cells cut with "…"
};

// One row of the format table.
struct Format {
    std::string_view name;
    Layout layout;
    Quoting quoting;
    std::string_view column_separator;
    std::string_view row_separator;
    std::string_view null_text;
    bool header;     // a header line with the column names (delimited layouts)
    bool neutralize; // cells that a spreadsheet would run as a formula get a leading '
    bool array;      // json: one array of objects (true) or one object per line (false)
    std::string_view description;
};

// Every format, in the order help texts list them.
std::span<const Format> formats();

// The format called `name`. Throws UsageError naming the known formats.
const Format& find_format(std::string_view name);

// Throws UsageError unless `name` is one of `allowed` (a command accepts a subset of formats).
void check_format_allowed(std::string_view name, std::initializer_list<std::string_view> allowed);

struct RenderOptions {
    bool raw = false;                    // csv/tsv: write cells beginning with = + - @ TAB CR as they are
    bool bom = false;                    // csv/tsv: begin with a UTF-8 byte order mark
    int width = 0;                       // table: total width in columns; 0 = the terminal's (see terminal_width)
    std::size_t table_buffer_rows = 500; // table: rows read ahead to size the columns
    std::string output_name = "stdout";  // named in write errors
};

// Makes the renderer for `format` writing to `out`. The sink throws DataError naming
// options.output_name when a write fails (the stream's failbit or badbit is set).
std::unique_ptr<RowSink> make_renderer(const Format& format, std::ostream& out, RenderOptions options);

// The width of a table written to `out`: for std::cout on a terminal, $COLUMNS when it is set
// to a number, else the terminal's width (ioctl), else 80; when `out` is not a terminal, 120.
int terminal_width(const std::ostream& out);

// Columns a UTF-8 string takes in a terminal (wide East Asian characters count 2, combining
// marks 0, each invalid byte 1).
std::size_t display_width(std::string_view text);

// Prefixes a single quote to text a spreadsheet would run as a formula: text beginning with
// = + - @ TAB or CR (OWASP's CSV injection advice). Other text is returned as is.
std::string neutralize_formula(std::string_view text);

// Where a command's output goes: stdout for "" or "-", else the file `path`. A regular file is
// written as `path`.tmp and renamed over `path` by commit(), so a failed command never leaves a
// half-written file; the temporary file is removed when the object dies uncommitted. A path that
// exists and is not a regular file (a device such as /dev/full, a pipe) is written directly.
class OutputFile {
public:
    // Throws DataError when the file cannot be created.
    OutputFile(std::ostream& standard_output, const std::string& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::ostream& stream() { return *m_stream; }
    const std::string& name() const { return m_name; }
    bool is_stdout() const { return m_file == nullptr; }
    // Flushes and, for a file, renames the temporary file into place.
    // Throws DataError when the flush or the rename fails.
    void commit();

private:
    std::ostream* m_stream;
    std::unique_ptr<std::ofstream> m_file;
    std::string m_name;
    std::string m_path;
    std::string m_tmp_path; // empty when writing directly
    bool m_committed = false;
};

} // namespace acta
