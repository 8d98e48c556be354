// The researcher's own edits of acts: retract, merge, split. Each is one recorded transaction.
#include "curation.hpp"

#include "change_log.hpp"
#include "edtf.hpp"
#include "error.hpp"
#include "store.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <SQLiteCpp/VariadicBind.h>

namespace acta {

namespace {

// The act's status; throws DataError when there is no such act.
std::string status_of(Database& db, std::int64_t act_id)
{
    SQLite::Statement st(db.sql(), "SELECT status FROM acts WHERE id = ?");
    st.bind(1, act_id);
    if (!st.executeStep()) {
        throw DataError("there is no act " + std::to_string(act_id) + " (see 'acta timeline')");
    }
    return st.getColumn(0).getString();
}

void require_current(Database& db, std::int64_t act_id)
{
    const std::string status = status_of(db, act_id);
    if (status != "current") {
        throw DataError("act " + std::to_string(act_id) + " is " + status + " ('acta history " +
                        std::to_string(act_id) + "' says why)");
    }
}

std::string text_of(SQLite::Database& db, const std::string& sql, std::int64_t id)
{
    SQLite::Statement st(db, sql);
    st.bind(1, id);
    return st.executeStep() && !st.getColumn(0).isNull() ? st.getColumn(0).getString() : std::string();
}

// Runs `body` in one transaction, mapping a refused write to DatabaseError.
template <typename F>
auto in_transaction(Database& db, const std::string& what, F body)
{
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        auto result = body();
        tx.commit();
        return result;
    } catch (const SQLite::Exception& e) {
        throw DatabaseError("database " + db.path() + ": " + what + " not written: " + e.what());
    }
}

constexpr const char* terms_sql = "SELECT group_concat(term, ';') FROM (SELECT term FROM act_terms WHERE act_id = ? ORDER BY term)";

} // namespace

void retract_act(Database& db, std::int64_t act_id, const std::string& reason, const std::string& curator)
{
    require_current(db, act_id);
    in_transaction(db, "retraction", [&] {
        ChangeLog log(db.sql(), "retract", curator_name(curator), std::nullopt, reason);
        SQLite::Statement st(db.sql(), "UPDATE acts SET status = 'retracted' WHERE id = ?");
        st.bind(1, act_id);
        st.exec();
        log.record({act_id, "retract", "", "current", "retracted", std::nullopt, std::nullopt, 0, reason});
        return 0;
    });
}

void merge_acts(Database& db, std::int64_t keep, std::int64_t other, const std::string& curator)
{
    if (keep == other) {
        throw DataError("act " + std::to_string(keep) + " cannot be merged with itself");
    }
    require_current(db, keep);
    require_current(db, other);
    in_transaction(db, "merge", [&] {
        auto& sql = db.sql();
        ChangeLog log(sql, "merge", curator_name(curator), std::nullopt, "");
        const std::string terms_before = text_of(sql, terms_sql, keep);
        SQLite::Statement moved(sql, "SELECT id FROM attestations WHERE act_id = ? ORDER BY id");
        moved.bind(1, other);
        while (moved.executeStep()) {
            log.record({keep, "merge", "", "", "", other, moved.getColumn(0).getInt64(), 0, ""});
        }
        SQLite::Statement move(sql, "UPDATE attestations SET act_id = ?1 WHERE act_id = ?2");
        SQLite::bind(move, keep, other);
        move.exec();
        SQLite::Statement terms(sql, "INSERT OR IGNORE INTO act_terms (act_id, term, wording) "
                                     "SELECT ?1, term, wording FROM act_terms WHERE act_id = ?2");
        SQLite::bind(terms, keep, other);
        terms.exec();
        SQLite::Statement persons(sql, "INSERT OR IGNORE INTO act_persons (act_id, person_id, role) "
                                       "SELECT ?1, person_id, role FROM act_persons WHERE act_id = ?2");
        SQLite::bind(persons, keep, other);
        persons.exec();
        SQLite::Statement fill(sql, "UPDATE acts SET identifier = coalesce(identifier, (SELECT identifier FROM acts WHERE id = ?2)), "
                                    "wording = coalesce(wording, (SELECT wording FROM acts WHERE id = ?2)), "
                                    "subject_id = coalesce(subject_id, (SELECT subject_id FROM acts WHERE id = ?2)), "
                                    "vote = coalesce(vote, (SELECT vote FROM acts WHERE id = ?2)) WHERE id = ?1");
        SQLite::bind(fill, keep, other);
        fill.exec();
        SQLite::Statement gone(sql, "UPDATE acts SET status = 'merged' WHERE id = ?");
        SQLite::bind(gone, other);
        gone.exec();
        log.record({other, "merge", "", "current", "merged into act " + std::to_string(keep), keep, std::nullopt, 0, ""});
        if (const std::string after = text_of(sql, terms_sql, keep); after != terms_before) {
            log.record({keep, "set", "terms", terms_before, after, other, std::nullopt, 0, ""});
        }
        return 0;
    });
}

namespace {

// A new act of `act_id`'s body, read from attestation `attestation_id` alone.
std::int64_t act_from_attestation(SQLite::Database& sql, std::int64_t act_id, std::int64_t attestation_id)
{
    SQLite::Statement at(sql, "SELECT coalesce(x.act_type, a.act_type), x.date_edtf, coalesce(x.terms, '') "
                              "FROM attestations x JOIN acts a ON a.id = x.act_id WHERE x.id = ?");
    at.bind(1, attestation_id);
    at.executeStep();
    const std::string type = at.getColumn(0).getString();
    const DateValue date = parse_edtf(at.getColumn(1).isNull() ? "" : at.getColumn(1).getString()).value;
    const std::string terms = at.getColumn(2).getString();
    SQLite::Statement ins(sql, "INSERT INTO acts (body_id, subject_id, act_type, date_edtf, date_start, date_end, precision) "
                               "SELECT body_id, subject_id, ?2, ?3, ?4, ?5, ?6 FROM acts WHERE id = ?1");
    ins.bind(1, act_id);
    ins.bind(2, type);
    bind_text_or_null(ins, 3, date.edtf);
    bind_text_or_null(ins, 4, date.start);
    bind_text_or_null(ins, 5, date.end);
    ins.bind(6, std::string(to_string(date.precision)));
    ins.exec();
    const std::int64_t id = sql.getLastInsertRowid();
    SQLite::Statement term(sql, "INSERT OR IGNORE INTO act_terms (act_id, term, wording) SELECT ?1, code, label FROM terms "
                                "WHERE instr(';' || ?2 || ';', ';' || code || ';')");
    SQLite::bind(term, id, terms);
    term.exec();
    return id;
}

} // namespace

std::int64_t split_act(Database& db, std::int64_t act_id, std::int64_t attestation_id, const std::string& curator)
{
    require_current(db, act_id);
    auto& sql = db.sql();
    SQLite::Statement owner(sql, "SELECT act_id, (SELECT count(*) FROM attestations y WHERE y.act_id = x.act_id) "
                                 "FROM attestations x WHERE id = ?");
    owner.bind(1, attestation_id);
    if (!owner.executeStep() || owner.getColumn(0).getInt64() != act_id) {
        throw DataError("act " + std::to_string(act_id) + " has no attestation " + std::to_string(attestation_id) +
                        " (its attestations are listed by 'acta show " + std::to_string(act_id) + "')");
    }
    if (owner.getColumn(1).getInt() < 2) {
        throw DataError("attestation " + std::to_string(attestation_id) + " is act " + std::to_string(act_id) +
                        "'s only one: there is nothing to split it from");
    }
    // The act it was merged from, if a merge brought it here.
    SQLite::Statement from(sql, "SELECT other_act_id FROM changes WHERE action = 'merge' AND act_id = ? "
                                "AND attestation_id = ? ORDER BY id DESC LIMIT 1");
    SQLite::bind(from, act_id, attestation_id);
    const std::optional<std::int64_t> origin =
        from.executeStep() ? std::optional(from.getColumn(0).getInt64()) : std::nullopt;
    return in_transaction(db, "split", [&] {
        ChangeLog log(sql, "split", curator_name(curator), std::nullopt, "");
        const std::int64_t target = origin ? *origin : act_from_attestation(sql, act_id, attestation_id);
        SQLite::Statement move(sql, "UPDATE attestations SET act_id = ?1 WHERE id = ?2");
        SQLite::bind(move, target, attestation_id);
        move.exec();
        SQLite::Statement back(sql, "UPDATE acts SET status = 'current' WHERE id = ? AND status = 'merged'");
        SQLite::bind(back, target);
        back.exec();
        log.record({act_id, "split", "", "", "", target, attestation_id, 0, ""});
        log.record({target, "split", "", "", origin ? "restored" : "new", act_id, attestation_id, 0, ""});
        return target;
    });
}

} // namespace acta
