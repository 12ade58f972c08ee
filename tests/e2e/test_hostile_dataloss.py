"""Issue 15, data loss: interrupted walks, retried list pages, concurrent writers, a full disk."""
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
from tests.e2e.conftest import ROOT, replica, rows

N = 40


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
    from newscrawl.lock import DbLock, LockedError

    real = tmp_path / "real" / "news.db"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    with DbLock(real), pytest.raises(LockedError), DbLock(link):
        pass
