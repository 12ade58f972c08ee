"""Extraction under perturbation: the DEV pages with their markup and wording changed the way other sites differ,
labels kept, scored as benchmarks/eval_extract.py scores them.

    python benchmarks/eval_perturb.py [--corpus DIR …] [--only NAME …] [--seed N] [--per-corpus] [--worst N]

Each transformation (benchmarks/perturbations.py, and benchmarks/perturb_classes.py for the failure classes of
issue 14: relative and yearless dates anchored in meta or script, bylines as profile links or split spans,
editor lines, registration footers, an article cut in three by ads, long teasers or a column of widgets beside
it) is a small pure function ``(html, gold, rng) -> (html, gold) |
None`` (None: it does not apply to that page, e.g. no shown date to rewrite). It changes what real pages of other sites change and keeps
what the labelling rules (../shared/corpus/README.md) say is right: a rewritten byline names the same people (a
synthetic 通讯员 added to the gold when the grammar needs a second person), a rewritten date line keeps the gold
time (a day-only format scores the day), an inserted related-articles list, comment block, ad or video block is
not article text, and a dateline (``本报讯（记者 X）``, ``新华社北京1月2日电（记者 X）``) opens the article text.
The page's article container is found from the gold text (the lowest element holding its first and last
paragraphs), never from our extractor's choice. All synthetic names, titles and comments are made up here.

Only dev pages are used (benchmarks/eval_split.py): the perturbations are for finding weaknesses, and dev pages
are the ones we may look at. For every transformation: the pages it applied to, and on those pages body F1,
date accuracy and author F1 unperturbed and perturbed (the drop), with and without site rules. ``identity``
(parse and serialise only) is the control.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_extract import DEFAULT_CORPORA, load_corpus, ours
from eval_score import Score, gold_date
from eval_split import split_of
from perturb_classes import TRANSFORMS, apply
from perturbations import Gold

from newscrawl.pages.generic import rule_for

# --- scoring -------------------------------------------------------------------------------------------------

@dataclass
class Row:
    transform: str
    corpus: str
    mode: str
    pages: int
    base: dict[str, Any]
    pert: dict[str, Any]
    drops: list[tuple[float, str, str]]


def _summ(s: Score) -> dict[str, Any]:
    return s.summary() if s.pages else {}


def run(corpora: list[Path], names: list[str], seed: int = 0) -> list[Row]:
    """Score every transformation on the dev pages of each corpus, with and without site rules."""
    systems = {"rules": ours(True), "no-rules": ours(False)}
    rows: list[Row] = []
    for folder in corpora:
        pages = [(n, h, g) for n, h, g in load_corpus(folder) if split_of(folder.name, n, g.get("url")) == "dev"]
        ruled = {n for n, _, g in pages if rule_for(g.get("url"))}   # elsewhere both modes give the same
        base_pred = {mode: {n: sys_(h, g.get("url")) for n, h, g in pages if mode == "rules" or n in ruled}
                     for mode, sys_ in systems.items()}
        for name in names:
            done = [(n, apply(name, h, g, seed, n), g) for n, h, g in pages]
            done = [(n, r, g) for n, r, g in done if r is not None]
            preds: dict[str, dict[str, Any]] = {}
            for mode, sys_ in systems.items():
                base, pert, drops = Score(), Score(), []
                for n, (phtml, pgold), g in done:
                    if mode == "rules" or n in ruled:
                        preds[n] = sys_(phtml, g.get("url"))
                    else:
                        base_pred[mode][n] = base_pred["rules"][n]
                    pred = preds[n]
                    base.add(base_pred[mode][n], g)
                    pert.add(pred, pgold)
                    drops.append(_page_drop(base_pred[mode][n], g, pred, pgold, n))
                rows.append(Row(name, folder.name, mode, len(done), _summ(base), _summ(pert),
                                [d for d in drops if d[0] > 0]))
    return rows


def _page_drop(bpred: dict[str, Any], bgold: Gold, pred: dict[str, Any], pgold: Gold, name: str
               ) -> tuple[float, str, str]:
    b, p = Score(), Score()
    b.add(bpred, bgold)
    p.add(pred, pgold)
    bs, ps = b.summary(), p.summary()
    what = []
    drop = 0.0
    for key, label in (("body_f1", "body"), ("date_acc", "date"), ("author_exact", "authors")):
        if bs.get(key) is not None and ps.get(key) is not None and ps[key] < bs[key] - 0.01:
            drop += bs[key] - ps[key]
            if label == "body":
                what.append(f"body {bs[key]:.2f}->{ps[key]:.2f}")
            elif label == "date":
                what.append(f"date {pred.get('date')!r} (gold {gold_date(pgold)!r})")
            else:
                what.append(f"authors {pred.get('authors')!r} (gold {pgold.get('authors')!r})")
    return drop, name, "; ".join(what)


def _pooled(rows: list[Row]) -> tuple[int, dict[str, float | None], dict[str, float | None]]:
    """Pages, and pooled body/date/author figures (weighted by the pages each corpus scored) before and after."""
    def pool(side: str) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for key, weight in (("body_f1", "pages"), ("date_acc", "dated_pages"), ("author_f1", "author_pages")):
            num = den = 0.0
            for r in rows:
                s = getattr(r, side)
                if s.get(key) is not None and s.get(weight):
                    num += s[key] * s[weight]
                    den += s[weight]
            out[key] = num / den if den else None
        return out
    return sum(r.pages for r in rows), pool("base"), pool("pert")


def _cell(b: float | None, p: float | None) -> str:
    if b is None or p is None:
        return f"{'-':>15}"
    return f"{p:>6.3f} ({p - b:+.3f})"


def print_rows(rows: list[Row], per_corpus: bool) -> None:
    modes = ("rules", "no-rules")
    print(f"{'transformation':<28}{'pages':>6}" + "".join(
        f"{f'{lab} {m}':>17}" for m in modes for lab in ("body", "date", "author")))
    names = list(dict.fromkeys(r.transform for r in rows))
    corpora = list(dict.fromkeys(r.corpus for r in rows))
    groups = [(n, None) for n in names] if not per_corpus else [(n, c) for n in names for c in corpora]
    for name, corpus in groups:
        cells, pages = [], 0
        for mode in modes:
            sel = [r for r in rows if r.transform == name and r.mode == mode and (corpus is None or r.corpus == corpus)]
            pages, b, p = _pooled(sel)
            cells += [_cell(b[k], p[k]) for k in ("body_f1", "date_acc", "author_f1")]
        label = name if corpus is None else f"{name} · {corpus}"
        print(f"{label:<28}{pages:>6}" + "".join(f"{c:>17}" for c in cells))


def print_worst(rows: list[Row], n: int) -> None:
    print("\nlargest drops (dev pages, with site rules):")
    for name in dict.fromkeys(r.transform for r in rows):
        drops = sorted((d for r in rows if r.transform == name and r.mode == "rules" for d in r.drops),
                       reverse=True)[:n]
        for d, page, what in drops:
            print(f"  {name:<26} {page[:28]:<28} {what[:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, help="corpus folder (repeatable)")
    ap.add_argument("--only", action="append", choices=sorted(TRANSFORMS), help="this transformation (repeatable)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-corpus", action="store_true", help="one row per transformation and corpus")
    ap.add_argument("--worst", type=int, default=0, help="list the N largest per-page drops of each transformation")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = run(args.corpus or DEFAULT_CORPORA, args.only or list(TRANSFORMS), args.seed)
    print("dev pages only; each cell: perturbed figure (change against the same pages unperturbed)")
    print_rows(rows, args.per_corpus)
    if args.worst:
        print_worst(rows, args.worst)
    print(f"\n{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
