"""newscrawl.store.db (upsert semantics, failures) and newscrawl.exports.table (Excel-safe CSV, JSON Lines)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from newscrawl.exports.table import write_csv, write_jsonl
from newscrawl.items import STORED_FIELDS, Article
from newscrawl.store import migrations
from newscrawl.store.db import (
    from_row,
    is_fresh,
    iter_articles,
    iter_raw_pages,
    open_db,
    record_failure,
    store_raw_page,
    to_row,
    upsert_article,
    upsert_article_in_batch,
    write_transaction,
)


def article(**kw) -> dict:
    base = Article(id="NW202112312232633030", url="http://x/1", title="海门：凝心聚力", media="南通日报",
                   authors=["陈静", "黄天玲"], published_at="2021-12-31T11:38:35+08:00",
                   content_text="正文\n第二段", content_hash="h1", images=[{"src": "http://i/1.jpg", "caption": "图"}])
    for k, v in kw.items():
        setattr(base, k, v)
    return base.record()


def test_upsert_new_unchanged_updated(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    assert upsert_article(db, article()) == "new"
    first = next(db.query("SELECT * FROM articles"))
    assert upsert_article(db, article()) == "unchanged"
    assert upsert_article(db, article(content_text="新正文", content_hash="h2")) == "updated"
    rows = list(db.query("SELECT * FROM articles"))
    assert len(rows) == 1
    assert rows[0]["first_seen_at"] == first["first_seen_at"] and rows[0]["content_hash"] == "h2"
    assert json.loads(rows[0]["authors"]) == ["陈静", "黄天玲"]
    (version,) = db.query("SELECT * FROM article_versions")
    assert version["content_hash"] == "h1" and version["content_text"] == "正文\n第二段"
    assert version["valid_from"] == first["updated_at"]


def test_write_transaction_inside_a_batch_is_a_savepoint(tmp_path: Path) -> None:
    """Inside an open transaction (the store's batch) a failed write is undone alone, nested ones too, and
    the batch goes on."""
    db = open_db(tmp_path / "n.db")
    db.conn.execute("BEGIN IMMEDIATE")
    assert upsert_article_in_batch(db, article()) == "new"
    try:
        with write_transaction(db):
            db.conn.execute("UPDATE articles SET title = 'x'")
            with write_transaction(db):
                db.conn.execute("UPDATE articles SET media = 'y'")
            raise RuntimeError("undo")
    except RuntimeError:
        pass
    with write_transaction(db), write_transaction(db):
        db.conn.execute("UPDATE articles SET category = 'z'")
    assert db.conn.in_transaction
    db.conn.execute("COMMIT")
    (row,) = db.query("SELECT title, media, category FROM articles")
    assert row == {"title": "海门：凝心聚力", "media": "南通日报", "category": "z"}


def test_is_fresh_with_refresh_window(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    assert not is_fresh(db, "NW202112312232633030")
    upsert_article(db, article())
    assert is_fresh(db, "NW202112312232633030")
    assert is_fresh(db, "NW202112312232633030", refresh_after=3600)
    db.execute("UPDATE articles SET checked_at = '2020-01-01T00:00:00+08:00'")
    assert not is_fresh(db, "NW202112312232633030", refresh_after=3600)
    assert is_fresh(db, "NW202112312232633030")


def test_raw_pages_round_trip(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    body = '{"text": "<p>海门</p>"}'.encode() * 50
    store_raw_page(db, "NW1", "http://t/x", "text_api", body, "utf-8", {"given_url": None})
    store_raw_page(db, "NW1", "http://t/x", "text_api", body, "utf-8", {"given_url": "u"})
    (row,) = iter_raw_pages(db)
    assert row["body"] == body and row["meta"] == {"given_url": "u"} and row["size"] == len(body)
    assert len(next(db.query("SELECT body FROM raw_pages"))["body"]) < len(body) / 5


def test_success_clears_failures(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    record_failure(db, url="http://t/GetNewsText.do?id=NW202112312232633030", stage="fetch", reason="http_500",
                         article_id="NW202112312232633030")
    record_failure(db, url="http://other", stage="fetch", reason="timeout", article_id="NW1")
    upsert_article(db, article())
    assert [r["article_id"] for r in db.query("SELECT article_id FROM failures")] == ["NW1"]


def test_stored_item_clears_failures_of_the_page_it_came_from(tmp_path: Path) -> None:
    """A site post page that failed under its own URL (no id then) is cleared when its article is stored."""
    from pipelines.chain import PipelineChain

    path = tmp_path / "n.db"
    page = "http://site/nantongribao/2021/12/31/NW202112312232633030.html"
    db = open_db(path)
    record_failure(db, url=page, stage="fetch", reason="http_500", spider="site")
    record_failure(db, url="http://site/category/other.html", stage="fetch", reason="http_500", spider="site")
    db.close()
    item = Article(id="NW202112312232633030", url="http://x/1", title="海门", content_text="正文", content_hash="h1")
    item.raw_page = {"url": page, "kind": "site_post", "body": b"<html></html>", "encoding": "utf-8", "meta": {}}
    with PipelineChain({"NEWSCRAWL_DB": str(path), "ITEM_PIPELINES": {"pipelines.store.SQLitePipeline": 900}}) as chain:
        assert chain.process(item) == "new"
    left = [r["url"] for r in open_db(path).query("SELECT url FROM failures")]
    assert left == ["http://site/category/other.html"]


def test_open_db_is_migrated_once(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    open_db(path).close()
    db = open_db(path)
    assert {"articles", "crawl_runs", "failures"} <= set(db.table_names())
    names = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations")]
    assert names[0] == "m001_initial" and len(names) == len(set(names))
    assert migrations.migrations.pending(db) == []
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_csv_has_bom_and_joins_lists(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    upsert_article(db, article())
    out = tmp_path / "x.csv"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        assert write_csv(iter_articles(db), fh) == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert list(row) == list(STORED_FIELDS)
    assert row["authors"] == "陈静、黄天玲" and row["images"] == "http://i/1.jpg"
    assert row["content_text"] == "正文\n第二段" and row["title"] == "海门：凝心聚力"


def test_csv_cells_that_excel_would_run_as_formulas_are_text() -> None:
    rows = [{"id": "U1", "title": "=HYPERLINK(\"http://evil/\",\"点击\")", "source": "+86 513 8512 3456",
             "byline_raw": "-文：张三", "media": "@南通日报", "content_text": "\t正文", "category": "海门 = 启东",
             "char_count": -5, "authors": ["=陈静", "黄天玲"]}]
    cols = ["id", "title", "source", "byline_raw", "media", "content_text", "category", "char_count", "authors"]
    out = io.StringIO()
    write_csv(rows, out, cols)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row == {"id": "U1", "title": "'=HYPERLINK(\"http://evil/\",\"点击\")", "source": "'+86 513 8512 3456",
                   "byline_raw": "'-文：张三", "media": "'@南通日报", "content_text": "'\t正文", "category": "海门 = 启东",
                   "char_count": "-5", "authors": "'=陈静、黄天玲"}
    raw = io.StringIO()
    write_csv(rows, raw, cols, formula_guard=False)
    assert next(iter(csv.DictReader(io.StringIO(raw.getvalue()))))["title"] == rows[0]["title"]


def test_jsonl_keeps_lists_and_chinese() -> None:
    out = io.StringIO()
    write_jsonl([from_row(to_row(article()))], out, ["id", "authors", "images"])
    line = out.getvalue()
    assert "陈静" in line and json.loads(line)["images"][0]["src"] == "http://i/1.jpg"


def test_iter_articles_filters(tmp_path: Path) -> None:
    db = open_db(tmp_path / "n.db")
    upsert_article(db, article())
    upsert_article(db, article(id="NW202112010000000001", media="新华日报", published_at="2021-12-01T08:00:00+08:00"))
    assert [a["id"] for a in iter_articles(db, since="2021-12-15")] == ["NW202112312232633030"]
    assert [a["id"] for a in iter_articles(db, media="新华日报")] == ["NW202112010000000001"]


def test_cli_export_guards_formulas_unless_told_not_to(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newscrawl.cli.main import cli

    db = open_db(tmp_path / "n.db")
    upsert_article(db, article(title="=1+1 海门"))
    db.close()
    for flag, title in ((None, "'=1+1 海门"), ("--no-formula-guard", "=1+1 海门")):
        out = tmp_path / "x.csv"
        args = ["export", "--db", str(tmp_path / "n.db"), "--format", "csv", "--out", str(out)] + ([flag] if flag else [])
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        with open(out, encoding="utf-8-sig", newline="") as fh:
            assert [r["title"] for r in csv.DictReader(fh)] == [title]
