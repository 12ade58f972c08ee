"""Benchmarks run in a tiny size so CI notices when one breaks (no timing assertions)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_search_bench_tiny(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "search_bench.py"), "--articles", "300",
                             "--repeat", "2", "--db", str(db), "--json"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["articles"] == 300
    queries = report["queries"]
    assert {"2 chars, common", "1 char", "4 chars"} <= set(queries)
    for figures in queries.values():
        assert figures["median_ms"] >= 0 and figures["matches"] >= 0
    assert queries["2 chars, common"]["matches"] > 0          # 海门 is in the synthetic places
    # the text report prints one line per query
    text = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "search_bench.py"), "--articles", "300",
                           "--repeat", "1", "--db", str(db)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert text.returncode == 0 and "海门" in text.stdout and "median ms" in text.stdout


def test_search_bench_sampled_words(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "search_bench.py"), "--articles", "200",
                             "--repeat", "1", "--db", str(db), "--only", "--sample", "10", "--json"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["queries"] == {}                              # --only with no query: the sample alone
    for size in (1, 2):
        figures = report["sampled"][f"{size} char"]
        assert figures["words"] == 10 and all(len(w) == size for w in figures["examples"])
        assert figures["median_matches"] > 0 and figures["p95_ms"] >= figures["median_ms"] >= 0
