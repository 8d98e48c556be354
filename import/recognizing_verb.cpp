// The recognizing verb, decided in one place for the rules that need one: `country-subject`
// ("In 2013, Denmark recognized ..."), `agent-list` ("was recognized as genocide by A, B and C")
// and `recognition+term` ("admitted that the killings were genocide").
#include "analysis.hpp"

namespace acta::import {

bool Analyzer::recognizing_verb(const Sentence& s, std::size_t p) const
{
    return lex_in(s, p, "act_verb") && lex_value(s, p, "act_verb") == "recognition";
}

bool Analyzer::recognizing_verb_at(const Sentence& s, std::size_t t) const
{
    if (t >= s.tokens.size() || s.phrase_at[t] < 0) {
        return false;
    }
    const auto p = static_cast<std::size_t>(s.phrase_at[t]);
    return s.phrases[p].first == t && recognizing_verb(s, p);
}

} // namespace acta::import
