#include "command_split.hpp"

#include "command_merge.hpp"
#include "curation.hpp"
#include "database.hpp"

#include <ostream>

namespace acta::cli {

void SplitCommand::setup(CLI::App& app)
{
    app.add_option("act_id", m_id, "the act to split")->type_name("ACT_ID")->required();
    app.add_option("--attestation", m_attestation, "the attestation to move out (attestation_id in 'acta show')")
        ->type_name("ID")
        ->required();
    add_curator_option(app, m_curator);
}

int SplitCommand::run(Context& ctx)
{
    Database db(ctx.db_path, Database::Mode::read_write);
    const std::int64_t into = split_act(db, m_id, m_attestation, m_curator);
    ctx.out << into << '\n';
    ctx.err << "attestation " << m_attestation << " moved from act " << m_id << " to act " << into << '\n';
    return 0;
}

} // namespace acta::cli
