#include "html_reader.hpp"

#include "charset.hpp"
#include "error.hpp"
#include "html_blocks.hpp"
#include "html_dom.hpp"
#include "html_furniture.hpp"
#include "html_meta.hpp"
#include "input_file.hpp"

#include <gumbo.h>

#include <memory>

namespace acta::import::readers {

namespace {

struct OutputDeleter {
    void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool valid_utf8(std::string_view bytes)
{
    try {
        (void)validate_text(bytes, "");
        return true;
    } catch (const DataError&) {
        return false;
    }
}

std::string charset_of(std::string_view bytes, std::string_view http_charset)
{
    if (!http_charset.empty()) {
        return std::string(http_charset);
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        return "utf-8";
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        return "utf-16";
    }
    std::string declared = declared_charset(bytes);
    if (!declared.empty()) {
        return declared;
    }
    return valid_utf8(bytes) ? "utf-8" : "windows-1252";
}

} // namespace

std::string declared_charset(std::string_view bytes)
{
    const std::string head = html::lower(bytes.substr(0, 1024));
    std::size_t at = 0;
    while ((at = head.find("<meta", at)) != std::string::npos) {
        const std::size_t end = head.find('>', at);
        const std::string tag = head.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at += 5;
        const std::size_t cs = tag.find("charset");
        if (cs == std::string::npos) {
            continue;
        }
        std::size_t i = cs + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) {
            ++i;
        }
        const std::size_t stop = tag.find_first_of(" \t\r\n\f\"';/>", i);
        std::string value = tag.substr(i, stop == std::string::npos ? std::string::npos : stop - i);
        if (!value.empty()) {
            return value;
        }
    }
    return {};
}

Document read_html(std::string_view bytes, std::string_view name, std::string_view http_charset)
{
    const std::string shown = display_name(name);
    std::string charset = charset_of(bytes, http_charset);
    // UTF-16 pages hold NUL bytes by design; any other page with control bytes is not HTML.
    if (!charset.starts_with("utf-16") && looks_binary(bytes)) {
        throw DataError(shown + " looks like a binary file, not an HTML page");
    }
    const std::string utf8 = to_utf8(bytes, charset, shown);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported: browsers read such pages too
    const std::unique_ptr<GumboOutput, OutputDeleter> out(
        gumbo_parse_with_options(&options, utf8.data(), utf8.size()));
    if (!out) {
        throw DataError(shown + ": the HTML parser gave up on this page");
    }
    const GumboNode* root = html::content_root(out->document);
    DocumentBuilder builder;
    html::emit_blocks(root, builder);
    Document doc = std::move(builder).finish(html::read_meta(out->document, root));
    if (doc.text.empty()) {
        throw DataError(shown + ": no text in this HTML page (only markup, scripts or navigation)");
    }
    return doc;
}

} // namespace acta::import::readers
