"""The synthetic archive's vocabulary (package data): readable UTF-8, consistent, every template fillable."""
from __future__ import annotations

import random
from importlib import resources

import pytest

from newscrawl.replica.templates import PLACEHOLDERS, SlotFiller, parse
from newscrawl.replica.vocabulary import load_vocabulary

V = load_vocabulary()
TOPIC_KEYS = {"depts", "acts", "res", "scenes", "quotes", "data", "plans", "tphrases", "slogans"}


def test_file_is_readable_utf8_and_loaded_once():
    raw = resources.files("newscrawl.replica").joinpath("data").joinpath("vocabulary.json").read_bytes()
    text = raw.decode("utf-8")
    assert "\\u" not in text  # Chinese is written as is, not escaped
    assert "南通日报" in text
    assert load_vocabulary() is V
    assert not any(key.startswith("_") for key in V)  # comment keys are dropped


def test_tables_and_lists_agree():
    for table in ("media", "surnames", "topic_weights", "title_templates"):
        weights = list(V[table].values())
        assert weights and all(isinstance(w, int) and w > 0 for w in weights), table
    assert list(V["topic_weights"]) == list(V["topics"])
    assert set(V["once_sentences"]) <= set(V["sentences"])
    assert all(len(ch) == 1 for ch in V["given_name_chars"])
    # a run-together byline splits unambiguously only if no given-name character is a surname
    assert not set(V["given_name_chars"]) & set(V["surnames"])
    assert all(len(s) == 2 for s in V["compound_surnames"])
    assert all(set(p) == {"suffix", "towns"} and p["towns"] for p in V["places"].values())
    openings = tuple(V["official_quote_openings"])
    for name, topic in V["topics"].items():
        assert set(topic) == TOPIC_KEYS, name
        assert all(topic[key] for key in TOPIC_KEYS), name
        quotes = topic["quotes"]
        assert any(q.startswith(openings) for q in quotes), f"{name}: no official quote"
        assert not all(q.startswith(openings) for q in quotes), f"{name}: no resident quote"


def _all_templates() -> list[str]:
    out = [*V["sentences"], *V["lead_sentences"], *V["business_sentences"], *V["title_templates"],
           *V["caption_templates"], *V["time_openers"]]
    for topic in V["topics"].values():
        for items in topic.values():
            out += items
    return out


@pytest.mark.parametrize("topic", list(V["topics"]))
def test_every_template_fills_completely(topic):
    rng = random.Random(0)
    place, spec = next(iter(V["places"].items()))
    fixed = {"place": place, "placef": place + spec["suffix"], "topic": topic, **PLACEHOLDERS}
    filler = SlotFiller(rng, topic, fixed, spec["towns"], ["江海智能股份"])
    filler.subst = [(value, f"<{key}>") for key, value in PLACEHOLDERS.items()]
    for template in _all_templates():
        for _ in range(3):
            try:
                text = filler.resolve(filler.fill(parse(template)))
            except KeyError as e:
                pytest.fail(f"unknown slot {e} in {template!r}")
            assert "{" not in text and "}" not in text and "\x00" not in text, template
