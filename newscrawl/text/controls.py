"""Control and invisible characters in text: :func:`normalize_text` (spaces and zero-width characters) and
:func:`strip_controls` (terminal escapes, C0/C1 controls). Pure functions."""
from __future__ import annotations

import re

__all__ = ["normalize_text", "strip_controls"]

# Zero-width characters that are removed outright. ZWJ/ZWNJ (U+200D/U+200C) are kept on purpose:
# they carry meaning in emoji sequences and some scripts ("never drop characters silently").
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u180e]")


def normalize_text(s: str) -> str:
    """Normalise visible text: every Unicode space (U+3000, NBSP, U+2000-U+200A, tabs, newlines …) becomes
    one ASCII space, runs collapse, ends are stripped; zero-width U+200B, U+2060, U+FEFF (BOM) and U+180E
    are removed. No other character is dropped or changed (entities are not decoded here)."""
    if not s:
        return ""
    # four C substring scans cost less than a regex pass over text that (nearly always) has none of them
    if "\u200b" in s or "\u2060" in s or "\ufeff" in s or "\u180e" in s:
        s = _ZERO_WIDTH.sub("", s)
    return " ".join(s.split())


# Terminal escape sequences (7-bit and 8-bit forms), removed whole (they are commands to a terminal, not
# text): CSI (colours, cursor moves); OSC (window title, hyperlink), DCS, SOS, PM and APC strings up to their
# terminator (BEL or ST) on the same line; other ESC sequences. An unterminated one loses only its introducer.
_ESCAPE_SEQ = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)
#: C0 controls but tab and newline, DEL, and the C1 controls
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(s: str, *, keep_newlines: bool = True) -> str:
    """``s`` without control characters: terminal escape sequences (ESC/CSI/OSC … with their parameters)
    go whole, then every other C0 control but tab and newline, DEL and every C1 control; CR and CRLF
    become a newline. With ``keep_newlines=False`` tab and newline become a space too (one terminal line).
    No other character is changed."""
    if not s or (keep_newlines and _CONTROLS.search(s) is None):
        return s
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROLS.sub("", _ESCAPE_SEQ.sub("", s))
    return s if keep_newlines else s.replace("\t", " ").replace("\n", " ")
