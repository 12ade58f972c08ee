"""benchmarks/reprint_bench.py in a tiny size, so CI notices when it breaks (no timing assertions)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("extra", [[], ["--random"]])
def test_reprint_bench_tiny(tmp_path: Path, extra: list[str]) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "reprint_bench.py"), "--sizes", "300", "600",
                             "--new", "40", "--dir", str(tmp_path), *extra],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert "68 probes" in lines[0] and "rows" in lines[1]
    rows = [line.split() for line in lines[2:4]]
    assert [r[0] for r in rows] == ["300", "600"] and rows[0][3] == "1.00"
    assert not list(tmp_path.iterdir())                 # the database is removed without --keep


def test_reprint_bench_against_built_db(tmp_path: Path) -> None:
    db = tmp_path / "built.db"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "build_db.py"), "--articles", "80", "--db", str(db)],
                   check=True, capture_output=True, timeout=300, cwd=ROOT)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "reprint_bench.py"), "--against", str(db),
                             "--new", "300"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert "68 probes" in lines[0] and lines[2].split()[0] == "80" and lines[2].split()[3] == "1.00"
    import sqlite3

    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 80   # rolled back
