"""Archive import, the ``site`` and ``posts`` spiders, Jekyll export and the round trip, on the real archive."""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from parsel import Selector

from newscrawl.replica.archive import load_archive
from tests.conftest import corpus_path
from tests.e2e.conftest import LOCAL_FAST, ROOT, crawl, needs_tool, replica, rows

#: the columns that must agree between an import and a crawl of the same archive
COMPARED = ("title", "published_at", "media", "media_slug", "category", "tags", "content_text", "authors", "source")
#: every content column (all but what says who stored the row, and when)
CONTENT = ("id", "url", "share_url", "title", "media", "media_slug", "category", "tags", "published_at", "authors",
           "photographers", "editors", "organisations", "byline_raw", "source", "content_html", "content_text",
           "images", "char_count", "content_hash", "simhash", "reprint_of")
INIT_ID = "post-da9c2c62c809724a"          # 2021-12-01-init.md: no infoCode; SHA-1 of /sitenews/2021/12/01/init.html


def cli(*args: str, cwd: Path = ROOT, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def table(db: Path, columns: tuple[str, ...] = CONTENT) -> dict[str, dict]:
    return {r["id"]: {c: r[c] for c in columns} for r in rows(db, "SELECT * FROM articles")}


def needs_jekyll() -> str:
    return needs_tool("jekyll", "jekyll")


@pytest.fixture(scope="module")
def posts() -> Path:
    return corpus_path("finews", "posts")


@pytest.fixture(scope="module")
def imported(posts: Path, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """`newscrawl import-posts` of the real archive, twice."""
    db = tmp_path_factory.mktemp("import") / "news.db"
    first = cli("import-posts", str(posts), "--db", str(db))
    second = cli("import-posts", str(posts), "--db", str(db))
    return db, first, second


def test_import_stores_each_article_once(imported, posts: Path) -> None:
    db, first, _second = imported
    assert first.returncode == 0, first.stderr[-3000:]
    codes = {e.code for e in load_archive(posts)}
    stored = table(db)
    assert set(stored) == codes | {INIT_ID}                     # 113 infoCodes + the init post's stable id
    assert first.stdout.startswith("imported 114 new, 0 updated, 0 unchanged, 0 failed; 5 other versions merged; "
                                   "119 files")
    assert "importing" in first.stderr                          # the progress bar
    init = stored[INIT_ID]
    assert (init["title"], init["category"], init["url"], init["share_url"]) == ("开站大吉", "sitenews", None, None)
    old = stored["202112082206703990"]                          # _posts beats old_post (which has '+0800')
    assert old["published_at"] == "2021-12-08T10:18:31+08:00"
    odd = stored["202205262391921712"]                          # no date in the file name nor the front matter
    assert odd["title"] is None and odd["source"] == "上海证券报"
    assert odd["published_at"] == "2022-05-26T00:00:00+08:00"   # the date its Eastmoney code starts with
    seed = stored["NW202112312232633030"]
    assert json.loads(seed["authors"]) == ["陈静", "黄天玲", "俞新美"] and seed["source"] == "南通日报"
    assert not rows(db, "SELECT * FROM failures")
    run = rows(db, "SELECT * FROM crawl_runs ORDER BY started_at")[0]
    assert (run["spider"], run["status"], run["items_new"], run["items_failed"]) == ("import-posts", "ok", 114, 0)


def test_second_import_changes_nothing(imported) -> None:
    db, _, second = imported
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.stdout.startswith("imported 0 new, 0 updated, 114 unchanged, 0 failed")
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 114


def test_import_equals_a_finews_list_crawl_of_the_same_archive(imported, posts: Path, tmp_path: Path) -> None:
    db, _, _ = imported
    crawled_db = tmp_path / "crawled.db"
    with replica(posts) as base:
        result = crawl("finews_list", crawled_db, base)
    assert result.returncode == 0, result.stderr[-3000:]
    crawled = table(crawled_db, COMPARED)
    mine = table(db, COMPARED)
    assert len(crawled) == 113
    for code, row in crawled.items():
        assert mine[code] == row, code


def test_failed_files_are_reported_and_recorded(posts: Path, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(posts / "2021-12-31-NW202112312232633030.md", folder)
    (folder / "2021-12-09-NW202112092299999991.md").write_text("no front matter at all\n", encoding="utf-8")
    (folder / "2021-12-09-NW202112092299999992.md").write_bytes("---\ntitle: 坏\n---\n正文".encode("gbk"))
    (folder / "2021-12-09-NW202112092299999993.md").write_text(
        '---\ntitle: "只有署名"\ndate: 2021-12-09 10:00:00\ncategories: nantongribao\ntags: 南通日报新闻\n---\n\n'
        "<p>文：陈静</p>\n\n<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112092299999993>\n",
        encoding="utf-8")
    db = tmp_path / "news.db"
    result = cli("import-posts", str(folder), "--db", str(db), "--no-progress")
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert out[0].startswith("imported 1 new, 0 updated, 0 unchanged, 3 failed")
    assert sorted(line.split(": ", 1)[1].split(" ")[0] for line in out[1:]) == [
        "no_article_body", "no_front_matter", "not_utf8"]
    failures = rows(db, "SELECT url, stage, reason, detail, article_id, spider FROM failures ORDER BY url")
    assert [(Path(f["url"]).name, f["stage"], f["reason"]) for f in failures] == [
        ("2021-12-09-NW202112092299999991.md", "import", "no_front_matter"),
        ("2021-12-09-NW202112092299999992.md", "import", "not_utf8"),
        ("2021-12-09-NW202112092299999993.md", "import", "no_article_body"),
    ]
    assert failures[2]["article_id"] == "NW202112092299999993" and "bylines" in failures[2]["detail"]
    assert rows(db, "SELECT status, items_failed FROM crawl_runs") == [{"status": "failed", "items_failed": 3}]


def test_bad_arguments_give_one_line(tmp_path: Path) -> None:
    for args in (["import-posts"], ["import-posts", str(tmp_path / "missing")], ["import-posts", str(tmp_path)],
                 ["export", "--format", "jekyll", "--out", "-"]):
        result = cli(*args)
        assert result.returncode == 2, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newscrawl: error:"), (args, result.stderr)


@pytest.fixture(scope="module")
def round_trip(imported, tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """Export the imported archive as Jekyll, import that export into a new database."""
    db, _, _ = imported
    work = tmp_path_factory.mktemp("jekyll")
    out = work / "site"
    exported = cli("export", "--format", "jekyll", "--out", str(out), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    again = work / "again.db"
    result = cli("import-posts", str(out), "--db", str(again))
    return out, again, result, exported


def test_round_trip_gives_identical_rows(imported, round_trip) -> None:
    db, _, _ = imported
    out, again, result, exported = round_trip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert len(list((out / "_posts").glob("*.md"))) == 114
    first, second = table(db), table(again)
    assert set(first) == set(second)
    for code, row in first.items():
        assert second[code] == row, code
    seed = (out / "_posts" / "2021-12-31-NW202112312232633030.md").read_text(encoding="utf-8")
    assert seed.startswith('---\nlayout: post\ntitle: "深化思想引领')
    assert 'date: 2021-12-31 11:38:35 +0800\ncategories: "nantongribao"\ntags: "南通日报新闻"\n---\n' in seed
    assert "<p>文：陈静黄天玲俞新美</p>" in seed
    assert '<p class="backlinks"><a href="/category/nantongribao.html">返回南通日报新闻</a>' in seed
    assert (out / "_posts" / "2022-05-26-202205262391921712.md").is_file()    # dated by its code, so Jekyll builds it
    assert "warning" not in exported.stderr


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_export_builds_with_jekyll_and_the_site_spider_reads_it_back(imported, round_trip, tmp_path: Path) -> None:
    """jekyll build of the export; its pages carry the titles; `scrapy crawl site` of the built site
    gives the imported rows back."""
    exe = needs_jekyll()
    db, _, _ = imported
    out, _, _, _ = round_trip
    site = tmp_path / "_site"
    built = subprocess.run([exe, "build", "--source", str(out), "--destination", str(site)], capture_output=True,
                           text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    stored = table(db)
    pages = {p.stem: p for p in site.rglob("*.html") if p.parent.parent.parent.name != "category"}
    assert len(stored) == 114
    for code, row in stored.items():                             # every article has its page, the code-dated one too
        page = Selector(text=pages[code].read_text(encoding="utf-8"))
        assert page.xpath("string(//section/h1)").get() == (row["title"] or ""), code
    assert pages["202205262391921712"].parent.as_posix().endswith("emnews/2022/05/26")
    assert (site / "category" / "emnews.html").is_file() and (site / "index.html").is_file()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        crawled_db = tmp_path / "site.db"
        result = crawl("site", crawled_db, "http://unused", "-a", f"start=http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-3000:]
    crawled = table(crawled_db, ("id",) + COMPARED)
    assert set(crawled) == set(stored)                           # every post, the init post's hash id too
    for code, row in crawled.items():
        assert row == {"id": code, **{c: stored[code][c] for c in COMPARED}}, code


def test_site_spider_on_the_replica(imported, posts: Path, tmp_path: Path) -> None:
    db, _, _ = imported
    crawled_db = tmp_path / "site.db"
    with replica(posts) as base:
        result = crawl("site", crawled_db, base, "-a", f"start={base}/")
        missing = crawl("site", crawled_db, base, "-a", f"start={base}/emnews/2021/12/08/999999999999999999.html")
        bad = crawl("site", crawled_db, base, "-a", "start=not-a-url")
    assert result.returncode == 0, result.stderr[-3000:]
    crawled = table(crawled_db, ("id", "url") + COMPARED)
    mine = table(db, ("id", "url") + COMPARED)
    served = {e.code for e in load_archive(posts) if e.site_path}
    assert set(crawled) == served and len(served) == 112
    for code, row in crawled.items():
        assert row == mine[code], code
    assert missing.returncode == 1 and bad.returncode == 1
    failures = rows(crawled_db, "SELECT url, stage, reason, spider FROM failures ORDER BY id")
    assert [(f["stage"], f["reason"], f["spider"]) for f in failures] == [
        ("fetch", "http_404", "site"), ("input", "bad_start", "site")]
    assert failures[0]["url"].endswith("/emnews/2021/12/08/999999999999999999.html")


def test_site_spider_is_incremental_and_reprocessable(posts: Path, tmp_path: Path) -> None:
    """A second crawl of the site skips the post pages it stored (category pages are still read), `-a
    refresh=1` fetches them all again, and `newscrawl reprocess` parses the kept post pages to the same rows."""
    db = tmp_path / "site.db"
    with replica(posts) as base:
        first = crawl("site", db, base, "-a", f"start={base}/")
        before = table(db)
        second = crawl("site", db, base, "-a", f"start={base}/")
        again = crawl("site", db, base, "-a", f"start={base}/", "-a", "refresh=1")
    for out in (first, second, again):
        assert out.returncode == 0, out.stderr[-3000:]
    runs = rows(db, "SELECT * FROM crawl_runs ORDER BY started_at, id")
    stats = [json.loads(r["stats"]) for r in runs]
    assert len(before) == 112 and runs[0]["items_new"] == 112
    assert rows(db, "SELECT count(*) AS n FROM raw_pages WHERE kind = 'site_post'")[0]["n"] == 112
    assert stats[0].get("newscrawl/skipped_known", 0) == 0
    assert stats[1]["newscrawl/skipped_known"] >= 112 and runs[1]["items_new"] + runs[1]["items_updated"] == 0
    assert runs[1]["requests"] < runs[0]["requests"] - 100        # only the home and category pages
    assert stats[2].get("newscrawl/skipped_known", 0) == 0 and runs[2]["items_unchanged"] == 112
    assert table(db) == before
    out = cli("reprocess", "--db", str(db))
    assert out.returncode == 0, out.stderr[-3000:]
    assert "reprocessed 112 pages: 0 new, 0 updated, 112 unchanged, 0 failed" in out.stdout
    assert table(db) == before


def test_retry_failures_fetches_failed_site_pages_again(imported, posts: Path, tmp_path: Path) -> None:
    """Site pages that failed (HTTP 500 on post and category pages) have no article id: `retry-failures`
    starts the site spider at their URLs; once they answer, the rows are those of a crawl without faults."""
    db = tmp_path / "site.db"
    with replica(posts, "--fail-rate", "0.15", "--seed", "5") as base:
        first = crawl("site", db, base, "-a", f"start={base}/", NEWSCRAWL_MAX_FAILURE_RATE="1")
        assert first.returncode == 0, first.stderr[-3000:]
        failed = rows(db, "SELECT * FROM failures")
        assert failed and all(f["spider"] == "site" and f["article_id"] is None for f in failed)
        for _ in range(4):
            out = cli("retry-failures", "--db", str(db), "-s", f"FINEWS_BASE_URL={base}", *LOCAL_FAST,
                      "--log-dir", str(tmp_path / "logs"))
            assert "not retryable" not in out.stdout, out.stdout
            if out.returncode == 0:
                break
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert "failures left: 0" in out.stdout and not rows(db, "SELECT * FROM failures")
    mine = table(imported[0], ("id", "url") + COMPARED)
    crawled = table(db, ("id", "url") + COMPARED)
    assert len(crawled) == 112 and all(row == mine[code] for code, row in crawled.items())


def test_posts_spider_matches_the_import(imported, posts: Path, tmp_path: Path) -> None:
    db, _, _ = imported
    crawled_db = tmp_path / "posts.db"
    result = crawl("posts", crawled_db, "http://unused", "-a", f"dir={posts}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert table(crawled_db) == table(db)
    run = rows(crawled_db, "SELECT spider, status, items_new FROM crawl_runs")
    assert run == [{"spider": "posts", "status": "ok", "items_new": 114}]
