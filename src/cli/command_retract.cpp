#include "command_retract.hpp"

#include "command_merge.hpp"

#include "curation.hpp"
#include "database.hpp"
#include "error.hpp"

#include <ostream>

namespace acta::cli {

void add_curator_option(CLI::App& app, std::string& curator)
{
    app.add_option("--curator", curator, "who makes the change, as recorded (default: $USER)")->type_name("NAME");
}

void RetractCommand::setup(CLI::App& app)
{
    app.add_option("act_id", m_id, "the act to retract")->type_name("ACT_ID")->required();
    app.add_option("--reason", m_reason, "why the act is not one (recorded; shown by show and history)")
        ->type_name("TEXT")
        ->required();
    add_curator_option(app, m_curator);
}

int RetractCommand::run(Context& ctx)
{
    if (m_reason.find_first_not_of(" \t") == std::string::npos) {
        throw UsageError("retract: --reason must say why");
    }
    Database db(ctx.db_path, Database::Mode::read_write);
    retract_act(db, m_id, m_reason, m_curator);
    ctx.err << "act " << m_id << " retracted\n";
    return 0;
}

} // namespace acta::cli
