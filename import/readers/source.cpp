#include "source.hpp"

#include "charset.hpp"
#include "docx_reader.hpp"
#include "error.hpp"
#include "html_reader.hpp"
#include "pdf_reader.hpp"
#include "sha256.hpp"
#include "url_fetch.hpp"

#include <algorithm>
#include <cctype>

namespace acta::import::readers {

namespace {

Document read_plain(std::string_view bytes, std::string_view name, std::string_view charset)
{
    Document doc;
    doc.meta.format = "text";
    if (is_utf8_name(charset)) {
        doc.text = std::string(validate_text(bytes, name));
    } else {
        const std::string utf8 = to_utf8(bytes, charset, display_name(name));
        doc.text = std::string(validate_text(utf8, name));
    }
    return doc;
}

} // namespace

bool is_url(std::string_view where)
{
    std::string head(where.substr(0, 8));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return head.starts_with("http://") || head.starts_with("https://");
}

Document read_document(std::string_view bytes, Format format, std::string_view name, std::string_view charset,
                       const InputLimits& limits)
{
    Document doc;
    switch (format) {
    case Format::html:
        doc = read_html(bytes, name, charset);
        break;
    case Format::pdf:
        doc = read_pdf(bytes, name);
        break;
    case Format::docx:
        doc = read_docx(bytes, name, limits);
        break;
    case Format::text:
        return read_plain(bytes, name, charset);
    }
    // The importer only ever sees valid UTF-8 without NUL or control bytes.
    (void)validate_text(doc.text, name);
    return doc;
}

void record_source(const LoadedSource& loaded, SourceInfo& source)
{
    const DocumentMeta& m = loaded.doc.meta;
    source.sha256 = loaded.sha256;
    for (auto [field, value] : {std::pair{&source.title, &m.title}, std::pair{&source.author, &m.author},
                                std::pair{&source.published, &m.published}, std::pair{&source.url, &m.url},
                                std::pair{&source.retrieved_at, &m.retrieved_at}}) {
        if (!value->empty()) {
            *field = *value;
        }
    }
}

LoadedSource load_source(const std::string& where, const LoadOptions& options)
{
    LoadedSource out;
    if (is_url(where)) {
        const Download d = fetch_url(where, options);
        const ContentType ct = parse_content_type(d.content_type);
        const Format format = format_from_mime(ct.mime, display_name(where)).value_or(sniff_format(d.body));
        out.doc = read_document(d.body, format, where, ct.charset, options.limits);
        out.doc.meta.url = where;
        out.doc.meta.retrieved_at = d.retrieved_at;
        out.sha256 = sha256_hex(d.body);
        return out;
    }
    const std::string bytes = read_file_bytes(where, options.limits);
    const Format format = format_from_extension(where).value_or(sniff_format(bytes));
    out.doc = read_document(bytes, format, where, {}, options.limits);
    out.sha256 = sha256_hex(bytes);
    return out;
}

} // namespace acta::import::readers
