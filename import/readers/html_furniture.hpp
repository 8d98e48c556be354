#pragma once
// What of an HTML page is furniture (navigation, menus, sidebars, cookie notices, share bars,
// comments, page header and footer) and where the text itself is (`main`, `article`).
#include <gumbo.h>

namespace acta::import::readers::html {

// True when `n` and everything under it is left out: script, style, template, nav, footer,
// aside, form and similar tags, a header outside the content root, hidden elements, and
// elements whose role, class or id marks them as furniture (import/readers/data/html_furniture.tsv).
// `in_root`: `n` is inside the content root, where a header is the article's own.
bool is_furniture(const GumboNode* n, bool in_root);

// The element holding the text: the `article` with the most text, else `main` (or role=main),
// else `body`, else the document node. Never furniture itself.
const GumboNode* content_root(const GumboNode* document);

} // namespace acta::import::readers::html
