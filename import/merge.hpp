#pragma once
// Merging the mentions of one act: the same-act predicate and the field merge, applied to the
// mentions of a text in the order they were read.
#include "model.hpp"

#include <vector>

namespace acta::import {

// Whether `mention` is another mention of the act `act` (the rule is documented in merge.cpp).
bool same_mention(const ExtractedAct& act, const ExtractedAct& mention);

// `mention`'s fields join `into` (a more specific type, a more precise date, terms, persons,
// attestations).
void merge_into(ExtractedAct& into, ExtractedAct&& mention);

// One act per real act, in the order of their first mention. Each mention is compared with
// the earlier acts of its jurisdiction whose date overlaps its own or whose identifier is the
// same (an index, so time does not grow with the square of the acts in a jurisdiction).
std::vector<ExtractedAct> merge_mentions(std::vector<ExtractedAct> mentions);

} // namespace acta::import
