#include "words.hpp"

#include "error.hpp"
#include "gazetteer.hpp"

#include <algorithm>

namespace acta::import {

namespace {

constexpr auto list_names = std::to_array<std::string_view>({
    "non_name_word",   "end_marker",        "end_marker_prefix",       "note_marker",
    "order_day_first", "order_month_first", "column_wording",    "column_date",             "column_place",
    "column_body",     "column_identifier", "column_identifier_exact", "column_act",         "abbreviation",
    "resolution_code", "bill_code",         "generic_body_name", "clause_cut_word", "number_marker", "number_word",
    "stamp_word",      "caption_marker",    "furniture_word",    "furniture_phrase",
    "year_marker",     "this_year",
    // who acted (analysis_actors.cpp)
    "country_act_verb", "subject_adverb", "term_use_verb", "term_noun", "rank_word", "legislator_noun", "member_word",
    "organization_name_word",
    "wrap_open_end",   "list_item_filler",
    "list_joiner", "list_place_noun", "elliptical_verb", "inventory_latest", "anaphoric_determiner",
    "earlier_act_word", "relative_pronoun", "law_title_word", "count_word",
    // news dates (analysis_dates.cpp)
    "meeting_word",
    // enumerations (enumeration.cpp)
    "passive_auxiliary",
    // names and dates, actors
    "honorific", "name_particle", "name_particle_second", "citation_verb", "us_federal_code", "legislative_act_type", "subdivision_noun", "place_chain_word",
    // earlier acts named through a later one (enumeration.cpp), calls to act (analysis_fields.cpp)
    "precedence_word", "joining_verb", "call_verb", "perpetration_noun",
    // page dates (layout.cpp)
    "time_zone",
    // offices no longer held (analysis_actors.cpp)
    "former_title",
    // function words the reading rules test (analysis*.cpp, enumeration.cpp)
    "place_body_gap", "possessive_clitic", "body_chain_word", "opening_place_preposition", "common_determiner",
    "name_inner_word", "copula", "place_lead_word", "date_link", "vote_noun", "vote_separator", "list_introducer",
    "joining_complement",
    // acts named by their chamber's code (analysis_actors.cpp)
    "upper_code", "lower_code",
    // agents of passives in any language (enumeration.cpp)
    "agent_preposition",
    // opening participles (text.cpp)
    "participle_ending",
    // a source reporting the act (analysis_fields.cpp act_type)
    "report_verb"});
static_assert(list_names.size() == word_list_count, "a WordList without its name in words.tsv");

} // namespace

std::string_view word_list_name(WordList list) { return list_names[static_cast<std::size_t>(list)]; }

Words Words::parse(std::string_view file_name, std::string_view contents)
{
    Words w;
    bool header = true;
    int line_no = 0;
    std::size_t pos = 0;
    while (pos < contents.size()) {
        std::size_t end = contents.find('\n', pos);
        if (end == std::string_view::npos) {
            end = contents.size();
        }
        std::string_view line = contents.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (header) {
            header = false;
            continue;
        }
        const auto where = std::string(file_name) + ":" + std::to_string(line_no) + ": ";
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab + 1 >= line.size()) {
            throw DataError(where + "expected a list name and a word separated by a tab");
        }
        const auto name = line.substr(0, tab);
        const auto it = std::find(list_names.begin(), list_names.end(), name);
        if (it == list_names.end()) {
            throw DataError(where + "unknown word list '" + std::string(name) + "'");
        }
        const auto i = static_cast<std::size_t>(it - list_names.begin());
        w.m_lists[i].emplace_back(line.substr(tab + 1));
    }
    for (std::size_t i = 0; i < word_list_count; ++i) {
        w.m_lengths[i] = {std::string::npos, 0};
        for (const auto& word : w.m_lists[i]) {
            w.m_lists_of[word].set(i);
            w.m_lengths[i] = {std::min(w.m_lengths[i].first, word.size()), std::max(w.m_lengths[i].second, word.size())};
        }
    }
    return w;
}

bool Words::has(WordList list, std::string_view word) const
{
    const auto [shortest, longest] = m_lengths[index(list)];
    if (word.size() < shortest || word.size() > longest) {
        return false;
    }
    const auto it = m_lists_of.find(word);
    return it != m_lists_of.end() && it->second.test(index(list));
}

bool Words::has_pair(WordList list, std::string_view first, std::string_view second) const
{
    const auto [shortest, longest] = m_lengths[index(list)];
    const std::size_t size = first.size() + 1 + second.size();
    if (size < shortest || size > longest) {
        return false;
    }
    std::string phrase;
    phrase.reserve(size);
    phrase.append(first).append(1, ' ').append(second);
    return has(list, phrase);
}

bool Words::starts_any(WordList list, std::string_view text) const
{
    return std::any_of(m_lists[index(list)].begin(), m_lists[index(list)].end(),
                       [&](const std::string& w) { return text.substr(0, w.size()) == w; });
}

bool Words::contains_any(WordList list, std::string_view text) const
{
    return std::any_of(m_lists[index(list)].begin(), m_lists[index(list)].end(),
                       [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
}

bool Words::ends_any(WordList list, std::string_view text) const
{
    return std::any_of(m_lists[index(list)].begin(), m_lists[index(list)].end(),
                       [&](const std::string& w) { return text.ends_with(w); });
}

const Words& words()
{
    static const Words w = Words::parse("words.tsv", import_data_file("words.tsv"));
    return w;
}

} // namespace acta::import
