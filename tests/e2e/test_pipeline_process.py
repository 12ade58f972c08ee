"""The item pipelines in a second process (NEWSCRAWL_PIPELINE_PROCESS): same rows as in-process, nothing lost."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.replica.synth import write_archive
from tests.e2e.conftest import ROOT, crawl, replica, rows

N = 240
VOLATILE = {"run_id", "first_seen_at", "updated_at", "checked_at"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth")
    write_archive(folder, N, seed=11)
    return folder


def _articles(db: Path) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in VOLATILE} for r in rows(db, "SELECT * FROM articles ORDER BY id")]


def test_same_rows_as_in_process(archive: Path, tmp_path: Path) -> None:
    with replica(archive) as base:
        out = crawl("finews_list", tmp_path / "a.db", base, NEWSCRAWL_PIPELINE_PROCESS="1")
        inproc = crawl("finews_list", tmp_path / "b.db", base)
    assert out.returncode == 0, out.stderr[-3000:]
    assert inproc.returncode == 0, inproc.stderr[-3000:]
    assert "item pipelines run in process" in out.stderr
    assert "item pipelines run in process" not in inproc.stderr
    a, b = _articles(tmp_path / "a.db"), _articles(tmp_path / "b.db")
    assert len(a) == N
    assert a == b                                     # reprint_of included: re-pointing happens there too
    assert sum(1 for r in a if r["reprint_of"]) > 0
    run = rows(tmp_path / "a.db", "SELECT * FROM crawl_runs")[0]
    assert (run["status"], run["items_new"], run["items_failed"]) == ("ok", N, 0)   # stats came back
    assert rows(tmp_path / "a.db", "SELECT count(*) AS n FROM raw_pages")[0]["n"] == N


def test_crawl_failures_are_written_by_the_pipeline_process(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(archive, "--fail-rate", "0.1", "--seed", "3") as base:
        out = crawl("finews_list", db, base, NEWSCRAWL_MAX_FAILURE_RATE="1", NEWSCRAWL_PIPELINE_PROCESS="1")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "item pipelines run in process" in out.stderr
    failures = rows(db, "SELECT * FROM failures")
    stored = rows(db, "SELECT count(*) AS n FROM articles")[0]["n"]
    assert failures and stored + len({f["article_id"] for f in failures}) == N
    run = rows(db, "SELECT * FROM crawl_runs")[0]
    assert run["items_failed"] == len(failures) and all(f["run_id"] == run["id"] for f in failures)


def test_a_dead_pipeline_process_loses_nothing(archive: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "news.db"
    victim = sorted(r["id"] for r in _synthetic_ids(archive))[N // 2]
    stages = {"pipelines.normalize.ValidatePipeline": 100, "tests.e2e.test_pipeline_process.DieOn": 550,
              "pipelines.normalize.CleanPipeline": 200, "pipelines.normalize.DatesPipeline": 300,
              "pipelines.normalize.BylinesPipeline": 400, "pipelines.normalize.FingerprintPipeline": 500,
              "pipelines.reprints.ReprintPipeline": 600, "pipelines.store.SQLitePipeline": 900}
    monkeypatch.setenv("NC_DIE_ON", victim)          # (both restored after the test, as they were)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    with replica(archive) as base:
        out = crawl("finews_list", db, base, NEWSCRAWL_MAX_FAILURE_RATE="1",
                    ITEM_PIPELINES=json.dumps(stages), NEWSCRAWL_COMMIT_EVERY="20",
                    NEWSCRAWL_PIPELINE_PROCESS="1")
        assert "the pipeline process died" in out.stderr, out.stderr[-3000:]
        lost = rows(db, "SELECT * FROM failures WHERE reason = 'pipeline_process_died'")
        stored = {r["id"] for r in rows(db, "SELECT id FROM articles")}
        assert lost and victim in {f["article_id"] for f in lost}
        assert stored | {f["article_id"] for f in lost} == {r["id"] for r in _synthetic_ids(archive)}
        assert not stored & {f["article_id"] for f in lost}     # a failure row only for what is missing
        assert "goes on with the pipelines in this process" in out.stderr and stored
        again = subprocess.run([sys.executable, "-m", "newscrawl", "retry-failures", "--db", str(db),
                                "-s", f"FINEWS_BASE_URL={base}", "--log-dir", str(tmp_path / "logs")],
                               cwd=ROOT, capture_output=True, text=True, timeout=300,
                               env={**os.environ, "NC_DIE_ON": ""})
    assert again.returncode == 0, again.stdout + again.stderr[-3000:]
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == N
    assert not rows(db, "SELECT * FROM failures")


def test_a_stage_error_and_a_dropped_item_are_recorded_once_as_in_process(archive: Path, tmp_path: Path) -> None:
    from newscrawl.settings import ITEM_PIPELINES

    codes = sorted(r["id"] for r in _synthetic_ids(archive))
    raise_on, drop_on = codes[7], codes[N - 9]
    stages = {**ITEM_PIPELINES, "tests.e2e.test_pipeline_process.Trouble": 150}
    env = {"NC_RAISE_ON": raise_on, "NC_DROP_ON": drop_on, "PYTHONPATH": str(ROOT)}
    before = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        with replica(archive) as base:
            runs = {mode: crawl("finews_list", tmp_path / f"{mode}.db", base, NEWSCRAWL_MAX_FAILURE_RATE="1",
                                ITEM_PIPELINES=json.dumps(stages), NEWSCRAWL_PIPELINE_PROCESS=flag)
                    for mode, flag in (("process", "1"), ("inproc", "0"))}
    finally:
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    seen = {}
    for mode, out in runs.items():
        db = tmp_path / f"{mode}.db"
        assert out.returncode == 0, out.stderr[-3000:]
        assert ("item pipelines run in process" in out.stderr) == (mode == "process")
        failures = sorted((f["article_id"], f["stage"], f["reason"], f["detail"])
                          for f in rows(db, "SELECT * FROM failures"))
        run = rows(db, "SELECT * FROM crawl_runs")[0]
        stored = {r["id"] for r in rows(db, "SELECT id FROM articles")}
        assert failures == [(raise_on, "pipeline", "ValueError", f"test stage error on {raise_on}"),
                            (drop_on, "trouble", "test_drop", "dropped by the test stage")], mode
        assert (run["status"], run["items_new"], run["items_failed"]) == ("ok", N - 2, 2), mode
        assert stored == set(codes) - {raise_on, drop_on}, mode
        seen[mode] = _articles(db)
    assert seen["process"] == seen["inproc"]


def test_a_feed_export_keeps_the_pipelines_in_process(archive: Path, tmp_path: Path) -> None:
    feed = tmp_path / "out.jsonl"
    with replica(archive) as base:
        out = crawl("finews_list", tmp_path / "news.db", base, "-O", str(feed), NEWSCRAWL_PIPELINE_PROCESS="1")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "item pipelines run in process" not in out.stderr
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert len(items) == N and all(i["content_text"] and i["simhash"] for i in items)


def _synthetic_ids(archive: Path) -> list[dict]:
    from newscrawl.replica.archive import load_archive

    return [{"id": e.code} for e in load_archive(archive)]


class DieOn:
    """A stage that kills its process (as an out-of-memory kill would) on the article NC_DIE_ON names."""

    def process_item(self, item, spider=None):
        if item.id and item.id == os.environ.get("NC_DIE_ON") and Path(sys.argv[0]).name == "offload.py":
            os._exit(9)
        return item


class Trouble:
    """A stage that raises on the article NC_RAISE_ON names and drops the one NC_DROP_ON names."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        from scrapy.exceptions import DropItem

        from newscrawl.failures import report_failure

        if item.id == os.environ.get("NC_RAISE_ON"):
            raise ValueError(f"test stage error on {item.id}")
        if item.id == os.environ.get("NC_DROP_ON"):
            report_failure(self.crawler, url=item.url, stage="trouble", reason="test_drop",
                           detail="dropped by the test stage", article_id=item.id)
            raise DropItem("test_drop")
        return item
