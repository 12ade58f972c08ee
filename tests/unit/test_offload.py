"""pipelines.offload: the message framing and when the add-on moves the pipelines."""
from __future__ import annotations

from scrapy.settings import Settings

from newscrawl.items import Article
from pipelines.offload import PipelineProcess, read_message, write_message

STAGES = {"pipelines.normalize.ValidatePipeline": 100, "pipelines.store.SQLitePipeline": 900}


def test_messages_round_trip(tmp_path) -> None:
    path = tmp_path / "stream"
    with open(path, "wb", buffering=0) as out:
        write_message(out, ("item", Article(id="NW1", raw_html="<p>南通</p>", raw_page={"body": b"\xff" * 70000})))
        write_message(out, ("close",))
    with open(path, "rb") as inp:
        kind, item = read_message(inp)
        assert kind == "item" and item.id == "NW1" and item.raw_page["body"] == b"\xff" * 70000
        assert read_message(inp) == ("close",)
        assert read_message(inp) is None           # end of stream


def test_a_truncated_message_reads_as_end_of_stream(tmp_path) -> None:
    path = tmp_path / "stream"
    with open(path, "wb", buffering=0) as out:
        write_message(out, ("ack", 3))
    path.write_bytes(path.read_bytes()[:-2])
    with open(path, "rb") as inp:
        assert read_message(inp) is None


def _applied(**values) -> Settings:
    s = Settings({"ITEM_PIPELINES": dict(STAGES), "NEWSCRAWL_PIPELINE_PROCESS": True, **values})
    PipelineProcess().update_settings(s)
    return s


def test_the_add_on_moves_a_chain_that_ends_in_the_store() -> None:
    s = _applied(NEWSCRAWL_PIPELINE_PROCESS_FROM=0)
    assert s.getdict("ITEM_PIPELINES") == {"pipelines.offload.OffloadPipeline": 100}
    assert s.getdict("NEWSCRAWL_PROCESS_PIPELINES") == STAGES


def test_the_default_split_keeps_validate_clean_dates_in_the_crawl_process() -> None:
    from newscrawl.settings import ITEM_PIPELINES

    s = Settings({"ITEM_PIPELINES": dict(ITEM_PIPELINES), "NEWSCRAWL_PIPELINE_PROCESS": True})
    s.setmodule("newscrawl.settings", priority="default")
    s.set("NEWSCRAWL_PIPELINE_PROCESS", True)
    PipelineProcess().update_settings(s)
    assert sorted(s.getdict("ITEM_PIPELINES"), key=s.getdict("ITEM_PIPELINES").get) == [
        "pipelines.normalize.ValidatePipeline", "pipelines.normalize.CleanPipeline",
        "pipelines.normalize.DatesPipeline", "pipelines.offload.OffloadPipeline"]
    assert min(s.getdict("NEWSCRAWL_PROCESS_PIPELINES").values()) == 400      # bylines on


def test_the_stages_before_the_split_stay_in_the_crawl_process() -> None:
    """With NEWSCRAWL_PIPELINE_PROCESS_FROM = 500, validate … bylines run before the hand-over, fingerprint …
    store in the pipeline process; a user's stage goes where its priority puts it."""
    from newscrawl.settings import ITEM_PIPELINES

    s = Settings({"ITEM_PIPELINES": {**ITEM_PIPELINES, "my.Stage": 450, "my.Late": 700},
                  "NEWSCRAWL_PIPELINE_PROCESS": True, "NEWSCRAWL_PIPELINE_PROCESS_FROM": 500})
    PipelineProcess().update_settings(s)
    kept, moved = s.getdict("ITEM_PIPELINES"), s.getdict("NEWSCRAWL_PROCESS_PIPELINES")
    assert [k for k, _ in sorted(kept.items(), key=lambda kv: kv[1])] == [
        "pipelines.normalize.ValidatePipeline", "pipelines.normalize.CleanPipeline",
        "pipelines.normalize.DatesPipeline", "pipelines.normalize.BylinesPipeline", "my.Stage",
        "pipelines.offload.OffloadPipeline"]
    assert moved == {"pipelines.normalize.FingerprintPipeline": 500, "pipelines.reprints.ReprintPipeline": 600,
                     "my.Late": 700, "pipelines.store.SQLitePipeline": 900}
    only_store = _applied(NEWSCRAWL_PIPELINE_PROCESS_FROM=10**6)     # the store always moves
    assert only_store.getdict("NEWSCRAWL_PROCESS_PIPELINES") == {"pipelines.store.SQLitePipeline": 900}


def test_the_add_on_leaves_feeds_other_chains_and_the_off_switch_alone() -> None:
    assert _applied(FEEDS={"out.jsonl": {"format": "jsonlines"}}).getdict("ITEM_PIPELINES") == STAGES
    assert _applied(NEWSCRAWL_PIPELINE_PROCESS=False).getdict("ITEM_PIPELINES") == STAGES
    worker = {"pipelines.normalize.ValidatePipeline": 100, "newscrawl.distributed.pipelines.PushItem": 950}
    assert _applied(ITEM_PIPELINES=worker).getdict("ITEM_PIPELINES") == worker
    assert _applied(ITEM_PIPELINES={}).getdict("ITEM_PIPELINES") == {}


def test_the_child_stores_a_batch_and_acknowledges_each_commit(tmp_path) -> None:
    """``("items", [...])``: every item of the batch through the stages; an ack (items durable so far) after
    each commit of the store, then ``closed`` with the stats."""
    import sqlite3

    from pipelines.offload import serve

    db = tmp_path / "news.db"
    items = [Article(id=f"NW2026120{i}00000{i}", url=f"http://x/{i}", title=f"南通 {i}",
                     raw_html=f"<p>南通市海门区第{i}条新闻，今天上午召开会议。</p>") for i in range(5)]
    inp, out = tmp_path / "in", tmp_path / "out"
    with open(inp, "wb", buffering=0) as stream:
        write_message(stream, ("open", {"NEWSCRAWL_DB": str(db), "NEWSCRAWL_COMMIT_EVERY": 2}, "t", "run1"))
        write_message(stream, ("items", items[:3]))
        write_message(stream, ("item", items[3]))           # the one-item message is still read
        write_message(stream, ("items", items[4:]))
        write_message(stream, ("close",))
    with open(inp, "rb") as i, open(out, "wb", buffering=0) as o:
        assert serve(i, o) == 0
    with open(out, "rb") as stream:
        messages = iter(lambda: read_message(stream), None)
        acks = [m[1] for m in messages if m[0] == "ack"]
    assert acks == [2, 4, 5]        # after the commits at 2 and 4 items (mid-batch), then at close
    with sqlite3.connect(db) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM articles")) == sorted(a.id for a in items)
