"""Content fingerprints: an exact hash and a 64-bit simhash over character bigrams (for near-duplicates)."""
from __future__ import annotations

import hashlib
import re
from operator import add
from typing import Any


def normalized(text: str) -> str:
    """Text with all whitespace removed: what the hashes see."""
    # str.split() drops exactly what the regex \s+ matches, for every code point (tests), ~7x faster
    return "".join((text or "").split())


def content_hash(text: str) -> str:
    """SHA-1 (hex) of the text without whitespace."""
    return hashlib.sha1(normalized(text).encode("utf-8")).hexdigest()


_LANE = 8                       # bits per counter lane: a lane counts at most _CHUNK bigrams
_CHUNK = (1 << _LANE) - 1       # bigrams summed before the lanes are read out (so no lane overflows)
# _SPREAD8[b]: the 8 bytes whose byte k is bit k of b (little-endian), i.e. byte b spread over 8 lanes
_SPREAD8 = [bytes(b >> k & 1 for k in range(8)) for b in range(256)]


def _spread(gram: str) -> int:
    """The 64-bit BLAKE2b hash of a bigram with bit i moved to lane i (byte i of a 64-byte integer)."""
    digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()[::-1]   # least significant first
    return int.from_bytes(b"".join(map(_SPREAD8.__getitem__, digest)), "little")


class _PairCache(dict):
    """_spread of a bigram, keyed by its two code points packed in one int (``a | b << 32``): bigrams
    repeat, and the keys come from the text's UTF-32 bytes without making a string per bigram."""

    limit = 16_384     # ~2.5 MB when full (each value a 512-bit int and its key); then cleared

    def __missing__(self, key: int) -> int:
        if len(self) >= self.limit:     # bounded memory: start again (the values are pure)
            self.clear()
        value = self[key] = _spread(chr(key & 0xFFFFFFFF) + chr(key >> 32))
        return value


_PAIRS = _PairCache()


def simhash(text: str, bits: int = 64) -> str:
    """Charikar simhash of the character bigrams, as 16 hex digits ('' for empty text).

    Bit i is set when more bigrams' hashes have bit i set than not.  The 64 per-bit counts are kept in
    8-bit lanes of one 512-bit integer, so a bigram costs one small addition instead of 64 steps; the
    lanes are read out every 255 bigrams.  The bigrams are read as 64-bit words of the UTF-32 text (even
    offsets, then odd ones), all in C.
    """
    s = normalized(text)
    if not s:
        return ""
    if len(s) == 1:
        keys, total = [ord(s)], 1
        get = _spread_of_char
    else:
        raw = s.encode("utf-32-le", "surrogatepass")
        keys = memoryview(raw[:8 * (len(s) // 2)]).cast("Q").tolist()            # chars 0+1, 2+3, …
        keys += memoryview(raw[4:4 + 8 * ((len(s) - 1) // 2)]).cast("Q").tolist()  # chars 1+2, 3+4, …
        total = len(s) - 1
        get = _PAIRS.__getitem__
    if total <= _CHUNK:
        counts: Any = sum(map(get, keys)).to_bytes(64, "little")
    else:
        counts = [0] * 64
        for start in range(0, total, _CHUNK):
            counts = list(map(add, counts, sum(map(get, keys[start:start + _CHUNK])).to_bytes(64, "little")))
    value = 0
    for i in range(min(bits, 64)):
        if 2 * counts[i] > total:
            value |= 1 << i
    return f"{value:016x}"


def _spread_of_char(code: int) -> int:
    """_spread of a one-character text (its only "bigram")."""
    return _spread(chr(code))


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex simhashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


_HEX16_RE = re.compile(r"[0-9a-f]{16}")


def simhash_value(simhash_hex: str | None) -> int | None:
    """A 16-hex-digit simhash as a signed 64-bit integer (what SQLite stores in an INTEGER column);
    None for none or a malformed one."""
    if not simhash_hex or not _HEX16_RE.fullmatch(simhash_hex):
        return None
    value = int(simhash_hex, 16)
    return value - (1 << 64) if value >> 63 else value
