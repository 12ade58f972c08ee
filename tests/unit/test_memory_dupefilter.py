"""CompactDupeFilter filters the same requests as Scrapy's RFPDupeFilter, in far less memory (issue 17)."""
from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from newscrawl.spiders import dupefilter
from newscrawl.spiders.dupefilter import CompactDupeFilter


def _requests(n: int, seed: int = 1) -> list[Request]:
    rng = random.Random(seed)
    urls = [f"http://127.0.0.1:1/NewsData/GetNewsText.do?id=NW{rng.randrange(10**12):012d}" for _ in range(n)]
    urls += rng.sample(urls, n // 3)          # duplicates, in another order
    urls += [u.replace("?id=", "?x=1&id=") for u in rng.sample(urls, 50)]  # canonically the same as x first
    rng.shuffle(urls)
    return [Request(u, method=rng.choice(["GET", "GET", "POST"])) for u in urls]


def test_same_decisions_as_scrapy(monkeypatch) -> None:
    monkeypatch.setattr(dupefilter, "MERGE_AT", 64)    # many merges in a small test
    ours, scrapys = CompactDupeFilter(), RFPDupeFilter()
    decisions = [(ours.request_seen(r), scrapys.request_seen(r)) for r in _requests(6000)]
    assert [a for a, _ in decisions] == [b for _, b in decisions]
    assert sum(not a for a, _ in decisions) == len(ours) > 5000


def test_jobdir_file_is_scrapys(tmp_path: Path) -> None:
    reqs = _requests(500)
    first = CompactDupeFilter(str(tmp_path))
    new = [r for r in reqs[:300] if not first.request_seen(r)]
    first.close("finished")
    again, scrapys = CompactDupeFilter(str(tmp_path)), RFPDupeFilter(str(tmp_path))
    assert len(again) == len(new) and all(again.request_seen(r) for r in new)
    assert [again.request_seen(r) for r in reqs[300:]] == [scrapys.request_seen(r) for r in reqs[300:]]


def test_memory_per_request() -> None:
    fps = [random.Random(i).randbytes(20) for i in range(50_000)]
    f = CompactDupeFilter()
    tracemalloc.start()
    for fp in fps:
        f.add(fp)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert size / len(fps) < 40 and all(f.seen(fp) for fp in fps[::97])   # RFPDupeFilter: ~95 bytes a request
    assert not f.seen(random.Random("absent").randbytes(20))
