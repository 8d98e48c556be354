#include "docx_reader.hpp"

#include "docx_package.hpp"
#include "error.hpp"

#include <pugixml.hpp>

#include <cstring>
#include <map>
#include <vector>

namespace acta::import::readers {

namespace {

// Content controls (w:sdt) nested deeper than this are left out: no real file goes near it.
constexpr int max_depth = 32;

pugi::xml_document parse_part(ZipPackage& zip, const char* path, const std::string& name, bool required)
{
    pugi::xml_document doc;
    const auto bytes = zip.part(path);
    if (!bytes) {
        if (required) {
            throw DataError(name + " is not a Word (.docx) file: it has no " + path);
        }
        return doc;
    }
    const pugi::xml_parse_result r = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default, pugi::encoding_utf8);
    if (!r) {
        throw DataError(name + ": " + path + " is not well-formed XML (" + r.description() + " at byte " +
                        std::to_string(r.offset) + "): the file is damaged");
    }
    return doc;
}

int to_int(const char* s, int fallback)
{
    if (!s || !*s || std::strlen(s) > 6) {
        return fallback;
    }
    char* end = nullptr;
    const long v = std::strtol(s, &end, 10);
    return *end ? fallback : static_cast<int>(v);
}

// Paragraph style id -> heading level, from word/styles.xml (names "heading N", "Title", or an
// outline level).
std::map<std::string, int> heading_styles(const pugi::xml_document& styles)
{
    std::map<std::string, int> out;
    for (const auto& s : styles.child("w:styles").children("w:style")) {
        std::string style_name = s.child("w:name").attribute("w:val").as_string();
        for (char& c : style_name) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        int level = 0;
        if (style_name == "title") {
            level = 1;
        } else if (style_name.starts_with("heading ")) {
            level = to_int(style_name.c_str() + 8, 0);
        } else if (const auto o = s.child("w:pPr").child("w:outlineLvl"); o) {
            level = to_int(o.attribute("w:val").as_string(), -1) + 1;
        }
        if (level >= 1 && level <= 9) {
            out[s.attribute("w:styleId").as_string()] = level;
        }
    }
    return out;
}

// (numId, level) -> true when the list level is bulleted, from word/numbering.xml.
std::map<std::pair<int, int>, bool> bullet_levels(const pugi::xml_document& numbering)
{
    const auto root = numbering.child("w:numbering");
    std::map<int, pugi::xml_node> abstracts;
    for (const auto& a : root.children("w:abstractNum")) {
        abstracts[to_int(a.attribute("w:abstractNumId").as_string(), -1)] = a;
    }
    std::map<std::pair<int, int>, bool> out;
    for (const auto& n : root.children("w:num")) {
        const int num = to_int(n.attribute("w:numId").as_string(), -1);
        const auto a = abstracts.find(to_int(n.child("w:abstractNumId").attribute("w:val").as_string(), -1));
        if (a == abstracts.end()) {
            continue;
        }
        for (const auto& lvl : a->second.children("w:lvl")) {
            const int ilvl = to_int(lvl.attribute("w:ilvl").as_string(), 0);
            out[{num, ilvl}] = std::strcmp(lvl.child("w:numFmt").attribute("w:val").as_string(), "bullet") == 0;
        }
    }
    return out;
}

// The text of a paragraph (or any part): runs' w:t, tabs, line breaks; deleted text left out.
std::string text_of(const pugi::xml_node& node)
{
    std::string out;
    std::vector<pugi::xml_node> stack{node};
    while (!stack.empty()) {
        const pugi::xml_node n = stack.back();
        stack.pop_back();
        const char* name = n.name();
        if (std::strcmp(name, "w:t") == 0) {
            out += n.text().get();
        } else if (std::strcmp(name, "w:tab") == 0) {
            out += ' ';
        } else if (std::strcmp(name, "w:br") == 0 || std::strcmp(name, "w:cr") == 0) {
            out += std::strcmp(n.attribute("w:type").as_string(), "page") == 0 ? ' ' : '\n';
        } else if (std::strcmp(name, "w:noBreakHyphen") == 0) {
            out += '-';
        } else if (std::strcmp(name, "w:p") == 0 && n != node) {
            out += ' ';
        }
        if (std::strcmp(name, "w:del") == 0 || std::strcmp(name, "w:instrText") == 0 || std::strcmp(name, "w:pPr") == 0) {
            continue;
        }
        // Children pushed last first, so they come off the stack in document order.
        std::vector<pugi::xml_node> kids;
        for (const auto& k : n.children()) {
            kids.push_back(k);
        }
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    return out;
}

class BodyReader {
public:
    BodyReader(DocumentBuilder& out, std::map<std::string, int> headings, std::map<std::pair<int, int>, bool> bullets)
        : m_out(out), m_headings(std::move(headings)), m_bullets(std::move(bullets))
    {
    }

    void read(const pugi::xml_node& container, int depth = 0)
    {
        if (depth > max_depth) {
            return;
        }
        for (const auto& n : container.children()) {
            if (std::strcmp(n.name(), "w:p") == 0) {
                paragraph(n);
            } else if (std::strcmp(n.name(), "w:tbl") == 0) {
                table(n);
            } else if (std::strcmp(n.name(), "w:sdt") == 0) {
                read(n.child("w:sdtContent"), depth + 1);
            }
        }
    }

private:
    void paragraph(const pugi::xml_node& p)
    {
        const auto ppr = p.child("w:pPr");
        const std::string text = text_of(p);
        const auto style = m_headings.find(ppr.child("w:pStyle").attribute("w:val").as_string());
        if (style != m_headings.end()) {
            m_out.heading(text, style->second);
            return;
        }
        const auto num = ppr.child("w:numPr");
        const int num_id = to_int(num.child("w:numId").attribute("w:val").as_string(), 0);
        if (num && num_id != 0) {
            const int level = std::max(0, std::min(8, to_int(num.child("w:ilvl").attribute("w:val").as_string(), 0)));
            const auto bullet = m_bullets.find({num_id, level});
            std::string marker = "-";
            if (bullet != m_bullets.end() && !bullet->second) {
                // Items count per list and level; a higher level's item restarts the deeper ones.
                marker = std::to_string(++m_counters[{num_id, level}]) + ".";
                for (int deeper = level + 1; deeper < 9; ++deeper) {
                    m_counters.erase({num_id, deeper});
                }
            }
            m_out.list_item(text, level, marker);
            return;
        }
        if (text.find_first_not_of(" \t\n") == std::string::npos) {
            m_out.section_break(); // an empty paragraph: the space people put between groups
            return;
        }
        m_out.paragraph(text);
    }

    void table(const pugi::xml_node& tbl)
    {
        bool header = true;
        for (const auto& tr : tbl.children("w:tr")) {
            std::vector<std::string> cells;
            for (const auto& tc : tr.children("w:tc")) {
                cells.push_back(text_of(tc));
            }
            m_out.table_row(cells, header);
            header = false;
        }
        m_out.end_table();
    }

    DocumentBuilder& m_out;
    std::map<std::string, int> m_headings;
    std::map<std::pair<int, int>, bool> m_bullets;
    std::map<std::pair<int, int>, int> m_counters;
};

DocumentMeta core_meta(const pugi::xml_document& core)
{
    DocumentMeta meta;
    meta.format = "docx";
    const auto props = core.child("cp:coreProperties");
    meta.title = squeeze(props.child("dc:title").text().get());
    meta.author = squeeze(props.child("dc:creator").text().get());
    return meta;
}

} // namespace

Document read_docx(std::string_view bytes, std::string_view name, const InputLimits& limits)
{
    const std::string shown = display_name(name);
    ZipPackage zip(bytes, shown, limits);
    const auto document = parse_part(zip, "word/document.xml", shown, true);
    const auto styles = parse_part(zip, "word/styles.xml", shown, false);
    const auto numbering = parse_part(zip, "word/numbering.xml", shown, false);
    const auto core = parse_part(zip, "docProps/core.xml", shown, false);
    DocumentBuilder builder;
    BodyReader reader(builder, heading_styles(styles), bullet_levels(numbering));
    reader.read(document.child("w:document").child("w:body"));
    Document doc = std::move(builder).finish(core_meta(core));
    if (doc.text.empty()) {
        throw DataError(shown + ": no text in this Word file");
    }
    return doc;
}

} // namespace acta::import::readers
