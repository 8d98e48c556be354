#pragma once
// The furniture stage: what a web page carries around its article and is not part of it, told
// apart by layout evidence (short link-like lines, cells split by bars, repeated blocks, no
// sentence) and by the words of import/data/words.tsv (`furniture_word`, `caption_marker`,
// `stamp_word`). It drops the blocks that are furniture (menus, site search, share and comment
// lines, cookie notices, image captions, a post's signature line) and reads the page's own
// dates: the page's date (a stamp "Month D, YYYY - HH:MM", "Posted 04/02/2021 10:41 /", a
// dateline "CITY, Month D, YYYY (AGENCY) -", "Country, City, Mon. D / Agency /"), the stamps
// that are never an act's date, and the date an embedded post's signature gives its text.
#include "dates.hpp"
#include "layout.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acta::import {

// An embedded post ("Today the Seimas ..." over "— Name (@handle) November 12, 2019"): its
// text, [begin, end) in the whole text, counts "today" from `date` (YYYY-MM-DD).
struct PostDate {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string date;
};

struct PageFurniture {
    std::string page_date;                                // the page's own date (EDTF), "" when none
    std::vector<std::pair<std::size_t, std::size_t>> stamps; // dates that stamp the page, never an act's
    std::vector<PostDate> posts;
    std::vector<std::pair<int, std::string>> dropped;     // line and why, of each block left out
};

// Drops the blocks of `blocks` that are page furniture and reads the page's dates.
PageFurniture read_furniture(std::vector<Block>& blocks, DateAnchor::NumericOrder order);

// Why a line is page furniture ("menu", "caption", "site line", "signature"), or "" when it is
// not. `neighbours_are_table` says whether a line next to it is a table line.
std::string furniture_kind(std::string_view line, bool neighbours_are_table);

// The stamp or dateline that opens a block, [begin, end) relative to `line`, and its date; a
// date at the end of the block when `anywhere` ("/ 03/15/2010"). Nothing when there is none.
struct Stamp {
    std::size_t begin = 0;
    std::size_t end = 0;
    DateMatch date;
};
std::optional<Stamp> leading_stamp(std::string_view line, DateAnchor anchor);

// Rule `dateline`, the one place that decides what a dateline is: "ROME, March 9, 2020 (Adria
// News) -", "WASHINGTON, D.C., May 12, 2017 —", "Italy, Rome, Mar. 9 / Adria News /". `date` is the
// first date of `line`, its offsets relative to `line`; it must be read without error, begin
// within 60 bytes, follow one to five capitalized place words ending in a comma or a dot, and
// be followed by an agency in brackets and a separator, or a separator alone. The end of the
// dateline (after the separator and spaces), relative to `line`, or nothing.
std::optional<std::size_t> dateline_end(std::string_view line, const DateMatch& date);

} // namespace acta::import
