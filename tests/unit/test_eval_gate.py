"""Evaluation gate: ours on the real corpora must stay above pinned floors (like trafilatura's CI gate).

Floors sit a little under the figures recorded in docs/benchmarks.md (## extraction), on all pages of each
corpus (dev and val together); raise them when extraction improves. gne-zh's floors follow issue 14's work
(before it, 2026-12-03: body 0.952, date 0.875, author F1 0.519; after it: 0.986, 1.000, 0.867). Competitors are not
run here; timing is not checked (no timed unit tests).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import corpus_path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from eval_extract import evaluate, ours

FLOORS = {
    "cn-extract": {"body_f1": 0.96, "author_f1": 0.83, "date_acc": 0.90},
    "magic-zh": {"body_f1": 0.97, "author_f1": 0.90, "date_acc": 0.93},
    "gne-zh": {"body_f1": 0.97, "author_f1": 0.80, "date_acc": 0.93},
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_extraction_meets_pinned_floors(corpus):
    result = evaluate(corpus_path(corpus), {"newscrawl": ours()})["newscrawl"]
    assert result["pages"] >= 20
    for metric, floor in FLOORS[corpus].items():
        assert result[metric] >= floor, f"{corpus} {metric} {result[metric]:.3f} < floor {floor}"
