"""Clear errors, not silence or tracebacks (issue 15): dates, spider arguments, databases that are not SQLite
or read-only; and what a crawl reports (its failures, its database, progress)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newscrawl.cli.main import main
from newscrawl.items import Article
from newscrawl.replica.synth import write_archive
from newscrawl.store.db import open_db, upsert_article
from newscrawl.store.search import flush_index
from tests.e2e.conftest import ROOT, replica, rows


def run(*args: str, cwd: Path = ROOT, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, check=False)


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    """``newscrawl ARGS`` in this process: (exit status, stdout, stderr)."""
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newscrawl: error: "), err
    return lines[0]


def article(code: str, published_at: str) -> dict:
    return Article(id=code, url=f"http://x/{code}", title=f"海门 {code}", media="南通日报", published_at=published_at,
                   content_text="正文", content_hash=code).record()


@pytest.fixture
def news_db(tmp_path: Path) -> Path:
    """A database of two articles: 2021-12-01 08:00 and 2021-12-31 11:38:35 (Asia/Shanghai)."""
    path = tmp_path / "db" / "news.db"
    database = open_db(path)
    upsert_article(database, article("NW202112010000000001", "2021-12-01T08:00:00+08:00"))
    upsert_article(database, article("NW202112312232633030", "2021-12-31T11:38:35+08:00"))
    flush_index(database)                               # as the store does before it commits
    database.close()
    return path


# --- item 13: one date type for every --since / --until ---------------------------------------------------

@pytest.mark.parametrize("args", [
    ["export", "--out", "-", "--since", "2021-13-45"],
    ["export", "--out", "-", "--since", "yesterday"],
    ["export", "--out", "-", "--until", "1 OR 1=1"],
    ["reprocess", "--since", "foo"],
    ["search", "海门", "--since", "1 OR 1=1"],
])
def test_a_bad_date_is_a_usage_error_everywhere(news_db: Path, capsys, args: list[str]) -> None:
    code, out, err = run_main(capsys, *args, "--db", str(news_db))
    assert code == 2 and out == ""
    assert "is not a date" in one_error_line(err)


def test_dates_compare_as_instants_in_shanghai(news_db: Path, capsys) -> None:
    def exported(*args: str) -> list[str]:
        code, out, err = run_main(capsys, "export", "--out", "-", "--format", "jsonl", "--columns", "id",
                                  "--db", str(news_db), *args)
        assert code == 0, err
        return [line[8:28] for line in out.splitlines()]

    assert exported("--since", "2021-12-31T04:00:00Z") == []                      # 12:00 in Shanghai
    assert exported("--since", "2021-12-31T03:00:00Z") == ["NW202112312232633030"]
    assert exported("--until", "2021-12-01 08:00") == []                          # naive: Shanghai, until exclusive
    assert exported("--until", "2021-12-01 08:00:01") == ["NW202112010000000001"]


# --- item 16: crawl checks its spider arguments first, and reports the failures of a real run --------------

@pytest.mark.parametrize("args, message", [
    (["finews", "-a", "url_file=nope.txt"], "cannot read url_file nope.txt"),
    (["finews", "-a", "url=NW202112312232633030"], "unknown spider argument 'url'; did you mean 'urls'?"),
    (["finews"], "no targets"),
    (["finews", "-a", "urls=https://example.com/a/1.html"], "no infoCode in URL https://example.com/a/1.html"),
    (["article", "-a", "urls=news.example.cn/a/1.html"], "not an http(s) URL"),
])
def test_crawl_usage_mistakes_exit_2_and_record_no_run(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "news.db"
    result = run("crawl", *args, "--db", str(db), "--log-dir", str(tmp_path / "logs"), cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in one_error_line(result.stderr)
    assert not db.exists() or rows(db, "SELECT count(*) AS n FROM crawl_runs")[0]["n"] == 0
    assert not (tmp_path / "logs").exists()


def test_crawl_lists_its_failures_names_its_database_and_shows_progress(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_archive(posts, 40, seed=5)
    db = tmp_path / "out" / "news.db"
    faults = ["--fail-rate", "0.4", "--seed", "2", "--slow-rate", "0.1", "--slow-seconds", "0.5"]
    with replica(posts, *faults) as base:
        result = run("crawl", "finews_list", "--db", str(db), "--log-dir", str(tmp_path / "logs"),
                     "-s", f"FINEWS_BASE_URL={base}", "-s", "RETRY_TIMES=0", "-s", "NEWSCRAWL_PROGRESS=1",
                     "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.1", cwd=tmp_path)
    assert result.returncode == 1, result.stderr[-2000:]
    failed = rows(db, "SELECT stage, url, reason, detail FROM failures ORDER BY id")
    assert len(failed) > 10
    lines = result.stdout.splitlines()
    listed = [line for line in lines if line.startswith("failed [")]
    assert listed == [f"failed [{f['stage']}] {f['url']}: {f['reason']} ({f['detail']})" for f in failed[:10]]
    assert f"… and {len(failed) - 10} more; see `newscrawl stats` or the failures table" in lines
    assert f"database: {db.resolve()}" in lines
    progress = [line for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert progress and all(" articles stored (" in line and " failed, " in line and " articles/s" in line
                            for line in progress)


# --- item 18: a database that is not SQLite, or read-only -------------------------------------------------

def test_a_file_that_is_not_sqlite_is_one_line_for_every_command(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.db"
    bad.write_text("id,title\n1,海门\n", encoding="utf-8")
    posts = tmp_path / "posts"
    write_archive(posts, 1, seed=1)
    for args in (["export", "--out", str(tmp_path / "x.csv")], ["search", "海门"], ["stats"], ["retry-failures"],
                 ["reprocess"], ["import-posts", str(posts)]):
        code, _, err = run_main(capsys, *args, "--db", str(bad))
        assert code == 1 and one_error_line(err) == f"newscrawl: error: {bad} is not a SQLite database", args
    result = run("crawl", "finews", "-a", "urls=NW202112312232633030", "--db", str(bad), "--log-dir",
                 str(tmp_path / "logs"))
    assert result.returncode == 1 and one_error_line(result.stderr) == f"newscrawl: error: {bad} is not a SQLite database"
    assert bad.read_text(encoding="utf-8") == "id,title\n1,海门\n"


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make ``paths`` read-only for real, root included: ``chattr +i`` as root (chmod does not stop root),
    ``chmod a-w`` otherwise; undone afterwards."""
    as_root = os.geteuid() == 0
    if as_root and not shutil.which("chattr"):
        pytest.skip("running as root without chattr: cannot make a file read-only for root")
    done: list[Path] = []
    try:
        for path in paths:
            if as_root:
                if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode:
                    pytest.skip(f"chattr +i is not supported on this file system ({path})")
            else:
                path.chmod(path.stat().st_mode & ~0o222)
            done.append(path)
        assert not os.access(paths[0], os.W_OK)
        yield
    finally:
        for path in done:
            if as_root:
                subprocess.run(["chattr", "-i", str(path)], check=False)
            else:
                path.chmod(path.stat().st_mode | 0o200)


def test_a_read_only_database_is_read_and_never_written(news_db: Path, tmp_path: Path, capsys) -> None:
    folder = news_db.parent
    database = open_db(news_db)               # a change written by a bare sqlite3 shell: not indexed yet
    database.execute("UPDATE articles SET title = '海门 新标题' WHERE id = 'NW202112010000000001'")
    database.conn.commit()
    database.close()
    for extra in folder.glob("news.db-*"):      # as a copied database: no -wal / -shm beside it
        extra.unlink()
    before = sorted(p.name for p in folder.iterdir())
    with read_only(news_db, folder):
        code, out, err = run_main(capsys, "search", "海门", "--json", "--db", str(news_db))
        assert code == 0 and len(out.splitlines()) == 1, err                  # the changed article is not indexed
        assert err.startswith("newscrawl: warning: the search index has 2 queued changes it cannot apply")
        assert f"{news_db} is read-only" in err
        code, out, err = run_main(capsys, "stats", "--db", str(news_db))
        assert code == 0 and out.startswith("articles: 2"), err
        code, out, err = run_main(capsys, "export", "--out", "-", "--format", "jsonl", "--query", "海门",
                                  "--db", str(news_db))
        assert code == 0 and len(out.splitlines()) == 1 and "queued changes" in err
        for args in (["reprocess"], ["retry-failures"]):
            code, _, err = run_main(capsys, *args, "--db", str(news_db))
            assert code == 1 and "cannot write to the database" in one_error_line(err) and "read-only" in err, args
        result = run("crawl", "finews", "-a", "urls=NW202112312232633030", "--db", str(news_db),
                     "--log-dir", str(tmp_path / "logs"))
        assert result.returncode == 1
        assert one_error_line(result.stderr).startswith("newscrawl: error: cannot write to the database: ")
    assert sorted(p.name for p in folder.iterdir()) == before           # no lock file, no -wal, nothing


def test_a_read_only_database_too_old_to_read_says_so(news_db: Path, capsys) -> None:
    import sqlite3

    with sqlite3.connect(news_db) as conn:          # as a database of an older newscrawl: one migration to go
        conn.execute("DELETE FROM _sqlite_migrations WHERE rowid = (SELECT max(rowid) FROM _sqlite_migrations)")
    with read_only(news_db):
        code, _, err = run_main(capsys, "stats", "--db", str(news_db))
    assert code == 1 and "is read-only and older than this newscrawl's schema" in one_error_line(err)


# --- item 19: every command says which database it used ---------------------------------------------------

def test_commands_name_the_database_they_used(news_db: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run_main(capsys, "export", "--out", str(tmp_path / "x.csv"), "--db", str(news_db))
    assert code == 0 and f"from {news_db.resolve()} to" in out
    code, out, _ = run_main(capsys, "reprocess", "--db", str(news_db))
    assert code == 0 and out.strip().endswith(f"in {news_db.resolve()}")
    posts = tmp_path / "posts"
    write_archive(posts, 2, seed=1)
    code, out, _ = run_main(capsys, "import-posts", str(posts), "--no-progress", "--db", str(news_db))
    assert code == 0 and f"into {news_db.resolve()}" in out.splitlines()[0]
