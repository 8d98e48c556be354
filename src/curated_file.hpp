#pragma once
// Reading a curated file: the CSV or JSON an `acta export` wrote (or a researcher typed), as
// records of named cells that remember their line and column. Only the reading is here; what
// the values mean is curation.cpp's.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace acta {

// A problem in a curated file, reported as "FILE:LINE:COLUMN: message" (columns count
// characters, from 1).
struct FileProblem {
    int line = 0;
    int column = 0;
    std::string message;
};

std::string describe(const std::string& file, const FileProblem& p);

struct Cell {
    std::string value; // the formula prefix ' of acta's CSV export removed
    bool null = false; // JSON null or an empty CSV cell
    int line = 0;
    int column = 0;
};

struct CuratedRecord {
    int line = 0;            // where the record (row or object) starts
    int column = 0;
    std::size_t begin = 0;   // byte offsets into CuratedFile::text, [begin, end)
    std::size_t end = 0;
    std::map<std::string, Cell> cells; // by column name; a column the file lacks is absent
};

struct CuratedFile {
    std::string text; // the file as read, without its byte order mark
    std::vector<CuratedRecord> records;
};

// Reads `bytes`: JSON when the first character other than white space is '[', else CSV (RFC
// 4180, CRLF or LF, a header of export column names in any order). A UTF-8 byte order mark is
// skipped. Appends every problem found to `problems` (bytes that are not UTF-8, broken quoting,
// a wrong number of cells, unknown or repeated column names, JSON syntax, values that are not
// text, numbers or null); records are returned only when there is none. Never throws.
CuratedFile read_curated_file(const std::string& bytes, std::vector<FileProblem>& problems);

} // namespace acta
