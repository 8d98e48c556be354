#include "pdf_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

namespace acta::import::readers::pdf {

namespace {

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// Digits as '#', spaces gone: "Page 3 of 12" and "Page 4 of 12" share a key.
std::string numberless(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (out.empty() || out.back() != '#') {
                out += '#';
            }
        } else if (c != ' ') {
            out += c;
        }
    }
    return out;
}

std::vector<long> numbers_in(std::string_view s)
{
    std::vector<long> out;
    long n = -1;
    for (const char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            n = (n < 0 ? 0 : n) * 10 + (c - '0');
            if (n > 1'000'000) {
                n = 1'000'000;
            }
        } else if (n >= 0) {
            out.push_back(n);
            n = -1;
        }
    }
    if (n >= 0) {
        out.push_back(n);
    }
    return out;
}

bool holds(const std::vector<long>& numbers, long n)
{
    return std::find(numbers.begin(), numbers.end(), n) != numbers.end();
}

// "3", "- 3 -", "3/12", "3 | 12": digits and punctuation only, all numbers at most the page count.
bool is_page_number(std::string_view s, long pages)
{
    bool digit = false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) || u >= 0x80) {
            return false;
        }
        digit = digit || std::isdigit(u);
    }
    if (!digit) {
        return false;
    }
    const auto nums = numbers_in(s);
    return std::all_of(nums.begin(), nums.end(), [&](long n) { return n >= 1 && n <= pages; });
}

// Indices of the (up to) two top and two bottom lines of a page, by position.
std::vector<std::size_t> margin_lines(const std::vector<Line>& lines)
{
    std::vector<std::size_t> order(lines.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return lines[a].top < lines[b].top; });
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k < 2 || k + 2 >= order.size()) {
            out.push_back(order[k]);
        }
    }
    return out;
}

bool is_bullet(std::string_view s)
{
    for (const std::string_view b : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xC2\xB7", "- ", "* "}) {
        if (s.starts_with(b)) {
            return true;
        }
    }
    return false;
}

// "12. " or "3) " at the start: the number with its dot, else nullopt.
std::optional<std::string> number_marker(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) {
        ++i;
    }
    if (i == 0 || i + 1 >= s.size() || (s[i] != '.' && s[i] != ')') || s[i + 1] != ' ') {
        return std::nullopt;
    }
    return std::string(s.substr(0, i)) + ".";
}

bool ends_sentence(std::string_view s)
{
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    if (s.empty()) {
        return true;
    }
    const char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')' || s.ends_with("\xE2\x80\x9D");
}

// Appends a line to a paragraph: a hyphen at the end of the paragraph joins the words.
void join_line(std::string& para, std::string_view line)
{
    if (para.empty()) {
        para = line;
        return;
    }
    const bool soft = para.ends_with("\xC2\xAD");
    const bool hyphen = para.size() >= 2 && para.back() == '-' && std::isalpha(static_cast<unsigned char>(para[para.size() - 2]));
    const bool lower_next = !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
    if (soft) {
        para.erase(para.size() - 2);
    } else if (hyphen && lower_next) {
        para.pop_back();
    } else if (!hyphen) {
        para += ' ';
    }
    para += line;
}

struct Paragraph {
    std::string text;
    enum class Kind { text, heading, item } kind = Kind::text;
    std::string marker;
    int level = 0;
};

void emit(Paragraph& p, DocumentBuilder& out)
{
    if (p.kind == Paragraph::Kind::heading) {
        out.heading(p.text, p.level);
    } else if (p.kind == Paragraph::Kind::item) {
        out.list_item(p.text, 0, p.marker);
    } else {
        out.paragraph(p.text);
    }
    p = {};
}

// The body's type size and its usual distance from one line's top to the next.
struct Metrics {
    double size = 0;
    double spacing = 0;
};

Metrics metrics_of(const std::vector<std::vector<Line>>& pages)
{
    std::vector<double> sizes;
    for (const auto& page : pages) {
        for (const auto& l : page) {
            sizes.push_back(l.size());
        }
    }
    Metrics m;
    m.size = median(sizes);
    std::vector<double> gaps;
    for (const auto& page : pages) {
        for (std::size_t i = 1; i < page.size(); ++i) {
            const double gap = page[i].top - page[i - 1].top;
            if (gap > 0 && std::abs(page[i].size() - m.size) < 0.15 * m.size &&
                std::abs(page[i - 1].size() - m.size) < 0.15 * m.size) {
                gaps.push_back(gap);
            }
        }
    }
    m.spacing = gaps.empty() ? m.size * 1.2 : median(gaps);
    return m;
}

} // namespace

std::vector<Line> lines_of(const Page& page)
{
    std::vector<Line> lines;
    double last_right = 0;
    bool space = false;
    for (const auto& w : page.words) {
        if (w.text.empty()) {
            continue;
        }
        const double centre = (w.top + w.bottom) / 2;
        const bool same = !lines.empty() && centre > lines.back().top && centre < lines.back().bottom &&
                          w.left >= last_right - 0.5 * (w.bottom - w.top);
        if (same) {
            Line& l = lines.back();
            if (space || w.left - last_right > 0.15 * (w.bottom - w.top)) {
                l.text += ' ';
            }
            l.text += w.text;
            l.right = std::max(l.right, w.right);
            l.top = std::min(l.top, w.top);
            l.bottom = std::max(l.bottom, w.bottom);
        } else {
            lines.push_back({w.text, w.left, w.top, w.right, w.bottom});
        }
        last_right = w.right;
        space = w.space_after;
    }
    return lines;
}

void remove_page_furniture(std::vector<std::vector<Line>>& pages)
{
    const long n = static_cast<long>(pages.size());
    // How many pages carry a text (exact, and numbers aside) among their margin lines.
    std::map<std::string, long> exact;
    std::map<std::string, long> loose;
    std::vector<std::vector<std::size_t>> margins;
    for (const auto& page : pages) {
        margins.push_back(margin_lines(page));
        std::map<std::string, bool> seen_exact;
        std::map<std::string, bool> seen_loose;
        for (const std::size_t i : margins.back()) {
            seen_exact[page[i].text] = true;
            seen_loose[numberless(page[i].text)] = true;
        }
        for (const auto& [k, v] : seen_exact) {
            exact[k] += v;
        }
        for (const auto& [k, v] : seen_loose) {
            loose[k] += v;
        }
    }
    const long quorum = std::max<long>(2, (n + 1) / 2);
    for (long p = 0; p < n; ++p) {
        auto& page = pages[static_cast<std::size_t>(p)];
        std::vector<bool> drop(page.size(), false);
        for (const std::size_t i : margins[static_cast<std::size_t>(p)]) {
            const std::string& t = page[i].text;
            const bool running = n >= 2 && (exact[t] >= quorum ||
                                            (loose[numberless(t)] >= quorum && holds(numbers_in(t), p + 1)));
            drop[i] = running || is_page_number(t, n);
        }
        std::vector<Line> kept;
        for (std::size_t i = 0; i < page.size(); ++i) {
            if (!drop[i]) {
                kept.push_back(std::move(page[i]));
            }
        }
        page = std::move(kept);
    }
}

void build_blocks(const std::vector<std::vector<Line>>& pages, DocumentBuilder& out)
{
    const Metrics m = metrics_of(pages);
    Paragraph para;
    const Line* prev = nullptr;
    double prev_page_right = 0; // the right edge of the text on the page before
    double page_right = 0;
    for (const auto& page : pages) {
        bool first_on_page = true;
        prev_page_right = page_right;
        page_right = 0;
        for (const auto& line : page) {
            page_right = std::max(page_right, line.right);
        }
        for (const auto& line : page) {
            const bool heading = line.size() > m.size * 1.15 && line.text.size() < 200;
            const auto number = number_marker(line.text);
            const bool item = is_bullet(line.text) || number.has_value();
            bool brk = para.text.empty() || item || heading != (para.kind == Paragraph::Kind::heading);
            const double gap = prev && !first_on_page ? line.top - prev->top : 0;
            if (!brk && first_on_page) {
                // A paragraph runs on to the next page when its last line was a full one (or the
                // next page goes on in lower case) and it did not end a sentence.
                const bool full = prev && prev->right >= prev_page_right - m.size;
                const bool lower = std::islower(static_cast<unsigned char>(line.text.front())) != 0;
                brk = ends_sentence(para.text) || !(full || lower);
            } else if (!brk && prev) {
                // Larger type has wider line spacing: the usual spacing scaled to this line's size.
                const double usual = m.spacing * std::max(1.0, line.size() / m.size);
                // A sentence that ended well before the right margin ended its paragraph.
                const bool short_end = ends_sentence(para.text) && prev->right < page_right - 4 * m.size;
                brk = gap <= 0 || gap > usual * 1.25 || std::abs(line.size() - prev->size()) > 0.15 * m.size || short_end;
            }
            if (brk && !para.text.empty()) {
                emit(para, out);
                if (gap > m.spacing * 2.0) {
                    out.section_break(); // a gap wider than between paragraphs: a new group
                }
            }
            std::string_view text = line.text;
            if (brk && item) {
                para.kind = Paragraph::Kind::item;
                para.marker = number ? *number : "-";
                text.remove_prefix(std::min(text.size(), text.find(' ') + 1));
            } else if (brk && heading) {
                para.kind = Paragraph::Kind::heading;
                para.level = line.size() > m.size * 1.6 ? 1 : 2;
            }
            join_line(para.text, text);
            prev = &line;
            first_on_page = false;
        }
    }
    if (!para.text.empty()) {
        emit(para, out);
    }
}

} // namespace acta::import::readers::pdf
