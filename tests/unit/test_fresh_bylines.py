"""Byline class found on benchmarks/fresh_sites (issue 14), on synthetic lines: a photo credit that names nobody
(``图/受访者提供``: pictures provided by the interviewee) closes a writer's byline without sinking it."""
from __future__ import annotations

from newscrawl.text.byline_grammar import parse_byline_line


def test_a_photo_credit_provided_by_the_interviewee_names_nobody():
    b = parse_byline_line("文/东湖晨报记者 郁晓岚 通讯员 房立 图/受访者提供")
    assert b is not None
    assert b.authors == ["郁晓岚", "房立"] and b.photographers == []
    assert parse_byline_line("图/受访者提供") is None  # a credit of nobody alone is no byline
