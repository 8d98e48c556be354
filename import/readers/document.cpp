#include "document.hpp"

namespace acta::import::readers {

namespace {

bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

std::string squeeze(std::string_view text, bool keep_newlines)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    bool newline = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // A no-break space (U+00A0) is a space here: the importer splits words on ASCII spaces.
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;
            space = true;
            continue;
        }
        if (keep_newlines && c == '\n') {
            newline = true;
            continue;
        }
        if (is_blank(c)) {
            space = true;
            continue;
        }
        if (newline && !out.empty()) {
            out += '\n';
        } else if (space && !out.empty() && out.back() != '\n') {
            out += ' ';
        }
        space = newline = false;
        out += c;
    }
    return out;
}

std::string ascii_lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

void DocumentBuilder::add(BlockKind kind, int level, bool header, const std::string& line, bool tight)
{
    if (line.empty()) {
        return;
    }
    std::string& text = m_doc.text;
    if (!text.empty()) {
        text += tight ? "\n" : m_section_break ? "\n\n\n" : "\n\n";
    }
    m_section_break = false;
    const std::size_t begin = text.size();
    text += line;
    m_doc.blocks.push_back({kind, level, header, begin, text.size()});
    m_last = kind;
}

void DocumentBuilder::heading(std::string_view text, int level)
{
    m_table_open = m_list_open = false;
    add(BlockKind::heading, level, false, squeeze(text), false);
}

void DocumentBuilder::paragraph(std::string_view text)
{
    m_table_open = m_list_open = false;
    add(BlockKind::paragraph, 0, false, squeeze(text, true), false);
}

void DocumentBuilder::list_item(std::string_view text, int depth, std::string_view marker)
{
    m_table_open = false;
    const std::string body = squeeze(text, true);
    if (body.empty()) {
        return;
    }
    // A line break inside an item would end the list line: the item stays one line.
    std::string line(static_cast<std::size_t>(depth) * 2, ' ');
    line += marker;
    line += ' ';
    for (const char c : body) {
        line += c == '\n' ? ' ' : c;
    }
    add(BlockKind::list_item, depth, false, line, m_list_open && m_last == BlockKind::list_item);
    m_list_open = true;
}

void DocumentBuilder::table_row(const std::vector<std::string>& cells, bool header)
{
    m_list_open = false;
    std::string line;
    bool any = false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string cell = squeeze(cells[i]);
        for (char& c : cell) {
            c = c == '|' ? '/' : c; // a pipe inside a cell would split it
        }
        any = any || !cell.empty();
        line += (i ? " | " : "") + cell;
    }
    if (!any) {
        return;
    }
    add(BlockKind::table_row, 0, header, line, m_table_open && m_last == BlockKind::table_row);
    m_table_open = true;
}

void DocumentBuilder::end_table()
{
    m_table_open = false;
}

void DocumentBuilder::end_list()
{
    m_list_open = false;
}

void DocumentBuilder::section_break()
{
    m_table_open = false;
    m_list_open = false;
    m_section_break = !m_doc.text.empty();
}

Document DocumentBuilder::finish(DocumentMeta meta) &&
{
    if (!m_doc.text.empty()) {
        m_doc.text += '\n';
    }
    m_doc.meta = std::move(meta);
    return std::move(m_doc);
}

} // namespace acta::import::readers
