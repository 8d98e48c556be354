#pragma once
// The importer's reference data (import/data/*.tsv, compiled in, plus ISO 3166 names from
// iso-codes) and a longest-match phrase finder over tokens.
#include "model.hpp"
#include "text.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <set>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace acta::import {

enum class PlaceKind { country, subdivision, organization };

struct Place {
    std::string code;      // US, US-TX, OIC
    PlaceKind kind = PlaceKind::country;
    bool adjective = false; // "Mexican" rather than "Mexico"
    bool with_sibling = false; // kind `foreign_with_sibling`: a place only beside another place of its country
};

struct BodyEntry {
    std::string jurisdiction;
    std::string name;
    std::string kind; // legislature, chamber, assembly, committee, office
    std::string role; // whole, unicameral, lower, upper
    std::string parent;
    std::vector<std::string> aliases;
};

struct LexEntry {
    std::string category; // see lexicon.tsv
    std::string value;
};

// What a phrase in the text can be; one phrase can be several things ("Georgia").
struct Meaning {
    enum class Type { place, body, lex } type = Type::lex;
    std::size_t index = 0; // into places(), bodies() or lexicon()
};

struct PhraseMatch {
    std::size_t first = 0; // token indices, [first, last)
    std::size_t last = 0;
    std::vector<Meaning> meanings;
};

class Gazetteer {
public:
    // The reference data compiled into the binary plus ISO names from iso-codes
    // ($ACTA_ISO_CODES_DIR or /usr/share/iso-codes/json). Loaded once; thread-safe after that.
    // Throws DataError when a data file is malformed or iso-codes is missing.
    static const Gazetteer& instance();

    // Longest phrases of `tokens` (from tokenize()) that name places, bodies or lexicon words,
    // left to right, not overlapping. `text` is what the tokens' offsets point into (for
    // case-sensitive acronyms such as "US" and "UN").
    std::vector<PhraseMatch> match(std::string_view text, const std::vector<Token>& tokens) const;

    const std::vector<Place>& places() const { return m_places; }
    const std::vector<BodyEntry>& bodies() const { return m_bodies; }
    const std::vector<LexEntry>& lexicon() const { return m_lexicon; }

    // The bodies of a jurisdiction in legislatures.tsv (empty when none).
    std::vector<const BodyEntry*> bodies_of(const std::string& jurisdiction) const;
    const BodyEntry* body_named(const std::string& jurisdiction, const std::string& name) const;
    // English name of a jurisdiction code, or the code itself.
    std::string name_of(const std::string& code) const;
    bool is_organization(const std::string& code) const;
    // Organizations whose parent is `code` (PUIC for OIC).
    std::vector<std::string> children_of(const std::string& code) const;
    // The lexicon value of a phrase in a category ("" when none): lex("term", "genocide").
    const LexEntry* lex(const std::string& category, const std::string& phrase) const;
    // A name variant valid only inside a list of places of one country (countries.tsv,
    // subdivisions.tsv kind `list_variant`: "State of Men" for Maine): its code, or "" when
    // `phrase` (any case) is none. The trie never holds these: in prose they are ordinary words.
    std::string list_variant(std::string_view phrase) const;

    // For the store: organizations, and names/adjectives that --country can resolve.
    const std::vector<JurisdictionInfo>& organizations() const { return m_organizations; }
    const std::vector<JurisdictionName>& names() const { return m_names; }

private:
    Gazetteer();
    void load_iso();
    void load_translated_names(const nlohmann::json& countries, std::size_t first_country);
    void load_places(std::string_view file, PlaceKind kind);
    void load_organizations(std::string_view file);
    void load_legislatures(std::string_view file);
    void load_lexicon(std::string_view file);
    // `capitalized`: the phrase matches only when each of its words is written capitalized (a
    // misspelt or foreign name: "Unites States", "Polen"), never as ordinary lower-case words.
    void add_phrase(std::string_view phrase, Meaning meaning, bool capitalized = false);

    void drop_body_meanings();

    struct Node {
        std::unordered_map<std::string, std::unique_ptr<Node>> next;
        std::vector<Meaning> meanings;
        std::vector<std::string> exact; // per meaning: the phrase as written when case matters, else ""
        std::vector<bool> capitalized;  // per meaning: matches only written capitalized
    };

    // The trie node after `token`: its whole word, or the parts of a hyphenated word
    // ("New-Jersey" is "New Jersey"); nullptr when there is none.
    const Node* step(const Node* node, const Token& token) const;

    Node m_root;
    std::vector<Place> m_places;
    std::vector<BodyEntry> m_bodies;
    std::map<std::string, std::vector<std::size_t>> m_bodies_by_jurisdiction; // looked up for every body noun
    std::set<std::string> m_organization_codes;
    std::vector<LexEntry> m_lexicon;
    std::map<std::string, std::string> m_jurisdiction_names;
    std::map<std::string, std::string> m_org_parent;
    std::vector<JurisdictionInfo> m_organizations;
    std::vector<JurisdictionName> m_names;
    std::map<std::pair<std::string, std::string>, std::size_t> m_lex_index;
    std::map<std::string, std::string> m_list_variants; // lower-case phrase -> code
};

// The contents of a data file compiled into the binary (import/data/NAME), "" when there is none.
std::string_view import_data_file(std::string_view name);

// Rows of one of the data files: cells split on tabs, comments and the header skipped.
// Throws DataError naming the file and line when a row has fewer than `columns` cells.
std::vector<std::vector<std::string>> read_tsv(std::string_view name, std::string_view contents, std::size_t columns);

// The alternatives of a data cell: split on `|`, trimmed, empty ones dropped.
std::vector<std::string> split_alternatives(const std::string& cell);

} // namespace acta::import
