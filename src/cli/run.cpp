#include "command.hpp"

#include "error.hpp"

#include <SQLiteCpp/Exception.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

namespace acta::cli {

namespace {

std::string default_db()
{
    if (const char* env = std::getenv("ACTA_DB"); env && *env) {
        return env;
    }
    return "acta.db";
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    CLI::App app{"acta: a timeline database of legislative resolutions and statements", "acta"};
    app.set_version_flag("--version", std::string("acta ") + ACTA_VERSION);
    app.require_subcommand(1);
    Context ctx{default_db(), out, err};
    app.add_option("--db", ctx.db_path, "database file (default: $ACTA_DB, else ./acta.db)");

    auto commands = make_commands();
    for (auto& command : commands) {
        command->setup(*app.add_subcommand(command->name(), command->description()));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion&) {
        out << "acta " << ACTA_VERSION << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        // A subcommand's --help is a ParseError too; CLI11 renders it.
        std::ostringstream msg;
        std::ostringstream help;
        const int code = app.exit(e, help, msg);
        if (code == 0) {
            out << help.str();
            return 0;
        }
        err << "acta: " << e.what() << "\n" << "Run 'acta --help' for usage.\n";
        return 2;
    }

    try {
        for (auto& command : commands) {
            if (app.got_subcommand(command->name())) {
                return command->run(ctx);
            }
        }
    } catch (const UsageError& e) {
        err << "acta: " << e.what() << '\n';
        return 2;
    } catch (const DataError& e) {
        err << "acta: " << e.what() << '\n';
        return 1;
    } catch (const DatabaseError& e) {
        err << "acta: " << e.what() << '\n';
        return 1;
    } catch (const SQLite::Exception& e) {
        err << "acta: database " << ctx.db_path << ": " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "acta: internal error: " << e.what() << '\n';
        return 1;
    }
    return 2;
}

} // namespace acta::cli
