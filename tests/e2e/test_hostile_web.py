"""Hostile input from the web (issue 15): terminal control characters in titles, the replica's own pages
(XSS, port errors), and robots.txt on the open web."""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import lxml.html

from newscrawl.replica.archive import load_archive
from newscrawl.replica.synth import write_archive
from newscrawl.store.db import open_db
from tests.e2e.conftest import LOCAL_FAST, ROOT, crawl, page_handler, replica, rows

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ESC_TITLE = "海门\x1b]0;owned\x07推进\x1b[31m示范区\x1b[0m建设\x9b2J"


def newscrawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _hostile_posts(folder: Path) -> str:
    """A small archive whose first post has terminal escapes (OSC, CSI, 8-bit CSI) in title, tag and body."""
    write_archive(folder, 3, seed=1)
    post = min(folder.glob("*.md"))
    text = post.read_text(encoding="utf-8")
    text = re.sub(r'^title: ".*"$', f'title: "{ESC_TITLE}"', text, count=1, flags=re.MULTILINE)
    text = re.sub(r"^tags: (.*)$", "tags: \\1\x1b[5m", text, count=1, flags=re.MULTILINE)
    text = text.replace("<p>", "<p>示范区\x1b]8;;http://evil.example/\x1b\\链接\x1b]8;;\x1b\\", 1)
    post.write_text(text, encoding="utf-8")
    return re.search(r"NW\d+", post.name).group(0)


def test_control_characters_never_reach_the_database_or_the_terminal(tmp_path: Path) -> None:
    code = _hostile_posts(tmp_path / "posts")
    db = tmp_path / "news.db"
    with replica(tmp_path / "posts") as base:
        result = crawl("finews_list", db, base)
    assert result.returncode == 0, result.stderr[-3000:]
    row = rows(db, "SELECT * FROM articles WHERE id = ?", [code])[0]
    assert row["title"] == "海门推进示范区建设"
    for key in ("title", "media", "category", "tags", "content_text", "content_html", "byline_raw", "source"):
        assert not CONTROL.search(row[key] or ""), (key, row[key])
    assert "示范区链接" in row["content_text"]

    # a row stored before validation stripped controls: search and stats print none of them
    database = open_db(db)
    with database.atomic():
        database.execute("UPDATE articles SET title = ?, media = ?, content_text = content_text || ? WHERE id = ?",
                         [ESC_TITLE, "南通\x1b]0;x\x07日报\x85", "\x1b[2J示范区\x07", code])
    database.close()
    for args in (["search", "示范区"], ["search", "示范区", "--json"],
                 ["stats"], ["stats", "--json"]):
        out = newscrawl(*args, "--db", str(db))
        assert out.returncode == 0, out.stderr
        assert not CONTROL.search(out.stdout.replace("\n", "")), (args, out.stdout[:500])
        assert "示范区" in out.stdout or args[0] == "stats"
    hits = [json.loads(line) for line in newscrawl("search", "示范区", "--json", "--db", str(db)).stdout.splitlines()]
    assert "\x1b]0;owned\x07" in {h["id"]: h for h in hits}[code]["title"]     # JSON keeps the data, escaped


# --- the replica's own pages (item 9) ----------------------------------------------------------------------
HOSTILE_CODE = "</script><script>alert(1)</script><!--\u2028\"'&"
HOSTILE_CATEGORY = "x\"><svg/onload=alert(1)>"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _elements(page: str) -> list[str]:
    return [el.tag for el in lxml.html.document_fromstring(page).iter() if isinstance(el.tag, str)]


def test_replica_escapes_what_it_prints(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_archive(posts, 3, seed=1)
    post = min(posts.glob("*.md"))
    post.write_text(re.sub(r"^categories: .*$", f"categories: {HOSTILE_CATEGORY}", post.read_text(encoding="utf-8"),
                           count=1, flags=re.MULTILINE), encoding="utf-8")
    with replica(posts) as base:
        status, share = _get(f"{base}/html_News/NewsShare.html?infoCode={urllib.parse.quote(HOSTILE_CODE)}")
        assert status == 200
        assert _elements(share).count("script") == 1 and "svg" not in _elements(share)
        script = lxml.html.document_fromstring(share).find(".//script").text
        value = re.match(r"var infoCode = (.*?);fetch", script).group(1)
        assert json.loads(value) == HOSTILE_CODE and not re.search("[<>&\u2028]", value)

        for page in ("/", f"/category/{urllib.parse.quote(HOSTILE_CATEGORY, safe='')}.html"):
            status, text = _get(base + page)
            assert status == 200, page
            tags = _elements(text)
            assert "svg" not in tags and "script" not in tags, page
            links = [a.get("href") for a in lxml.html.document_fromstring(text).iter("a")]
            hostile = [h for h in links if "svg" in h]
            assert hostile and all(re.fullmatch(r"[\x21-\x7e]+", h) and '"' not in h for h in hostile), hostile
            for link in hostile:                        # the escaped links lead to the post and its category
                assert _get(urllib.parse.urljoin(base + "/", link))[0] == 200, link


def test_replica_port_errors_are_one_line(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_archive(posts, 1, seed=1)
    bad = newscrawl("replica", "serve", str(posts), "--port", "70000")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "--port" in bad.stderr and "65535" in bad.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        used = newscrawl("replica", "serve", str(posts), "--port", str(port))
    assert used.returncode == 1 and used.stderr == (
        f"newscrawl: error: port {port} on 127.0.0.1 is in use (choose another --port, or --port 0 for any free one)\n")


# --- polite on the open web (item 23) ----------------------------------------------------------------------
ARTICLE = ("<html><head><title>{t}_南通日报</title></head><body><h1>{t}</h1><div class=info>2021年12月31日 11:38 "
           "来源：南通日报</div><div class=content>" + "".join(
               f"<p>第{i}段：海门区今年推进现代化示范区建设，全区上下凝心聚力，各项工作取得新进展。</p>" for i in range(6))
           + "</div></body></html>")


def test_site_spider_obeys_the_replicas_robots_txt(tmp_path: Path) -> None:
    posts, db = tmp_path / "posts", tmp_path / "news.db"
    write_archive(posts, 3, seed=2)
    entries = sorted(load_archive(posts), key=lambda e: e.code)
    banned = entries[0].site_path
    with replica(posts, "--robots-disallow", banned) as base:
        result = crawl("site", db, base, "-a", f"start={base}/")
    assert result.returncode == 1, result.stderr[-3000:]          # the disallowed page is a failure
    assert {r["id"] for r in rows(db, "SELECT id FROM articles")} == {e.code for e in entries[1:]}
    assert rows(db, "SELECT url, stage, reason, spider FROM failures") == [
        {"url": base + banned, "stage": "fetch", "reason": "robots_txt", "spider": "site"}]
    assert "'robotstxt/forbidden': 1" in result.stderr


def test_retry_failures_leaves_out_robots_txt_pages_unless_asked(tmp_path: Path) -> None:
    """A page robots.txt disallows would fail again: `retry-failures` leaves it out, says so and keeps its row
    (exit 0: nothing retryable is left); -s ROBOTSTXT_OBEY=False fetches it and clears the row."""
    posts, db = tmp_path / "posts", tmp_path / "news.db"
    write_archive(posts, 3, seed=2)
    entries = sorted(load_archive(posts), key=lambda e: e.code)
    retry = ("retry-failures", "--db", str(db), "--log-dir", str(tmp_path / "logs"), *LOCAL_FAST)
    with replica(posts, "--robots-disallow", entries[0].site_path) as base:
        assert crawl("site", db, base, "-a", f"start={base}/").returncode == 1
        before = rows(db, "SELECT * FROM failures")
        held = newscrawl(*retry)
        assert held.returncode == 0, held.stdout + held.stderr[-3000:]
        assert "nothing to retry" in held.stdout and "left out 1 failure of pages the site's robots.txt" in held.stdout
        assert rows(db, "SELECT * FROM failures") == before and len(before) == 1
        ignored = newscrawl(*retry, "-s", "ROBOTSTXT_OBEY=False")
    assert ignored.returncode == 0, ignored.stdout + ignored.stderr[-3000:]
    assert "failures left: 0" in ignored.stdout and "left out" not in ignored.stdout
    assert {r["id"] for r in rows(db, "SELECT id FROM articles")} == {e.code for e in entries}


def test_article_spider_is_polite(tmp_path: Path) -> None:
    """robots.txt first, a disallowed page never requested (a robots_txt failure), the contact URL in the
    User-Agent; -s ROBOTSTXT_OBEY=False (the documented switch) fetches it."""
    seen: list[tuple[str, str]] = []
    pages = {"/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
             "/news/1.html": ("text/html; charset=utf-8", ARTICLE.format(t="海门推进示范区建设").encode()),
             "/private/2.html": ("text/html; charset=utf-8", ARTICLE.format(t="如东风电项目并网").encode())}

    server = ThreadingHTTPServer(("127.0.0.1", 0), page_handler(pages, seen))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = f"urls={base}/news/1.html,{base}/private/2.html"
    try:
        polite = crawl("article", tmp_path / "a.db", base, "-a", urls,
                       NEWSCRAWL_CONTACT_URL="https://example.org/newscrawl")
        fetched = [path for path, _ in seen]
        agents = {agent for _, agent in seen}
        seen.clear()
        rude = crawl("article", tmp_path / "b.db", base, "-a", urls, ROBOTSTXT_OBEY="False")
    finally:
        server.shutdown()
        server.server_close()
    assert polite.returncode == 1, polite.stderr[-3000:]
    assert fetched == ["/robots.txt", "/news/1.html"]
    assert agents == {"newscrawl/0.1 (+https://example.org/newscrawl; Chinese local news research crawler)"}
    assert [r["title"] for r in rows(tmp_path / "a.db", "SELECT title FROM articles")] == ["海门推进示范区建设"]
    assert rows(tmp_path / "a.db", "SELECT url, reason FROM failures") == [
        {"url": f"{base}/private/2.html", "reason": "robots_txt"}]
    assert "NEWSCRAWL_CONTACT_URL" not in polite.stderr            # no warning: a contact is set
    assert rude.returncode == 0, rude.stderr[-3000:]
    assert sorted(path for path, _ in seen) == ["/news/1.html", "/private/2.html"]
    assert "NEWSCRAWL_CONTACT_URL is not set" in rude.stderr
