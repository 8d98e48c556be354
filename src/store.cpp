#include "store.hpp"

#include "error.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <SQLiteCpp/VariadicBind.h>

#include <chrono>
#include <ctime>
#include <optional>
#include <sstream>

namespace acta {

namespace {

std::string utc_now()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

void bind_text_or_null(SQLite::Statement& st, int index, const std::string& value)
{
    if (value.empty()) {
        st.bind(index);
    } else {
        st.bind(index, value);
    }
}

// Binds the arguments, runs the statement once and makes it ready for the next row.
template <typename... Args>
void exec_row(SQLite::Statement& st, const Args&... args)
{
    SQLite::bind(st, args...);
    st.exec();
    st.reset();
}

std::string join(const std::vector<std::string>& items, char sep)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += sep;
        }
        out += item;
    }
    return out;
}

// Writes one ImportResult; one object per import so the prepared statements are reused.
class Writer {
public:
    explicit Writer(SQLite::Database& db) : m_db(db) {}

    std::int64_t insert_source(const SourceInfo& s, const std::string& version)
    {
        SQLite::Statement st(m_db, "INSERT INTO sources (title, author, publisher, published, url, path, sha256, "
                                   "text, importer_version, imported_at, retrieved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        bind_text_or_null(st, 1, s.title);
        bind_text_or_null(st, 2, s.author);
        bind_text_or_null(st, 3, s.publisher);
        bind_text_or_null(st, 4, s.published);
        bind_text_or_null(st, 5, s.url);
        bind_text_or_null(st, 6, s.path);
        st.bind(7, s.sha256);
        st.bind(8, s.text);
        st.bind(9, version);
        st.bind(10, utc_now());
        bind_text_or_null(st, 11, s.retrieved_at);
        st.exec();
        return m_db.getLastInsertRowid();
    }

    void add_jurisdictions(const ImportResult& r)
    {
        SQLite::Statement jur(m_db, "INSERT OR IGNORE INTO jurisdictions (code, name, level, kind, country_code, "
                                    "parent_code) VALUES (?, ?, ?, ?, NULL, NULL)");
        for (const auto& j : r.jurisdictions) {
            exec_row(jur, j.code, j.name, j.level, j.kind);
        }
        // Parents once every organization is in, whatever the order.
        SQLite::Statement parent(m_db, "UPDATE jurisdictions SET parent_code = ?2 WHERE code = ?1 AND parent_code IS NULL "
                                       "AND EXISTS (SELECT 1 FROM jurisdictions WHERE code = ?2)");
        for (const auto& j : r.jurisdictions) {
            if (!j.parent_code.empty()) {
                exec_row(parent, j.code, j.parent_code);
            }
        }
        SQLite::Statement name(m_db, "INSERT OR IGNORE INTO jurisdiction_names (code, name, kind) "
                                     "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM jurisdictions WHERE code = ?1)");
        for (const auto& n : r.jurisdiction_names) {
            exec_row(name, n.code, n.name, n.kind);
        }
    }

    std::optional<std::int64_t> insert_subject(const std::optional<SubjectInfo>& subject)
    {
        if (!subject || subject->name.empty()) {
            return std::nullopt;
        }
        SQLite::Statement ins(m_db, "INSERT OR IGNORE INTO subjects (name, date_edtf) VALUES (?, ?)");
        ins.bind(1, subject->name);
        bind_text_or_null(ins, 2, subject->date_edtf);
        ins.exec();
        SQLite::Statement get(m_db, "SELECT id FROM subjects WHERE name = ?");
        get.bind(1, subject->name);
        get.executeStep();
        const std::int64_t id = get.getColumn(0).getInt64();
        SQLite::Statement alias(m_db, "INSERT OR IGNORE INTO subject_aliases (subject_id, alias) VALUES (?, ?)");
        for (const auto& a : subject->aliases) {
            exec_row(alias, id, a);
        }
        return id;
    }

    std::int64_t ensure_body(const BodyRef& body)
    {
        std::optional<std::int64_t> parent;
        if (!body.parent_name.empty() && body.parent_name != body.name) {
            BodyRef p;
            p.name = body.parent_name;
            p.kind = body.parent_kind.empty() ? "legislature" : body.parent_kind;
            p.branch = body.branch;
            p.jurisdiction_code = body.jurisdiction_code;
            parent = ensure_body(p);
        }
        if (!m_body_ins) {
            m_body_ins.emplace(m_db, "INSERT OR IGNORE INTO bodies (name, kind, branch, jurisdiction_code, parent_id) "
                                     "VALUES (?, ?, ?, ?, ?)");
            m_body_get.emplace(m_db, "SELECT id FROM bodies WHERE jurisdiction_code = ? AND name = ?");
            m_alias_ins.emplace(m_db, "INSERT OR IGNORE INTO body_aliases (body_id, alias) VALUES (?, ?)");
        }
        m_body_ins->bind(1, body.name);
        m_body_ins->bind(2, body.kind);
        m_body_ins->bind(3, body.branch);
        m_body_ins->bind(4, body.jurisdiction_code);
        if (parent) {
            m_body_ins->bind(5, *parent);
        } else {
            m_body_ins->bind(5);
        }
        m_body_ins->exec();
        m_body_ins->reset();
        m_body_get->bind(1, body.jurisdiction_code);
        m_body_get->bind(2, body.name);
        m_body_get->executeStep();
        const std::int64_t id = m_body_get->getColumn(0).getInt64();
        m_body_get->reset();
        for (const auto& a : body.aliases) {
            m_alias_ins->bind(1, id);
            m_alias_ins->bind(2, a);
            m_alias_ins->exec();
            m_alias_ins->reset();
        }
        return id;
    }

    // An act another source already gave: the same body or one of its chambers/parent, and
    // either the same identifier or compatible dates (both undated, or overlapping intervals,
    // equal when both are single days) and the same type. Each lookup uses an index on
    // (body, date_start) or (body, identifier), so storing stays linear in the number of acts.
    std::optional<std::int64_t> find_existing(std::int64_t body_id, const ExtractedAct& act)
    {
        if (!m_related) {
            m_related.emplace(m_db, "SELECT id FROM bodies WHERE id = ?1 OR parent_id = ?1 "
                                    "OR id = (SELECT parent_id FROM bodies WHERE id = ?1)");
            m_by_identifier.emplace(m_db, "SELECT id FROM acts WHERE body_id = ? AND identifier = ? ORDER BY id LIMIT 1");
            m_undated.emplace(m_db, "SELECT id FROM acts WHERE body_id = ? AND date_start IS NULL AND act_type = ? "
                                    "AND identifier IS NULL ORDER BY id LIMIT 1");
            // A day matches the same day, or a coarser date around it ("June 2014"); a coarser
            // date matches any date inside it. Intervals start at most ten years before they end
            // (the widest date the importer gives is a decade), which bounds the ranges scanned;
            // the partial index keeps the many single days out of the coarse scan.
            m_same_day.emplace(m_db, "SELECT id FROM acts WHERE body_id = ?1 AND date_start = ?2 AND date_end = ?2 "
                                     "AND act_type = ?3 AND (identifier IS NULL OR ?4 IS NULL) ORDER BY id LIMIT 1");
            m_coarse_around.emplace(m_db, R"SQL(
                SELECT id FROM acts
                WHERE body_id = ?1 AND precision <> 'day' AND date_start <= ?3 AND date_start >= date(?2, '-11 years')
                  AND ?2 <= date_end AND act_type = ?4 AND (identifier IS NULL OR ?5 IS NULL)
                ORDER BY id LIMIT 1)SQL");
            m_inside.emplace(m_db, R"SQL(
                SELECT id FROM acts
                WHERE body_id = ?1 AND date_start >= ?2 AND date_start <= ?3 AND date_end <= ?3
                  AND act_type = ?4 AND (identifier IS NULL OR ?5 IS NULL)
                ORDER BY id LIMIT 1)SQL");
        }
        std::vector<std::int64_t> bodies;
        m_related->bind(1, body_id);
        while (m_related->executeStep()) {
            bodies.push_back(m_related->getColumn(0).getInt64());
        }
        m_related->reset();
        std::optional<std::int64_t> found;
        auto take = [&](SQLite::Statement& st) {
            if (st.executeStep()) {
                const std::int64_t id = st.getColumn(0).getInt64();
                if (!found || id < *found) {
                    found = id;
                }
            }
            st.reset();
        };
        for (const std::int64_t b : bodies) {
            if (!act.identifier.empty()) {
                m_by_identifier->bind(1, b);
                m_by_identifier->bind(2, act.identifier);
                take(*m_by_identifier);
            }
            if (act.date.empty()) {
                if (act.identifier.empty()) {
                    m_undated->bind(1, b);
                    m_undated->bind(2, act.act_type);
                    take(*m_undated);
                }
                continue;
            }
            if (act.date.precision == Precision::day) {
                m_same_day->bind(1, b);
                m_same_day->bind(2, act.date.start);
                m_same_day->bind(3, act.act_type);
                bind_text_or_null(*m_same_day, 4, act.identifier);
                take(*m_same_day);
            } else {
                m_inside->bind(1, b);
                m_inside->bind(2, act.date.start);
                m_inside->bind(3, act.date.end);
                m_inside->bind(4, act.act_type);
                bind_text_or_null(*m_inside, 5, act.identifier);
                take(*m_inside);
            }
            m_coarse_around->bind(1, b);
            m_coarse_around->bind(2, act.date.start);
            m_coarse_around->bind(3, act.date.end);
            m_coarse_around->bind(4, act.act_type);
            bind_text_or_null(*m_coarse_around, 5, act.identifier);
            take(*m_coarse_around);
        }
        return found;
    }

    std::int64_t insert_act(std::int64_t body_id, std::optional<std::int64_t> subject_id, const ExtractedAct& act)
    {
        SQLite::Statement st(m_db, "INSERT INTO acts (body_id, subject_id, act_type, identifier, date_edtf, date_start, "
                                   "date_end, precision, wording, vote) VALUES (?,?,?,?,?,?,?,?,?,?)");
        st.bind(1, body_id);
        if (subject_id) {
            st.bind(2, *subject_id);
        } else {
            st.bind(2);
        }
        st.bind(3, act.act_type);
        bind_text_or_null(st, 4, act.identifier);
        bind_text_or_null(st, 5, act.date.edtf);
        bind_text_or_null(st, 6, act.date.start);
        bind_text_or_null(st, 7, act.date.end);
        st.bind(8, std::string(to_string(act.date.precision)));
        bind_text_or_null(st, 9, act.wording);
        bind_text_or_null(st, 10, act.vote);
        st.exec();
        return m_db.getLastInsertRowid();
    }

    void add_details(std::int64_t act_id, std::int64_t source_id, const ExtractedAct& act)
    {
        SQLite::Statement term(m_db, "INSERT OR IGNORE INTO act_terms (act_id, term, wording) VALUES (?, ?, ?)");
        for (const auto& t : act.terms) {
            exec_row(term, act_id, t.term, t.wording);
        }
        SQLite::Statement person(m_db, "INSERT OR IGNORE INTO persons (name) VALUES (?)");
        SQLite::Statement role(m_db, "INSERT OR IGNORE INTO act_persons (act_id, person_id, role) "
                                     "SELECT ?, id, ? FROM persons WHERE name = ?");
        for (const auto& p : act.persons) {
            exec_row(person, p.name);
            exec_row(role, act_id, p.role, p.name);
        }
        SQLite::Statement att(m_db, "INSERT INTO attestations (act_id, source_id, span_start, span_end, line, quote, rule, "
                                    "date_edtf, date_start, date_end, act_type, terms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        for (const auto& a : act.attestations) {
            att.bind(1, act_id);
            att.bind(2, source_id);
            att.bind(3, static_cast<std::int64_t>(a.span_start));
            att.bind(4, static_cast<std::int64_t>(a.span_end));
            att.bind(5, a.line);
            att.bind(6, a.quote);
            att.bind(7, a.rule);
            bind_text_or_null(att, 8, a.date.edtf);
            bind_text_or_null(att, 9, a.date.start);
            bind_text_or_null(att, 10, a.date.end);
            bind_text_or_null(att, 11, a.act_type);
            bind_text_or_null(att, 12, join(a.terms, ';'));
            att.exec();
            att.reset();
        }
    }

private:
    SQLite::Database& m_db;
    std::optional<SQLite::Statement> m_body_ins;
    std::optional<SQLite::Statement> m_body_get;
    std::optional<SQLite::Statement> m_alias_ins;
    std::optional<SQLite::Statement> m_related;
    std::optional<SQLite::Statement> m_by_identifier;
    std::optional<SQLite::Statement> m_undated;
    std::optional<SQLite::Statement> m_same_day;
    std::optional<SQLite::Statement> m_coarse_around;
    std::optional<SQLite::Statement> m_inside;
};

} // namespace

StoreSummary store_import(Database& db, const ImportResult& result)
{
    StoreSummary summary;
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        {
            SQLite::Statement seen(db.sql(), "SELECT id FROM sources WHERE sha256 = ?");
            seen.bind(1, result.source.sha256);
            if (seen.executeStep()) {
                summary.already_imported = true;
                summary.source_id = seen.getColumn(0).getInt64();
                return summary; // the transaction rolls back: nothing written
            }
        }
        Writer w(db.sql());
        w.add_jurisdictions(result);
        summary.source_id = w.insert_source(result.source, result.importer_version);
        const auto subject_id = w.insert_subject(result.subject);
        for (const auto& act : result.acts) {
            const std::int64_t body_id = w.ensure_body(act.body);
            std::int64_t act_id;
            if (auto existing = w.find_existing(body_id, act)) {
                act_id = *existing;
                ++summary.acts_merged;
            } else {
                act_id = w.insert_act(body_id, subject_id, act);
                ++summary.acts_added;
            }
            w.add_details(act_id, summary.source_id, act);
            summary.attestations += static_cast<int>(act.attestations.size());
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw DatabaseError("database " + db.path() + ": import not written: " + e.what());
    }
    return summary;
}

} // namespace acta
