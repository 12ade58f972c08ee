"""Chinese full-text search (newscrawl.store.search): query building, snippets, and the index kept in step."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.cli.main import cli, main
from newscrawl.store import migrations
from newscrawl.store.db import open_db, upsert_article
from newscrawl.store.search import (
    fts_query,
    index_text,
    make_snippet,
    mark,
    matching_ids,
    query_terms,
    rebuild_index,
    search,
)
from newscrawl.text.fingerprint import content_hash, simhash


@pytest.mark.parametrize("raw, expected", [
    ("海门区", " 海门 门区 区 "),                     # bigrams, then the run's last character
    ("党", " 党 "),
    ("A股大涨", "A 股大 大涨 涨 "),
    ("海，门", " 海 , 门 "),                          # punctuation ends a run (and is NFKC-folded)
    ("Faraday Future", "Faraday Future"),
    ("ＦＦ公司２０２１年", "FF 公司 司 2021 年 "),      # full-width letters and digits folded (NFKC)
    ("", ""),
    (None, ""),
])
def test_index_text_makes_cjk_bigrams(raw, expected) -> None:
    assert index_text(raw) == expected


def _reference_index_text(text: str) -> str:
    """index_text written plainly: NFKC over the whole text, then each CJK run replaced."""
    import re
    import unicodedata

    from newscrawl.store.search import _CJK

    def tokens(m: re.Match) -> str:
        run = m.group(0)
        return f" {run} " if len(run) == 1 else " " + " ".join(a + b for a, b in itertools.pairwise(run)) + f" {run[-1]} "
    return re.sub(f"[{_CJK}]+", tokens, unicodedata.normalize("NFKC", text))


@given(st.text(st.sampled_from([chr(c) for c in (*range(0x20, 0x7f), *range(0xff00, 0xff70), 0x3000, 0xa0, 0x2460,
                                                  0xbd, 0x301, 0x308, 0xfb01, 0x4e00, 0x6d77, 0x9580, 0x1100, 0x1161,
                                                  0xac00, 0x3131, 0xff9e, 0xff76, 0x309b, 0x304b, 0x20001, 0x2f800)])
               | st.characters(blacklist_categories=("Cs",)), max_size=30))
@settings(max_examples=500, deadline=None)
def test_index_text_is_nfkc_then_bigrams(text: str) -> None:
    assert index_text(text) == _reference_index_text(text)


@pytest.mark.parametrize("query, expected", [
    ("海门", '"海门"'),
    ("党", '"党"*'),                                   # one character: the tokens starting with it
    ("乡村振兴", '"乡村 村振 振兴"'),
    ("海门 医疗", '"海门" "医疗"'),
    ("Faraday", '"Faraday"'),
    ("A股", '"A" "股"*'),                              # mixed terms: parts ANDed
    ('say"hi', '"say""hi"'),                          # quotes cannot break out of the phrase
    ("海门 ，", '"海门"'),                              # punctuation-only terms are dropped
])
def test_fts_query(query, expected) -> None:
    assert fts_query(query) == expected


@pytest.mark.parametrize("query", ["", "   ", "，。！", "* -"])
def test_fts_query_rejects_queries_without_letters(query) -> None:
    assert query_terms(query) == []
    with pytest.raises(ValueError):
        fts_query(query)


def test_mark_and_snippet() -> None:
    text = "第一段。\n随着党的十九届六中全会的召开，海门全区上下迅速掀起学习热潮。\n第三段海门。"
    assert mark("海门全区", ["海门"]) == "[海门]全区"
    assert mark("Faraday future", ["FUTURE"]) == "Faraday [future]"
    snip = make_snippet(text, ["海门"], width=20)
    assert "[海门]" in snip and "\n" not in snip
    assert snip.startswith("…") and snip.endswith("…")
    assert make_snippet("短文本海门", ["海门"]) == "短文本[海门]"
    # no literal match: the start of the text, unmarked
    assert make_snippet("海，门", ["海门"], width=10) == "海，门"
    # a match is never cut in two at the window's edge
    long = "甲" * 30 + "乡村振兴" + "乙" * 30
    assert "[乡村振兴]" in make_snippet(long, ["乡村振兴"], width=6)


def _record(article_id: str, title: str, text: str, published: str = "2021-12-08T10:00:00+08:00",
            media: str = "南通日报") -> dict:
    return {"id": article_id, "url": f"http://example.cn/{article_id}", "title": title, "media": media,
            "published_at": published, "content_text": text, "content_hash": content_hash(text),
            "simhash": simhash(text), "char_count": len(text)}


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "news.db")
    for rec in [
        _record("a1", "海门：凝心聚力推动现代化示范区建设", "随着党的十九届六中全会的召开，海门全区上下迅速掀起学习热潮。",
                "2021-12-31T11:38:35+08:00"),
        _record("a2", "启东乡村振兴跑出加速度", "今年以来，启东市大力推进高标准农田建设，乡村振兴成效明显。海门也有经验。",
                "2021-12-08T09:00:00+08:00", "启东日报"),
        _record("a3", "Faraday Future 发布交付计划", "Faraday Future (FF)于今日举办线上投资者交流会。",
                "2021-12-08T10:46:18+08:00", "东方财富网"),
        _record("a4", "通州区召开会议", "通州区教育局推进课后服务，家长满意。", "2021-11-20T08:00:00+08:00"),
    ]:
        assert upsert_article(database, rec) == "new"
    yield database
    database.close()


def ids(hits) -> list[str]:
    return [h.id for h in hits]


def test_finds_one_two_and_four_character_words(db) -> None:
    assert ids(search(db, "党")) == ["a1"]
    assert set(ids(search(db, "海门"))) == {"a1", "a2"}
    assert ids(search(db, "乡村振兴")) == ["a2"]
    assert ids(search(db, "faraday")) == ["a3"]               # Latin: case-insensitive words
    assert ids(search(db, "Fara")) == []                      # … whole words, not prefixes
    assert ids(search(db, "海门 学习")) == ["a1"]              # terms are ANDed
    assert search(db, "上海") == []                            # 海 alone in other words is not 上海
    assert ids(search(db, "高标准农田建设")) == ["a2"]
    assert ids(search(db, "区")) == ["a1", "a4"] or set(ids(search(db, "区"))) == {"a1", "a4"}
    assert ids(search(db, "设")) == ["a1", "a2"] or set(ids(search(db, "设"))) == {"a1", "a2"}  # run ends


def test_ranked_title_match_first_and_snippet_marks(db) -> None:
    hits = search(db, "海门")
    assert ids(hits)[0] == "a1"                                # in title and body beats body only
    assert hits[0].title_marked.startswith("[海门]")
    assert "[海门]全区" in hits[0].snippet
    assert hits[0].score <= hits[1].score                      # bm25: lower is better


def test_filters_media_since_until_limit(db) -> None:
    assert ids(search(db, "海门", media="启东日报")) == ["a2"]
    assert ids(search(db, "海门", since="2021-12-09")) == ["a1"]
    assert ids(search(db, "海门", until="2021-12-09")) == ["a2"]
    assert len(search(db, "海门", limit=1)) == 1
    with pytest.raises(ValueError):
        search(db, "海门", limit=0)


def test_index_follows_upsert_update_and_delete(db) -> None:
    upsert_article(db, _record("a4", "通州区召开会议", "如东县推进分级诊疗，群众看病更方便。",
                                     "2021-11-20T08:00:00+08:00"))
    assert ids(search(db, "分级诊疗")) == ["a4"]
    assert search(db, "课后服务") == []                         # the old text is gone from the index
    db["articles"].update("a3", {"title": "新标题"})            # a plain UPDATE too
    assert ids(search(db, "新标题")) == ["a3"] and ids(search(db, "faraday")) == ["a3"]
    assert search(db, "交付计划") == []
    db["articles"].delete("a1")
    assert ids(search(db, "党")) == []
    assert db.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 3
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_migration_backfills_rows_stored_before_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    migrations.migrations.apply(old, stop_before="m020_search")
    assert "articles_fts" not in old.table_names()
    old["articles"].insert({"id": "x1", "title": "海门新闻", "content_text": "党建引领基层治理。"})
    old.close()
    db = open_db(path)
    assert ids(search(db, "党建")) == ["x1"] and ids(search(db, "海门")) == ["x1"]
    assert rebuild_index(db) == 1 and ids(search(db, "党")) == ["x1"]


def test_matching_ids_for_export(db) -> None:
    assert matching_ids(db, "海门") == {"a1", "a2"}


def _invoke(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


def test_cli_search_text_and_json(db, tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    code, out, _ = _invoke(["search", "海门", "--db", str(path)])
    assert code == 0
    assert "[海门]：凝心聚力" in out and "南通日报 · 2021-12-31 11:38" in out and "\x1b[" not in out
    code, out, _ = _invoke(["search", "海门", "--db", str(path), "--json", "--media", "南通日报"])
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["id"] for x in lines] == ["a1"] and "[海门]" in lines[0]["snippet"]
    code, out, err = _invoke(["search", "不存在的词", "--db", str(path)])
    assert code == 0 and out == "" and "no articles match" in err


@pytest.mark.parametrize("args, message", [
    (["search", "  "], "the query is empty"),
    (["search", "，，"], "no letters or digits"),
    (["search", "海门", "--since", "yesterday"], "is not a date"),
    (["search", "海门", "--until", "2021-13-01"], "is not a date"),
    (["search", "海门", "--limit", "0"], "--limit"),
])
def test_cli_search_bad_arguments_are_one_line(db, tmp_path: Path, capsys, args, message) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args + ["--db", str(tmp_path / "news.db")])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("newscrawl: error: ") and message in err and len(err.strip().splitlines()) == 1


def test_cli_search_missing_db(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "海门", "--db", str(tmp_path / "none.db")])
    assert exc.value.code == 1
    assert capsys.readouterr().err.strip() == f"newscrawl: error: no database at {tmp_path / 'none.db'} (crawl first, or pass --db)"
    assert not (tmp_path / "none.db").exists()


def test_cli_export_query_and_no_reprints(db, tmp_path: Path) -> None:
    db["articles"].update("a2", {"reprint_of": "a1"})
    out = tmp_path / "x.jsonl"
    code, _, _ = _invoke(["export", "--db", str(tmp_path / "news.db"), "--format", "jsonl", "--out", str(out),
                          "--query", "海门"])
    assert code == 0
    assert sorted(json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()) == ["a1", "a2"]
    code, _, _ = _invoke(["export", "--db", str(tmp_path / "news.db"), "--format", "jsonl", "--out", str(out),
                          "--query", "海门", "--no-reprints"])
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a1"]
    code, _, _ = _invoke(["export", "--db", str(tmp_path / "news.db"), "--format", "jsonl", "--out", str(out),
                          "--no-reprints"])
    assert sorted(json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()) == ["a1", "a3", "a4"]


def _index_instances(db) -> set[tuple]:
    """Every (article, column, term, offset) the FTS index holds: compares an index with a rebuilt one."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_inst USING fts5vocab(main, articles_fts, 'instance')")
    # a LEFT JOIN: index rows left behind by a missed delete show up (as doc numbers), not only mapped ones
    return {(r["article_id"] or r["doc"], r["col"], r["term"], r["offset"]) for r in db.query(
        "SELECT d.article_id, v.doc, v.col, v.term, v.offset FROM temp.fts_inst v "
        "LEFT JOIN search_docs d ON d.docid = v.doc")}


@pytest.mark.parametrize("chunk", [500, 1])
def test_queued_changes_before_a_flush_leave_the_index_as_a_rebuild_would(db, monkeypatch, chunk: int) -> None:
    import newscrawl.store.search
    from newscrawl.store.search import flush_index

    monkeypatch.setattr(newscrawl.store.search, "_FLUSH_CHUNK", chunk)     # 1: every queue row in its own chunk
    flush_index(db)
    with db.atomic():           # several changes to the same rows inside one batch, no flush in between
        upsert_article(db, _record("a5", "新文章", "如皋市推进垃圾分类。"))
        db["articles"].update("a5", {"content_text": "如皋市推进垃圾分类，居民参与。"})
        db["articles"].update("a1", {"title": "标题一"})
        db["articles"].update("a1", {"title": "标题二"})            # stale keeps the indexed (first) text
        upsert_article(db, _record("a6", "短命", "马上删除。"))
        db["articles"].delete("a6")                                  # never indexed: nothing to remove
        db["articles"].delete("a3")
        upsert_article(db, _record("a3", "Faraday 回来了", "重新写入同一个编号。"))
        db["articles"].update("a4", {"published_at": "2021-11-21T08:00:00+08:00"})   # not an indexed column
        assert flush_index(db) == 3                                  # a5, a1, a3
    incremental = _index_instances(db)
    assert ids(search(db, "标题二")) == ["a1"] and search(db, "标题一") == [] and search(db, "凝心聚力") == []
    assert ids(search(db, "居民参与")) == ["a5"] and search(db, "马上删除") == []
    assert ids(search(db, "faraday")) == ["a3"] and search(db, "交付计划") == []
    rebuild_index(db)
    assert _index_instances(db) == incremental
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_writers_without_newscrawl_functions_keep_the_index_right(db, tmp_path: Path) -> None:
    import sqlite3

    from newscrawl.store.search import flush_index

    assert flush_index(db) == 4                            # the fixture's rows: indexed before the writes below
    bare = sqlite3.connect(tmp_path / "news.db")          # e.g. the sqlite3 shell or Datasette: no nc_search_text
    with bare:
        bare.execute("UPDATE articles SET content_text = '启东市新建一座图书馆。' WHERE id = 'a4'")
        bare.execute("INSERT INTO articles(id, title, content_text) VALUES ('z1', '外部写入', '海安市举办马拉松。')")
        bare.execute("DELETE FROM articles WHERE id = 'a2'")
    bare.close()
    assert ids(search(db, "图书馆")) == ["a4"] and search(db, "课后服务") == []
    assert ids(search(db, "马拉松")) == ["z1"] and ids(search(db, "海门")) == ["a1"]
    expected = _index_instances(db)
    rebuild_index(db)
    assert _index_instances(db) == expected


def test_m021_moves_a_database_off_the_function_triggers(tmp_path: Path) -> None:
    from newscrawl.store.search import LEGACY_TRIGGERS, register_functions

    path = tmp_path / "m020.db"
    old = sqlite_utils.Database(path)
    register_functions(old.conn)
    migrations.migrations.apply(old, stop_before="m021_search_queue")
    # the index as migration m020 first made it: a trigger calling nc_search_text on every write
    for name in ("articles_index_ai", "articles_index_ad", "articles_index_au"):
        old.execute(f"DROP TRIGGER {name}")
    old.execute("CREATE TRIGGER articles_search_ai AFTER INSERT ON articles BEGIN "
                "INSERT OR IGNORE INTO search_docs(article_id) VALUES (new.id); "
                "INSERT INTO articles_fts(rowid, title, body) VALUES ((SELECT docid FROM search_docs "
                "WHERE article_id = new.id), nc_search_text(new.title), nc_search_text(new.content_text)); END")
    with old.conn:
        old["articles"].insert({"id": "x1", "title": "海门新闻", "content_text": "党建引领基层治理。"})
    old.close()
    db = open_db(path)
    names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not names & set(LEGACY_TRIGGERS) and "articles_index_ai" in names
    assert ids(search(db, "党建")) == ["x1"]                   # indexed by the old trigger, kept
    upsert_article(db, _record("x2", "新的", "海门区推进医疗改革。"))
    assert set(ids(search(db, "海门"))) == {"x1", "x2"}
    expected = _index_instances(db)
    rebuild_index(db)
    assert _index_instances(db) == expected
