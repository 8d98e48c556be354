// The PDF reader on any bytes: it either throws DataError with a one-line message naming the
// file, or returns a Document whose text is valid UTF-8 without NUL or control bytes (the
// importer's precondition) and whose block spans lie inside that text.
#include "error.hpp"
#include "input_file.hpp"
#include "source.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    acta::import::InputLimits limits;
    limits.max_bytes = 1 << 20; // a small cap: zip bombs fail fast
    try {
        const auto doc = acta::import::readers::read_document(bytes, acta::import::readers::Format::pdf,
                                                              "fuzz.pdf", {}, limits);
        (void)acta::import::validate_text(doc.text, "fuzz.pdf"); // throws (and so aborts below) if not
        for (const auto& b : doc.blocks) {
            if (b.begin > b.end || b.end > doc.text.size()) {
                std::abort();
            }
        }
    } catch (const acta::DataError& e) {
        if (std::string_view(e.what()).find('\n') != std::string_view::npos ||
            std::string_view(e.what()).find("fuzz.pdf") == std::string_view::npos) {
            std::abort();
        }
    }
    return 0;
}
