#!/usr/bin/env python3
"""A local HTTP server for the URL import tests: serves DIR's files and a few made-up failures
on 127.0.0.1 only, on a free port it prints on stdout ("PORT 12345"), until killed.

Usage: serve.py DIR

Routes: /files/NAME (the file; its type from the name, .bin as application/octet-stream),
/redirect/NAME (302 to /files/NAME), /loop (redirects to itself), /missing (404),
/error (500), /slow (waits 30 s before answering), /big (a 2 MiB text/html body),
/image (image/png).
"""
import http.server
import os
import sys
import time

TYPES = {".html": "text/html; charset=windows-1252", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".bin": "application/octet-stream"}


class Handler(http.server.BaseHTTPRequestHandler):
    root = "."

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/plain", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path.startswith("/files/"):
            name = os.path.basename(path[len("/files/"):])
            full = os.path.join(self.root, name)
            if not os.path.isfile(full):
                return self.send(404, b"not found")
            ext = os.path.splitext(name)[1]
            return self.send(200, open(full, "rb").read(), TYPES.get(ext, "application/octet-stream"))
        if path.startswith("/redirect/"):
            return self.send(302, b"", headers=[("Location", "/files/" + path[len("/redirect/"):])])
        if path == "/loop":
            return self.send(302, b"", headers=[("Location", "/loop")])
        if path == "/missing":
            return self.send(404, b"<h1>Not found</h1>", "text/html")
        if path == "/error":
            return self.send(500, b"<h1>Server error</h1>", "text/html")
        if path == "/slow":
            time.sleep(30)
            return self.send(200, b"<p>too late</p>", "text/html")
        if path == "/big":
            return self.send(200, b"<p>" + b"x" * (2 << 20) + b"</p>", "text/html")
        if path == "/image":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        return self.send(404, b"not found")


def main():
    Handler.root = sys.argv[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT", server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
