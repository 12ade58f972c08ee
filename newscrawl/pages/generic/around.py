"""The text lines around the chosen body, where dates and bylines stand: between the headline and the body,
the last lines before it, the first lines after it (post footers), and the short lines opening it. Boxes
beside the article (feeds, related lists, comment sections: ``structure.is_aside_box``) are skipped before
the body and end the reading after it; their dates and names are other articles' and readers'."""
from __future__ import annotations

from lxml import etree

from newscrawl.pages.generic.body_layout import WIDGET_BOXES, widget_column
from newscrawl.pages.generic.structure import inside_any, is_after_heading, is_aside_box
from newscrawl.text.controls import normalize_text


def header_lines(body: etree._Element, title: str | None, top: etree._Element | None,
                 limit: int = 40, tail: int = 12, feeds: list[etree._Element] | None = None
                 ) -> tuple[list[str], list[str]]:
    """(lines between the title and the body container, the last ``tail`` lines before the container).

    The title is an element whose text equals it (or contains it / is contained in it); without one the
    first list is empty. Text in boxes beside the article (:func:`is_aside_box`: ``feeds``, related lists,
    comments; not tables, not a box holding the title) is skipped: their dates and names are other articles'
    and readers'.
    """
    lines: list[str] = []
    before: list[str] = []
    started = False
    feed_set = set(feeds or ())
    skip: set[etree._Element] = set()
    for el in body.iter():
        if el is top:
            break
        if not isinstance(el.tag, str):
            continue
        inside = el in skip
        if (not inside and _beside(el, feed_set) and (top is None or not inside_any(top, {el}))
                and not (title and title in normalize_text(el.xpath("string()")))):
            skip.update(el.iter())
            inside = True
        text, after = el.text, el.tail
        pieces = [text] if text and not inside and not text.isspace() else []
        if after and not after.isspace() and el.getparent() not in skip:  # the parent looked up only then
            pieces.append(after)
        for piece in pieces:
            s = normalize_text(piece)
            before.append(s)
            if not started:
                if title and (s == title or (len(s) >= 6 and s in title) or (len(title) >= 6 and title in s)):
                    started = True
                    lines.clear()
                continue
            if len(lines) < limit:
                lines.append(s)
        if len(before) > 4 * tail:
            del before[: -tail]
    return (lines if started else []), before[-tail:]


def _beside(el: etree._Element, feeds: set[etree._Element]) -> bool:
    """:func:`is_aside_box`, but never a table: a page laid out in tables repeats rows like a feed's items."""
    return el.tag not in ("table", "tbody", "tr") and is_aside_box(el, feeds)


def _element_lines(el: etree._Element, feeds: set[etree._Element], out: list[tuple[str, bool]],
                   limit: int) -> None:
    """Append ``el``'s text lines to ``out`` as (line, kept) up to ``limit`` lines; a line in a box beside the
    article (a feed, comments, a 相关阅读 box) or a heading of one is not kept; a column of widgets
    (``body_layout.widget_column``) is passed over."""
    stack = [(el, False, False)]
    while stack and len(out) < limit:
        x, tail_only, aside = stack.pop()
        if not tail_only:
            if not isinstance(x.tag, str):
                stack.append((x, True, aside))
                continue
            if not aside and (_beside(x, feeds) or (len(x) >= WIDGET_BOXES and widget_column(x, x))):
                stack.append((x, True, aside))
                continue    # a box or a column of widgets beside the article: passed over, its lines not counted
            inner = aside or _beside(x, feeds)
            stack.append((x, True, aside))
            if x.text and x.text.strip():
                line = normalize_text(x.text)
                out.append((line, not inner and not is_after_heading(line)))
            stack.extend((c, False, inner) for c in reversed(x))
        elif x is not el and x.tail and x.tail.strip():
            line = normalize_text(x.tail)
            out.append((line, not aside and not is_after_heading(line)))


def trailer_lines(top: etree._Element, limit: int = 12, feeds: list[etree._Element] | None = None) -> list[str]:
    """The first text lines after the body container (post footers: 责任编辑, 发表于 …; the cells beside a
    table cell are layout columns, not after it), less those in a box beside the article (:func:`is_aside_box`: ``feeds``, related lists, comments): of the first ``limit``
    lines, the ones kept."""
    lines: list[tuple[str, bool]] = []
    feed_set = set(feeds or ())
    el: etree._Element | None = top
    while el is not None and len(lines) < limit:
        if el.tail and el.tail.strip():
            lines.append((normalize_text(el.tail), True))
        nxt = el.getnext() if el.tag not in ("td", "th") else None  # cells beside: layout columns (a sidebar)
        while nxt is None and el is not None:
            el = el.getparent()
            if el is None:
                break
            if el.tail and el.tail.strip():
                lines.append((normalize_text(el.tail), True))
            nxt = el.getnext() if el.tag not in ("td", "th") else None
        if nxt is None:
            break
        _element_lines(nxt, feed_set, lines, limit)
        el = nxt
    return [line for line, kept in lines[:limit] if kept]


def head_lines(paragraphs: list[str], limit: int = 8) -> list[str]:
    """The short lines opening a body, before its first real paragraph (headlines, bylines, date lines)."""
    out: list[str] = []
    for p in paragraphs[:limit]:
        if len(p) > 60 or p.endswith("。"):
            break
        out.append(p)
    return out
