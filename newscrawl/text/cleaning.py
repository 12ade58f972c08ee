"""Article body cleaning: raw body HTML (or plain text) -> sanitised top-level blocks.

Pure functions, no Scrapy. The flow of :func:`clean_html`:

1. drop characters HTML cannot carry (NUL and other C0 controls, lone surrogates, U+FFFE/U+FFFF);
   a body without any tag is plain text: blank lines split paragraphs, a single newline is a ``<br>``;
2. parse with lxml (libxml2 recovers from any markup; it stops at nesting depth 255, and then the
   markup is flattened to p/br/img/headings and parsed again);
3. fix the tree: Eastmoney markup (``EM_StockImg`` K-line block -> bare image paragraph, stock/keyword
   links unwrapped to their text, empty quote spans and ``display:none`` elements removed), comments,
   script/style/form-like elements with their content, links that are not http(s), images without a
   usable src; relative URLs resolved against ``base_url``;
4. walk the tree (iteratively) into top-level blocks: ``<p>`` and container elements (div, center,
   section …) end a paragraph, loose text and inline elements gather into paragraphs, ``<br><br>`` and
   blank lines split them (inside an inline wrapper too), h1-h6/ul/ol/table/blockquote/figure are kept whole
   (not a table that lays out the article: no row with two cells of text, half the body's text or more);
5. each block is sanitised on its own with nh3 (allow-list in text/sanitize.py); its text is normalised with
   :func:`normalize_text` (a ``<br>`` becomes one space: ``Block.text`` never holds a newline);
6. empty blocks go; image captions come from alt/title, a figcaption, or a short caption-like block
   (text/captions.py).
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from itertools import chain
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.text.captions import add_captions, img_caption
from newscrawl.text.controls import normalize_text
from newscrawl.text.sanitize import DROP_TAGS, NH3_UNWRAPS, sanitize_many
from newscrawl.text.urls import url_resolver

__all__ = ["Block", "apply_removal", "clean_html", "collect_images", "join_blocks"]


@dataclass
class Block:
    """One top-level block of an article body."""

    html: str  # sanitised HTML of ONE top-level element: '<p>…</p>', '<p><img …></p>', '<table>…</table>'
    text: str  # visible text, normalised; '' for an image-only block; never contains '\n'
    images: list[dict] = field(default_factory=list)  # [{"src": str, "caption": str}]


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Kept whole as one block.
_ATOMIC = frozenset(_HEADINGS | {"ul", "ol", "table", "blockquote", "figure"})
# End the current paragraph where they open and close; their content is walked.
_CONTAINERS = frozenset({
    "html", "body", "p", "div", "section", "article", "center", "main", "header", "footer", "aside",
    "nav", "address", "pre", "dl", "dt", "dd", "li", "details", "summary", "fieldset", "legend", "hr",
    "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "figcaption", "hgroup", "dir", "menu",
    "listing", "xmp", "plaintext", "marquee",
})
_BLOCKISH = (_ATOMIC | _CONTAINERS) - {"html", "body"}
_BLOCKISH_T = tuple(_BLOCKISH)
# see _el_text
_SPACED = frozenset({"br", etree.Comment, etree.ProcessingInstruction, etree.Entity, *_BLOCKISH})

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_HAS_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9:-]*(?:[\s/>]|$)|/[A-Za-z]|!--|!doctype)", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_CENTERED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_EM_UNWRAP_CLASSES = {"keytip", "em_stock_key_common", "infokey"}
_QUOTE_SPAN_ID = re.compile(r"^(?:bk)?quote_", re.IGNORECASE)
_LAZY_SRC_ATTRS = ("data-src", "data-original", "data-original-src", "data-lazy-src", "data-url", "original")

# Characters that an HTML parse-and-serialise (nh3) leaves as they are in escaped text: no CR, controls,
# NBSP (serialised as &nbsp;, see _plain_html), noncharacters or astral code points (those take the nh3 path).
_PLAIN_SAFE = re.compile("[\t\n\x20-\x7e\xa1-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd]*")

_BR = object()  # <br> inside a run
_PARA = object()  # a blank line inside loose text: paragraph break


def _classes(el: etree._Element) -> set[str]:
    return set((el.get("class") or "").split())


def _is_centered(el: etree._Element) -> bool:
    if el.tag == "center":
        return True
    if not el.attrib:  # most paragraphs and divs have no attribute: one check instead of three look-ups
        return False
    align = el.get("align")
    if align and align.strip().lower() == "center":
        return True
    style = el.get("style")
    if style and _CENTERED.search(style):
        return True
    cls = el.get("class")
    return bool(cls) and "center" in cls.lower()  # in one class name iff in the lowered attribute


def _text_before(el: etree._Element, text: str) -> None:
    """Append text right before el (to the previous sibling's tail or the parent's text)."""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent = el.getparent()
        parent.text = (parent.text or "") + text


def _drop(el: etree._Element) -> None:
    """Remove el with its content, keeping its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        _text_before(el, el.tail)
    parent.remove(el)


def _unwrap(el: etree._Element) -> None:
    """Remove el's tag, keeping its text, children and tail in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.text:
        _text_before(el, el.text)
    children = list(el)
    idx = parent.index(el)
    for i, child in enumerate(children):
        parent.insert(idx + i, child)  # moves the child together with its tail
    if el.tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + el.tail
        else:
            _text_before(el, el.tail)
    parent.remove(el)


def _em_stock_images(body: etree._Element) -> None:
    """<!-- EM_StockImg_Start --> … <!-- EM_StockImg_End --> -> <p> holding only the images."""
    starts = [c for c in body.iter(etree.Comment) if "EM_StockImg_Start" in (c.text or "")]
    for start in starts:
        parent = start.getparent()
        if parent is None:
            continue
        between, end = [], None
        for sib in start.itersiblings():
            if sib.tag is etree.Comment and "EM_StockImg_End" in (sib.text or ""):
                end = sib
                break
            between.append(sib)
        if end is None:  # unterminated: leave the content alone, only the marker goes
            continue
        para = etree.Element("p")
        for el in between:
            for img in el.iter("img"):
                new = etree.SubElement(para, "img")
                for attr in ("src", "alt", "title", *_LAZY_SRC_ATTRS):
                    if img.get(attr) is not None:
                        new.set(attr, img.get(attr))
            parent.remove(el)
        para.tail = end.tail
        parent.replace(start, para)
        parent.remove(end)


def _fix_tree(body: etree._Element, base_url: str | None) -> None:
    """Eastmoney fixes, comments, dropped elements, links and image sources (in place)."""
    _em_stock_images(body)
    drops, unwraps, links, imgs = [], [], [], []
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):  # comment, processing instruction, entity
            drops.append(el)
            continue
        if tag in DROP_TAGS:
            drops.append(el)
            continue
        style = el.get("style")
        if (style and _HIDDEN.search(style)) or el.get("hidden") is not None:
            drops.append(el)
        elif tag == "a" or tag == "span":
            if el.get("class") and _classes(el) & _EM_UNWRAP_CLASSES:
                unwraps.append(el)
            elif tag == "span" and _QUOTE_SPAN_ID.match(el.get("id") or "") and not len(el) and not (
                el.text or ""
            ).strip():
                drops.append(el)
            elif tag == "a":
                links.append(el)
        elif tag == "img":
            imgs.append(el)
    for el in drops:
        _drop(el)
    for el in unwraps:
        _unwrap(el)
    resolve = url_resolver(base_url)
    for a in links:
        href = resolve(a.get("href") or "")
        # a resolved URL is http(s); without a base a relative one has no scheme
        if href and (href.startswith(("http://", "https://")) or urlsplit(href).scheme):
            a.set("href", href)
        else:
            _unwrap(a)
    for img in imgs:
        src = img.get("src") or ""
        if not src.strip() or src.strip().lower().startswith("data:"):
            src = next((img.get(a) for a in _LAZY_SRC_ATTRS if (img.get(a) or "").strip()), src)
        src = resolve(src)
        if src:
            img.set("src", src)
        else:
            _drop(img)


def _blocky_ancestors(body: etree._Element) -> set:
    """Elements that contain a block-level descendant or a paragraph break (``<br><br>``): inline wrappers
    around paragraphs (``<font>para<br><br>para</font>``), walked into rather than kept as one run."""
    marked: set = set()
    breaks = (br for br in body.iter("br")
              if (nxt := br.getnext()) is not None and nxt.tag == "br" and not (br.tail or "").strip())
    for el in chain(body.iter(*_BLOCKISH_T), breaks):
        parent = el.getparent()
        while parent is not None and parent is not body and parent not in marked:
            marked.add(parent)
            parent = parent.getparent()
    return marked


def _layout_tables(body: etree._Element) -> set:
    """Tables that lay out the article rather than hold data: no row with two cells of text, half the body's
    text or more (a one-cell wrapper, a cell of ``<br><br>`` paragraphs): walked as containers, so the byline
    lines among their paragraphs are blocks of their own; a smaller one-column table (a boxed note) stays whole."""
    tables = list(body.iter("table"))
    total = _chars(body) if tables else 0
    return {t for t in tables if 2 * _chars(t) >= total and not any(
        sum(1 for c in tr if c.tag in ("td", "th") and "".join(c.itertext()).strip()) > 1
        for tr in t.xpath("./tr | ./*/tr"))}


def _chars(el: etree._Element) -> int:
    return sum(len("".join(t.split())) for t in el.itertext())


def _el_text(el: etree._Element) -> str:
    """Visible text of an element: <br> and block boundaries give a space."""
    # A Python scan of the (few) descendants' tags: iterdescendants(*tags) would set up a matcher for the
    # ~45 tags on every call, ~10x the cost of the scan on these small subtrees.
    if not any(d.tag in _SPACED for d in el.iterdescendants()):
        # nothing inside gives a space (or is a comment): the text serialisation, built in C
        text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        if el.tag in _BLOCKISH:
            return " " + text + " "
        return " " + text if el.tag == "br" else text
    parts: list[str] = []
    for event, e in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if e.tag == "br" or e.tag in _BLOCKISH:
                parts.append(" ")
            if e.text:
                parts.append(e.text)
        else:
            if e.tag in _BLOCKISH:
                parts.append(" ")
            if e is not el and e.tail:
                parts.append(e.tail)
    return "".join(parts)


def _images(el: etree._Element) -> list[dict]:
    found = [el] if el.tag == "img" else el.iter("img")
    return [{"src": img.get("src"), "caption": img_caption(img)} for img in found if img.get("src")]


def _serialize(el: etree._Element) -> str:
    return etree.tostring(el, encoding="unicode", method="html", with_tail=False)


def _plain_html(inner: str) -> str | None:
    """What nh3 returns for ``<p>`` + inner + ``</p>`` when inner is escaped text and ``<br>``s and that can
    be told without running it (tests/unit/test_cleaning.py checks): NBSP becomes ``&nbsp;``, the characters
    of _PLAIN_SAFE stay as they are. None when nh3 has to run."""
    if "\xa0" in inner:
        inner = inner.replace("\xa0", "&nbsp;")
    return inner if _PLAIN_SAFE.fullmatch(inner) else None


class _Builder:
    """Collects inline runs and emits blocks (with a parallel 'centered in the raw HTML' flag).

    Blocks whose HTML still needs nh3 are kept in ``unsanitized`` and cleaned together by :meth:`finish`."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.centered: list[bool] = []
        self.run: list = []
        self.unsanitized: list[Block] = []

    def text(self, s: str) -> None:
        if "\n" in s and _BLANK_LINE.search(s):
            pieces = _BLANK_LINE.split(s)
            for i, piece in enumerate(pieces):
                if i:
                    self.run.append(_PARA)
                if piece:
                    self.run.append(piece)
        else:
            self.run.append(s)

    def emit(self, html: str, text: str, images: list[dict], centered: bool, sanitize: bool = False) -> None:
        """A block (when it has text or images); with ``sanitize``, ``html`` goes through nh3 in finish()."""
        if text or images:
            block = Block(html, text, images)  # positional: half the cost of keywords for a dataclass
            self.blocks.append(block)
            self.centered.append(centered)
            if sanitize:
                self.unsanitized.append(block)

    def finish(self) -> None:
        """Sanitise the pending blocks' HTML (one nh3 call for all)."""
        if self.unsanitized:
            cleaned = sanitize_many([block.html for block in self.unsanitized])
            for block, html in zip(self.unsanitized, cleaned):
                block.html = html
            self.unsanitized = []

    def atomic(self, el: etree._Element, centered: bool) -> None:
        self.flush(centered)
        images = _images(el)
        if el.tag == "figure":
            cap = next((normalize_text(_el_text(fc)) for fc in el.iter("figcaption")), "")
            if cap:
                for im in images:
                    im["caption"] = im["caption"] or cap
        self.emit(_serialize(el), normalize_text(_el_text(el)), images, centered, sanitize=True)

    def flush(self, centered: bool) -> None:
        if not self.run:
            return
        run, self.run = self.run, []
        if len(run) == 1 and isinstance(run[0], str):  # the common '<p>text</p>': no <br>s to place
            self._chunk(run, centered)
            return
        chunk: list = []
        pending: list = []  # <br>s (and blanks between them) not yet placed
        brs = 0
        has_content = False
        for item in run:
            if item is _BR:
                pending.append(item)
                brs += 1
            elif item is _PARA:
                self._chunk(chunk, centered)
                chunk, pending, brs, has_content = [], [], 0, False
            elif isinstance(item, str) and not item.strip():
                (pending if brs else chunk).append(item)
            else:
                if brs >= 2 and has_content:
                    self._chunk(chunk, centered)
                    chunk = []
                elif brs == 1 and has_content:
                    chunk.extend(pending)
                pending, brs, has_content = [], 0, True
                chunk.append(item)
        self._chunk(chunk, centered)

    def _chunk(self, items: list, centered: bool) -> None:
        if len(items) == 1 and isinstance(items[0], str):  # one text item (most blocks): no loop
            self._text(items[0].strip(), centered)
            return
        while items and isinstance(items[0], str) and not items[0].strip():
            items.pop(0)
        while items and isinstance(items[-1], str) and not items[-1].strip():
            items.pop()
        if not items:
            return
        # html_parts: strings, and leaf elements that nh3 unwraps to their text (serialised only if nh3 runs)
        html_parts: list = []
        text_parts, images = [], []
        last = len(items) - 1
        plain = True  # only text, <br>s and such leaves: nh3 would return their escaped text and the <br>s
        for i, item in enumerate(items):
            if item is _BR:
                html_parts.append("<br>")
                text_parts.append(" ")
            elif isinstance(item, str):
                s = item.lstrip() if i == 0 else item
                s = s.rstrip() if i == last else s
                html_parts.append(_html.escape(s, quote=False))
                text_parts.append(s)
            elif not len(item) and item.tag in NH3_UNWRAPS:
                html_parts.append(item)
                if item.text:
                    text_parts.append(item.text)
            else:
                plain = False
                html_parts.append(_serialize(item))
                if len(item):
                    text_parts.append(_el_text(item))
                    images.extend(_images(item))
                else:  # an inline item is never <br> or block-level: a leaf's text is its .text
                    if item.text:
                        text_parts.append(item.text)
                    if item.tag == "img":
                        images.extend(_images(item))
        text = normalize_text("".join(text_parts))
        if text or images:
            if plain:
                done = _plain_html("".join(
                    p if isinstance(p, str) else _html.escape(p.text or "", quote=False) for p in html_parts
                ))
                if done is not None:
                    self.emit("<p>" + done + "</p>", text, images, centered)
                    return
            inner = "".join(p if isinstance(p, str) else _serialize(p) for p in html_parts)
            self.emit("<p>" + inner + "</p>", text, images, centered, sanitize=True)

    def _text(self, s: str, centered: bool) -> None:
        """``_chunk([s])`` for one stripped text item."""
        text = normalize_text(s)
        if text:
            inner = _html.escape(s, quote=False)
            done = _plain_html(inner)
            if done is not None:
                self.emit("<p>" + done + "</p>", text, [], centered)
            else:
                self.emit("<p>" + inner + "</p>", text, [], centered, sanitize=True)


def _walk(body: etree._Element) -> _Builder:
    """Walk the body iteratively (no recursion limit), gathering blocks."""
    b = _Builder()
    blocky = _blocky_ancestors(body)
    layout = _layout_tables(body)
    center_depth = 0
    # Stack entries: (0, element) visit, (1, str) text, (2, None) end of container, (3, None) leave centre.
    stack: list[tuple[int, object]] = [(0, body)]
    while stack:
        kind, x = stack.pop()
        if kind == 1:
            b.text(x)  # type: ignore[arg-type]
            continue
        if kind == 2:
            b.flush(center_depth > 0)
            continue
        if kind == 3:
            center_depth -= 1
            continue
        el = x
        tag = el.tag  # type: ignore[union-attr]
        if not isinstance(tag, str) or tag in DROP_TAGS:
            continue
        if tag == "br":
            b.run.append(_BR)
        elif tag == "img":
            b.run.append(el)
        elif tag in _ATOMIC and el not in layout:
            b.atomic(el, center_depth > 0 or _is_centered(el))  # type: ignore[arg-type]
        else:
            container = tag in _CONTAINERS or tag == "table"
            if not container and el not in blocky:
                b.run.append(el)  # inline element kept whole
                continue
            if container:
                b.flush(center_depth > 0)
            if _is_centered(el):  # type: ignore[arg-type]
                center_depth += 1
                stack.append((3, None))
            if container:
                stack.append((2, None))
            for child in reversed(el):  # type: ignore[call-overload]
                if child.tail:
                    stack.append((1, child.tail))
                stack.append((0, child))
            if el.text:  # type: ignore[union-attr]
                stack.append((1, el.text))  # type: ignore[union-attr]
    b.flush(False)
    b.finish()
    return b


def _parse(raw: str) -> tuple[etree._Element | None, bool]:
    """(<body> of raw parsed by libxml2, whether nesting hit libxml2's depth limit of 255).

    Plain lxml elements (no lxml.html class lookup): noticeably faster to walk."""
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=False, remove_pis=True, no_network=True)
    try:
        root = etree.fromstring(raw.encode("utf-8"), parser)
    except (etree.LxmlError, ValueError):
        return None, False
    too_deep = any("Excessive depth" in (e.message or "") for e in parser.error_log)
    return (None if root is None else root.find("body")), too_deep


_FLATTEN_KEEP = frozenset({"p", "br", "img"} | _HEADINGS | DROP_TAGS)
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>")


def _flatten(raw: str) -> str:
    """Markup too deep for libxml2: keep only p/br/img/headings (and droppable tags), remove other tags."""
    return _ANY_TAG.sub(lambda m: m.group(0) if m.group(2).lower() in _FLATTEN_KEEP else "", raw)


def clean_html(raw: str, base_url: str | None = None, *, checked: bool = False) -> list[Block]:
    """Split an article body (HTML fragment, whole page, or plain text) into sanitised blocks.

    Never raises on bad markup: what can be recovered is returned, possibly ``[]``.
    Plain text (no tag at all): blank lines separate paragraphs, single newlines become ``<br>``;
    ``<`` and ``>`` are literal, entities such as ``&amp;`` are decoded as HTML would. ``checked``: the
    caller has found none of the characters HTML cannot carry in ``raw`` (no scan for them here).
    """
    if not raw or not isinstance(raw, str):
        return []
    if not checked:
        raw = _BAD_CHARS.sub("", raw)
    if not raw.strip():
        return []
    if not _HAS_TAG.search(raw):
        raw = raw.replace("<", "&lt;").replace(">", "&gt;").replace("\r\n", "\n").replace("\r", "\n")
        raw = "\n\n".join(
            "<p>" + para.strip().replace("\n", "<br>") + "</p>" for para in _BLANK_LINE.split(raw)
        )
    body, too_deep = _parse(raw)
    if too_deep:  # libxml2 silently dropped everything below depth 255: retry on flattened markup
        body, _ = _parse(_flatten(raw))
    if body is None:
        return []
    _fix_tree(body, base_url)
    built = _walk(body)
    add_captions(built.blocks, built.centered)
    return built.blocks


def join_blocks(blocks: list[Block]) -> tuple[str, str]:
    """(content_html, content_text): html concatenated, non-empty texts joined by newlines."""
    return "".join(b.html for b in blocks), "\n".join(b.text for b in blocks if b.text)


def collect_images(blocks: list[Block]) -> list[dict]:
    """All images in order, one per src (the first non-empty caption wins); fresh dicts."""
    out: dict[str, dict] = {}
    for b in blocks:
        for im in b.images:
            src = im.get("src")
            if not src:
                continue
            if src not in out:
                out[src] = {"src": src, "caption": im.get("caption") or ""}
            elif not out[src]["caption"] and im.get("caption"):
                out[src]["caption"] = im["caption"]
    return list(out.values())


def apply_removal(blocks: list[Block], remaining: list[str]) -> list[Block]:
    """Keep the blocks whose text survived byline extraction (image blocks always stay).

    ``remaining`` is the subsequence of block texts that extract_bylines kept; a kept text that is a
    shortened version of its block (a trailing '（证券时报）' taken off) becomes a plain paragraph.
    """
    out, j = [], 0
    for block in blocks:
        if not block.text:
            out.append(block)
            continue
        if j < len(remaining) and remaining[j] == block.text:
            out.append(block)
            j += 1
        elif j < len(remaining) and remaining[j] and block.text.startswith(remaining[j]):
            out.append(Block(html=f"<p>{_html.escape(remaining[j], quote=False)}</p>", text=remaining[j],
                             images=block.images))
            j += 1
    return out
