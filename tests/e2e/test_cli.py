"""The ``newscrawl`` command line and ``scrapy list``, as a user runs them."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import ROOT, rows


def run(*args: str, cwd: Path = ROOT, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def test_scrapy_list_shows_the_spiders() -> None:
    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and {"finews", "finews_list"} <= set(out.stdout.split())


def test_bad_arguments_give_one_line(tmp_path: Path) -> None:
    for args in (["export", "--format", "xml", "--out", "x"], ["export", "--out", "x.csv", "--db", str(tmp_path / "none.db")],
                 ["replica", "serve", str(tmp_path / "missing")], ["nosuchcommand"],
                 ["replica", "serve", str(tmp_path), "--fault", "oops"]):
        result = run(*args)
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newscrawl: error:"), (args, result.stderr)


def test_demo_end_to_end(tmp_path: Path) -> None:
    """The README's first command, in a fresh folder: sample archive, replica, crawl, SQLite, CSV, summary."""
    result = run("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    out = result.stdout
    assert "articles: 60 in data/news.db" in out and "failures: 0" in out and "seconds:" in out
    assert f"database: {(tmp_path / 'data' / 'news.db').resolve()}" in out.splitlines()     # where it wrote
    db = tmp_path / "data" / "news.db"
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 60
    media = {r["media"] for r in rows(db, "SELECT DISTINCT media FROM articles")}
    assert len(media) >= 5 and "南通日报" in media
    with open(tmp_path / "data" / "news.csv", encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh))
    assert len(exported) == 60 and all(r["title"] for r in exported)
    assert (tmp_path / "data" / "news.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with_authors = [r for r in rows(db, "SELECT authors FROM articles") if json.loads(r["authors"])]
    assert len(with_authors) >= 30
    again = run("demo", cwd=tmp_path)                 # a second demo adds no row
    assert again.returncode == 0 and "0 new" in again.stdout
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 60
    jsonl = run("export", "--format", "jsonl", "--out", "x.jsonl", "--media", "南通日报", cwd=tmp_path)
    assert jsonl.returncode == 0
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["media"] == "南通日报" for line in lines)
