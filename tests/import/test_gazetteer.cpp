// The phrase finder (gazetteer.hpp): case folding, hyphen = space, and the variant names of
// countries.tsv and subdivisions.tsv, each tested both ways (read where meant, never in prose).
#include "gazetteer.hpp"
#include "importer.hpp"
#include "rule_table.hpp"

#include <catch2/catch.hpp>

using namespace acta::import;

namespace {

// The place code of the first phrase of `text` that names a place or a body, or "".
std::string first_place(std::string_view text)
{
    const auto& g = Gazetteer::instance();
    const auto tokens = tokenize(text);
    for (const auto& m : g.match(text, tokens)) {
        for (const auto& meaning : m.meanings) {
            if (meaning.type == Meaning::Type::place) {
                return g.places()[meaning.index].code;
            }
            if (meaning.type == Meaning::Type::body) {
                return g.bodies()[meaning.index].jurisdiction;
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("gazetteer: case, hyphens, misspellings and foreign names", "[import][gazetteer]")
{
    struct Case {
        const char* text;
        const char* place; // "" = no place
    };
    const Case cases[] = {
        // case folding: upper-case names
        {"the Seimas of LITHUANIA", "LT"},
        {"NEW JERSEY", "US-NJ"},
        // hyphen = space
        {"the New-Jersey General Assembly", "US-NJ"},
        {"Guinea Bissau", "GW"},
        // variants seen on real pages, matched only written capitalized
        {"Legislatures of the Unites States", "US"},
        {"the treaty unites states of the region", ""},
        {"the Western Virginia House of Delegates", "US-WV"},
        {"in western Virginia", "US-VA"},
        // country names in German, French, Spanish, Italian (iso-codes translations)
        {"Polen: Sejm", "PL"},
        {"Deutschland: Bundestag", "DE"},
        {"la Pologne", "PL"},
        {"Alemania", "DE"},
        // foreign names that are English words or given names are not in the data
        {"an Island nation", ""},
        {"Maurice voted", ""},
        // list-only variants are never phrases: "Men" in prose is the word
        {"Men and women of the State of Men", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(first_place(c.text) == c.place);
    }
}

TEST_CASE("gazetteer: list-only variants are looked up apart", "[import][gazetteer]")
{
    const auto& g = Gazetteer::instance();
    CHECK(g.list_variant("State of Men") == "US-ME");
    CHECK(g.list_variant("MEN") == "US-ME");
    CHECK(g.list_variant("Maine").empty());
}

// The list variant in use: inside a list of US states it is Maine; in a list of countries or in
// prose it is nothing.
TEST_CASE("gazetteer: a list-only variant is read only in a list of places of its country", "[import][gazetteer]")
{
    struct Case {
        const char* text;
        const char* jurisdiction; // of the first act, "" = no act
    };
    const Case cases[] = {
        {"Resolutions of US states\n\n- Men: resolution, 14 March 2012\n- Ohio: resolution, 2 May 2013\n", "US-ME"},
        {"Resolutions of US states\n\n- Ohio: resolution, 2 May 2013\n- State of Man: resolution, 14 March 2012\n", "US-OH"},
        {"Resolutions of parliaments\n\n- Men: resolution, 14 March 2012\n", ""},
        {"Men of the town adopted a resolution on 14 March 2012.\n", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto acts = acta::test::acts_of(import_text(c.text), acta::test::jurisdiction);
        if (*c.jurisdiction) {
            REQUIRE_FALSE(acts.empty());
            CHECK(acts.front() == c.jurisdiction);
        } else {
            CHECK(acts.empty());
        }
    }
    const auto both = import_text("Resolutions of US states\n\n- Ohio: resolution, 2 May 2013\n- State of Man: resolution, 14 March 2012\n");
    REQUIRE(both.acts.size() == 2);
    CHECK(both.acts[1].body.jurisdiction_code == "US-ME");
    CHECK(both.acts[1].attestations.front().rule == "list/item/list-variant");
}
