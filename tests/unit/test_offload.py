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
    s = _applied()
    assert s.getdict("ITEM_PIPELINES") == {"pipelines.offload.OffloadPipeline": 100}
    assert s.getdict("NEWSCRAWL_PROCESS_PIPELINES") == STAGES


def test_the_add_on_leaves_feeds_other_chains_and_the_off_switch_alone() -> None:
    assert _applied(FEEDS={"out.jsonl": {"format": "jsonlines"}}).getdict("ITEM_PIPELINES") == STAGES
    assert _applied(NEWSCRAWL_PIPELINE_PROCESS=False).getdict("ITEM_PIPELINES") == STAGES
    worker = {"pipelines.normalize.ValidatePipeline": 100, "newscrawl.distributed.pipelines.PushItem": 950}
    assert _applied(ITEM_PIPELINES=worker).getdict("ITEM_PIPELINES") == worker
    assert _applied(ITEM_PIPELINES={}).getdict("ITEM_PIPELINES") == {}
