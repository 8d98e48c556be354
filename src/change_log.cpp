#include "change_log.hpp"

#include "store.hpp"

namespace acta {

namespace {

void bind_id_or_null(SQLite::Statement& st, int index, std::optional<std::int64_t> value)
{
    if (value) {
        st.bind(index, *value);
    } else {
        st.bind(index);
    }
}

std::int64_t insert_curation(SQLite::Database& db, const std::string& command, const std::string& curator,
                             std::optional<std::int64_t> source_id, const std::string& note)
{
    SQLite::Statement st(db, "INSERT INTO curations (command, curator, at, source_id, note) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, command);
    st.bind(2, curator);
    st.bind(3, utc_now());
    bind_id_or_null(st, 4, source_id);
    bind_text_or_null(st, 5, note);
    st.exec();
    return db.getLastInsertRowid();
}

} // namespace

ChangeLog::ChangeLog(SQLite::Database& db, const std::string& command, const std::string& curator,
                     std::optional<std::int64_t> source_id, const std::string& note)
    : m_id(insert_curation(db, command, curator, source_id, note)),
      m_insert(db, "INSERT INTO changes (curation_id, act_id, action, field, old_value, new_value, other_act_id, "
                   "attestation_id, line, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{
}

void ChangeLog::record(const ChangeRow& row)
{
    m_insert.bind(1, m_id);
    m_insert.bind(2, row.act_id);
    m_insert.bind(3, row.action);
    bind_text_or_null(m_insert, 4, row.field);
    bind_text_or_null(m_insert, 5, row.old_value);
    bind_text_or_null(m_insert, 6, row.new_value);
    bind_id_or_null(m_insert, 7, row.other_act_id);
    bind_id_or_null(m_insert, 8, row.attestation_id);
    bind_id_or_null(m_insert, 9, row.line ? std::optional<std::int64_t>(row.line) : std::nullopt);
    bind_text_or_null(m_insert, 10, row.reason);
    m_insert.exec();
    m_insert.reset();
}

} // namespace acta
