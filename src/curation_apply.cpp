// Writing a checked curated file: checked and written in one transaction, every change recorded.
#include "curation.hpp"

#include "change_log.hpp"
#include "error.hpp"
#include "sha256.hpp"
#include "store.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <SQLiteCpp/VariadicBind.h>

#include <cstdlib>

namespace acta {

namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items) {
        out += (out.empty() ? "" : ";") + i;
    }
    return out;
}

std::string without_bom(const std::string& bytes)
{
    return bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? bytes.substr(3) : bytes;
}

std::int64_t curated_source(Database& db, const CurationPlan& plan, const CurationOptions& options)
{
    const std::string sha = sha256_hex(plan.text);
    if (const auto seen = curated_file_imported(db, plan.text)) {
        return *seen; // the same file again (a caller that did not ask curated_file_imported first)
    }
    SQLite::Statement st(db.sql(), "INSERT INTO sources (title, path, sha256, text, importer_version, imported_at, kind) "
                                   "VALUES (?, ?, ?, ?, ?, ?, 'curated')");
    bind_text_or_null(st, 1, options.note);
    st.bind(2, options.file);
    st.bind(3, sha);
    st.bind(4, plan.text);
    st.bind(5, std::string("acta ") + ACTA_VERSION + " curated");
    st.bind(6, utc_now());
    st.exec();
    return db.sql().getLastInsertRowid();
}

// Writes the act's curated values: the row itself, its terms and its persons.
std::int64_t write_act(Database& db, const ActEdit& e)
{
    const std::int64_t body_id = e.body_id ? *e.body_id : ensure_body(db, e.body);
    const auto subject_id = ensure_subject(db, e.subject);
    SQLite::Statement st(db.sql(), e.act_id ? "UPDATE acts SET body_id = ?1, subject_id = ?2, act_type = ?3, identifier = ?4, "
                                              "date_edtf = ?5, date_start = ?6, date_end = ?7, precision = ?8, wording = ?9, "
                                              "status = 'current', curated = 1 WHERE id = ?10"
                                            : "INSERT INTO acts (body_id, subject_id, act_type, identifier, date_edtf, "
                                              "date_start, date_end, precision, wording, curated) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1)");
    st.bind(1, body_id);
    if (subject_id) {
        st.bind(2, *subject_id);
    } else {
        st.bind(2);
    }
    st.bind(3, e.act_type);
    bind_text_or_null(st, 4, e.identifier);
    bind_text_or_null(st, 5, e.date.edtf);
    bind_text_or_null(st, 6, e.date.start);
    bind_text_or_null(st, 7, e.date.end);
    st.bind(8, std::string(to_string(e.date.precision)));
    bind_text_or_null(st, 9, e.wording);
    if (e.act_id) {
        st.bind(10, *e.act_id);
    }
    st.exec();
    const std::int64_t id = e.act_id ? *e.act_id : db.sql().getLastInsertRowid();
    SQLite::Statement drop_terms(db.sql(), "DELETE FROM act_terms WHERE act_id = ?1 AND NOT instr(';' || ?2 || ';', ';' || term || ';')");
    SQLite::bind(drop_terms, id, joined(e.terms));
    drop_terms.exec();
    SQLite::Statement add_term(db.sql(), "INSERT OR IGNORE INTO act_terms (act_id, term, wording) SELECT ?1, code, label FROM terms WHERE code = ?2");
    for (const auto& t : e.terms) {
        SQLite::bind(add_term, id, t);
        add_term.exec();
        add_term.reset();
    }
    SQLite::Statement drop_persons(db.sql(), "DELETE FROM act_persons WHERE act_id = ?1 AND person_id NOT IN "
                                             "(SELECT id FROM persons WHERE instr(';' || ?2 || ';', ';' || name || ';'))");
    SQLite::bind(drop_persons, id, joined(e.persons));
    drop_persons.exec();
    SQLite::Statement person(db.sql(), "INSERT OR IGNORE INTO persons (name) VALUES (?)");
    // A file gives names only: a person it adds is recorded as a member (of the acting body).
    SQLite::Statement role(db.sql(), "INSERT INTO act_persons (act_id, person_id, role) SELECT ?1, id, 'member' FROM persons p "
                                     "WHERE name = ?2 AND NOT EXISTS (SELECT 1 FROM act_persons x WHERE x.act_id = ?1 "
                                     "AND x.person_id = p.id)");
    for (const auto& p : e.persons) {
        SQLite::bind(person, p);
        person.exec();
        person.reset();
        SQLite::bind(role, id, p);
        role.exec();
        role.reset();
    }
    return id;
}

// The curated reading, kept as an attestation of the file: the row's bytes are its span.
std::int64_t write_attestation(Database& db, std::int64_t act_id, std::int64_t source_id, const CurationPlan& plan,
                               const ActEdit& e)
{
    SQLite::Statement st(db.sql(), "INSERT INTO attestations (act_id, source_id, span_start, span_end, line, quote, rule, "
                                   "date_edtf, date_start, date_end, act_type, terms) VALUES (?,?,?,?,?,?,'curated',?,?,?,?,?)");
    st.bind(1, act_id);
    st.bind(2, source_id);
    st.bind(3, static_cast<std::int64_t>(e.begin));
    st.bind(4, static_cast<std::int64_t>(e.end));
    st.bind(5, e.line);
    st.bind(6, plan.text.substr(e.begin, e.end - e.begin));
    bind_text_or_null(st, 7, e.date.edtf);
    bind_text_or_null(st, 8, e.date.start);
    bind_text_or_null(st, 9, e.date.end);
    st.bind(10, e.act_type);
    bind_text_or_null(st, 11, joined(e.terms));
    st.exec();
    return db.sql().getLastInsertRowid();
}

} // namespace

std::optional<std::int64_t> curated_file_imported(Database& db, const std::string& bytes)
{
    SQLite::Statement seen(db.sql(), "SELECT id FROM sources WHERE sha256 = ?");
    seen.bind(1, sha256_hex(without_bom(bytes)));
    return seen.executeStep() ? std::optional(seen.getColumn(0).getInt64()) : std::nullopt;
}

std::string curator_name(const std::string& given)
{
    if (!given.empty()) {
        return given;
    }
    const char* user = std::getenv("USER");
    return user && *user ? user : "unknown";
}

CurationSummary apply_curation(Database& db, const CurationPlan& plan, const CurationOptions& options)
{
    CurationSummary summary;
    summary.unchanged = plan.unchanged;
    if (plan.changes_nothing()) {
        return summary;
    }
    const std::int64_t source_id = curated_source(db, plan, options);
    ChangeLog log(db.sql(), "import", curator_name(options.curator), source_id, options.note);
    for (const auto& e : plan.edits) {
        const std::int64_t id = write_act(db, e);
        const std::int64_t att = write_attestation(db, id, source_id, plan, e);
        if (!e.act_id) {
            log.record({id, "add", "", "", "", std::nullopt, att, e.line, ""});
            ++summary.added;
        } else if (e.restore) {
            log.record({id, "restore", "", "", "", std::nullopt, att, e.line, ""});
            ++summary.restored;
        } else {
            ++summary.updated;
        }
        for (const auto& c : e.changes) {
            log.record({id, "set", c.field, c.old_value, c.new_value, std::nullopt, att, e.line, ""});
        }
    }
    SQLite::Statement retract(db.sql(), "UPDATE acts SET status = 'retracted' WHERE id = ?");
    for (const std::int64_t id : plan.retract) {
        SQLite::bind(retract, id);
        retract.exec();
        retract.reset();
        log.record({id, "retract", "", "", "", std::nullopt, std::nullopt, 0,
                    "absent from " + options.file + " (--delete-missing)"});
        ++summary.retracted;
    }
    summary.curation_id = log.id();
    return summary;
}

CuratedImport import_curated_file(Database& db, const std::string& bytes, const CurationOptions& options,
                                  const BodyCatalog& catalog)
{
    CuratedImport result;
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        result.already = curated_file_imported(db, bytes);
        if (result.already) {
            return result; // rows without an act_id would otherwise add their acts a second time
        }
        result.plan = plan_curation(db, bytes, options, catalog);
        if (!result.plan.problems.empty()) {
            return result;
        }
        result.summary = apply_curation(db, result.plan, options);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw DatabaseError("database " + db.path() + ": curated file " + options.file + " not written: " + e.what());
    }
    return result;
}

} // namespace acta
