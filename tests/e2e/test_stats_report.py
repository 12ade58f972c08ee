"""Analyst features on crawled data: reprints (real pairs and synthetic ground truth), search, the stats
report drawn in headless Chromium, export --no-reprints."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.replica.synth import generate_articles, write_archive
from tests.conftest import corpus_path
from tests.e2e.conftest import ROOT, crawl, replica, rows

SEED = "NW202112312232633030"


def newscrawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    """The real archive crawled with finews_list, then a finews run with one bad target (a failure)."""
    posts = corpus_path("finews", "posts")
    db = tmp_path_factory.mktemp("analyst") / "news.db"
    with replica(posts) as base:
        first = crawl("finews_list", db, base)
        second = crawl("finews", db, base, "-a", "urls=not-a-code")
    assert first.returncode == 0, first.stderr[-3000:]
    assert second.returncode == 1
    return db


def test_real_reprint_pairs(corpus_db: Path) -> None:
    reprints = {r["id"]: r["reprint_of"] for r in rows(corpus_db, "SELECT id, reprint_of FROM articles "
                                                                  "WHERE reprint_of IS NOT NULL")}
    # the same flash under two infoCodes, the later one points to the earlier one
    assert reprints == {"202112082206781916": "202112082206672930",
                        "202112082206749391": "202112082206748961"}
    # …777086 (北向资金净流入超50亿) and …7020388 (达80亿) read alike (8 simhash bits) but are different news
    same = rows(corpus_db, "SELECT content_hash FROM articles WHERE id IN ('202112082206781916', '202112082206672930')")
    assert same[0] == same[1]


def test_export_no_reprints(corpus_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = newscrawl("export", "--db", str(corpus_db), "--format", "jsonl", "--out", str(out), "--no-reprints")
    assert result.returncode == 0, result.stderr
    ids = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert len(ids) == 111 and "202112082206781916" not in ids and "202112082206672930" in ids


def test_search_cli_on_the_real_archive(corpus_db: Path) -> None:
    result = newscrawl("search", "北向资金", "--db", str(corpus_db), "--json")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"202112082206742097", "202112082206777086", "202112082207020388"} <= {h["id"] for h in hits}
    assert all("[北向资金]" in h["snippet"] + h["title_marked"] for h in hits)
    one = newscrawl("search", "党", "--db", str(corpus_db), "--media", "南通日报")
    assert one.returncode == 0 and SEED in one.stdout and "[党]" in one.stdout


def test_stats_text(corpus_db: Path) -> None:
    result = newscrawl("stats", "--db", str(corpus_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("articles: 113 (2 reprints), published 2021-12-08 … 2021-12-31; failures: 1")
    assert re.search(r"^  2021-12-08\s+111 ", out, re.M) and re.search(r"^  \(no date\)\s+1 ", out, re.M)
    assert re.search(r"^  东方财富网\s+\d+ ", out, re.M)
    assert re.search(r"^  input/bad_target\s+1 ", out, re.M)
    runs = rows(corpus_db, "SELECT id FROM crawl_runs")
    assert len(runs) == 2 and all(r["id"] in out for r in runs)
    as_json = json.loads(newscrawl("stats", "--db", str(corpus_db), "--json").stdout)
    assert as_json["articles"] == 113 and sum(n for _, n in as_json["per_media"]) == 113


def test_stats_missing_db_is_one_line(tmp_path: Path) -> None:
    result = newscrawl("stats", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and result.stderr.startswith("newscrawl: error: no database at")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_html_report_draws_its_charts_in_chromium(corpus_db: Path, tmp_path: Path) -> None:
    browser = _chromium()
    if not browser:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI installs it in .ci/run)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    report = tmp_path / "report.html"
    result = newscrawl("stats", "--db", str(corpus_db), "--html", str(report))
    assert result.returncode == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)      # self-contained: nothing fetched
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                          "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    figures = json.loads(newscrawl("stats", "--db", str(corpus_db), "--json").stdout)

    def chart(chart_id: str) -> str:
        m = re.search(rf'<div class="chart" id="{chart_id}" data-drawn="(\d+)">(.*?)</div>', html, re.S)
        assert m, f"chart {chart_id} was not drawn"
        assert "<svg" in m.group(2)
        return m.group(2)

    def bars(svg: str) -> list[tuple[str, int]]:
        return [(label, int(value)) for label, value in
                re.findall(r'<rect class="bar"[^>]*data-label="([^"]*)" data-value="(\d+)"', svg)]

    per_day = bars(chart("per-day"))
    assert per_day == [tuple(x) for x in figures["per_day"]] and sum(n for _, n in per_day) == 113
    per_media = bars(chart("per-media"))
    assert per_media == [tuple(x) for x in figures["per_media"]] and "东方财富网" in dict(per_media)
    assert bars(chart("failures")) == [("input/bad_target", 1)]
    heights = [float(h) for h in re.findall(r'<rect class="bar"[^>]*height="([\d.]+)"', chart("per-day"))]
    assert max(heights) > 100 and all(h > 0 for h in heights)


def test_synthetic_reprints_through_a_crawl(tmp_path: Path) -> None:
    """finews_list over a synthetic archive: reprint_of equals the generator's ground truth.

    The list serves newest first, so reprints usually arrive before their originals: this covers the
    pipeline re-pointing a group once the earlier original is stored.
    """
    n, seed = 160, 3
    truth = {a.info_code: a.reprint_of for a in generate_articles(n, seed=seed) if a.reprint_of}
    assert len(truth) >= 4
    posts, db = tmp_path / "posts", tmp_path / "news.db"
    write_archive(posts, n, seed=seed)
    with replica(posts) as base:
        result = crawl("finews_list", db, base)
    assert result.returncode == 0, result.stderr[-3000:]
    stored = {r["id"]: r["reprint_of"] for r in rows(db, "SELECT id, reprint_of FROM articles WHERE reprint_of IS NOT NULL")}
    assert stored == truth
    assert "newscrawl/reprints/found" in result.stderr
