#include "docx_package.hpp"

#include "error.hpp"

namespace acta::import::readers {

ZipPackage::ZipPackage(std::string_view bytes, std::string name, const InputLimits& limits)
    : m_name(std::move(name)), m_left(limits.max_bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (src) {
        m_zip = zip_open_from_source(src, ZIP_RDONLY, &error);
        if (!m_zip) {
            zip_source_free(src);
        }
    }
    if (!m_zip) {
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw DataError(m_name + " is not a readable Word (.docx) file: the ZIP archive is damaged or truncated (" +
                        why + ")");
    }
    zip_error_fini(&error);
}

ZipPackage::~ZipPackage()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

std::optional<std::string> ZipPackage::part(const char* path)
{
    const zip_int64_t index = zip_name_locate(m_zip, path, 0);
    if (index < 0) {
        return std::nullopt;
    }
    const auto i = static_cast<zip_uint64_t>(index);
    const std::string over = m_name + ": " + path + " expands past the " + format_size(m_left) +
                             " still allowed (a zip bomb?); see --max-size";
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, i, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && st.size > m_left) {
        throw DataError(over);
    }
    zip_file_t* f = zip_fopen_index(m_zip, i, 0);
    if (!f) {
        throw DataError(m_name + ": " + path + " cannot be read (" + zip_strerror(m_zip) + ")");
    }
    std::string out;
    char buf[1 << 16];
    zip_int64_t got = 0;
    // The header's size is not trusted: reading stops one chunk past the limit.
    while ((got = zip_fread(f, buf, sizeof buf)) > 0) {
        out.append(buf, static_cast<std::size_t>(got));
        if (out.size() > m_left) {
            zip_fclose(f);
            throw DataError(over);
        }
    }
    const bool failed = got < 0;
    const std::string why = failed ? zip_file_strerror(f) : "";
    zip_fclose(f);
    if (failed) {
        throw DataError(m_name + ": " + path + " cannot be read (" + why + "): the file is damaged or truncated");
    }
    m_left -= out.size();
    return out;
}

} // namespace acta::import::readers
