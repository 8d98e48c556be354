#include "html_furniture.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "html_dom.hpp"

#include <set>
#include <span>
#include <string>

namespace acta::readers_data {
std::span<const acta::EmbeddedFile> data_files();
}

namespace acta::import::readers::html {

namespace {

struct Markers {
    std::set<std::string, std::less<>> roles;
    std::set<std::string, std::less<>> words;
    std::set<std::string, std::less<>> modifiers;
};

Markers load_markers()
{
    Markers m;
    for (const auto& f : readers_data::data_files()) {
        if (f.name != "html_furniture.tsv") {
            continue;
        }
        std::string_view rest = f.contents;
        while (!rest.empty()) {
            const auto nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
            const auto tab = line.find('\t');
            if (line.empty() || line.front() == '#' || tab == std::string_view::npos) {
                continue;
            }
            const std::string_view kind = line.substr(0, tab);
            std::string value(line.substr(tab + 1));
            (kind == "role" ? m.roles : kind == "word" ? m.words : m.modifiers).insert(value);
        }
    }
    return m;
}

const Markers& markers()
{
    static const Markers m = load_markers();
    return m;
}

bool dropped_tag(GumboTag tag, bool in_root)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
        return true;
    case GUMBO_TAG_HEADER:
        return !in_root;
    default:
        return false;
    }
}

// A class or id token ("site-nav", "cookieBanner" is one word) marks furniture when one of its
// words (split on '-' and '_') is a furniture word, unless its first word is a modifier.
bool furniture_token(std::string_view token)
{
    const Markers& m = markers();
    bool first = true;
    while (!token.empty()) {
        const auto cut = token.find_first_of("-_");
        const std::string_view word = token.substr(0, cut);
        token = cut == std::string_view::npos ? std::string_view{} : token.substr(cut + 1);
        if (word.empty()) {
            continue;
        }
        if (first && m.modifiers.contains(word)) {
            return false;
        }
        first = false;
        if (m.words.contains(word)) {
            return true;
        }
    }
    return false;
}

bool furniture_names(std::string_view names)
{
    const std::string l = lower(names);
    std::string_view rest = l;
    while (!rest.empty()) {
        const auto cut = rest.find_first_of(" \t\n\r\f");
        if (furniture_token(rest.substr(0, cut))) {
            return true;
        }
        rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    }
    return false;
}

} // namespace

bool is_furniture(const GumboNode* n, bool in_root)
{
    if (!is_element(n)) {
        return false;
    }
    const GumboTag tag = tag_of(n);
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) {
        return false;
    }
    if (dropped_tag(tag, in_root)) {
        return true;
    }
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr || lower(attr(n, "aria-hidden")) == "true") {
        return true;
    }
    if (markers().roles.contains(lower(attr(n, "role")))) {
        return true;
    }
    return furniture_names(attr(n, "class")) || furniture_names(attr(n, "id"));
}

const GumboNode* content_root(const GumboNode* document)
{
    const GumboNode* body = nullptr;
    const GumboNode* main = nullptr;
    const GumboNode* best_article = nullptr;
    std::size_t best_size = 0;
    for_each_element(document, [&](const GumboNode* n) {
        if (n != document && is_furniture(n, false) && tag_of(n) != GUMBO_TAG_HEADER) {
            return false;
        }
        const GumboTag tag = tag_of(n);
        if (tag == GUMBO_TAG_BODY && !body) {
            body = n;
        } else if ((tag == GUMBO_TAG_MAIN || lower(attr(n, "role")) == "main") && !main) {
            main = n;
        } else if (tag == GUMBO_TAG_ARTICLE) {
            // An article inside the best one (a comment, a quoted post) never beats it.
            const std::size_t size = text_of(n).size();
            if (size > best_size) {
                best_size = size;
                best_article = n;
            }
            return false;
        }
        return true;
    });
    if (best_article) {
        return best_article;
    }
    return main ? main : body ? body : document;
}

} // namespace acta::import::readers::html
