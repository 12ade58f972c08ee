"""End-to-end fixtures: the replica in a subprocess on 127.0.0.1, and ``scrapy crawl`` runs against it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


def needs_tool(name: str, package: str) -> str:
    """The path of the program ``name``; skips the test where it is missing, but fails in CI (where .ci/run
    must install Debian's ``package``)."""
    exe = shutil.which(name)
    if not exe:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (CI must install Debian's {package} package, see .ci/run)")
        pytest.skip(f"{name} is not installed")
    return exe


def page_handler(pages: dict[str, tuple[str, bytes]],
                 seen: list[tuple[str, str]] | None = None) -> type[BaseHTTPRequestHandler]:
    """A request handler serving ``pages`` (path → (Content-Type, body)), 404 for others; each request's path
    and User-Agent are appended to ``seen`` when given."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if seen is not None:
                seen.append((self.path, self.headers.get("User-Agent", "")))
            ctype, body = pages.get(self.path, ("text/html", b"<h1>404</h1>"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A threaded HTTP server with ``handler`` on 127.0.0.1 (a free port); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_to_end(procs: list[subprocess.Popen], timeout: float) -> None:
    """Wait for each process to exit 0 (its stderr's tail in the failure); kill those left on the way out."""
    try:
        for proc in procs:
            _, err = proc.communicate(timeout=timeout)
            assert proc.returncode == 0, err[-3000:]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis server of the test's own on a free port (Debian's redis-server): skipped where it is missing,
    a failure in CI."""
    from newscrawl.distributed.local import redis_server
    try:
        with redis_server(tmp_path / "redis") as url:
            yield url
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
