"""Content fingerprints: an exact hash and a 64-bit simhash over character bigrams (for near-duplicates)."""
from __future__ import annotations

import hashlib
import re

_WS_RE = re.compile(r"\s+")


def normalized(text: str) -> str:
    """Text with all whitespace removed: what the hashes see."""
    return _WS_RE.sub("", text or "")


def content_hash(text: str) -> str:
    """SHA-1 (hex) of the text without whitespace."""
    return hashlib.sha1(normalized(text).encode("utf-8")).hexdigest()


def simhash(text: str, bits: int = 64) -> str:
    """Charikar simhash of the character bigrams, as 16 hex digits ('' for empty text)."""
    s = normalized(text)
    if not s:
        return ""
    weights = [0] * bits
    grams = [s[i:i + 2] for i in range(max(1, len(s) - 1))]
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")
        for i in range(bits):
            weights[i] += 1 if h >> i & 1 else -1
    value = sum(1 << i for i in range(bits) if weights[i] > 0)
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex simhashes."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
