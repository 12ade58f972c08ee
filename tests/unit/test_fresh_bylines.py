"""Byline classes found on benchmarks/fresh_sites (issue 14), on synthetic lines: a photo credit that names nobody
(``图/受访者提供``: pictures provided by the interviewee) closes a writer's byline without sinking it; a picture
editor (``图片编辑``, ``视觉编辑``) is an editor, not a photographer."""
from __future__ import annotations

from newscrawl.text.byline_grammar import parse_byline_line


def test_a_photo_credit_provided_by_the_interviewee_names_nobody():
    b = parse_byline_line("文/东湖晨报记者 郁晓岚 通讯员 房立 图/受访者提供")
    assert b is not None
    assert b.authors == ["郁晓岚", "房立"] and b.photographers == []
    assert parse_byline_line("图/受访者提供") is None  # a credit of nobody alone is no byline


def test_a_picture_editor_is_an_editor_not_a_photographer():
    b = parse_byline_line("责任编辑：房立 图片编辑：郁晓岚 校对：郜明")
    assert b is not None
    assert b.editors == ["房立", "郁晓岚", "郜明"] and b.photographers == []
    b = parse_byline_line("文/记者 柴文远 图/谭丽 视觉编辑/郜明")
    assert b is not None
    assert (b.authors, b.photographers, b.editors) == (["柴文远"], ["谭丽"], ["郜明"])
