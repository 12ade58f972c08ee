"""A photo credit that opens with its label and closes a caption in brackets (``（摄影：张三）``,
``【图/李四】``); the credits that close with their role word (``（张三 摄）``) are read by
``newscrawl.text.bylines.caption_photographers``."""
from __future__ import annotations

import re

from newscrawl.text.byline_grammar import Byline, parse_byline_line, plain_text

__all__ = ["label_caption_photographers"]

_MAX_CAPTION = 400
# （摄影：张三）, (图/李四 王五), 【攝影︰陳六】 closing the paragraph
_LABEL_CREDIT_RE = re.compile(
    r"[（(【\[]\s*(?P<credit>(?:摄影|攝影|摄|攝|图片|圖片|图|圖)\s*[：:︰/／|｜]\s*(?P<value>[^（()）【】\[\]：:︰。！？!?]{2,30}?))"
    r"\s*[)）】\]]\s*$"
)

# a value that names pictures, not people: （图：资料图片）, （图片：网络截图）
_NOT_PEOPLE_RE = re.compile(r"[图圖片]|资料|資料|截图|網絡|网络")


def label_caption_photographers(paragraph: str) -> Byline | None:
    """The photographers of a bracketed ``label：names`` credit closing a caption or short paragraph (the
    paragraph left as it is); None when there is none or it names anything else (an outlet only, an author)."""
    if len(paragraph) > _MAX_CAPTION or not paragraph.rstrip().endswith((")", "）", "】", "]")):
        return None
    m = _LABEL_CREDIT_RE.search(plain_text(paragraph).rstrip())
    if m is None:
        return None
    if _NOT_PEOPLE_RE.search(m.group("value")):
        return None
    b = parse_byline_line(m.group("credit"))
    if b is None or not b.photographers or b.authors or b.editors or b.source:
        return None
    return Byline(photographers=b.photographers, organisations=b.organisations, lines=[m.group("credit")])
