"""Hostile input from the web (issue 15): terminal control characters in titles, the replica's own pages
(XSS, port errors), and robots.txt on the open web."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from newscrawl import db as store
from newscrawl.replica.synth import write_archive
from tests.e2e.conftest import ROOT, crawl, replica, rows

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ESC_TITLE = "海门\x1b]0;owned\x07推进\x1b[31m示范区\x1b[0m建设\x9b2J"


def newscrawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _hostile_posts(folder: Path) -> str:
    """A small archive whose first post has terminal escapes (OSC, CSI, 8-bit CSI) in title, tag and body."""
    write_archive(folder, 3, seed=1)
    post = min(folder.glob("*.md"))
    text = post.read_text(encoding="utf-8")
    text = re.sub(r'^title: ".*"$', f'title: "{ESC_TITLE}"', text, count=1, flags=re.MULTILINE)
    text = re.sub(r"^tags: (.*)$", "tags: \\1\x1b[5m", text, count=1, flags=re.MULTILINE)
    text = text.replace("<p>", "<p>示范区\x1b]8;;http://evil.example/\x1b\\链接\x1b]8;;\x1b\\", 1)
    post.write_text(text, encoding="utf-8")
    return re.search(r"NW\d+", post.name).group(0)


def test_control_characters_never_reach_the_database_or_the_terminal(tmp_path: Path) -> None:
    code = _hostile_posts(tmp_path / "posts")
    db = tmp_path / "news.db"
    with replica(tmp_path / "posts") as base:
        result = crawl("finews_list", db, base)
    assert result.returncode == 0, result.stderr[-3000:]
    row = rows(db, "SELECT * FROM articles WHERE id = ?", [code])[0]
    assert row["title"] == "海门推进示范区建设"
    for key in ("title", "media", "category", "tags", "content_text", "content_html", "byline_raw", "source"):
        assert not CONTROL.search(row[key] or ""), (key, row[key])
    assert "示范区链接" in row["content_text"]

    # a row stored before validation stripped controls: search and stats print none of them
    database = store.open_db(db)
    with database.atomic():
        database.execute("UPDATE articles SET title = ?, media = ?, content_text = content_text || ? WHERE id = ?",
                         [ESC_TITLE, "南通\x1b]0;x\x07日报\x85", "\x1b[2J示范区\x07", code])
    database.close()
    for args in (["search", "示范区"], ["search", "示范区", "--json"],
                 ["stats"], ["stats", "--json"]):
        out = newscrawl(*args, "--db", str(db))
        assert out.returncode == 0, out.stderr
        assert not CONTROL.search(out.stdout.replace("\n", "")), (args, out.stdout[:500])
        assert "示范区" in out.stdout or args[0] == "stats"
    hits = [json.loads(line) for line in newscrawl("search", "示范区", "--json", "--db", str(db)).stdout.splitlines()]
    assert "\x1b]0;owned\x07" in {h["id"]: h for h in hits}[code]["title"]     # JSON keeps the data, escaped
