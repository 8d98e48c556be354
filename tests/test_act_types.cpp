// src/data/act_types.tsv: the kinds of act types acta_core knows (generic types agree with more
// specific ones in same_act), checked against the schema's act types.
#include "database.hpp"
#include "embedded.hpp"
#include "error.hpp"
#include "same_act.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <span>

namespace acta::core_data {
std::span<const acta::EmbeddedFile> data_files();
}

TEST_CASE("act_types.tsv: generic types are act types of the schema", "[same_act][data]")
{
    CHECK(acta::generic_act_type("recognition"));
    CHECK(acta::generic_act_type("document"));
    CHECK_FALSE(acta::generic_act_type("resolution"));
    CHECK_FALSE(acta::generic_act_type("generic"));
    acta::Database db(":memory:", acta::Database::Mode::read_write);
    SQLite::Statement codes(db.sql(), "SELECT code FROM act_types");
    std::size_t generic = 0;
    while (codes.executeStep()) {
        generic += acta::generic_act_type(codes.getColumn(0).getString());
    }
    // Every row of the file names a code of the schema.
    std::size_t rows = 0;
    for (const auto& f : acta::core_data::data_files()) {
        rows += f.name == "act_types.tsv" ? acta::parse_generic_act_types(f.name, f.contents).size() : 0;
    }
    CHECK(rows >= 7);
    CHECK(generic == rows);
}

TEST_CASE("act_types.tsv: an unknown kind or a missing cell is an error", "[same_act][data]")
{
    const auto types = acta::parse_generic_act_types("t.tsv", "# comment\ntype\tkind\nspeech\tgeneric\nact\tgeneric\n");
    CHECK(types == std::vector<std::string>{"act", "speech"});
    CHECK_THROWS_WITH(acta::parse_generic_act_types("t.tsv", "type\tkind\nspeech\tvague\n"),
                      Catch::Contains("t.tsv:2") && Catch::Contains("unknown kind 'vague'"));
    CHECK_THROWS_AS(acta::parse_generic_act_types("t.tsv", "type\tkind\nspeech\n"), acta::DataError);
    CHECK_THROWS_AS(acta::parse_generic_act_types("t.tsv", "type\tkind\n\tgeneric\n"), acta::DataError);
}
