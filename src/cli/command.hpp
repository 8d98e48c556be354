#pragma once
// One class per subcommand, as osmium-tool does: setup() only declares arguments on its CLI11
// subcommand, run() does the work. All commands are listed in commands.cpp.
#include <CLI/CLI.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace acta::cli {

// What every command gets: the global options and the streams for data and messages.
struct Context {
    std::string db_path; // --db, else $ACTA_DB, else ./acta.db
    std::ostream& out;   // data
    std::ostream& err;   // messages
};

class Command {
public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual const char* description() const = 0;
    // Declares the command's options on `app` (a CLI11 subcommand); stores values in members.
    virtual void setup(CLI::App& app) = 0;
    // Runs the command; returns the exit code. Throws acta::UsageError, DataError, DatabaseError.
    virtual int run(Context& ctx) = 0;
};

// Every command, in the order `acta --help` lists them (commands.cpp).
std::vector<std::unique_ptr<Command>> make_commands();

// The whole program: parses argv, runs the command, catches every exception once and maps it
// to an exit code (0 ok, 1 bad data, 2 bad usage). main() only calls this.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace acta::cli
