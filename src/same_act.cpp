#include "same_act.hpp"

#include <algorithm>
#include <array>

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

bool generic_act_type(std::string_view type)
{
    static constexpr std::array<std::string_view, 7> generic = {"recognition", "document", "decision", "appeal",
                                                                "speech",      "act",      "report"};
    return std::find(generic.begin(), generic.end(), type) != generic.end();
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
