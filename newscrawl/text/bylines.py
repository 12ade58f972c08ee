"""Bylines over an article's paragraphs: find byline and source lines at the head and tail of a body.

``extract_bylines`` removes such lines (parsed by ``newscrawl.text.byline_grammar``), reads a dateline's
bracket (``本报讯（记者 张三）``) and caption photo credits, and takes a trailing bracketed outlet
(``……相关工作。（证券时报）``) off the last paragraph; ``parse_byline`` reads free byline text line by line.
Pure functions, no Scrapy.
"""
from __future__ import annotations

import re
from dataclasses import replace

from newscrawl.text.byline_grammar import (
    Byline,
    bracket_names,
    in_script_of,
    is_dateline,
    looks_like_outlet,
    parse_byline_line,
    plain_text,
)
from newscrawl.text.caption_credits import label_caption_photographers
from newscrawl.text.data_files import data_lines
from newscrawl.text.names import ROLE_WORDS, UI_WORDS, is_outlet, is_plausible_name
from newscrawl.text.traditional import to_simplified

__all__ = ["Byline", "caption_photographers", "extract_bylines", "join_split_labels",
           "parse_byline"]  # Byline: their result type

HEAD = 2   # paragraphs looked at from the start
TAIL = 4   # … and from the end (a contiguous run of byline lines may extend either window)
_MAX_RUN = 8
_HEADLINES = 3  # short headline lines (title, subtitle) a head byline may follow
_EARLY_CLOSING = 3  # first paragraphs whose closing bracketed byline counts when the body has no other
_BOX_PARAGRAPHS = 6  # paragraphs of a labelled summary box (划重点：…) a head byline may follow
_BOX_LABELS = frozenset(data_lines("lead_box_labels.txt"))
_BOX_LABEL_RE = re.compile(r"^\s*[【\[]?(?:" + "|".join(map(re.escape, sorted(_BOX_LABELS, key=len, reverse=True)))
                           + r")[】\]]?\s*(?:[:：]|$)")

# head: 本报讯（记者 张三） / 新华社北京12月8日电（记者 李四） at the start of a body paragraph
_LEAD_RE = re.compile(r"^\s*(?P<dl>[^()（）。，,！？!?]{0,30}?(?:[讯电]|消息))\s*[(（](?P<inner>[^()（）]{2,80})[)）]")
# tail: a bracketed outlet or byline closing the last paragraph
# … a link button glued after it ("返回搜狐，查看更多", "返回首页>>") goes with it
_TRAIL_RE = re.compile(r"[(（](?P<inner>[^()（）]{1,80})[)）]\s*(?P<ui>[^()（）。！？]{0,16}?)\s*$")
# a closing bracket on a line of its own, left by markup that split a bracketed credit
_CLOSER_RE = re.compile(r"^\s*[】\]）)]\s*$")
# a blog or forum post's footer: its poster, a date and counters (访问统计, 阅读, 评论) or 发表于
_POST_FOOTER_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}.*?(?:访问|阅读|浏览|点击|评论)|"
                             r"(?:访问|阅读|浏览|点击|评论|发表于|发布于).*?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
_TRAIL_BEFORE = "。！？!?…”\"’」』.；;）)"
# （原标题：…） at the head or tail of a body: the headline it had elsewhere, not article text
_ORIGINAL_TITLE_RE = re.compile(r"^\s*[（(]\s*原标题\s*[:：][^（()）]{1,100}[)）]\s*$")


# head: 东方网记者张三、李四报道：… or 【文/观察者网 张三】… at the start of a body paragraph
_REPORT_LEAD_RE = re.compile(r"^\s*(?P<inner>[^。，,：:！？!?()（）“”]{4,40}?报道)\s*[:：]")
# an agency's dateline: （中央社记者陈怡君台北3日电）, （中央社记者陈怡君、王小明东京3日专电）
_AGENCY_LEAD_RE = re.compile(r"^\s*[(（][^()（）]{0,12}?记者(?P<run>[^()（）\d]{3,40}?)"
                             r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:专)?电[)）]")
_NAME_SEP_RE = re.compile(r"[\s、，,]+")
_BRACKET_LEAD_RE = re.compile(r"^\s*[【\[]\s*(?P<inner>[^【】\[\]。！？]{2,40})[】\]]")


def _lead_byline(paragraph: str) -> Byline | None:
    """本报讯（记者 张三）…, 东方网记者张三报道：…, 【文/观察者网 张三】… or an agency's （中央社記者X台北3日電）
    at the start of a paragraph: the byline, paragraph left as it is (traditional script read as simplified)."""
    simplified = to_simplified(paragraph[:100]) + paragraph[100:]  # a lead byline opens the paragraph
    b = _lead_in(simplified)
    return in_script_of(b, simplified, paragraph) if b is not None else None


def _agency_lead(paragraph: str) -> Byline | None:
    """（中央社记者陈怡君台北3日电）: reporters glued to the place of a dateline inside the bracket (the
    names are those of the first split whose every name is plausible, the place taken as 2–4 characters)."""
    m = _AGENCY_LEAD_RE.match(paragraph)
    if not m:
        return None
    run = m.group("run").strip()
    for k in (2, 3, 4):
        names = [x for x in _NAME_SEP_RE.split(run[:-k]) if x]
        if names and len(names) <= 6 and all(is_plausible_name(x) for x in names):
            return Byline(authors=names, lines=[m.group(0).strip()])
    return None


def _lead_in(paragraph: str) -> Byline | None:
    agency = _agency_lead(paragraph) if paragraph.lstrip()[:1] in "(（" else None
    if agency is not None:
        return agency
    m = _LEAD_RE.match(paragraph)
    if not m or not is_dateline(re.sub(r"\s+", "", m.group("dl"))):
        m = _REPORT_LEAD_RE.match(paragraph) if "报道" in paragraph[:42] else None
        m = m or (_BRACKET_LEAD_RE.match(paragraph) if paragraph.lstrip()[:1] in "【[" else None)
        if not m:
            return None
    b = parse_byline_line(m.group("inner"))
    if b is None or not (b.authors or b.photographers or b.editors):
        return None
    b.lines = [m.group(0).strip()]
    return b


def _trail_byline(paragraph: str, staff_only: bool = False) -> tuple[Byline, str] | None:
    """``……相关工作。（证券时报）`` → (Byline with source, paragraph without the bracket); with ``staff_only``
    only a byline with role words that names authors (``（本报记者 X）``). Traditional script read as simplified."""
    cut = max(0, len(paragraph) - 120)  # a trailing byline closes the paragraph
    simplified = paragraph[:cut] + to_simplified(paragraph[cut:])
    found = _trail_in(simplified, staff_only)
    if found is None or simplified == paragraph:
        return found
    return in_script_of(found[0], simplified, paragraph), paragraph[:len(found[1])]


def _trail_in(paragraph: str, staff_only: bool) -> tuple[Byline, str] | None:
    m = _TRAIL_RE.search(paragraph)
    if not m or (m.group("ui") and not any(w in m.group("ui") for w in UI_WORDS)):
        return None
    before = paragraph[: m.start()].rstrip()
    if before and before[-1] not in _TRAIL_BEFORE:
        return None
    inner = plain_text(m.group("inner"))
    b = parse_byline_line(inner)
    if staff_only:
        return (b, before) if b is not None and b.authors else None
    if b is None:
        b = bracket_names(inner)
    if b is None:
        if not looks_like_outlet(inner):
            return None
        b = Byline(source=inner.strip())
    b.lines = [m.group(0).strip()]
    return b, before


# a photo credit closing a caption: "资料图：市民出行。中新社记者 张三 摄", "（记者 李四 摄）", "王五/摄影"
_CAPTION_CREDIT_RE = re.compile(r"(?:^|[。！？!?：:；;（(【\[])\s*(?P<credit>[^。！？!?：:；;（()）【】\[\]]{2,40}?"
                                r"(?:摄|摄影|攝|攝影|供图))\s*[)）】\]]?\s*$")


def caption_photographers(paragraph: str) -> Byline | None:
    """Photo credit closing a caption or a paragraph anywhere in a body: its photographers (and outlets),
    the paragraph left as it is; None when there is none."""
    if len(paragraph) > 400:
        return None
    simplified = to_simplified(paragraph)
    b = _caption_credit(simplified)
    return in_script_of(b, simplified, paragraph) if b is not None else None


def _caption_credit(paragraph: str) -> Byline | None:
    if not paragraph.rstrip(" )）】]").endswith(("摄", "影", "供图")):
        return label_caption_photographers(paragraph)  # （摄影：张三）: label first
    m = _CAPTION_CREDIT_RE.search(plain_text(paragraph).rstrip())
    if not m:
        return None
    b = parse_byline_line(m.group("credit"))
    if b is None or not b.photographers or b.authors or b.editors or b.source:
        return None
    return Byline(photographers=b.photographers, organisations=b.organisations, lines=[m.group("credit")])


def parse_byline(text: str) -> Byline:
    """Parse byline text (one or more lines) into authors, photographers, editors, organisations, source.

    Lines that are not bylines are ignored; a line opening with ``本报讯（记者 …）`` or closing with a
    bracketed outlet still gives its byline. Never raises.
    """
    out = Byline()
    for line in text.splitlines():
        if not line.strip():
            continue
        b = parse_byline_line(line) or _lead_byline(line)
        if b is None:
            trail = _trail_byline(line)
            b = trail[0] if trail else None
        if b is not None:
            out.merge(b)
    return out


# a role label standing alone in its element (<span>记者</span>, <span>作者：</span>, <b>文/</b>)
_LONE_LABEL_RE = re.compile(r"^\s*[|｜]?\s*[【\[（(]?\s*(?:" + "|".join(map(re.escape, sorted(ROLE_WORDS, key=len, reverse=True)))
                            + r")\s*[:：/／|]?\s*$")


def _names_only(piece: str) -> bool:
    """One to six personal names parted by spaces or 、 (no handle, tab name or sentence)."""
    tokens = re.split(r"[\s、，,]+", piece.strip())
    return 1 <= len(tokens) <= 6 and all(is_plausible_name(t) for t in tokens)


def _source_label(label: str) -> bool:
    """A piece that ends with a label of the source role (``来源：``, ``| 稿源``, ``2024-05-13 来源:``)."""
    text = to_simplified(label).rstrip(" \u3000:：/／|")
    return any(text.endswith(w) for w in _SOURCE_WORDS)


_SOURCE_WORDS = tuple(w for w, (code, _) in ROLE_WORDS.items() if code == "s")


def _outlet_piece(piece: str) -> bool:
    """A piece that names an outlet and nothing else (``光明日报``, ``澜江日报``, ``新华社``)."""
    s = piece.strip()
    return 2 <= len(s) <= 20 and (looks_like_outlet(s) or is_outlet(s))


def join_split_labels(lines: list[str]) -> list[str]:
    """Text pieces with a role label that stands alone (``记者``, ``作者：``: a byline split over two elements,
    ``<span>记者</span><span>张三 李四</span>``) joined to the piece after it when that holds only personal
    names, so the byline reads whole (a user name, ``放飞&心情``, or a tab, ``编辑 | 讨论``, stays apart); a piece
    ending with a source label (``来源：``, ``2024-05-13 来源:``) joined to an outlet's name after it."""
    if not any(len(x) <= 8 and _LONE_LABEL_RE.match(x) or x.rstrip().endswith(("源:", "源：")) for x in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        if len(line) <= 8 and _LONE_LABEL_RE.match(line):
            while j < len(lines) and j - i <= 6 and _names_only(lines[j]):  # <a>张三</a> <a>李四</a>
                j += 1
        if j == i + 1 and j < len(lines) and len(line) <= 40 and _source_label(line) and _outlet_piece(lines[j]):
            j += 1  # <span>来源：<a>光明日报</a></span>, 2024-05-13 09:16:04 来源: <a>北京青年报</a>
        out.append(" ".join([line.rstrip(), *(x.strip() for x in lines[i + 1:j])]))
        i = j
    return out


def _is_headline(p: str) -> bool:
    """A short line without sentence punctuation: a repeated title or a subtitle above the byline."""
    s = p.strip()
    return 0 < len(s) <= 40 and not any(c in s for c in "。；;")


def extract_bylines(paragraphs: list[str]) -> tuple[Byline, list[str]]:
    """Take byline/source paragraphs off the head and tail of a body; return (Byline, remaining paragraphs).

    Remaining paragraphs are the originals, in order; only the last one may lose a trailing bracketed
    source such as ``（央视新闻）`` (and the whitespace before it). A ``（原标题：…）`` line near the head or the
    tail leaves too (the headline the piece had elsewhere). A post footer closing the body (``作者：X 访问统计：…
    <date>``) under a byline that already named the writers names the poster of a repost: not an author. Every removed text is in ``Byline.lines``.
    Head bylines are looked for in the first paragraphs, after short headline lines, and after a labelled
    summary box that opens the body (``划重点：``, ``导读``, ``核心提示`` …: ``data/lead_box_labels.txt``).
    When none of that names an author, a bracketed staff byline closing one of the first paragraphs
    (``……开幕。（本报记者 X）``, a gallery's text before its captions) names them; the paragraph stays whole.
    """
    n = len(paragraphs)
    parsed: dict[int, Byline | None] = {}

    def line_at(i: int) -> Byline | None:
        if i not in parsed:
            parsed[i] = parse_byline_line(paragraphs[i]) if paragraphs[i].strip() else None
        return parsed[i]

    candidates = set(range(min(HEAD, n))) | set(range(max(0, n - TAIL), n))
    i = HEAD  # a run of byline lines continuing past the head window
    while i < min(n, HEAD + _MAX_RUN) and line_at(i - 1) is not None and line_at(i) is not None:
        candidates.add(i)
        i += 1
    for k in range(HEAD, min(n, HEAD + _HEADLINES)):  # 标题 / 副标题 / 标题 then 本报记者 …
        if line_at(k - 1) is not None:
            break
        if _is_headline(paragraphs[k - 1]) and line_at(k) is not None:
            while k < min(n, HEAD + _HEADLINES + _MAX_RUN) and line_at(k) is not None:
                candidates.add(k)
                k += 1
            break
        if not _is_headline(paragraphs[k - 1]):
            break
    if n > HEAD and _BOX_LABEL_RE.match(paragraphs[0]):  # a 划重点： box, then the byline
        for k in range(HEAD, min(n, HEAD + _BOX_PARAGRAPHS)):
            b = line_at(k)
            if b is not None and b.authors:
                while k < n and line_at(k) is not None:
                    candidates.add(k)
                    k += 1
                break
    i = n - TAIL - 1
    while i >= max(0, n - TAIL - _MAX_RUN) and line_at(i + 1) is not None and line_at(i) is not None:
        candidates.add(i)
        i -= 1

    result = Byline()
    kept: list[str] = []
    kept_at: list[int] = []
    for i, p in enumerate(paragraphs):
        b = line_at(i) if i in candidates else None
        if b is not None:
            if result.authors and i >= n - TAIL - _MAX_RUN and b.authors and _POST_FOOTER_RE.search(p):
                b = replace(b, authors=[], arrangers=[])  # (整理 names count only while no writer is named)
            result.merge(b)  # ↑ a repost's poster (作者：X 访问统计… <date>) under the text's own byline
            continue
        if (i < HEAD + _HEADLINES or i >= n - TAIL) and _ORIGINAL_TITLE_RE.match(p):
            result.lines.append(p.strip())  # （原标题：…）: the headline it had elsewhere
            continue
        if _CLOSER_RE.match(p) and i - 1 in candidates and line_at(i - 1) is not None:
            result.lines[-1] += p.strip()  # 【责任编辑:X, then its 】 in an element of its own
            continue
        kept.append(p)
        kept_at.append(i)

    for p, i in zip(kept, kept_at):  # the dateline opens one of the first paragraphs (under a headline, a lead photo)
        if i >= HEAD + _HEADLINES:
            break
        lead = _lead_byline(p)
        if lead is not None:
            result.merge(lead)
            break
    for p in kept:  # photo credits of captions inside the body (the caption stays)
        credit = caption_photographers(p)
        if credit is not None:
            result.photographers.extend(x for x in credit.photographers if x not in result.photographers)
            result.organisations.extend(x for x in credit.organisations if x not in result.organisations)
    if kept:
        trail = _trail_byline(kept[-1])
        if trail is not None:
            b, rest = trail
            result.merge(b)
            if rest:
                kept[-1] = rest
            else:
                kept.pop()
    if not result.authors:  # a gallery: （本报记者 X） closing its first paragraph, captions after it
        for k, i in enumerate(kept_at[:_EARLY_CLOSING]):
            if k >= len(kept) - 1 or i >= HEAD + _HEADLINES:
                break
            trail = _trail_byline(kept[k], staff_only=True)
            if trail is not None:  # its people read, the paragraph kept whole (a bracket inside the text)
                trail[0].lines = []
                result.merge(trail[0])
                break
    return result, kept
