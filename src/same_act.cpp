#include "same_act.hpp"

#include "embedded.hpp"
#include "error.hpp"

#include <algorithm>
#include <span>
#include <utility>

namespace acta::core_data {
std::span<const acta::EmbeddedFile> data_files(); // src/data/*.tsv, compiled in by CMake
}

namespace acta {

namespace {

bool types_agree(const std::string& a, const std::string& b)
{
    return a == b || generic_act_type(a) || generic_act_type(b);
}

bool inside(const DateValue& inner, const DateValue& outer)
{
    return outer.start <= inner.start && inner.end <= outer.end;
}

bool whole_legislature(const BodyRef& b) { return b.kind == "legislature"; }

bool chamber_or_legislature(const BodyRef& b) { return b.kind == "legislature" || b.kind == "chamber"; }

} // namespace

std::vector<std::string> parse_generic_act_types(std::string_view file_name, std::string_view contents)
{
    std::vector<std::string> generic;
    bool header = true;
    int line_no = 0;
    for (std::size_t pos = 0; pos < contents.size();) {
        const std::size_t end = std::min(contents.find('\n', pos), contents.size());
        std::string_view line = contents.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#' || std::exchange(header, false)) {
            continue;
        }
        const std::string where = std::string(file_name) + ":" + std::to_string(line_no) + ": ";
        const std::size_t tab = line.find('\t');
        if (tab == 0 || tab == std::string_view::npos || tab + 1 >= line.size()) {
            throw DataError(where + "expected an act type and a kind separated by a tab");
        }
        if (line.substr(tab + 1) != "generic") {
            throw DataError(where + "unknown kind '" + std::string(line.substr(tab + 1)) + "' (expected: generic)");
        }
        generic.emplace_back(line.substr(0, tab));
    }
    std::sort(generic.begin(), generic.end());
    return generic;
}

bool generic_act_type(std::string_view type)
{
    static const std::vector<std::string> generic = [] {
        for (const auto& f : core_data::data_files()) {
            if (f.name == "act_types.tsv") {
                return parse_generic_act_types(f.name, f.contents);
            }
        }
        throw DataError("act_types.tsv is not compiled into this binary");
    }();
    return std::binary_search(generic.begin(), generic.end(), type, std::less<>());
}

bool same_body(const BodyRef& a, const BodyRef& b)
{
    if (a.jurisdiction_code != b.jurisdiction_code) {
        return false;
    }
    if (a.name == b.name || (!a.parent_name.empty() && a.parent_name == b.name) ||
        (!b.parent_name.empty() && b.parent_name == a.name)) {
        return true;
    }
    return (whole_legislature(a) && chamber_or_legislature(b)) || (whole_legislature(b) && chamber_or_legislature(a));
}

SameAct same_act(const ExtractedAct& a, const ExtractedAct& b)
{
    if (!same_body(a.body, b.body)) {
        return SameAct::no;
    }
    const bool dated = !a.date.empty() && !b.date.empty();
    const bool compatible = dated && (inside(a.date, b.date) || inside(b.date, a.date));
    if (!a.identifier.empty() && !b.identifier.empty()) {
        if (a.identifier != b.identifier) {
            return SameAct::no;
        }
        return !dated || compatible ? SameAct::yes : SameAct::yes_with_conflict;
    }
    if (a.date.empty() && b.date.empty()) {
        return a.identifier.empty() && b.identifier.empty() && types_agree(a.act_type, b.act_type) ? SameAct::yes
                                                                                                   : SameAct::no;
    }
    if (!dated) {
        return SameAct::no;
    }
    if (a.date.start == b.date.start && a.date.end == b.date.end) {
        return SameAct::yes;
    }
    return compatible && types_agree(a.act_type, b.act_type) ? SameAct::yes : SameAct::no;
}

} // namespace acta
