#pragma once
// Writes a whole document (a chart, a report) to -o FILE or stdout, whole or not at all.
#include "command.hpp"
#include "render.hpp"

#include <string>

namespace acta::cli {

// Throws DataError when the file cannot be created or written (leaving no file behind).
inline void write_document(Context& ctx, const std::string& path, const std::string& document)
{
    OutputFile file(ctx.out, path);
    file.stream() << document;
    file.commit();
}

// Says on stderr that the filters selected nothing (the document then says so too).
inline void report_empty(Context& ctx, std::size_t acts, const std::string& what)
{
    if (acts == 0) {
        ctx.err << "acta: no acts match these filters; the " << what << " says so\n";
    }
}

} // namespace acta::cli
