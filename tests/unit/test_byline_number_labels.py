"""A labelled field whose value is a number, a count or a duration (时长：03:42, 字数：1200) is read and ignored,
even when its two-character label could be a name (时 is a surname); a name after a role word still passes."""
from __future__ import annotations

import pytest

from newscrawl.text.bylines import parse_byline


@pytest.mark.parametrize("line, authors, editors", [
    ("来源：某某日报 时长：03:42", [], []),
    ("来源：某某电视台 时长：03:42 编辑：王芳", [], ["王芳"]),
    ("记者 王芳 时长：2分钟", ["王芳"], []),
    ("作者：李明 字数：1200 阅读：56", ["李明"], []),
    ("作者：时长明", ["时长明"], []),                      # a person surnamed 时
    ("记者 时长青 通讯员 王芳", ["时长青", "王芳"], []),
])
def test_number_valued_labels_are_no_names(line, authors, editors):
    b = parse_byline(line)
    assert (b.authors, b.editors) == (authors, editors)
