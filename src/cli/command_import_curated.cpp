#include "command_import_curated.hpp"

#include "curation.hpp"
#include "database.hpp"
#include "error.hpp"
#include "gazetteer.hpp"
#include "input_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <ostream>

namespace acta::cli {

namespace {

bool same_name(const std::string& a, const std::string& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

// Bodies the importer knows (import/data/legislatures.tsv), so a researcher can add an act of a
// body no imported text has named yet.
BodyCatalog gazetteer_catalog()
{
    BodyCatalog c;
    c.find = [](const std::string& jurisdiction, const std::string& name) -> std::optional<BodyRef> {
        const auto& g = import::Gazetteer::instance();
        for (const auto* b : g.bodies_of(jurisdiction)) {
            const bool alias = std::any_of(b->aliases.begin(), b->aliases.end(), [&](auto& a) { return same_name(a, name); });
            if (same_name(b->name, name) || alias) {
                const auto* parent = b->parent.empty() ? nullptr : g.body_named(jurisdiction, b->parent);
                return BodyRef{b->name, b->kind, "legislative", jurisdiction, b->parent,
                               parent ? parent->kind : "", b->aliases};
            }
        }
        return std::nullopt;
    };
    c.names = [](const std::string& jurisdiction) {
        std::vector<std::string> names;
        for (const auto* b : import::Gazetteer::instance().bodies_of(jurisdiction)) {
            names.push_back(b->name);
        }
        return names;
    };
    return c;
}

// The file's bytes as they are: read_curated_file() reports encoding problems by line and column.
std::string read_bytes(const std::string& path, const std::string& max_size)
{
    const std::uintmax_t limit = import::parse_size(max_size);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw DataError(path + ": no such file (or not a regular file)");
    }
    if (std::filesystem::file_size(path, ec) > limit) {
        throw DataError(path + ": larger than --max-size " + max_size);
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        throw DataError(path + ": cannot be read");
    }
    return bytes.str();
}

} // namespace

void add_curated_options(CLI::App& app, CuratedImportOptions& o)
{
    auto* curated = app.add_option("--curated", o.file,
                                   "a researcher's corrections: a CSV or JSON file with the columns of 'acta export' "
                                   "(see docs/curation.md)")
                        ->type_name("FILE")
                        ->group("Curation");
    app.add_option("--source", o.source, "with --curated: what the values were checked against (recorded)")
        ->type_name("TEXT")
        ->needs(curated)
        ->group("Curation");
    app.add_option("--curator", o.curator, "with --curated: who made the corrections (default: $USER)")
        ->type_name("NAME")
        ->needs(curated)
        ->group("Curation");
    app.add_flag("--delete-missing", o.delete_missing,
                 "with --curated: retract the acts an unfiltered export writes that the file does not list")
        ->needs(curated)
        ->group("Curation");
}

int import_curated(Context& ctx, const CuratedImportOptions& o, const std::string& max_size)
{
    const std::string bytes = read_bytes(o.file, max_size);
    CurationOptions options{o.file, o.source, o.curator, o.delete_missing};
    Database db(ctx.db_path, Database::Mode::read_write);
    const CuratedImport result = import_curated_file(db, bytes, options, gazetteer_catalog());
    if (result.already) {
        ctx.err << o.file << ": already imported (source " << *result.already << ", same sha256): nothing changed\n";
        return 0;
    }
    const CurationPlan& plan = result.plan;
    if (!plan.problems.empty()) {
        for (const auto& p : plan.problems) {
            ctx.err << "acta: " << p << '\n';
        }
        throw DataError(o.file + ": " + std::to_string(plan.problems.size()) +
                        (plan.problems.size() == 1 ? " problem" : " problems") + ", nothing imported");
    }
    const CurationSummary& s = result.summary;
    if (!o.quiet) {
        ctx.err << o.file << ": " << s.added << " acts added, " << s.updated << " updated, " << s.restored
                << " restored, " << s.retracted << " retracted, " << s.unchanged << " unchanged"
                << (s.curation_id ? " (curation " + std::to_string(s.curation_id) + ")" : std::string(": nothing written"))
                << '\n';
    }
    return 0;
}

} // namespace acta::cli
