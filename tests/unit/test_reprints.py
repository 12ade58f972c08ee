"""Reprint detection (pipelines/reprints.py): pure rules, the band index, and synthetic ground truth."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.replica.synth import generate_articles
from newscrawl.store.db import open_db, upsert_article
from newscrawl.store.reprints import (
    MAX_DISTANCE,
    MIN_JACCARD,
    Decision,
    assign_all,
    decide,
    detect,
    index_keys,
    index_rows,
    is_near_duplicate,
    jaccard,
    order_key,
    probe_keys,
    repoint,
    shingles,
)
from newscrawl.text.fingerprint import content_hash, hamming, simhash, simhash_value


def test_keys_cut_the_simhash_in_four_bands_of_16_bits() -> None:
    assert index_keys("0123456789abcdef") == [0x0123, 1 << 32 | 0x4567, 2 << 32 | 0x89AB, 3 << 32 | 0xCDEF]
    assert index_keys("") == index_keys(None) == index_keys("xyz") == index_keys("0123") == []
    keys = probe_keys("0123456789abcdef")
    assert len(keys) == len(set(keys)) == 4 * 17
    assert 0x0123 in keys and 0x0122 in keys and 0x8123 in keys and (3 << 32 | 0xCDEE) in keys
    assert 0x0120 not in keys                               # two bits away
    assert probe_keys(None) == probe_keys("xyz") == []
    assert simhash_value("ffffffffffffffff") == -1 and simhash_value("7fffffffffffffff") == (1 << 63) - 1
    assert simhash_value("8000000000000000") == -(1 << 63) and simhash_value("0123") is None


def test_pigeonhole_any_hash_within_max_distance_shares_a_key() -> None:
    rng = random.Random(7)
    for _ in range(500):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), rng.randint(0, MAX_DISTANCE)):
            b ^= 1 << bit
        ha, hb = f"{a:016x}", f"{b:016x}"
        assert hamming(ha, hb) <= MAX_DISTANCE
        assert set(probe_keys(ha)) & set(index_keys(hb))     # stored keys of b are among a's probes
    # the worst case: 7 bits, spread 2-2-2-1 over the bands (only the 1-bit band can match)
    b = 0b11 | 0b11 << 16 | 0b11 << 32 | 1 << 48
    assert set(probe_keys("0" * 16)) & set(index_keys(f"{b:016x}")) == {1}   # band 0: the top 16 bits
    assert not set(probe_keys("0" * 16)) & set(index_keys(f"{b | 1 << 49:016x}"))   # 8 bits: may be missed


def test_triggers_write_the_rows_python_computes(db) -> None:
    rng = random.Random(3)
    hashes = [f"{rng.getrandbits(64):016x}" for _ in range(200)] + ["0" * 16, "f" * 16, "8" + "0" * 15, "7" + "f" * 15]
    with db.conn:
        db.conn.executemany("INSERT INTO articles(id, simhash) VALUES (?, ?)", [(f"a{i}", h) for i, h in enumerate(hashes)])
        db.conn.execute("INSERT INTO articles(id, simhash) VALUES ('bad', 'xyz'), ('none', NULL)")
    stored = sorted(db.conn.execute("SELECT key, article_id, simhash FROM simhash_keys"))
    assert stored == sorted(r for i, h in enumerate(hashes) for r in index_rows(f"a{i}", h))
    assert {type(x) for row in stored for x in (row[0], row[2])} == {int}


def test_shingles_and_jaccard() -> None:
    assert shingles("海门 区") == {"海门区"}
    assert shingles("abcde") == {"abcd", "bcde"}
    assert shingles("") == set()
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert jaccard(set(), set()) == 0.0


@pytest.mark.parametrize("a, b, expected", [
    ("离岸人民币兑美元升至6.3512，为2018年以来最高水平。", "离岸人民币兑美元升至6.3512，为2018年以来最高水平。", True),
    ("离岸人民币兑美元升至6.3512，\n为2018年以来最高水平。", "离岸人民币兑美元升至6.3512，为2018年以来最高水平。", True),
    # two real flashes from the corpus, 8 simhash bits apart: different news (超50亿 / 达80亿)
    ("数据显示，截至目前，北向资金净流入超50亿元。", "数据显示，截至目前，北向资金净流入达80亿元。", False),
    ("北向资金净流入达30亿元。", "数据显示，截至目前，北向资金净流入达80亿元。", False),
    ("", "", False),
])
def test_is_near_duplicate_on_real_texts(a: str, b: str, expected: bool) -> None:
    assert is_near_duplicate(a, b, simhash(a), simhash(b)) is expected


def test_order_key_earliest_published_then_seen_then_id() -> None:
    k = order_key
    assert k("2021-12-08T10:00:00+08:00", None, "b") < k("2021-12-08T11:00:00+08:00", None, "a")
    assert k("2021-12-08T02:30:00+00:00", None, "z") < k("2021-12-08T11:00:00+08:00", None, "a")  # real instants
    assert k("2021-12-08T10:00:00+08:00", "2022-01-01T00:00:00+08:00", "b") < \
        k("2021-12-08T10:00:00+08:00", "2022-01-02T00:00:00+08:00", "a")
    assert k("2021-12-08T10:00:00+08:00", None, "a") < k("2021-12-08T10:00:00+08:00", None, "b")
    assert k("2030-01-01T00:00:00+08:00", None, "z") < k(None, "2020-01-01T00:00:00+08:00", "a")  # undated last


def test_decide() -> None:
    early, late = order_key("2021-12-01", None, "o"), order_key("2021-12-09", None, "n")
    assert decide("n", late, {}) == Decision(None)
    assert decide("n", late, {"o": early}) == Decision("o")
    assert decide("o", early, {"n": late}) == Decision(None, repoint=["n"])
    assert decide("n", late, {"n": late}) == Decision(None)      # its own group: it is the root


def _record(article_id: str, text: str, published: str | None, media: str = "南通日报") -> dict:
    return {"id": article_id, "url": f"http://x.cn/{article_id}", "title": article_id, "media": media,
            "published_at": published, "content_text": text, "content_hash": content_hash(text),
            "simhash": simhash(text), "char_count": len(text)}


def _store(db, rec: dict) -> Decision:
    """What the pipeline does: decide, store, then re-point once stored."""
    decision = detect(db, rec)
    rec["reprint_of"] = decision.reprint_of
    upsert_article(db, rec)
    if decision.repoint:
        repoint(db, rec["id"], decision.repoint)
    return decision


def _reprints(db) -> dict[str, str]:
    return {r["id"]: r["reprint_of"] for r in db.query("SELECT id, reprint_of FROM articles WHERE reprint_of IS NOT NULL")}


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "news.db")
    yield database
    database.close()


BODY = ("今年以来，海门区大力推进高标准农田建设，有效带动1200户农户增收致富。\n"
        "记者走进常乐镇新桥村，村民们正忙着采摘大棚里的草莓，一派丰收景象。\n"
        "“以前种地靠天吃饭，现在有了合作社，收入稳定多了。”村民张建国说。\n"
        "下一步，海门区将持续巩固拓展脱贫攻坚成果，加快补齐农村基础设施短板。")


def test_exact_and_near_duplicates_point_to_the_earliest(db) -> None:
    _store(db, _record("orig", BODY, "2021-12-08T08:00:00+08:00"))
    assert _store(db, _record("copy", BODY, "2021-12-08T09:00:00+08:00", "江海晚报")).reprint_of == "orig"
    edited = BODY.replace("1200户", "1300户") + "\n编辑：顾晓燕"
    assert _store(db, _record("edit", edited, "2021-12-08T10:00:00+08:00")).reprint_of == "orig"
    other = BODY.replace("海门区", "启东市").replace("常乐镇新桥村", "汇龙镇民主村").replace("草莓", "西兰花")
    other = other.replace("张建国", "陆志红").replace("1200户", "860户").replace("高标准农田", "特色种养产业")
    assert not is_near_duplicate(BODY, other)
    assert _store(db, _record("other", other, "2021-12-08T11:00:00+08:00")).reprint_of is None
    assert _reprints(db) == {"copy": "orig", "edit": "orig"}
    # a re-crawl of the original keeps it the root; of a reprint keeps it a reprint
    assert _store(db, _record("orig", BODY, "2021-12-08T08:00:00+08:00")).reprint_of is None
    assert _store(db, _record("copy", BODY, "2021-12-08T09:00:00+08:00")).reprint_of == "orig"


def test_a_later_crawled_earlier_article_becomes_the_root(db) -> None:
    _store(db, _record("b", BODY, "2021-12-08T09:00:00+08:00"))
    _store(db, _record("c", BODY, "2021-12-08T10:00:00+08:00"))
    assert _reprints(db) == {"c": "b"}
    decision = _store(db, _record("a", BODY, "2021-12-07T18:00:00+08:00"))
    assert decision == Decision(None, repoint=["b"], matches=["b", "c"])
    assert _reprints(db) == {"b": "a", "c": "a"}
    # undated articles never become the root of dated ones
    assert _store(db, _record("d", BODY, None)).reprint_of == "a"


def test_band_index_follows_simhash_changes_and_deletes(db) -> None:
    _store(db, _record("a", BODY, "2021-12-08T09:00:00+08:00"))
    assert db.execute("SELECT count(*) FROM simhash_keys WHERE article_id = 'a'").fetchone()[0] == 4
    db["articles"].update("a", {"simhash": "ffffffffffffffff"})
    assert {r["key"] for r in db.query("SELECT key FROM simhash_keys WHERE article_id = 'a'")} == {
        b << 32 | 0xFFFF for b in range(4)}
    assert {r["simhash"] for r in db.query("SELECT simhash FROM simhash_keys WHERE article_id = 'a'")} == {-1}
    db["articles"].update("a", {"simhash": None})
    assert db.execute("SELECT count(*) FROM simhash_keys").fetchone()[0] == 0
    db["articles"].update("a", {"simhash": "0123456789abcdef"})
    db["articles"].delete("a")
    assert db.execute("SELECT count(*) FROM simhash_keys").fetchone()[0] == 0


def _synthetic(n: int, seed: int) -> tuple[list, dict[str, str]]:
    arts = list(generate_articles(n, seed=seed))
    truth = {a.info_code: a.reprint_of for a in arts if a.reprint_of}
    return arts, truth


@pytest.mark.parametrize("seed", [0, 5])
def test_synthetic_reprints_found_exactly_in_crawl_order(db, seed: int) -> None:
    """Posts come newest first, so each reprint is stored before its original: re-pointing is exercised.

    Synthetic articles share template sentences (their bigram simhashes are often 1–3 bits apart):
    every non-reprint must stay unmarked.
    """
    arts, truth = _synthetic(300, seed)
    assert len(truth) >= 10
    for a in arts:
        _store(db, _record(a.info_code, a.text, a.published.replace(" ", "T") + "+08:00", a.media))
    assert _reprints(db) == truth
    assert assign_all(db) == len(truth) and _reprints(db) == truth   # the batch rule agrees


def test_synthetic_near_duplicates_with_edits(db) -> None:
    """Edited copies (an editor line, a few typos, a lead-in) are found; nothing else is."""
    arts, _ = _synthetic(200, 11)
    originals = [a for a in arts if not a.reprint_of][:40]
    for a in arts:
        if not a.reprint_of:
            _store(db, _record(a.info_code, a.text, "2021-01-01T00:00:00+08:00"))
    rng = random.Random(3)
    found = 0
    for i, a in enumerate(originals):
        text = a.text
        edit = i % 3
        if edit == 0:
            text += "\n编辑：顾晓燕"
        elif edit == 1:
            chars = list(text)
            for pos in rng.sample(range(len(chars)), max(1, len(chars) // 200)):
                chars[pos] = "的"
            text = "".join(chars)
        else:
            text = "本报讯 " + text
        d = detect(db, _record(f"edited{i}", text, "2021-06-01T00:00:00+08:00"))
        assert d.reprint_of in (None, a.info_code)
        found += d.reprint_of == a.info_code
    assert found >= 0.9 * len(originals)
    assert MIN_JACCARD > 0.6  # the real 北向资金 flashes (0.60) must stay apart


def test_m022_recuts_an_eight_band_index(tmp_path: Path) -> None:
    import sqlite_utils

    from newscrawl.store import migrations
    from newscrawl.store.reprints import LEGACY_BAND_TRIGGERS

    path = tmp_path / "m021.db"
    old = sqlite_utils.Database(path)
    migrations.migrations.apply(old, stop_before="m022_simhash_bands_16")
    # the index as m020 first made it: 8 bands of two hex digits
    for name in ("articles_keys_ai", "articles_keys_au", "articles_keys_ad"):
        old.execute(f"DROP TRIGGER {name}")
    old.execute("DROP TABLE simhash_keys")
    old.execute("CREATE TABLE simhash_bands (band INTEGER NOT NULL, value TEXT NOT NULL, article_id TEXT NOT NULL, "
                "PRIMARY KEY (band, value, article_id)) WITHOUT ROWID")
    eight = ", ".join(f"({b}, substr(new.simhash, {2 * b + 1}, 2), new.id)" for b in range(8))
    old.execute(f"CREATE TRIGGER {LEGACY_BAND_TRIGGERS[0]} AFTER INSERT ON articles BEGIN "
                f"INSERT OR IGNORE INTO simhash_bands(band, value, article_id) VALUES {eight}; END")
    with old.conn:
        for rec in (_record("a", BODY, "2021-12-08T09:00:00+08:00"), _record("b", BODY + "。", "2021-12-08T10:00:00+08:00")):
            old["articles"].insert({k: rec[k] for k in ("id", "title", "content_text", "content_hash", "simhash",
                                                        "published_at")})
    assert old.execute("SELECT count(*) FROM simhash_bands").fetchone()[0] == 16
    old.close()
    db = open_db(path)
    names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not names & set(LEGACY_BAND_TRIGGERS)
    assert sorted(db.conn.execute("SELECT * FROM simhash_keys WHERE article_id = 'a'")) == index_rows("a", simhash(BODY))
    assert _store(db, _record("c", BODY, "2021-12-08T11:00:00+08:00")).reprint_of == "a"


@given(st.sets(st.text(min_size=1, max_size=4), max_size=60), st.sets(st.text(min_size=1, max_size=4), max_size=60))
@settings(max_examples=300, deadline=None)
def test_jaccard_bound_never_below_the_true_value(a: set, b: set) -> None:
    from newscrawl.store.reprints import jaccard_bound, signature

    if a:
        assert jaccard_bound(a, signature(a), signature(b)) >= jaccard(a, b) - 1e-12


def test_shingle_sigs_are_kept_for_candidates_and_dropped_when_the_text_changes(db) -> None:
    from newscrawl.store.reprints import SIG_BITS, signature

    arts, truth = _synthetic(200, 0)
    db.conn.execute("BEGIN IMMEDIATE")                 # the store's batch: signatures are cached inside it
    for a in arts:
        _store(db, _record(a.info_code, a.text, a.published.replace(" ", "T") + "+08:00", a.media))
    db.conn.commit()
    assert _reprints(db) == truth
    sigs = dict(db.conn.execute("SELECT article_id, sig FROM shingle_sigs").fetchall())
    assert len(sigs) > 10                              # templated synthetic texts: many simhash-close candidates
    texts = dict(db.conn.execute("SELECT id, content_text FROM articles").fetchall())
    assert all(int.from_bytes(sig, "little") == signature(shingles(texts[aid])) and len(sig) == SIG_BITS // 8
               for aid, sig in sigs.items())
    one, two = sorted(sigs)[:2]
    db["articles"].update(one, {"title": "新标题"})                       # not the text: kept
    db["articles"].update(one, {"content_text": "别的内容。"})              # the text: dropped
    db["articles"].delete(two)
    left = {r[0] for r in db.conn.execute("SELECT article_id FROM shingle_sigs")}
    assert one not in left and two not in left and len(left) == len(sigs) - 2
