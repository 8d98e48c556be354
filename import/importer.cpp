// The importer: the layout stage (layout.hpp) cuts the text into blocks, the reading
// (analysis.hpp) reads each block for acts, the merge stage (merge.hpp) makes one act per real act.
#include "importer.hpp"

#include "analysis.hpp"
#include "gazetteer.hpp"
#include "furniture.hpp"
#include "layout.hpp"
#include "sha256.hpp"
#include "text.hpp"

namespace acta::import {

std::string importer_version() { return std::string("acta-import ") + ACTA_VERSION; }

namespace {

// A block that is not a table row or a chronology entry: a record header, a verbless list item,
// a heading or running text; the headings and introducing sentences give list items context.
void read_text_block(Analyzer& analyzer, const Block& b)
{
    if (b.record_header) {
        analyzer.list_intro(b.p.span);
        analyzer.record_header(b.p.span, b.anchor_year);
    } else if (analyzer.list_item(b.p.span)) {
        // a verbless list item: its acts are read
    } else if (b.heading) {
        analyzer.set_section(b.p.span);
        analyzer.list_heading(b.p.span);
    } else {
        analyzer.prose_paragraph(b.p.span, b.anchor_year);
        analyzer.list_intro(b.p.span);
    }
}

// Each block to the reader, as what the layout says it is.
void read_blocks(Analyzer& analyzer, const std::vector<Block>& blocks)
{
    for (const auto& b : blocks) {
        const std::size_t acts_before = analyzer.act_count();
        if (!b.columns.empty() && !table_line(b.text)) {
            analyzer.set_section(b.p.span); // a group heading inside the table
        } else if (!b.columns.empty()) {
            if (table_rule_line(b.text)) {
                continue;
            }
            const auto cells = table_cells(b.text, b.p.span.begin);
            std::vector<TableCell> tagged;
            for (std::size_t c = 0; c < cells.size() && c < b.columns.size(); ++c) {
                tagged.push_back({cells[c].first, cells[c].second, b.columns[c]});
            }
            analyzer.table_row(b.p.span, tagged);
        } else if (b.entry_date >= 0) {
            const auto& dl = blocks[static_cast<std::size_t>(b.entry_date)];
            analyzer.block_entry(b.p.span, *dl.only_date, dl.p.span);
        } else if (b.only_date && !(!b.in_chronology && analyzer.list_item(b.p.span))) {
            // a date line that pairs with nothing (a section heading): only the anchor moves;
            // but "Chile, 3 May 2019" under "Recognitions" is a verbless list item
        } else if (!b.in_chronology && !b.only_date) {
            read_text_block(analyzer, b);
        }
        if (b.joined[0] != 0) {
            analyzer.tag_rules(acts_before, joined_rules(b));
        }
    }
}

// Reads `text` into `result`, whose source.text is `text` or its copy.
void read_text(std::string_view text, const ImportOptions& options, ImportResult& result)
{
    const Gazetteer& g = Gazetteer::instance();
    result.importer_version = importer_version();
    result.source.path = options.path;
    result.source.sha256 = sha256_hex(text);
    result.jurisdictions = g.organizations();
    result.jurisdiction_names = g.names();

    const LineIndex lines(text);
    const auto order = stated_order(text);
    std::vector<Block> blocks = text_blocks(text);
    const PageFurniture page = read_furniture(blocks, order); // menus, captions, stamps: furniture.hpp
    const std::size_t header = read_header(blocks, order, result.source);
    const Span title = header > 0 ? blocks.front().p.span : Span{};
    blocks.erase(blocks.begin(), blocks.begin() + static_cast<long>(header));
    if (!options.published.empty()) {
        result.source.published = options.published; // declared by the file's reader (HTML metadata)
    }

    Analyzer analyzer(text, lines, options, result.diagnostics);
    analyzer.set_published(result.source.published);
    analyzer.set_page_title(result.source.title);
    analyzer.set_numeric_order(order);
    analyzer.set_page(page);
    analyzer.set_list_root(title);
    classify_blocks(blocks, order);
    analyzer.detect_subject(blocks.empty() ? 0 : blocks.front().p.span.begin);
    pair_chronology(blocks, [&](const Span& paragraph) { return analyzer.looks_like_act(paragraph); });
    find_tables(blocks, text);
    read_blocks(analyzer, blocks);

    if (result.source.published.empty()) {
        result.source.published = analyzer.published();
    }
    std::vector<Block>().swap(blocks); // freed before the merge, which is the import's peak
    result.acts = analyzer.finish();
    result.subject = analyzer.subject();
}

} // namespace

ImportResult import_text(std::string_view text, const ImportOptions& options)
{
    ImportResult result;
    result.source.text = std::string(text);
    read_text(text, options, result);
    return result;
}

ImportResult import_owned_text(std::string text, const ImportOptions& options)
{
    ImportResult result;
    result.source.text = std::move(text);
    read_text(result.source.text, options, result);
    return result;
}

} // namespace acta::import
