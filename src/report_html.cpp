#include "report_html.hpp"

#include "chart_timeline.hpp"
#include "date_text.hpp"
#include "svg_writer.hpp"

namespace acta {

namespace {

// The page's style; the print part gives clean pages (no controls, links spelled out).
constexpr const char* style = R"css(
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 1.5rem auto; max-width: 72rem;
       padding: 0 1rem; color: #222; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #444; margin: 0.2rem 0; }
nav a { margin-right: 1rem; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; border: 1px solid #e4e4e4; }
figcaption { color: #444; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; position: sticky; top: 0; }
th[data-key] { cursor: pointer; }
th[aria-sort="ascending"]::after { content: " \25B2"; }
th[aria-sort="descending"]::after { content: " \25BC"; }
td.num { text-align: right; }
td:nth-child(2) { white-space: nowrap; }
blockquote { margin: 0.2rem 0 0.2rem 0.6rem; padding-left: 0.5rem; border-left: 3px solid #ccc; color: #333; }
.source { color: #555; font-size: 0.85rem; margin: 0; }
.controls input { font-size: 1rem; padding: 0.2rem; }
.undated td:nth-child(2) { color: #a33; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  nav, .controls { display: none; }
  th { position: static; }
  thead { display: table-header-group; }
  tr, figure, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; }
  figure svg { border: none; }
}
)css";

// Sorting and filtering; the table is whole and in date order without it. Kept free of < and &
// so the page stays well-formed XML.
constexpr const char* script = R"js(
(function () {
  var table = document.getElementById('act-table');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var counter = document.getElementById('row-count');
  var input = document.getElementById('row-filter');
  function show() {
    var shown = rows.filter(function (r) { return !r.hidden; }).length;
    counter.textContent = shown + ' of ' + rows.length + ' acts shown';
  }
  function key(row, column, type) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-value') || cell.textContent;
    return type === 'number' ? Number(value) : value.toLowerCase();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    var type = th.getAttribute('data-key');
    if (!type) { return; }
    th.tabIndex = 0;
    function sort() {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = key(a, column, type), y = key(b, column, type);
        return (x === y ? 0 : (x > y ? 1 : -1)) * (up ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (r) {
      var text = r.textContent.toLowerCase();
      r.hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
    });
    show();
  });
  document.getElementById('controls').hidden = false;
  show();
  document.body.setAttribute('data-ready', 'yes');
})();
)js";

std::string esc(const std::string& s)
{
    return xml_escape(s);
}

// The SVG document without its XML declaration, to sit inside the page.
std::string inline_svg(const std::string& svg)
{
    const auto at = svg.find("<svg");
    return at == std::string::npos ? svg : svg.substr(at);
}

std::string terms_text(const ActRecord& a)
{
    std::string out;
    for (const auto& t : a.terms) {
        out += (out.empty() ? "" : ", ") + term_label(t);
    }
    return out;
}

std::string act_row(const ActRecord& a)
{
    const std::string date = date_in_words(a.precision, a.date_start, a.date_end);
    std::string jurisdiction = a.jurisdiction;
    if (a.level == "subnational") {
        jurisdiction += " (" + a.jurisdiction_code + ")";
    }
    std::string row = std::string("<tr id=\"act-") + std::to_string(a.id) + "\"" +
                      (a.dated() ? "" : " class=\"undated\"") + ">";
    row += "<td class=\"num\">" + std::to_string(a.id) + "</td>";
    row += "<td data-value=\"" + esc(a.dated() ? a.date_start + a.date_end : "9999") + "\">" + esc(date) + "</td>";
    row += "<td>" + esc(jurisdiction) + "</td>";
    row += "<td>" + esc(a.body) + "</td>";
    row += "<td>" + esc(a.act_type) + (a.identifier.empty() ? "" : " " + esc(a.identifier)) + "</td>";
    row += "<td>" + esc(terms_text(a)) + "</td>";
    row += "<td>";
    if (!a.wording.empty()) {
        row += "<p class=\"source\">Wording: " + esc(a.wording) + "</p>";
    }
    if (!a.quote.empty()) {
        row += "<blockquote>" + esc(a.quote) + "</blockquote>";
    }
    if (!a.source.empty()) {
        row += "<p class=\"source\">Source: " + esc(a.source) + "</p>";
    }
    return row + "</td></tr>\n";
}

std::string acts_section(const ActList& list)
{
    std::string out = "<section id=\"acts\">\n<h2>Acts</h2>\n";
    out += "<p id=\"controls\" class=\"controls\" hidden=\"hidden\"><label>Show rows containing "
           "<input id=\"row-filter\" type=\"search\"/></label> <span id=\"row-count\"></span></p>\n";
    out += "<table id=\"act-table\">\n<thead><tr><th data-key=\"number\">Act</th><th data-key=\"text\">Date</th>"
           "<th data-key=\"text\">Jurisdiction</th><th data-key=\"text\">Body</th><th data-key=\"text\">Type</th>"
           "<th data-key=\"text\">Terms</th><th>Wording, quote and source</th></tr></thead>\n<tbody>\n";
    for (const auto& a : list.acts) {
        out += act_row(a);
    }
    out += "</tbody>\n</table>\n";
    if (list.acts.empty()) {
        out += "<p>No acts match these filters.</p>\n";
    }
    if (list.stats.undated_hidden > 0) {
        out += "<p class=\"meta\">The date filters left out " + std::to_string(list.stats.undated_hidden) +
               " undated acts.</p>\n";
    }
    return out + "</section>\n";
}

std::string source_item(const SourceRecord& record)
{
    const SourceInfo& s = record.info;
    std::string out = "<li id=\"source-" + std::to_string(record.id) + "\"><cite>" +
                      esc(s.title.empty() ? "(untitled)" : s.title) + "</cite>";
    for (const auto& part : {s.author, s.publisher}) {
        if (!part.empty()) {
            out += ", " + esc(part);
        }
    }
    out += s.published.empty() ? ", undated" : ", " + esc(s.published);
    out += ".";
    if (!s.url.empty()) {
        out += " <a href=\"" + esc(s.url) + "\">" + esc(s.url) + "</a>.";
    }
    if (!s.path.empty()) {
        out += " Imported from <code>" + esc(s.path) + "</code>.";
    }
    return out + " " + std::to_string(record.acts) + (record.acts == 1 ? " act" : " acts") + ".</li>\n";
}

std::string sources_section(const std::vector<SourceRecord>& sources)
{
    std::string out = "<section id=\"sources\">\n<h2>Sources in the database</h2>\n";
    if (sources.empty()) {
        return out + "<p>None.</p>\n</section>\n";
    }
    out += "<ol>\n";
    for (const auto& s : sources) {
        out += source_item(s);
    }
    return out + "</ol>\n</section>\n";
}

std::string charts_section(const ReportInput& in)
{
    std::string out = "<section id=\"charts\">\n<h2>Charts</h2>\n";
    out += "<figure>\n" + inline_svg(in.timeline_svg) +
           "<figcaption>Acts by jurisdiction and date, marked by act type. Hover a mark for the act.</figcaption>\n"
           "</figure>\n";
    out += "<figure>\n" + inline_svg(in.cumulative_svg) +
           "<figcaption>Running total of acts by the terms they use.</figcaption>\n</figure>\n";
    return out + "</section>\n";
}

} // namespace

std::string report_html(const ReportInput& in)
{
    const std::size_t count = in.acts->acts.size();
    const std::string acts = std::to_string(count) + (count == 1 ? " act" : " acts");
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                      "<meta name=\"generator\" content=\"acta " + esc(in.version) + "\"/>\n"
                      "<title>acta report: " + acts + " (" + esc(in.filters) + ")</title>\n"
                      "<style>" + style + "</style>\n</head>\n<body>\n<header>\n"
                      "<h1>Legislative acts: " + acts + "</h1>\n"
                      "<p class=\"meta\">Filters: " + esc(in.filters) + "</p>\n"
                      "<p class=\"meta\">Made by acta " + esc(in.version) +
                      ". acta records what its sources say; each act below cites the source that attests it.</p>\n"
                      "<nav><a href=\"#charts\">Charts</a><a href=\"#acts\">Acts</a><a href=\"#sources\">Sources</a>"
                      "</nav>\n</header>\n";
    out += charts_section(in);
    out += acts_section(*in.acts);
    out += sources_section(*in.sources);
    out += "<footer><p class=\"meta\">acta " + esc(in.version) + "</p></footer>\n";
    out += std::string("<script>//<![CDATA[") + script + "//]]></script>\n</body>\n</html>\n";
    return out;
}

} // namespace acta
