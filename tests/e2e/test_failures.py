"""Bad input end to end: every failing page or argument gives a log line and a row in ``failures``."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_path
from tests.e2e.conftest import crawl, replica, rows

SEED = "NW202112312232633030"
GOOD = "202112082206735975"
FAULTS = {
    "202112082206742097": ("500", "http_500"),
    "202112082206748961": ("invalid-json", "invalid_json"),
    "202112082206749391": ("empty", "empty_body"),
    "202112082206753163": ("api-error", "api_error"),
    "202112082206756112": ("slow", "timeout"),
    "202112082206765596": ("truncate", "invalid_json"),
}
UNKNOWN = "NW209901010000000001"          # the text API answers 404


@pytest.fixture(scope="module")
def posts() -> Path:
    return corpus_path("finews", "posts")


def test_text_api_faults_are_recorded_and_the_crawl_goes_on(posts: Path, tmp_path: Path) -> None:
    args = [arg for code, (kind, _) in FAULTS.items() for arg in ("--fault", f"{code}={kind}")]
    targets = [GOOD, SEED, UNKNOWN, *FAULTS, "NW12x", "http://example.com/no-code.html"]
    db = tmp_path / "news.db"
    with replica(posts, *args, "--slow-seconds", "4") as base:
        result = crawl("finews", db, base, "-a", "urls=" + " ".join(targets), DOWNLOAD_TIMEOUT="1.5")
    assert result.returncode == 1, result.stderr[-2000:]      # failures make the exit status non-zero
    assert {r["id"] for r in rows(db, "SELECT id FROM articles")} == {GOOD, SEED}
    failures = rows(db, "SELECT * FROM failures")
    by_id = {f["article_id"]: f for f in failures if f["article_id"]}
    for code, (_, reason) in FAULTS.items():
        assert by_id[code]["reason"] == reason, (code, by_id[code])
        assert by_id[code]["stage"] == "fetch" and f"id={code}" in by_id[code]["url"]
    assert by_id[UNKNOWN]["reason"] == "http_404"
    inputs = [f for f in failures if f["stage"] == "input"]
    assert sorted(f["url"] for f in inputs) == sorted(["NW12x", "http://example.com/no-code.html"])
    assert all(f["reason"] == "bad_target" for f in inputs)
    assert len(failures) == len(FAULTS) + 3
    run = rows(db, "SELECT * FROM crawl_runs")[0]
    assert run["status"] == "failed" and run["items_new"] == 2 and run["items_failed"] == len(failures)
    assert all(f["run_id"] == run["id"] for f in failures)
    assert "failed [fetch]" in result.stderr and "invalid_json" in result.stderr


def test_a_later_success_clears_the_failure(posts: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(posts, "--fault", f"{GOOD}=500") as base:
        assert crawl("finews", db, base, "-a", f"urls={GOOD}").returncode == 1
    assert len(rows(db, "SELECT * FROM failures")) == 1
    with replica(posts) as base:
        assert crawl("finews", db, base, "-a", f"urls={GOOD}").returncode == 0
    assert rows(db, "SELECT * FROM failures") == []
    assert len(rows(db, "SELECT * FROM articles")) == 1


def test_share_page_that_carries_the_article_is_used(posts: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(posts, "--fault", f"{SEED}=500", "--share-html") as base:
        result = crawl("finews", db, base, "-a", f"urls=http://finews.zning.xyz/html_News/NewsShare.html?infoCode={SEED}")
    assert result.returncode == 0, result.stderr[-2000:]
    row = rows(db, "SELECT * FROM articles")[0]
    assert row["id"] == SEED and row["source"] == "南通日报" and row["authors"] == '["陈静", "黄天玲", "俞新美"]'
    assert row["published_at"] == "2021-12-31T11:38:35+08:00"


def test_list_api_failure(posts: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with replica(posts, "--fault", "list=invalid-json") as base:
        result = crawl("finews_list", db, base)
    assert result.returncode == 1
    failures = rows(db, "SELECT * FROM failures")
    assert len(failures) == 5 and {f["stage"] for f in failures} == {"list"}
    assert {f["reason"] for f in failures} == {"invalid_json"}


def test_bad_arguments(tmp_path: Path, posts: Path) -> None:
    db = tmp_path / "news.db"
    with replica(posts) as base:
        missing = crawl("finews", db, base, "-a", f"url_file={tmp_path / 'nope.txt'}")
        none = crawl("finews", db, base)
    assert missing.returncode == 1 and none.returncode == 1
    reasons = [f["reason"] for f in rows(db, "SELECT reason FROM failures ORDER BY id")]
    assert reasons == ["bad_url_file", "no_targets"]
    assert "Traceback" not in missing.stderr and "Traceback" not in none.stderr


def test_unreachable_host(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = crawl("finews", db, "http://127.0.0.1:9", "-a", f"urls={SEED}")
    assert result.returncode == 1
    failure = rows(db, "SELECT * FROM failures")[0]
    assert failure["reason"] == "connection_refused" and failure["article_id"] == SEED


def test_retry_keeps_the_url_the_user_gave(posts: Path, tmp_path: Path) -> None:
    """An article asked for by its Eastmoney URL that failed is asked for by that URL again on retry, so the
    stored row keeps it as its url (by infoCode alone it would get the share link)."""
    import subprocess
    import sys

    from tests.e2e.conftest import ROOT

    db = tmp_path / "news.db"
    given = f"http://finance.eastmoney.com/news/1355,{GOOD}.html"
    with replica(posts, "--fault", f"{GOOD}=500") as base:
        assert crawl("finews", db, base, "-a", f"urls={given} {SEED}").returncode == 1
    (failed,) = rows(db, "SELECT * FROM failures")
    assert (failed["article_id"], failed["given_url"]) == (GOOD, given) and f"id={GOOD}" in failed["url"]
    with replica(posts) as base:
        again = subprocess.run([sys.executable, "-m", "newscrawl", "retry-failures", "--db", str(db), "-s",
                                f"FINEWS_BASE_URL={base}", "--log-dir", str(tmp_path / "logs")],
                               cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr[-3000:]
    assert rows(db, "SELECT url FROM articles WHERE id = ?", [GOOD]) == [{"url": given}]
    assert rows(db, "SELECT * FROM failures") == []
