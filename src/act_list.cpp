#include "act_list.hpp"

#include <map>
#include <span>
#include <stdexcept>

namespace acta {

namespace {

std::string text_of(const Value& v)
{
    if (const auto* s = std::get_if<std::string>(&v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    return "";
}

std::int64_t int_of(const Value& v)
{
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return *i;
    }
    return 0;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (!s.empty()) {
        const auto at = s.find(sep, start);
        out.push_back(s.substr(start, at - start));
        if (at == std::string::npos) {
            break;
        }
        start = at + 1;
    }
    return out;
}

// A RowSink that keeps each row's cells by column name, for the callback `take`.
template <class Take>
class NamedRows : public RowSink {
public:
    explicit NamedRows(Take take) : m_take(std::move(take)) {}
    void begin(const std::vector<std::string>& columns) override
    {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            m_index[columns[i]] = i;
        }
    }
    void row(std::span<const Value> values) override
    {
        m_take([&](const char* name) -> const Value& { return values[m_index.at(name)]; });
    }
    void end() override {}

private:
    Take m_take;
    std::map<std::string, std::size_t> m_index;
};

template <class Take>
NamedRows<Take> named_rows(Take take)
{
    return NamedRows<Take>(std::move(take));
}

} // namespace

ActList collect_acts(Database& db, const Filters& filters)
{
    std::map<std::string, std::string> levels;
    auto jurisdictions = named_rows([&](auto cell) { levels[text_of(cell("code"))] = text_of(cell("level")); });
    list_jurisdictions(db, false, jurisdictions);

    ActList list;
    auto acts = named_rows([&](auto cell) {
        ActRecord a;
        a.id = int_of(cell("act_id"));
        a.date = text_of(cell("date"));
        a.date_start = text_of(cell("date_start"));
        a.date_end = text_of(cell("date_end"));
        a.precision = text_of(cell("precision"));
        a.country = text_of(cell("country"));
        a.jurisdiction_code = text_of(cell("jurisdiction_code"));
        a.jurisdiction = text_of(cell("jurisdiction"));
        a.level = levels[a.jurisdiction_code];
        a.body = text_of(cell("body"));
        a.act_type = text_of(cell("act_type"));
        a.identifier = text_of(cell("identifier"));
        a.terms = split(text_of(cell("terms")), ';');
        a.wording = text_of(cell("wording"));
        a.source = text_of(cell("source"));
        a.quote = text_of(cell("quote"));
        list.acts.push_back(std::move(a));
    });
    list.stats = export_acts(db, filters, acts);
    return list;
}

std::string describe_filters(const Filters& f)
{
    std::string out;
    auto add = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            out += (out.empty() ? "" : ", ") + std::string(name) + " " + value;
        }
    };
    add("country", f.country);
    add("jurisdiction", f.jurisdiction);
    add("level", f.level);
    add("year", f.year ? std::to_string(*f.year) : std::string());
    add("from", f.from);
    add("to", f.to);
    add("body", f.body);
    add("type", f.type);
    add("term", f.term);
    add("subject", f.subject);
    add("source", f.source);
    if (f.strict && f.has_date_filter()) {
        out += ", strict dates";
    }
    if (f.include_executive) {
        out += (out.empty() ? "" : ", ") + std::string("executive acts included");
    }
    return out.empty() ? "all acts" : out;
}

std::vector<SourceRecord> collect_sources(Database& db)
{
    std::vector<SourceRecord> out;
    auto rows = named_rows([&](auto cell) {
        SourceRecord s;
        s.id = int_of(cell("source_id"));
        s.info.title = text_of(cell("title"));
        s.info.author = text_of(cell("author"));
        s.info.publisher = text_of(cell("publisher"));
        s.info.published = text_of(cell("published"));
        s.info.url = text_of(cell("url"));
        s.info.path = text_of(cell("path"));
        s.acts = int_of(cell("acts"));
        out.push_back(std::move(s));
    });
    source_references(db, rows);
    return out;
}

} // namespace acta
