"""A local replica of the finews endpoints and the Jekyll site, served from a folder of posts.

Routes (``count`` and ``pageindex`` page every list API; newest first):

* ``/information/newmarket/web/webapi?marketType=37|38|39`` → ``{"record": [...]}`` (local papers)
* ``/web/webapi?type=45`` → ``{"nodeList": [...]}``, ``/web/webapi?type=102`` → ``{"records": [...]}`` (rolling news)
* ``/NewsData/GetNewsText.do?id=<infoCode>`` → the article JSON (HTML in ``text``)
* ``/html_News/NewsShare.html?infoCode=<infoCode>`` → the script-driven share page
* ``/``, ``/category/<slug>.html``, ``/<category>/YYYY/MM/DD/<code>.html`` → the Jekyll site
* ``/robots.txt`` → ``User-agent: *`` with one ``Disallow:`` line per ``robots_disallow`` path (none: all allowed)

Everything the replica writes into a page is escaped for its place: text and attributes HTML-escaped, URLs
percent-encoded (and only http(s) or site-relative ones become links), values inside ``<script>`` as JSON
with ``<``, ``>``, ``&``, U+2028 and U+2029 as ``\\uXXXX``.  Post bodies are served as the HTML they are
(the real site renders them; the crawler sanitises them).

Faults for tests: ``faults={"<infoCode>": kind}`` (or the key ``"list"`` for every list API) with kind one
of ``404``, ``500``, ``invalid-json``, ``empty``, ``api-error``, ``slow``, ``truncate``.
"""
from __future__ import annotations

import html
import json
import logging
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from newscrawl.pages.jekyll import Post
from newscrawl.replica.archive import IndexEntry, PostCache, index_archive

log = logging.getLogger(__name__)

FAULT_KINDS = ("404", "500", "invalid-json", "empty", "api-error", "slow", "truncate")
#: Random faults, each a probability per request: HTTP 500, past the download timeout, a cut body,
#: a dropped connection, and (not a fault) a GBK-encoded body with the right charset header.
RATE_NAMES = ("fail", "slow", "truncate", "drop", "gbk")
DROP = -1  # status meaning "close the connection without an answer"


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_value(value: object) -> str:
    """``value`` as a JavaScript literal safe inside ``<script>``: JSON, with the characters that could end
    the element or change how HTML reads it written as ``\\uXXXX``."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(_SCRIPT_ESCAPES.get(c, c) for c in text)


def href(url: str) -> str:
    """An ``href`` attribute value: percent-encoded path (non-ASCII, quotes, spaces, ``<>``) and HTML-escaped;
    anything but an http(s) or site-relative URL (``javascript:``, ``data:`` …) becomes ``#``."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") and not (not parts.scheme and not parts.netloc
                                                               and url.startswith("/")):
        return "#"
    return html.escape(quote(url, safe="/:?&=#%+,;@!$'()*~[]"), quote=True)


def site_href(path: str) -> str:
    """An ``href`` for a site path made of raw text (a category, a post name): every unsafe character
    percent-encoded, ``%`` too; the server unquotes request paths."""
    return href(quote(path))


def valid_robots_path(path: str) -> bool:
    """A path for a robots.txt ``Disallow:`` line: starts with ``/``, no whitespace or control character."""
    return path.startswith("/") and not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in path)


class Replica:
    """The replica's content and behaviour, independent of the HTTP plumbing."""

    def __init__(self, folder: str | Path, faults: dict[str, str] | None = None,
                 slow_seconds: float = 5.0, share_html: bool = False, rates: dict[str, float] | None = None,
                 seed: int = 0, list_faults: bool = False, robots_disallow: list[str] | None = None) -> None:
        # an index of the posts (newest first); each post is read from its file when served (a bounded
        # cache): memory a few hundred bytes an article, not the whole archive (587 MB at 100k before)
        self.entries = index_archive(folder)
        self.posts = PostCache(folder)
        self.by_code = {e.code: e for e in self.entries}
        # each list API's entries, worked out once (a list page used to scan every entry: O(N) a page)
        self.by_market: dict[int | None, list[IndexEntry]] = {}
        for e in self.entries:
            self.by_market.setdefault(e.market_type, []).append(e)
        self._by_site_path: dict[str, IndexEntry] | None = None   # built on the first site request
        self._category_pages: dict[str, str] = {}
        self.faults = dict(faults or {})
        for kind in self.faults.values():
            if kind not in FAULT_KINDS:
                raise ValueError(f"unknown fault {kind!r}; choose from {', '.join(FAULT_KINDS)}")
        self.slow_seconds = slow_seconds
        self.share_html = share_html
        self.requests = 0
        self.rates = {k: float(v) for k, v in (rates or {}).items() if v}
        for name, rate in self.rates.items():
            if name not in RATE_NAMES or not 0 <= rate <= 1:
                raise ValueError(f"bad fault rate {name}={rate}: names {', '.join(RATE_NAMES)}, values 0..1")
        self.seed = seed
        self.list_faults = list_faults
        self.robots_disallow = list(robots_disallow or [])
        for path in self.robots_disallow:
            if not valid_robots_path(path):
                raise ValueError(f"bad robots.txt path {path!r}: it starts with / and has no spaces or controls")
        self.attempts: dict[str, int] = {}
        self.lock = threading.Lock()

    def post(self, e: IndexEntry) -> Post:
        """The parsed post of ``e`` (read from its file, or the cache)."""
        return self.posts.get(e)

    @property
    def by_site_path(self) -> dict[str, IndexEntry]:
        """Site path → entry, worked out on the first site request (a list crawl never needs it)."""
        if self._by_site_path is None:
            self._by_site_path = {e.site_path: e for e in self.entries if e.site_path}
        return self._by_site_path

    # --- list APIs -------------------------------------------------------------------------
    def _page(self, entries: list[IndexEntry], query: dict[str, list[str]]) -> list[IndexEntry]:
        def num(name: str, default: int) -> int:
            try:
                return max(1, int(query.get(name, [default])[0]))
            except ValueError:
                return default
        count = min(num("count", 20), 500)
        page = num("pageindex", 1)
        return entries[(page - 1) * count: page * count]

    def market_list(self, market_type: int, query) -> dict:
        rows = self.by_market.get(market_type, [])
        return {"rc": 1, "record": [{
            "infoCode": e.code, "title": p.title or "", "datetime": e.showtime,
            "medianame": p.media or "", "digest": p.digest or "",
        } for e, p in self._posts_of(self._page(rows, query))]}

    def _posts_of(self, entries: list[IndexEntry]) -> list[tuple[IndexEntry, Post]]:
        return [(e, self.post(e)) for e in entries]

    def rolling_list(self, list_type: int, query) -> dict:
        rows = self._posts_of(self._page(self.by_market.get(None, []), query))
        if list_type == 45:
            return {"nodeList": [{
                "infocode": e.code, "title": p.title or "", "showtime": e.showtime, "from": "",
                "simtitle": p.title or "", "simdigest": p.digest or "",
            } for e, p in rows]}
        return {"records": [{
            "infoCode": e.code, "id": e.code, "title": p.title or "", "showtime": e.showtime,
            "digest": p.digest or "", "url_w": p.share_url or "",
        } for e, p in rows]}

    def article(self, e: IndexEntry) -> dict:
        p = self.post(e)
        return {
            "code": 0, "infoCode": e.code, "title": p.title or "", "showtime": e.showtime,
            "medianame": p.media or "", "url_w": p.share_url or "", "text": p.body_html,
        }

    # --- site pages --------------------------------------------------------------------------
    def _layout(self, title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}'
                f'</title></head><body><header><a href="/">finews</a></header><main>{body}</main></body></html>')

    def _site_layout(self, title: str, body: str) -> str:
        # the prototype's _layouts/default.html: the site title in a header <h1>, the page in <section>
        return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
                f'<meta property="og:title" content="{html.escape(title)}"><title>{html.escape(title)} | finews'
                f'</title></head><body><div class="wrapper"><header><h1><a href="/">finews</a></h1></header>'
                f'<section>\n{body}\n</section><footer><p>&copy; 2021</p></footer></div></body></html>')

    def home_page(self) -> str:
        cats: dict[str, str] = {}
        for e in self.entries:
            if e.site_path and e.category:
                cats.setdefault(e.category, e.tag or e.category)
        items = "".join(f'<li><a href="{site_href(f"/category/{c}.html")}">{html.escape(t)}</a></li>'
                        for c, t in cats.items())
        latest = "".join(f'<li><a href="{site_href(e.site_path)}">{html.escape(self.post(e).title or "")}</a></li>'
                         for e in self.entries[:100] if e.site_path)
        return self._site_layout("首页", f'<ul class="categories">{items}</ul>'
                                 f'<h2 id="最近100条新消息">最近100条新消息</h2><ul class="posts">{latest}</ul>')

    def category_page(self, slug: str) -> str | None:
        """A category's page (every post of it: read once, then kept for the few categories a site has)."""
        page = self._category_pages.get(slug)
        if page is None:
            page = self._render_category_page(slug)
            if page is not None:  # only the site's categories are kept, not every slug a client asks for
                self._category_pages[slug] = page
        return page

    def _render_category_page(self, slug: str) -> str | None:
        rows = [e for e in self.entries if e.site_path and slug in e.categories]
        if not rows:
            return None
        tag = rows[0].tag or slug
        items = "".join(f'<li><a href="{site_href(e.site_path)}">{html.escape(self.post(e).title or "")}</a></li>'
                        for e in rows)
        return self._site_layout(tag, f'<h2 id="{html.escape(tag)}">{html.escape(tag)}</h2><ul>{items}</ul>')

    def post_page(self, e: IndexEntry) -> str:
        """The prototype's _layouts/post.html around the post as kramdown renders it (share link autolinked)."""
        p = self.post(e)
        digest = f"<blockquote><p>{html.escape(p.digest)}</p></blockquote>\n" if p.digest else ""
        share = (f'<p><a href="{href(p.share_url)}">{html.escape(p.share_url)}</a></p>' if p.share_url
                 else "<p>&lt;&gt;</p>")
        back = (f'<p><a href="{site_href("/category/" + (p.category or "") + ".html")}">返回'
                f'{html.escape(p.tags[0] if p.tags else "")}</a>｜<a href="/">返回首页</a></p>')
        tags = "</em> - <em>".join(html.escape(t) for t in p.tags)
        body = (f'<small>(GMT+8, Asia/Shanghai, CST) {html.escape(e.showtime)}</small>\n'
                f'<h1>{html.escape(p.title or "")}</h1>\n\n{digest}{p.body_html}\n\n{share}\n\n{back}\n\n'
                + (f"  <small>tags: <em>{tags}</em></small>\n" if p.tags else ""))
        return self._site_layout(p.title or "", body)

    def share_page(self, e: IndexEntry | None, code: str) -> str:
        if self.share_html and e is not None:
            p = self.post(e)
            return self._layout(p.title or "", (
                f'<h1 id="newsTitle">{html.escape(p.title or "")}</h1><span id="newsTime">{html.escape(e.showtime)}</span>'
                f'<span id="newsSource">{html.escape(p.media or "")}</span><div id="ContentBody">{p.body_html}</div>'))
        return self._layout("资讯分享", (
            '<div id="newsTitle"></div><div id="ContentBody"></div>'
            f'<script>var infoCode = {script_value(code)};'
            'fetch("/NewsData/GetNewsText.do?id=" + encodeURIComponent(infoCode)).then(r => r.json())'
            '.then(d => { document.getElementById("newsTitle").textContent = d.title;'
            ' document.getElementById("ContentBody").innerHTML = d.text; });</script>'))

    # --- dispatch ----------------------------------------------------------------------------
    def handle(self, raw_path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a GET of ``raw_path``, with fixed and random faults applied."""
        if not self.rates:
            return self.respond(raw_path)
        path = urlsplit(raw_path).path
        if path == "/health" or (not self.list_faults and path.endswith("/webapi")):
            return self.respond(raw_path)
        with self.lock:   # the n-th request of a URL draws the same faults for the same --seed
            attempt = self.attempts[raw_path] = self.attempts.get(raw_path, 0) + 1
        rng = random.Random(f"{self.seed}:{raw_path}:{attempt}")
        draw, gbk = rng.random(), rng.random()
        edge = 0.0
        for name in ("fail", "slow", "truncate", "drop"):
            edge += self.rates.get(name, 0.0)
            if draw < edge:
                if name == "fail":
                    return 500, "text/html; charset=utf-8", b"<h1>500 Internal Server Error</h1>"
                if name == "drop":
                    return DROP, "", b""
                status, ctype, body = self.respond(raw_path)
                if name == "slow":
                    time.sleep(self.slow_seconds)
                    return status, ctype, body
                return status, ctype, body[: max(1, len(body) // 2)]
        status, ctype, body = self.respond(raw_path)
        if gbk < self.rates.get("gbk", 0.0) and "charset=utf-8" in ctype:
            text = body.decode("utf-8")
            try:
                return status, ctype.replace("charset=utf-8", "charset=gbk"), text.encode("gbk")
            except UnicodeEncodeError:   # a character GBK lacks: GB18030 covers all of Unicode
                return status, ctype.replace("charset=utf-8", "charset=gb18030"), text.encode("gb18030")
        return status, ctype, body

    def respond(self, raw_path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a GET of ``raw_path``; fixed faults (``faults``) applied."""
        self.requests += 1
        parts = urlsplit(raw_path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/information/newmarket/web/webapi" or path == "/web/webapi":
            fault = self.faults.get("list")
            if fault:
                return self._fault(fault, {"record": []})
            try:
                if "marketType" in query:
                    return self._json(self.market_list(int(query["marketType"][0]), query))
                return self._json(self.rolling_list(int(query.get("type", ["102"])[0]), query))
            except ValueError:
                return self._json({"rc": 0, "error": "bad marketType/type"}, 400)
        if path == "/NewsData/GetNewsText.do":
            code = (query.get("id") or [""])[0]
            entry = self.by_code.get(code)
            if code in self.faults:
                return self._fault(self.faults[code], self.article(entry) if entry else {"text": ""})
            if entry is None:
                return self._json({"code": 404, "message": f"no news with id {code}"}, 404)
            return self._json(self.article(entry))
        if path == "/html_News/NewsShare.html":
            code = (query.get("infoCode") or [""])[0]
            return 200, "text/html; charset=utf-8", self.share_page(self.by_code.get(code), code).encode()
        if path == "/robots.txt":
            lines = [f"Disallow: {p}" for p in self.robots_disallow] or ["Disallow:"]
            return 200, "text/plain; charset=utf-8", "\n".join(["User-agent: *", *lines, ""]).encode()
        path = unquote(path)     # site pages: links are percent-encoded
        if path in ("/", "/index.html"):
            return 200, "text/html; charset=utf-8", self.home_page().encode()
        if path.startswith("/category/") and path.endswith(".html"):
            page = self.category_page(path[len("/category/"):-len(".html")])
            if page:
                return 200, "text/html; charset=utf-8", page.encode()
        entry = self.by_site_path.get(path)
        if entry:
            return 200, "text/html; charset=utf-8", self.post_page(entry).encode()
        if path == "/health":
            return self._json({"ok": True, "articles": len(self.entries)})
        return 404, "text/html; charset=utf-8", b"<h1>404 Not Found</h1>"

    def _json(self, data: dict, status: int = 200) -> tuple[int, str, bytes]:
        return status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode()

    def _fault(self, kind: str, data: dict) -> tuple[int, str, bytes]:
        if kind == "404":
            return self._json({"code": 404, "message": "not found"}, 404)
        if kind == "500":
            return 500, "text/html; charset=utf-8", b"<h1>500 Internal Server Error</h1>"
        if kind == "invalid-json":
            return 200, "application/json; charset=utf-8", b"{\"text\": <html>oops</html>"
        if kind == "empty":
            return 200, "application/json; charset=utf-8", b""
        if kind == "api-error":
            return self._json({"IsSuccess": False, "Message": "系统繁忙，请稍后再试"})
        if kind == "slow":
            time.sleep(self.slow_seconds)
            return self._json(data)
        body = json.dumps(data, ensure_ascii=False).encode()     # truncate
        return 200, "application/json; charset=utf-8", body[: max(1, len(body) // 2)]


class _Handler(BaseHTTPRequestHandler):
    replica: Replica
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True   # headers and body go out in two writes: no 40 ms delayed-ACK stalls

    def do_GET(self) -> None:
        try:
            status, ctype, body = self.replica.handle(self.path)
        except Exception as exc:  # a bug in the replica must still answer
            log.exception("replica error on %s", self.path)
            status, ctype, body = 500, "text/plain; charset=utf-8", str(exc).encode()
        if status == DROP:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args) -> None:
        log.debug("replica: " + format, *args)


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128   # listen backlog: many crawler connections at once (the default 5 drops SYNs)

    def __init__(self, replica: Replica, port: int = 0, host: str = "127.0.0.1") -> None:
        handler = type("Handler", (_Handler,), {"replica": replica})
        super().__init__((host, port), handler)
        self.replica = replica

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start_background(self) -> ReplicaServer:
        """Serve from a daemon thread (for the demo and in-process use)."""
        threading.Thread(target=self.serve_forever, name="replica", daemon=True).start()
        return self
