// The readers (import/readers/): HTML pages, PDF layout, format detection and the text layout
// they all produce. End-to-end runs on whole files are in tests/readers/readers_test.sh.
#include "document.hpp"
#include "error.hpp"
#include "format.hpp"
#include "html_reader.hpp"
#include "pdf_layout.hpp"
#include "source.hpp"

#include <catch2/catch.hpp>

#include <string>

using acta::DataError;
using namespace acta::import::readers;

namespace {

std::string html_text(const std::string& page)
{
    return read_html(page, "page.html").text;
}

} // namespace

TEST_CASE("HTML: blocks in the text importer's layout", "[readers][html]")
{
    const std::string text = html_text(
        "<!DOCTYPE html><html><head><title>T</title></head><body>"
        "<h1>The   title</h1><p>One <b>bold</b>word and <a href='#'>a link</a>.<br>Next line &amp; more&nbsp;text.</p>"
        "<ul><li>first</li><li>second<ul><li>nested</li></ul></li></ul>"
        "<ol start='3'><li><p>third</p><p>same item</p></li><li>fourth</li></ol>"
        "<table><tr><td>Chile</td><td>Senate</td></tr><thead><tr><th>Country</th><th>Body</th></tr></thead></table>"
        "<p>After.</p></body></html>");
    CHECK(text == "The title\n\n"
                  "One boldword and a link.\nNext line & more text.\n\n"
                  "- first\n- second\n  - nested\n\n"
                  "3. third same item\n4. fourth\n\n"
                  "Country | Body\nChile | Senate\n\n"
                  "After.\n");
}

TEST_CASE("HTML: furniture is dropped, the article kept", "[readers][html]")
{
    const std::string text = html_text(
        "<html><body class='has-sidebar'><header><nav><a>Home</a></nav>Site name</header>"
        "<div id='cookie-notice'>We use cookies.</div><div class='news-ticker'>Other headline</div>"
        "<main><article><header><h1>Headline</h1><p class='byline'>By A. Writer</p></header>"
        "<p>The text itself.</p><div class='share-buttons'>Share</div>"
        "<section class='comments'><p>A comment.</p></section><script>var x = 'script text';</script>"
        "<div role='navigation'>Prev | Next</div><div hidden>Hidden</div><form><p>Search</p></form></article>"
        "<aside>Sidebar</aside></main><footer>Copyright</footer></body></html>");
    // The article's header is a group of its own: two blank lines after it.
    CHECK(text == "Headline\n\nBy A. Writer\n\n\nThe text itself.\n");
}

TEST_CASE("HTML: the article with the most text wins over teasers", "[readers][html]")
{
    const std::string text = html_text("<body><article><p>Teaser.</p></article>"
                                       "<article><p>The long article text, much longer than a teaser.</p></article></body>");
    CHECK(text == "The long article text, much longer than a teaser.\n");
}

TEST_CASE("HTML: metadata", "[readers][html]")
{
    const Document doc = read_html(
        "<html><head><title>Page title | Site</title><meta property='og:title' content='Clean title'>"
        "<meta name='author' content='Jane Roe'><link rel='canonical' href='https://example.org/a'>"
        "</head><body><article><p class='byline'><time datetime='2019-05-03T10:00:00Z'>3 May</time></p>"
        "<p>Text.</p></article></body></html>",
        "m.html");
    CHECK(doc.meta.title == "Clean title");
    CHECK(doc.meta.author == "Jane Roe");
    CHECK(doc.meta.published == "2019-05-03");
    CHECK(doc.meta.url == "https://example.org/a");
    const Document plain = read_html("<title>Only title</title><p>By <a rel='author'>By Sam Poe</a></p>"
                                     "<meta property='article:published_time' content='2020-13-01'>", "p.html");
    CHECK(plain.meta.title == "Only title");
    CHECK(plain.meta.author == "Sam Poe");
    CHECK(plain.meta.published.empty()); // month 13 is no date
}

TEST_CASE("HTML: charsets", "[readers][html]")
{
    CHECK(html_text("<meta charset='windows-1252'><p>caf\xE9 \x93quoted\x94</p>") ==
          "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
    CHECK(html_text("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>na\xEFve</p>") ==
          "na\xC3\xAFve\n");
    // No declaration and not UTF-8: the web's default.
    CHECK(html_text("<p>S\xE9nat</p>") == "S\xC3\xA9nat\n");
    CHECK(read_html("<p>S\xE9nat</p>", "h.html", "iso-8859-1").text == "S\xC3\xA9nat\n");
    CHECK(html_text("<p>\xC5\x9E" "eki</p>") == "\xC5\x9E" "eki\n");
    CHECK(declared_charset("<head><meta charset=\"KOI8-R\">") == "koi8-r");
    CHECK_THROWS_WITH(html_text("<meta charset='no-such'><p>x</p>"), Catch::Contains("page.html: declares charset no-such"));
    CHECK_THROWS_WITH(html_text(std::string("\x01\x02\x03\x04\x05\x06<p>x</p>\x07\x08")), Catch::Contains("binary"));
    CHECK_THROWS_WITH(html_text("<html><head><title>Only a title</title></head></html>"), Catch::Contains("no text"));
}

TEST_CASE("HTML: nesting deeper than any stack", "[readers][html]")
{
    std::string deep;
    for (int i = 0; i < 20000; ++i) {
        deep += "<div>";
    }
    deep += "<p>bottom</p>";
    CHECK(html_text(deep) == "bottom\n");
}

TEST_CASE("Formats: extension, MIME type and sniffing", "[readers][format]")
{
    CHECK(format_from_extension("a/Page.HTM") == Format::html);
    CHECK(format_from_extension("x.pdf") == Format::pdf);
    CHECK(format_from_extension("x.docx") == Format::docx);
    CHECK_FALSE(format_from_extension("notes").has_value());
    CHECK(sniff_format("\xEF\xBB\xBF  <!DOCTYPE html><p>") == Format::html);
    CHECK(sniff_format("%PDF-1.7") == Format::pdf);
    CHECK(sniff_format("PK\x03\x04...") == Format::docx);
    CHECK(sniff_format("On 3 May the <b>Senate</b> adopted") == Format::text);
    const ContentType ct = parse_content_type("Text/HTML; Charset=\"ISO-8859-1\"");
    CHECK(ct.mime == "text/html");
    CHECK(ct.charset == "iso-8859-1");
    CHECK(format_from_mime("application/pdf", "u") == Format::pdf);
    CHECK_FALSE(format_from_mime("application/octet-stream", "u").has_value());
    CHECK_THROWS_WITH(format_from_mime("image/png", "http://h/x"), Catch::Contains("http://h/x: unsupported content type image/png"));
    CHECK(is_url("HTTPS://example.org"));
    CHECK_FALSE(is_url("file:///etc/passwd"));
}

namespace {

pdf::Line line(const std::string& text, double top, double size = 10, double right = 500)
{
    return {text, 50, top, right, top + size};
}

std::string render(std::vector<std::vector<pdf::Line>> pages)
{
    pdf::remove_page_furniture(pages);
    DocumentBuilder b;
    pdf::build_blocks(pages, b);
    return std::move(b).finish({}).text;
}

} // namespace

TEST_CASE("PDF layout: running headers, footers and page numbers go", "[readers][pdf]")
{
    std::vector<std::vector<pdf::Line>> pages;
    const char* first[] = {"One", "Two", "Three"};
    for (int p = 1; p <= 3; ++p) {
        pages.push_back({line("Annual Report 2019", 10), line(std::string(first[p - 1]) + ": a full line of text", 60),
                         line("that runs to the right margin", 74), line("and ends here.", 88, 10, 150),
                         line("2013", 120, 10, 100), line("Page " + std::to_string(p) + " of 3", 780),
                         line(std::to_string(p), 795)});
    }
    // "2013" is a year in the text, not a page number (larger than the page count).
    std::string want;
    for (const char* f : first) {
        want += std::string(want.empty() ? "" : "\n\n") + f + ": a full line of text that runs to the right margin and ends here.\n\n\n2013";
    }
    CHECK(render(pages) == want + "\n");
}

TEST_CASE("PDF layout: paragraphs, hyphenation, headings, list items", "[readers][pdf]")
{
    const std::vector<std::vector<pdf::Line>> pages{{
        line("A Heading", 28, 18),
        line("The parliament recog-", 50), line("nized the events as Nagorno-", 64), line("Karabakh ones.", 78, 10, 200),
        line("A new paragraph after a wider gap.", 100, 10, 300),
        line("\xE2\x80\xA2 first item", 114, 10, 200), line("2. second item", 128, 10, 200),
    }};
    CHECK(render(pages) == "A Heading\n\nThe parliament recognized the events as Nagorno-Karabakh ones.\n\n"
                           "A new paragraph after a wider gap.\n\n- first item\n2. second item\n");
}

TEST_CASE("PDF layout: a paragraph runs on across a page break", "[readers][pdf]")
{
    const std::vector<std::vector<pdf::Line>> pages{
        {line("Intro.", 50, 10, 100), line("The Senate adopted on 3 May a", 64)},
        {line("resolution on the events.", 50, 10, 200), line("Next one, a line that runs to the margin.", 64)},
    };
    CHECK(render(pages) == "Intro.\n\nThe Senate adopted on 3 May a resolution on the events.\n\n"
                           "Next one, a line that runs to the margin.\n");
}

TEST_CASE("PDF layout: words into lines", "[readers][pdf]")
{
    pdf::Page page;
    page.words = {{"The", 10, 100, 30, 110, true}, {"Senate", 32, 100, 60, 110, false}, {"'s", 60, 100, 70, 110, true},
                  {"vote", 72, 100, 90, 110, true}, {"Next", 10, 115, 30, 125, true}};
    const auto lines = pdf::lines_of(page);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "The Senate's vote");
    CHECK(lines[1].text == "Next");
}

TEST_CASE("Document layout: spans and section breaks", "[readers][document]")
{
    DocumentBuilder b;
    b.heading("  Title  ", 1);
    b.paragraph("event  text");
    b.paragraph("1 May 2010");
    b.section_break();
    b.list_item("item | one", 1, "-");
    b.table_row({"a|b", "c"}, true);
    const Document d = std::move(b).finish({});
    CHECK(d.text == "Title\n\nevent text\n\n1 May 2010\n\n\n  - item | one\n\na/b | c\n");
    REQUIRE(d.blocks.size() == 5);
    CHECK(d.text.substr(d.blocks[2].begin, d.blocks[2].end - d.blocks[2].begin) == "1 May 2010");
    CHECK(d.blocks[4].kind == BlockKind::table_row);
    CHECK(d.blocks[4].header);
}

TEST_CASE("Readers: a plain text file and a missing one", "[readers][source]")
{
    CHECK_THROWS_WITH(load_source("/nonexistent/a.html", {}), Catch::Contains("/nonexistent/a.html: no such file"));
    const Document d = read_document("On 3 May the Senate adopted.\n", Format::text, "t.txt", {}, {});
    CHECK(d.text == "On 3 May the Senate adopted.\n");
    CHECK(d.blocks.empty());
    CHECK(read_document("caf\xE9\n", Format::text, "t.txt", "windows-1252", {}).text == "caf\xC3\xA9\n");
}
