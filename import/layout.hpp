#pragma once
// The layout stage: a text's blocks (its paragraphs) and what each one is. It drops the tail
// after an end marker ("Sources", "Follow us") and notes to self, reads the header (title,
// dateline, byline), marks date lines and headings, gives each block the running anchor year,
// pairs the entries of chronology blocks with their date lines and tags table rows with their
// header's columns. Its only reading of content is the `reads_as_act` test it is given for
// pairing chronology blocks.
#include "dates.hpp"
#include "model.hpp"
#include "text.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acta::import {

// A table (pipe- or tab-separated lines under a header): what each column holds.
enum class TableColumn { other, place, body, date, act, wording, identifier };

struct TableCell {
    std::size_t begin = 0; // byte offsets into the whole text
    std::size_t end = 0;
    TableColumn column = TableColumn::other;
};

// A block stays small: the blocks of an 8 MiB text (some 70 000) are in memory at once, beside
// the acts read from them.
struct Block {
    Paragraph p;
    std::string_view text;
    // The block is a date line (nothing but a date). Held apart: few blocks are date lines.
    std::unique_ptr<const DateMatch> only_date;
    std::vector<TableColumn> columns;   // a table row or a group heading inside a table
    int anchor_year = 0;                // the last year written explicitly before the block
    int entry_date = -1;                // an entry of a chronology block: index of its date line
    bool heading = false;
    bool in_chronology = false;         // an entry or a date line of a chronology block
    bool record_header = false;         // an official record's header block (record_header())
    // The layout rules that joined lines into it, in the order they first did: each an index
    // into joining_rules() plus one, 0 after the last; joined_rules() writes them out.
    std::array<std::uint8_t, 4> joined{};
};

// The names of the rules that join lines into one block (`wrap/open-end`, `record-header`, ...).
const std::array<std::string_view, 4>& joining_rules();
// The rules that joined `b`'s lines, ";"-separated ("wrap/year-continues;wrap/continued-list"),
// "" when none did.
std::string joined_rules(const Block& b);

// Hard-wrapped lines: how line `next` goes on with `line` when nothing but a line break
// separates them, by the rule's name ("" when it is a line of its own):
// - `wrap/open-end`: `line` ends with a word that cannot end it ("The General Assembly of");
// - `wrap/year-continues`: `next` holds a year, alone or before lower-case words, that ends a
//   date or a "Body -" begun on `line` ("December 23rd" / "2003 recognizing ...");
// - `wrap/continued-list`: `next` goes on with a list of years ("| 2005").
std::string_view wrap_rule(std::string_view line, std::string_view next);

// An official record's header: a run of short lines with a record marker ("Public Law 116-212",
// "117th CONGRESS", lexicon.tsv `record_header`), a date line and a number; the purpose line
// after it ("Recognizing ...") belongs to it. Returns how many blocks from `first` it takes
// (0 when it is none).
std::size_t record_header(const std::vector<Block>& blocks, std::size_t first);

// The blocks of `text` up to an end marker (a later article after the tail starts again), without
// notes to self.
std::vector<Block> text_blocks(std::string_view text);

// The order the text says its numeric dates use ("dates are day/month/year").
DateAnchor::NumericOrder stated_order(std::string_view text);

// Reads the header (title, dateline, byline) into `source`; returns how many blocks it takes.
std::size_t read_header(const std::vector<Block>& blocks, DateAnchor::NumericOrder order, SourceInfo& source);

// Date lines, headings and the running anchor year of every block.
void classify_blocks(std::vector<Block>& blocks, DateAnchor::NumericOrder order);

// Chronology blocks: maximal runs where date lines and single event paragraphs alternate; each
// entry gets its date line. `reads_as_act` scores the two possible pairings.
void pair_chronology(std::vector<Block>& blocks, const std::function<bool(const Span&)>& reads_as_act);

// Tables: a header line and at least two rows; each row gets the header's columns.
void find_tables(std::vector<Block>& blocks, std::string_view text);

// A date line: a date, perhaps with a preposition or a place before it, and nothing after it.
std::optional<DateMatch> date_line(std::string_view text, int anchor_year, DateAnchor::NumericOrder order);
bool looks_like_heading(std::string_view text);
// The author a byline names ("By Jane Roe, Foreign Correspondent"), "" when it is not a byline.
std::string byline_author(std::string_view text);
// Cells of a table line (byte offsets plus `base`), and whether a line is a table line or a rule.
std::vector<std::pair<std::size_t, std::size_t>> table_cells(std::string_view text, std::size_t base);
bool table_line(std::string_view text);
bool table_rule_line(std::string_view text);

} // namespace acta::import
