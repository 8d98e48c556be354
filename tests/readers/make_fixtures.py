#!/usr/bin/env python3
"""Writes the reader test fixtures from the project's own text: the bundled article as a noisy
web page (site navigation, a ticker of other headlines, a sidebar, a cookie banner, comments,
a footer, scripts), as a plain page to print to PDF, and as a Word file; plus small bad files.

Usage: make_fixtures.py SAMPLE_TXT OUT_DIR

Everything here is written by the project; the furniture's headlines, menus and comments are
invented for the test and deliberately read like acts, so that an act found in them is a bug.
"""
import html
import re
import os
import struct
import sys
import zipfile


def paragraphs(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def is_heading(p, next_p):
    """Short lines without a final full stop before a paragraph of running text."""
    return (len(p) < 90 and not p.rstrip().endswith((".", "!", "?", ")")) and not p[:1].isdigit()
            and not any(m in p for m in ("January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"))
            and next_p is not None and len(next_p) > 90)


DATE_LINE = re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|December)"
                       r" \d{1,2}, \d{4}$")


def article_body(paras, esc=html.escape):
    """The article's HTML: title, byline with the dateline, then headings and paragraphs."""
    title, dateline, _, author = paras[0], paras[1], paras[2], paras[3]
    out = [f"<h1>{esc(title)}</h1>",
           f'<p class="byline">By <a rel="author" href="/authors/rg">{esc(author)}</a> '
           f'<span class="sep">&middot;</span> <time datetime="2014-02-27T09:15:00+04:00">{esc(dateline)}</time></p>']
    body = paras[4:]
    skip = False
    for i, p in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        if skip:
            skip = False
            continue
        if p.startswith("Follow us"):
            break
        if nxt is not None and DATE_LINE.match(nxt.strip()):
            # A timeline entry: the event and its date line in one container, as sites lay them out.
            out.append(f'<div class="timeline-entry"><p>{esc(p)}</p><p class="date">{esc(nxt)}</p></div>')
            skip = True
        elif is_heading(p, nxt):
            out.append(f"<h2>{esc(p)}</h2>")
        else:
            # Inline markup inside paragraphs must join without breaks.
            words = esc(p).split(" ", 2)
            if len(words) == 3 and len(p) > 200:
                out.append(f"<p><strong>{words[0]}</strong> <em>{words[1]}</em> {words[2]}</p>")
            else:
                out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


NAV = """<header class="site-header"><div class="logo">Example Caucasus News</div>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/parliament">Parliament adopts</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="news-ticker"><span>Latvian Saeima adopted a resolution recognizing the Khojaly genocide on 14 February 2014</span>
<span>Senate of Chile passed a declaration on the Khojaly massacre on 20 January 2014</span></div></header>"""

COOKIE = """<div id="cookie-consent" class="cookie-banner"><p>We use cookies. The Parliament of Norway
adopted a motion on cookies on 3 March 2013.</p><button>Accept</button></div>"""

SIDEBAR = """<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a1">Bundestag adopted a resolution condemning the Khojaly massacre on 12 March 2013</a></li>
<li><a href="/a2">The Senate of Brazil recognized the Khojaly genocide on 5 May 2013</a></li></ul>
<div class="widget newsletter"><p>Subscribe: the Riksdag approved a declaration on 2 June 2013.</p></div></aside>"""

COMMENTS = """<section id="comments" class="comments-area"><h3>3 comments</h3>
<article class="comment"><p>The Parliament of Peru recognized it again on 9 September 2013!</p></article>
<article class="comment"><p>Argentina's Chamber of Deputies adopted a resolution on 15 October 2013.</p></article>
</section>"""

SHARE = """<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a>
<span>The Knesset adopted a statement on 1 April 2013</span></div>"""

FOOTER = """<footer class="site-footer"><p>&copy; 2014 Example Caucasus News. The Verkhovna Rada adopted
a resolution on 11 November 2013.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>"""

SCRIPT = """<script>var related = "The Senate of Italy adopted a resolution on 8 August 2013";</script>
<style>.byline { color: #666 }</style>"""


def noisy_page(paras):
    title = paras[0]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="windows-1252">
<title>{html.escape(title)} | Example Caucasus News</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2014-02-27T09:15:00+04:00">
<meta name="author" content="{html.escape(paras[3])}">
<link rel="canonical" href="https://news.example.org/2014/02/27/khojaly-recognition">
{SCRIPT}</head>
<body class="single has-sidebar">
{COOKIE}
{NAV}
<div class="layout"><main id="content">
<article class="post">
{article_body(paras)}
{SHARE}
{COMMENTS}
</article></main>
{SIDEBAR}</div>
{FOOTER}
</body></html>
"""


def print_page(paras):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(paras[0])}</title>
<style>body {{ font: 11pt/1.45 serif; margin: 0 }} h1 {{ font-size: 20pt }} h2 {{ font-size: 14pt }}
p {{ margin: 0 0 0.8em 0; text-align: justify; hyphens: manual }}
.timeline-entry {{ margin-bottom: 2.4em }}</style></head>
<body><article>
{article_body(paras)}
</article></body></html>
"""


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def xml_text(s):
    return html.escape(s, quote=False)


def docx(paras, path):
    body = []
    title, dateline, author = paras[0], paras[1], paras[3]
    body.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{xml_text(title)}</w:t></w:r></w:p>')
    body.append(f'<w:p><w:r><w:t>{xml_text(dateline)}</w:t></w:r></w:p>')
    body.append(f'<w:p><w:r><w:t>{xml_text(author)}</w:t></w:r></w:p>')
    rest = paras[4:]
    for i, p in enumerate(rest):
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if p.startswith("Follow us"):
            break
        if DATE_LINE.match(p.strip()):
            # A timeline entry's date: an empty paragraph after it sets the entry apart, as
            # people space such lists in Word.
            body.append(f'<w:p><w:r><w:t>{xml_text(p)}</w:t></w:r></w:p><w:p/>')
        elif is_heading(p, nxt):
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>{xml_text(p)}</w:t></w:r></w:p>')
        else:
            # Split into runs (as Word does around formatting) with a bold first word.
            first, _, tail = p.partition(" ")
            body.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{xml_text(first)}</w:t></w:r>'
                        f'<w:r><w:t xml:space="preserve"> {xml_text(tail)}</w:t></w:r></w:p>')
    write_docx(path, "".join(body), title, author)


def write_docx(path, body_xml, title="", author="", numbering=None):
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
              '</w:styles>')
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>{xml_text(title)}</dc:title><dc:creator>{xml_text(author)}</dc:creator></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'
                   f'{body_xml}</w:body></w:document>')
        z.writestr("word/styles.xml", styles)
        if numbering:
            z.writestr("word/numbering.xml", numbering)
        z.writestr("docProps/core.xml", core)


def list_docx(path):
    """Lists (bulleted, numbered, nested) and a table, for the DOCX structure test."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

    def item(text, num, lvl):
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                f'<w:r><w:t>{xml_text(text)}</w:t></w:r></w:p>')

    def row(cells):
        return "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{xml_text(c)}</w:t></w:r></w:p></w:tc>" for c in cells) + "</w:tr>"

    body = ('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Recognitions</w:t></w:r></w:p>'
            + item("Sweden: the Riksdag", 1, 0) + item("a motion on 11 March 2010", 1, 1)
            + item("First numbered", 2, 0) + item("Second numbered", 2, 0)
            + '<w:p><w:r><w:t>Before</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>after the break</w:t></w:r>'
              '<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>'
            + "<w:tbl>" + row(["Country", "Body", "Date"]) + row(["Chile", "Senate", "1 June 2007"]) + "</w:tbl>")
    write_docx(path, body, "Lists and tables", "Test Author", numbering)


def write_pdf(path, objs, trailer_extra=""):
    """A minimal PDF of the given objects (1 is the catalog), with its cross-reference table."""
    parts = ["%PDF-1.4\n"]
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(sum(len(x) for x in parts))
        parts.append(f"{i} 0 obj\n{o}\nendobj\n")
    xref = sum(len(x) for x in parts)
    parts.append(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n")
    parts += [f"{off:010d} 00000 n \n" for off in offsets]
    parts.append(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n")
    open(path, "w").write("".join(parts))


def bad_files(out):
    """Damaged inputs for tests/reliability/bad_input.sh."""
    good_docx = os.path.join(out, "khojaly.docx")
    data = open(good_docx, "rb").read()
    open(os.path.join(out, "truncated.docx"), "wb").write(data[: len(data) // 2])
    # A zip bomb: a small document.xml-named entry that inflates to 200 MiB of zeros.
    with zipfile.ZipFile(os.path.join(out, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                f.write(chunk)
    # Not XML inside: a docx whose document.xml is cut off.
    with zipfile.ZipFile(os.path.join(out, "badxml.docx"), "w") as z:
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>cut')
    # An encrypted PDF (standard security handler, a user password): its /U does not match the
    # empty password, so no reader may open it without one.
    write_pdf(os.path.join(out, "encrypted.pdf"), [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + "11" * 32 + "> /U <" + "22" * 32 + "> /P -4 >>"],
        f"/Encrypt 4 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]")
    # A PDF with a page but no text (a scan has only an image): a drawn rectangle.
    content = "0 0 1 rg 100 100 200 200 re f"
    write_pdf(os.path.join(out, "scan.pdf"), [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"])
    # Binary content under an .html name.
    open(os.path.join(out, "binary.html"), "wb").write(b"\x00\x01\x02\x03\x7fELF" + bytes(range(256)) * 16)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    sample, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    paras = paragraphs(open(sample, encoding="utf-8").read())
    with open(os.path.join(out, "khojaly-noisy.html"), "wb") as f:
        f.write(noisy_page(paras).encode("windows-1252", errors="xmlcharrefreplace"))
    with open(os.path.join(out, "khojaly-print.html"), "w", encoding="utf-8") as f:
        f.write(print_page(paras))
    docx(paras, os.path.join(out, "khojaly.docx"))
    list_docx(os.path.join(out, "lists.docx"))
    bad_files(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
