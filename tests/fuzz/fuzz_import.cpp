// import_text() on any text that passes validate_text() (the only text `acta import` hands it):
// no crash, no undefined behaviour, never an exception, and every attestation points inside
// the text with a sane line number.
#include "error.hpp"
#include "importer.hpp"
#include "input_file.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool ok)
{
    if (!ok) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text;
    try {
        text = acta::import::validate_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt");
    } catch (const acta::DataError&) {
        return -1; // not an input the importer can get: keep it out of the corpus
    }
    acta::import::ImportOptions options;
    options.path = "fuzz.txt";
    const acta::ImportResult result = acta::import::import_text(text, options);
    const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    require(result.source.text == text);
    for (const auto& act : result.acts) {
        require(!act.attestations.empty());
        require(!act.body.jurisdiction_code.empty());
        for (const auto& a : act.attestations) {
            require(a.span_start <= a.span_end && a.span_end <= text.size());
            require(a.line >= 1 && a.line <= lines);
        }
        if (!act.date.empty()) {
            require(act.date.start <= act.date.end);
        }
    }
    for (const auto& d : result.diagnostics) {
        require(d.line >= 0 && d.line <= lines);
    }
    return 0;
}
