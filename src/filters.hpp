#pragma once
// What the read commands share on the command line: the filter options (docs/queries.md), the
// output options (docs/formats.md) and how a query's result reaches its output. Header-only and
// used by src/cli only (it needs CLI11, which acta_core does not link).
#include "command.hpp"
#include "database.hpp"
#include "error.hpp"
#include "query.hpp"
#include "render.hpp"

#include <CLI/CLI.hpp>

#include <charconv>
#include <ostream>
#include <string>
#include <vector>

namespace acta::cli {

// The filter options as typed; to_filters() checks and converts them.
struct FilterOptions {
    Filters filters;
    std::string year;
};

inline void add_filter_options(CLI::App& app, FilterOptions& o)
{
    Filters& f = o.filters;
    const char* group = "Filters";
    app.add_option("--country", f.country,
                   "acts of a country and its sub-national units: ISO code, English name or adjective, any case")
        ->type_name("NAME")
        ->group(group);
    app.add_option("--jurisdiction", f.jurisdiction, "acts of one jurisdiction only: code (US-TX) or name")
        ->type_name("CODE|NAME")
        ->group(group);
    app.add_option("--level", f.level, "international, national or subnational")
        ->type_name("LEVEL")
        ->group(group);
    app.add_option("--year", o.year, "acts whose date overlaps year YYYY")
        ->type_name("YYYY")
        ->group(group);
    app.add_option("--from", f.from, "acts ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")
        ->group(group);
    app.add_option("--to", f.to, "acts beginning on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")
        ->group(group);
    app.add_flag("--strict", f.strict, "date filters keep only acts whose whole date lies inside the period")
        ->group(group);
    app.add_option("--body", f.body, "acts of bodies whose name or alias contains TEXT, any case")
        ->type_name("TEXT")
        ->group(group);
    app.add_option("--type", f.type, "acts of a type: resolution, declaration, statement, decree, law, ...")
        ->type_name("TYPE")
        ->group(group);
    app.add_option("--term", f.term, "acts using a term: genocide, massacre, tragedy, \"crime against humanity\", ...")
        ->type_name("TERM")
        ->group(group);
    app.add_option("--subject", f.subject, "acts about a subject whose name or alias contains TEXT")
        ->type_name("TEXT")
        ->group(group);
    app.add_option("--source", f.source, "acts attested by a source: its id, or text in its title or file name")
        ->type_name("ID|TEXT")
        ->group(group);
    app.add_flag("--include-executive", f.include_executive, "also acts of executive and judicial bodies")
        ->group(group);
}

// Throws UsageError for a --year that is not a year.
inline Filters to_filters(const FilterOptions& o)
{
    Filters f = o.filters;
    if (!o.year.empty()) {
        int y = 0;
        const auto res = std::from_chars(o.year.data(), o.year.data() + o.year.size(), y);
        if (res.ec != std::errc() || res.ptr != o.year.data() + o.year.size() || o.year.size() != 4) {
            throw UsageError("--year '" + o.year + "': use a 4-digit year (YYYY)");
        }
        f.year = y;
    }
    return f;
}

struct OutputOptions {
    std::string format;
    std::string path;
    bool bom = false;
    bool raw = false;
    std::vector<std::string> allowed;
};

inline std::string join(const std::vector<std::string>& v, const char* sep)
{
    std::string out;
    for (const auto& s : v) {
        out += (out.empty() ? "" : sep) + s;
    }
    return out;
}

// --format (one of `allowed`, default the first), -o, --bom, --raw.
inline void add_output_options(CLI::App& app, OutputOptions& o, std::vector<std::string> allowed)
{
    o.allowed = std::move(allowed);
    o.format = o.allowed.front();
    const char* group = "Output";
    app.add_option("-f,--format", o.format, "output format: " + join(o.allowed, ", ") + " (default " + o.format + ")")
        ->check(CLI::IsMember(o.allowed))
        ->type_name("FORMAT")
        ->group(group);
    app.add_option("-o,--output", o.path, "write to FILE (written whole or not at all); - or none: stdout")
        ->type_name("FILE")
        ->group(group);
    app.add_flag("--bom", o.bom, "csv, tsv: begin with a UTF-8 byte order mark (for Excel)")
        ->group(group);
    app.add_flag("--raw", o.raw,
                 "csv, tsv: write cells beginning with = + - @ as they are (they are prefixed with ' otherwise)")
        ->group(group);
}

// Opens the output, renders what `query` streams into it and commits the file. Returns the
// query's stats. Throws UsageError for --bom with a format other than csv or tsv, DataError when
// the output cannot be written, and what the query throws (leaving no file behind).
template <class Query>
QueryStats write_output(Context& ctx, const OutputOptions& o, Query&& query)
{
    const Format& format = find_format(o.format);
    if (o.bom && format.name != "csv" && format.name != "tsv") {
        throw UsageError("--bom applies to csv and tsv, not " + o.format);
    }
    OutputFile file(ctx.out, o.path);
    RenderOptions options;
    options.raw = o.raw;
    options.bom = o.bom;
    options.output_name = file.name();
    auto sink = make_renderer(format, file.stream(), options);
    const QueryStats stats = query(*sink);
    file.commit();
    return stats;
}

// Says on stderr what a date filter left out.
inline void report_hidden(Context& ctx, const QueryStats& stats)
{
    if (stats.undated_hidden > 0) {
        ctx.err << "undated: " << stats.undated_hidden << " not shown\n";
    }
}

// Opens the database for reading. Throws DatabaseError when it does not exist, DataError when it
// is not an acta database or is an empty file (which reading must not turn into one).
inline Database open_read_only(Context& ctx)
{
    Database db(ctx.db_path, Database::Mode::read_only);
    if (db.user_version() == 0) {
        throw DataError("database " + ctx.db_path + " is empty, not an acta database (create it with 'acta import')");
    }
    return db;
}

} // namespace acta::cli
