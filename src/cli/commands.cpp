// The registry of commands: find a command here by name, then in command_<name>.cpp.
#include "command.hpp"

#include "command_import.hpp"

namespace acta::cli {

std::vector<std::unique_ptr<Command>> make_commands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    return commands;
}

} // namespace acta::cli
