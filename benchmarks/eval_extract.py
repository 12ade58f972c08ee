"""Score generic extraction on the real corpora, ours beside trafilatura, newspaper4k and GNE (same run),
on the dev and the validation pages apart.

    python benchmarks/eval_extract.py [--corpus DIR …] [--set corpus|fresh|fresh2|fresh3|fresh4|fresh5] [--split dev|val|all] [--limit N]
                                      [--no-competitors]
                                      [--no-site-rules] [--repeat N] [--worst N] [--json]

Corpora (default ../shared/corpus/cn-extract, magic-zh and gne-zh): ``*.html`` pages with gold ``*.json``
(``text``; cn-extract ``authors`` and ``date``; magic-zh and gne-zh hand labels ``title``, ``published_at``,
``authors``, ``editors``, ``photographers``, ``source`` and the page's ``url``). Pages are decoded by
``newscrawl.text.decode`` for every system, and every system is given the page's URL when the gold has one
(as a crawl would give it). Fields and scores: benchmarks/eval_score.py; docs/benchmarks.md (``## extraction``).

``--set fresh`` scores benchmarks/fresh_sites/ instead (hand-written pages of sites not in the corpora, made
before anyone looked at our output on them; see its README): one table of all its pages, no dev/val split.
``--set fresh2`` does the same for benchmarks/fresh_sites_b2/ (a second batch, written blind after the first was
tuned on); ``--set fresh3`` for benchmarks/fresh_sites_b3/ (a third blind batch of rendered, script-heavy pages);
``--set fresh4`` for benchmarks/fresh_sites_b4/ (a fourth blind batch: mobile/AMP, e-paper, finance, sports,
university/hospital, county, interview and repost pages); ``--set fresh5`` for benchmarks/fresh_sites_b5/ (a fifth
blind batch: party-paper, portal-channel, commentary, tech, court/police, local TV, weekly, Malaysian/Singapore,
translated, live, wire and signature-block pages, with odd date patterns).

Dev and validation: every page is ``dev`` or ``val`` by its site (benchmarks/eval_split.py: whole sites are
held out, about a third of the pages, fixed before issue 14's tuning). Without ``--split`` the tables of dev,
val and all pages are printed; ``--split dev|val|all`` prints one. Do not look at val pages while tuning:
``--worst`` lists dev pages only, val pages only when ``--split val`` is asked for.

Time: median milliseconds per page (extraction only, decoding excluded; the fastest of a page's runs in
``--repeat`` passes over the corpus), the same in process CPU time (``time.process_time``: a cross-check on a
busy machine), and the ratio to ours. The load average and, for ours, each pass's median are printed too.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_score import ALL_FIELDS, Score, body_f1, date_correct, gold_date, gold_date_fields, names
from eval_split import SPLITS, split_of

from newscrawl.pages import PageError
from newscrawl.text.decode import decode_html

CORPUS_ROOT = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = [CORPUS_ROOT / "cn-extract", CORPUS_ROOT / "magic-zh", CORPUS_ROOT / "gne-zh"]
FRESH_DIR = ROOT / "benchmarks" / "fresh_sites"
FRESH2_DIR = ROOT / "benchmarks" / "fresh_sites_b2"
FRESH3_DIR = ROOT / "benchmarks" / "fresh_sites_b3"
FRESH4_DIR = ROOT / "benchmarks" / "fresh_sites_b4"
FRESH5_DIR = ROOT / "benchmarks" / "fresh_sites_b5"
FRESH_SETS = {"fresh": FRESH_DIR, "fresh2": FRESH2_DIR, "fresh3": FRESH3_DIR, "fresh4": FRESH4_DIR,
              "fresh5": FRESH5_DIR}
OURS = "newscrawl"
OURS_NO_RULES = "newscrawl/no-rules"
System = Callable[[str, str | None], dict[str, Any]]
_BASE_FIELDS = frozenset({"text", "date", "authors", "title"})


# --- systems ---------------------------------------------------------------------------------------

def ours(site_rules: bool = True) -> System:
    """``newscrawl.pages.generic.extract`` with the page's URL; without site_rules.json when ``site_rules`` is
    False (the URL is still given: links, and whatever else reads it, work as in a crawl)."""
    from newscrawl.pages import generic

    rules = None if site_rules else {}

    def run(html: str, url: str | None) -> dict[str, Any]:
        try:
            r = generic.extract(html, url, rules=rules)
        except PageError:
            return {}
        return {"text": r["content_text"], "authors": r["authors"], "date": r["published_at"],
                "title": r["title"], "editors": r["editors"], "photographers": r["photographers"],
                "source": r["source"]}
    run.fields = ALL_FIELDS  # type: ignore[attr-defined]
    return run


def trafilatura_system() -> System | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: str, url: str | None) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if not doc:
            return {}
        doc = doc.as_dict() if hasattr(doc, "as_dict") else doc   # a Document since trafilatura 2
        author = doc.get("author") or ""
        return {"text": doc.get("text") or "", "date": doc.get("date"), "title": doc.get("title"),
                "authors": [a.strip() for a in re.split(r"[;；,，]", author) if a.strip()]}
    run.fields = _BASE_FIELDS  # type: ignore[attr-defined]
    return run


def newspaper_system() -> System | None:
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import newspaper
        import jieba  # noqa: F401 - newspaper's zh tokenizer
    except ImportError:
        return None
    import logging

    logging.getLogger("jieba").setLevel(logging.ERROR)

    def run(html: str, url: str | None) -> dict[str, Any]:
        art = newspaper.Article(url or "http://example.com/article.html", language="zh",
                                fetch_images=False)
        art.download(input_html=html)
        art.parse()
        return {"text": art.text or "", "authors": list(art.authors or []), "date": art.publish_date,
                "title": art.title}
    run.fields = _BASE_FIELDS  # type: ignore[attr-defined]
    return run


def gne_system() -> System | None:
    """GNE (GeneralNewsExtractor, text density and punctuation density over the DOM). Its dates are
    free-form strings (``2005年07月03日``): they are read with our ``normalize_datetime`` so that only
    the choice of date is scored, not its format. The URL's origin is its ``host`` (GNE uses it for image
    links only)."""
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    from newscrawl.text.dates import normalize_datetime

    extractor = GeneralNewsExtractor()

    def run(html: str, url: str | None) -> dict[str, Any]:
        parts = urlsplit(url or "")
        doc = extractor.extract(html, host=f"{parts.scheme}://{parts.netloc}" if parts.netloc else "")
        author = doc.get("author") or ""
        date = doc.get("publish_time") or None
        return {"text": doc.get("content") or "", "title": doc.get("title"),
                "date": normalize_datetime(date) if date else None,
                "authors": [a.strip() for a in re.split(r"[;；,，]", author) if a.strip()]}
    run.fields = _BASE_FIELDS  # type: ignore[attr-defined]
    return run


# --- running ---------------------------------------------------------------------------------------

def load_corpus(folder: Path, limit: int | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """[(name, decoded html, gold)] for every page with a gold file, sorted by name; an unreadable gold file
    is skipped with a line on stderr."""
    out = []
    for gold_path in sorted(folder.glob("*.json")):
        page = gold_path.with_suffix(".html")
        if not page.exists():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            print(f"{gold_path}: skipped, unreadable gold ({e})", file=sys.stderr)
            continue
        if not isinstance(gold, dict):
            print(f"{gold_path}: skipped, the gold is not a JSON object", file=sys.stderr)
            continue
        html, _ = decode_html(page.read_bytes())
        out.append((page.name, html, gold))
        if limit and len(out) >= limit:
            break
    return out


@dataclass
class PageRun:
    """One page of a corpus and what each system made of it."""
    name: str
    split: str
    gold: dict[str, Any]
    preds: dict[str, dict[str, Any]] = field(default_factory=dict)
    ms: dict[str, float] = field(default_factory=dict)
    cpu_ms: dict[str, float] = field(default_factory=dict)
    errors: dict[str, bool] = field(default_factory=dict)


def run_corpus(folder: Path, systems: dict[str, System | None], limit: int | None = None,
               repeat: int = 1) -> tuple[list[PageRun], dict[str, list[float]]]:
    """Run every installed system on every page of one corpus folder: the pages, and each system's median ms
    of each pass.

    Timing: ``repeat`` passes over the corpus (not ``repeat`` runs of a page in a row), each page's fastest
    run counts; so a slow spell of the host (its speed swings by a third within minutes here, for every
    system alike) does not set all the runs of the pages it falls on."""
    loaded = load_corpus(folder, limit)
    pages = [PageRun(name, split_of(folder.name, name, gold.get("url")), gold) for name, _, gold in loaded]
    medians: dict[str, list[float]] = {}
    for sys_name, system in systems.items():
        if system is None:
            continue
        medians[sys_name] = []
        for run in range(max(1, repeat)):
            this_pass = []
            for page, (_, html, gold) in zip(pages, loaded):
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    pred = system(html, gold.get("url"))
                except Exception:  # noqa: BLE001 - a competitor crashing on a page scores zero there
                    pred = {}
                    page.errors[sys_name] = True
                ms, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
                page.ms[sys_name] = min(page.ms.get(sys_name, ms), ms)
                page.cpu_ms[sys_name] = min(page.cpu_ms.get(sys_name, cpu), cpu)
                this_pass.append(ms)
                if run == 0:
                    page.preds[sys_name] = pred
            medians[sys_name].append(statistics.median(this_pass) if this_pass else 0.0)
    return pages, medians


def in_split(page: PageRun, split: str) -> bool:
    return split == "all" or page.split == split


def score(pages: list[PageRun], systems: dict[str, System | None], split: str = "all") -> dict[str, dict[str, Any]]:
    """Each system's summary over the pages of ``split`` (``dev``, ``val`` or ``all``); a None system is
    reported as not installed."""
    results: dict[str, dict[str, Any]] = {}
    for sys_name, system in systems.items():
        if system is None:
            results[sys_name] = {"missing": True}
            continue
        s = Score(fields=getattr(system, "fields", ALL_FIELDS))
        for page in pages:
            if in_split(page, split):
                s.add(page.preds[sys_name], page.gold, page.ms[sys_name], page.cpu_ms[sys_name])
                s.errors += page.errors.get(sys_name, False)
        results[sys_name] = s.summary()
    return results


def evaluate(folder: Path, systems: dict[str, System | None], limit: int | None = None, repeat: int = 1,
             split: str = "all") -> dict[str, dict[str, Any]]:
    """Score each system on the pages of one corpus folder in ``split`` (default: every page)."""
    pages, medians = run_corpus(folder, systems, limit, repeat)
    results = score(pages, systems, split)
    for sys_name, m in medians.items():
        results[sys_name]["pass_median_ms"] = m
    return results


# --- printing --------------------------------------------------------------------------------------

COLUMNS = (("body_f1", "body F1"), ("date_acc", "date"), ("date_day_acc", "date day"), ("author_f1", "author F1"),
           ("author_exact", "auth exact"), ("title_acc", "title"), ("editor_f1", "editor F1"), ("photographer_f1", "photo F1"),
           ("source_acc", "source"), ("median_ms", "ms"), ("median_cpu_ms", "CPU ms"))


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def print_table(corpus: str, split: str, results: dict[str, dict[str, Any]]) -> None:
    mine = results.get(OURS, {})
    ours_ms = mine.get("median_ms") or 0.0
    counts = ", ".join(f"{mine.get(k, 0)} {label}" for k, label in (
        ("dated_pages", "with a gold date"), ("author_pages", "authors"), ("title_pages", "titles"),
        ("editor_pages", "editors"), ("photographer_pages", "photographers"), ("source_pages", "sources"))
        if mine.get(k))
    print(f"\n{corpus} · {split} ({mine.get('pages')} pages; scored: {counts})")
    print(f"{'system':<19}" + "".join(f"{label:>11}" for _, label in COLUMNS) + f"{'vs ours':>9}")
    for name, r in results.items():
        if r.get("missing"):
            print(f"{name:<19}  not installed (see docs/benchmarks.md, ## extraction)")
            continue
        ratio = r["median_ms"] / ours_ms if ours_ms else 0.0
        print(f"{name:<19}" + "".join(f"{_fmt(r.get(c)):>11}" for c, _ in COLUMNS) + f"{ratio:>8.1f}x"
              + (f"  ({r['errors']} errors)" if r["errors"] else ""))


def _page_marks(pred: dict[str, Any], gold: dict[str, Any]) -> str:
    marks = []
    g_date = gold_date_fields(gold_date(gold))
    if g_date is not None:
        marks.append("date " + ("ok" if date_correct(pred.get("date"), g_date) else "MISS"))
    if "authors" in gold:
        marks.append("authors " + ("ok" if names(pred.get("authors")) == names(gold["authors"]) else "MISS"))
    return ", ".join(marks)


def _our_body_f1(page: PageRun) -> float:
    return body_f1(page.preds[OURS].get("text") or "", page.gold.get("text") or "")


def print_worst(pages: list[tuple[str, PageRun]], n: int, split: str) -> None:
    """Our ``n`` worst pages by body F1 among ``pages`` (all of one split: never val unless asked for)."""
    print(f"\nworst pages (ours, {split} pages only; val pages are listed only with --split val):")
    for corpus, p in sorted(pages, key=lambda cp: _our_body_f1(cp[1]))[:n]:
        pred, gold = p.preds[OURS], p.gold
        print(f"  {_our_body_f1(p):.3f} {corpus}/{p.name[:16]} pred {len(pred.get('text') or '')} chars, "
              f"gold {len(gold.get('text') or '')} chars; {_page_marks(pred, gold)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, help="corpus folder (repeatable)")
    ap.add_argument("--set", choices=("corpus", *FRESH_SETS), default="corpus",
                    help="fresh / fresh2 / fresh3 / fresh4 / fresh5: score benchmarks/fresh_sites/, fresh_sites_b2/, "
                    "fresh_sites_b3/, fresh_sites_b4/ or fresh_sites_b5/ (the blind second to fifth batches; all pages, "
                    "no split) instead of the corpora")
    ap.add_argument("--split", choices=("dev", "val", "all"), default=None,
                    help="score only these pages (default: dev, val and all apart)")
    ap.add_argument("--limit", type=int, default=None, help="at most N pages per corpus")
    ap.add_argument("--no-competitors", action="store_true", help="only ours")
    ap.add_argument("--no-site-rules", action="store_true",
                    help="ours only without site_rules.json (the URL is still given)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over each corpus; a page's fastest run counts for timing")
    ap.add_argument("--worst", type=int, default=0,
                    help="list our N worst dev pages by body F1 (val pages only with --split val)")
    ap.add_argument("--json", action="store_true",
                    help="print the results as JSON: corpus → split → system → figures")
    args = ap.parse_args(argv)

    systems: dict[str, System | None] = {OURS: ours(not args.no_site_rules)}
    if not args.no_site_rules:
        systems[OURS_NO_RULES] = ours(False)
    if not args.no_competitors:
        systems.update(trafilatura=trafilatura_system(), newspaper4k=newspaper_system(), gne=gne_system())
    fresh = args.set in FRESH_SETS
    splits = [args.split] if args.split else ["all"] if fresh else [*SPLITS, "all"]
    worst_split = "all" if fresh else "val" if args.split == "val" else "dev"
    all_results: dict[str, dict[str, Any]] = {}
    worst: list[tuple[str, PageRun]] = []
    medians: dict[str, list[float]] = {}
    for folder in args.corpus or ([FRESH_SETS[args.set]] if fresh else DEFAULT_CORPORA):
        if not folder.is_dir():
            print(f"{folder}: not found", file=sys.stderr)
            continue
        pages, medians[folder.name] = run_corpus(folder, systems, args.limit, args.repeat)
        all_results[folder.name] = {split: score(pages, systems, split) for split in splits}
        for sys_name, m in medians[folder.name].items():       # passes go over all pages
            all_results[folder.name].get("all", {}).get(sys_name, {})["pass_median_ms"] = m
        worst.extend((folder.name, p) for p in pages if in_split(p, worst_split))
    if args.json:
        print(json.dumps(all_results, indent=2))
        return 0
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    if args.no_site_rules:
        print(f"{OURS}: without site_rules.json (--no-site-rules)")
    for corpus, by_split in all_results.items():
        for split, results in by_split.items():
            print_table(corpus, split, results)
        mine = medians[corpus].get(OURS)
        if mine and len(mine) > 1:
            print(f"{OURS} median ms of each pass (all pages): " + ", ".join(f"{x:.2f}" for x in mine))
    if args.worst:
        print_worst(worst, args.worst, worst_split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
