"""pipelines.store.SQLitePipeline on a database that stops taking writes (SQLITE_FULL): nothing counted as
stored that is not; the lost batch becomes failure rows, or the run fails (issue 15)."""
from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest

from newscrawl.cli.runlog import failure_rate
from newscrawl.items import Article
from newscrawl.store.db import open_db
from pipelines.chain import Dropped, PipelineChain
from pipelines.offload import read_message, serve, write_message

STORE_ONLY = {"pipelines.store.SQLitePipeline": 900}
N = 12


def articles() -> list[Article]:
    body = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(6000))     # ~18 KB of UTF-8 a body
    return [Article(id=f"NW2021123122326330{i:02d}", url=f"http://x/{i}", title=f"标题{i}", content_text=body + str(i),
                    content_hash=f"h{i}") for i in range(N)]


@pytest.fixture
def small_db(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database the store opens has room for about two batches more (PRAGMA max_page_count)."""
    real_open = open_db

    def open_small(path, create=True):
        db = real_open(path, create)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 120}")
        return db

    monkeypatch.setattr("newscrawl.store.db.open_db", open_small)


def settings(path: Path) -> dict:
    return {"NEWSCRAWL_DB": str(path), "ITEM_PIPELINES": STORE_ONLY, "NEWSCRAWL_COMMIT_EVERY": 4,
            "NEWSCRAWL_KEEP_RAW": False}


def check_accounted(path: Path, stats: dict, dropped: set[str]) -> list[dict]:
    """Every article is stored, or a failure row, or dropped (reported to the caller); never two of them,
    and the stored count is what the stats say."""
    db = open_db(path)
    stored = {r["id"] for r in db.query("SELECT id FROM articles")}
    failed = list(db.query("SELECT * FROM failures"))
    failed_ids = {f["article_id"] for f in failed}
    assert stored and failed, "the test database must fill up part way"
    assert not stored & failed_ids and not stored & dropped and not failed_ids & dropped
    assert stored | failed_ids | dropped == {a.id for a in articles()}
    assert stats.get("newscrawl/items/new", 0) == len(stored)
    assert {(f["stage"], f["reason"]) for f in failed} == {("store", "commit_failed")}
    assert all("full" in f["detail"] for f in failed)
    return failed


def test_a_batch_the_disk_cannot_take_becomes_failure_rows(small_db: None, tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    dropped = set()
    with PipelineChain(settings(path), spider_name="test", run_id="R1") as chain:
        for item in articles():
            try:
                chain.process(item)
            except Dropped as exc:
                assert (exc.stage, exc.reason) == ("store", "commit_failed")
                dropped.add(item.id)
    failed = check_accounted(path, chain.stats, dropped)
    assert all(f["run_id"] == "R1" and f["spider"] == "test" for f in failed)
    assert chain.stats["newscrawl/failures/store/commit_failed"] == len(failed) + len(dropped)
    assert not chain.stats.get("newscrawl/items/lost")


def test_a_batch_that_cannot_even_be_recorded_fails_the_run(small_db: None, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    import pipelines.store

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(pipelines.store, "record_lost", full)
    with PipelineChain(settings(tmp_path / "news.db"), spider_name="test") as chain, \
            caplog.at_level(logging.ERROR, logger="pipelines.store"):
        for item in articles():
            try:
                chain.process(item)
            except Dropped:
                pass
    lost = chain.stats["newscrawl/items/lost"]
    stored = open_db(tmp_path / "news.db").execute("SELECT count(*) FROM articles").fetchone()[0]
    assert lost and chain.stats["newscrawl/items/new"] == stored
    logged = [re.search(r"lost (\d+) articles", r.getMessage()) for r in caplog.records]
    assert sum(int(m.group(1)) for m in logged if m) == lost
    assert failure_rate(chain.stats) > 1_000_000     # fails whatever NEWSCRAWL_MAX_FAILURE_RATE allows


def test_the_pipeline_process_takes_the_same_path(small_db: None, tmp_path: Path) -> None:
    """The offload child (python -m pipelines.offload) stores through the same store: same accounting."""
    path = tmp_path / "news.db"
    with open(tmp_path / "in", "wb") as inp:
        write_message(inp, ("open", settings(path), "test", "R2"))
        for item in articles():
            write_message(inp, ("item", item))
        write_message(inp, ("close",))
    with open(tmp_path / "in", "rb") as inp, open(tmp_path / "out", "wb") as out:
        assert serve(inp, out) == 0
    messages = []
    with open(tmp_path / "out", "rb") as out:
        while (message := read_message(out)) is not None:
            messages.append(message)
    stats = messages[-1][1]
    failed = check_accounted(path, stats, set())     # the child records the dropped one itself
    assert {f["run_id"] for f in failed} == {"R2"}


def test_a_failure_row_the_database_does_not_take_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run recorder counts a failure it cannot write as lost (the run fails, its row says so), instead
    of the exception vanishing in Scrapy's signal dispatch."""
    from newscrawl.cli.runlog import RunRecorder
    from pipelines.chain import _Crawler, project_settings

    crawler = _Crawler(project_settings({"NEWSCRAWL_DB": str(tmp_path / "news.db")}), "test")
    recorder = RunRecorder(crawler, str(tmp_path / "news.db"))
    recorder.spider_opened(crawler.spider)

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("newscrawl.cli.runlog.record_failure", full)
    recorder.on_failure(url="http://x/1", stage="fetch", reason="http_500", article_id="NW1")
    crawler.stats.inc_value("newscrawl/items/new", 5)
    recorder.spider_closed(crawler.spider, "finished")
    assert crawler.stats.get_value("newscrawl/items/lost") == 1
    (run,) = open_db(tmp_path / "news.db").query("SELECT status FROM crawl_runs")
    assert run["status"] == "failed"
