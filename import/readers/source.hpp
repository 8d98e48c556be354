#pragma once
// The one entry point of the readers: a file name or an http(s) URL in, the Document the
// importer reads out, with the SHA-256 of the original bytes (which decides "already imported").
#include "document.hpp"
#include "format.hpp"
#include "input_file.hpp"
#include "model.hpp"

#include <string>
#include <string_view>

namespace acta::import::readers {

struct LoadOptions {
    InputLimits limits;         // --max-size, for files and downloads alike
    long connect_timeout_s = 10;
    long timeout_s = 60;        // --timeout: the whole download
    long max_redirects = 5;
};

struct LoadedSource {
    Document doc;
    std::string sha256; // of the bytes as read or downloaded, before any conversion
};

// True for "http://..." and "https://..." (case-insensitive scheme).
bool is_url(std::string_view where);

// Reads the file or downloads the URL and hands it to its reader: a file by its extension, else
// by sniffing; a download by its Content-Type, else by sniffing.
// Throws DataError with one line naming the file or URL: unreadable, too large, binary, damaged,
// encrypted, no text, or a download that failed (see url_fetch.hpp).
LoadedSource load_source(const std::string& where, const LoadOptions& options);

// Puts what the reader learnt into the source record the importer made from the text: the
// original bytes' SHA-256, and the title, author, published date, URL and retrieval time the
// file or download declares (they win over what the importer guessed from the text).
void record_source(const LoadedSource& loaded, SourceInfo& source);

// Reads `bytes` as `format`; `charset` from a Content-Type header, if any.
Document read_document(std::string_view bytes, Format format, std::string_view name, std::string_view charset,
                       const InputLimits& limits);

} // namespace acta::import::readers
