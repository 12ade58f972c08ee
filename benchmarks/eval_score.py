"""Scores of benchmarks/eval_extract.py: one page's prediction against its gold, summed over a set of pages.

Fields (each scored on a page only when its gold has the key, and for a system only when the system gives
the field at all; a gold key with ``null`` means "none shown", which a prediction must match):
- body: F1 over character bigrams of the text with all whitespace removed (multiset overlap), mean over pages;
- date (gold ``date`` or ``published_at``): over pages whose gold has one, right when the prediction agrees
  with every field the gold gives (``2018`` checks the year only; cn-extract writes ``YYYY-MM-DD HH-MM-SS``);
  and ``date_day_acc``, right when the day agrees (the fields the gold gives up to the day): a tool that gives
  dates without the time (trafilatura) is scored on its choice of day there;
- authors, editors, photographers: name-level F1 (micro: over all names of all scored pages; whitespace
  removed) and exact-set accuracy;
- title, source: exact match after whitespace normalisation (runs of whitespace → one space, ends trimmed;
  no title / no source on both sides is a match).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

_WS = re.compile(r"\s+")
_GOLD_DATE = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[-:时](\d{1,2})"
                        r"(?:[-:分](\d{1,2}))?)?)?)?")
_PRED_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")

LIST_FIELDS = ("authors", "editors", "photographers")
EXACT_FIELDS = ("title", "source")
ALL_FIELDS = frozenset({"text", "date", *LIST_FIELDS, *EXACT_FIELDS})


def bigrams(text: str) -> Counter:
    s = _WS.sub("", text or "")
    return Counter(s[i:i + 2] for i in range(len(s) - 1))


def body_f1(pred: str, gold: str) -> float:
    p, g = bigrams(pred), bigrams(gold)
    if not p or not g:
        return 1.0 if not p and not g else 0.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def gold_date_fields(gold: Any) -> tuple[int, ...] | None:
    """(year, month, …) as far as the gold gives them; None when the gold has no date."""
    if not isinstance(gold, str):
        return None
    m = _GOLD_DATE.match(gold)
    if not m:
        return None
    return tuple(int(x) for x in m.groups() if x is not None)


def gold_date(gold: dict[str, Any]) -> Any:
    """The gold's date: cn-extract's ``date``, else the hand-labelled ``published_at``."""
    return gold.get("date") if "date" in gold else gold.get("published_at")


def date_correct(pred: Any, gold: tuple[int, ...], to_day: bool = False) -> bool:
    """The predicted date agrees with every field of ``gold`` (only up to the day when ``to_day``)."""
    if isinstance(pred, datetime):
        pred = pred.isoformat()
    if not isinstance(pred, str):
        return False
    m = _PRED_DATE.search(pred)
    if not m:
        return False
    fields = tuple(int(x) if x is not None else 0 for x in m.groups())
    n = min(len(gold), 3) if to_day else len(gold)
    return fields[:n] == gold[:n]


def _norm_name(s: Any) -> str:
    return _WS.sub("", s) if isinstance(s, str) else ""


def norm_line(s: Any) -> str:
    """Whitespace-normalised text for exact comparison (None and non-strings → "")."""
    return _WS.sub(" ", s).strip() if isinstance(s, str) else ""


def names(value: Any) -> set[str]:
    """A list field as a set of whitespace-free names (a lone string counts as one name)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return set()
    return {n for n in (_norm_name(x) for x in value) if n}


@dataclass
class NameCounts:
    """Name-level counts of one list field over a set of pages."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    pages: int = 0

    def add(self, pred: Any, gold: Any) -> None:
        p, g = names(pred), names(gold)
        self.pages += 1
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)
        self.exact += p == g

    def f1(self) -> float | None:
        """Micro F1; 1.0 when no page has a name on either side, None when no page was scored."""
        if not self.pages:
            return None
        if not self.tp + self.fp + self.fn:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Score:
    """One system's scores over a set of pages (``fields``: what the system gives)."""
    fields: frozenset[str] = ALL_FIELDS
    body: list[float] = field(default_factory=list)
    dates_ok: int = 0
    days_ok: int = 0
    dates: int = 0
    lists: dict[str, NameCounts] = field(default_factory=lambda: {f: NameCounts() for f in LIST_FIELDS})
    exact_ok: Counter = field(default_factory=Counter)
    exact_pages: Counter = field(default_factory=Counter)
    ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    errors: int = 0
    pages: int = 0

    def add(self, pred: dict[str, Any], gold: dict[str, Any], ms: float = 0.0, cpu_ms: float | None = None) -> None:
        self.pages += 1
        self.ms.append(ms)
        self.cpu_ms.append(ms if cpu_ms is None else cpu_ms)
        self.body.append(body_f1(pred.get("text") or "", gold.get("text") or ""))
        g_date = gold_date_fields(gold_date(gold))
        if g_date is not None:
            self.dates += 1
            self.dates_ok += date_correct(pred.get("date"), g_date)
            self.days_ok += date_correct(pred.get("date"), g_date, to_day=True)
        for name in LIST_FIELDS:
            if name in gold and name in self.fields:
                self.lists[name].add(pred.get(name), gold[name])
        for name in EXACT_FIELDS:
            if name in gold and name in self.fields:
                self.exact_pages[name] += 1
                self.exact_ok[name] += norm_line(pred.get(name)) == norm_line(gold[name])

    def summary(self) -> dict[str, Any]:
        authors = self.lists["authors"]
        out: dict[str, Any] = {
            "pages": self.pages,
            "body_f1": statistics.fmean(self.body) if self.body else 0.0,
            "date_acc": self.dates_ok / self.dates if self.dates else None,
            "date_day_acc": self.days_ok / self.dates if self.dates else None,
            "dated_pages": self.dates,
            "author_f1": authors.f1(),
            "author_exact": authors.exact / authors.pages if authors.pages else None,
            "author_pages": authors.pages,
        }
        for name, key in (("editors", "editor"), ("photographers", "photographer")):
            out[f"{key}_f1"] = self.lists[name].f1()
            out[f"{key}_pages"] = self.lists[name].pages
        for name in EXACT_FIELDS:
            n = self.exact_pages[name]
            out[f"{name}_acc"] = self.exact_ok[name] / n if n else None
            out[f"{name}_pages"] = n
        out.update({
            "median_ms": statistics.median(self.ms) if self.ms else 0.0,
            "median_cpu_ms": statistics.median(self.cpu_ms) if self.cpu_ms else 0.0,
            "errors": self.errors,
        })
        return out
