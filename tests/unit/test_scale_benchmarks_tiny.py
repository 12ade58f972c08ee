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


def test_build_db_signatures_and_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    _run(str(ROOT / "benchmarks" / "build_db.py"), "--articles", "90", "--db", str(db), "--batch", "40",
         "--snapshot", "30", "--json")
    from newscrawl.store.reprints import SIG_BITS, shingles, signature

    conn = sqlite3.connect(db)
    # every row has the shingle signature the reprint look-up would store for it
    rows = conn.execute("SELECT a.content_text, s.sig FROM articles a JOIN shingle_sigs s ON s.article_id = a.id"
                        ).fetchall()
    assert len(rows) == 90
    assert all(sig == signature(shingles(text)).to_bytes(SIG_BITS // 8, "little") for text, sig in rows)
    first = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid LIMIT 30")]
    conn.close()
    copy = sqlite3.connect(tmp_path / "big-30.db")       # the snapshot: the first 30 articles, index flushed
    assert [r[0] for r in copy.execute("SELECT id FROM articles ORDER BY rowid")] == first
    assert copy.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 30
    assert copy.execute("SELECT count(*) FROM shingle_sigs").fetchone()[0] == 30
    assert copy.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    copy.close()


def test_pipeline_against_with_reprints_and_mmap(tmp_path: Path) -> None:
    db = tmp_path / "built.db"
    _run(str(ROOT / "benchmarks" / "build_db.py"), "--articles", "60", "--db", str(db), "--json")
    text = _run(str(ROOT / "benchmarks" / "pipeline_bench.py"), "--against", str(db), "--new", "10",
                "--reprints", "--mmap-mib", "0", "64", "--tmp", str(tmp_path))
    assert "Reprint" in text and "rows" in text and "near" in text and "texts" in text
    assert text.count("(10 look-ups)") == 2       # one line per mmap value
