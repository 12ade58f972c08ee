"""The reprint look-up's numpy paths give what the pure-Python ones give (numpy is optional)."""
from __future__ import annotations

import random
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.replica.synth import generate_articles
from newscrawl.store import reprints
from newscrawl.store.reprints import MAX_DISTANCE, SIG_BITS, near_positions, shingles, signature

needs_numpy = pytest.mark.skipif(reprints._np is None, reason="numpy not installed")

_INT64 = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)


def _signature_by_definition(shingle_set: set[str]) -> int:
    return sum(1 << b for b in {zlib.crc32(x.encode("utf-8")) % SIG_BITS for x in shingle_set})


def _near_by_definition(values: list[int], mine: int) -> list[int]:
    return [i for i, v in enumerate(values) if ((v ^ mine) & ((1 << 64) - 1)).bit_count() <= MAX_DISTANCE]


def _assert_both_paths(text: str, values: list[int], mine: int, expected: list[int]) -> None:
    """near_positions gives ``expected`` with numpy (when the rows pass its threshold) and without it."""
    assert near_positions(text, len(values), mine) == expected
    saved = reprints._np
    try:
        reprints._np = None
        assert near_positions(text, len(values), mine) == expected
    finally:
        reprints._np = saved


@needs_numpy
@given(st.lists(_INT64, min_size=1, max_size=80), _INT64, st.integers(0, 6), st.integers(0, 64))
@settings(max_examples=300, deadline=None)
def test_near_positions_numpy_and_python_agree(values, mine, flips, where) -> None:
    # some values within a few bits of mine, so both sides of the threshold come up
    values = values + [((mine ^ sum(1 << ((where + 9 * k) % 64) for k in range(flips))) + (1 << 63)) % (1 << 64) - (1 << 63)]
    text = ",".join(map(str, values))
    expected = _near_by_definition(values, mine)
    _assert_both_paths(text, values, mine, expected)


def test_near_positions_on_many_rows_both_paths() -> None:
    rng = random.Random(3)
    mine = rng.getrandbits(64) - (1 << 63)
    values = [(mine ^ rng.getrandbits(64) & rng.getrandbits(64) & rng.getrandbits(64)) for _ in range(3000)]
    values = [(v + (1 << 63)) % (1 << 64) - (1 << 63) for v in values]
    text = ",".join(map(str, values))
    expected = _near_by_definition(values, mine)
    assert expected
    _assert_both_paths(text, values, mine, expected)


@given(st.text(min_size=0, max_size=300))
@settings(max_examples=200, deadline=None)
def test_signature_is_the_set_of_crc_bits(text: str) -> None:
    grams = shingles(text)
    assert signature(grams) == _signature_by_definition(grams)


def test_signature_both_paths_on_synthetic_articles() -> None:
    saved = reprints._np
    for article in generate_articles(30, seed=4):
        grams = shingles(article.text)
        expected = _signature_by_definition(grams)
        assert signature(grams) == expected
        try:
            reprints._np = None
            assert signature(grams) == expected
        finally:
            reprints._np = saved
    assert signature(set()) == 0
