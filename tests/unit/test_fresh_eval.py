"""benchmarks/fresh_sites (issue 14): the hand-written pages of sites outside the corpora load with their gold,
and ``eval_extract.py --set fresh`` scores them (one ``all`` table, no dev/val split)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from eval_extract import FRESH2_DIR, FRESH3_DIR, FRESH4_DIR, FRESH5_DIR, FRESH_DIR, load_corpus, main

GOLD_KEYS = {"url", "title", "published_at", "authors", "photographers", "editors", "source", "media", "text"}


def test_fresh_set_loads_every_page_with_its_gold():
    pages = load_corpus(FRESH_DIR)
    assert len(pages) >= 30
    assert len(pages) == len(list(FRESH_DIR.glob("*.html")))
    for name, html, gold in pages:
        assert GOLD_KEYS <= gold.keys(), name
        assert gold["text"] and "<" in html, name
        assert isinstance(gold["authors"], list), name


def test_set_fresh_scores_the_fresh_folder_only(capsys):
    assert main(["--set", "fresh", "--no-competitors", "--no-site-rules", "--limit", "3", "--repeat", "1",
                 "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert list(results) == ["fresh_sites"]
    assert list(results["fresh_sites"]) == ["all"]
    assert results["fresh_sites"]["all"]["newscrawl"]["pages"] == 3


def test_set_fresh2_loads_the_second_batch_with_its_gold():
    pages = load_corpus(FRESH2_DIR)
    assert len(pages) >= 30 and len(pages) == len(list(FRESH2_DIR.glob("*.html")))
    assert all(GOLD_KEYS <= gold.keys() and gold["text"] and "kind" in gold for _, _, gold in pages)


def test_set_fresh3_loads_the_third_batch_with_its_gold():
    pages = load_corpus(FRESH3_DIR)
    assert len(pages) >= 30 and len(pages) == len(list(FRESH3_DIR.glob("*.html")))
    assert all(GOLD_KEYS <= gold.keys() and gold["text"] and "kind" in gold for _, _, gold in pages)


def test_set_fresh4_loads_the_fourth_batch_with_its_gold():
    pages = load_corpus(FRESH4_DIR)
    assert len(pages) >= 30 and len(pages) == len(list(FRESH4_DIR.glob("*.html")))
    assert all(GOLD_KEYS <= gold.keys() and gold["text"] and "kind" in gold for _, _, gold in pages)


def test_set_fresh5_loads_the_fifth_batch_with_its_gold():
    pages = load_corpus(FRESH5_DIR)
    assert len(pages) >= 24 and len(pages) == len(list(FRESH5_DIR.glob("*.html")))
    assert all(GOLD_KEYS <= gold.keys() and gold["text"] and "kind" in gold for _, _, gold in pages)
