#pragma once
// Small helpers over gumbo's tree shared by the HTML reader's parts (internal to import/readers).
#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace acta::import::readers::html {

inline bool is_element(const GumboNode* n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

inline GumboTag tag_of(const GumboNode* n)
{
    return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// An attribute's value, or "" when absent.
inline std::string_view attr(const GumboNode* n, const char* name)
{
    if (!is_element(n)) {
        return {};
    }
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view{};
}

inline const GumboVector& children_of(const GumboNode* n)
{
    return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

std::string lower(std::string_view s);

// The text under `n` (scripts and styles left out), whitespace not yet squeezed. Iterative: the
// tree may be arbitrarily deep.
std::string text_of(const GumboNode* n);

// Calls `visit(node)` for `root` and every element under it in document order; `visit` returns
// false to skip a node's children. Iterative.
template <class Visit>
void for_each_element(const GumboNode* root, Visit&& visit)
{
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    std::vector<Frame> stack;
    if (!visit(root)) {
        return;
    }
    stack.push_back({root, 0});
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector& kids = children_of(f.node);
        if (f.next >= kids.length) {
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (is_element(child) && visit(child)) {
            stack.push_back({child, 0});
        }
    }
}

inline bool is_text(const GumboNode* n)
{
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE;
}

// Walks `root` and everything under it in document order: `enter(element)` before an element's
// children (returns false to skip them and its `leave`), `text(node)` for each text node,
// `leave(element)` after its children. Iterative: the tree may be arbitrarily deep.
template <class Enter, class Text, class Leave>
void walk(const GumboNode* root, Enter&& enter, Text&& text, Leave&& leave)
{
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    if (is_text(root)) {
        text(root);
        return;
    }
    if (!enter(root)) {
        return;
    }
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector& kids = children_of(f.node);
        if (f.next >= kids.length) {
            const GumboNode* done = f.node;
            stack.pop_back();
            leave(done);
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (is_text(child)) {
            text(child);
        } else if (is_element(child) && enter(child)) {
            stack.push_back({child, 0});
        }
    }
}

} // namespace acta::import::readers::html
