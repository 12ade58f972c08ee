"""The word lists and tables under ``newscrawl/text/data/``, read the one way they are written."""
from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-blank, non-comment (``#``) lines of ``data/<name>``, stripped."""
    text = resources.files("newscrawl.text").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
