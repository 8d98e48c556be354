// Checking a curated file against the database and working out what each row changes.
#include "curation.hpp"

#include "edtf.hpp"
#include "error.hpp"
#include "query.hpp"
#include "store.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace acta {

namespace {

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string column_text(SQLite::Statement& st, int i)
{
    return st.getColumn(i).isNull() ? std::string() : st.getColumn(i).getString();
}

// "b;a; c" -> {"a", "b", "c"}
std::vector<std::string> split_list(const std::string& text)
{
    std::set<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        if (auto item = trimmed(text.substr(start, end - start)); !item.empty()) {
            items.insert(std::move(item));
        }
        start = end + 1;
    }
    return {items.begin(), items.end()};
}

std::string join_list(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items) {
        out += (out.empty() ? "" : ";") + i;
    }
    return out;
}

// An act as the database has it now, in the export's terms.
struct Current {
    bool exists = false;
    std::string status = "current";
    BodyRef body;
    std::int64_t body_id = 0;
    std::string act_type, identifier, wording, subject, terms, persons;
    DateValue date;
};

class Planner {
public:
    Planner(Database& db, const BodyCatalog& catalog) : m_db(db), m_catalog(catalog) {}

    void plan_record(const CuratedRecord& r, CurationPlan& plan);
    void plan_missing(CurationPlan& plan);
    std::vector<FileProblem>& problems() { return m_problems; }

private:
    const Cell* cell(const CuratedRecord& r, const char* name)
    {
        const auto it = r.cells.find(name);
        return it == r.cells.end() ? nullptr : &it->second;
    }
    void problem(const Cell& c, std::string message) { m_problems.push_back({c.line, c.column, std::move(message)}); }

    Current load(std::int64_t id);
    bool check_id(const CuratedRecord& r, Current& current, ActEdit& e);
    void check_date(const CuratedRecord& r, const Current& current, ActEdit& e);
    void check_body(const CuratedRecord& r, const Current& current, ActEdit& e);
    void check_type(const CuratedRecord& r, const Current& current, ActEdit& e);
    void check_terms(const CuratedRecord& r, const Current& current, ActEdit& e);
    void text_field(const CuratedRecord& r, const char* name, const std::string& now, std::string& into, ActEdit& e);
    std::optional<std::string> jurisdiction_code(const Cell& c);

    Database& m_db;
    const BodyCatalog& m_catalog;
    std::vector<FileProblem> m_problems;
    std::map<std::int64_t, int> m_ids; // act ids named so far, and their line
};

Current Planner::load(std::int64_t id)
{
    SQLite::Statement st(m_db.sql(),
                         "SELECT r.date, r.date_start, r.date_end, r.precision, r.jurisdiction_code, r.body, r.act_type, "
                         "r.identifier, r.terms, r.persons, r.subject, r.wording, r.status, a.body_id, b.kind, p.name "
                         "FROM act_rows r JOIN acts a ON a.id = r.act_id JOIN bodies b ON b.id = a.body_id "
                         "LEFT JOIN bodies p ON p.id = b.parent_id WHERE r.act_id = ?");
    st.bind(1, id);
    Current c;
    if (!st.executeStep()) {
        return c;
    }
    c.exists = true;
    c.date = date_of(st, 0);
    c.body.jurisdiction_code = column_text(st, 4);
    c.body.name = column_text(st, 5);
    c.act_type = column_text(st, 6);
    c.identifier = column_text(st, 7);
    c.terms = column_text(st, 8);
    c.persons = column_text(st, 9);
    c.subject = column_text(st, 10);
    c.wording = column_text(st, 11);
    c.status = column_text(st, 12);
    c.body_id = st.getColumn(13).getInt64();
    c.body.kind = column_text(st, 14);
    c.body.parent_name = column_text(st, 15);
    return c;
}

bool Planner::check_id(const CuratedRecord& r, Current& current, ActEdit& e)
{
    const Cell* id = cell(r, "act_id");
    if (!id || trimmed(id->value).empty()) {
        return true; // a new act
    }
    const std::string text = trimmed(id->value);
    if (!std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }) || text.size() > 18) {
        problem(*id, "act_id '" + text + "' is not a number: give an act's id, or leave it empty to add an act");
        return false;
    }
    const std::int64_t value = std::stoll(text);
    if (const auto [it, fresh] = m_ids.emplace(value, id->line); !fresh) {
        problem(*id, "act_id " + text + " appears twice (also on line " + std::to_string(it->second) + ")");
        return false;
    }
    current = load(value);
    if (!current.exists) {
        problem(*id, "there is no act " + text + " in the database: leave act_id empty to add an act");
        return false;
    }
    if (current.status == "merged") {
        problem(*id, "act " + text + " was merged into another act ('acta history " + text +
                         "'): edit that act, or 'acta split' it out first");
        return false;
    }
    e.act_id = value;
    e.restore = current.status == "retracted";
    return true;
}

void Planner::check_date(const CuratedRecord& r, const Current& current, ActEdit& e)
{
    e.date = current.date;
    const Cell* start = cell(r, "date_start");
    const Cell* end = cell(r, "date_end");
    if (start && end && !start->value.empty() && !end->value.empty() && end->value < start->value) {
        problem(*end, "date_end " + end->value + " is before date_start " + start->value);
    }
    const Cell* date = cell(r, "date");
    if (!date || trimmed(date->value) == current.date.edtf) {
        return; // unchanged: date_start, date_end and precision stay as they are
    }
    const EdtfResult parsed = parse_edtf(trimmed(date->value));
    if (!parsed.error.empty()) {
        problem(*date, "date '" + date->value + "': " + parsed.error);
        return;
    }
    e.date = parsed.value;
    e.changes.push_back({"date", current.date.edtf, e.date.edtf});
}

std::optional<std::string> Planner::jurisdiction_code(const Cell& c)
{
    const std::string text = trimmed(c.value);
    SQLite::Statement st(m_db.sql(), "SELECT code FROM jurisdictions WHERE code = ?");
    st.bind(1, text);
    if (!text.empty() && st.executeStep()) {
        return text;
    }
    std::string hint;
    try {
        hint = "; did you mean " + resolve_jurisdiction(m_db, text).code + "?";
    } catch (const DataError&) {
        std::vector<std::string> codes;
        SQLite::Statement all(m_db.sql(), "SELECT DISTINCT jurisdiction_code FROM bodies ORDER BY 1");
        while (all.executeStep()) {
            codes.push_back(all.getColumn(0).getString());
        }
        hint = suggestions(text, codes);
    }
    problem(c, "unknown jurisdiction code '" + text + "'" + hint);
    return std::nullopt;
}

void Planner::check_body(const CuratedRecord& r, const Current& current, ActEdit& e)
{
    e.body = current.body;
    e.body_id = current.exists ? std::optional(current.body_id) : std::nullopt;
    const Cell* jur = cell(r, "jurisdiction_code");
    const Cell* name = cell(r, "body");
    const std::string jur_text = jur ? trimmed(jur->value) : current.body.jurisdiction_code;
    const std::string body_text = name ? trimmed(name->value) : current.body.name;
    if (current.exists && jur_text == current.body.jurisdiction_code && body_text == current.body.name) {
        return;
    }
    const Cell& where = name ? *name : jur ? *jur : r.cells.begin()->second;
    if (jur_text.empty() || body_text.empty()) {
        problem(where, current.exists ? "an act needs a jurisdiction_code and a body: these cells are empty"
                                      : "a new act needs a jurisdiction_code and a body");
        return;
    }
    const auto code = jurisdiction_code(jur ? *jur : where);
    if (!code) {
        return;
    }
    SQLite::Statement st(m_db.sql(), "SELECT b.id, b.name, b.kind, coalesce(p.name, '') FROM bodies b "
                                     "LEFT JOIN bodies p ON p.id = b.parent_id WHERE b.jurisdiction_code = ?1 AND "
                                     "(b.name = ?2 COLLATE NOCASE OR EXISTS (SELECT 1 FROM body_aliases a "
                                     "WHERE a.body_id = b.id AND a.alias = ?2 COLLATE NOCASE)) ORDER BY b.id");
    st.bind(1, *code);
    st.bind(2, body_text);
    if (st.executeStep()) {
        e.body_id = st.getColumn(0).getInt64();
        e.body = {st.getColumn(1).getString(), st.getColumn(2).getString(), "legislative", *code,
                  st.getColumn(3).getString(), "", {}};
    } else if (auto known = m_catalog.find ? m_catalog.find(*code, body_text) : std::nullopt) {
        e.body_id.reset();
        e.body = *known;
    } else {
        std::vector<std::string> names = m_catalog.names ? m_catalog.names(*code) : std::vector<std::string>{};
        SQLite::Statement all(m_db.sql(), "SELECT name FROM bodies WHERE jurisdiction_code = ? ORDER BY name");
        all.bind(1, *code);
        while (all.executeStep()) {
            names.push_back(all.getColumn(0).getString());
        }
        problem(where, "unknown body '" + body_text + "' in " + *code + suggestions(body_text, names));
        return;
    }
    if (!current.exists || e.body.name != current.body.name || *code != current.body.jurisdiction_code) {
        e.changes.push_back({"body", current.exists ? current.body.jurisdiction_code + ": " + current.body.name : "",
                             *code + ": " + e.body.name});
    }
}

void Planner::check_type(const CuratedRecord& r, const Current& current, ActEdit& e)
{
    e.act_type = current.act_type;
    const Cell* type = cell(r, "act_type");
    if (!type || trimmed(type->value) == current.act_type || trimmed(type->value).empty()) {
        if (type ? trimmed(type->value).empty() : !current.exists) {
            problem(type ? *type : r.cells.begin()->second, "an act needs an act_type ('act' when unspecified)");
        }
        return;
    }
    try {
        e.act_type = resolve_act_type(m_db, trimmed(type->value));
    } catch (const DataError& err) {
        problem(*type, err.what());
        return;
    }
    if (e.act_type != current.act_type) {
        e.changes.push_back({"act_type", current.act_type, e.act_type});
    }
}

void Planner::check_terms(const CuratedRecord& r, const Current& current, ActEdit& e)
{
    e.terms = split_list(current.terms);
    const Cell* terms = cell(r, "terms");
    if (!terms || join_list(split_list(terms->value)) == current.terms) {
        return;
    }
    std::set<std::string> codes;
    bool ok = true;
    for (const auto& t : split_list(terms->value)) {
        try {
            codes.insert(resolve_term(m_db, t));
        } catch (const DataError& err) {
            problem(*terms, err.what());
            ok = false;
        }
    }
    if (ok && join_list({codes.begin(), codes.end()}) != current.terms) {
        e.terms.assign(codes.begin(), codes.end());
        e.changes.push_back({"terms", current.terms, join_list(e.terms)});
    }
}

void Planner::text_field(const CuratedRecord& r, const char* name, const std::string& now, std::string& into, ActEdit& e)
{
    into = now;
    const Cell* c = cell(r, name);
    if (c && c->value != now) {
        into = c->value;
        e.changes.push_back({name, now, into});
    }
}

void Planner::plan_record(const CuratedRecord& r, CurationPlan& plan)
{
    ActEdit e;
    e.line = r.line;
    e.begin = r.begin;
    e.end = r.end;
    Current current;
    if (!check_id(r, current, e)) {
        return;
    }
    check_date(r, current, e);
    check_body(r, current, e);
    check_type(r, current, e);
    check_terms(r, current, e);
    text_field(r, "identifier", current.identifier, e.identifier, e);
    text_field(r, "wording", current.wording, e.wording, e);
    text_field(r, "subject", current.subject, e.subject, e);
    e.persons = split_list(current.persons);
    if (const Cell* persons = cell(r, "persons"); persons && join_list(split_list(persons->value)) != current.persons) {
        e.persons = split_list(persons->value);
        e.changes.push_back({"persons", current.persons, join_list(e.persons)});
    }
    if (e.changes.empty() && !e.restore) {
        ++plan.unchanged;
        return;
    }
    plan.edits.push_back(std::move(e));
}

void Planner::plan_missing(CurationPlan& plan)
{
    // What an unfiltered `acta export` writes: current acts of legislative bodies.
    SQLite::Statement st(m_db.sql(), "SELECT act_id FROM timeline WHERE branch = 'legislative' ORDER BY act_id");
    while (st.executeStep()) {
        const std::int64_t id = st.getColumn(0).getInt64();
        if (!m_ids.count(id)) {
            plan.retract.push_back(id);
        }
    }
}

} // namespace

CurationPlan plan_curation(Database& db, const std::string& bytes, const CurationOptions& options,
                           const BodyCatalog& catalog)
{
    CurationPlan plan;
    std::vector<FileProblem> read_problems;
    const CuratedFile file = read_curated_file(bytes, read_problems);
    plan.text = file.text;
    Planner planner(db, catalog);
    for (const auto& r : file.records) {
        planner.plan_record(r, plan);
    }
    auto& problems = planner.problems();
    problems.insert(problems.end(), read_problems.begin(), read_problems.end());
    std::stable_sort(problems.begin(), problems.end(), [](const FileProblem& a, const FileProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    for (const auto& p : problems) {
        plan.problems.push_back(describe(options.file, p));
    }
    if (!plan.problems.empty()) {
        plan.edits.clear();
        return plan;
    }
    if (options.delete_missing) {
        planner.plan_missing(plan);
    }
    return plan;
}

} // namespace acta
