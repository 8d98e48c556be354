#include "command_show.hpp"

#include "filters.hpp"

#include <nlohmann/json.hpp>

namespace acta::cli {

namespace {

// Collects rows as JSON objects: `show --format json` nests the attestations inside the act,
// which a flat row format cannot do. One act's rows are few, so holding them is fine.
class JsonCollector : public RowSink {
public:
    void begin(const std::vector<std::string>& columns) override { m_columns = columns; }
    void row(std::span<const Value> values) override
    {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < values.size() && c < m_columns.size(); ++c) {
            const Value& v = values[c];
            if (const auto* i = std::get_if<std::int64_t>(&v)) {
                object[m_columns[c]] = *i;
            } else if (const auto* d = std::get_if<double>(&v)) {
                object[m_columns[c]] = *d;
            } else if (const auto* s = std::get_if<std::string>(&v)) {
                object[m_columns[c]] = *s;
            } else {
                object[m_columns[c]] = nullptr;
            }
        }
        m_rows.push_back(std::move(object));
    }
    void end() override {}

    nlohmann::ordered_json& rows() { return m_rows; }

private:
    std::vector<std::string> m_columns;
    nlohmann::ordered_json m_rows = nlohmann::ordered_json::array();
};

} // namespace

void ShowCommand::setup(CLI::App& app)
{
    app.add_option("act_id", m_id, "the act's id (the act_id column of timeline, export, search)")
        ->type_name("ACT_ID")
        ->required();
    app.add_option("-f,--format", m_format,
                   "line (default): one \"field = value\" per line, then each attestation; "
                   "json: one object with an attestations array")
        ->check(CLI::IsMember({"line", "json"}))
        ->type_name("FORMAT")
        ->group("Output");
    app.add_option("-o,--output", m_path, "write to FILE (written whole or not at all); - or none: stdout")
        ->type_name("FILE")
        ->group("Output");
}

int ShowCommand::run(Context& ctx)
{
    Database db = open_read_only(ctx);
    if (m_format == "json") {
        JsonCollector act;
        JsonCollector attestations;
        show_act(db, m_id, act, attestations);
        nlohmann::ordered_json out = act.rows().at(0);
        out["attestations"] = attestations.rows();
        OutputFile file(ctx.out, m_path);
        file.stream() << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        file.commit();
        return 0;
    }
    OutputFile file(ctx.out, m_path);
    RenderOptions options;
    options.output_name = file.name();
    auto act = make_renderer(find_format("line"), file.stream(), options);
    auto attestations = make_renderer(find_format("line"), file.stream(), options);
    // The line renderer separates its own records; between the act and the first attestation
    // (two renderers) the blank line is added here.
    class Separated : public RowSink {
    public:
        Separated(RowSink& inner, std::ostream& out) : m_inner(inner), m_out(out) {}
        void begin(const std::vector<std::string>& columns) override { m_inner.begin(columns); }
        void row(std::span<const Value> values) override
        {
            if (m_first) {
                m_out << '\n';
                m_first = false;
            }
            m_inner.row(values);
        }
        void end() override { m_inner.end(); }

    private:
        RowSink& m_inner;
        std::ostream& m_out;
        bool m_first = true;
    };
    Separated separated(*attestations, file.stream());
    show_act(db, m_id, *act, separated);
    file.commit();
    return 0;
}

} // namespace acta::cli
