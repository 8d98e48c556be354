#include "html_blocks.hpp"

#include "html_dom.hpp"
#include "html_furniture.hpp"

#include <string>
#include <vector>

namespace acta::import::readers::html {

namespace {

bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

// Elements that end the line of text before them and start a new one.
bool is_block(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_HGROUP:
        return true;
    default:
        return is_heading(t);
    }
}

// Block elements that group other blocks: where one ends, a group of blocks ends.
bool is_container(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

// A table that holds the page's layout rather than data: a cell with a heading, a list, a nested
// table or several paragraphs. Its cells are read as blocks, not as a row.
bool is_layout_table(const GumboNode* table)
{
    bool layout = false;
    bool first = true;
    for_each_element(table, [&](const GumboNode* n) {
        const GumboTag t = tag_of(n);
        if (first) {
            first = false;
            return true;
        }
        if (layout || t == GUMBO_TAG_TABLE || is_heading(t) || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) {
            layout = true;
            return false;
        }
        if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
            int paragraphs = 0;
            for_each_element(n, [&](const GumboNode* c) {
                paragraphs += tag_of(c) == GUMBO_TAG_P || tag_of(c) == GUMBO_TAG_DIV;
                return true;
            });
            layout = paragraphs > 1;
        }
        return !layout;
    });
    return layout;
}

struct List {
    bool ordered = false;
    int counter = 0;
};

enum class TableKind { data, layout, in_cell };

struct Table {
    std::vector<std::vector<std::string>> header_rows;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    bool row_in_head = false;
    bool row_all_th = true;
};

class Emitter {
public:
    explicit Emitter(DocumentBuilder& out) : m_out(out) {}

    bool enter(const GumboNode* n);
    void text(const GumboNode* n);
    void leave(const GumboNode* n);
    void finish() { flush(); }

private:
    void flush();
    void enter_table_part(GumboTag t);
    void enter_block(const GumboNode* n, GumboTag t);
    void leave_block(GumboTag t);
    void leave_table();
    void enter_list_item();
    std::string& sink() { return m_cell ? m_table.back().row.back() : m_line; }

    DocumentBuilder& m_out;
    std::string m_line;
    int m_heading = 0;          // level of the heading being read, 0 outside one
    int m_pre = 0;              // depth of <pre>: whitespace kept
    std::vector<List> m_lists;
    std::string m_marker;       // of the list item being read; empty outside one
    std::vector<Table> m_table; // data tables being read, innermost last
    std::vector<TableKind> m_tables; // every table being read, innermost last
    bool m_cell = false;
    bool m_in_head = false;
};

void Emitter::flush()
{
    if (m_line.find_first_not_of(" \t\r\n\f") == std::string::npos) {
        m_line.clear();
        return;
    }
    if (m_heading) {
        m_out.heading(m_line, m_heading);
    } else if (!m_marker.empty()) {
        m_out.list_item(m_line, static_cast<int>(m_lists.size()) - 1, m_marker);
    } else {
        m_out.paragraph(m_line);
    }
    m_line.clear();
}

void Emitter::enter_list_item()
{
    flush();
    if (m_lists.empty()) {
        m_lists.push_back({});
    }
    List& l = m_lists.back();
    m_marker = l.ordered ? std::to_string(++l.counter) + "." : "-";
}

void Emitter::leave_table()
{
    Table t = std::move(m_table.back());
    m_table.pop_back();
    bool header = true;
    for (const auto& r : t.header_rows) {
        m_out.table_row(r, header);
    }
    header = t.header_rows.empty();
    for (const auto& r : t.rows) {
        m_out.table_row(r, header);
        header = false;
    }
    m_out.end_table();
}

bool Emitter::enter(const GumboNode* n)
{
    if (is_furniture(n, true)) {
        return false;
    }
    const GumboTag t = tag_of(n);
    if (t == GUMBO_TAG_BR) {
        sink() += '\n';
        return false;
    }
    if (m_cell) { // a data table's cell: everything under it is the cell's text
        if (t == GUMBO_TAG_TABLE) {
            m_tables.push_back(TableKind::in_cell);
        }
        if (is_block(t)) {
            sink() += ' ';
        }
        return true;
    }
    if (t == GUMBO_TAG_TABLE) {
        flush();
        m_tables.push_back(is_layout_table(n) ? TableKind::layout : TableKind::data);
        if (m_tables.back() == TableKind::data) {
            m_table.push_back({});
        }
        return true;
    }
    if (!m_tables.empty() && m_tables.back() == TableKind::data) {
        enter_table_part(t);
        return true;
    }
    enter_block(n, t);
    return true;
}

void Emitter::enter_table_part(GumboTag t)
{
    Table& tb = m_table.back();
    if (t == GUMBO_TAG_THEAD) {
        m_in_head = true;
    } else if (t == GUMBO_TAG_TR) {
        tb.row.clear();
        tb.row_in_head = m_in_head;
        tb.row_all_th = true;
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
        tb.row.emplace_back();
        tb.row_all_th = tb.row_all_th && t == GUMBO_TAG_TH;
        m_cell = true;
    }
}

void Emitter::enter_block(const GumboNode* n, GumboTag t)
{
    if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) {
        flush();
        const std::string_view start = attr(n, "start");
        int counter = 0;
        if (!start.empty() && start.size() < 9 && start.find_first_not_of("0123456789") == std::string_view::npos) {
            counter = std::stoi(std::string(start)) - 1;
        }
        m_lists.push_back({t == GUMBO_TAG_OL, counter});
        m_marker.clear();
    } else if (t == GUMBO_TAG_LI) {
        enter_list_item();
    } else if (is_heading(t)) {
        flush();
        m_heading = t - GUMBO_TAG_H1 + 1;
    } else if (t == GUMBO_TAG_PRE) {
        flush();
        ++m_pre;
    } else if (is_block(t) && m_marker.empty()) {
        flush();
    } else if (is_block(t)) {
        m_line += ' '; // inside a list item, its paragraphs stay on its line
    }
}

void Emitter::text(const GumboNode* n)
{
    std::string_view s = n->v.text.text;
    std::string& out = sink();
    if (m_pre) {
        out += s;
        return;
    }
    for (const char c : s) {
        out += c == '\n' || c == '\r' ? ' ' : c; // only <br> breaks a line
    }
}

void Emitter::leave(const GumboNode* n)
{
    const GumboTag t = tag_of(n);
    if (m_cell) {
        if (t == GUMBO_TAG_TABLE && !m_tables.empty() && m_tables.back() == TableKind::in_cell) {
            m_tables.pop_back();
        } else if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && !m_tables.empty() && m_tables.back() == TableKind::data) {
            m_cell = false;
        }
        return;
    }
    if (t == GUMBO_TAG_TABLE && !m_tables.empty()) {
        const TableKind kind = m_tables.back();
        m_tables.pop_back();
        if (kind == TableKind::data) {
            leave_table();
        } else {
            flush();
        }
        return;
    }
    if (!m_tables.empty() && m_tables.back() == TableKind::data) {
        Table& tb = m_table.back();
        if (t == GUMBO_TAG_TR && !tb.row.empty()) {
            (tb.row_in_head || (tb.row_all_th && tb.rows.empty()) ? tb.header_rows : tb.rows).push_back(tb.row);
        } else if (t == GUMBO_TAG_THEAD) {
            m_in_head = false;
        }
        return;
    }
    leave_block(t);
}

void Emitter::leave_block(GumboTag t)
{
    if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) {
        flush();
        if (!m_lists.empty()) {
            m_lists.pop_back();
        }
        if (m_lists.empty()) {
            m_out.end_list();
        }
        m_marker.clear();
    } else if (t == GUMBO_TAG_LI) {
        flush();
        m_marker.clear();
    } else if (is_heading(t)) {
        flush();
        m_heading = 0;
    } else if (t == GUMBO_TAG_PRE) {
        flush();
        --m_pre;
    } else if (is_block(t) && m_marker.empty()) {
        flush();
        if (is_container(t)) {
            m_out.section_break();
        }
    }
}

} // namespace

void emit_blocks(const GumboNode* root, DocumentBuilder& out)
{
    Emitter e(out);
    walk(
        root, [&](const GumboNode* n) { return e.enter(n); }, [&](const GumboNode* n) { e.text(n); },
        [&](const GumboNode* n) { e.leave(n); });
    e.finish();
}

} // namespace acta::import::readers::html
