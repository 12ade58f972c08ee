"""Cron-grade crawling: the lock, faults under load, retry-failures, kill -9, reprocess, refresh."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscrawl.replica.synth import write_archive
from newscrawl.store.db import open_db
from tests.e2e.conftest import ROOT, replica, rows

N = 300


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("posts")
    write_archive(folder, N, seed=7)
    return folder


def newscrawl(*args: str, cwd: Path = ROOT, timeout: int = 300, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, **kw)


def start_crawl(db: Path, base: str, tmp: Path, *settings: str) -> subprocess.Popen:
    args = [sys.executable, "-m", "newscrawl", "crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp / "logs"),
            "-s", f"FINEWS_BASE_URL={base}", *settings]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def test_faults_then_retry_failures_stores_everything_once(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    faults = ["--seed", "3", "--fail-rate", "0.10", "--slow-rate", "0.05", "--truncate-rate", "0.05",
              "--drop-connection-rate", "0.05", "--gbk-rate", "0.05", "--slow-seconds", "2"]
    with replica(archive, *faults) as base:
        result = newscrawl("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                           "-s", f"FINEWS_BASE_URL={base}", "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1")
    assert result.returncode == 1, result.stderr[-2000:]        # some articles failed
    stored = {r["id"] for r in rows(db, "SELECT id FROM articles")}
    failed = {r["article_id"] for r in rows(db, "SELECT article_id FROM failures")}
    assert failed and not stored & failed                     # never both
    assert len(stored) + len(failed) == N                      # every article is somewhere, none twice
    reasons = {r["reason"] for r in rows(db, "SELECT reason FROM failures")}
    assert reasons <= {"http_500", "timeout", "invalid_json", "connection_lost"}, reasons
    assert "log:" in result.stdout and list((tmp_path / "logs").glob("finews_list-*.log"))
    with replica(archive) as base:
        retry = newscrawl("retry-failures", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                          "-s", f"FINEWS_BASE_URL={base}")
    assert retry.returncode == 0, retry.stdout + retry.stderr[-2000:]
    assert count(db) == N and count(db, "SELECT count(*) FROM failures") == 0
    assert "failures left: 0" in retry.stdout


def test_gbk_bodies_decode_right(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(archive, "--gbk-rate", "1") as base:
        result = newscrawl("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                           "-s", f"FINEWS_BASE_URL={base}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert count(db) == N
    assert count(db, "SELECT count(*) FROM articles WHERE content_text LIKE '%\ufffd%' OR title LIKE '%\ufffd%'") == 0
    assert count(db, "SELECT count(*) FROM articles WHERE media IN ('南通日报', '新华日报', '扬子晚报', '江海晚报', "
                     "'海门日报', '启东日报', '如皋日报')") == N


def test_kill_9_then_rerun_loses_and_duplicates_nothing(archive: Path, tmp_path: Path) -> None:
    """Killed once every list's page 1 is stored: the rerun must page on past them (no mark was written),
    not stop at a page that brings nothing new."""
    db = tmp_path / "news.db"
    lists = "-s", "FINEWS_LIST_APIS=" + ",".join(f"/information/newmarket/web/webapi?marketType={m}&count=20"
                                                 for m in (37, 38, 39))
    with replica(archive, "--slow-rate", "1", "--slow-seconds", "0.05") as base:
        proc = start_crawl(db, base, tmp_path, "-s", "NEWSCRAWL_COMMIT_EVERY=10", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
                           *lists)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if db.exists():
                try:
                    if count(db) >= 150:
                        break
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        partial = count(db)
        assert 0 < partial < N
        rerun = start_crawl(db, base, tmp_path, *lists)
        _out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err[-2000:]
    assert count(db) == N
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    runs = rows(db, "SELECT status FROM crawl_runs ORDER BY started_at")
    assert runs[0]["status"] == "running" and runs[-1]["status"] == "ok"   # the killed run stays visible


def test_second_overlapping_run_exits_75(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(archive, "--slow-rate", "1", "--slow-seconds", "0.1") as base:
        first = start_crawl(db, base, tmp_path, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4")
        deadline = time.monotonic() + 30
        while not (tmp_path / "news.db.lock").exists() or not (tmp_path / "news.db.lock").read_text():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        second = newscrawl("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                           "-s", f"FINEWS_BASE_URL={base}", timeout=60)
        _out, err = first.communicate(timeout=300)
    assert second.returncode == 75
    assert len(second.stderr.strip().splitlines()) == 1 and "another crawl is running" in second.stderr
    assert first.returncode == 0, err[-2000:]
    assert count(db) == N
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_reprocess_and_refresh(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(archive) as base:
        assert newscrawl("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                         "-s", f"FINEWS_BASE_URL={base}").returncode == 0
        assert count(db, "SELECT count(*) FROM raw_pages") == N
        # an old normaliser got a body wrong: reprocess from the stored payloads fixes it, offline
        database = open_db(db)
        with database.atomic():
            database.execute("UPDATE articles SET content_text = 'stale', content_hash = 'x', authors = '[]'")
        database.close()
        result = newscrawl("reprocess", "--db", str(db))
        assert result.returncode == 0, result.stderr[-2000:]
        assert f"reprocessed {N} pages: 0 new, {N} updated" in result.stdout
        assert count(db, "SELECT count(*) FROM articles WHERE content_text = 'stale'") == 0
        assert count(db, "SELECT count(*) FROM article_versions WHERE content_text = 'stale'") == N
        # checked long ago: NEWSCRAWL_REFRESH_AFTER makes them due again; unchanged ones stay unchanged
        database = open_db(db)
        with database.atomic():
            database.execute("UPDATE articles SET checked_at = '2020-01-01T00:00:00+08:00' WHERE rowid % 2 = 0")
        database.close()
        again = newscrawl("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                          "-s", f"FINEWS_BASE_URL={base}", "-s", "NEWSCRAWL_REFRESH_AFTER=3600")
    assert again.returncode == 0
    assert f"0 new, 0 updated, {N // 2} unchanged, {N - N // 2} skipped as known" in again.stdout
