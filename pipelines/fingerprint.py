"""Content fingerprints: an exact hash and a 64-bit simhash over character bigrams (for near-duplicates)."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

_WS_RE = re.compile(r"\s+")


def normalized(text: str) -> str:
    """Text with all whitespace removed: what the hashes see."""
    return _WS_RE.sub("", text or "")


def content_hash(text: str) -> str:
    """SHA-1 (hex) of the text without whitespace."""
    return hashlib.sha1(normalized(text).encode("utf-8")).hexdigest()


_LANE = 32                      # bits per counter lane (a count never reaches 2**32)
_MASK = (1 << _LANE) - 1
# _SPREAD8[b]: byte b with its bit k moved to lane k
_SPREAD8 = [sum((b >> k & 1) << (_LANE * k) for k in range(8)) for b in range(256)]


@lru_cache(maxsize=65_536)
def _spread(gram: str) -> int:
    """The 64-bit BLAKE2b hash of a bigram with bit i moved to lane i (bigrams repeat: cached)."""
    digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()[::-1]   # least significant first
    value = 0
    for j, byte in enumerate(digest):
        value |= _SPREAD8[byte] << (_LANE * 8 * j)
    return value


def simhash(text: str, bits: int = 64) -> str:
    """Charikar simhash of the character bigrams, as 16 hex digits ('' for empty text).

    Bit i is set when more bigrams' hashes have bit i set than not.  The 64 per-bit counts are kept in
    lanes of one big integer, so a bigram costs one multiply-add instead of 64 steps.
    """
    s = normalized(text)
    if not s:
        return ""
    grams = Counter(map(str.__add__, s, s[1:])) if len(s) > 1 else Counter(s)
    total = sum(grams.values())
    acc = 0
    for gram, n in grams.items():
        acc += _spread(gram) * n
    value = 0
    for i in range(bits):
        if 2 * (acc >> (_LANE * i) & _MASK) > total:
            value |= 1 << i
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex simhashes."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
