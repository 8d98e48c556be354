#include "query.hpp"

#include "edtf.hpp"
#include "error.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <algorithm>
#include <initializer_list>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

namespace acta {

namespace {

std::string lower_ascii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) {
        return "";
    }
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

// A LIKE pattern matching `text` anywhere, with LIKE's own characters escaped by '\'.
std::string contains_pattern(std::string_view text)
{
    std::string p = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            p += '\\';
        }
        p += c;
    }
    p += '%';
    return p;
}

void bind_all(SQLite::Statement& st, const std::vector<std::string>& params, int first = 1)
{
    for (std::size_t i = 0; i < params.size(); ++i) {
        st.bind(first + static_cast<int>(i), params[i]);
    }
}

} // namespace

std::string suggestions(std::string_view text, const std::vector<std::string>& candidates)
{
    const std::string wanted = lower_ascii(text);
    const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    std::set<std::string> seen;
    for (const auto& c : candidates) {
        if (!seen.insert(c).second) {
            continue;
        }
        const std::size_t d = edit_distance(wanted, c);
        if (d <= limit) {
            scored.emplace_back(d, c);
        }
    }
    std::sort(scored.begin(), scored.end());
    std::string out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
        out += (i == 0 ? "; did you mean " : ", ") + scored[i].second;
    }
    return out.empty() ? out : out + "?";
}

namespace {

std::vector<std::string> column_strings(Database& db, const std::string& sql)
{
    std::vector<std::string> out;
    SQLite::Statement st(db.sql(), sql);
    while (st.executeStep()) {
        out.push_back(st.getColumn(0).getString());
    }
    return out;
}

int level_rank(const std::string& level)
{
    return level == "national" ? 0 : level == "international" ? 1 : 2;
}

struct Match {
    Jurisdiction j;
    int how; // 0 code, 1 name, 2 other name or adjective
};

// Jurisdictions whose code, name or other name is `text`, best first (for --country: national,
// then international, then sub-national; each by how it matched).
std::vector<Match> find_jurisdictions(Database& db, std::string_view text, bool prefer_level)
{
    SQLite::Statement st(db.sql(),
                         "SELECT j.code, j.name, j.level, 0 FROM jurisdictions j WHERE j.code = upper(?1) "
                         "UNION ALL SELECT j.code, j.name, j.level, 1 FROM jurisdictions j WHERE j.name = ?1 COLLATE NOCASE "
                         "UNION ALL SELECT j.code, j.name, j.level, 2 FROM jurisdiction_names n "
                         "JOIN jurisdictions j ON j.code = n.code WHERE n.name = ?1");
    st.bind(1, std::string(text));
    std::vector<Match> found;
    while (st.executeStep()) {
        found.push_back({{st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString()},
                         st.getColumn(3).getInt()});
    }
    std::stable_sort(found.begin(), found.end(), [&](const Match& a, const Match& b) {
        const auto ka = prefer_level ? std::pair(level_rank(a.j.level), a.how) : std::pair(a.how, level_rank(a.j.level));
        const auto kb = prefer_level ? std::pair(level_rank(b.j.level), b.how) : std::pair(b.how, level_rank(b.j.level));
        return ka < kb || (ka == kb && a.j.code < b.j.code);
    });
    return found;
}

// The first match, unless another jurisdiction matched just as well.
Jurisdiction pick(const std::vector<Match>& found, std::string_view text, std::string_view what)
{
    const Match& best = found.front();
    std::string others;
    for (const auto& m : found) {
        if (m.j.code != best.j.code && m.how == best.how && m.j.level == best.j.level &&
            others.find(m.j.code) == std::string::npos) {
            others += ", " + m.j.code + " (" + m.j.name + ")";
        }
    }
    if (!others.empty()) {
        throw DataError(std::string(what) + " '" + std::string(text) + "' is ambiguous: " + best.j.code + " (" +
                        best.j.name + ")" + others + "; give the code");
    }
    return best.j;
}

// ---- dates ----

bool all_digits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int to_int(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::string two(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

// The sort and order expressions every act listing shares.
constexpr const char* date_order = "t.date_start IS NULL, t.date_start, t.date_end, t.act_id";

std::int64_t count_undated(Database& db, const Filters& filters)
{
    if (!filters.has_date_filter()) {
        return 0;
    }
    const Condition c = compile_filters(db, filters, false);
    SQLite::Statement st(db.sql(), "SELECT count(*) FROM timeline t WHERE (" + c.sql + ") AND t.date_start IS NULL");
    bind_all(st, c.params);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

QueryStats run_listing(Database& db, const std::string& sql, const std::vector<std::string>& params, RowSink& sink)
{
    SQLite::Statement st(db.sql(), sql);
    bind_all(st, params);
    QueryStats stats;
    stats.rows = stream_rows(st, sink);
    return stats;
}

} // namespace

std::size_t edit_distance(std::string_view a_in, std::string_view b_in)
{
    const std::string a = lower_ascii(a_in);
    const std::string b = lower_ascii(b_in);
    std::vector<std::size_t> prev(b.size() + 1);
    std::vector<std::size_t> cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        prev[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string date_bound(std::string_view text_in, bool last, std::string_view option)
{
    const std::string text = trim(text_in);
    auto bad = [&](const std::string& why) {
        return UsageError(std::string(option) + " '" + text + "': " + why);
    };
    const std::string form = "use YYYY, YYYY-MM or YYYY-MM-DD";
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) {
        throw bad(form);
    }
    const std::string_view t(text);
    if (!all_digits(t.substr(0, 4)) || (text.size() >= 7 && (t[4] != '-' || !all_digits(t.substr(5, 2)))) ||
        (text.size() == 10 && (t[7] != '-' || !all_digits(t.substr(8, 2))))) {
        throw bad(form);
    }
    const int year = to_int(t.substr(0, 4));
    if (text.size() == 4) {
        return text + (last ? "-12-31" : "-01-01");
    }
    const int month = to_int(t.substr(5, 2));
    if (month < 1 || month > 12) {
        throw bad("there is no month " + std::to_string(month) + " (" + form + ")");
    }
    const std::string ym = text.substr(0, 7);
    if (text.size() == 7) {
        return ym + "-" + (last ? two(days_in_month(year, month)) : "01");
    }
    const int day = to_int(t.substr(8, 2));
    if (day < 1 || day > days_in_month(year, month)) {
        throw bad("there is no such day");
    }
    return text;
}

Jurisdiction resolve_country(Database& db, std::string_view text_in)
{
    const std::string text = trim(text_in);
    if (text.empty()) {
        throw UsageError("--country needs a country: an ISO code, a name or an adjective");
    }
    std::vector<Match> found = find_jurisdictions(db, text, true);
    if (!found.empty() && found.front().j.level == "subnational") {
        const auto& j = found.front().j;
        throw DataError("'" + text + "' is a sub-national unit, " + j.code + " (" + j.name + "): use --jurisdiction " +
                        j.code);
    }
    if (found.empty()) {
        const auto names = column_strings(
            db, "SELECT n.name FROM jurisdiction_names n JOIN jurisdictions j ON j.code = n.code "
                "WHERE j.level IN ('national', 'international') AND length(n.name) > 3 "
                "UNION SELECT name FROM jurisdictions WHERE level IN ('national', 'international') ORDER BY 1");
        throw DataError("unknown country '" + text + "'" + suggestions(text, names) +
                        " (countries are named by ISO code, English name or adjective: see 'acta jurisdictions --all')");
    }
    return pick(found, text, "country");
}

Jurisdiction resolve_jurisdiction(Database& db, std::string_view text_in)
{
    const std::string text = trim(text_in);
    if (text.empty()) {
        throw UsageError("--jurisdiction needs a code (US-TX) or a name");
    }
    std::vector<Match> found = find_jurisdictions(db, text, false);
    if (found.empty()) {
        const auto names = column_strings(
            db, "SELECT DISTINCT j.name FROM bodies b JOIN jurisdictions j ON j.code = b.jurisdiction_code ORDER BY 1");
        throw DataError("unknown jurisdiction '" + text + "'" + suggestions(text, names) +
                        " (see 'acta jurisdictions')");
    }
    return pick(found, text, "jurisdiction");
}

std::string resolve_term(Database& db, std::string_view text_in)
{
    const std::string text = trim(text_in);
    // A code, a label, or words a source used for a term ("crimes against humanity").
    SQLite::Statement st(db.sql(), "SELECT code FROM terms WHERE code = lower(?1) OR code = lower(replace(?1, ' ', '_')) "
                                   "OR label = ?1 COLLATE NOCASE "
                                   "UNION ALL SELECT term FROM (SELECT term FROM act_terms WHERE wording = ?1 COLLATE NOCASE "
                                   "GROUP BY term ORDER BY count(*) DESC LIMIT 1)");
    st.bind(1, text);
    if (st.executeStep()) {
        return st.getColumn(0).getString();
    }
    const auto names = column_strings(db, "SELECT label FROM terms ORDER BY 1");
    const auto codes = column_strings(db, "SELECT code FROM terms ORDER BY code");
    std::string known;
    for (const auto& c : codes) {
        known += (known.empty() ? "" : ", ") + c;
    }
    throw DataError("unknown term '" + text + "'" + suggestions(text, names) + " (known terms: " + known + ")");
}

std::string resolve_act_type(Database& db, std::string_view text_in)
{
    const std::string text = trim(text_in);
    SQLite::Statement st(db.sql(), "SELECT code FROM act_types WHERE code = lower(?1) OR label = ?1 COLLATE NOCASE");
    st.bind(1, text);
    if (st.executeStep()) {
        return st.getColumn(0).getString();
    }
    const auto codes = column_strings(db, "SELECT code FROM act_types ORDER BY code");
    std::string known;
    for (const auto& c : codes) {
        known += (known.empty() ? "" : ", ") + c;
    }
    throw DataError("unknown act type '" + text + "'" + suggestions(text, codes) + " (known types: " + known + ")");
}

namespace {

// The WHERE clause under construction: its parts (joined with AND) and their parameters.
struct Where {
    std::vector<std::string> parts;
    std::vector<std::string>& params;
    void add(std::string sql, std::initializer_list<std::string> values = {})
    {
        parts.push_back(std::move(sql));
        params.insert(params.end(), values);
    }
};

// --country, --jurisdiction, --level.
void place_conditions(Database& db, const Filters& f, Where& w)
{
    if (!f.country.empty()) {
        const Jurisdiction j = resolve_country(db, f.country);
        if (j.level == "national") {
            w.add("t.country_code = ?", {j.code});
        } else {
            // An organization: its own acts and those of its bodies' jurisdictions under it.
            w.add("t.jurisdiction_code IN (SELECT code FROM jurisdictions WHERE code = ? OR parent_code = ?)",
                  {j.code, j.code});
        }
    }
    if (!f.jurisdiction.empty()) {
        w.add("t.jurisdiction_code = ?", {resolve_jurisdiction(db, f.jurisdiction).code});
    }
    if (!f.level.empty()) {
        const std::string level = lower_ascii(trim(f.level));
        if (level != "international" && level != "national" && level != "subnational") {
            throw UsageError("--level '" + f.level + "': use international, national or subnational");
        }
        w.add("t.level = ?", {level});
    }
}

// --body, --type, --term, --subject.
void act_conditions(Database& db, const Filters& f, Where& w)
{
    if (!f.body.empty()) {
        const std::string like = contains_pattern(trim(f.body));
        w.add("(t.body LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM acts a JOIN body_aliases ba "
              "ON ba.body_id = a.body_id WHERE a.id = t.act_id AND ba.alias LIKE ? ESCAPE '\\'))",
              {like, like});
    }
    if (!f.type.empty()) {
        w.add("t.act_type = ?", {resolve_act_type(db, f.type)});
    }
    if (!f.term.empty()) {
        w.add("EXISTS (SELECT 1 FROM act_terms x WHERE x.act_id = t.act_id AND x.term = ?)", {resolve_term(db, f.term)});
    }
    if (!f.subject.empty()) {
        const std::string like = contains_pattern(trim(f.subject));
        w.add("EXISTS (SELECT 1 FROM acts a JOIN subjects s ON s.id = a.subject_id WHERE a.id = t.act_id "
              "AND (s.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM subject_aliases sa "
              "WHERE sa.subject_id = s.id AND sa.alias LIKE ? ESCAPE '\\')))",
              {like, like});
    }
}

// --source: a source id, or words of its title or file name; a source that matches nothing is an error.
void source_condition(Database& db, const std::string& given, Where& w)
{
    const std::string s = trim(given);
    if (all_digits(s)) {
        SQLite::Statement st(db.sql(), "SELECT 1 FROM sources WHERE id = CAST(? AS INTEGER)");
        st.bind(1, s);
        if (!st.executeStep()) {
            throw DataError("there is no source " + s + " (see 'acta sources')");
        }
        w.add("EXISTS (SELECT 1 FROM attestations x WHERE x.act_id = t.act_id AND x.source_id = CAST(? AS INTEGER))", {s});
        return;
    }
    SQLite::Statement st(db.sql(), "SELECT 1 FROM sources WHERE title LIKE ?1 ESCAPE '\\' OR path LIKE ?1 ESCAPE '\\'");
    st.bind(1, contains_pattern(s));
    if (!st.executeStep()) {
        throw DataError("no source's title or file name contains '" + s + "' (see 'acta sources')");
    }
    w.add("EXISTS (SELECT 1 FROM attestations x JOIN sources s ON s.id = x.source_id "
          "WHERE x.act_id = t.act_id AND (s.title LIKE ? ESCAPE '\\' OR s.path LIKE ? ESCAPE '\\'))",
          {contains_pattern(s), contains_pattern(s)});
}

// --year, --from, --to, --strict. The bounds are computed even when `with_dates` is false so a
// bad date is always reported.
void date_conditions(const Filters& f, bool with_dates, Where& w)
{
    std::string lo;
    std::string hi;
    if (f.year) {
        if (*f.year < 0 || *f.year > 9999) {
            throw UsageError("--year " + std::to_string(*f.year) + ": use a year from 0 to 9999");
        }
        std::string y = std::to_string(*f.year);
        y.insert(0, 4 - y.size(), '0');
        lo = y + "-01-01";
        hi = y + "-12-31";
    }
    if (!f.from.empty()) {
        lo = std::max(lo, date_bound(f.from, false, "--from"));
    }
    if (!f.to.empty()) {
        const std::string t = date_bound(f.to, true, "--to");
        hi = hi.empty() ? t : std::min(hi, t);
    }
    if (!f.from.empty() && !f.to.empty() && date_bound(f.from, false, "--from") > date_bound(f.to, true, "--to")) {
        throw UsageError("--from " + f.from + " is after --to " + f.to);
    }
    if (!with_dates || !f.has_date_filter()) {
        return;
    }
    // Strict: the act lies within the period. Otherwise overlap: the act begins before the
    // period ends and ends after it begins.
    if (!lo.empty()) {
        w.add(f.strict ? "t.date_start >= ?" : "t.date_end >= ?", {lo});
    }
    if (!hi.empty()) {
        w.add(f.strict ? "t.date_end <= ?" : "t.date_start <= ?", {hi});
    }
    w.add("t.date_start IS NOT NULL");
}

} // namespace

Condition compile_filters(Database& db, const Filters& f, bool with_dates)
{
    Condition c;
    Where w{{}, c.params};
    if (!f.include_executive) {
        w.add("t.branch = 'legislative'");
    }
    place_conditions(db, f, w);
    act_conditions(db, f, w);
    if (!f.source.empty()) {
        source_condition(db, f.source, w);
    }
    date_conditions(f, with_dates, w);
    if (!w.parts.empty()) {
        c.sql.clear();
        for (const auto& part : w.parts) {
            c.sql += (c.sql.empty() ? "" : " AND ") + part;
        }
    }
    return c;
}

std::int64_t stream_rows(SQLite::Statement& st, RowSink& sink)
{
    const int n = st.getColumnCount();
    std::vector<std::string> names;
    names.reserve(n);
    for (int i = 0; i < n; ++i) {
        names.emplace_back(st.getColumnName(i));
    }
    sink.begin(names);
    std::vector<Value> row(n);
    std::int64_t count = 0;
    while (st.executeStep()) {
        for (int i = 0; i < n; ++i) {
            const SQLite::Column col = st.getColumn(i);
            switch (col.getType()) {
            case SQLITE_INTEGER: row[i] = col.getInt64(); break;
            case SQLITE_FLOAT: row[i] = col.getDouble(); break;
            case SQLITE_NULL: row[i] = std::monostate{}; break;
            default: row[i] = col.getString(); break;
            }
        }
        sink.row(row);
        ++count;
    }
    sink.end();
    return count;
}

const std::vector<std::string>& export_columns()
{
    static const std::vector<std::string> columns = {
        "act_id",  "date",      "date_start", "date_end", "precision", "country_code", "country",
        "jurisdiction_code", "jurisdiction", "body", "body_kind", "act_type", "identifier", "terms",
        "persons", "subject",   "wording",    "source",   "quote"};
    return columns;
}

QueryStats export_acts(Database& db, const Filters& filters, RowSink& sink)
{
    const Condition c = compile_filters(db, filters);
    std::string cols;
    for (const auto& name : export_columns()) {
        cols += (cols.empty() ? "t." : ", t.") + name;
    }
    QueryStats stats = run_listing(db, "SELECT " + cols + " FROM timeline t WHERE " + c.sql + " ORDER BY " + date_order,
                                   c.params, sink);
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

QueryStats timeline(Database& db, const Filters& filters, RowSink& sink)
{
    const Condition c = compile_filters(db, filters);
    QueryStats stats = run_listing(db,
                                   "SELECT t.act_id, t.date, t.jurisdiction_code, t.body, t.act_type, t.identifier, "
                                   "t.terms FROM timeline t WHERE " + c.sql + " ORDER BY " + date_order,
                                   c.params, sink);
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

GroupBy group_by_from_string(std::string_view name)
{
    static const std::pair<std::string_view, GroupBy> names[] = {
        {"year", GroupBy::year}, {"country", GroupBy::country}, {"jurisdiction", GroupBy::jurisdiction},
        {"body", GroupBy::body}, {"type", GroupBy::type},       {"term", GroupBy::term}};
    for (const auto& [n, g] : names) {
        if (n == name) {
            return g;
        }
    }
    throw UsageError("--by '" + std::string(name) + "': use year, country, jurisdiction, body, type or term");
}

QueryStats first_acts(Database& db, const Filters& filters, GroupBy by, RowSink& sink)
{
    std::string key;
    std::string name;
    std::string columns;
    // The same as the timeline view's terms column, for the winners only.
    const std::string terms = "(SELECT group_concat(term, ';') FROM (SELECT term FROM act_terms x "
                              "WHERE x.act_id = w.act_id ORDER BY term)) AS terms";
    switch (by) {
    case GroupBy::country:
        key = "coalesce(t.country_code, t.jurisdiction_code)";
        name = "coalesce(t.country, t.jurisdiction)";
        columns = "gk AS country_code, gname AS country, date, act_id, body, act_type, " + terms;
        break;
    case GroupBy::jurisdiction:
        key = "t.jurisdiction_code";
        name = "t.jurisdiction";
        columns = "gk AS jurisdiction_code, gname AS jurisdiction, date, act_id, body, act_type, " + terms;
        break;
    case GroupBy::body:
        key = "t.jurisdiction_code";
        name = "t.body";
        columns = "gk AS jurisdiction_code, gname AS body, date, act_id, act_type, " + terms;
        break;
    default:
        throw UsageError("first --by: use country, jurisdiction or body");
    }
    const Condition c = compile_filters(db, filters);
    // The earliest act of each group (row_number over the group), then the groups in date order
    // with their neighbours' bounds (lag/lead) to tell whether the order is certain.
    const std::string sql =
        // Only the columns needed: the view's computed columns (terms) are read for the winners only.
        "WITH f AS (SELECT t.act_id, t.date, t.date_start, t.date_end, t.body, t.act_type, " + key + " AS gk, " + name +
        " AS gname FROM timeline t WHERE " + c.sql + "), "
        "r AS (SELECT f.*, row_number() OVER (PARTITION BY gk, gname ORDER BY date_start IS NULL, date_start, "
        "date_end, act_id) AS rn FROM f), "
        "w AS (SELECT r.*, row_number() OVER o AS pos, lag(date_end) OVER o AS prev_end, "
        "lead(date_start) OVER o AS next_start FROM r WHERE rn = 1 "
        "WINDOW o AS (ORDER BY date_start IS NULL, date_start, date_end, act_id)) "
        "SELECT CASE WHEN date_start IS NULL THEN '?' "
        "WHEN prev_end >= date_start OR next_start <= date_end THEN pos || '?' "
        "ELSE CAST(pos AS TEXT) END AS ordinal, " + columns + " FROM w ORDER BY pos";
    QueryStats stats = run_listing(db, sql, c.params, sink);
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

QueryStats count_acts(Database& db, const Filters& filters, GroupBy by, bool cumulative, RowSink& sink)
{
    std::string key;
    std::string join;
    std::string tail = "0";
    std::string order = "\"count\" DESC, \"key\"";
    switch (by) {
    case GroupBy::year:
        key = "coalesce(substr(f.date_start, 1, 4), 'undated')";
        tail = "\"key\" = 'undated'";
        order = "\"key\"";
        break;
    case GroupBy::country: key = "coalesce(f.country_code, f.jurisdiction_code)"; break;
    case GroupBy::jurisdiction: key = "f.jurisdiction_code"; break;
    case GroupBy::body: key = "f.body"; break;
    case GroupBy::type: key = "f.act_type"; break;
    case GroupBy::term:
        key = "coalesce(x.term, 'none')";
        join = " LEFT JOIN act_terms x ON x.act_id = f.act_id";
        tail = "\"key\" = 'none'";
        break;
    }
    const Condition c = compile_filters(db, filters);
    // The running total is a window over the output order: computed here, never stored.
    const std::string sql =
        "WITH f AS (SELECT t.* FROM timeline t WHERE " + c.sql + "), "
        "g AS (SELECT " + key + " AS \"key\", count(*) AS \"count\" FROM f" + join + " GROUP BY 1), "
        "o AS (SELECT \"key\", \"count\", row_number() OVER (ORDER BY " + tail + ", " + order + ") AS pos FROM g) "
        "SELECT \"key\", \"count\"" +
        std::string(cumulative ? ", sum(\"count\") OVER (ORDER BY pos ROWS UNBOUNDED PRECEDING) AS cumulative" : "") +
        " FROM o ORDER BY pos";
    QueryStats stats = run_listing(db, sql, c.params, sink);
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

QueryStats search_acts(Database& db, std::string_view text_in, bool fts_syntax, const Filters& filters, RowSink& sink)
{
    const std::string text = trim(text_in);
    if (text.empty()) {
        throw UsageError("search needs some text");
    }
    if (db.sql().execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'acts_fts'").getInt() == 0) {
        throw DataError("database " + db.path() + " has no search index (schema version " +
                        std::to_string(db.user_version()) +
                        "): any write with this acta (e.g. 'acta import') upgrades it");
    }
    std::string match = text;
    if (!fts_syntax) {
        // One phrase: the text's words in order; quotes doubled so nothing is FTS5 syntax.
        match = "\"";
        for (char ch : text) {
            match += ch;
            if (ch == '"') {
                match += '"';
            }
        }
        match += "\"";
    }
    const Condition c = compile_filters(db, filters);
    // ?1 is the match expression; the filter's ? are numbered after it.
    const std::string sql =
        "WITH hits AS ("
        "SELECT rowid AS act_id, bm25(acts_fts) AS score, snippet(acts_fts, 0, '**', '**', '…', 12) AS snip "
        "FROM acts_fts WHERE acts_fts MATCH ?1 "
        "UNION ALL SELECT a.act_id, bm25(attestations_fts), snippet(attestations_fts, 0, '**', '**', '…', 12) "
        "FROM attestations_fts JOIN attestations a ON a.id = attestations_fts.rowid WHERE attestations_fts MATCH ?1), "
        // min() makes SQLite take snip from the best-scoring row of each act.
        "best AS (SELECT act_id, min(score) AS score, snip FROM hits GROUP BY act_id) "
        "SELECT row_number() OVER (ORDER BY best.score, " + std::string(date_order) + ") AS rank, t.act_id, t.date, "
        "t.jurisdiction_code, t.body, t.act_type, best.snip AS match "
        "FROM best JOIN timeline t ON t.act_id = best.act_id WHERE " + c.sql + " ORDER BY rank";
    QueryStats stats;
    try {
        SQLite::Statement st(db.sql(), sql);
        st.bind(1, match);
        bind_all(st, c.params, 2);
        stats.rows = stream_rows(st, sink);
    } catch (const SQLite::Exception& e) {
        // The SQL is fixed; the one thing that can make it fail this way is the user's FTS5 query.
        if (fts_syntax && e.getErrorCode() == SQLITE_ERROR) {
            throw UsageError("bad FTS5 query '" + text + "': " + e.what());
        }
        throw;
    }
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

namespace {

// Acts' status (retracted, merged) came with schema 5: an older file, opened read-only, is not
// upgraded, so say how to upgrade it rather than fail on a missing column.
void require_curation_schema(Database& db)
{
    if (db.user_version() < 5) {
        throw DataError("database " + db.path() + " has schema version " + std::to_string(db.user_version()) +
                        ", older than this acta's (" + std::to_string(Database::schema_version()) +
                        "): any write with this acta (e.g. 'acta import') upgrades it");
    }
}

// Throws DataError naming the ids there are when the database has no act `act_id`.
void require_act(Database& db, std::int64_t act_id)
{
    require_curation_schema(db);
    SQLite::Statement exists(db.sql(), "SELECT 1 FROM acts WHERE id = ?");
    exists.bind(1, act_id);
    if (!exists.executeStep()) {
        const auto max = db.sql().execAndGet("SELECT max(id) FROM acts");
        throw DataError("there is no act " + std::to_string(act_id) +
                        (max.isNull() ? std::string(" (the database has no acts)")
                                      : " (act ids go up to " + max.getString() + ": see 'acta timeline')"));
    }
}

} // namespace

void show_act(Database& db, std::int64_t act_id, RowSink& act, RowSink& attestations)
{
    require_act(db, act_id); // before anything is prepared or streamed: an unknown id writes nothing
    // status: why an act is not in timelines; current: which reading the act's values are.
    SQLite::Statement st(
        db.sql(),
        "SELECT t.act_id, t.date, t.date_start, t.date_end, t.precision, t.country_code, t.country, "
        "t.jurisdiction_code, t.jurisdiction, t.level, t.body, t.body_kind, t.branch, t.act_type, t.identifier, "
        "(SELECT group_concat(term || ' (\"' || wording || '\")', '; ') FROM (SELECT term, wording FROM act_terms "
        "WHERE act_id = t.act_id ORDER BY term)) AS terms, "
        "(SELECT group_concat(name || ' (' || roles || ')', '; ') FROM (SELECT p.name, group_concat(ap.role, ', ') "
        "AS roles FROM act_persons ap JOIN persons p ON p.id = ap.person_id WHERE ap.act_id = t.act_id "
        "GROUP BY p.name ORDER BY p.name)) AS persons, "
        "t.subject, t.wording, a.vote, t.source, "
        "(SELECT count(*) FROM attestations x WHERE x.act_id = t.act_id) AS attestations, "
        "CASE a.status WHEN 'current' THEN 'current' "
        "WHEN 'retracted' THEN 'retracted: ' || coalesce((SELECT reason FROM changes c WHERE c.act_id = t.act_id "
        "AND c.action = 'retract' ORDER BY c.id DESC LIMIT 1), '') "
        "ELSE 'merged into act ' || (SELECT other_act_id FROM changes c WHERE c.act_id = t.act_id "
        "AND c.action = 'merge' ORDER BY c.id DESC LIMIT 1) END AS status, "
        "CASE WHEN a.curated = 0 THEN 'as read from the attestations below' ELSE 'curated: ' || "
        "(SELECT group_concat(what, '; ') FROM (SELECT c.field || ' by ' || k.curator || ', ' || k.at || "
        "coalesce(', ' || s.path || ' line ' || c.line, '') || coalesce(' (' || k.note || ')', '') AS what "
        "FROM changes c JOIN curations k ON k.id = c.curation_id LEFT JOIN sources s ON s.id = k.source_id "
        "WHERE c.act_id = t.act_id AND c.action = 'set' AND c.id = (SELECT max(id) FROM changes d "
        "WHERE d.act_id = c.act_id AND d.field = c.field) ORDER BY c.field)) || "
        "'; other values as read from the attestations below' END AS current "
        "FROM act_rows t JOIN acts a ON a.id = t.act_id WHERE t.act_id = ?");
    st.bind(1, act_id);
    stream_rows(st, act);
    SQLite::Statement at(db.sql(),
                         "SELECT row_number() OVER (ORDER BY a.source_id, a.span_start, a.id) AS attestation, "
                         "a.id AS attestation_id, a.source_id, coalesce(s.title, s.path) AS source, a.span_start, "
                         "a.span_end, a.line, a.rule, a.date_edtf AS date, a.act_type, a.terms, a.quote "
                         "FROM attestations a JOIN sources s ON s.id = a.source_id WHERE a.act_id = ? "
                         "ORDER BY a.source_id, a.span_start, a.id");
    at.bind(1, act_id);
    stream_rows(at, attestations);
}

QueryStats act_history(Database& db, std::int64_t act_id, RowSink& sink)
{
    require_act(db, act_id);
    // What each source read (curated files excepted: their changes say more), then every
    // curated change, in time order.
    return run_listing(
        db,
        "WITH ev AS ("
        "SELECT s.imported_at AS at, 0 AS kind, x.id AS ord, 'read' AS action, NULL AS field, "
        "coalesce('date ' || x.date_edtf, 'undated') || coalesce('; type ' || x.act_type, '') || "
        "coalesce('; terms ' || nullif(x.terms, ''), '') AS value, NULL AS previous, "
        "'acta import' AS by, 'source ' || s.id || ': ' || coalesce(s.title, s.path) AS source, x.line AS line, "
        "'rule ' || x.rule AS note "
        "FROM attestations x JOIN sources s ON s.id = x.source_id WHERE x.act_id = ?1 AND s.kind = 'text' "
        "UNION ALL "
        "SELECT k.at, 1, c.id, c.action, c.field, c.new_value, c.old_value, k.curator, "
        "CASE WHEN s.id IS NULL THEN 'acta ' || k.command ELSE 'source ' || s.id || ': ' || s.path END, c.line, "
        "coalesce(c.reason, CASE WHEN c.other_act_id IS NOT NULL THEN coalesce('attestation ' || c.attestation_id || ', ', '') "
        "|| 'act ' || c.other_act_id END, k.note) "
        "FROM changes c JOIN curations k ON k.id = c.curation_id LEFT JOIN sources s ON s.id = k.source_id "
        "WHERE c.act_id = ?1) "
        "SELECT at, action, field, value, previous, by, source, line, note FROM ev ORDER BY at, kind, ord",
        {std::to_string(act_id)}, sink);
}

namespace {

// What one attestation says about one field, normalized for comparison.
struct Said {
    std::string value;
    std::string where; // "source 1, line 57"
};

// Terms as a sorted set, so "a;b" and "b;a" agree.
std::string normal_terms(const std::string& terms)
{
    std::set<std::string> set;
    std::size_t start = 0;
    while (start <= terms.size()) {
        const auto end = std::min(terms.find(';', start), terms.size());
        const std::string t = trim(std::string_view(terms).substr(start, end - start));
        if (!t.empty()) {
            set.insert(t);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& t : set) {
        out += (out.empty() ? "" : ";") + t;
    }
    return out;
}

// "field: A [where, where] vs B [where]" when the mentions give more than one value, else "".
std::string describe(const char* field, const std::vector<Said>& said)
{
    std::vector<std::pair<std::string, std::string>> values; // value, where-list, first-seen order
    for (const auto& s : said) {
        if (s.value.empty()) {
            continue; // silent on this field: no disagreement
        }
        auto it = std::find_if(values.begin(), values.end(), [&](auto& v) { return v.first == s.value; });
        if (it == values.end()) {
            values.emplace_back(s.value, s.where);
        } else {
            it->second += "; " + s.where;
        }
    }
    if (values.size() < 2) {
        return "";
    }
    std::string out = std::string(field) + ": ";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i ? " vs " : "") + values[i].first + " [" + values[i].second + "]";
    }
    return out;
}

} // namespace

QueryStats conflicts(Database& db, const Filters& filters, RowSink& sink)
{
    const Condition c = compile_filters(db, filters);
    // Attestations of acts mentioned at least twice, act by act: one act's mentions are held at a time.
    SQLite::Statement st(db.sql(),
                         "WITH f AS (SELECT t.* FROM timeline t WHERE " + c.sql + " AND "
                         "(SELECT count(*) FROM attestations x WHERE x.act_id = t.act_id) > 1) "
                         "SELECT f.act_id, f.date, f.jurisdiction_code, f.body, f.act_type, a.source_id, a.line, "
                         "a.date_edtf, a.act_type, a.terms FROM f JOIN attestations a ON a.act_id = f.act_id "
                         "ORDER BY f.date_start IS NULL, f.date_start, f.date_end, f.act_id, a.source_id, a.span_start");
    bind_all(st, c.params);
    sink.begin({"act_id", "date", "jurisdiction_code", "body", "act_type", "attestations", "disagreement"});
    QueryStats stats;
    std::vector<Value> current;
    std::vector<Said> dates;
    std::vector<Said> types;
    std::vector<Said> terms;
    auto flush = [&] {
        if (current.empty()) {
            return;
        }
        std::string text;
        for (const auto& part : {describe("date", dates), describe("type", types), describe("terms", terms)}) {
            if (!part.empty()) {
                text += (text.empty() ? "" : "; ") + part;
            }
        }
        if (!text.empty()) {
            current[5] = static_cast<std::int64_t>(dates.size());
            current[6] = text;
            sink.row(current);
            ++stats.rows;
        }
        current.clear();
        dates.clear();
        types.clear();
        terms.clear();
    };
    auto text_of = [](const SQLite::Column& col) { return col.isNull() ? std::string() : col.getString(); };
    while (st.executeStep()) {
        const std::int64_t id = st.getColumn(0).getInt64();
        if (current.empty() || std::get<std::int64_t>(current[0]) != id) {
            flush();
            current = {Value(id), st.getColumn(1).isNull() ? Value() : Value(st.getColumn(1).getString()),
                       Value(st.getColumn(2).getString()), Value(st.getColumn(3).getString()),
                       Value(st.getColumn(4).getString()), Value(), Value()};
        }
        const std::string where = "source " + st.getColumn(5).getString() + ", line " + st.getColumn(6).getString();
        dates.push_back({text_of(st.getColumn(7)), where});
        types.push_back({text_of(st.getColumn(8)), where});
        terms.push_back({normal_terms(text_of(st.getColumn(9))), where});
    }
    flush();
    sink.end();
    stats.undated_hidden = count_undated(db, filters);
    return stats;
}

QueryStats list_sources(Database& db, RowSink& sink)
{
    require_curation_schema(db);
    return run_listing(db,
                       "SELECT s.id AS source_id, s.title, s.author, s.published, s.path, "
                       "(SELECT count(DISTINCT a.act_id) FROM attestations a JOIN acts c ON c.id = a.act_id "
                       "WHERE a.source_id = s.id AND c.status = 'current') AS acts, "
                       "(SELECT count(*) FROM attestations a JOIN acts c ON c.id = a.act_id "
                       "WHERE a.source_id = s.id AND c.status = 'current') AS attestations, "
                       "s.imported_at FROM sources s ORDER BY s.id",
                       {}, sink);
}

QueryStats source_references(Database& db, RowSink& sink)
{
    return run_listing(db,
                       "SELECT s.id AS source_id, s.title, s.author, s.publisher, s.published, s.url, s.path, "
                       "(SELECT count(DISTINCT a.act_id) FROM attestations a WHERE a.source_id = s.id) AS acts "
                       "FROM sources s ORDER BY s.id",
                       {}, sink);
}

QueryStats list_bodies(Database& db, RowSink& sink)
{
    require_curation_schema(db);
    return run_listing(db,
                       "SELECT b.id AS body_id, b.jurisdiction_code, b.name AS body, b.kind, b.branch, "
                       "p.name AS parent, (SELECT count(*) FROM acts a WHERE a.body_id = b.id AND a.status = 'current') AS acts "
                       "FROM bodies b LEFT JOIN bodies p ON p.id = b.parent_id ORDER BY b.jurisdiction_code, b.name",
                       {}, sink);
}

QueryStats list_jurisdictions(Database& db, bool all, RowSink& sink)
{
    require_curation_schema(db);
    // "Under" a jurisdiction j: itself, a country's sub-national units, an organization's members.
    // Acts are counted once per jurisdiction (own), then summed, so the cost does not grow with
    // acts times jurisdictions.
    const std::string under = "(bj.code = j.code OR (j.level = 'national' AND bj.country_code = j.code) "
                              "OR bj.parent_code = j.code)";
    return run_listing(db,
                       "WITH own AS (SELECT b.jurisdiction_code AS code, count(a.id) AS n FROM bodies b "
                       "LEFT JOIN acts a ON a.body_id = b.id AND a.status = 'current' GROUP BY b.jurisdiction_code) "
                       "SELECT j.code, j.name, j.level, j.kind, j.country_code, "
                       "coalesce((SELECT n FROM own WHERE own.code = j.code), 0) AS acts, "
                       "(SELECT coalesce(sum(own.n), 0) FROM own JOIN jurisdictions bj ON bj.code = own.code "
                       "WHERE " + under + ") AS all_acts "
                       "FROM jurisdictions j WHERE ?1 OR EXISTS (SELECT 1 FROM own JOIN jurisdictions bj "
                       "ON bj.code = own.code WHERE " + under + ") "
                       "ORDER BY j.code",
                       {all ? "1" : "0"}, sink);
}

QueryStats list_subjects(Database& db, RowSink& sink)
{
    require_curation_schema(db);
    return run_listing(db,
                       "SELECT s.id AS subject_id, s.name, s.date_edtf AS date, "
                       "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM subject_aliases sa "
                       "WHERE sa.subject_id = s.id ORDER BY alias)) AS aliases, "
                       "(SELECT count(*) FROM acts a WHERE a.subject_id = s.id AND a.status = 'current') AS acts "
                       "FROM subjects s ORDER BY s.name",
                       {}, sink);
}

} // namespace acta
