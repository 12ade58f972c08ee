"""A throw-away ``redis-server`` on 127.0.0.1 (a free port, a temporary folder): tests and benchmarks."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def redis_server(folder: str | Path, timeout: float = 10.0) -> Iterator[str]:
    """Run Debian's ``redis-server`` (no persistence) in ``folder``; yields its URL.  Raises
    FileNotFoundError when redis-server is not installed."""
    exe = shutil.which("redis-server")
    if not exe:
        raise FileNotFoundError("redis-server is not installed (apt-get install redis-server)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(5):   # a port taken between free_port() and the bind: try another
        port = free_port()
        proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                 "--dir", str(folder), "--logfile", str(folder / "redis.log")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + timeout
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
                break
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        if proc.poll() is None and time.monotonic() < deadline:
            try:
                yield url
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            return
        proc.kill()
        proc.wait()
    raise RuntimeError(f"redis-server did not start; see {folder / 'redis.log'}")


def newscrawl_cmd(*args: str) -> list[str]:
    """``python -m newscrawl ARGS`` with this interpreter."""
    return [sys.executable, "-m", "newscrawl", *args]


def start_worker(redis_url: str, base_url: str, worker_id: str, *, prefix: str = "newscrawl",
                 ttl: float = 15.0, idle_exit: float = 2.0, log_file: str | Path | None = None,
                 settings: dict[str, str] | None = None, cwd: str | Path | None = None) -> subprocess.Popen:
    """``newscrawl worker`` in its own process group (so a test can ``kill -9`` it and its children)."""
    args = ["worker", "--redis", redis_url, "--prefix", prefix, "--worker-id", worker_id, "--idle-exit", str(idle_exit),
            "-s", f"FINEWS_BASE_URL={base_url}", "-s", f"NEWSCRAWL_REDIS_HEARTBEAT_TTL={ttl}"]
    for key, value in (settings or {}).items():
        args += ["-s", f"{key}={value}"]
    if log_file:
        args += ["--log-file", str(log_file)]
    return subprocess.Popen(newscrawl_cmd(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=cwd)


def start_ingester(redis_url: str, db: str | Path, *, prefix: str = "newscrawl", exit_when_idle: float = 2.0,
                   batch: int = 200, cwd: str | Path | None = None) -> subprocess.Popen:
    """``newscrawl ingest`` in its own process group."""
    return subprocess.Popen(newscrawl_cmd("ingest", "--redis", redis_url, "--prefix", prefix, "--db", str(db),
                                          "--batch", str(batch), "--exit-when-idle", str(exit_when_idle), "--quiet"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, cwd=cwd)


@contextmanager
def replica_process(folder: str | Path, *args: str) -> Iterator[str]:
    """``newscrawl replica serve FOLDER --port 0`` in a subprocess; yields its base URL."""
    proc = subprocess.Popen(newscrawl_cmd("replica", "serve", str(folder), "--port", "0", *args),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = (proc.stdout.readline() if proc.stdout else "").strip()
        if not line.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"replica did not start: {line!r}")
        yield line
    finally:
        proc.terminate()
        proc.wait(timeout=10)
