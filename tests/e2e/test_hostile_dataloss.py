"""Issue 15, data loss: interrupted walks, retried list pages, concurrent writers (a full disk: unit-tested in
tests/unit/test_store_dataloss.py, where SQLITE_FULL can be provoked without a small filesystem)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscrawl.replica.archive import load_archive
from newscrawl.replica.synth import write_archive
from tests.e2e.conftest import ROOT, crawl, replica, rows

N = 40
#: the three local-paper lists (16, 13 and 11 of the archive's articles) in pages of 4
LISTS = ",".join(f"/information/newmarket/web/webapi?marketType={m}&count=4" for m in (37, 38, 39))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("posts")
    write_archive(folder, N, seed=11)
    return folder


def scrapy_cmd(spider: str, db: Path, base: str, *args: str, **settings: str) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"FINEWS_BASE_URL={base}", "-s", f"NEWSCRAWL_DB={db}",
           "-s", "LOG_LEVEL=INFO", "-s", "RETRY_TIMES=0"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd + list(args)


def write_locked(db: Path) -> bool:
    """Another connection holds the database's write lock (a crawl's open batch)."""
    if not db.exists():
        return False
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def env() -> dict[str, str]:
    return {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.mark.parametrize("process", ["0", "1"])
def test_a_walk_cut_short_is_finished_by_the_next_run(archive: Path, tmp_path: Path, process: str) -> None:
    """A crawl that stops early (here CLOSESPIDER_ITEMCOUNT; kill -9 alike, tests/e2e/test_cron.py) writes
    no list mark: the next run pages past what it stored, down to the end, and fetches the rest; a third
    run, with nothing new, reads page 1 of each list only.  With the pipeline process as without."""
    db = tmp_path / "news.db"
    opts = {"FINEWS_LIST_APIS": LISTS, "NEWSCRAWL_PIPELINE_PROCESS": process}
    with replica(archive) as base:
        crawl("finews_list", db, base, CLOSESPIDER_ITEMCOUNT="14", CONCURRENT_REQUESTS="1", **opts)
        assert 12 <= count(db) < N
        second = crawl("finews_list", db, base, **opts)
        assert second.returncode == 0, second.stderr[-3000:]
        assert count(db) == N and count(db, "SELECT count(*) FROM failures") == 0
        assert count(db, "SELECT count(DISTINCT run_id) FROM list_marks") == 1     # the second run's
        assert count(db, "SELECT count(DISTINCT api) FROM list_marks") == 3
        third = crawl("finews_list", db, base, **opts)
    assert third.returncode == 0, third.stderr[-3000:]
    last = rows(db, "SELECT * FROM crawl_runs ORDER BY started_at DESC, rowid DESC LIMIT 1")[0]
    assert (last["items_new"], last["requests"], last["status"]) == (0, 3, "ok")


def newscrawl(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, check=False)


def list_failures(db: Path) -> list[dict]:
    return rows(db, "SELECT * FROM failures WHERE stage = 'list' ORDER BY url")


def test_retry_failures_fetches_a_failed_list_page_as_that_page(archive: Path, tmp_path: Path) -> None:
    """A failed list page is fetched again as that page (and paged on from), not dropped because page 1
    brings nothing new; one that fails again gets a new row."""
    db = tmp_path / "news.db"
    retry = ["retry-failures", "--db", str(db), "--log-dir", str(tmp_path / "logs"), "-s", f"FINEWS_LIST_APIS={LISTS}"]
    with replica(archive, "--list-faults", "--fail-rate", "0.2", "--seed", "1") as base:
        crawl("finews_list", db, base, FINEWS_LIST_APIS=LISTS, CONCURRENT_REQUESTS="1")
    pages = [f["url"].split("?")[1] for f in list_failures(db)]
    assert pages == ["marketType=37&count=4&pageindex=2", "marketType=38&count=4&pageindex=3"]   # the seed's
    assert count(db) < N
    with replica(archive, "--fault", "list=500") as base:       # the list pages fail again
        again = newscrawl(*retry, "-s", f"FINEWS_BASE_URL={base}")
    assert again.returncode == 1, again.stdout + again.stderr[-3000:]
    failed = list_failures(db)
    assert [f["url"].split("?")[1] for f in failed] == pages and "failures left: 2" in again.stdout
    runs = {r["id"] for r in rows(db, "SELECT id FROM crawl_runs WHERE spider = 'finews_list'")}
    assert {f["run_id"] for f in failed} < runs and len(runs) == 2     # new rows, of the retry's run
    with replica(archive) as base:
        ok = newscrawl(*retry, "-s", f"FINEWS_BASE_URL={base}")
    assert ok.returncode == 0, ok.stdout + ok.stderr[-3000:]
    assert "failures left: 0" in ok.stdout and count(db) == N


def test_max_pages_above_the_mark_is_a_failure_that_retry_reads_on_from(archive: Path, tmp_path: Path) -> None:
    """More new articles than FINEWS_LIST_MAX_PAGES pages hold: the gap down to the mark is a failure row
    (exit 1), and retry-failures reads on from the next page down to the mark."""
    from urllib.request import urlopen

    from newscrawl.pages.finews import parse_list_response

    db = tmp_path / "news.db"
    api = "/information/newmarket/web/webapi?marketType=37&count=4"
    opts = {"FINEWS_LIST_APIS": LISTS, "CONCURRENT_REQUESTS": "1", "FINEWS_LIST_MAX_PAGES": "2"}
    with replica(archive) as base:
        assert crawl("finews_list", db, base, FINEWS_LIST_APIS=LISTS).returncode == 0
        page = {i: [e["code"] for e in parse_list_response(urlopen(f"{base}{api}&pageindex={i}").read(), None)]
                for i in (2, 3, 4)}
        # as if pages 2 and 3 had come since the last complete walk, which began at page 4
        with sqlite3.connect(db) as conn:
            conn.execute("DELETE FROM list_marks WHERE api = ?", [api])
            conn.execute("INSERT INTO list_marks (api, code) VALUES (?, ?)", [api, page[4][0]])
            conn.executemany("DELETE FROM articles WHERE id = ?", [[c] for c in page[2] + page[3]])
        short = crawl("finews_list", db, base, **opts)
        assert short.returncode == 1, short.stderr[-3000:]
        (gap,) = rows(db, "SELECT * FROM failures")
        assert gap["reason"] == "max_pages_reached" and gap["url"].endswith(f"{api}&pageindex=3")
        assert count(db) == N - len(page[3])
        again = newscrawl("retry-failures", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                          "-s", f"FINEWS_BASE_URL={base}", *(a for k, v in opts.items() for a in ("-s", f"{k}={v}")))
    assert again.returncode == 0, again.stdout + again.stderr[-3000:]
    assert count(db) == N and "failures left: 0" in again.stdout


def test_three_crawls_at_once_keep_every_run_and_failure_row(archive: Path, tmp_path: Path) -> None:
    """Three crawls writing one database at once (scrapyd): every crawl_runs row and every failure row is kept."""
    db = tmp_path / "news.db"
    codes = sorted(e.code for e in load_archive(archive))
    faulty = codes[::8]
    faults = [arg for code in faulty for arg in ("--fault", f"{code}=500")]
    with replica(archive, *faults) as base:
        # the first crawl holds the write lock for its whole (one) batch; the others start meanwhile and wait
        cmd = scrapy_cmd("finews_list", db, base, NEWSCRAWL_COMMIT_SECONDS="6", NEWSCRAWL_COMMIT_EVERY="1000",
                         DOWNLOAD_DELAY="0.15", CONCURRENT_REQUESTS="1")
        procs = [subprocess.Popen(cmd, cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)]
        deadline = time.monotonic() + 30
        while not write_locked(db):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        procs += [subprocess.Popen(cmd, cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True) for _ in range(2)]
        results = [(p.communicate(timeout=300)[1], p.returncode) for p in procs]
    for err, code in results:
        assert code == 1, err[-3000:]                      # the faulty articles failed
        assert "Traceback" not in err and "database is locked" not in err, err[-3000:]
    runs = rows(db, "SELECT * FROM crawl_runs")
    assert len(runs) == 3 and {r["status"] for r in runs} == {"failed"}
    assert all(r["finished_at"] and r["items_failed"] == len(faulty) for r in runs)
    failures = rows(db, "SELECT * FROM failures")
    assert len(failures) == 3 * len(faulty)
    assert {f["run_id"] for f in failures} == {r["id"] for r in runs}
    assert {f["article_id"] for f in failures} == set(faulty)
    assert len(rows(db, "SELECT id FROM articles")) == N - len(faulty)


def test_lock_file_follows_a_symlinked_db(tmp_path: Path) -> None:
    from newscrawl.cli.lock import DbLock, LockedError

    real = tmp_path / "real" / "news.db"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    with DbLock(real), pytest.raises(LockedError), DbLock(link):
        pass
