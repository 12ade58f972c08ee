"""Tiny runs of the benchmark scripts, so none rots (figures are not checked: benchmarks print, tests don't time)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import corpus_path
from tests.e2e.conftest import ROOT


def run(*args: str, timeout: int = 300) -> str:
    result = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return result.stdout


def test_crawl_bench_tiny(tmp_path: Path) -> None:
    out = run("benchmarks/crawl_bench.py", "--articles", "150", "--cache", str(tmp_path))
    line = next(l for l in out.splitlines() if l.startswith("N=") and "ratio" in l)
    assert re.search(r"150 stored, 0 failed", line) and "ratio" in line and "peak RSS" in line
    assert "2nd crawl" in line and "5 requests" in line
    bare = next(l for l in out.splitlines() if l.startswith("N=") and " bare: " in l)
    assert "(150 items)" in bare and "ratio to the null spider" in bare
    assert re.search(r"replica: peak RSS \d+ MB", out)
    split = next(l for l in out.splitlines() if "CPU per article" in l)
    assert "in-process: crawl" in split and "pipeline process: crawl" in split and "ratio ≤" in split


def test_pipeline_bench_tiny() -> None:
    posts = corpus_path("finews", "posts")
    out = run("benchmarks/pipeline_bench.py", "--posts", str(posts), "--repeat", "1")
    assert "113 real articles" in out and "whole chain" in out and "SQLitePipeline" in out


def test_known_ids_bench_tiny() -> None:
    out = run("benchmarks/known_ids_bench.py", "--rows", "3000", "--lookups", "2000")
    assert "3000 rows written" in out and "unknown" in out and "refresh window" in out


def test_item_chain_bench_tiny() -> None:
    out = run("benchmarks/item_chain_bench.py", "--items", "200")
    assert "7 component(s): Scrapy's item processor" in out and "per component and item" in out
