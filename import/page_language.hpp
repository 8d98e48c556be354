#pragma once
// The language of a page and the state it points at (import/data/language_places.tsv): a page in a
// language spoken mainly in one state ("Senát" on a Czech page, "Βουλή" on a Greek one) names that
// state's bodies when it names no other place. docs/import.md, "Pages not in English".
#include <string>
#include <string_view>

namespace acta::import {

// The ISO 639-1 code of the language whose function words `text` uses most, or "" when no
// language clearly leads.
std::string page_language(std::string_view text);

// The ISO 3166-1 code of the one state where the language of `text` is mainly spoken, or "".
std::string page_language_place(std::string_view text);

} // namespace acta::import
