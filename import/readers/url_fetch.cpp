#include "url_fetch.hpp"

#include "error.hpp"
#include "source.hpp"

#include <curl/curl.h>

#include <ctime>
#include <memory>

namespace acta::import::readers {

namespace {

struct Sink {
    std::string body;
    std::uintmax_t limit = 0;
    bool over = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const std::size_t n = size * count;
    if (sink->body.size() + n > sink->limit) {
        sink->over = true;
        return 0; // aborts the transfer
    }
    sink->body.append(data, n);
    return n;
}

std::string utc_now()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// curl_global_init once per process, before the first handle.
void init_curl()
{
    static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    (void)done;
}

std::string cause(CURLcode code, const LoadOptions& o, const Sink& sink, const char* detail)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return "the host name does not resolve (DNS)";
    case CURLE_COULDNT_CONNECT:
        return "the connection was refused or failed";
    case CURLE_OPERATION_TIMEDOUT:
        return "timed out (connect " + std::to_string(o.connect_timeout_s) + " s, total " +
               std::to_string(o.timeout_s) + " s; see --timeout)";
    case CURLE_TOO_MANY_REDIRECTS:
        return "more than " + std::to_string(o.max_redirects) + " redirects";
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_WRITE_ERROR:
        if (sink.over || code == CURLE_FILESIZE_EXCEEDED) {
            return "the response is over the " + format_size(o.limits.max_bytes) + " limit (use --max-size)";
        }
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        return "a redirect to a scheme other than http or https";
    default:
        break;
    }
    return std::string(*detail ? detail : curl_easy_strerror(code));
}

} // namespace

Download fetch_url(const std::string& url, const LoadOptions& o)
{
    const std::string shown = display_name(url);
    init_curl();
    const std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        throw DataError(shown + ": cannot start a download (libcurl)");
    }
    Sink sink;
    sink.limit = o.limits.max_bytes;
    char error[CURL_ERROR_SIZE] = "";
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, o.max_redirects);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, o.connect_timeout_s);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, o.timeout_s);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.limits.max_bytes));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); // any encoding curl can decode
    curl_easy_setopt(c, CURLOPT_USERAGENT, "acta/" ACTA_VERSION);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    Download d;
    d.retrieved_at = utc_now();
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        throw DataError(shown + ": download failed: " + cause(code, o, sink, error));
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 400) {
        throw DataError(shown + ": download failed: HTTP " + std::to_string(status));
    }
    char* type = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
        d.content_type = type;
    }
    char* final_url = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url) {
        d.final_url = final_url;
    }
    d.body = std::move(sink.body);
    if (d.body.empty()) {
        throw DataError(shown + ": the response is empty (HTTP " + std::to_string(status) + ")");
    }
    return d;
}

} // namespace acta::import::readers
