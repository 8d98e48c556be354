#pragma once
// Reading the tests' TSV case tables (tests/dates/, tests/data/dates/): one place for both suites.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace acta::test {

// The cells of one TSV line (no quoting: a tab always separates).
inline std::vector<std::string> split_tabs(const std::string& line)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

// The .tsv files of `dir`, sorted by name so cases keep a stable order.
inline std::vector<std::filesystem::path> tsv_files(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".tsv") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace acta::test
