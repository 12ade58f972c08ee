"""An article folded behind a button: ``<div class="unfold">展开全文 ∨</div><div style="display:none">…rest…</div>``.

Asked by the pruning of hidden parts for each ``display:none`` element (no pass of its own): when the element
right before it (else right after it) holds only a fold button's words (data/fold_buttons.txt; an arrow and
``80%`` aside) and the hidden element reads like article text (punctuated, 60+ characters), it is the article's
folded rest: it is shown (its inline style dropped) and the button's element goes.
"""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.tree import remove_element
from newscrawl.text.controls import normalize_text
from newscrawl.text.data_files import data_lines

__all__ = ["BUTTON_WORDS", "is_fold_button", "show_fold"]

#: Words of a button that unfolds an article.
BUTTON_WORDS = frozenset(data_lines("fold_buttons.txt"))
_DECOR_RE = re.compile(r"[\s∨vV﹀⌄▼▽↓>»›+＋…\.。、\-—|｜()（）\d%％]+")
_PUNCT_RE = re.compile(r"[，。！？；：、“”]")
_MIN_FOLD_CHARS = 60
_MAX_BUTTON = 20


def is_fold_button(text: str) -> bool:
    """Whether ``text`` is only a fold button's words (``展开全文 ∨``, ``展开剩余 80%``, ``阅读全文>>``)."""
    text = normalize_text(text)
    return 0 < len(text) <= _MAX_BUTTON and _DECOR_RE.sub("", text) in BUTTON_WORDS


def show_fold(hidden: etree._Element) -> bool:
    """When the ``display:none`` element ``hidden`` is an article's rest folded behind a button beside it:
    show it, drop the button's element and return True (in place); else False, nothing changed."""
    for box in (_element_sibling(hidden, before=True), _element_sibling(hidden, before=False)):
        if box is not None and is_fold_button(_text(box)) and _reads_like_text(hidden):
            hidden.attrib.pop("style", None)
            remove_element(box)
            return True
    return False


def _element_sibling(el: etree._Element, before: bool) -> etree._Element | None:
    sib = el.getprevious() if before else el.getnext()
    while sib is not None and not isinstance(sib.tag, str):  # a comment between
        sib = sib.getprevious() if before else sib.getnext()
    return sib


def _text(el: etree._Element) -> str:
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _reads_like_text(el: etree._Element) -> bool:
    text = _text(el)
    plain = len("".join(text.split()))
    return plain >= _MIN_FOLD_CHARS and len(_PUNCT_RE.findall(text)) * 60 >= plain
