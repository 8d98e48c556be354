#pragma once
// Downloading an http(s) URL with libcurl: redirects followed up to a limit, connect and total
// timeouts, the --max-size limit on the body.
#include <string>

namespace acta::import::readers {

struct LoadOptions;

struct Download {
    std::string body;
    std::string content_type; // the Content-Type header, as sent
    std::string final_url;    // after redirects
    std::string retrieved_at; // UTC, ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)
};

// Throws DataError with one line naming `url` and the cause: a host that does not resolve, a
// refused connection, a timeout, too many redirects, an HTTP status of 400 or more, a body over
// the size limit, or any other transfer failure.
Download fetch_url(const std::string& url, const LoadOptions& options);

} // namespace acta::import::readers
