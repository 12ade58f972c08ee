"""Sentence and title templates of the synthetic archive, parsed once and filled slot by slot.

A template such as ``{placef}{act}，{res}。`` is parsed into ``(literal, slot, literal, …, literal)``. A
:class:`SlotFiller` fills one article's slots from the topic's phrases and the article's RNG; article-specific
values (date, people, sector …) go in as :data:`PLACEHOLDERS` so that filled sentences can be cached and
reused by later articles, and :meth:`SlotFiller.resolve` puts the real values back.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from newscrawl.replica.vocabulary import load_vocabulary

_V = load_vocabulary()
_SLOT = re.compile(r"\{(\w+)\}")
_OFFICIAL_QUOTE = tuple(_V["official_quote_openings"])

Template = tuple[str, ...]


@cache
def parse(template: str) -> Template:
    """``"{a}，{b}。"`` → ``("", "a", "，", "b", "。")``: literals at even, slot names at odd positions."""
    return tuple(_SLOT.split(template))


def _compile_topics() -> dict[str, dict[str, list[Template]]]:
    out = {}
    for name, vocab in _V["topics"].items():
        c = {key: [parse(item) for item in items] for key, items in vocab.items()}
        c["oquotes"] = [parse(q) for q in vocab["quotes"] if q.startswith(_OFFICIAL_QUOTE)]
        c["rquotes"] = [parse(q) for q in vocab["quotes"] if not q.startswith(_OFFICIAL_QUOTE)]
        out[name] = c
    return out


_CTOPICS = _compile_topics()
PLACEHOLDERS = {k: f"\x00{i}" for i, k in enumerate(
    ("date", "sector", "official", "odept", "orole", "secretary", "stown", "resident", "rrole", "person"))}
_TOPIC_KEYS = {"act": "acts", "res": "res", "scene": "scenes", "oquote": "oquotes", "rquote": "rquotes",
               "data": "data", "plan": "plans", "tphrase": "tphrases", "slogan": "slogans"}
_OPENERS = [parse(t) for t in _V["time_openers"]]
SENTENCES = [parse(t) for t in _V["sentences"]]
ONCE_SENTENCES = {parse(t) for t in _V["once_sentences"]}  # used at most once per article
LEAD_SENTENCES = [parse(t) for t in _V["lead_sentences"]]
BUSINESS_SENTENCES = [parse(t) for t in _V["business_sentences"]]
TITLES = [parse(t) for t in _V["title_templates"]]
TITLE_WEIGHTS = list(_V["title_templates"].values())
CAPTIONS = [parse(t) for t in _V["caption_templates"]]


class SlotFiller:
    """Per-article slot filler. ``pick`` is a fast uniform choice driven by the article RNG."""

    __slots__ = ("companies", "fixed", "key", "r", "subst", "towns", "used", "vocab")

    def __init__(self, rng: random.Random, topic: str, fixed: dict[str, str], towns: list[str],
                 companies: list[str]):
        self.r = rng.random
        self.vocab = _CTOPICS[topic]
        self.towns = towns
        self.fixed = fixed
        self.companies = companies
        self.used: set[Template] = set()

    def resolve(self, text: str) -> str:
        if "\x00" in text:
            for placeholder, value in self.subst:
                text = text.replace(placeholder, value)
        return text

    def pick(self, seq):
        return seq[int(self.r() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.r() * (b - a + 1))

    def fill(self, parts: Template) -> str:
        if len(parts) == 1:
            return parts[0]
        out = parts[0]
        fixed = self.fixed
        for k in range(1, len(parts), 2):
            name = parts[k]
            value = fixed.get(name)
            if value is None:
                value = _SLOT_FUNCS[name](self)
            out += value + parts[k + 1]
        return out

    def vocab_item(self, name: str) -> str:
        """A topic phrase, avoiding repeats within the article while the list allows."""
        items = self.vocab[_TOPIC_KEYS[name]]
        used = self.used
        item = self.pick(items)
        tries = 0
        while item in used and tries < 4:
            item = self.pick(items)
            tries += 1
        used.add(item)
        return self.fill(item)


def _money(c: SlotFiller) -> str:
    if c.r() < 0.7:
        return f"{c.randint(12, 980) / 10:g}亿元"
    return f"{c.randint(300, 9800)}万元"


_VILLAGES = _V["villages"]
_PARTNERS = _V["partners"]
_BUSINESS_ACTS = _V["business_acts"]
_TITLE_TAILS = _V["title_tails"]
_SLOT_FUNCS: dict[str, Callable[[SlotFiller], str]] = {
    "n": lambda c: str(c.randint(3, 86)),
    "big": lambda c: str(c.randint(120, 9800)),
    "pct": lambda c: f"{c.randint(15, 985) / 10:g}%",
    "area": lambda c: f"{c.randint(2, 98) * 100}亩",
    "km": lambda c: f"{c.randint(12, 980) / 10:g}公里",
    "money": _money,
    "money2": lambda c: f"{c.randint(26000, 41000)}元",
    "month": lambda c: str(c.randint(1, 11)),
    "town": lambda c: c.pick(c.towns),
    "village": lambda c: c.pick(_VILLAGES),
    "opener": lambda c: c.fill(c.pick(_OPENERS)),
    "dept": lambda c: c.pick(c.vocab["depts"])[0],
    "co": lambda c: c.pick(c.companies) if c.companies else "当地企业",
    "partner": lambda c: c.pick(_PARTNERS),
    "act2": lambda c: c.pick(_BUSINESS_ACTS),
    "tail": lambda c: c.pick(_TITLE_TAILS),
    **{name: (lambda c, name=name: c.vocab_item(name)) for name in _TOPIC_KEYS},
}
