"""End-to-end fixtures: the replica in a subprocess on 127.0.0.1, and ``scrapy crawl`` runs against it."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlite_utils

ROOT = Path(__file__).resolve().parents[2]


#: ``-s`` settings for crawls of 127.0.0.1: no politeness delays (robots.txt, AutoThrottle, 2 per site stay)
LOCAL_FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "DOWNLOAD_DELAY=0")


@contextmanager
def replica(folder: Path, *args: str) -> Iterator[str]:
    """Start ``newscrawl replica serve FOLDER`` on a free port; yields its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "newscrawl", "replica", "serve", str(folder), "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline().strip()
        if not line.startswith("http://127.0.0.1:"):
            proc.kill()
            raise RuntimeError(f"replica did not start: {line!r} {proc.stderr.read()}")
        yield line
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def crawl(spider: str, db: Path, base_url: str, *args: str, cwd: Path = ROOT, timeout: int = 300,
          **settings: str) -> subprocess.CompletedProcess:
    """``scrapy crawl SPIDER`` pointed at the replica, storing into ``db``.  The open-web spiders' delays
    (article, site: newscrawl/settings.py) are 0 against 127.0.0.1 (robots.txt and AutoThrottle stay on)."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"FINEWS_BASE_URL={base_url}",
           "-s", f"NEWSCRAWL_DB={db}", "-s", "LOG_LEVEL=INFO", "-s", "RETRY_TIMES=0", *LOCAL_FAST]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    cmd += list(args)
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def rows(db: Path, sql: str, params: list | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db).query(sql, params or []))


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "news.db"
