#include "pdf_reader.hpp"

#include "error.hpp"
#include "input_file.hpp"
#include "pdf_layout.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>

namespace acta::import::readers {

namespace {

std::string utf8(const poppler::ustring& s)
{
    const poppler::byte_array b = s.to_utf8();
    return std::string(b.begin(), b.end());
}

// poppler reports syntax errors of damaged files on stderr; acta reports one line of its own.
void quiet(const std::string&, void*) {}

pdf::Page page_words(const poppler::page& page)
{
    pdf::Page out;
    out.height = page.page_rect().height();
    for (const auto& box : page.text_list()) {
        const poppler::rectf r = box.bbox();
        out.words.push_back({utf8(box.text()), r.x(), r.y(), r.right(), r.bottom(), box.has_space_after()});
    }
    return out;
}

} // namespace

Document read_pdf(std::string_view bytes, std::string_view name)
{
    const std::string shown = display_name(name);
    poppler::set_debug_error_function(quiet, nullptr);
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        throw DataError(shown + ": a PDF over 2 GiB is more than the PDF reader takes");
    }
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        throw DataError(shown + " is not a readable PDF (damaged, truncated or not a PDF at all)");
    }
    if (doc->is_locked()) {
        throw DataError(shown + " is an encrypted PDF (it needs a password); acta cannot read it");
    }
    std::vector<std::vector<pdf::Line>> pages;
    bool any_text = false;
    for (int i = 0; i < doc->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) {
            continue;
        }
        pages.push_back(pdf::lines_of(page_words(*page)));
        any_text = any_text || !pages.back().empty();
    }
    if (!any_text) {
        throw DataError(shown + " has no text layer (a scanned document?); run OCR on it first (e.g. ocrmypdf)");
    }
    pdf::remove_page_furniture(pages);
    DocumentBuilder builder;
    pdf::build_blocks(pages, builder);
    DocumentMeta meta;
    meta.format = "pdf";
    meta.title = squeeze(utf8(doc->get_title()));
    meta.author = squeeze(utf8(doc->get_author()));
    return std::move(builder).finish(std::move(meta));
}

} // namespace acta::import::readers
