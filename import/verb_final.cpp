// Rule `verb-final`: a list of countries that is the subject of a recognizing verb written at the
// end of its clause, as Turkish, German, Greek and other languages write it ("Bisher haben A, B und
// C den Holodomor als Genozid anerkannt", "A, B ve C ... soykırım olarak tanıdı"): one act of each
// country's legislature, the body not named. English puts the verb right after the list, where the
// rules `country-subject` and `coordinated` read it. docs/import.md, "Pages not in English",
// describes the rule; tests/import/test_multilingual.cpp holds its examples.
#include "analysis.hpp"
#include "analysis_helpers.hpp"

namespace acta::import {

using namespace detail;

namespace {

// How far (in tokens) the closing verb may stand after the list's last item.
constexpr std::size_t max_verb_distance = 24;

} // namespace

// The first act word after the run is a recognizing verb, not right after the run (that is the
// English order, read by other rules), with no act word before the run, no body named between the
// run and the verb, no body in the sentence before the run (it would be the actor), and no country
// leading the sentence with its own verb ("In 2016 Ghana became the fourth state, after A, B and C,
// to recognize ...": the run is the states before it).
bool Analyzer::verb_final_run(const Sentence& s, const PlaceRun& run) const
{
    const std::size_t start = s.phrases[run.front().phrase].first;
    const std::size_t end = s.phrases[run.back().phrase].last;
    if (run.size() < 3 || first_act_word(s, 0, s.tokens.size()) < end ||
        std::any_of(run.begin(), run.end(), [](const PlaceItem& i) { return i.body != nullptr; })) {
        return false;
    }
    if (country_subject_actor(s, 0, s.tokens.size())) {
        return false;
    }
    const std::size_t verb = first_act_word(s, end, s.tokens.size());
    if (verb >= s.tokens.size() || verb <= end + 1 || verb - end > max_verb_distance ||
        !recognizing_verb_at(s, verb)) {
        return false;
    }
    for (std::size_t p = 0; p < s.phrases.size(); ++p) {
        const auto& ph = s.phrases[p];
        const bool outside = ph.first < start || (ph.first >= end && ph.first < verb);
        if (outside && !s.quoted[ph.first] && (listed_body(s, p) || lex_in(s, p, "body_noun"))) {
            return false;
        }
    }
    return true;
}

} // namespace acta::import
