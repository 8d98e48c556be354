// The layout stage (layout.hpp): blocks and what each one is.
#include "layout.hpp"

#include "context.hpp"
#include "furniture.hpp"
#include "gazetteer.hpp"
#include "words.hpp"

#include <algorithm>
#include <map>

namespace acta::import {

namespace {

// Words that close an article: what follows is navigation, not text.
bool is_end_marker(std::string_view paragraph)
{
    std::string p = squeeze(paragraph);
    std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!p.empty() && (p.back() == '!' || p.back() == ':' || p.back() == ' ' || p.back() == '.')) {
        p.pop_back();
    }
    return words().has(WordList::end_marker, p) || words().starts_any(WordList::end_marker_prefix, p);
}

// A researcher's reminder ("TODO: find the Turkish text"), not a report of anything.
bool is_note_to_self(std::string_view paragraph) { return words().starts_any(WordList::note_marker, paragraph); }

bool has_letters(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
}

// Whether the words of `rest` are only a clock time and a time zone ("GMT", "03:01 AM IST").
bool clock_only(std::string_view rest)
{
    bool any = false;
    for (const auto& t : tokenize(rest)) {
        if (t.word && !t.digits) {
            if (!words().has(WordList::time_zone, t.lower)) {
                return false;
            }
            any = true;
        }
    }
    return any;
}

// A byline: two to four capitalized words and nothing else.
bool looks_like_byline(std::string_view text)
{
    const auto tokens = tokenize(text);
    if (tokens.size() < 2 || tokens.size() > 4) {
        return false;
    }
    for (const auto& t : tokens) {
        if (!t.word || !t.capitalized || t.digits) {
            return false;
        }
    }
    return Gazetteer::instance().match(text, tokens).empty();
}

TableColumn column_of(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    // The first kind whose words the header contains, in this order ("date of the act" is a date).
    static constexpr std::pair<WordList, TableColumn> kinds[] = {
        {WordList::column_wording, TableColumn::wording}, {WordList::column_date, TableColumn::date},
        {WordList::column_place, TableColumn::place},     {WordList::column_body, TableColumn::body},
        {WordList::column_identifier, TableColumn::identifier}};
    for (const auto& [list, column] : kinds) {
        if (words().contains_any(list, name)) {
            return column;
        }
    }
    if (words().has(WordList::column_identifier_exact, name)) {
        return TableColumn::identifier;
    }
    if (words().contains_any(WordList::column_act, name)) {
        return TableColumn::act;
    }
    return TableColumn::other;
}

} // namespace

// A date line: a date, perhaps with a preposition or a place before it ("Vilnius, 3 May 2019",
// "In 2013-2014", "09:15 | 27.02.2014"), and nothing after it but punctuation; not a date in
// brackets after a name ("Ruritania (in 2005)").
std::optional<DateMatch> date_line(std::string_view text, int anchor_year, DateAnchor::NumericOrder order)
{
    if (text.size() > 80) {
        return std::nullopt;
    }
    auto dates = find_dates(text, {anchor_year, 0, order});
    if (dates.size() != 1) {
        return std::nullopt;
    }
    const auto& d = dates.front();
    std::string_view rest = text.substr(d.end);
    // "ROME, 20 March 2024 (Adriatic Press Service)": an agency in brackets after the date.
    if (const auto open = rest.find('('); open != std::string_view::npos && rest.find(')', open) != std::string_view::npos &&
                                          !has_letters(rest.substr(0, open))) {
        rest = rest.substr(rest.find(')', open) + 1);
    }
    if (has_letters(rest) && !clock_only(rest)) {
        return std::nullopt;
    }
    const std::string before = squeeze(text.substr(0, d.begin));
    const auto words = tokenize(before);
    int word_count = 0;
    for (const auto& t : words) {
        word_count += t.word && !t.digits;
    }
    // "Ruritania (in 2005)": a date in brackets after a name is the name's date (a list item).
    if (word_count > 2 || (word_count > 0 && before.find('(') != std::string::npos)) {
        return std::nullopt;
    }
    return d;
}

bool looks_like_heading(std::string_view text)
{
    const std::string s = squeeze(text);
    if (s.empty() || s.size() > 120) {
        return false;
    }
    const char last = s.back();
    if (last == '.' || last == ':' || last == ';' || last == ',' || last == '"' || last == ')') {
        return false;
    }
    int words = 0;
    for (const auto& t : tokenize(s)) {
        words += t.word;
    }
    return words <= 14;
}

// The author a byline names: "Rustam Gasimov", "By Jane Roe", "By Jane Roe, Foreign Correspondent";
// "" when the line is not a byline.
std::string byline_author(std::string_view text)
{
    std::string s = squeeze(text);
    if (s.rfind("By ", 0) == 0 || s.rfind("by ", 0) == 0) {
        s = s.substr(3);
        s = s.substr(0, s.find(','));
    }
    return looks_like_byline(s) ? s : std::string();
}

// Cells of a table line: split on '|' (markdown's outer pipes allowed) or on tabs.
std::vector<std::pair<std::size_t, std::size_t>> table_cells(std::string_view text, std::size_t base)
{
    std::vector<std::pair<std::size_t, std::size_t>> cells;
    const char sep = text.find('|') != std::string_view::npos ? '|' : '\t';
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == sep) {
            std::size_t b = start;
            std::size_t e = i;
            while (b < e && (text[b] == ' ' || text[b] == '\t')) {
                ++b;
            }
            while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) {
                --e;
            }
            if (!(b == e && (start == 0 || i == text.size()))) {
                cells.emplace_back(base + b, base + e);
            }
            start = i + 1;
        }
    }
    return cells;
}

bool table_line(std::string_view text)
{
    return std::count(text.begin(), text.end(), '|') >= 2 || std::count(text.begin(), text.end(), '\t') >= 2;
}

// "Numeric dates are written day/month/year", "(DD/MM/YYYY)": the order the text says it uses
// for dates such as 12/05/2010.
DateAnchor::NumericOrder stated_order(std::string_view text)
{
    std::string lower(text.substr(0, std::min<std::size_t>(text.size(), 1 << 20)));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (words().contains_any(WordList::order_day_first, lower)) {
        return DateAnchor::NumericOrder::day_first;
    }
    if (words().contains_any(WordList::order_month_first, lower)) {
        return DateAnchor::NumericOrder::month_first;
    }
    return DateAnchor::NumericOrder::by_separator;
}

bool table_rule_line(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return c == '|' || c == '-' || c == ':' || c == '+' || c == ' ' || c == '=' || c == '\t';
    });
}

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_year(std::string_view w)
{
    return w.size() == 4 && std::all_of(w.begin(), w.end(), ::isdigit) && (w[0] == '1' || w[0] == '2');
}

// A line that holds a year and, after it, nothing or lower-case words or punctuation: the rest of
// a line before it ("2003 recognizing ..."), not an entry of its own ("1995 Chamber of ...").
bool year_goes_on(std::string_view next)
{
    if (next.size() < 4 || !is_year(next.substr(0, 4)) || (next.size() > 4 && std::isalnum(static_cast<unsigned char>(next[4])))) {
        return false;
    }
    auto rest = trimmed(next.substr(4));
    if (!rest.empty() && rest.front() == '|') {
        return true;
    }
    // "2007, which ...": punctuation, then lower-case words ("2002,,Latvia" is a record of its own)
    while (!rest.empty() && (rest.front() == ',' || rest.front() == '.' || rest.front() == ';' || rest.front() == ')')) {
        rest = trimmed(rest.substr(1));
    }
    return rest.empty() || std::islower(static_cast<unsigned char>(rest.front()));
}

bool ends_with_dash(std::string_view line)
{
    return line.ends_with("-") || line.ends_with("\xE2\x80\x93") || line.ends_with("\xE2\x80\x94") ||
           line.ends_with("|");
}

// Whether a date begun at the end of `line` ends with the year opening `next`.
bool date_across(std::string_view line, std::string_view next)
{
    const auto tail = line.substr(line.size() > 40 ? line.size() - 40 : 0);
    const std::string joined = std::string(tail) + " " + std::string(next.substr(0, 4));
    for (const auto& d : find_dates(joined, {0, 0, DateAnchor::NumericOrder::by_separator})) {
        if (d.begin < tail.size() && d.end > tail.size() && d.error.empty()) {
            return true;
        }
    }
    return false;
}

} // namespace

std::string_view wrap_rule(std::string_view line, std::string_view next)
{
    line = trimmed(line);
    next = trimmed(next);
    if (line.empty() || next.empty() || table_line(line) || table_line(next)) {
        return {};
    }
    if (next.front() == '|' && next.size() > 1 && is_year(trimmed(next.substr(1)).substr(0, 4))) {
        return "wrap/continued-list";
    }
    if (year_goes_on(next) && (ends_with_dash(line) || date_across(line, next))) {
        return "wrap/year-continues";
    }
    const auto space = line.find_last_of(" \t");
    std::string last(line.substr(space == std::string_view::npos ? 0 : space + 1));
    std::transform(last.begin(), last.end(), last.begin(), [](unsigned char c) { return std::tolower(c); });
    // A title ending in "on" is not wrapped into the page's stamp under it ("Published 3 May 2017").
    if (words().has(WordList::wrap_open_end, last) && std::isalpha(static_cast<unsigned char>(next.front())) &&
        !leading_stamp(next, {0, 0, DateAnchor::NumericOrder::by_separator})) {
        return "wrap/open-end";
    }
    return {};
}

const std::array<std::string_view, 4>& joining_rules()
{
    static constexpr std::array<std::string_view, 4> rules{"wrap/open-end", "wrap/year-continues",
                                                           "wrap/continued-list", "record-header"};
    return rules;
}

std::string joined_rules(const Block& b)
{
    std::string out;
    for (const std::uint8_t r : b.joined) {
        if (r == 0) {
            break;
        }
        out += out.empty() ? "" : ";";
        out += joining_rules()[r - 1];
    }
    return out;
}

namespace {

// Blocks [i, i + n) become one block, joined by `rule` (one of joining_rules()).
void merge_blocks(std::vector<Block>& blocks, std::size_t i, std::size_t n, std::string_view text, std::string_view rule)
{
    auto& b = blocks[i];
    b.p.span.end = blocks[i + n - 1].p.span.end;
    b.text = text.substr(b.p.span.begin, b.p.span.end - b.p.span.begin);
    const auto& rules = joining_rules();
    if (const auto it = std::find(rules.begin(), rules.end(), rule); it != rules.end()) {
        const auto index = static_cast<std::uint8_t>(it - rules.begin() + 1);
        for (auto& slot : b.joined) {
            if (slot == 0 || slot == index) {
                slot = index; // a rule that joined the block before keeps its place
                break;
            }
        }
    }
    blocks.erase(blocks.begin() + static_cast<long>(i + 1), blocks.begin() + static_cast<long>(i + n));
}

// Whether the line opens with a record marker ("Public Law", "117th CONGRESS"): a lexicon
// `record_header` phrase of up to three words at its start, after an ordinal.
bool record_marker(std::string_view line)
{
    if (line.size() > 120) {
        return false;
    }
    const auto tokens = tokenize(line.substr(0, std::min<std::size_t>(line.size(), 48)));
    const std::size_t start = !tokens.empty() && tokens[0].lower.size() > 2 &&
                                      std::isdigit(static_cast<unsigned char>(tokens[0].lower[0]))
                                  ? 1
                                  : 0;
    std::string phrase;
    for (std::size_t t = start; t < tokens.size() && t < start + 3 && tokens[t].word; ++t) {
        phrase += (phrase.empty() ? "" : " ") + tokens[t].lower;
        if (Gazetteer::instance().lex("record_header", phrase)) {
            return true;
        }
    }
    return false;
}

// A purpose line: an opening participle opens it ("Recognizing the ...").
bool purpose_line(std::string_view line)
{
    const auto tokens = tokenize(line);
    return !tokens.empty() && opening_participle(tokens[0]);
}

// Records first (their lines are short and would read as headings), then wrapped lines. Only a
// block with a record marker can start a record's run: the rest of the scan is for them alone.
void join_lines(std::vector<Block>& blocks, std::string_view text)
{
    std::size_t next_marker = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        // A run may open up to 11 lines before its marker: look for the next marker at most once per block.
        if (next_marker < i) {
            next_marker = i;
            while (next_marker < blocks.size() && !record_marker(blocks[next_marker].text)) {
                ++next_marker;
            }
        }
        if (next_marker >= blocks.size() || next_marker - i > 11) {
            continue;
        }
        if (const std::size_t n = record_header(blocks, i)) {
            merge_blocks(blocks, i, n, text, "record-header");
            blocks[i].record_header = true;
            next_marker = i; // the blocks after the run moved
        }
    }
    for (std::size_t i = 0; i + 1 < blocks.size();) {
        const auto rule = blocks[i + 1].p.blank_before == 0 && !blocks[i].record_header && !blocks[i + 1].record_header
                              ? wrap_rule(blocks[i].text, blocks[i + 1].text)
                              : std::string_view{};
        if (rule.empty()) {
            ++i;
        } else {
            merge_blocks(blocks, i, 2, text, rule);
        }
    }
}

} // namespace

std::size_t record_header(const std::vector<Block>& blocks, std::size_t first)
{
    std::size_t end = first;
    bool marker = false;
    bool dated = false;
    bool whole_line = false; // one line holds the marker and the date ("Public Law 100-502 ... Oct 18 1988")
    // At most 12 lines: a header is short, and the scan stays linear in the text.
    while (end < blocks.size() && end - first < 12 && (end == first || blocks[end].p.blank_before == 0) &&
           blocks[end].text.size() <= 120) {
        const bool m = record_marker(blocks[end].text);
        const auto dates = find_dates(blocks[end].text, {0, 0, DateAnchor::NumericOrder::by_separator});
        const bool d = std::any_of(dates.begin(), dates.end(), [](const DateMatch& x) {
            return x.error.empty() && x.value.precision == Precision::day;
        });
        marker |= m;
        dated |= d;
        whole_line |= m && d;
        ++end;
    }
    if (!marker || !dated || (end - first < 3 && !whole_line)) {
        return 0;
    }
    if (end < blocks.size() && blocks[end].p.blank_before <= 1 && purpose_line(blocks[end].text)) {
        ++end;
    }
    return end - first;
}

std::vector<Block> text_blocks(std::string_view text)
{
    std::vector<Block> blocks;
    const auto all = split_paragraphs(text);
    blocks.reserve(all.size());
    bool skipping = false; // inside a "Sources" / "Follow us" / "See also" tail
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& p = all[i];
        const auto t = text.substr(p.span.begin, p.span.end - p.span.begin);
        if (is_end_marker(t)) {
            skipping = true;
            continue;
        }
        if (skipping) {
            // The tail ends where another article begins: a heading over a paragraph of running
            // text (a file may hold several articles one after the other).
            const bool next_is_prose = i + 1 < all.size() && all[i + 1].span.end - all[i + 1].span.begin > 100 &&
                                       text[all[i + 1].span.end - 1] == '.';
            if (!(looks_like_heading(t) && next_is_prose)) {
                continue;
            }
            skipping = false;
        }
        if (is_note_to_self(t)) {
            continue;
        }
        Block b;
        b.p = p;
        b.text = t;
        blocks.push_back(std::move(b));
    }
    join_lines(blocks, text);
    return blocks;
}

std::size_t read_header(const std::vector<Block>& blocks, DateAnchor::NumericOrder order, SourceInfo& source)
{
    std::size_t body_start = 0;
    for (std::size_t i = 0; i < blocks.size() && i < 8; ++i) {
        const auto& t = blocks[i].text;
        // A date line opening a chronology block (a date, an event, a date) is not a dateline.
        const bool opens_block = i + 2 < blocks.size() && date_line(blocks[i + 2].text, 0, order).has_value();
        // A bulleted line is a list item, never the text's dateline.
        const bool bullet = !t.empty() && (t[0] == '-' || t[0] == '*' || t.starts_with("\xE2\x80\xA2"));
        if (auto d = date_line(t, 0, order); d && !opens_block && !bullet && source.published.empty() && !d->value.empty() &&
                                             d->value.precision == Precision::day) {
            source.published = d->value.edtf;
            body_start = i + 1;
            continue;
        }
        if (!looks_like_heading(t)) {
            break;
        }
        if (source.title.empty()) {
            source.title = squeeze(t);
        } else if (squeeze(t) == source.title) {
            // repeated title
        } else if (source.author.empty() && !byline_author(t).empty()) {
            source.author = byline_author(t);
        } else {
            break;
        }
        body_start = i + 1;
    }
    return body_start;
}

void classify_blocks(std::vector<Block>& blocks, DateAnchor::NumericOrder order)
{
    int anchor_year = 0;
    for (auto& b : blocks) {
        b.anchor_year = anchor_year;
        if (auto d = date_line(b.text, anchor_year, order)) {
            b.only_date = std::make_unique<const DateMatch>(std::move(*d));
        }
        b.heading = !b.only_date && looks_like_heading(b.text);
        anchor_year = running_year(find_dates(b.text, {anchor_year, 0, order}), anchor_year);
    }
}

namespace {

// How a run of alternating event paragraphs and date lines pairs up.
enum class BlockOrder { date_after, date_before };

// The run blocks[a..b] of a chronology block (date lines at its edges that are coarser than
// its entries left out): pairs each date line with the event before or after it, whichever
// pairing gives more entries that read as acts, then stands closer.
void pair_run(std::vector<Block>& blocks, std::size_t a, std::size_t b, const std::function<bool(const Span&)>& reads_as_act)
{
    // The event paragraph a date line k pairs with under `pairing`, if any.
    auto event_of = [&](BlockOrder pairing, std::size_t k) -> std::optional<std::size_t> {
        if (!blocks[k].only_date || (pairing == BlockOrder::date_after && k == a)) {
            return std::nullopt;
        }
        const std::size_t e = pairing == BlockOrder::date_after ? k - 1 : k + 1;
        return e > b || e < a ? std::nullopt : std::optional<std::size_t>(e);
    };
    auto score = [&](BlockOrder pairing) {
        int acts = 0;
        int closeness = 0;
        for (std::size_t k = a; k <= b; ++k) {
            const auto event = event_of(pairing, k);
            if (!event) {
                continue;
            }
            acts += reads_as_act(blocks[*event].p.span) ? 1 : 0;
            closeness -= pairing == BlockOrder::date_after ? blocks[k].p.blank_before : blocks[*event].p.blank_before;
        }
        return std::pair{acts, closeness};
    };
    const auto after = score(BlockOrder::date_after);
    const auto before = score(BlockOrder::date_before);
    BlockOrder pairing;
    if (after != before) {
        pairing = after > before ? BlockOrder::date_after : BlockOrder::date_before;
    } else {
        pairing = blocks[b].only_date ? BlockOrder::date_after : BlockOrder::date_before;
    }
    for (std::size_t k = a; k <= b; ++k) {
        if (const auto e = event_of(pairing, k)) {
            blocks[*e].entry_date = static_cast<int>(k);
            blocks[*e].in_chronology = blocks[k].in_chronology = true;
        }
    }
}

// The most common precision of the run's date lines.
Precision common_precision(const std::vector<Block>& blocks, std::size_t i, std::size_t j)
{
    std::map<Precision, int> precisions;
    for (std::size_t k = i; k <= j; ++k) {
        if (blocks[k].only_date) {
            ++precisions[blocks[k].only_date->value.precision];
        }
    }
    return std::max_element(precisions.begin(), precisions.end(), [](auto& x, auto& y) { return x.second < y.second; })
        ->first;
}

} // namespace

void pair_chronology(std::vector<Block>& blocks, const std::function<bool(const Span&)>& reads_as_act)
{
    std::size_t i = 0;
    while (i < blocks.size()) {
        std::size_t j = i;
        // A run: D E D E ... or E D E D ..., at least two date lines.
        while (j + 1 < blocks.size() && ((blocks[j].only_date != nullptr) != (blocks[j + 1].only_date != nullptr))) {
            ++j;
        }
        std::size_t dates = 0;
        for (std::size_t k = i; k <= j && j < blocks.size(); ++k) {
            dates += blocks[k].only_date != nullptr;
        }
        if (!(j > i && dates >= 2)) {
            ++i;
            continue;
        }
        // Date lines at the edges that are coarser than the run's entries are section headings
        // ("In 2013-2014"), not entry dates.
        const Precision common = common_precision(blocks, i, j);
        std::size_t a = i;
        std::size_t b = j;
        if (blocks[a].only_date && blocks[a].only_date->value.precision != common) {
            ++a;
        }
        if (blocks[b].only_date && blocks[b].only_date->value.precision != common) {
            --b;
        }
        pair_run(blocks, a, b, reads_as_act);
        i = j + 1;
    }
}

void find_tables(std::vector<Block>& blocks, std::string_view text)
{
    for (std::size_t k = 0; k + 2 < blocks.size();) {
        std::size_t e = k;
        while (e < blocks.size() &&
               (table_line(blocks[e].text) ||
                // a group heading inside the table ("Sub-national legislatures") between rows
                (e > k + 1 && e + 1 < blocks.size() && table_line(blocks[e + 1].text) && looks_like_heading(blocks[e].text)))) {
            ++e;
        }
        if (e - k < 3) {
            k = e + 1;
            continue;
        }
        std::vector<TableColumn> header;
        for (const auto& [b, en] : table_cells(blocks[k].text, blocks[k].p.span.begin)) {
            header.push_back(column_of(std::string(text.substr(b, en - b))));
        }
        const bool useful = std::count(header.begin(), header.end(), TableColumn::place) +
                                std::count(header.begin(), header.end(), TableColumn::body) > 0;
        if (useful) {
            blocks[k].heading = true;
            for (std::size_t r = k + 1; r < e; ++r) {
                blocks[r].columns = header;
            }
        }
        k = e;
    }
}

} // namespace acta::import
