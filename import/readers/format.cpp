#include "format.hpp"

#include "document.hpp"
#include "error.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace acta::import::readers {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

struct Named {
    std::string_view name;
    Format format;
};

constexpr std::array extensions{
    Named{".html", Format::html}, Named{".htm", Format::html}, Named{".xhtml", Format::html},
    Named{".pdf", Format::pdf},   Named{".docx", Format::docx}, Named{".txt", Format::text},
};

constexpr std::array mimes{
    Named{"text/html", Format::html},
    Named{"application/xhtml+xml", Format::html},
    Named{"application/pdf", Format::pdf},
    Named{"application/x-pdf", Format::pdf},
    Named{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", Format::docx},
    Named{"text/plain", Format::text},
};

// Types servers send when they do not know: the content decides.
constexpr std::array<std::string_view, 4> generic_mimes{"", "application/octet-stream", "binary/octet-stream",
                                                        "application/download"};

} // namespace

const char* format_name(Format f)
{
    switch (f) {
    case Format::html:
        return "html";
    case Format::pdf:
        return "pdf";
    case Format::docx:
        return "docx";
    case Format::text:
        break;
    }
    return "text";
}

std::optional<Format> format_from_extension(std::string_view name)
{
    const std::string l = ascii_lower(name);
    for (const auto& e : extensions) {
        if (l.size() > e.name.size() && l.ends_with(e.name)) {
            return e.format;
        }
    }
    return std::nullopt;
}

ContentType parse_content_type(std::string_view header)
{
    ContentType ct;
    const auto semi = header.find(';');
    ct.mime = ascii_lower(trim(header.substr(0, semi)));
    std::string_view rest = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    while (!rest.empty()) {
        const auto next = rest.find(';');
        const std::string_view param = trim(rest.substr(0, next));
        rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
        const auto eq = param.find('=');
        if (eq == std::string_view::npos || ascii_lower(trim(param.substr(0, eq))) != "charset") {
            continue;
        }
        std::string_view value = trim(param.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, value.size() - 2);
        }
        ct.charset = ascii_lower(value);
    }
    return ct;
}

std::optional<Format> format_from_mime(std::string_view mime, std::string_view name)
{
    for (const auto& m : mimes) {
        if (mime == m.name) {
            return m.format;
        }
    }
    if (std::find(generic_mimes.begin(), generic_mimes.end(), mime) != generic_mimes.end()) {
        return std::nullopt;
    }
    throw DataError(std::string(name) + ": unsupported content type " + std::string(mime) +
                    " (acta reads HTML, PDF, DOCX and plain text)");
}

Format sniff_format(std::string_view bytes)
{
    if (bytes.starts_with("%PDF-")) {
        return Format::pdf;
    }
    if (bytes.starts_with("PK\x03\x04")) {
        return Format::docx;
    }
    // HTML5's sniffing: after a BOM and whitespace, a tag that only a page begins with.
    std::string_view head = bytes.substr(0, 1024);
    if (head.starts_with("\xEF\xBB\xBF")) {
        head.remove_prefix(3);
    }
    const std::string l = ascii_lower(trim(head));
    for (const std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"}) {
        if (l.starts_with(tag)) {
            return tag == "<?xml" && l.find("<html") == std::string::npos ? Format::text : Format::html;
        }
    }
    return Format::text;
}

} // namespace acta::import::readers
