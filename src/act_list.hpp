#pragma once
// The acts a chart or a report draws, read through the query layer (export_acts) into memory:
// pictures need every act at once to lay themselves out, so they do not stream.
#include "database.hpp"
#include "model.hpp"
#include "query.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace acta {

struct ActRecord {
    std::int64_t id = 0;
    std::string date;       // EDTF as stored; empty when undated
    std::string date_start; // YYYY-MM-DD; empty when undated
    std::string date_end;
    std::string precision;  // model.hpp's Precision names
    std::string country;
    std::string jurisdiction_code;
    std::string jurisdiction; // its name
    std::string level;        // international, national, subnational
    std::string body;
    std::string act_type;
    std::string identifier;
    std::vector<std::string> terms;
    std::string wording;
    std::string source;
    std::string quote;

    bool dated() const { return !date_start.empty(); }
};

struct ActList {
    std::vector<ActRecord> acts; // date order, undated last (the query layer's order)
    QueryStats stats;
};

// The acts `filters` select, as export_acts() lists them, each with its jurisdiction's level.
// Throws what compile_filters() throws.
ActList collect_acts(Database& db, const Filters& filters);

// The filters as one line for a chart's or a report's title: "country US, term genocide", or
// "all acts" when none is set.
std::string describe_filters(const Filters& filters);

// A source as the report lists it: what model.hpp's SourceInfo holds (without the text), its id
// and how many acts it attests.
struct SourceRecord {
    std::int64_t id = 0;
    SourceInfo info;
    std::int64_t acts = 0;
};

// Every source in the database (source_references()), in id order.
std::vector<SourceRecord> collect_sources(Database& db);

} // namespace acta
