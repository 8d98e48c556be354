// make_corpus: writes a synthetic chronology (see corpus.hpp) for the kill test and benchmarks.
//   make_corpus [--seed N] [--size SIZE] [--crlf] [-o FILE]
// SIZE as for `acta import --max-size` (e.g. 8M); default 4M. Same seed, same bytes.
#include "corpus.hpp"
#include "input_file.hpp"

#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    acta::bench::CorpusOptions options;
    std::string out_path;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) {
                    throw std::runtime_error(arg + " needs a value");
                }
                return argv[++i];
            };
            if (arg == "--seed") {
                options.seed = std::stoull(value());
            } else if (arg == "--size") {
                options.bytes = static_cast<std::size_t>(acta::import::parse_size(value()));
            } else if (arg == "--crlf") {
                options.crlf = true;
            } else if (arg == "-o") {
                out_path = value();
            } else if (arg == "-h" || arg == "--help") {
                std::cout << "usage: make_corpus [--seed N] [--size SIZE] [--crlf] [-o FILE]\n";
                return 0;
            } else {
                throw std::runtime_error("unknown argument " + arg);
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "make_corpus: " << e.what() << "\nusage: make_corpus [--seed N] [--size SIZE] [--crlf] [-o FILE]\n";
        return 2;
    }
    const std::string text = acta::bench::generate_corpus(options);
    if (out_path.empty()) {
        std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
        std::cout.flush();
        return std::cout ? 0 : 1;
    }
    std::ofstream out(out_path, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
        std::cerr << "make_corpus: cannot write " << out_path << ": " << std::strerror(errno) << '\n';
        return 1;
    }
    return 0;
}
