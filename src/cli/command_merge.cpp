#include "command_merge.hpp"

#include "curation.hpp"
#include "database.hpp"

#include <ostream>

namespace acta::cli {

void MergeCommand::setup(CLI::App& app)
{
    app.add_option("keep", m_keep, "the act that stays")->type_name("ACT_ID")->required();
    app.add_option("other", m_other, "the act merged into it (kept, marked merged)")->type_name("ACT_ID")->required();
    add_curator_option(app, m_curator);
}

int MergeCommand::run(Context& ctx)
{
    Database db(ctx.db_path, Database::Mode::read_write);
    merge_acts(db, m_keep, m_other, m_curator);
    ctx.err << "act " << m_other << " merged into act " << m_keep << '\n';
    return 0;
}

} // namespace acta::cli
