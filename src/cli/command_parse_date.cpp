#include "command_parse_date.hpp"

#include "dates.hpp"
#include "error.hpp"

#include <iostream>

namespace acta::cli {

void ParseDateCommand::setup(CLI::App& app)
{
    app.add_option("texts", m_texts, "texts to read a date from (default: each line of standard input)");
    app.add_option("--anchor", m_anchor,
                   "the date of writing (YYYY, YYYY-MM or YYYY-MM-DD): yearless dates take its year; with a "
                   "full day, relative dates (yesterday, last Friday, two weeks ago) count from it");
    app.add_option("--order", m_order,
                   "how to read a numeric date whose day and month are both 12 or less, as a document states it: "
                   "day-first or month-first (default: by its separator)")
        ->check(CLI::IsMember({"day-first", "month-first"}));
    app.add_flag("--explain", m_explain,
                 "add a fifth column: the precision and how an ambiguous or relative expression was read");
    app.footer("Prints TEXT<TAB>EDTF<TAB>first day<TAB>last day, or TEXT<TAB>error: REASON, one line per text.\n"
               "Exit status: 0 all texts parsed, 1 some text names no valid date, 2 bad usage.");
}

namespace {

bool digits(std::string_view s)
{
    for (const char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD, a day of the calendar.
import::DateAnchor parse_anchor(const std::string& s)
{
    const std::string usage = "bad --anchor '" + s + "': use YYYY-MM-DD (or YYYY, YYYY-MM)";
    const bool shape = (s.size() == 4 || s.size() == 7 || s.size() == 10) && digits(s.substr(0, 4)) &&
                       (s.size() < 7 || (s[4] == '-' && digits(s.substr(5, 2)))) &&
                       (s.size() < 10 || (s[7] == '-' && digits(s.substr(8, 2))));
    if (!shape || (s.size() >= 7 && (std::stoi(s.substr(5, 2)) < 1 || std::stoi(s.substr(5, 2)) > 12))) {
        throw UsageError(usage);
    }
    // The date reader checks the calendar: "2014-02-30" is no day, "1999" no year past its window.
    const import::DateMatch m = import::parse_date(s);
    if (!m.error.empty() || m.end - m.begin != s.size()) {
        throw UsageError(usage + (m.error.empty() ? "" : " (" + m.error + ")"));
    }
    import::DateAnchor anchor;
    anchor.year = std::stoi(s.substr(0, 4));
    anchor.month = s.size() >= 7 ? std::stoi(s.substr(5, 2)) : 0;
    anchor.day = s.size() == 10 ? std::stoi(s.substr(8, 2)) : 0;
    return anchor;
}

// One output line per text: tabs and line breaks inside a text become spaces.
std::string one_line(std::string_view text)
{
    std::string s(text);
    for (char& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return s;
}

} // namespace

int ParseDateCommand::run(Context& ctx)
{
    import::DateAnchor anchor = m_anchor.empty() ? import::DateAnchor{} : parse_anchor(m_anchor);
    if (!m_order.empty()) {
        anchor.order = m_order == "day-first" ? import::DateAnchor::NumericOrder::day_first
                                              : import::DateAnchor::NumericOrder::month_first;
    }
    bool all_parsed = true;
    auto print = [&](std::string_view text) {
        const import::DateMatch m = import::parse_date(text, anchor);
        ctx.out << one_line(text) << '\t';
        if (m.error.empty()) {
            ctx.out << m.value.edtf << '\t' << m.value.start << '\t' << m.value.end;
            if (m_explain) {
                ctx.out << '\t' << to_string(m.value.precision) << (m.note.empty() ? "" : "; " + m.note);
            }
            ctx.out << '\n';
        } else {
            ctx.out << "error: " << m.error << '\n';
            all_parsed = false;
        }
    };
    if (!m_texts.empty()) {
        for (const auto& text : m_texts) {
            print(text);
        }
    } else {
        std::istream& in = m_in ? *m_in : std::cin;
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            print(line);
        }
    }
    return all_parsed ? 0 : 1;
}

} // namespace acta::cli
