"""benchmarks/build_db.py and pipeline_bench.py --against, run tiny so CI notices when one breaks (no timings)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_build_db_then_pipeline_against_it(tmp_path: Path) -> None:
    db = tmp_path / "built.db"
    figures = json.loads(_run(str(ROOT / "benchmarks" / "build_db.py"), "--articles", "120", "--db", str(db),
                              "--batch", "50", "--json"))
    assert figures["articles"] == 120 and figures["bytes_per_article"] > 0 and not figures["reused"]
    conn = sqlite3.connect(db)
    # written through the store: rows, raw payloads, the search index and the reprint bands
    assert conn.execute("SELECT count(*) FROM raw_pages").fetchone()[0] == 120
    assert conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 120
    assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    assert conn.execute("SELECT count(DISTINCT article_id) FROM simhash_keys").fetchone()[0] == 120
    assert conn.execute("SELECT count(*) FROM articles WHERE content_text = '' OR simhash = ''").fetchone()[0] == 0
    conn.close()
    assert json.loads(_run(str(ROOT / "benchmarks" / "build_db.py"), "--articles", "100", "--db", str(db),
                           "--json"))["reused"]

    text = _run(str(ROOT / "benchmarks" / "pipeline_bench.py"), "--against", str(db), "--new", "15",
                "--tmp", str(tmp_path))
    assert "SQLite" in text and "ratio" in text and "120" in text
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 120   # a copy was written
