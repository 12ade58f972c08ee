"""The look-up caches of the pipeline stages are bounded and fill early (issue 17: flat RSS from 10k to 100k)."""
from __future__ import annotations

from newscrawl.text import names


def test_name_caches_are_small_and_evict() -> None:
    cached = [f for f in vars(names).values() if callable(getattr(f, "cache_info", None)) and f.__module__ == names.__name__]
    assert len(cached) >= 7
    assert all(f.cache_info().maxsize == names.NAME_CACHE_SIZE <= 4096 for f in cached)
    names.name_score.cache_clear()
    for i in range(names.NAME_CACHE_SIZE + 100):
        names.name_score("王" + chr(0x4E00 + i % 20000) + chr(0x4E00 + i // 20000))
    assert names.name_score.cache_info().currsize == names.NAME_CACHE_SIZE
