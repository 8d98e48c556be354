#pragma once
// Cross-source identity: whether two readings of an act (two mentions in one text, or a new
// mention and an act the database has) are the same act. The importer's in-file merge
// (import/analysis.cpp) and the store (store.cpp) both ask this one rule.
#include "model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acta {

enum class SameAct {
    no,
    yes,              // the same act, dates compatible
    yes_with_conflict // the same act (the same identifier), but the dates disagree: one act, and
                      // `acta conflicts` shows the two dates
};

// Act types that say little about the act ("recognition", "document", ...): a more specific
// type of another mention agrees with them. They are the `generic` rows of src/data/act_types.tsv.
bool generic_act_type(std::string_view type);

// The generic types of an act-types file (`type<TAB>kind` rows after a header, `#` comments),
// sorted. Throws DataError naming the file and line for an unknown kind or a missing cell.
std::vector<std::string> parse_generic_act_types(std::string_view file_name, std::string_view contents);

// The same body: the same jurisdiction and the same name, or one is the other's parent, or one
// only names the legislature ("the parliament of X") and the other is a chamber of it.
bool same_body(const BodyRef& a, const BodyRef& b);

// Whether `a` and `b` are one act. Both must be of the same body (same_body). Then:
// - both give an identifier: the same one makes them one act (with a conflict when their dates
//   are incompatible), different ones make them two acts;
// - otherwise the dates decide: both undated (and neither has an identifier) with agreeing types;
//   the same interval; or one inside the other ("a day inside the month or year the other gives")
//   with agreeing types (equal, or one generic). Anything else is two acts: a date that
//   contradicts without an identifier to be sure is not enough to merge.
SameAct same_act(const ExtractedAct& a, const ExtractedAct& b);

} // namespace acta
