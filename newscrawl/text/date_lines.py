"""Date-only lines opening a body (``(2013-05-20 09:12:45)``, ``发布时间：2024年3月12日``, ``2024.03.12 星期二``):
the page's date line taken into the body container, not article text (README: the text is without the date
line above). :func:`split_date_lines` takes them out and gives them back, so the date finder still reads them."""
from __future__ import annotations

import re

from newscrawl.text.dates import WEEKDAY

_DATE_ONLY_RE = re.compile(
    r"^[\[(（【〔]?\s*"
    r"(?:(?:发布|发表|更新|上传|编辑)?(?:时间|日期)\s*[:：]\s*|发表于\s*|发布于\s*)?"
    r"(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?"
    rf"(?:\s*{WEEKDAY})?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?"
    r"\s*[\])）】〕]?$")


def is_date_only(line: str) -> bool:
    """Whether ``line`` is a date (and time) alone, maybe bracketed or after a date label (发布时间：)."""
    return len(line) <= 40 and _DATE_ONLY_RE.match(line.strip()) is not None


def split_date_lines(lines: list[str], head: int = 3) -> tuple[list[str], list[str]]:
    """(``lines`` without the date-only lines among their first ``head``, those date lines). Nothing is taken
    when no other line would be left; only lines before the first paragraph (a line over 60 characters or ending
    with 。) count."""
    dated = []
    for i, x in enumerate(lines[:head]):
        if is_date_only(x):
            dated.append(i)
        elif len(x) > 60 or x.endswith("。"):  # the first paragraph: the head is over
            break
    if not dated or len(dated) == len(lines):
        return lines, []
    drop = set(dated)
    return [x for i, x in enumerate(lines) if i not in drop], [lines[i] for i in dated]
