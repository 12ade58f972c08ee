"""simhash reads its 8-bit counter lanes out every 255 bigrams: long texts keep the bit-by-bit values."""
from __future__ import annotations

import hashlib

import pytest

from newscrawl.replica.synth import generate_articles
from newscrawl.text.fingerprint import simhash


def _reference_simhash(text: str) -> str:
    s = "".join(text.split())
    if not s:
        return ""
    grams = [s[i:i + 2] for i in range(len(s) - 1)] or [s]
    counts = [0] * 64
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
        for i in range(64):
            counts[i] += h >> i & 1
    return f"{sum(1 << i for i in range(64) if 2 * counts[i] > len(grams)):016x}"


@pytest.mark.parametrize("length", [254, 255, 256, 257, 510, 511, 512, 1000, 5000])
def test_long_and_repetitive_texts_around_the_lane_readout(length: int) -> None:
    varied = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(length))
    repeated = "海门" * (length // 2) + "字" * (length % 2)      # one bigram's bits counted ~length/2 times
    assert simhash(varied) == _reference_simhash(varied)
    assert simhash(repeated) == _reference_simhash(repeated)


def test_synthetic_articles_keep_their_values() -> None:
    for article in generate_articles(20, seed=6):
        assert simhash(article.text) == _reference_simhash(article.text)
