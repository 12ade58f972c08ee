"""Metadata tables inside the body container: a government information-disclosure box (政府信息公开:
索引号 / 发布机构 / 成文日期 / 发文字号 / 主题分类 … label-value cells, ``data/disclosure_labels.txt``) is page
metadata, not article text. :func:`remove_info_tables` takes such boxes out of the chosen body and gives their
label-value lines, whose dates (发布日期, 成文日期) the date finder still reads."""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.tree import node_text, remove_element
from newscrawl.text.controls import normalize_text
from newscrawl.text.data_files import data_lines

_LABELS = frozenset(data_lines("disclosure_labels.txt"))
_LABEL_RE = re.compile(r"^(" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
                       + r")\s*(?:[:：]\s*(.*))?$", re.DOTALL)
_BOX_TAGS = frozenset({"table", "dl", "ul", "div", "section"})
_SENTENCE_RE = re.compile(r"[。！？；]")
_MIN_LABELS = 3
_MAX_CHARS = 600
_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")


def info_lines(el: etree._Element) -> list[str] | None:
    """``el``'s ``label：value`` lines when it is a disclosure metadata box (at least three distinct labels of
    ``data/disclosure_labels.txt`` opening its text pieces, no sentence, short), else None."""
    if el.tag not in _BOX_TAGS:
        return None
    pieces: list[str] = []
    chars = 0
    for t in el.itertext():  # stopped as soon as it is too long: every block of the body is asked
        if t.strip():
            pieces.append(normalize_text(t))
            chars += len(pieces[-1])
            if chars > _MAX_CHARS:
                return None
    if any(_SENTENCE_RE.search(p) for p in pieces):
        return None
    lines: list[str] = []
    labels: set[str] = set()
    i = 0
    while i < len(pieces):
        m = _LABEL_RE.match(pieces[i])
        if m:
            labels.add(m.group(1))
            value = (m.group(2) or "").strip()
            if not value and i + 1 < len(pieces) and not _LABEL_RE.match(pieces[i + 1]):
                i += 1
                value = pieces[i]
            lines.append(f"{m.group(1)}：{value}")
        i += 1
    return lines if len(labels) >= _MIN_LABELS else None


def remove_info_tables(top: etree._Element) -> list[str]:
    """Remove the disclosure metadata boxes inside ``top`` (not ``top`` itself); their label-value lines
    that hold a date, in page order."""
    found: list[tuple[etree._Element, list[str]]] = []
    stack = list(reversed(top))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        lines = info_lines(el)
        if lines is not None:
            found.append((el, lines))
            continue
        stack.extend(reversed(el))
    boxed = sum(len(node_text(el)) for el, _ in found)
    if not found or 2 * boxed >= len(node_text(top)):  # the box is most of the container: not a body's aside
        return []
    for el, _ in found:
        remove_element(el)
    return [line for _, lines in found for line in lines if _DATE_RE.search(line)]
