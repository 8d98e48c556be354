#include "command_import.hpp"

#include "database.hpp"
#include "error.hpp"
#include "importer.hpp"
#include "input_file.hpp"
#include "source.hpp"
#include "store.hpp"

#include <algorithm>
#include <ostream>

namespace acta::cli {

void ImportCommand::setup(CLI::App& app)
{
    app.add_option("files", m_files, "files to import (text, HTML, PDF, DOCX) or http(s) URLs");
    app.add_option("--subject", m_subject, "the event the acts are about (detected from the text when not given)");
    app.add_option("--max-size", m_max_size, "refuse files larger than this (e.g. 64M, 2G)")->capture_default_str();
    app.add_option("--timeout", m_timeout, "give up on a URL after this many seconds")->capture_default_str()
        ->check(CLI::Range(1, 3600));
    app.add_flag("--explain", m_explain, "print, for each act, the sentence, the rule that fired and the fields it took");
    app.add_flag("--include-executive", m_include_executive,
                 "also keep statements of executive actors (presidents, governors, ministries), marked as such");
    app.add_flag("-q,--quiet", m_quiet, "print no summary");
    add_curated_options(app, m_curated);
}

namespace {

void explain(std::ostream& out, const ImportResult& r)
{
    int n = 0;
    for (const auto& act : r.acts) {
        ++n;
        out << "act " << n << ": " << act.body.name << " [" << act.body.jurisdiction_code << "] " << act.act_type;
        if (!act.identifier.empty()) {
            out << " " << act.identifier;
        }
        out << " date=" << (act.date.empty() ? "undated" : act.date.edtf);
        if (!act.terms.empty()) {
            out << " terms=";
            for (std::size_t i = 0; i < act.terms.size(); ++i) {
                out << (i ? ";" : "") << act.terms[i].term;
            }
        }
        if (!act.persons.empty()) {
            out << " persons=";
            for (std::size_t i = 0; i < act.persons.size(); ++i) {
                out << (i ? ";" : "") << act.persons[i].name << "(" << act.persons[i].role << ")";
            }
        }
        out << '\n';
        for (const auto& a : act.attestations) {
            out << "  line " << a.line << ", rule " << a.rule << ": " << quote_text(a, r.source.text) << '\n';
        }
    }
}

} // namespace

int ImportCommand::run(Context& ctx)
{
    if (m_files.empty() == m_curated.file.empty()) {
        throw UsageError("import: give text files, or one --curated file");
    }
    if (!m_curated.file.empty()) {
        m_curated.quiet = m_quiet;
        return import_curated(ctx, m_curated, m_max_size);
    }
    import::readers::LoadOptions load;
    load.limits.max_bytes = import::parse_size(m_max_size);
    load.timeout_s = m_timeout;
    load.connect_timeout_s = std::min<long>(m_timeout, load.connect_timeout_s);
    // Read and parse every file before opening the database: a bad file changes nothing.
    std::vector<ImportResult> results;
    for (const auto& file : m_files) {
        auto loaded = import::readers::load_source(file, load);
        import::ImportOptions options;
        options.path = file;
        options.subject = m_subject;
        options.include_executive = m_include_executive;
        options.published = loaded.doc.meta.published;
        results.push_back(import::import_owned_text(std::move(loaded.doc.text), options)); // one copy, not two
        import::readers::record_source(loaded, results.back().source);
    }
    Database db(ctx.db_path, Database::Mode::read_write);
    for (const auto& r : results) {
        if (m_explain) {
            explain(ctx.out, r);
        }
        const StoreSummary s = store_import(db, r);
        if (m_quiet) {
            continue;
        }
        if (s.already_imported) {
            ctx.err << r.source.path << ": already imported (source " << s.source_id
                    << ", same sha256): nothing added\n";
            continue;
        }
        auto count = [&](const char* kind) {
            return std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.kind == kind; });
        };
        ctx.err << r.source.path << ": " << r.acts.size() << " acts found (" << s.acts_added << " added, "
                << s.acts_merged << " merged with existing ones), " << s.attestations << " attestations; "
                << count("bad_date") << " dates could not be read, " << count("no_body")
                << " sentences look like acts but name no body, " << count("no_date") << " have no date, "
                << count("executive") << " executive acts left out, " << count("not_an_act")
                << " not adopted or not acts (source " << s.source_id << ")\n";
        for (const auto& d : r.diagnostics) {
            ctx.err << "  " << r.source.path << ":" << d.line << ": " << d.kind << ": " << d.message << '\n';
        }
    }
    return 0;
}

} // namespace acta::cli
