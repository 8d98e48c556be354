"""What the picture tests share: running acta, reading SVG text boxes, decoding PNG."""
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib

SVG = "{http://www.w3.org/2000/svg}"


def run(cmd, expect=0):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != expect:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {r.returncode}, expected {expect}\n{r.stderr}")
    return r


def estimated_width(text, size):
    """A text's width from rough DejaVu Sans advances (acta's own measure is wider).
    check_browser.py measures the boxes a real browser draws."""
    ems = 0.0
    for c in text:
        if c == " ":
            ems += 0.32
        elif c in "ijl.,:;'|!()[]":
            ems += 0.3
        elif c in "mwMW":
            ems += 0.9
        elif c.isupper():
            ems += 0.7
        else:
            ems += 0.6
    return ems * size


def text_boxes(svg_path):
    """(x0, y0, x1, y1, text) for every <text> of an SVG, from its attributes."""
    boxes = []
    for t in ET.parse(svg_path).getroot().iter(SVG + "text"):
        size = float(t.get("font-size", "11"))
        shown = "".join(t.itertext())
        title = t.find(SVG + "title")
        if title is not None and title.text:
            shown = shown[len(title.text):]
        x, y = float(t.get("x")), float(t.get("y"))
        w = estimated_width(shown, size)
        anchor = t.get("text-anchor", "start")
        x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        boxes.append((x0, y - 0.75 * size, x0 + w, y + 0.2 * size, shown))
    return boxes


def overlaps(boxes):
    """Pairs of boxes that overlap (sweep over x)."""
    found = []
    ordered = sorted(boxes)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b[0] >= a[2]:
                break
            if a[1] < b[3] and b[1] < a[3]:
                found.append((a[4], b[4]))
    return found


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"FAIL: {path} is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"FAIL: {path}: unsupported PNG layout {header}")
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for r in range(height):
        f = raw[r * (stride + 1)]
        line = bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append((line, bpp))
        prev = line
    return width, height, rows


def ink(path):
    """(share of pixels that are not near white, share that are coloured, not grey)."""
    width, height, rows = png_pixels(path)
    dark = coloured = 0
    for line, bpp in rows:
        for i in range(0, len(line), bpp * 2):  # every other pixel is enough
            r, g, b = line[i], line[i + 1], line[i + 2]
            if min(r, g, b) < 230:
                dark += 1
            if max(r, g, b) - min(r, g, b) > 60:
                coloured += 1
    total = width * height / 2
    return dark / total, coloured / total
