#pragma once
// What several test files need: a temporary directory of their own, reading and writing whole
// files, and running the command line in-process (acta::cli::run with string streams).
#include "command.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace acta::test {

// A directory of this process's own under the system's temporary directory, removed when done.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "acta-test")
    {
        static int n = 0;
        path = std::filesystem::temp_directory_path() /
               (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        std::filesystem::create_directories(path);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

// The whole file; "(missing file PATH)" when it cannot be read, so a comparison shows why it failed.
inline std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return "(missing file " + path.string() + ")";
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// What one in-process run of the command line gave.
struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

// Runs `acta ARGS...` in this process.
inline CliResult run_cli(std::vector<std::string> args)
{
    args.insert(args.begin(), "acta");
    std::vector<const char*> argv;
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    const int code = acta::cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

// Runs `acta --db DB ARGS...` in this process.
inline CliResult run_cli_on(const std::string& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db});
    return run_cli(std::move(args));
}

} // namespace acta::test
