// The registry of commands: find a command here by name, then in command_<name>.cpp.
#include "command.hpp"

#include "command_import.hpp"
#include "command_export.hpp"
#include "command_timeline.hpp"
#include "command_first.hpp"
#include "command_count.hpp"
#include "command_search.hpp"
#include "command_show.hpp"
#include "command_conflicts.hpp"
#include "command_sources.hpp"
#include "command_bodies.hpp"
#include "command_jurisdictions.hpp"
#include "command_subjects.hpp"
#include "command_parse_date.hpp"
#include "command_plot.hpp"
#include "command_report.hpp"
#include "command_history.hpp"
#include "command_merge.hpp"
#include "command_split.hpp"
#include "command_retract.hpp"

namespace acta::cli {

std::vector<std::unique_ptr<Command>> make_commands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<TimelineCommand>());
    commands.push_back(std::make_unique<FirstCommand>());
    commands.push_back(std::make_unique<CountCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<ConflictsCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<SplitCommand>());
    commands.push_back(std::make_unique<RetractCommand>());
    commands.push_back(std::make_unique<SourcesCommand>());
    commands.push_back(std::make_unique<BodiesCommand>());
    commands.push_back(std::make_unique<JurisdictionsCommand>());
    commands.push_back(std::make_unique<SubjectsCommand>());
    commands.push_back(std::make_unique<ParseDateCommand>());
    commands.push_back(std::make_unique<PlotCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace acta::cli
