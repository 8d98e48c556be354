#include "gazetteer.hpp"

#include "casefold.hpp"
#include "embedded.hpp"
#include "mo_catalog.hpp"
#include "words.hpp"
#include "error.hpp"
#include "iso_codes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <span>

namespace acta::import_data {
std::span<const acta::EmbeddedFile> data_files();
}

namespace acta::import {

std::string_view import_data_file(std::string_view name)
{
    for (const auto& f : import_data::data_files()) {
        if (f.name == name) {
            return f.contents;
        }
    }
    return {}; // a file not (yet) shipped: no rows
}

namespace {

std::string_view data_file(std::string_view name) { return import_data_file(name); }

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t p = s.find(sep, start);
        out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
        if (p == std::string_view::npos) {
            break;
        }
        start = p + 1;
    }
    return out;
}

std::string trim(std::string_view s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\r')) {
        ++b;
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) {
        --e;
    }
    return std::string(s.substr(b, e - b));
}

std::vector<std::string> alternatives(const std::string& cell)
{
    std::vector<std::string> out;
    for (auto& a : split(cell, '|')) {
        auto t = trim(a);
        if (!t.empty()) {
            out.push_back(t);
        }
    }
    return out;
}

std::string lower_case(std::string_view s) { return utf8_lower(s); }

// Acronyms ("US", "UN", "OIC") match only as written: "us" and "un" are English words.
bool case_sensitive(std::string_view phrase)
{
    if (phrase.size() > 6) {
        return false;
    }
    bool upper = false;
    for (char c : phrase) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        upper |= c >= 'A' && c <= 'Z';
    }
    return upper;
}

} // namespace

std::vector<std::string> split_alternatives(const std::string& cell) { return alternatives(cell); }

std::vector<std::vector<std::string>> read_tsv(std::string_view name, std::string_view contents, std::size_t columns)
{
    std::vector<std::vector<std::string>> rows;
    bool header = true;
    int line = 0;
    for (const auto& raw : split(contents, '\n')) {
        ++line;
        const std::string l = trim(raw);
        if (l.empty() || l[0] == '#') {
            continue;
        }
        if (header) {
            header = false;
            continue;
        }
        auto cells = split(raw, '\t');
        for (auto& c : cells) {
            c = trim(c);
        }
        if (cells.size() < columns) {
            throw DataError("import/data/" + std::string(name) + " line " + std::to_string(line) + ": " +
                            std::to_string(cells.size()) + " columns, expected " + std::to_string(columns));
        }
        cells.resize(std::max(cells.size(), columns));
        rows.push_back(std::move(cells));
    }
    return rows;
}

const Gazetteer& Gazetteer::instance()
{
    // Never destroyed: tearing the trie down node by node at exit cost a short import some 13 %
    // of its time, and the process's end frees it anyway (still reachable: no leak reported).
    static const Gazetteer* const g = new Gazetteer();
    return *g;
}

Gazetteer::Gazetteer()
{
    load_iso();
    load_places(data_file("countries.tsv"), PlaceKind::country);
    load_places(data_file("subdivisions.tsv"), PlaceKind::subdivision);
    load_organizations(data_file("organizations.tsv"));
    load_legislatures(data_file("legislatures.tsv"));
    load_lexicon(data_file("lexicon.tsv"));
}

void Gazetteer::add_phrase(std::string_view phrase, Meaning meaning, bool capitalized)
{
    const auto tokens = tokenize(phrase);
    if (tokens.empty()) {
        return;
    }
    Node* node = &m_root;
    for (const auto& t : tokens) {
        auto& next = node->next[t.lower];
        if (!next) {
            next = std::make_unique<Node>();
        }
        node = next.get();
    }
    for (const auto& m : node->meanings) {
        if (m.type == meaning.type && m.index == meaning.index) {
            return;
        }
    }
    node->meanings.push_back(meaning);
    node->exact.push_back(case_sensitive(phrase) ? std::string(phrase) : std::string());
    node->capitalized.push_back(capitalized);
    // Hyphen = space: "Guinea-Bissau" is found as "Guinea Bissau" too (step() reads the other way).
    if (phrase.find('-') != std::string_view::npos && !case_sensitive(phrase)) {
        std::string spaced(phrase);
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        add_phrase(spaced, meaning, capitalized);
    }
}

void Gazetteer::load_iso()
{
    const auto countries = read_iso_codes("iso_3166-1.json");
    const std::size_t first_country = m_places.size();
    for (const auto& c : countries.at("3166-1")) {
        const auto code = c.at("alpha_2").get<std::string>();
        m_jurisdiction_names[code] = c.value("common_name", c.at("name").get<std::string>());
        m_places.push_back({code, PlaceKind::country, false});
        for (const char* key : {"name", "official_name", "common_name"}) {
            if (c.contains(key)) {
                add_phrase(c[key].get<std::string>(), {Meaning::Type::place, m_places.size() - 1});
            }
        }
    }
    load_translated_names(countries.at("3166-1"), first_country);
    const auto subdivisions = read_iso_codes("iso_3166-2.json");
    for (const auto& s : subdivisions.at("3166-2")) {
        m_jurisdiction_names[s.at("code").get<std::string>()] = s.at("name").get<std::string>();
    }
}

// Country names in other languages from iso-codes' gettext catalogs (languages.tsv): each
// English name, official name and common name translated; read only written capitalized, as
// `foreign` rows are, and mean the country's own place (m_places[first_country + k] for the k-th
// country, as load_iso() added them). Names left out in languages.tsv (English words, given names) are skipped.
void Gazetteer::load_translated_names(const nlohmann::json& countries, std::size_t first_country)
{
    std::vector<std::string> languages;
    std::set<std::string> left_out;
    for (const auto& row : read_tsv("languages.tsv", data_file("languages.tsv"), 2)) {
        if (row[0] != "language" && row[0] != "left_out") {
            throw DataError("import/data/languages.tsv: unknown kind '" + row[0] + "' for " + row[1]);
        }
        if (row[0] == "language") {
            languages.push_back(row[1]);
        } else {
            left_out.insert(row[1]);
        }
    }
    const std::string dir = iso_codes_locale_dir();
    for (const auto& language : languages) {
        const auto catalog = read_mo(dir + "/" + language + "/LC_MESSAGES/iso_3166-1.mo");
        for (std::size_t k = 0; k < countries.size(); ++k) {
            const auto& c = countries[k];
            for (const char* key : {"name", "official_name", "common_name"}) {
                const auto it = c.contains(key) ? catalog.find(c[key].get<std::string>()) : catalog.end();
                if (it == catalog.end() || left_out.count(it->second) || it->second.find(',') != std::string::npos) {
                    continue;
                }
                add_phrase(it->second, {Meaning::Type::place, first_country + k}, true);
            }
        }
    }
}

// The kinds of a place row: `name` and `adjective` as written in English text; `variant` (a
// misspelling or variant seen on real pages: "Unites States", "Western Virginia") and `foreign`
// (the name in another major language: "Polen", "Deutschland") match only written capitalized;
// `list_variant` only inside a list of places of the same country (list_variant());
// `foreign_with_sibling` is a `foreign` name that is also a common word of its language (Persian
// "مین", Maine, is "mine" and the ordinal ending "-مین"): it names the place only in a sentence
// that names another place of the same country (Analyzer::place_code).
void Gazetteer::load_places(std::string_view file, PlaceKind kind)
{
    const char* name = kind == PlaceKind::country ? "countries.tsv" : "subdivisions.tsv";
    for (const auto& row : read_tsv(name, file, 3)) {
        const std::string& k = row[1];
        if (k != "name" && k != "adjective" && k != "variant" && k != "foreign" && k != "list_variant" &&
            k != "foreign_with_sibling") {
            throw DataError(std::string("import/data/") + name + ": unknown kind '" + k + "' for " + row[2]);
        }
        if (k == "list_variant") {
            m_list_variants[lower_case(row[2])] = row[0];
            continue;
        }
        const bool adjective = k == "adjective";
        const bool with_sibling = k == "foreign_with_sibling";
        m_places.push_back({row[0], kind, adjective, with_sibling});
        add_phrase(row[2], {Meaning::Type::place, m_places.size() - 1}, k == "variant" || k == "foreign" || with_sibling);
        if (k != "variant" && !with_sibling) {
            m_names.push_back({row[0], row[2], adjective ? "adjective" : "name"});
        }
        if (kind == PlaceKind::subdivision && k == "name") {
            // Subdivisions are recognized only by the names listed here, not every ISO name.
            // One newer than the installed iso-codes (IQ-KR) is added to the database with its
            // first name here, as the store adds organizations.
            if (m_jurisdiction_names.try_emplace(row[0], row[2]).second) {
                m_organizations.push_back({row[0], row[2], "subnational", "region", row[0].substr(0, row[0].find('-'))});
            }
        }
    }
}

std::string Gazetteer::list_variant(std::string_view phrase) const
{
    const auto it = m_list_variants.find(lower_case(squeeze(phrase)));
    return it == m_list_variants.end() ? std::string() : it->second;
}

void Gazetteer::load_organizations(std::string_view file)
{
    for (const auto& row : read_tsv("organizations.tsv", file, 2)) {
        const std::string& code = row[0];
        m_jurisdiction_names[code] = row[1];
        if (row.size() > 2 && !row[2].empty()) {
            m_org_parent[code] = row[2];
        }
        m_organizations.push_back({code, row[1], "international", "organization", row.size() > 2 ? row[2] : ""});
        m_organization_codes.insert(code);
        m_places.push_back({code, PlaceKind::organization, false});
        const Meaning m{Meaning::Type::place, m_places.size() - 1};
        add_phrase(code, m);
        add_phrase(row[1], m);
        m_names.push_back({code, row[1], "name"});
        if (row.size() > 3) {
            for (const auto& a : alternatives(row[3])) {
                add_phrase(a, m);
                m_names.push_back({code, a, "name"});
            }
        }
    }
}

void Gazetteer::load_legislatures(std::string_view file)
{
    for (const auto& row : read_tsv("legislatures.tsv", file, 4)) {
        BodyEntry b{row[0], row[1], row[2], row[3], row.size() > 4 ? row[4] : "", {}};
        if (row.size() > 5) {
            b.aliases = alternatives(row[5]);
        }
        m_bodies.push_back(std::move(b));
    }
    // Phrases after the lexicon is known would be nicer, but the lexicon is small and static:
    // a body alias that is only a generic noun ("House of Representatives") is skipped when
    // the lexicon is loaded (see load_lexicon), so aliases are added here unconditionally.
    for (std::size_t i = 0; i < m_bodies.size(); ++i) {
        m_bodies_by_jurisdiction[m_bodies[i].jurisdiction].push_back(i);
        add_phrase(m_bodies[i].name, {Meaning::Type::body, i});
        for (const auto& a : m_bodies[i].aliases) {
            add_phrase(a, {Meaning::Type::body, i});
        }
    }
}

// The lexicon's categories: a row of any other category is an error (a typo would otherwise
// make a word silently useless).
constexpr std::string_view lex_categories[] = {"body_noun",  "body_adj", "act_noun", "act_verb",    "term",
                                               "title",      "role_cue", "executive", "judicial",   "non_act",
                                               "negation",   "proposal", "plural_body", "subject_noun",
                                               "record_header", "statute_code"};

void Gazetteer::load_lexicon(std::string_view file)
{
    int row_no = 0;
    for (const auto& row : read_tsv("lexicon.tsv", file, 3)) {
        ++row_no;
        if (std::find(std::begin(lex_categories), std::end(lex_categories), row[0]) == std::end(lex_categories)) {
            throw DataError("lexicon.tsv: row " + std::to_string(row_no) + ": unknown category '" + row[0] + "'");
        }
        m_lexicon.push_back({row[0], row[2]});
        m_lex_index[{row[0], row[1]}] = m_lexicon.size() - 1;
        add_phrase(row[1], {Meaning::Type::lex, m_lexicon.size() - 1});
    }
    drop_body_meanings();
}

// Names of bodies that are also generic body nouns or titles (words.tsv generic_body_name): in
// text they are read as the noun ("House of Commons" names a chamber only with its place).
// The list is explicit so that a new lexicon row never changes how legislatures.tsv is read;
// tests/import/test_lexicon.cpp checks that it covers every such phrase.
void Gazetteer::drop_body_meanings()
{
    for (const auto& phrase : words().list(WordList::generic_body_name)) {
        Node* node = &m_root;
        for (const auto& t : tokenize(phrase)) {
            auto it = node->next.find(t.lower);
            if (it == node->next.end()) {
                throw DataError("words.tsv: generic_body_name '" + phrase + "' names no body");
            }
            node = it->second.get();
        }
        std::size_t dropped = 0;
        for (std::size_t k = node->meanings.size(); k-- > 0;) {
            if (node->meanings[k].type == Meaning::Type::body) {
                node->meanings.erase(node->meanings.begin() + static_cast<long>(k));
                node->exact.erase(node->exact.begin() + static_cast<long>(k));
                node->capitalized.erase(node->capitalized.begin() + static_cast<long>(k));
                ++dropped;
            }
        }
        if (dropped == 0) {
            throw DataError("words.tsv: generic_body_name '" + phrase + "' names no body");
        }
    }
}

const Gazetteer::Node* Gazetteer::step(const Node* node, const Token& token) const
{
    if (auto it = node->next.find(token.lower); it != node->next.end()) {
        return it->second.get();
    }
    // Hyphen = space: "New-Jersey", "Guinea Bissau" written either way.
    if (token.lower.find('-') == std::string::npos || !token.word) {
        return nullptr;
    }
    std::size_t start = 0;
    while (node && start <= token.lower.size()) {
        const std::size_t dash = std::min(token.lower.find('-', start), token.lower.size());
        const auto it = node->next.find(token.lower.substr(start, dash - start));
        node = it == node->next.end() ? nullptr : it->second.get();
        start = dash + 1;
    }
    return node;
}

namespace {

// Whether meaning k of `node` matches tokens [i, j] as written: acronyms in their case,
// variants and foreign names capitalized.
template <typename Node>
bool case_fits(const Node& node, std::size_t k, std::string_view text, const std::vector<Token>& tokens, std::size_t i,
               std::size_t j)
{
    if (node.capitalized[k]) {
        for (std::size_t t = i; t <= j; ++t) {
            if (tokens[t].word && !tokens[t].capitalized && !tokens[t].caseless && tokens[t].lower.size() > 3) {
                return false; // "of", "the" stay lower-case inside a name
            }
        }
        if (!tokens[i].capitalized && !tokens[i].caseless) { // a script without capitals cannot show a name
            return false;
        }
    }
    return node.exact[k].empty() || squeeze(text.substr(tokens[i].begin, tokens[j].end - tokens[i].begin)) == node.exact[k];
}

} // namespace

std::vector<PhraseMatch> Gazetteer::match(std::string_view text, const std::vector<Token>& tokens) const
{
    std::vector<PhraseMatch> out;
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Node* node = &m_root;
        std::size_t best_end = 0;
        const Node* best = nullptr;
        for (std::size_t j = i; j < tokens.size(); ++j) {
            node = step(node, tokens[j]);
            if (!node) {
                break;
            }
            for (std::size_t k = 0; k < node->meanings.size(); ++k) {
                if (case_fits(*node, k, text, tokens, i, j)) {
                    best = node;
                    best_end = j + 1;
                    break;
                }
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        PhraseMatch m{i, best_end, {}};
        for (std::size_t k = 0; k < best->meanings.size(); ++k) {
            if (case_fits(*best, k, text, tokens, i, best_end - 1)) {
                m.meanings.push_back(best->meanings[k]);
            }
        }
        out.push_back(std::move(m));
        i = best_end;
    }
    return out;
}

std::vector<const BodyEntry*> Gazetteer::bodies_of(const std::string& jurisdiction) const
{
    std::vector<const BodyEntry*> out;
    if (auto it = m_bodies_by_jurisdiction.find(jurisdiction); it != m_bodies_by_jurisdiction.end()) {
        for (const std::size_t i : it->second) {
            out.push_back(&m_bodies[i]);
        }
    }
    return out;
}

const BodyEntry* Gazetteer::body_named(const std::string& jurisdiction, const std::string& name) const
{
    for (const auto* b : bodies_of(jurisdiction)) {
        if (b->name == name) {
            return b;
        }
    }
    return nullptr;
}

std::string Gazetteer::name_of(const std::string& code) const
{
    auto it = m_jurisdiction_names.find(code);
    return it == m_jurisdiction_names.end() ? code : it->second;
}

bool Gazetteer::is_organization(const std::string& code) const
{
    return m_organization_codes.count(code) > 0;
}

std::vector<std::string> Gazetteer::children_of(const std::string& code) const
{
    std::vector<std::string> out;
    for (const auto& [child, parent] : m_org_parent) {
        if (parent == code) {
            out.push_back(child);
        }
    }
    return out;
}

const LexEntry* Gazetteer::lex(const std::string& category, const std::string& phrase) const
{
    auto it = m_lex_index.find({category, phrase});
    return it == m_lex_index.end() ? nullptr : &m_lexicon[it->second];
}

} // namespace acta::import
