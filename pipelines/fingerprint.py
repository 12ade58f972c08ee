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


@lru_cache(maxsize=200_000)
def _digest(gram: str) -> bytes:
    """8 bytes of BLAKE2b of a bigram, least significant byte first (bigrams repeat: cached)."""
    return hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()[::-1]


_LANE = 32                      # bits per counter lane (a count never reaches 2**32)
_MASK = (1 << _LANE) - 1
# _SPREAD[b]: byte b with bit k moved to lane k, so one multiply-add counts all 8 bits of a byte value
_SPREAD = [sum((b >> k & 1) << (_LANE * k) for k in range(8)) for b in range(256)]


def simhash(text: str, bits: int = 64) -> str:
    """Charikar simhash of the character bigrams, as 16 hex digits ('' for empty text).

    Bit i is set when more bigrams' hashes have bit i set than not.  Counted per (byte position, byte
    value), then per bit through packed lanes: the same vote as bit by bit, several times faster in Python.
    """
    s = normalized(text)
    if not s:
        return ""
    grams = Counter(s[i:i + 2] for i in range(max(1, len(s) - 1)))
    total = sum(grams.values())
    counts = [0] * (8 * 256)          # counts[j * 256 + byte]: bigrams with that byte at position j
    for gram, n in grams.items():
        for j, byte in enumerate(_digest(gram)):
            counts[(j << 8) | byte] += n
    value = 0
    for j in range(bits // 8):
        acc = 0
        for b, c in enumerate(counts[j << 8:(j + 1) << 8]):
            if c:
                acc += c * _SPREAD[b]
        for k in range(8):
            if 2 * (acc >> (_LANE * k) & _MASK) > total:
                value |= 1 << (8 * j + k)
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex simhashes."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
