"""Crawl the replica serving the real prototype archive (../shared/corpus/finews/posts)."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.replica.archive import load_archive
from newscrawl.text.dates import normalize_datetime
from newscrawl.text.ids import code_date
from tests.conftest import corpus_path
from tests.e2e.conftest import ROOT, crawl, replica, rows

SEED = "NW202112312232633030"


@pytest.fixture(scope="module")
def posts() -> Path:
    return corpus_path("finews", "posts")


@pytest.fixture(scope="module")
def entries(posts: Path) -> dict:
    return {e.code: e for e in load_archive(posts)}


@pytest.fixture(scope="module")
def listed_db(posts: Path, tmp_path_factory) -> tuple[Path, list]:
    """finews_list over the whole archive, twice (the second run must add nothing)."""
    db = tmp_path_factory.mktemp("list") / "news.db"
    with replica(posts) as base:
        first = crawl("finews_list", db, base)
        second = crawl("finews_list", db, base)
    return db, [first, second]


def _visible(html: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"<[a-zA-Z/!][^>]*>", "", html)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_corpus_has_the_expected_articles(entries: dict) -> None:
    # 119 files, of which 2021-12-01-init.md has no code and 5 are other versions of a post
    assert len(entries) == 113
    assert SEED in entries and "202205262391921712" in entries


def test_finews_list_stores_every_post_once(listed_db, entries: dict) -> None:
    db, (first, _second) = listed_db
    assert first.returncode == 0, first.stderr[-3000:]
    stored = {r["id"]: r for r in rows(db, "SELECT * FROM articles")}
    assert set(stored) == set(entries)
    for code, entry in entries.items():
        row = stored[code]
        assert row["title"] == entry.post.title, code
        # a post without a date (202205262391921712) is dated by the date its code starts with
        assert row["published_at"] == normalize_datetime(entry.post.date or code_date(code)), code
        assert row["media"] == entry.post.media, code
        text = row["content_text"]
        assert text and not re.search(r"</?[a-zA-Z]", text) and "keytip" not in row["content_html"], code
        body = _visible(entry.post.body_html)
        for paragraph in text.split("\n"):
            assert re.sub(r"\s+", "", paragraph) in body, (code, paragraph)
    assert not rows(db, "SELECT * FROM failures")


def test_second_list_crawl_adds_nothing_and_skips_known(listed_db, entries: dict) -> None:
    db, (_first, second) = listed_db
    assert second.returncode == 0, second.stderr[-3000:]
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == len(entries)
    runs = rows(db, "SELECT * FROM crawl_runs ORDER BY started_at")
    assert len(runs) == 2 and [r["status"] for r in runs] == ["ok", "ok"]
    assert runs[0]["items_new"] == len(entries)
    assert runs[1]["items_new"] == 0 and runs[1]["requests"] == 5  # one list page per API, no article request
    assert "GetNewsText" not in second.stderr


def test_seed_post_fields(listed_db) -> None:
    db, _ = listed_db
    row = rows(db, "SELECT * FROM articles WHERE id = ?", [SEED])[0]
    assert row["title"] == "深化思想引领 汲取奋进力量 笃行实干担当 海门：凝心聚力，推动现代化示范区建设开好局"
    assert row["published_at"] == "2021-12-31T11:38:35+08:00"
    assert json.loads(row["authors"]) == ["陈静", "黄天玲", "俞新美"]
    assert json.loads(row["photographers"]) == ["许丛军"]
    assert json.loads(row["organisations"]) == ["海门区委宣传部"]
    assert row["source"] == "南通日报"
    assert (row["media"], row["media_slug"], row["category"]) == ("南通日报", "nantongribao", "nantongribao")
    assert row["share_url"] == f"http://finews.zning.xyz/html_News/NewsShare.html?infoCode={SEED}"
    text = row["content_text"]
    assert text.startswith("随着党的十九届六中全会") and text.endswith("目标奋力冲刺。")
    assert "文：" not in text and "图：" not in text and "文章来源" not in text
    assert len(text.split("\n")) == 20       # 23 paragraphs less the byline and source lines


def test_eastmoney_markup_and_missing_date(listed_db) -> None:
    db, _ = listed_db
    row = rows(db, "SELECT * FROM articles WHERE id = '202205262391921712'")[0]
    # 'date:  +0800' gives no date: the date the Eastmoney code starts with, at date precision (midnight)
    assert row["published_at"] == "2022-05-26T00:00:00+08:00"
    assert row["title"] is None
    html = row["content_html"]
    assert "display:none" not in html and "keytip" not in html and "quote.eastmoney.com" not in html
    assert "蔚来" in row["content_text"] and "巨化股份" in row["content_text"]
    assert row["source"] == "上海证券报"
    assert "webquoteklinepic" in html             # the K-line block keeps its image


def test_digest_source_in_brackets(listed_db) -> None:
    db, _ = listed_db
    row = rows(db, "SELECT * FROM articles WHERE id = '202112082206735975'")[0]
    assert row["source"] == "央视新闻"
    assert row["content_text"].endswith("累计打击恶意商标注册申请37.6万件。")
    assert row["url"] == "http://finance.eastmoney.com/news/1355,202112082206735975.html"
    assert (row["media"], row["category"]) == ("东方财富网", "emnews")


def test_finews_share_and_article_urls_with_csv_feed(posts: Path, entries: dict, tmp_path: Path) -> None:
    """finews given share URLs, Eastmoney article URLs and bare codes; -O out.csv keeps Chinese."""
    codes = sorted(entries)
    lines = ["# a comment line", ""]
    for i, code in enumerate(codes):
        if code.startswith("NW") or i % 3 == 0:
            lines.append(f"http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}")
        elif i % 3 == 1:
            lines.append(f"http://hk.eastmoney.com/news/1533,{code}.html  # article URL")
        else:
            lines.append(code)
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(lines), encoding="utf-8")
    db, out = tmp_path / "news.db", tmp_path / "out.csv"
    with replica(posts) as base:
        result = crawl("finews", db, base, "-a", f"url_file={url_file}", "-O", str(out))
        again = crawl("finews", db, base, "-a",
                      f"urls=http://finews.zning.xyz/html_News/NewsShare.html?infoCode={SEED}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert again.returncode == 0, again.stderr[-3000:]
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == len(entries)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")      # the BOM: Excel reads the file as UTF-8
    with open(out, encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh))
    assert len(exported) == len(entries)
    seed = next(r for r in exported if r["id"] == SEED)
    assert seed["media"] == "南通日报" and "海门" in seed["title"]
    # the same cells as `newscrawl export --format csv` (lists joined with 、, images by src, None empty)
    export = tmp_path / "export.csv"
    done = subprocess.run([sys.executable, "-m", "newscrawl", "export", "--db", str(db), "--out", str(export)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with open(export, encoding="utf-8-sig", newline="") as fh:
        stored = {r["id"]: r for r in csv.DictReader(fh)}
    volatile = {"first_seen_at", "updated_at", "checked_at", "run_id", "spider", "reprint_of"}
    for r in exported:
        assert {k: v for k, v in r.items() if k not in volatile} == \
            {k: v for k, v in stored[r["id"]].items() if k not in volatile}, r["id"]
    # the feed streams each row as it is scraped: its reprint_of is what was known then; a root crawled later
    # (an earlier copy of the story) re-points the stored row, which `newscrawl export` shows
    order = {r["id"]: i for i, r in enumerate(exported)}
    for r in exported:
        now = stored[r["id"]]["reprint_of"]
        if r["reprint_of"] != now:
            assert now and order.get(now, -1) > order[r["id"]], (r["id"], r["reprint_of"], now)
    assert any("、" in r["authors"] for r in exported) and any(r["images"] for r in exported)
    runs = rows(db, "SELECT items_new, items_unchanged FROM crawl_runs ORDER BY started_at")
    assert runs[-1] == {"items_new": 0, "items_unchanged": 1}
