#pragma once
// Rule tables (docs/import.md): each reading rule has a table of example texts of our own, each
// with the acts the whole importer must read from it. A table writes an act in one short form
// (an `ActView`: "JURISDICTION RULE", "JURISDICTION DATE RULE" ...); one function reads a text
// into that form and one checks a table, for every rule-table test of tests/import/.
#include "importer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace acta::test {

// How a table writes one act.
using ActView = std::string (*)(const ExtractedAct&);

inline std::string first_rule(const ExtractedAct& a) { return a.attestations.empty() ? "" : a.attestations.front().rule; }
inline std::string jurisdiction(const ExtractedAct& a) { return a.body.jurisdiction_code; }
inline std::string jurisdiction_rule(const ExtractedAct& a) { return a.body.jurisdiction_code + " " + first_rule(a); }
inline std::string jurisdiction_date_rule(const ExtractedAct& a)
{
    return a.body.jurisdiction_code + " " + a.date.edtf + " " + first_rule(a);
}
inline std::string jurisdiction_date_type(const ExtractedAct& a)
{
    return a.body.jurisdiction_code + " " + a.date.edtf + " " + a.act_type;
}
inline std::string jurisdiction_start(const ExtractedAct& a)
{
    return a.body.jurisdiction_code + " " + (a.date.empty() ? std::string("undated") : a.date.start);
}

// In which order a table lists the acts of an example.
enum class Order { text, sorted };

// The acts of `r`, each written by `view`.
inline std::vector<std::string> acts_of(const ImportResult& r, ActView view, Order order = Order::text)
{
    std::vector<std::string> out;
    for (const auto& a : r.acts) {
        out.push_back(view(a));
    }
    if (order == Order::sorted) {
        std::sort(out.begin(), out.end());
    }
    return out;
}

// The diagnostics of `r`, for a failing example's message.
inline std::string diagnostics_of(const ImportResult& r)
{
    std::string out;
    for (const auto& d : r.diagnostics) {
        out += "[" + d.kind + ": " + d.message + "] ";
    }
    return out;
}

// One example of a rule: a text of our own and the acts it must give.
struct RuleExample {
    const char* rule;              // the rule the example is for
    std::string text;
    std::vector<std::string> acts; // each act written by the table's view
};

// Checks that `text` reads as `acts`; says the rule, the text and the diagnostics when not.
inline void check_example(std::string_view rule, std::string_view text, const std::vector<std::string>& acts, ActView view,
                          Order order = Order::text)
{
    INFO(rule << ": " << text);
    const auto r = import::import_text(text);
    INFO("diagnostics: " << diagnostics_of(r));
    CHECK(acts_of(r, view, order) == acts);
}

// A rule table checked with one view: `const RuleTable run{jurisdiction_rule};` then
// `run({{"rule", "text", {"act", ...}}, ...});`.
struct RuleTable {
    ActView view;
    Order order = Order::text;

    void operator()(const std::vector<RuleExample>& table) const
    {
        for (const auto& e : table) {
            check_example(e.rule, e.text, e.acts, view, order);
        }
    }
};

} // namespace acta::test
