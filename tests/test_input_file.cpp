// read_text_file() and validate_text(): every way a file handed to `acta import` can be wrong
// gives a DataError whose one-line message names the file and the place.
#include "input_file.hpp"

#include "error.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace fs = std::filesystem;
using acta::DataError;
using acta::import::InputLimits;
using acta::import::read_text_file;
using acta::import::validate_text;
using namespace std::string_literals;

namespace {

// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        m_path = fs::temp_directory_path() /
                 ("acta-input-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(m_path);
        fs::permissions(m_path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    fs::path write(const std::string& name, const std::string& bytes) const
    {
        const fs::path p = m_path / name;
        std::ofstream out(p, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// The message of the DataError that `f` throws; fails the test when it throws nothing.
template <typename F>
std::string data_error(F&& f)
{
    try {
        f();
    } catch (const DataError& e) {
        return e.what();
    }
    FAIL("no DataError thrown");
    return {};
}

std::string file_error(const fs::path& p, const InputLimits& limits = {})
{
    const std::string msg = data_error([&] { (void)read_text_file(p, limits); });
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(msg.find(p.string()) != std::string::npos);
    return msg;
}

std::string text_error(const std::string& bytes)
{
    const std::string msg = data_error([&] { (void)validate_text(bytes, "input.txt"); });
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(msg.rfind("input.txt", 0) == 0);
    return msg;
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string utf16le(const std::string& ascii)
{
    std::string out;
    for (const char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

} // namespace

TEST_CASE("a good file is returned as it is, CRLF kept, UTF-8 BOM stripped", "[input]")
{
    TempDir dir;
    const std::string text = "On 12 March 2009 the Senate of Chile adopted a resolution.\r\n"
                             "Kırım – “Khojaly” ✓ 😀\n";
    CHECK(read_text_file(dir.write("plain.txt", text)) == text);
    CHECK(read_text_file(dir.write("bom.txt", "\xEF\xBB\xBF" + text)) == text);
    CHECK(read_text_file(dir.write("one.txt", "x")) == "x");
    // Exactly at the limit is allowed.
    CHECK(read_text_file(dir.write("limit.txt", std::string(100, 'a')), InputLimits{100}) == std::string(100, 'a'));
}

TEST_CASE("a file that cannot be opened is named with the reason", "[input]")
{
    TempDir dir;
    SECTION("missing")
    {
        CHECK(contains(file_error(dir.path() / "nope.txt"), "no such file"));
    }
    SECTION("missing directory on the way")
    {
        CHECK(contains(file_error(dir.path() / "nodir" / "nope.txt"), "no such file"));
    }
    SECTION("a directory")
    {
        CHECK(contains(file_error(dir.path()), "is a directory"));
    }
    SECTION("a path through a regular file")
    {
        const fs::path f = dir.write("file.txt", "text");
        CHECK(contains(file_error(f / "below.txt"), "cannot be opened (Not a directory)"));
    }
}

TEST_CASE("an unreadable file is refused with 'permission denied', also when run as root", "[input]")
{
    TempDir dir;
    const fs::path p = dir.write("secret.txt", "On 1 May 2000 the Senate adopted a resolution.\n");
    fs::permissions(p, fs::perms::none);
    if (::geteuid() != 0) {
        CHECK(contains(file_error(p), "cannot be read (permission denied)"));
        return;
    }
    // Root reads a mode-000 file anyway: try it as nobody, in a child process.
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int code = 3;
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            try {
                (void)read_text_file(p);
                code = 1;
            } catch (const DataError& e) {
                const std::string msg = e.what();
                code = contains(msg, p.string() + ": cannot be read (permission denied)") ? 0 : 2;
            }
        }
        ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("empty and whitespace-only files are refused", "[input]")
{
    TempDir dir;
    CHECK(contains(file_error(dir.write("empty.txt", "")), "empty.txt is empty"));
    CHECK(contains(file_error(dir.write("bom.txt", "\xEF\xBB\xBF")), "bom.txt is empty (only a byte order mark)"));
    CHECK(contains(file_error(dir.write("blank.txt", " \r\n\t\n  \n")), "blank.txt holds only whitespace (8 bytes)"));
}

TEST_CASE("a file over the limit is refused from its size, before reading", "[input]")
{
    TempDir dir;
    SECTION("1 GiB sparse file: all NUL bytes, so only the size check can name it")
    {
        const fs::path p = dir.write("huge.txt", "");
        fs::resize_file(p, std::uintmax_t{1} << 30);
        CHECK(contains(file_error(p), "huge.txt is 1.0 GiB (1073741824 bytes), over the 64 MiB limit (use --max-size)"));
    }
    SECTION("100 MB without a newline: refused by default, read with a higher limit")
    {
        const std::string line(100'000'000, 'a');
        const fs::path p = dir.write("long.txt", line);
        CHECK(contains(file_error(p), "long.txt is 95.4 MiB (100000000 bytes), over the 64 MiB limit (use --max-size)"));
        const std::string text = read_text_file(p, InputLimits{std::uintmax_t{128} << 20});
        CHECK(text.size() == line.size());
        CHECK(text == line);
    }
    SECTION("a device without a size stops one byte past the limit")
    {
        const std::string msg = file_error("/dev/zero", InputLimits{1024});
        CHECK(contains(msg, "/dev/zero is over the 1 KiB limit (use --max-size)"));
    }
}

TEST_CASE("UTF-16 and UTF-32 are recognized by BOM or NUL pattern", "[input]")
{
    const std::string english = "On 12 March 2009 the Senate of Chile adopted a resolution.\n";
    // clang-format off
    const std::vector<std::pair<std::string, std::string>> cases{
        {"\xFF\xFE"s + utf16le(english),                        "looks like UTF-16 (it starts with a UTF-16 byte order mark)"},
        {"\xFE\xFF"s + "\0O\0n"s,                               "looks like UTF-16 (it starts with a UTF-16 byte order mark)"},
        {utf16le(english),                                      "looks like UTF-16 (UTF-16LE"},
        {"\0O\0n\0 \0t\0h\0e\0 \0S\0e\0n\0a\0t\0e"s,            "looks like UTF-16 (UTF-16BE"},
        {"O\0"s,                                                "looks like UTF-16 (UTF-16LE"},
        {"\xFF\xFE\0\0"s + "O\0\0\0"s,                          "looks like UTF-32 (it starts with a UTF-32 byte order mark)"},
        {"\0\0\xFE\xFF"s + "\0\0\0O"s,                          "looks like UTF-32 (it starts with a UTF-32 byte order mark)"},
        {"O\0\0\0n\0\0\0 \0\0\0t\0\0\0h\0\0\0e\0\0\0"s,         "looks like UTF-32 (UTF-32LE"},
        {"\0\0\0O\0\0\0n\0\0\0 \0\0\0t\0\0\0h\0\0\0e"s,         "looks like UTF-32 (UTF-32BE"},
    };
    // clang-format on
    for (const auto& [bytes, expected] : cases) {
        INFO(expected);
        const std::string msg = text_error(bytes);
        CHECK(contains(msg, expected));
        CHECK(contains(msg, "convert it to UTF-8"));
    }
}

TEST_CASE("NUL bytes, control characters and invalid UTF-8 are reported at their byte offset", "[input]")
{
    // clang-format off
    const std::vector<std::pair<std::string, std::string>> cases{
        {"On 12 March 2009\nthe Senate\0 adopted"s,   ": NUL byte at byte offset 27 (line 2); a text file has none"},
        {"abc\x1B[0mdef"s,                             ": control character 0x1B at byte offset 3 (line 1)"},
        {"Caf\xE9 de Flore\n"s,                        ": invalid UTF-8 at byte offset 3 (line 1): byte 0xE9; convert the file to UTF-8"},
        {"\xEF\xBB\xBF" "ab\ncd\xFF"s,                 ": invalid UTF-8 at byte offset 8 (line 2): byte 0xFF"},  // offsets count the BOM
        {"overlong \xC0\x80 NUL"s,                     ": invalid UTF-8 at byte offset 9 (line 1): byte 0xC0"},
        {"overlong \xE0\x80\xAF slash"s,               ": invalid UTF-8 at byte offset 9 (line 1): byte 0xE0"},
        {"surrogate \xED\xA0\x80 here"s,               ": invalid UTF-8 at byte offset 10 (line 1): byte 0xED"},
        {"too big \xF4\x90\x80\x80 here"s,             ": invalid UTF-8 at byte offset 8 (line 1): byte 0xF4"},
        {"lead \xF5\x80\x80\x80 byte"s,                ": invalid UTF-8 at byte offset 5 (line 1): byte 0xF5"},
        {"stray \x80 continuation"s,                   ": invalid UTF-8 at byte offset 6 (line 1): byte 0x80"},
        {"cut at the end \xE2\x80"s,                   ": invalid UTF-8 at byte offset 15 (line 1): byte 0xE2"},
        {"bad second \xE2\x41\x80 byte"s,              ": invalid UTF-8 at byte offset 11 (line 1): byte 0xE2"},
    };
    // clang-format on
    for (const auto& [bytes, expected] : cases) {
        INFO(expected);
        CHECK(contains(text_error(bytes), expected));
    }
    // The largest code point and the last before the surrogates are fine.
    CHECK(validate_text("max \xF4\x8F\xBF\xBF ok \xED\x9F\xBF", "x") == "max \xF4\x8F\xBF\xBF ok \xED\x9F\xBF");
    CHECK(validate_text("tab\tvt\vff\fcr\r\n", "x") == "tab\tvt\vff\fcr\r\n");
}

TEST_CASE("binary files are called binary, known formats by name", "[input]")
{
    std::mt19937 rng(42);
    std::string noise(4096, '\0');
    for (auto& c : noise) {
        c = static_cast<char>(rng() & 0xFF);
    }
    CHECK(contains(text_error("ABCD"s + noise), "input.txt looks like a binary file, not text ("));
    CHECK(contains(text_error("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"s), "is a PDF document, not plain text"));
    CHECK(contains(text_error("PK\x03\x04\x14\0\x06\0"s), "is a ZIP archive (a .docx, .odt or .epub?)"));
    CHECK(contains(text_error("SQLite format 3\0\x10\0"s), "is an SQLite database"));
    CHECK(contains(text_error("{\\rtf1\\ansi Hello}"s), "is an RTF document"));
    CHECK(contains(text_error("\x7F" "ELF\x02\x01\x01"s), "is an executable"));
    CHECK(contains(text_error("\x1F\x8B\x08\0"s), "gzip-compressed"));
}

TEST_CASE("a file name with control characters still gives a one-line message", "[input]")
{
    TempDir dir;
    const fs::path p = dir.path() / "two\nlines.txt";
    const std::string msg = data_error([&] { (void)read_text_file(p); });
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(contains(msg, "two\\nlines.txt: no such file"));
}

TEST_CASE("format_size and parse_size", "[input]")
{
    using acta::import::format_size;
    using acta::import::parse_size;
    CHECK(format_size(0) == "0 bytes");
    CHECK(format_size(1) == "1 byte");
    CHECK(format_size(1023) == "1023 bytes");
    CHECK(format_size(1024) == "1 KiB");
    CHECK(format_size(std::uintmax_t{64} << 20) == "64 MiB");
    CHECK(format_size(std::uintmax_t{1} << 30, true) == "1.0 GiB");
    CHECK(format_size(1536) == "1.5 KiB");

    CHECK(parse_size("500000") == 500000);
    CHECK(parse_size("64M") == std::uintmax_t{64} << 20);
    CHECK(parse_size("64mib") == std::uintmax_t{64} << 20);
    CHECK(parse_size("1G") == std::uintmax_t{1} << 30);
    CHECK(parse_size("1.5 GB") == std::uintmax_t{3} << 29);
    CHECK(parse_size("2k") == 2048);
    CHECK(parse_size("10B") == 10);
    for (const char* bad : {"", "M", "-1", "1.M", "12 parsecs", "0", "0k", "99999999999999999999999", "20000000T"}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_size(bad), acta::UsageError);
    }
}
