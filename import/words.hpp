#pragma once
// The word lists of the importer's rules (import/data/words.tsv), each a typed list: a rule asks
// `words().has(WordList::abbreviation, w)`, never a list written in C++.
#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace acta::import {

enum class WordList {
    non_name_word,
    end_marker,
    end_marker_prefix,
    note_marker,
    order_day_first,
    order_month_first,
    column_wording,
    column_date,
    column_place,
    column_body,
    column_identifier,
    column_identifier_exact,
    column_act,
    abbreviation,
    resolution_code,
    bill_code,
    generic_body_name,
    clause_cut_word,
    number_marker,
    number_word,
    stamp_word,
    caption_marker,
    furniture_word,
    furniture_phrase,
    year_marker,
    this_year,
    // who acted (analysis_actors.cpp)
    country_act_verb,
    subject_adverb,
    term_use_verb,
    term_noun,
    rank_word,
    legislator_noun,
    member_word,
    organization_name_word,
    wrap_open_end,
    list_item_filler,
    list_joiner,
    list_place_noun,
    elliptical_verb,
    inventory_latest,
    anaphoric_determiner,
    earlier_act_word,
    relative_pronoun,
    law_title_word,
    count_word,
    meeting_word,
    passive_auxiliary,
    // names and dates (analysis_fields.cpp, analysis_dates.cpp), actors (analysis_actors.cpp)
    honorific,
    name_particle,
    name_particle_second,
    citation_verb,
    us_federal_code,
    legislative_act_type,
    subdivision_noun,
    place_chain_word,
    precedence_word,
    joining_verb,
    call_verb,
    perpetration_noun,
    // page dates (layout.cpp)
    time_zone,
    // offices no longer held (analysis_actors.cpp)
    former_title,
    // function words the reading rules test (analysis*.cpp, enumeration.cpp)
    place_body_gap,
    possessive_clitic,
    body_chain_word,
    opening_place_preposition,
    common_determiner,
    name_inner_word,
    copula,
    place_lead_word,
    date_link,
    vote_noun,
    vote_separator,
    list_introducer,
    joining_complement,
    // acts named by their chamber's code (analysis_actors.cpp)
    upper_code,
    lower_code,
    // the agent of a passive in other languages too (enumeration.cpp): "by", "von", "par"
    agent_preposition,
    // the ending of an opening participle (text.cpp opening_participle): "Recognizing the ..."
    participle_ending,
    // a verb of a source reporting the act: the act noun after it and "in a" is the source's ("..., the group said in a statement")
    report_verb,
};
inline constexpr std::size_t word_list_count = static_cast<std::size_t>(WordList::report_verb) + 1;

// The name a list has in words.tsv ("non_name_word").
std::string_view word_list_name(WordList list);

class Words {
public:
    // Parses a words file: `list<TAB>word` rows after a `list	word` header, `#` comments.
    // Throws DataError naming the file and line for an unknown list, a missing cell or an empty word.
    static Words parse(std::string_view file_name, std::string_view contents);

    bool has(WordList list, std::string_view word) const;
    // Whether the two words `first second` (joined by a space) are an entry of the list ("this
    // year"); the phrase is written out only when its length fits the list's.
    bool has_pair(WordList list, std::string_view first, std::string_view second) const;
    // The words of a list in the order of the file.
    const std::vector<std::string>& list(WordList list) const { return m_lists[index(list)]; }
    // Whether `text` starts with one of the list's words.
    bool starts_any(WordList list, std::string_view text) const;
    // Whether `text` contains one of the list's words.
    bool contains_any(WordList list, std::string_view text) const;
    // Whether `text` ends with one of the list's words.
    bool ends_any(WordList list, std::string_view text) const;

private:
    static std::size_t index(WordList list) { return static_cast<std::size_t>(list); }
    // has() is asked for nearly every token: one hash look-up of the word gives the lists it is
    // in (bit i for list i), after a check of the list's shortest and longest word.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::array<std::vector<std::string>, word_list_count> m_lists;
    std::unordered_map<std::string, std::bitset<word_list_count>, Hash, std::equal_to<>> m_lists_of; // word -> its lists
    std::array<std::pair<std::size_t, std::size_t>, word_list_count> m_lengths{}; // shortest, longest word
};

// import/data/words.tsv as compiled into the binary, parsed once per process.
const Words& words();

} // namespace acta::import
