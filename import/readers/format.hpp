#pragma once
// Which reader a file or a download goes to: by its name's extension, by an HTTP Content-Type,
// then by sniffing its first bytes.
#include <optional>
#include <string>
#include <string_view>

namespace acta::import::readers {

enum class Format { text, html, pdf, docx };

// "text", "html", "pdf", "docx".
const char* format_name(Format f);

// .html/.htm/.xhtml, .pdf, .docx, .txt (case-insensitive); nullopt for any other name.
std::optional<Format> format_from_extension(std::string_view name);

struct ContentType {
    std::string mime;    // lower case, without parameters: "text/html"
    std::string charset; // the charset parameter, lower case, unquoted; empty when absent
};
ContentType parse_content_type(std::string_view header);

// The format a MIME type names; nullopt for a generic type (none, application/octet-stream)
// that leaves it to sniffing. Throws DataError, naming `name`, for a type acta cannot read
// (an image, JSON, a video, ...).
std::optional<Format> format_from_mime(std::string_view mime, std::string_view name);

// From the content: %PDF-, a ZIP archive (read as DOCX), markup that opens an HTML page, else text.
Format sniff_format(std::string_view bytes);

} // namespace acta::import::readers
