"""Traditional-script text (Hong Kong, Taiwan, Macau pages) read with the simplified word lists: a
character-for-character map (``data/traditional_chars.tsv``), so that positions in the mapped text are
positions in the original, and what is found there is given back in the page's own script."""
from __future__ import annotations

import re

from newscrawl.text.data_files import data_lines

_PAIRS = dict(line.split("\t", 1) for line in data_lines("traditional_chars.tsv"))
_TABLE = str.maketrans(_PAIRS)
_TRADITIONAL_RE = re.compile("[" + "".join(_PAIRS) + "]")


def to_simplified(text: str) -> str:
    """``text`` with its traditional characters replaced by simplified ones (same length, same positions)."""
    return text.translate(_TABLE) if _TRADITIONAL_RE.search(text) else text


def restore(piece: str, simplified: str, original: str) -> str:
    """The span of ``original`` under ``piece`` where ``piece`` stands in ``simplified`` (its mapped text);
    ``piece`` itself when it does not stand there (text the caller rewrote)."""
    i = simplified.find(piece) if piece else -1
    return original[i:i + len(piece)] if i >= 0 else piece
