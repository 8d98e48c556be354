#include "merge.hpp"

#include "analysis_helpers.hpp"
#include "same_act.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace acta::import {

using namespace detail;

bool same_mention(const ExtractedAct& o, const ExtractedAct& act)
{
    // One rule for the importer and the store (src/same_act.hpp).
    return same_act(o, act) != SameAct::no;
}

void merge_into(ExtractedAct& into, ExtractedAct&& act)
{
    if (into.body.kind == "legislature" && act.body.kind == "chamber") {
        into.body = act.body;
    }
    if (weak_type(into.act_type) && !weak_type(act.act_type)) {
        into.act_type = act.act_type;
    }
    if (precision_rank(act.date.precision) > precision_rank(into.date.precision)) {
        into.date = act.date;
    }
    if (into.identifier.empty()) {
        into.identifier = act.identifier;
    }
    if (into.wording.empty()) {
        into.wording = act.wording;
    }
    if (into.vote.empty()) {
        into.vote = act.vote;
    }
    for (auto& t : act.terms) {
        if (std::none_of(into.terms.begin(), into.terms.end(), [&](auto& x) { return x.term == t.term; })) {
            into.terms.push_back(t);
        }
    }
    for (auto& p : act.persons) {
        if (std::none_of(into.persons.begin(), into.persons.end(), [&](auto& x) { return x.name == p.name; })) {
            into.persons.push_back(p);
        }
    }
    for (auto& a : act.attestations) {
        into.attestations.push_back(std::move(a));
    }
}

namespace {

// The years a date covers, or {0, 0} when it is empty, not Gregorian YYYY or wider than `widest`.
constexpr int widest = 25;

std::pair<int, int> years_of(const DateValue& d)
{
    auto year = [](const std::string& iso) {
        if (iso.size() < 4 || !std::all_of(iso.begin(), iso.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
            return 0;
        }
        return std::stoi(iso.substr(0, 4));
    };
    if (d.empty()) {
        return {0, 0};
    }
    const int a = year(d.start);
    const int b = year(d.end);
    return a == 0 || b < a || b - a > widest ? std::pair{0, 0} : std::pair{a, b};
}

// The acts of one jurisdiction, found by identifier and by the years their dates cover.
// Entries go stale when an act's date or identifier changes; the predicate is applied anyway.
struct Candidates {
    std::vector<std::size_t> all;
    std::vector<std::size_t> wide;    // dated but not by year (too wide, or not YYYY)
    std::vector<std::size_t> undated; // no date: an undated mention can be the same act
    std::unordered_map<int, std::vector<std::size_t>> by_year;
    std::unordered_map<std::string, std::vector<std::size_t>> by_identifier;

    // `fresh`: a new act (else an act already added, whose date or identifier may have changed).
    void add(std::size_t i, const ExtractedAct& act, bool fresh)
    {
        if (fresh) {
            all.push_back(i);
        }
        if (!act.identifier.empty()) {
            by_identifier[act.identifier].push_back(i);
        }
        const auto [a, b] = years_of(act.date);
        if (a == 0 && !act.date.empty()) {
            wide.push_back(i);
        }
        if (fresh && act.date.empty()) {
            undated.push_back(i);
        }
        for (int y = a; a != 0 && y <= b; ++y) {
            by_year[y].push_back(i);
        }
    }

    // Every earlier act that can be the same act as `act`, in the order they were added.
    std::vector<std::size_t> for_mention(const ExtractedAct& act) const
    {
        const auto [a, b] = years_of(act.date);
        if (a == 0 && !act.date.empty()) {
            return all;
        }
        std::vector<std::size_t> out = act.date.empty() ? undated : wide;
        if (auto it = by_identifier.find(act.identifier); !act.identifier.empty() && it != by_identifier.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
        }
        for (int y = a; a != 0 && y <= b; ++y) {
            if (auto it = by_year.find(y); it != by_year.end()) {
                out.insert(out.end(), it->second.begin(), it->second.end());
            }
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
};

} // namespace

namespace {

// Merges mentions in place: the acts end up in mentions[0, kept); returns kept.
std::size_t merge_in_place(std::vector<ExtractedAct>& mentions)
{
    // In place: the acts are mentions[0, kept), and kept <= m, so mention m is read before its
    // slot is written (one vector of acts in memory, not two).
    std::size_t kept = 0;
    std::unordered_map<std::string, Candidates> by_jurisdiction;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        auto& act = mentions[m];
        auto& candidates = by_jurisdiction[act.body.jurisdiction_code];
        std::optional<std::size_t> into;
        for (const std::size_t i : candidates.for_mention(act)) {
            if (same_mention(mentions[i], act)) {
                into = i;
                break;
            }
        }
        if (!into) {
            candidates.add(kept, act, true);
            if (kept != m) {
                mentions[kept] = std::move(act);
            }
            ++kept;
            continue;
        }
        merge_into(mentions[*into], std::move(act));
        candidates.add(*into, mentions[*into], false);
    }
    return kept;
}

} // namespace

std::vector<ExtractedAct> merge_mentions(std::vector<ExtractedAct> mentions)
{
    mentions.erase(mentions.begin() + static_cast<long>(merge_in_place(mentions)), mentions.end());
    return mentions;
}

} // namespace acta::import
