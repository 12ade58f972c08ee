"""Scores of benchmarks/eval_extract.py (benchmarks/eval_score.py): the fields beside body, date and authors."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from eval_score import ALL_FIELDS, NameCounts, Score, date_correct, gold_date_fields, names, norm_line

GOLD = {"text": "正文第一段。", "published_at": "2019-09-07 13:43:45", "authors": ["唐霁"], "editors": ["杨倩"],
        "photographers": [], "title": "多地项目 连环爆雷", "source": None, "url": "https://news.163.com/x.html"}


def test_names_and_lines_normalise_whitespace_only():
    assert names(["唐 霁", " 唐霁", "", None, "Kingname"]) == {"唐霁", "Kingname"}
    assert names("王文") == {"王文"} and names(None) == set()
    assert norm_line("  多地项目\n 连环爆雷 ") == "多地项目 连环爆雷" and norm_line(None) == ""


def test_name_counts_micro_f1():
    c = NameCounts()
    assert c.f1() is None
    c.add([], [])
    assert c.f1() == 1.0            # nobody on either side, on every page
    c.add(["甲", "乙"], ["甲", "丙"])
    assert (c.tp, c.fp, c.fn, c.exact, c.pages) == (1, 1, 1, 1, 2)
    assert c.f1() == 0.5


def test_date_to_the_gold_precision_or_to_the_day():
    gold = gold_date_fields("2019-09-07 13:43:45")
    assert date_correct("2019-09-07T13:43:45+08:00", gold)
    assert not date_correct("2019-09-07", gold)
    assert date_correct("2019-09-07", gold, to_day=True)
    assert not date_correct("2019-09-08 13:43:45", gold, to_day=True)
    assert date_correct("2018-01-02", gold_date_fields("2018"), to_day=True)


def test_score_fields_beside_body_date_authors():
    s = Score()
    s.add({"text": "正文第一段。", "date": "2019-09-07 13:43:45", "authors": ["唐霁"], "editors": ["杨倩", "史建磊"],
           "photographers": [], "title": "多地项目  连环爆雷", "source": "网易"}, GOLD)
    r = s.summary()
    assert r["body_f1"] == 1.0 and r["date_acc"] == 1.0 and r["date_day_acc"] == 1.0
    assert r["author_f1"] == 1.0 and r["author_exact"] == 1.0
    assert r["title_acc"] == 1.0                       # whitespace-normalised exact match
    assert r["source_acc"] == 0.0                      # the gold credits no source; "网易" is wrong
    assert r["editor_f1"] == 2 / 3 and r["photographer_f1"] == 1.0
    assert r["title_pages"] == r["editor_pages"] == r["source_pages"] == 1


def test_fields_the_gold_lacks_or_the_system_does_not_give_are_not_scored():
    cn = {"text": "正文", "date": "2005-5-7 21:23:57", "authors": ["茉莉"]}
    s = Score()
    s.add({"text": "正文", "date": None, "authors": [], "title": "x", "editors": ["y"]}, cn)
    r = s.summary()
    assert r["title_acc"] is None and r["editor_f1"] is None and r["source_acc"] is None
    assert r["date_acc"] == 0.0 and r["author_f1"] == 0.0 and r["author_exact"] == 0.0

    competitor = Score(fields=frozenset({"text", "date", "authors", "title"}))
    competitor.add({"text": "正文第一段。", "title": "多地项目 连环爆雷"}, GOLD)
    r = competitor.summary()
    assert r["title_acc"] == 1.0 and r["editor_f1"] is None and r["source_acc"] is None
    assert r["author_f1"] == 0.0                       # given, and missed

    failed = Score(fields=ALL_FIELDS)
    failed.add({}, GOLD)                               # ours raised PageError on the page: every field is a miss
    r = failed.summary()
    assert r["body_f1"] == 0.0 and r["title_acc"] == 0.0 and r["editor_f1"] == 0.0 and r["source_acc"] == 1.0
