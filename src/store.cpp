#include "store.hpp"

#include "error.hpp"
#include "same_act.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <SQLiteCpp/VariadicBind.h>
#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <optional>
#include <unordered_map>
#include <sstream>

namespace acta {

std::string utc_now()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

DateValue date_of(SQLite::Statement& st, int first)
{
    DateValue d;
    if (!st.getColumn(first).isNull()) {
        d.edtf = st.getColumn(first).getString();
        d.start = st.getColumn(first + 1).getString();
        d.end = st.getColumn(first + 2).getString();
    }
    d.precision = precision_from_string(st.getColumn(first + 3).getString());
    return d;
}

void bind_text_or_null(SQLite::Statement& st, int index, const std::string& value)
{
    if (value.empty()) {
        st.bind(index);
    } else {
        st.bind(index, value);
    }
}

namespace {

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
        st.bindNoCopy(8, s.text); // the whole text: not copied once more (it outlives `st`)
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

    // The body's id, inserted when new. The same body, named the same way, is asked for by
    // act after act: its id is kept for the import (the inserts would be ignored anyway, since
    // bodies are unique by jurisdiction and name and aliases by body and alias).
    std::int64_t ensure_body(const BodyRef& body)
    {
        std::string key = body_key(body);
        if (const auto it = m_body_ids.find(key); it != m_body_ids.end()) {
            return it->second;
        }
        const std::int64_t id = insert_body(body);
        m_body_ids.emplace(std::move(key), id);
        return id;
    }

    // The act another source (or an earlier mention) already gave: same_act() against the acts
    // of the bodies that can be the same body, found through the indexes on (body, identifier)
    // and (body, date_start), so storing stays linear in the number of acts. Dates the rule can
    // match start at most eleven years before the new act's end (the widest date the importer
    // gives is a decade). Merged acts are gone; retracted ones stay candidates, so a re-import
    // does not bring back what a researcher retracted. The lowest id wins; an act whose dates
    // agree wins over one that only shares the identifier.
    std::optional<std::int64_t> find_existing(const ExtractedAct& act)
    {
        if (!m_bodies_of) {
            m_bodies_of.emplace(m_db, "SELECT b.id, b.name, b.kind, coalesce(p.name, '') FROM bodies b "
                                      "LEFT JOIN bodies p ON p.id = b.parent_id WHERE b.jurisdiction_code = ?");
            // One indexed lookup per way of matching: by identifier, undated, starting inside the
            // new act's interval, or a coarser date (partial index: single days stay out of the
            // scan) that begins before and reaches into it.
            m_candidates.emplace(m_db, R"SQL(
                SELECT id, act_type, coalesce(identifier, ''), date_edtf, date_start, date_end, precision FROM acts
                WHERE body_id = ?1 AND ?2 <> '' AND identifier = ?2 AND status <> 'merged'
                UNION SELECT id, act_type, coalesce(identifier, ''), date_edtf, date_start, date_end, precision FROM acts
                WHERE body_id = ?1 AND ?3 IS NULL AND date_start IS NULL AND status <> 'merged'
                UNION SELECT id, act_type, coalesce(identifier, ''), date_edtf, date_start, date_end, precision FROM acts
                WHERE body_id = ?1 AND date_start >= ?3 AND date_start <= ?4 AND status <> 'merged'
                UNION SELECT id, act_type, coalesce(identifier, ''), date_edtf, date_start, date_end, precision FROM acts
                WHERE body_id = ?1 AND precision <> 'day' AND date_start >= date(?3, '-11 years') AND date_start < ?3
                  AND date_end >= ?3 AND status <> 'merged'
                ORDER BY 1)SQL");
        }
        std::vector<BodyRef> bodies;
        std::vector<std::int64_t> ids;
        for (const auto& [id, b] : bodies_of(act.body.jurisdiction_code)) {
            if (same_body(b, act.body)) {
                ids.push_back(id);
                bodies.push_back(b);
            }
        }
        std::optional<std::int64_t> agreeing;
        std::optional<std::int64_t> conflicting;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            m_candidates->bind(1, ids[i]);
            m_candidates->bind(2, act.identifier);
            bind_text_or_null(*m_candidates, 3, act.date.start);
            bind_text_or_null(*m_candidates, 4, act.date.end);
            while (m_candidates->executeStep()) {
                ExtractedAct known;
                known.body = bodies[i];
                known.act_type = m_candidates->getColumn(1).getString();
                known.identifier = m_candidates->getColumn(2).getString();
                known.date = date_of(*m_candidates, 3);
                const std::int64_t id = m_candidates->getColumn(0).getInt64();
                const SameAct same = same_act(known, act);
                auto& slot = same == SameAct::yes ? agreeing : conflicting;
                if (same != SameAct::no && (!slot || id < *slot)) {
                    slot = id;
                }
            }
            m_candidates->reset();
        }
        return agreeing ? agreeing : conflicting;
    }

    std::int64_t insert_act(std::int64_t body_id, std::optional<std::int64_t> subject_id, const ExtractedAct& act)
    {
        if (!m_act_ins) {
            m_act_ins.emplace(m_db, "INSERT INTO acts (body_id, subject_id, act_type, identifier, date_edtf, date_start, "
                                    "date_end, precision, wording, vote) VALUES (?,?,?,?,?,?,?,?,?,?)");
        }
        SQLite::Statement& st = *m_act_ins;
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
        st.reset();
        return m_db.getLastInsertRowid();
    }

    // Terms and persons join the act's own unless a researcher has curated it: then the act's
    // values stay as curated and what this source says is kept in its attestations only.
    void add_details(std::int64_t act_id, std::int64_t source_id, const ExtractedAct& act, std::string_view source_text)
    {
        if (!m_curated) {
            prepare_details();
        }
        m_curated->bind(1, act_id);
        const bool curated = !m_curated->executeStep() || m_curated->getColumn(0).getInt() != 0;
        m_curated->reset();
        if (!curated) {
            add_terms_and_persons(act_id, act);
        }
        add_attestations(act_id, source_id, act, source_text);
    }

private:
    // The bodies of a jurisdiction: id, name, kind and parent's name.
    const std::vector<std::pair<std::int64_t, BodyRef>>& bodies_of(const std::string& jurisdiction)
    {
        const auto it = m_bodies_of_jurisdiction.find(jurisdiction);
        if (it != m_bodies_of_jurisdiction.end()) {
            return it->second;
        }
        std::vector<std::pair<std::int64_t, BodyRef>> out;
        m_bodies_of->bind(1, jurisdiction);
        while (m_bodies_of->executeStep()) {
            BodyRef b;
            b.name = m_bodies_of->getColumn(1).getString();
            b.kind = m_bodies_of->getColumn(2).getString();
            b.parent_name = m_bodies_of->getColumn(3).getString();
            b.jurisdiction_code = jurisdiction;
            out.emplace_back(m_bodies_of->getColumn(0).getInt64(), std::move(b));
        }
        m_bodies_of->reset();
        return m_bodies_of_jurisdiction.emplace(jurisdiction, std::move(out)).first->second;
    }

    static std::string body_key(const BodyRef& body)
    {
        std::string key = body.name + '\x1f' + body.kind + '\x1f' + body.branch + '\x1f' + body.jurisdiction_code + '\x1f' +
                          body.parent_name + '\x1f' + body.parent_kind;
        for (const auto& a : body.aliases) {
            key += '\x1f';
            key += a;
        }
        return key;
    }

    std::int64_t insert_body(const BodyRef& body)
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
        if (m_body_ins->exec() > 0) {
            m_bodies_of_jurisdiction.erase(body.jurisdiction_code); // a new body: candidates change
        }
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

    // The statements add_details runs for every act, prepared once per import.
    void prepare_details()
    {
        m_curated.emplace(m_db, "SELECT curated FROM acts WHERE id = ?");
        m_term.emplace(m_db, "INSERT OR IGNORE INTO act_terms (act_id, term, wording) VALUES (?, ?, ?)");
        m_person.emplace(m_db, "INSERT OR IGNORE INTO persons (name) VALUES (?)");
        m_role.emplace(m_db, "INSERT OR IGNORE INTO act_persons (act_id, person_id, role) "
                             "SELECT ?, id, ? FROM persons WHERE name = ?");
        m_attestation.emplace(m_db, "INSERT INTO attestations (act_id, source_id, span_start, span_end, line, quote, "
                                    "rule, date_edtf, date_start, date_end, act_type, terms) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    }

    void add_terms_and_persons(std::int64_t act_id, const ExtractedAct& act)
    {
        for (const auto& t : act.terms) {
            exec_row(*m_term, act_id, t.term, t.wording);
        }
        for (const auto& p : act.persons) {
            exec_row(*m_person, p.name);
            exec_row(*m_role, act_id, p.role, p.name);
        }
    }

    // A quote kept as offsets (quote_text()) is squeezed here, one at a time, from the source's text.
    void add_attestations(std::int64_t act_id, std::int64_t source_id, const ExtractedAct& act, std::string_view source_text)
    {
        SQLite::Statement& att = *m_attestation;
        for (const auto& a : act.attestations) {
            att.bind(1, act_id);
            att.bind(2, source_id);
            att.bind(3, static_cast<std::int64_t>(a.span_start));
            att.bind(4, static_cast<std::int64_t>(a.span_end));
            att.bind(5, a.line);
            att.bind(6, quote_text(a, source_text));
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
    std::unordered_map<std::string, std::int64_t> m_body_ids; // body_key() -> id, this import's
    // A jurisdiction's bodies (id, name, kind, parent's name) as find_existing() reads them;
    // dropped when a body of the jurisdiction is inserted.
    std::unordered_map<std::string, std::vector<std::pair<std::int64_t, BodyRef>>> m_bodies_of_jurisdiction;
    std::optional<SQLite::Statement> m_body_ins;
    std::optional<SQLite::Statement> m_body_get;
    std::optional<SQLite::Statement> m_alias_ins;
    std::optional<SQLite::Statement> m_bodies_of;
    std::optional<SQLite::Statement> m_candidates;
    std::optional<SQLite::Statement> m_act_ins;
    std::optional<SQLite::Statement> m_curated;
    std::optional<SQLite::Statement> m_term;
    std::optional<SQLite::Statement> m_person;
    std::optional<SQLite::Statement> m_role;
    std::optional<SQLite::Statement> m_attestation;
};

// The full-text indexes of the acts and attestations one import adds, written in two statements
// at its end instead of by the schema's insert triggers (schema/0002_fts.sql), which the object
// turns off for its lifetime. Every statement that fires such a trigger opens a statement
// savepoint, and FTS5 writes its pending rows to disk as a new segment at every savepoint: one
// segment per act and per attestation, merged again and again, made storing slower than linear
// in the number of acts. The rows indexed are the ones the triggers would have indexed: the
// import only inserts acts and attestations (ids above those already there), never updates or
// deletes them.
class BulkSearchIndex {
public:
    explicit BulkSearchIndex(SQLite::Database& db)
        : m_db(db), m_last_act(max_id(db, "acts")), m_last_attestation(max_id(db, "attestations"))
    {
        set_triggers(false);
    }
    ~BulkSearchIndex() { set_triggers(true); }
    BulkSearchIndex(const BulkSearchIndex&) = delete;
    BulkSearchIndex& operator=(const BulkSearchIndex&) = delete;

    void index_new_rows() const
    {
        SQLite::Statement acts(m_db, "INSERT INTO acts_fts (rowid, wording) SELECT id, wording FROM acts WHERE id > ? "
                                     "ORDER BY id");
        exec_row(acts, m_last_act);
        SQLite::Statement quotes(m_db, "INSERT INTO attestations_fts (rowid, quote) SELECT id, quote FROM attestations "
                                       "WHERE id > ? ORDER BY id");
        exec_row(quotes, m_last_attestation);
    }

private:
    static std::int64_t max_id(SQLite::Database& db, const std::string& table)
    {
        return db.execAndGet("SELECT coalesce(max(id), 0) FROM " + table).getInt64();
    }

    void set_triggers(bool on) const noexcept
    {
        sqlite3_db_config(m_db.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, nullptr);
    }

    SQLite::Database& m_db;
    std::int64_t m_last_act;
    std::int64_t m_last_attestation;
};

} // namespace

std::int64_t ensure_body(Database& db, const BodyRef& body)
{
    return Writer(db.sql()).ensure_body(body);
}

std::optional<std::int64_t> ensure_subject(Database& db, const std::string& name)
{
    if (name.empty()) {
        return std::nullopt;
    }
    return Writer(db.sql()).insert_subject(SubjectInfo{name, "", {}});
}

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
        const BulkSearchIndex fts(db.sql());
        Writer w(db.sql());
        w.add_jurisdictions(result);
        summary.source_id = w.insert_source(result.source, result.importer_version);
        const auto subject_id = w.insert_subject(result.subject);
        for (const auto& act : result.acts) {
            const std::int64_t body_id = w.ensure_body(act.body);
            std::int64_t act_id;
            if (auto existing = w.find_existing(act)) {
                act_id = *existing;
                ++summary.acts_merged;
            } else {
                act_id = w.insert_act(body_id, subject_id, act);
                ++summary.acts_added;
            }
            w.add_details(act_id, summary.source_id, act, result.source.text);
            summary.attestations += static_cast<int>(act.attestations.size());
        }
        fts.index_new_rows();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw DatabaseError("database " + db.path() + ": import not written: " + e.what());
    }
    return summary;
}

} // namespace acta
