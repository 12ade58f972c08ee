"""``scrapy crawl article`` against local pages: GBK and mislabelled UTF-8 pages stored, bad pages in failures,
and the stored row equal to what ``newscrawl extract`` prints for the same page."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawl.pages.generic import article_id
from newscrawl.store.db import open_db
from tests.conftest import corpus_path
from tests.e2e.conftest import LOCAL_FAST, ROOT, crawl, page_handler, rows

BODY = "".join(f"<p>　　第{i}段：海门区今年推进现代化示范区建设，全区上下凝心聚力，各项工作取得新进展，群众满意度持续提高。</p>"
               for i in range(1, 7))
GBK_PAGE = f"""<html><head><meta charset="gb2312"><title>海门推进示范区建设_南通日报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/photo">图片</a></div>
<h1>海门推进示范区建设</h1><div class="info">2021年12月31日 11:38 来源：南通日报</div>
<div class="content"><p>文：陈静黄天玲俞新美</p>{BODY}<p>（文章来源：南通日报）</p></div>
<div class="footer">版权所有 南通日报社</div></body></html>"""
UTF8_PAGE = GBK_PAGE.replace("海门推进示范区建设", "如东风电项目并网").replace("陈静黄天玲俞新美", "张三")
LIST_PAGE = "<html><body><ul>" + "".join(
    f'<li><a href="/a/{i}.html">新闻标题第{i}条很长很长的标题</a></li>' for i in range(60)) + "</ul></body></html>"

DEEP_PAGE = "<html><body>" + "<div>" * 10_000 + BODY + "</div>" * 10_000 + "</body></html>"
BROKEN_PAGE = ("<html><body><div class=content><p>" + BODY.replace("</p>", "<b>", 3) + "<table><tr><td>"
               + "</div></span></html></html><p")
NAV_ONLY_PAGE = ('<html><head><title>导航</title></head><body><div class="nav"><a href="/">首页</a> '
                 '<a href="/news">新闻</a></div><div class="footer">版权所有 南通日报社</div></body></html>')

PAGES: dict[str, tuple[str, bytes]] = {
    "/gbk.html": ("text/html; charset=gbk", GBK_PAGE.encode("gbk")),
    "/mislabelled.html": ("text/html", UTF8_PAGE.encode("utf-8")),       # meta says gb2312, bytes are UTF-8
    "/list.html": ("text/html; charset=utf-8", LIST_PAGE.encode("utf-8")),
    "/binary.bin": ("application/octet-stream", bytes(range(256)) * 64),
    "/empty.html": ("text/html; charset=utf-8", b""),
    "/huge.html": ("text/html; charset=utf-8", b"<html><body><p>" + "新闻".encode() * 3_500_000 + b"</p></body></html>"),
    "/deep.html": ("text/html; charset=utf-8", DEEP_PAGE.encode("utf-8")),
    "/broken.html": ("text/html; charset=utf-8", BROKEN_PAGE.encode("utf-8")),
    "/nav-only.html": ("text/html; charset=utf-8", NAV_ONLY_PAGE.encode("utf-8")),
}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, dict]]:
    pages = dict(PAGES)
    server = ThreadingHTTPServer(("127.0.0.1", 0), page_handler(pages))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()


def test_article_spider_stores_pages_and_records_failures(site, tmp_db):
    base, _ = site
    urls = ",".join(base + p for p in ("/gbk.html", "/mislabelled.html", "/list.html", "/binary.bin",
                                         "/empty.html", "/missing.html", "/huge.html", "/deep.html",
                                         "/broken.html", "/nav-only.html"))
    result = crawl("article", tmp_db, base, "-a", f"urls={urls} not-a-url")
    assert result.returncode == 1, result.stderr[-2000:]  # failures make the exit status non-zero
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    stored = {r["url"]: r for r in rows(tmp_db, "SELECT * FROM articles")}
    assert set(stored) == {base + p for p in ("/gbk.html", "/mislabelled.html", "/deep.html", "/broken.html")}
    assert stored[base + "/deep.html"]["content_text"].startswith("第1段：海门区")
    assert stored[base + "/deep.html"]["content_text"].count("段：海门区") == 6
    assert stored[base + "/broken.html"]["content_text"].count("段：海门区") == 6
    gbk = stored[base + "/gbk.html"]
    assert gbk["title"] == "海门推进示范区建设"
    assert json.loads(gbk["authors"]) == ["陈静", "黄天玲", "俞新美"]
    assert gbk["source"] == "南通日报"
    assert gbk["published_at"] == "2021-12-31T11:38:00+08:00"
    assert gbk["content_text"].startswith("第1段：海门区") and "首页" not in gbk["content_text"]
    assert "版权所有" not in gbk["content_text"] and "文章来源" not in gbk["content_text"]
    assert gbk["spider"] == "article" and gbk["id"].startswith("U")
    assert stored[base + "/mislabelled.html"]["title"] == "如东风电项目并网"
    failures = {(r["url"], r["stage"], r["reason"]) for r in rows(tmp_db, "SELECT * FROM failures")}
    assert (base + "/list.html", "parse", "no_article_body") in failures
    assert (base + "/binary.bin", "parse", "binary_content") in failures
    assert (base + "/empty.html", "parse", "empty_page") in failures
    assert (base + "/missing.html", "fetch", "http_404") in failures
    assert (base + "/huge.html", "fetch", "too_large") in failures     # Scrapy stops at DOWNLOAD_MAXSIZE
    assert (base + "/nav-only.html", "parse", "no_article_body") in failures
    assert ("not-a-url", "input", "bad_target") in failures


def test_crawl_stores_what_extract_prints(site, tmp_db, tmp_path):
    """`newscrawl extract FILE --url URL` == the row a crawl of that page stores (a real GBK page, and a real
    UTF-8 page whose meta tag says gb2312)."""
    base, pages = site
    real = {"/real.html": min(corpus_path("cn-extract").glob("3e1af229*.html")),
            "/real2.html": min(corpus_path("magic-zh").glob("0987b0ff*.html"))}
    for path, page in real.items():
        pages[path] = ("text/html", page.read_bytes())
    result = crawl("article", tmp_db, base, "-a", "urls=" + ",".join(base + p for p in real))
    assert result.returncode == 0, result.stderr[-2000:]
    stored = {r["url"]: r for r in rows(tmp_db, "SELECT * FROM articles")}
    assert set(stored) == {base + p for p in real}
    for path, page in real.items():
        row = stored[base + path]
        out = subprocess.run([sys.executable, "-m", "newscrawl", "extract", str(page), "--url", base + path],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert out.returncode == 0, out.stderr
        printed = json.loads(out.stdout)
        for key in ("title", "source", "published_at", "content_text", "content_html"):
            assert printed[key] == row[key], (path, key)
        for key in ("authors", "photographers", "editors", "organisations"):
            assert printed[key] == json.loads(row[key]), (path, key)
    assert json.loads(stored[base + "/real.html"]["authors"]) == ["王建宏", "张文攀"]
    assert "腊八粥" in stored[base + "/real2.html"]["content_text"]


def test_article_pages_are_reprocessable(site, tmp_db):
    """The page bytes are kept in raw_pages: `newscrawl reprocess` extracts them again, offline."""
    base, _ = site
    urls = ",".join(base + p for p in ("/gbk.html", "/mislabelled.html"))
    assert crawl("article", tmp_db, base, "-a", f"urls={urls}").returncode == 0
    raw = {r["url"]: r for r in rows(tmp_db, "SELECT url, kind, encoding, size FROM raw_pages")}
    assert set(raw) == {base + "/gbk.html", base + "/mislabelled.html"}
    assert raw[base + "/gbk.html"]["kind"] == "article_page" and raw[base + "/gbk.html"]["encoding"] == "gbk"
    before = {r["id"]: r for r in rows(tmp_db, "SELECT * FROM articles")}
    database = open_db(tmp_db)
    with database.atomic():
        database.execute("UPDATE articles SET content_text = 'stale', content_hash = 'x', authors = '[]', title = 'x'")
    database.close()
    out = subprocess.run([sys.executable, "-m", "newscrawl", "reprocess", "--db", str(tmp_db)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "reprocessed 2 pages: 0 new, 2 updated" in out.stdout
    after = {r["id"]: r for r in rows(tmp_db, "SELECT * FROM articles")}
    assert set(after) == set(before)
    for key in ("url", "title", "authors", "source", "published_at", "content_text", "content_html", "media"):
        assert {i: r[key] for i, r in after.items()} == {i: r[key] for i, r in before.items()}, key


def test_retry_failures_fetches_failed_pages_again_by_their_url(site, tmp_db, tmp_path):
    """A page of the `article` spider that failed is fetched again by its URL (its id is a hash of the URL,
    not an infoCode): once it is there, `retry-failures` stores it and clears its failure."""
    base, pages = site
    late, gone = base + "/late.html", base + "/gone.html"
    result = crawl("article", tmp_db, base, "-a", f"urls={late},{gone}")
    assert result.returncode == 1, result.stderr[-2000:]
    assert {(r["url"], r["reason"]) for r in rows(tmp_db, "SELECT * FROM failures")} == {
        (late, "http_404"), (gone, "http_404")}
    pages["/late.html"] = PAGES["/gbk.html"]
    again = subprocess.run([sys.executable, "-m", "newscrawl", "retry-failures", "--db", str(tmp_db), *LOCAL_FAST,
                            "--log-dir", str(tmp_path / "logs")], cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 1, again.stdout + again.stderr[-3000:]      # /gone.html is still missing
    assert "failures left: 1" in again.stdout
    stored = rows(tmp_db, "SELECT id, url, title, spider FROM articles")
    assert [(r["url"], r["title"], r["spider"]) for r in stored] == [(late, "海门推进示范区建设", "article")]
    assert stored[0]["id"] == article_id(late)          # the id the first crawl gave its failure
    left = rows(tmp_db, "SELECT url, stage, reason, spider FROM failures")
    assert left == [{"url": gone, "stage": "fetch", "reason": "http_404", "spider": "article"}]
