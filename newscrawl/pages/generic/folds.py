"""An article folded behind a button: ``<div class="unfold">展开全文 ∨</div><div style="display:none">…rest…</div>``.

The button's element holds only the button's words (data/fold_buttons.txt; an arrow and ``80%`` aside); the
part hidden right beside it (its next element sibling, else the previous one) is the article's rest when it
reads like article text (punctuated, 60+ characters): it is shown (its inline style dropped) before hidden
parts are pruned. The button's element goes either way. Asked only when the source holds a button word.
"""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.tree import ParsedPage, remove_element
from newscrawl.text.controls import normalize_text
from newscrawl.text.data_files import data_lines

__all__ = ["BUTTON_WORDS", "is_fold_button", "unfold"]

#: Words of a button that unfolds an article.
BUTTON_WORDS = frozenset(data_lines("fold_buttons.txt"))
_CUES = ("全文", "展开", "继续阅读")  # a substring of every button word
_BUTTON_TEXTS = etree.XPath("/descendant::text()[contains(., '全文') or contains(., '展开') or contains(., '继续阅读')]")
_DECOR_RE = re.compile(r"[\s∨vV﹀⌄▼▽↓>»›+＋…\.。、\-—|｜()（）\d%％]+")
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_PUNCT_RE = re.compile(r"[，。！？；：、“”]")
_MIN_FOLD_CHARS = 60
_MAX_BUTTON = 20
_MAX_HITS = 40


def is_fold_button(text: str) -> bool:
    """Whether ``text`` is only a fold button's words (``展开全文 ∨``, ``展开剩余 80%``, ``阅读全文>>``)."""
    text = normalize_text(text)
    return 0 < len(text) <= _MAX_BUTTON and _DECOR_RE.sub("", text) in BUTTON_WORDS


def unfold(page: ParsedPage) -> None:
    """Show the display:none rest of an article beside its fold button and drop the buttons' elements, in
    place."""
    if not any(c in page.html for c in _CUES):
        return
    boxes: list[etree._Element] = []
    for node in _BUTTON_TEXTS(page.root)[:_MAX_HITS]:
        el = node.getparent()
        if el is None or not isinstance(el.tag, str) or not is_fold_button(node):
            continue
        box = _button_box(el)
        if box is not None and box not in boxes:
            boxes.append(box)
    for box in boxes:
        fold = _hidden_sibling(box)
        if fold is not None:
            fold.attrib.pop("style", None)
        if box.getparent() is not None:
            remove_element(box)


def _button_box(el: etree._Element) -> etree._Element | None:
    """The outermost element (up to two levels up) whose whole text is the button's; None if ``el``'s own
    text holds more."""
    if not is_fold_button(_text(el)):
        return None
    box = el
    for _ in range(2):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html") or not is_fold_button(_text(parent)):
            break
        box = parent
    return box


def _text(el: etree._Element) -> str:
    return normalize_text(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def _hidden_sibling(box: etree._Element) -> etree._Element | None:
    for sib in (box.getnext(), box.getprevious()):
        while sib is not None and not isinstance(sib.tag, str):  # a comment between
            sib = sib.getnext() if sib is box.getnext() else sib.getprevious()
        if sib is None or not _DISPLAY_NONE_RE.search(sib.get("style") or ""):
            continue
        text = etree.tostring(sib, method="text", encoding="unicode", with_tail=False)
        plain = len("".join(text.split()))
        if plain >= _MIN_FOLD_CHARS and len(_PUNCT_RE.findall(text)) * 60 >= plain:
            return sib
    return None
