#include "html_dom.hpp"

#include "document.hpp"

#include <algorithm>
#include <cctype>

namespace acta::import::readers::html {

std::string lower(std::string_view s)
{
    return ascii_lower(s);
}

std::string text_of(const GumboNode* n)
{
    std::string out;
    walk(
        n,
        [](const GumboNode* e) {
            const GumboTag tag = tag_of(e);
            return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE;
        },
        [&](const GumboNode* t) { out += t->v.text.text; },
        [&](const GumboNode* e) {
            if (tag_of(e) == GUMBO_TAG_BR) {
                out += ' ';
            }
        });
    return out;
}

} // namespace acta::import::readers::html
