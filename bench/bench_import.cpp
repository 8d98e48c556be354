// bench_import: how fast `acta import` reads a large chronology, and how much memory it takes.
//   bench_import [--size SIZE]... [--seed N] [--crlf] [--file FILE] [--keep-db PATH] [--no-store]
// Generates a synthetic corpus (corpus.hpp, seed 1) of each SIZE (default: 1M, then 8M, each in a
// process of its own) or reads FILE, then times each stage as `acta import` runs them:
// validate_text, import_text, store_import into a new database file, then reads the acts back
// as `acta export` does (export), and prints MB/s, acts/s and the peak RSS. Prints figures
// only: nothing here asserts a time.
#include "corpus.hpp"
#include "database.hpp"
#include "importer.hpp"
#include "input_file.hpp"
#include "query.hpp"
#include "render.hpp"
#include "store.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of this process: on a shared machine wall time also measures the neighbours.
double cpu_seconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long peak_rss_kib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// Wall seconds, then CPU seconds: MB/s and acts/s of each.
void row(const char* stage, double secs, std::size_t bytes, std::size_t acts, double cpu = 0)
{
    std::printf("%-14s %9.3f s %9.2f MB/s", stage, secs, secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0);
    if (acts != 0) {
        std::printf(" %10.0f acts/s", secs > 0 ? static_cast<double>(acts) / secs : 0.0);
    }
    if (cpu > 0) {
        std::printf("   cpu %7.3f s %9.2f MB/s %10.0f acts/s", cpu, static_cast<double>(bytes) / 1e6 / cpu,
                    static_cast<double>(acts) / cpu);
    }
    std::printf("\n");
}

// What one run measures: a generated corpus of `corpus.bytes` or FILE.
struct Options {
    acta::bench::CorpusOptions corpus;
    std::vector<std::size_t> sizes; // corpora to generate, each measured in its own process
    std::string file;
    std::string keep_db;
    bool store = true;
};

int run(const Options& opt);

// Each size in a child process of its own, so that each peak RSS is that corpus's alone.
int run_each_size(Options opt)
{
    int status_all = 0;
    for (const std::size_t bytes : opt.sizes) {
        opt.corpus.bytes = bytes;
        std::fflush(stdout);
        const pid_t pid = ::fork();
        if (pid < 0) {
            std::cerr << "bench_import: cannot fork\n";
            return 1;
        }
        if (pid == 0) {
            const int status = run(opt);
            std::fflush(stdout);
            std::_Exit(status);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            status_all = 1;
        }
        std::printf("\n");
    }
    return status_all;
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) {
                    throw std::runtime_error(arg + " needs a value");
                }
                return argv[++i];
            };
            if (arg == "--size") {
                opt.sizes.push_back(static_cast<std::size_t>(acta::import::parse_size(value())));
            } else if (arg == "--seed") {
                opt.corpus.seed = std::stoull(value());
            } else if (arg == "--crlf") {
                opt.corpus.crlf = true;
            } else if (arg == "--file") {
                opt.file = value();
            } else if (arg == "--keep-db") {
                opt.keep_db = value();
            } else if (arg == "--no-store") {
                opt.store = false; // only the importer: figures for import_text alone
            } else {
                throw std::runtime_error("unknown argument " + arg);
            }
        }
        if (opt.sizes.empty() && opt.file.empty() && opt.keep_db.empty()) {
            opt.sizes = {std::size_t{1} << 20, std::size_t{8} << 20}; // the two corpora
        } else if (opt.sizes.empty()) {
            opt.sizes = {std::size_t{8} << 20};
        }
        if (opt.sizes.size() > 1 && (!opt.file.empty() || !opt.keep_db.empty())) {
            throw std::runtime_error("--file and --keep-db take one --size");
        }
    } catch (const std::exception& e) {
        std::cerr << "bench_import: " << e.what()
                  << "\nusage: bench_import [--size SIZE]... [--seed N] [--crlf] [--file FILE] [--keep-db PATH] [--no-store]\n";
        return 2;
    }
    if (opt.sizes.size() > 1) {
        return run_each_size(opt);
    }
    opt.corpus.bytes = opt.sizes.front();
    return run(opt);
}

namespace {

// The corpus to import: generated, or read from --file; `name` says which.
std::string load_input(const Options& opt, std::string& name)
{
    if (opt.file.empty()) {
        name = "synthetic corpus, seed ";
        name += std::to_string(opt.corpus.seed);
        name += opt.corpus.crlf ? ", CRLF" : "";
        return acta::bench::generate_corpus(opt.corpus);
    }
    name = opt.file;
    return acta::import::read_text_file(opt.file, {~std::uintmax_t{0}});
}

// The database to store into: --keep-db, or a new file in a new temporary directory `dir`.
std::filesystem::path database_path(const std::string& keep_db, std::filesystem::path& dir)
{
    if (!keep_db.empty()) {
        return keep_db;
    }
    char tmpl[] = "/tmp/acta-bench.XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    dir = tmpl;
    return dir / "bench.db";
}

// The peak RSS, beside the target for it: 3 x the input + 32 MB.
void print_rss(const char* what, long kib, std::size_t bytes)
{
    std::printf("peak RSS       %.1f MiB%s (%.1f x the input; target %.1f MiB)\n", static_cast<double>(kib) / 1024.0,
                what, static_cast<double>(kib) * 1024.0 / static_cast<double>(bytes),
                (3.0 * static_cast<double>(bytes) + 32e6) / 1048576.0);
}

// Reads every act back through the timeline view, as `acta export` does (the rows are counted,
// not written): the view's time must stay linear in the number of acts.
void time_export(const std::filesystem::path& db_path, std::size_t bytes)
{
    class CountingSink : public acta::RowSink {
    public:
        std::size_t rows = 0;
        void begin(const std::vector<std::string>&) override {}
        void row(std::span<const acta::Value>) override { ++rows; }
        void end() override {}
    } sink;
    acta::Database db(db_path.string(), acta::Database::Mode::read_only);
    const auto t = Clock::now();
    const double cpu = cpu_seconds();
    acta::export_acts(db, acta::Filters{}, sink);
    row("export", seconds_since(t), bytes, sink.rows, cpu_seconds() - cpu);
}

int run(const Options& opt)
{
    const auto& file = opt.file;
    try {
        const auto start = Clock::now();
        std::string name;
        std::string text = load_input(opt, name);
        const double t_input = seconds_since(start);
        const std::size_t bytes = text.size();

        auto t = Clock::now();
        const std::string_view valid = acta::import::validate_text(text, name);
        const double t_validate = seconds_since(t);

        t = Clock::now();
        double cpu = cpu_seconds();
        acta::import::ImportOptions options;
        options.path = file.empty() ? "synthetic.txt" : file;
        // The text is handed over, as `acta import` does: the process holds one copy of it.
        const acta::ImportResult result = valid.size() == text.size()
                                              ? acta::import::import_owned_text(std::move(text), options)
                                              : acta::import::import_text(valid, options);
        const double t_import = seconds_since(t);
        const double cpu_import = cpu_seconds() - cpu;
        std::size_t attestations = 0;
        for (const auto& act : result.acts) {
            attestations += act.attestations.size();
        }
        const long import_rss = peak_rss_kib();
        if (!opt.store) {
            std::printf("input          %s: %.1f MB\n", name.c_str(), static_cast<double>(bytes) / 1e6);
            std::printf("found          %zu acts, %zu attestations, %zu diagnostics\n", result.acts.size(), attestations,
                        result.diagnostics.size());
            row("import_text", t_import, bytes, result.acts.size(), cpu_import);
            print_rss("", import_rss, bytes);
            return 0;
        }

        namespace fs = std::filesystem;
        fs::path dir;
        const fs::path db_path = database_path(opt.keep_db, dir);
        t = Clock::now();
        acta::StoreSummary summary;
        {
            acta::Database db(db_path.string(), acta::Database::Mode::read_write);
            const double t_open = seconds_since(t);
            t = Clock::now();
            cpu = cpu_seconds();
            summary = acta::store_import(db, result);
            const double t_store = seconds_since(t);
            const double cpu_store = cpu_seconds() - cpu;

            std::printf("input          %s: %.1f MB, %zu lines (%s in %.3f s)\n", name.c_str(),
                        static_cast<double>(bytes) / 1e6,
                        static_cast<std::size_t>(std::count(result.source.text.begin(), result.source.text.end(), '\n')),
                        file.empty() ? "generated" : "read", t_input);
            std::printf("found          %zu acts, %zu attestations, %zu diagnostics; stored %d new acts, %d merged\n",
                        result.acts.size(), attestations, result.diagnostics.size(), summary.acts_added,
                        summary.acts_merged);
            row("validate_text", t_validate, bytes, 0);
            row("import_text", t_import, bytes, result.acts.size(), cpu_import);
            std::printf("%-14s %9.3f s   (new database: schema and ISO 3166 seed)\n", "open database", t_open);
            row("store_import", t_store, bytes, result.acts.size(), cpu_store);
            row("total", t_validate + t_import + t_store, bytes, result.acts.size(), cpu_import + cpu_store);
        }
        time_export(db_path, bytes);
        std::printf("database       %.1f MB\n", static_cast<double>(fs::file_size(db_path)) / 1e6);
        print_rss(" after import_text", import_rss, bytes);
        print_rss("", peak_rss_kib(), bytes);
        if (!dir.empty()) {
            fs::remove_all(dir);
        }
    } catch (const std::exception& e) {
        std::cerr << "bench_import: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace
