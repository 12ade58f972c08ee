"""Hostile input end to end: endless and compression-bomb bodies, mislabelled GBK pages, bad settings and names.

The pages come from a tiny HTTP server on 127.0.0.1 inside the test; crawls run as subprocesses from the
project folder, as ``tests/e2e/conftest.py``'s ``crawl()`` runs them.
"""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.e2e.conftest import LOCAL_FAST, ROOT, crawl, http_server, rows

BODY = "".join(f"<p>　　第{i}段：海门区今年推进现代化示范区建设，全区上下凝心聚力，各项工作取得新进展，群众满意度持续提高。</p>"
               for i in range(1, 7))
PAGE = ("<html><head>{meta}<title>{title}_南通日报</title></head><body><h1>{title}</h1>"
        "<div class=\"info\">2021年12月31日 11:38 来源：南通日报</div><div class=\"content\">" + BODY
        + "</div></body></html>")
#: 16 MiB of zeros gzip to ~16 KB; 30 gzip members in one body are ~0.5 MB that inflate to 480 MiB
BOMB = gzip.compress(b"\0" * (16 << 20)) * 30
STREAM_CAP = 128 << 20        # the endless stream stops by itself after this many bytes
REQUESTS: list[str] = []      # paths the server was asked for

PAGES: dict[str, tuple[dict[str, str], bytes]] = {
    "/ok.html": ({"Content-Type": "text/html; charset=utf-8"},
                 PAGE.format(meta="", title="如东风电项目并网").encode("utf-8")),
    "/bomb.html": ({"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}, BOMB),
    "/gbk-utf8-header.html": ({"Content-Type": "text/html; charset=utf-8"},
                              PAGE.format(meta="", title="海门推进示范区建设").encode("gbk")),
    "/gbk-big5-meta.html": ({"Content-Type": "text/html"},
                            PAGE.format(meta='<meta charset="big5">', title="启东港区扩建").encode("gbk")),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        REQUESTS.append(self.path)
        if self.path.startswith("/endless"):      # no Content-Length: the body ends when the connection does
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            chunk = ("<p>" + "新闻" * 10_000 + "</p>").encode("utf-8")
            try:
                for _ in range(STREAM_CAP // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:                        # the crawler hung up: what we want
                pass
            return
        headers, body = PAGES.get(self.path, ({"Content-Type": "text/html"}, b"<h1>404</h1>"))
        self.send_response(200 if self.path in PAGES else 404)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    REQUESTS.clear()
    with http_server(_Handler) as url:
        yield url


#: Runs a command and prints the peak RSS (KiB on Linux) of it and its children on stderr's last line: the
#: pytest process's own RUSAGE_CHILDREN would hold the largest child of the whole session.
_PEAK_RSS = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
             "print('peak_rss_kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
             "sys.exit(rc)")


def _crawl_measured(db: Path, urls: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    """``scrapy crawl article`` of ``urls`` (as conftest's ``crawl()``, with its LOCAL_FAST: no politeness
    delays against 127.0.0.1) and its peak RSS in MiB."""
    cmd = [sys.executable, "-c", _PEAK_RSS, sys.executable, "-m", "scrapy", "crawl", "article",
           "-a", "urls=" + ",".join(urls), "-s", f"NEWSCRAWL_DB={db}", "-s", "RETRY_TIMES=0", *LOCAL_FAST]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    result = subprocess.run(cmd, check=False, cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    last = result.stderr.rstrip().rsplit("\n", 1)[-1]
    assert last.startswith("peak_rss_kib "), result.stderr[-2000:]
    return result, int(last.split()[1]) / 1024


def test_endless_streams_and_a_gzip_bomb_are_cut_at_the_page_limit(site, tmp_db):
    """Scrapy stops reading (and inflating) at DOWNLOAD_MAXSIZE = our 10 MB page limit: four endless streams
    at once and a 0.5 MB gzip bomb become fetch/too_large rows, the crawl stays small and stores the good page
    (it read up to 1 GiB each before: ~2 GB of memory for these)."""
    urls = [f"{site}/endless/{i}" for i in range(4)] + [site + "/bomb.html", site + "/ok.html"]
    result, peak_mib = _crawl_measured(tmp_db, urls)
    assert peak_mib < 350, f"crawl peaked at {peak_mib:.0f} MiB"
    assert result.returncode == 1, result.stderr[-2000:]     # failures make the exit status non-zero
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    failures = {(r["url"], r["stage"], r["reason"]) for r in rows(tmp_db, "SELECT * FROM failures")}
    assert failures == {(u, "fetch", "too_large") for u in urls[:-1]}
    assert [r["title"] for r in rows(tmp_db, "SELECT title FROM articles")] == ["如东风电项目并网"]


def test_gbk_pages_under_a_utf8_or_big5_label_are_stored(site, tmp_db):
    """GBK bytes behind `charset=utf-8` (header) or `<meta charset=big5>`: decoded by detection and stored,
    not failed as binary_content."""
    urls = [site + "/gbk-utf8-header.html", site + "/gbk-big5-meta.html"]
    result = crawl("article", tmp_db, site, "-a", "urls=" + ",".join(urls))
    assert result.returncode == 0, result.stderr[-2000:]
    assert rows(tmp_db, "SELECT * FROM failures") == []
    stored = {r["url"]: r for r in rows(tmp_db, "SELECT url, title, content_text FROM articles")}
    assert stored[urls[0]]["title"] == "海门推进示范区建设"
    assert stored[urls[1]]["title"] == "启东港区扩建"
    assert all(r["content_text"].startswith("第1段：海门区") for r in stored.values())


SPIDERS = "article, finews, finews_list, posts, site"


def _newscrawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.parametrize("setting, line", [
    ("NEWSCRAWL_MAX_FAILURE_RATE=abc", "bad setting NEWSCRAWL_MAX_FAILURE_RATE='abc': want a number from 0 to 1"),
    ("FINEWS_LIST_MAX_PAGES=x", "bad setting FINEWS_LIST_MAX_PAGES='x': want a whole number ≥ 1"),
])
def test_scrapy_crawl_refuses_a_bad_setting_before_fetching(site, tmp_db, setting, line):
    """A bad value of ours: one line, exit 2, nothing fetched or recorded (it was a traceback after the whole
    crawl, or a parse/ValueError failure row per list API)."""
    name, _, value = setting.partition("=")
    result = crawl("finews_list", tmp_db, site, **{name: value})
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines() == [f"scrapy crawl: {line}"]
    assert REQUESTS == [] and not tmp_db.exists()


def test_scrapy_crawl_refuses_an_unknown_spider(site, tmp_db):
    result = crawl("finew", tmp_db, site)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines() == [
        f"scrapy crawl: no spider 'finew'; did you mean 'finews'? spiders: {SPIDERS}"]
    assert not tmp_db.exists()


def test_scrapy_crawl_warns_about_a_misspelt_setting_and_goes_on(site, tmp_db):
    result = crawl("article", tmp_db, site, "-a", f"urls={site}/ok.html", FINEWS_BASEURL="http://127.0.0.1:9")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr.splitlines()[0] == (
        "scrapy crawl: warning: unknown setting FINEWS_BASEURL; did you mean FINEWS_BASE_URL?")
    assert [r["title"] for r in rows(tmp_db, "SELECT title FROM articles")] == ["如东风电项目并网"]


@pytest.mark.parametrize("setting, line", [
    ("FINEWS_BASEURL=http://127.0.0.1:9", "unknown setting FINEWS_BASEURL; did you mean FINEWS_BASE_URL?"),
    ("NEWSCRAWL_MAX_FAILURE_RATE=abc", "bad setting NEWSCRAWL_MAX_FAILURE_RATE='abc': want a number from 0 to 1"),
])
def test_newscrawl_crawl_and_retry_failures_refuse_bad_or_unknown_settings(site, tmp_path, tmp_db, setting, line):
    """`newscrawl crawl` refuses a misspelt setting of ours too (it crawled the real host instead of the
    replica): exit 2, one line, no crawl_runs row, no log; `retry-failures` checks its -s the same way."""
    logs = tmp_path / "logs"
    result = _newscrawl("crawl", "finews_list", "-s", f"FINEWS_BASE_URL={site}", "-s", setting,
                        "--db", str(tmp_db), "--log-dir", str(logs))
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines() == [f"newscrawl: {line}"]
    assert REQUESTS == [] and not tmp_db.exists() and not logs.exists()
    retry = _newscrawl("retry-failures", "-s", setting, "--db", str(tmp_db), "--log-dir", str(logs))
    assert retry.returncode == 2 and retry.stderr.strip().splitlines() == [f"newscrawl: {line}"]
