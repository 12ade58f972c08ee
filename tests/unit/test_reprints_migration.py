"""Migration m026: a database with the text band index of m022 upgrades in place to ``simhash_keys``."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from newscrawl.store import migrations
from newscrawl.store.db import open_db, upsert_article
from newscrawl.store.reprints import LEGACY_BAND_TRIGGERS, detect, index_rows, repoint
from newscrawl.text.fingerprint import content_hash, simhash

BODY = ("今年以来，海门区大力推进高标准农田建设，有效带动1200户农户增收致富。\n"
        "记者走进常乐镇新桥村，村民们正忙着采摘大棚里的草莓，一派丰收景象。\n"
        "下一步，海门区将持续巩固拓展脱贫攻坚成果，加快补齐农村基础设施短板。")


def _m022_index(db: sqlite_utils.Database) -> None:
    """The band index as m022 made it (4 text bands of four hex digits, the hex simhash alongside)."""
    for name in ("articles_keys_ai", "articles_keys_au", "articles_keys_ad"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE simhash_keys")
    db.execute("CREATE TABLE simhash_bands (band INTEGER NOT NULL, value TEXT NOT NULL, article_id TEXT NOT NULL, "
               "simhash TEXT NOT NULL, PRIMARY KEY (band, value, article_id)) WITHOUT ROWID")
    values = ", ".join(f"({b}, substr(new.simhash, {4 * b + 1}, 4), new.id, new.simhash)" for b in range(4))
    db.execute(f"CREATE TRIGGER articles_bands16_ai AFTER INSERT ON articles BEGIN INSERT OR IGNORE INTO "
               f"simhash_bands(band, value, article_id, simhash) VALUES {values}; END")
    db.execute("CREATE TRIGGER articles_bands16_ad AFTER DELETE ON articles BEGIN "
               "DELETE FROM simhash_bands WHERE article_id = old.id; END")


def test_m026_replaces_the_text_bands_and_backfills_the_keys(tmp_path: Path) -> None:
    path = tmp_path / "m025.db"
    old = sqlite_utils.Database(path)
    migrations.migrations.apply(old, stop_before="m026_simhash_keys")
    _m022_index(old)
    texts = {"a": BODY, "b": BODY + "。", "c": "启东市举行冬季长跑比赛，三千余名市民参加。赛事设半程马拉松和迷你跑两个项目。", "d": "短讯。"}
    with old.conn:
        for aid, text in texts.items():
            old["articles"].insert({"id": aid, "title": aid, "content_text": text, "content_hash": content_hash(text),
                                    "simhash": simhash(text), "published_at": f"2021-12-0{ord(aid) - 96}T09:00:00+08:00"})
        old["articles"].insert({"id": "bad", "simhash": "not-hex"})
    assert old.execute("SELECT count(*) FROM simhash_bands").fetchone()[0] == 20
    old.close()

    db = open_db(path)
    tables = set(db.table_names())
    assert "simhash_bands" not in tables and "simhash_keys" in tables
    names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not names & set(LEGACY_BAND_TRIGGERS)
    assert sorted(db.conn.execute("SELECT key, article_id, simhash FROM simhash_keys")) == sorted(
        r for aid, text in texts.items() for r in index_rows(aid, simhash(text)))
    # the upgraded index finds near-duplicates, and its triggers follow new rows
    rec = {"id": "e", "url": "http://x.cn/e", "title": "e", "media": "m", "published_at": "2021-12-09T09:00:00+08:00",
           "content_text": BODY + "！", "content_hash": content_hash(BODY + "！"), "simhash": simhash(BODY + "！")}
    decision = detect(db, rec)
    assert decision.reprint_of == "a" and decision.matches == ["a", "b"]
    rec["reprint_of"] = decision.reprint_of
    upsert_article(db, rec)
    assert repoint(db, "a", decision.repoint) == 0
    assert db.execute("SELECT count(*) FROM simhash_keys WHERE article_id = 'e'").fetchone()[0] == 4
    db.close()


def test_ids_with_commas_are_found_too(tmp_path: Path) -> None:
    """The look-up reads ids as one comma-joined string; an id holding a comma falls back on plain rows."""
    db = open_db(tmp_path / "news.db")
    for aid in ("x,1", "y"):
        upsert_article(db, {"id": aid, "url": f"http://x.cn/{aid}", "title": aid, "media": "m",
                            "published_at": "2021-12-01T09:00:00+08:00", "content_text": BODY,
                            "content_hash": content_hash(BODY + aid), "simhash": simhash(BODY)})
    text = BODY + "！"
    decision = detect(db, {"id": "z", "content_text": text, "content_hash": content_hash(text),
                           "simhash": simhash(text), "published_at": "2021-12-02T09:00:00+08:00"})
    assert decision.matches == ["x,1", "y"] and decision.reprint_of == "x,1"
    db.close()
