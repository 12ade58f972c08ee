"""SQL conditions for the usual article filters (published_at range, media), shared by listing and search."""
from __future__ import annotations

from typing import Any


def article_filters(since: str | None = None, until: str | None = None, media: str | None = None,
                    table: str = "") -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for the usual filters: published_at in [since, until), media."""
    prefix = f"{table}." if table else ""
    where: list[str] = []
    params: list[Any] = []
    for cond, value in ((f"{prefix}published_at >= ?", since), (f"{prefix}published_at < ?", until),
                        (f"{prefix}media = ?", media)):
        if value:
            where.append(cond)
            params.append(value)
    return where, params
