#include "html_meta.hpp"

#include "html_dom.hpp"

#include <cctype>

namespace acta::import::readers::html {

namespace {

bool digits(std::string_view s)
{
    if (s.empty()) {
        return false;
    }
    for (const char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// The <meta> values of a page, first one of each key kept.
struct MetaTags {
    std::string og_title, og_url, published, author, canonical, title, itemprop_date, author_text;
};

void set_once(std::string& field, std::string_view value)
{
    if (field.empty()) {
        field = squeeze(value);
    }
}

void read_meta_tag(const GumboNode* n, MetaTags& m)
{
    const std::string key = lower(!attr(n, "property").empty() ? attr(n, "property") : attr(n, "name"));
    const std::string_view content = attr(n, "content");
    if (key == "og:title") {
        set_once(m.og_title, content);
    } else if (key == "og:url") {
        set_once(m.og_url, content);
    } else if (key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date" ||
               key == "dcterms.date") {
        set_once(m.published, content);
    } else if ((key == "author" || key == "article:author" || key == "dc.creator") &&
               !lower(content).starts_with("http")) {
        set_once(m.author, content);
    } else if (lower(attr(n, "itemprop")) == "datepublished") {
        set_once(m.itemprop_date, content);
    }
}

void read_element(const GumboNode* n, MetaTags& m)
{
    const GumboTag tag = tag_of(n);
    if (tag == GUMBO_TAG_META) {
        read_meta_tag(n, m);
    } else if (tag == GUMBO_TAG_TITLE) {
        set_once(m.title, text_of(n));
    } else if (tag == GUMBO_TAG_LINK && lower(attr(n, "rel")) == "canonical") {
        set_once(m.canonical, attr(n, "href"));
    } else if (lower(attr(n, "itemprop")) == "datepublished") {
        set_once(m.itemprop_date, !attr(n, "datetime").empty() ? attr(n, "datetime") : attr(n, "content"));
    } else if (tag != GUMBO_TAG_LINK && (lower(attr(n, "rel")) == "author" || lower(attr(n, "itemprop")) == "author")) {
        set_once(m.author_text, text_of(n));
    }
}

std::string strip_by(std::string s)
{
    if (s.size() > 3 && lower(s.substr(0, 3)) == "by ") {
        s.erase(0, 3);
    }
    return s;
}

// The first <time datetime> of the root that comes before its first paragraph: the byline's.
std::string byline_time(const GumboNode* root)
{
    std::string found;
    bool past_text = false;
    for_each_element(root, [&](const GumboNode* n) {
        if (!found.empty() || past_text) {
            return false;
        }
        if (tag_of(n) == GUMBO_TAG_P && text_of(n).size() > 80) {
            past_text = true;
        } else if (tag_of(n) == GUMBO_TAG_TIME) {
            found = iso_date_prefix(attr(n, "datetime"));
        }
        return true;
    });
    return found;
}

} // namespace

std::string iso_date_prefix(std::string_view v)
{
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) {
        v.remove_prefix(1);
    }
    if (v.size() < 4 || !digits(v.substr(0, 4))) {
        return {};
    }
    std::string out(v.substr(0, 4));
    if (v.size() >= 7 && v[4] == '-' && digits(v.substr(5, 2))) {
        const int month = std::stoi(std::string(v.substr(5, 2)));
        if (month < 1 || month > 12) {
            return {};
        }
        out += v.substr(4, 3);
        if (v.size() >= 10 && v[7] == '-' && digits(v.substr(8, 2))) {
            const int day = std::stoi(std::string(v.substr(8, 2)));
            static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            if (day < 1 || day > days[month - 1]) {
                return {};
            }
            out += v.substr(7, 3);
        }
    } else if (v.size() > 4 && std::isdigit(static_cast<unsigned char>(v[4]))) {
        return {}; // five digits: not a year
    }
    return out;
}

DocumentMeta read_meta(const GumboNode* document, const GumboNode* root)
{
    MetaTags m;
    for_each_element(document, [&](const GumboNode* n) {
        read_element(n, m);
        return tag_of(n) != GUMBO_TAG_SCRIPT && tag_of(n) != GUMBO_TAG_STYLE;
    });
    DocumentMeta meta;
    meta.format = "html";
    meta.title = !m.og_title.empty() ? m.og_title : m.title;
    meta.author = strip_by(!m.author.empty() ? m.author : m.author_text);
    for (const std::string& candidate : {m.published, m.itemprop_date}) {
        if (meta.published.empty()) {
            meta.published = iso_date_prefix(candidate);
        }
    }
    if (meta.published.empty()) {
        meta.published = byline_time(root);
    }
    meta.url = !m.canonical.empty() ? m.canonical : m.og_url;
    return meta;
}

} // namespace acta::import::readers::html
