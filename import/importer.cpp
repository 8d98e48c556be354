// The importer: document structure (header, paragraphs, chronology blocks), then each
// sentence or block entry analysed for an act (see analysis.hpp), then one act per real act.
#include "importer.hpp"

#include "analysis.hpp"
#include "dates.hpp"
#include "gazetteer.hpp"
#include "sha256.hpp"
#include "text.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace acta::import {

std::string importer_version() { return std::string("acta-import ") + ACTA_VERSION; }

namespace {

// Words that close an article: what follows is navigation, not text.
bool is_end_marker(std::string_view paragraph)
{
    std::string p = squeeze(paragraph);
    std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!p.empty() && (p.back() == '!' || p.back() == ':' || p.back() == ' ' || p.back() == '.')) {
        p.pop_back();
    }
    static const char* markers[] = {"follow us", "share this", "share on", "related articles", "related news",
                                    "read more", "references", "sources", "see also", "comments", "tags",
                                    "subscribe", "advertisement", "more news", "recommended"};
    for (const char* m : markers) {
        if (p == m) {
            return true;
        }
    }
    return p.rfind("follow us on", 0) == 0 || p.rfind("source:", 0) == 0 || p.rfind("sources:", 0) == 0;
}

// A researcher's reminder ("TODO: find the Turkish text"), not a report of anything.
bool is_note_to_self(std::string_view paragraph)
{
    for (const char* m : {"TODO", "FIXME", "XXX", "NB:", "Note to self"}) {
        if (paragraph.rfind(m, 0) == 0) {
            return true;
        }
    }
    return false;
}

struct Para {
    Paragraph p;
    std::string_view text;
    std::optional<DateMatch> only_date; // the paragraph is a date line (nothing but a date)
    bool heading = false;
};

bool has_letters(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
}

// A date line: a date, perhaps with a preposition or a place before it ("Vilnius, 3 May 2019",
// "In 2013-2014", "09:15 | 27.02.2014"), and nothing after it but punctuation.
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
    if (has_letters(rest)) {
        return std::nullopt;
    }
    const std::string before = squeeze(text.substr(0, d.begin));
    const auto words = tokenize(before);
    int word_count = 0;
    for (const auto& t : words) {
        word_count += t.word && !t.digits;
    }
    if (word_count > 2) {
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

// A byline: two to four capitalized words and nothing else.
bool looks_like_byline(std::string_view text);

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

TableColumn column_of(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    auto has = [&](const char* w) { return name.find(w) != std::string::npos; };
    if (has("wording") || has("term") || has("characteri") || has("quote") || has("words") || has("language")) {
        return TableColumn::wording;
    }
    if (has("date") || has("when") || has("year")) {
        return TableColumn::date;
    }
    if (has("country") || has("state") || has("jurisdiction") || has("nation") || has("place") || has("where")) {
        return TableColumn::place;
    }
    if (has("body") || has("legislature") || has("parliament") || has("chamber") || has("institution") || has("organ")) {
        return TableColumn::body;
    }
    if (has("number") || has("identifier") || has("ref") || name == "no" || name == "no.") {
        return TableColumn::identifier;
    }
    if (has("act") || has("type") || has("document") || has("measure") || has("text") || has("instrument")) {
        return TableColumn::act;
    }
    return TableColumn::other;
}

// "Numeric dates are written day/month/year", "(DD/MM/YYYY)": the order the text says it uses
// for dates such as 12/05/2010.
DateAnchor::NumericOrder stated_order(std::string_view text)
{
    std::string lower(text.substr(0, std::min<std::size_t>(text.size(), 1 << 20)));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* p : {"day/month/year", "dd/mm/yyyy", "dd.mm.yyyy", "day-month-year", "dd-mm-yyyy", "day.month.year"}) {
        if (lower.find(p) != std::string::npos) {
            return DateAnchor::NumericOrder::day_first;
        }
    }
    for (const char* p : {"month/day/year", "mm/dd/yyyy", "month-day-year", "mm-dd-yyyy"}) {
        if (lower.find(p) != std::string::npos) {
            return DateAnchor::NumericOrder::month_first;
        }
    }
    return DateAnchor::NumericOrder::by_separator;
}

// How a run of alternating event paragraphs and date lines pairs up.
enum class BlockOrder { date_after, date_before };

} // namespace

ImportResult import_text(std::string_view text, const ImportOptions& options)
{
    const Gazetteer& g = Gazetteer::instance();
    ImportResult result;
    result.importer_version = importer_version();
    result.source.text = std::string(text);
    result.source.path = options.path;
    result.source.sha256 = sha256_hex(text);
    result.jurisdictions = g.organizations();
    result.jurisdiction_names = g.names();

    const LineIndex lines(text);
    const auto order = stated_order(text);
    std::vector<Para> paras;
    const auto all = split_paragraphs(text);
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
        paras.push_back({p, t, std::nullopt, false});
    }

    // Header: title, dateline, byline before the first paragraph of running text.
    std::size_t body_start = 0;
    for (std::size_t i = 0; i < paras.size() && i < 8; ++i) {
        const auto& t = paras[i].text;
        // A date line opening a chronology block (a date, an event, a date) is not a dateline.
        const bool opens_block = i + 2 < paras.size() && date_line(paras[i + 2].text, 0, order).has_value();
        if (auto d = date_line(t, 0, order); d && !opens_block && result.source.published.empty() && !d->value.empty() &&
                                      d->value.precision == Precision::day) {
            result.source.published = d->value.edtf;
            body_start = i + 1;
            continue;
        }
        if (!looks_like_heading(t)) {
            break;
        }
        if (result.source.title.empty()) {
            result.source.title = squeeze(t);
        } else if (squeeze(t) == result.source.title) {
            // repeated title
        } else if (result.source.author.empty() && !byline_author(t).empty()) {
            result.source.author = byline_author(t);
        } else {
            break;
        }
        body_start = i + 1;
    }
    paras.erase(paras.begin(), paras.begin() + static_cast<long>(body_start));
    if (!options.published.empty()) {
        result.source.published = options.published; // declared by the file's reader (HTML metadata)
    }

    Analyzer analyzer(text, lines, options, result.diagnostics);
    analyzer.set_published(result.source.published);
    analyzer.set_numeric_order(order);

    // Classify paragraphs: date lines and headings. The anchor year runs through the text.
    int anchor_year = 0;
    for (auto& p : paras) {
        p.only_date = date_line(p.text, anchor_year, order);
        p.heading = !p.only_date && looks_like_heading(p.text);
        for (const auto& d : find_dates(p.text, {anchor_year, 0, order})) {
            if (!d.value.empty() && d.explicit_year) {
                anchor_year = std::stoi(d.value.end.substr(0, 4));
            }
        }
    }
    analyzer.detect_subject(paras.empty() ? 0 : paras.front().p.span.begin);

    // Chronology blocks: maximal runs where date lines and single event paragraphs alternate.
    std::vector<int> block_date(paras.size(), -1); // for an event paragraph: index of its date line
    std::vector<bool> in_block(paras.size(), false);
    std::size_t i = 0;
    while (i < paras.size()) {
        std::size_t j = i;
        // A run: D E D E ... or E D E D ..., at least two date lines.
        while (j + 1 < paras.size() && (paras[j].only_date.has_value() != paras[j + 1].only_date.has_value())) {
            ++j;
        }
        std::size_t dates = 0;
        for (std::size_t k = i; k <= j && j < paras.size(); ++k) {
            dates += paras[k].only_date.has_value();
        }
        if (j > i && dates >= 2) {
            // Date lines at the edges that are coarser than the run's entries are section
            // headings ("In 2013-2014"), not entry dates.
            std::map<Precision, int> precisions;
            for (std::size_t k = i; k <= j; ++k) {
                if (paras[k].only_date) {
                    ++precisions[paras[k].only_date->value.precision];
                }
            }
            const Precision common = std::max_element(precisions.begin(), precisions.end(),
                                                      [](auto& a, auto& b) { return a.second < b.second; })->first;
            std::size_t a = i;
            std::size_t b = j;
            if (paras[a].only_date && paras[a].only_date->value.precision != common) {
                ++a;
            }
            if (paras[b].only_date && paras[b].only_date->value.precision != common) {
                --b;
            }
            // Score each pairing: entries whose event reads as an act, and how close (in blank
            // lines) each event stands to its date.
            // The event paragraph a date line k pairs with under `order`, if any.
            auto event_of = [&](BlockOrder order, std::size_t k) -> std::optional<std::size_t> {
                if (!paras[k].only_date || (order == BlockOrder::date_after && k == a)) {
                    return std::nullopt;
                }
                const std::size_t e = order == BlockOrder::date_after ? k - 1 : k + 1;
                return e > b || e < a ? std::nullopt : std::optional<std::size_t>(e);
            };
            auto score = [&](BlockOrder order) {
                int acts = 0;
                int closeness = 0;
                for (std::size_t k = a; k <= b; ++k) {
                    const auto event = event_of(order, k);
                    if (!event) {
                        continue;
                    }
                    const std::size_t e = *event;
                    if (analyzer.looks_like_act(paras[e].p.span)) {
                        ++acts;
                    }
                    closeness -= order == BlockOrder::date_after ? paras[k].p.blank_before : paras[e].p.blank_before;
                }
                return std::pair{acts, closeness};
            };
            const auto after = score(BlockOrder::date_after);
            const auto before = score(BlockOrder::date_before);
            BlockOrder order;
            if (after != before) {
                order = after > before ? BlockOrder::date_after : BlockOrder::date_before;
            } else {
                order = paras[b].only_date ? BlockOrder::date_after : BlockOrder::date_before;
            }
            for (std::size_t k = a; k <= b; ++k) {
                if (const auto e = event_of(order, k)) {
                    block_date[*e] = static_cast<int>(k);
                    in_block[*e] = in_block[k] = true;
                }
            }
            i = j + 1;
        } else {
            ++i;
        }
    }

    // Tables: a header line and at least two rows, all with the same separators.
    std::vector<std::vector<TableColumn>> table_columns(paras.size());
    for (std::size_t k = 0; k + 2 < paras.size();) {
        std::size_t e = k;
        while (e < paras.size() &&
               (table_line(paras[e].text) ||
                // a group heading inside the table ("Sub-national legislatures") between rows
                (e > k + 1 && e + 1 < paras.size() && table_line(paras[e + 1].text) && looks_like_heading(paras[e].text)))) {
            ++e;
        }
        if (e - k >= 3) {
            std::vector<TableColumn> header;
            for (const auto& [b, en] : table_cells(paras[k].text, paras[k].p.span.begin)) {
                header.push_back(column_of(std::string(text.substr(b, en - b))));
            }
            const bool useful = std::count(header.begin(), header.end(), TableColumn::place) +
                                    std::count(header.begin(), header.end(), TableColumn::body) > 0;
            if (useful) {
                paras[k].heading = true;
                for (std::size_t r = k + 1; r < e; ++r) {
                    table_columns[r] = header;
                }
            }
            k = e;
        } else {
            k = e + 1;
        }
    }

    anchor_year = 0;
    for (std::size_t k = 0; k < paras.size(); ++k) {
        const auto& p = paras[k];
        if (!table_columns[k].empty() && !table_line(p.text)) {
            analyzer.set_section(p.p.span); // a group heading inside the table
            continue;
        }
        if (!table_columns[k].empty()) {
            const auto cells = table_cells(p.text, p.p.span.begin);
            const bool rule_line = std::all_of(p.text.begin(), p.text.end(), [](char c) {
                return c == '|' || c == '-' || c == ':' || c == '+' || c == ' ' || c == '=' || c == '\t';
            });
            if (!rule_line) {
                std::vector<TableCell> tagged;
                for (std::size_t c = 0; c < cells.size() && c < table_columns[k].size(); ++c) {
                    tagged.push_back({cells[c].first, cells[c].second, table_columns[k][c]});
                }
                analyzer.table_row(p.p.span, tagged);
            }
            continue;
        }
        if (block_date[k] >= 0) {
            const auto& dl = paras[block_date[k]];
            analyzer.block_entry(p.p.span, *dl.only_date, dl.p.span);
        } else if (p.only_date) {
            // a date line that pairs with nothing (a section heading): only the anchor moves
        } else if (p.heading) {
            analyzer.set_section(p.p.span);
        } else if (!in_block[k]) {
            analyzer.prose_paragraph(p.p.span, anchor_year);
        }
        for (const auto& d : find_dates(p.text, {anchor_year, 0, order})) {
            if (!d.value.empty() && d.explicit_year) {
                anchor_year = std::stoi(d.value.end.substr(0, 4));
            }
        }
    }
    if (result.source.published.empty()) {
        result.source.published = analyzer.published();
    }
    result.acts = analyzer.finish();
    result.subject = analyzer.subject();
    return result;
}

} // namespace acta::import
