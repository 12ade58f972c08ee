"""simhash reads its 8-bit counter lanes out every 255 bigrams: long texts keep the bit-by-bit values."""
from __future__ import annotations

import pytest

from newscrawl.replica.synth import generate_articles
from newscrawl.text.fingerprint import simhash
from tests.unit.simhash_reference import reference_simhash


@pytest.mark.parametrize("length", [254, 255, 256, 257, 510, 511, 512, 1000, 5000])
def test_long_and_repetitive_texts_around_the_lane_readout(length: int) -> None:
    varied = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(length))
    repeated = "海门" * (length // 2) + "字" * (length % 2)      # one bigram's bits counted ~length/2 times
    assert simhash(varied) == reference_simhash(varied)
    assert simhash(repeated) == reference_simhash(repeated)


def test_synthetic_articles_keep_their_values() -> None:
    for article in generate_articles(20, seed=6):
        assert simhash(article.text) == reference_simhash(article.text)
