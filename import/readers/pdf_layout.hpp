#pragma once
// Rebuilding text from positioned words (as a PDF gives them): lines, running headers and
// footers, page numbers, hyphenation at line ends, paragraphs from line spacing, headings from
// type size. Independent of poppler so it can be tested on made-up pages.
#include "document.hpp"

#include <string>
#include <vector>

namespace acta::import::readers::pdf {

struct Word {
    std::string text; // UTF-8
    double left = 0, top = 0, right = 0, bottom = 0; // points, origin at the page's top left
    bool space_after = true;
};

struct Page {
    double height = 0;
    std::vector<Word> words; // in the reading order the PDF library gives
};

struct Line {
    std::string text;
    double left = 0, top = 0, right = 0, bottom = 0;
    double size() const { return bottom - top; }
};

// Words into lines: a word starts a new line when its vertical centre leaves the line's band or
// it stands left of the word before.
std::vector<Line> lines_of(const Page& page);

// Removes, from each page's top and bottom lines, running headers and footers (the same text at
// the top or bottom of at least half the pages, numbers aside, when there are two pages or more)
// and page numbers (a line of only a number, "3/12", "- 3 -").
void remove_page_furniture(std::vector<std::vector<Line>>& pages);

// Lines into blocks: a paragraph ends at a gap clearly wider than the usual line spacing, at a
// change of type size, or before a bullet or numbered line; a line in type clearly larger than
// the body's is a heading; a word hyphenated at a line end is joined ("recog-" "nized" ->
// "recognized"; "Nagorno-" "Karabakh" keeps its hyphen); a paragraph runs on across a page
// break when it did not end a sentence.
void build_blocks(const std::vector<std::vector<Line>>& pages, DocumentBuilder& out);

} // namespace acta::import::readers::pdf
