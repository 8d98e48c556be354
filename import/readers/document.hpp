#pragma once
// What every reader (HTML, PDF, DOCX, plain text) produces: the text the importer reads, as
// blocks in reading order, and what the file says about itself.
//
// The text is rendered in the layout the text importer reads (docs/import.md): a heading on its
// own line with a blank line around it, paragraphs separated by blank lines, list items on
// consecutive lines as "- " (or their number) indented two spaces per nesting level, table rows
// as " | "-separated cells, header row first. Each block keeps its byte span in that text, so a
// later stage can take the blocks directly while spans and quotes still refer to the text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace acta::import::readers {

enum class BlockKind { heading, paragraph, list_item, table_row };

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;          // heading: 1-6; list item: nesting depth from 0
    bool header = false;    // table row: the header row
    std::size_t begin = 0;  // byte span in Document::text
    std::size_t end = 0;
};

// What the source says about itself; empty when it does not say.
struct DocumentMeta {
    std::string title;
    std::string author;
    std::string published;    // YYYY-MM-DD (or YYYY-MM, YYYY): the anchor for relative dates
    std::string url;          // the canonical URL the page declares, or the URL it was fetched from
    std::string retrieved_at; // UTC ISO 8601, for fetched URLs
    std::string format;       // text, html, pdf, docx
};

struct Document {
    std::string text;          // valid UTF-8
    std::vector<Block> blocks; // empty for plain text: the importer segments it itself
    DocumentMeta meta;
};

// Builds a Document block by block. Text given to it is squeezed: runs of spaces and tabs become
// one space, lines are trimmed, and a block that is empty after that is not added.
class DocumentBuilder {
public:
    void heading(std::string_view text, int level);
    // A paragraph; '\n' inside it (from <br>) stays a line break.
    void paragraph(std::string_view text);
    // `marker` is "-" or a number such as "3.".
    void list_item(std::string_view text, int depth, std::string_view marker);
    void table_row(const std::vector<std::string>& cells, bool header);
    // Ends the current table: the next row starts a new one after a blank line.
    void end_table();
    // Ends the current list: the next item starts a new one after a blank line.
    void end_list();
    // Ends a group of blocks (an HTML container, a wider gap in a PDF, an empty Word paragraph):
    // the next block comes after two blank lines instead of one, so blocks that belong together
    // (an event and its date line) stand closer to each other than to the next group.
    void section_break();

    Document finish(DocumentMeta meta) &&;

private:
    void add(BlockKind kind, int level, bool header, const std::string& line, bool tight);

    Document m_doc;
    BlockKind m_last = BlockKind::paragraph;
    bool m_table_open = false;
    bool m_list_open = false;
    bool m_section_break = false;
};

// Collapses whitespace as HTML does: runs of spaces, tabs, CR, LF and NBSP-free ASCII space
// become one space; leading and trailing spaces go. '\n' is kept when `keep_newlines`, with the
// spaces around it removed.
std::string squeeze(std::string_view text, bool keep_newlines = false);

// ASCII letters in lower case, other bytes as they are (for tag, attribute and MIME names).
std::string ascii_lower(std::string_view text);

} // namespace acta::import::readers
