"""Pure helpers of the command line: date bounds, spider-argument checks, terminal lines, progress lines,
and the database checks of ``open_db``."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscrawl.cli.crawl import unknown_args
from newscrawl.cli.options import terminal_text
from newscrawl.cli.progress import progress_line, stored_count
from newscrawl.store.db import DbError, date_bound, open_db, read_only_reason


@pytest.mark.parametrize("text, bound", [
    ("2021-12-01", "2021-12-01"),
    (" 2021-12-01 ", "2021-12-01"),
    ("20211201", "2021-12-01"),                                   # ISO basic format, as fromisoformat reads it
    ("2021-12-01 08:00", "2021-12-01T08:00:00+08:00"),            # naive: Asia/Shanghai
    ("2021-12-01T08:00:00+08:00", "2021-12-01T08:00:00+08:00"),
    ("2021-12-01T04:00:00Z", "2021-12-01T12:00:00+08:00"),        # another zone: the same instant in Shanghai
])
def test_date_bound_compares_like_stored_timestamps(text: str, bound: str) -> None:
    assert date_bound(text) == bound


@pytest.mark.parametrize("text", ["2021-13-45", "yesterday", "1 OR 1=1", "", "2021-12-01T25:00", "12/01/2021"])
def test_date_bound_rejects_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        date_bound(text)


def test_unknown_args_suggest_the_close_name() -> None:
    assert unknown_args(["urls"], ("urls", "url_file")) is None
    assert unknown_args(["url"], ("urls", "url_file")) == "unknown spider argument 'url'; did you mean 'urls'?"
    assert unknown_args(["zzz"], ("dir",)) == "unknown spider argument 'zzz'; it takes dir"
    assert unknown_args(["x"], ()) == "unknown spider argument 'x'; it takes none"


def test_terminal_text_strips_control_characters_and_cuts() -> None:
    assert terminal_text("海门\x1b[31m\nx\x9b") == "海门 x"
    assert terminal_text("a" * 300, width=10) == "a" * 9 + "…"
    assert terminal_text(None) == ""


def test_progress_line_counts_and_rate() -> None:
    stats = {"newscrawl/items/new": 30, "newscrawl/items/updated": 5, "newscrawl/items/unchanged": 5,
             "newscrawl/failures": 2, "downloader/request_count": 50}
    assert stored_count(stats) == 40
    assert progress_line(stats, 12.4, 20, 5.0) == (
        "progress: 40 articles stored (30 new), 2 failed, 50 requests, 4.0 articles/s, 12 s")
    assert "0.0 articles/s" in progress_line({}, 0, 0, 0)


def test_open_db_names_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bad = tmp_path / "x.db"
    bad.write_text("hello, not a database\n")
    for kw in ({}, {"create": False}, {"create": False, "read_only_ok": True}):
        with pytest.raises(DbError, match=r"x\.db is not a SQLite database$"):
            open_db(bad, **kw)
    with pytest.raises(DbError, match="is a folder"):
        open_db(tmp_path)
    assert bad.read_text() == "hello, not a database\n"


def test_read_only_reason(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "n.db"
    open_db(db).close()
    assert read_only_reason(db) is None
    assert read_only_reason(tmp_path / "new" / "sub" / "n.db") is None          # folders still to make
    monkeypatch.setattr("os.access", lambda path, mode: Path(path) != db)
    assert read_only_reason(db) == f"{db} is read-only"
    monkeypatch.setattr("os.access", lambda path, mode: Path(path) != tmp_path)
    assert read_only_reason(db).startswith(f"the folder {tmp_path} is read-only")


def test_read_only_open_refuses_a_schema_it_would_have_to_migrate(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "n.db"
    open_db(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE rowid = (SELECT max(rowid) FROM _sqlite_migrations)")
    monkeypatch.setattr("newscrawl.store.db.read_only_reason", lambda path: "read-only (test)")
    with pytest.raises(DbError, match="older than this newscrawl's schema"):
        open_db(db, create=False, read_only_ok=True)
    with pytest.raises(DbError, match=r"cannot write to the database: read-only \(test\)"):
        open_db(db, create=False)


def test_a_crawl_that_failed_to_start_keeps_its_error() -> None:
    from types import SimpleNamespace

    from twisted.python.failure import Failure

    from newscrawl.cli.runner import _crawl_stats

    crawler = SimpleNamespace(stats=SimpleNamespace(get_stats=lambda: {"newscrawl/run_id": "r1"}))
    try:
        int("x")
    except ValueError:
        failed = Failure()
    assert _crawl_stats(crawler, failed) == {
        "newscrawl/run_id": "r1", "newscrawl/error": "ValueError: invalid literal for int() with base 10: 'x'"}
    assert _crawl_stats(crawler, None) == {"newscrawl/run_id": "r1"}


def test_summary_names_lost_articles() -> None:
    from newscrawl.cli.crawl import _summary

    assert "3 LOST" in _summary({"newscrawl/items/new": 5, "newscrawl/items/lost": 3})
    assert "LOST" not in _summary({"newscrawl/items/new": 5})
