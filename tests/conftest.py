"""Shared fixtures: where the real corpus lives, and skipping rules for it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs property tests with a fixed seed (repeatable); locally they explore new examples each run.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWSCRAWL_CORPUS", ROOT.parent / "shared" / "corpus"))


def corpus_path(*parts: str) -> Path:
    """Path inside ../shared/corpus; skip when it is absent, fail when CI is set."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"corpus missing in CI: {path}")
        pytest.skip(f"corpus not found: {path}")
    return path


@pytest.fixture
def finews_posts() -> Path:
    """The folder of real prototype posts (../shared/corpus/finews/posts)."""
    return corpus_path("finews", "posts")


@pytest.fixture
def seed_post() -> Path:
    return corpus_path("finews", "posts", "2021-12-31-NW202112312232633030.md")
