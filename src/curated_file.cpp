#include "curated_file.hpp"

#include "query.hpp"
#include "render.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace acta {

namespace {

// Where byte `offset` of `text` is: 1-based line and column (in characters).
struct Cursor {
    const std::string& text;
    std::size_t at = 0;
    int line = 1;
    int column = 1;

    void advance_to(std::size_t offset)
    {
        for (; at < offset && at < text.size(); ++at) {
            const auto c = static_cast<unsigned char>(text[at]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
    }
};

bool valid_utf8(const std::string& text, std::vector<FileProblem>& problems)
{
    Cursor cur{text};
    int last_line = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const int length = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = length > 0 && i + length <= text.size();
        unsigned long cp = length == 1 ? b0 : length == 2 ? b0 & 0x1F : length == 3 ? b0 & 0x0F : b0 & 0x07;
        for (int k = 1; ok && k < length; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            ok = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        static constexpr unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
        ok = ok && cp >= least[length] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        if (!ok) {
            cur.advance_to(i);
            if (cur.line != last_line) { // one report per line is enough to find it
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", b0);
                problems.push_back({cur.line, cur.column,
                                    std::string("byte ") + hex + " is not UTF-8: save the file as UTF-8 "
                                    "(a byte order mark is fine)"});
                last_line = cur.line;
            }
            ++i;
            continue;
        }
        i += length;
    }
    return problems.empty();
}

// acta's CSV export writes '=HR 3 for =HR 3 (render.hpp neutralize_formula): read it back.
std::string without_formula_prefix(std::string value)
{
    if (value.size() >= 2 && value[0] == '\'' && neutralize_formula(value.substr(1)) == value) {
        value.erase(0, 1);
    }
    return value;
}

// The known column names; problems for unknown and repeated ones.
bool check_names(const std::vector<Cell>& names, std::vector<FileProblem>& problems)
{
    const auto& known = export_columns();
    std::set<std::string> seen;
    const std::size_t before = problems.size();
    for (const auto& n : names) {
        if (std::find(known.begin(), known.end(), n.value) == known.end()) {
            problems.push_back({n.line, n.column, "unknown column '" + n.value + "'" + suggestions(n.value, known) +
                                                      " (the columns of 'acta export')"});
        } else if (!seen.insert(n.value).second) {
            problems.push_back({n.line, n.column, "column '" + n.value + "' appears twice"});
        }
    }
    return problems.size() == before;
}

// RFC 4180 records: cells with their positions, and each record's byte range.
class CsvReader {
public:
    CsvReader(const std::string& text, std::vector<FileProblem>& problems) : m_text(text), m_problems(problems) {}

    // The next record, or false at the end. Blank lines are skipped.
    bool next(std::vector<Cell>& cells, std::size_t& begin, std::size_t& end)
    {
        while (m_at < m_text.size() && (m_text[m_at] == '\n' || m_text.compare(m_at, 2, "\r\n") == 0)) {
            m_at += m_text[m_at] == '\n' ? 1 : 2;
        }
        if (m_at >= m_text.size()) {
            return false;
        }
        cells.clear();
        begin = m_at;
        for (;;) {
            cells.push_back(cell());
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            end = m_at;
            if (m_text.compare(m_at, 2, "\r\n") == 0) {
                m_at += 2;
            } else if (m_at < m_text.size()) {
                ++m_at; // '\n'
            }
            return true;
        }
    }

private:
    Cell start_cell(std::size_t offset)
    {
        m_cursor.advance_to(offset);
        return {"", false, m_cursor.line, m_cursor.column};
    }

    void problem(std::size_t offset, std::string message)
    {
        Cursor c{m_text};
        c.advance_to(offset);
        m_problems.push_back({c.line, c.column, std::move(message)});
    }

    Cell cell()
    {
        Cell c = start_cell(m_at);
        if (m_at < m_text.size() && m_text[m_at] == '"') {
            const std::size_t open = m_at++;
            for (;;) {
                const auto q = m_text.find('"', m_at);
                if (q == std::string::npos) {
                    problem(open, "a quoted cell is not closed: the file ends inside it");
                    m_at = m_text.size();
                    return c;
                }
                c.value.append(m_text, m_at, q - m_at);
                m_at = q + 1;
                if (m_at < m_text.size() && m_text[m_at] == '"') {
                    c.value += '"';
                    ++m_at;
                    continue;
                }
                break;
            }
            const auto stop = m_text.find_first_of(",\n", m_at);
            const auto tail_end = stop == std::string::npos ? m_text.size() : stop;
            std::string_view tail(m_text.data() + m_at, tail_end - m_at);
            if (!tail.empty() && tail != "\r") {
                problem(m_at, "text after the closing quote of a cell: quote the whole cell and double the quotes in it");
                m_at = tail_end;
            }
            c.value = without_formula_prefix(std::move(c.value));
            return c;
        }
        const auto stop = m_text.find_first_of(",\n", m_at);
        std::size_t end = stop == std::string::npos ? m_text.size() : stop;
        const std::size_t next = end;
        if (end > m_at && m_text[end - 1] == '\r') {
            --end;
        }
        c.value = m_text.substr(m_at, end - m_at);
        if (const auto q = c.value.find('"'); q != std::string::npos) {
            problem(m_at + q, "a quote inside an unquoted cell: quote the whole cell and double the quotes in it");
        }
        m_at = next;
        c.null = c.value.empty();
        c.value = without_formula_prefix(std::move(c.value));
        return c;
    }

    const std::string& m_text;
    std::vector<FileProblem>& m_problems;
    std::size_t m_at = 0;
    Cursor m_cursor{m_text};
};

void read_csv(CuratedFile& file, std::vector<FileProblem>& problems)
{
    CsvReader reader(file.text, problems);
    std::vector<Cell> header;
    std::size_t begin = 0;
    std::size_t end = 0;
    if (!reader.next(header, begin, end)) {
        problems.push_back({1, 1, "the file is empty: it needs a header line with the columns of 'acta export'"});
        return;
    }
    const bool names_ok = check_names(header, problems);
    std::vector<Cell> cells;
    for (std::size_t before = problems.size(); reader.next(cells, begin, end); before = problems.size()) {
        if (problems.size() > before) {
            continue; // a quoting problem: the cells of this record cannot be counted
        }
        if (cells.size() != header.size()) {
            const Cell& where = cells.size() > header.size() ? cells[header.size()] : cells.back();
            problems.push_back({where.line, where.column,
                                std::to_string(cells.size()) + " cells where the header has " +
                                    std::to_string(header.size()) + " columns"});
            continue;
        }
        if (!names_ok) {
            continue;
        }
        CuratedRecord r{cells.front().line, cells.front().column, begin, end, {}};
        for (std::size_t i = 0; i < cells.size(); ++i) {
            r.cells[header[i].value] = std::move(cells[i]);
        }
        file.records.push_back(std::move(r));
    }
}

// Byte offsets of each element of the top-level array, and of each key inside it, in order.
struct JsonLayout {
    std::vector<std::size_t> elements;
    std::vector<std::vector<std::size_t>> keys;
};

JsonLayout json_layout(const std::string& text)
{
    JsonLayout out;
    int depth = 0;
    bool expect_key = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            if (depth == 2 && expect_key) {
                out.keys.back().push_back(i);
                expect_key = false;
            }
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                i += text[i] == '\\' ? 1 : 0;
            }
            continue;
        }
        if (depth == 1 && c != ']' && c != ',' && !std::isspace(static_cast<unsigned char>(c))) {
            out.elements.push_back(i);
            out.keys.emplace_back();
        }
        if (c == '{' || c == '[') {
            ++depth;
            expect_key = depth == 2 && c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 2) {
            expect_key = true;
        }
    }
    return out;
}

void read_json(CuratedFile& file, std::vector<FileProblem>& problems)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(file.text);
    } catch (const nlohmann::json::parse_error& e) {
        Cursor c{file.text};
        c.advance_to(e.byte > 0 ? e.byte - 1 : 0);
        const std::string what = e.what();
        problems.push_back({c.line, c.column, "not JSON: " + what.substr(what.find(':') + 2)});
        return;
    }
    const JsonLayout layout = json_layout(file.text);
    Cursor cur{file.text};
    auto at = [&](std::size_t offset) { // offsets come in increasing order
        cur.advance_to(offset);
        return std::pair(cur.line, cur.column);
    };
    if (!doc.is_array()) {
        problems.push_back({1, 1, "not a JSON array of objects (what 'acta export --format json' writes)"});
        return;
    }
    for (std::size_t e = 0; e < doc.size(); ++e) {
        const auto [line, column] = at(layout.elements.at(e));
        if (!doc[e].is_object()) {
            problems.push_back({line, column, "not a JSON object: each element is one act"});
            continue;
        }
        CuratedRecord r{line, column, layout.elements[e], 0, {}};
        std::vector<Cell> names;
        std::size_t k = 0;
        for (const auto& [key, value] : doc[e].items()) {
            const auto [kl, kc] = at(layout.keys.at(e).at(k++));
            names.push_back({key, false, kl, kc});
            Cell cell{"", value.is_null(), kl, kc};
            if (value.is_string()) {
                cell.value = value.get<std::string>();
            } else if (value.is_number_integer()) {
                cell.value = std::to_string(value.get<std::int64_t>());
            } else if (!value.is_null()) {
                problems.push_back({kl, kc, "'" + key + "' is " + value.type_name() + ": use a string, an integer or null"});
            }
            r.cells[key] = std::move(cell);
        }
        r.end = e + 1 < layout.elements.size() ? layout.elements[e + 1] : file.text.size();
        if (check_names(names, problems)) {
            file.records.push_back(std::move(r));
        }
    }
}

} // namespace

std::string describe(const std::string& file, const FileProblem& p)
{
    return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message;
}

CuratedFile read_curated_file(const std::string& bytes, std::vector<FileProblem>& problems)
{
    CuratedFile file;
    file.text = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? bytes.substr(3) : bytes;
    std::vector<FileProblem> found;
    if (valid_utf8(file.text, found)) {
        const auto first = file.text.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && file.text[first] == '[') {
            read_json(file, found);
        } else {
            read_csv(file, found);
        }
    }
    if (!found.empty()) {
        file.records.clear();
        problems.insert(problems.end(), found.begin(), found.end());
    }
    return file;
}

} // namespace acta
