"""Charikar's simhash written out bit by bit: the definition newscrawl.text.fingerprint.simhash must keep."""
from __future__ import annotations

import hashlib


def reference_simhash(text: str) -> str:
    """The 64-bit simhash of character bigrams (blake2b), as hex; "" for blank text."""
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
