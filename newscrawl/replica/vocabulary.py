"""The synthetic archive's vocabulary, read once from package data (``data/vocabulary.json``).

The file holds every word list the generator draws from: papers and other sources, places, villages, name
characters, organisations, topics with their phrases, and the title and sentence templates. Tables map an
entry to its weight. Keys starting with ``_`` are comments and are left out here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def load_vocabulary() -> dict[str, Any]:
    """The packaged vocabulary, comment keys dropped. Shared by all callers: do not modify it."""
    path = resources.files("newscrawl.replica").joinpath("data").joinpath("vocabulary.json")
    text = path.read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
