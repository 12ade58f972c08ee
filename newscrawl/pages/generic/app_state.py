"""The article of a single-page app whose server HTML shows only a skeleton or a teaser, read from the JSON
state the page embeds for its scripts (``window.__INITIAL_STATE__ = {…}``, ``<script id="__NEXT_DATA__">``,
``__PRELOADED_STATE__`` …; data/app_state_markers.txt).

The article is the JSON object holding the longest article-like text field (HTML or plain text with Chinese
sentence punctuation) beside a title field and a time or author field, whose title matches the page's; its
author, byline, editor, source and time fields come back as labelled lines (``作者：X``, ``发布时间：Y``) that
the page's byline and date readers take like the lines around a headline. Field names are matched by what
they say (``*title*``, ``*publish*``/``*time*``/``*date*``, ``author``/``byline``/``writer``/``editor``/``source``),
not by one app's schema. Only asked when a marker is in the source and the visible body is missing or short.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import escape
from typing import Any

from newscrawl.text.data_files import data_lines
from newscrawl.text.dates import normalize_datetime

__all__ = ["APP_STATE", "MARKERS", "SHORT_BODY", "AppArticle", "app_state_article", "has_app_state"]

#: Names of the embedded JSON state of single-page apps.
MARKERS = tuple(data_lines("app_state_markers.txt"))
#: The ``body_from`` of a body read from the state.
APP_STATE = "app-state"
#: A shown body shorter than this (characters) may be a teaser of the state's article.
SHORT_BODY = 400
MIN_TEXT = 200  # characters of text an article field holds at least
_MAX_NODES = 50_000  # JSON values walked per script
_MAX_SCRIPT = 3_000_000
_MAX_SIGHTINGS = 3  # occurrences of one marker looked at
_SITE_TITLE = 10  # a page title this short names the site, not the article

_TAG_RE = re.compile(r"<[^>]+>")
_SENTENCE_RE = re.compile(r"[。！？；，]")
_TITLE_KEY_RE = re.compile(r"title|headline|subject", re.IGNORECASE)
_NOT_TITLE_KEY_RE = re.compile(r"sub_?title|short|seo|share|og|site|channel|column|category", re.IGNORECASE)
_TIME_KEY_RE = re.compile(r"publish|pub_?(?:date|time|at)|release|time|date|created|ctime", re.IGNORECASE)
_NOT_TIME_KEY_RE = re.compile(r"update|modif|edit|expire|last|read|duration|server|now|cache", re.IGNORECASE)
_ROLE_KEYS = (  # (key pattern, label of the line it makes)
    (re.compile(r"^(?:byline|by_?line|credits?)$", re.IGNORECASE), ""),
    (re.compile(r"^(?:authors?|author_?names?|writers?|reporters?)$", re.IGNORECASE), "作者："),
    (re.compile(r"^(?:editors?|editor_?names?|responsible_?editor|duty_?editor)$", re.IGNORECASE), "编辑："),
    (re.compile(r"^(?:source|source_?name|origin(?:al)?_?source)$", re.IGNORECASE), "来源："),
)
_MARKER_ASSIGN_RE = re.compile(r"\s*(?:=|:)\s*")


@dataclass
class AppArticle:
    """An article read from a page's JSON state: its body HTML, title and labelled byline/time lines."""

    html: str
    title: str
    lines: list[str] = field(default_factory=list)


def has_app_state(html: str) -> bool:
    """Whether the page source names a single-page app's embedded state (a cheap substring test)."""
    return any(m in html for m in MARKERS)


def app_state_article(html: str, page_title: str | None, shown_text: str = "") -> AppArticle | None:
    """The article in the page's embedded JSON state, or None: the object with the longest article-like text
    field (at least :data:`MIN_TEXT` characters and twice ``shown_text``, the body the HTML shows) beside a
    title and a time or author field. Its title must match ``page_title``, unless the HTML shows no body and
    its title is no headline (missing, or short: a site name); a teaser the HTML shows must open or sit in it.
    Read from the source text (the parsed tree has lost its scripts by then)."""
    best: tuple[int, dict[str, Any], str] | None = None
    for data in _states(html):
        for obj, key in _article_objects(data):
            size = len(_plain(obj[key]))
            if best is None or size > best[0]:
                best = (size, obj, key)
    if best is None:
        return None
    size, obj, key = best
    title = next((v.strip() for k, v in obj.items() if isinstance(v, str) and _is_title_key(k)), "")
    if size < max(MIN_TEXT, 2 * len(shown_text)) or not title:
        return None
    headline = bool(page_title) and len(page_title or "") > _SITE_TITLE
    if (shown_text or headline) and not _same_title(title, page_title):
        return None
    body = obj[key]
    if shown_text and shown_text[:30] not in _plain(body):
        return None
    return AppArticle(html=_as_html(body), title=title, lines=_labelled_lines(obj))


def _states(html: str):
    """The JSON values of the scripts that name a marker: ``<script id="__NEXT_DATA__">{…}``,
    ``window.__INITIAL_STATE__ = {…}`` or ``= JSON.parse("…")``."""
    for marker in MARKERS:
        start = 0
        for _ in range(_MAX_SIGHTINGS):
            i = html.find(marker, start)
            if i == -1:
                break
            start = i + len(marker)
            opened = html.rfind("<script", 0, i)
            if opened == -1 or html.rfind("</script", 0, i) > opened:
                continue  # not inside a script
            tag_end = html.find(">", opened)
            end = html.find("</script", max(i, tag_end))
            if tag_end == -1 or end == -1 or end - tag_end > _MAX_SCRIPT:
                continue
            if i < tag_end:  # <script id="__NEXT_DATA__" type="application/json">
                try:
                    yield json.loads(html[tag_end + 1:end])
                except ValueError:
                    pass
                continue
            while html[start:start + 1] in ("'", '"', "]"):  # window["__INITIAL_STATE__"] = …
                start += 1
            m = _MARKER_ASSIGN_RE.match(html, start)
            if m is not None:
                value = _json_value(html[:end], m.end())
                if value is not None:
                    yield value


def _json_value(text: str, at: int) -> Any:
    """The JSON value at ``at``: an object, or ``JSON.parse("…")`` of a string holding one."""
    decoder = json.JSONDecoder()
    try:
        if text.startswith("JSON.parse(", at):
            inner, _ = decoder.raw_decode(text, at + len("JSON.parse("))
            return json.loads(inner) if isinstance(inner, str) else None
        if text.startswith("{", at):
            return decoder.raw_decode(text, at)[0]
    except ValueError:
        return None
    return None


def _article_objects(data: Any):
    """(object, text key) of every JSON object with an article-like text field beside a title field and a
    time or author field."""
    stack, seen = [data], 0
    while stack and seen < _MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            key = _text_key(node)
            if key is not None and any(_is_title_key(k) for k, v in node.items() if isinstance(v, str)) and any(
                    _is_time_key(k) or _role_label(k) is not None for k in node):
                yield node, key
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


def _text_key(obj: dict[str, Any]) -> str | None:
    best, size = None, 0
    for k, v in obj.items():
        if isinstance(v, str) and len(v) >= MIN_TEXT:
            text = _plain(v)
            if len(text) >= MIN_TEXT and len(_SENTENCE_RE.findall(text)) >= 3 and len(text) > size:
                best, size = k, len(text)
    return best


def _is_title_key(k: str) -> bool:
    return bool(_TITLE_KEY_RE.search(k)) and not _NOT_TITLE_KEY_RE.search(k)


def _is_time_key(k: str) -> bool:
    return bool(_TIME_KEY_RE.search(k)) and not _NOT_TIME_KEY_RE.search(k)


def _role_label(k: str) -> str | None:
    return next((label for pattern, label in _ROLE_KEYS if pattern.match(k)), None)


def _plain(value: str) -> str:
    return " ".join(_TAG_RE.sub(" ", value).split())


def _same_title(title: str, page_title: str | None) -> bool:
    if not title:
        return False
    if not page_title:
        return True
    a, b = "".join(title.split()), "".join(page_title.split())
    return a in b or b in a or SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _as_html(value: str) -> str:
    if "<" in value and _TAG_RE.search(value):
        return f"<div>{value}</div>"
    return "<div>" + "".join(f"<p>{escape(p.strip())}</p>" for p in value.splitlines() if p.strip()) + "</div>"


def _names(value: Any) -> str:
    """A role field's text: a string, a {name: …} object or a list of either."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return next((v.strip() for k, v in value.items() if isinstance(v, str) and k.lower() in ("name", "nickname")), "")
    if isinstance(value, list):
        return " ".join(n for n in map(_names, value[:8]) if n)
    return ""


def _labelled_lines(obj: dict[str, Any]) -> list[str]:
    """The object's byline fields as labelled lines, then its publication time (``发布时间：…``)."""
    lines = []
    for k, v in obj.items():
        label = _role_label(k)
        names = _names(v) if label is not None else ""
        if names and len(names) <= 80:
            lines.append(label + names)
    times = [(k, v) for k, v in obj.items() if _is_time_key(k) and isinstance(v, (str, int, float))
             and not isinstance(v, bool)]
    times.sort(key=lambda kv: 0 if re.search(r"publish|pub|release", kv[0], re.IGNORECASE) else 1)
    if times:
        value = str(times[0][1]).strip()
        lines.append(f"发布时间：{normalize_datetime(value) if value.isdigit() else value}")  # unix seconds/ms
    return lines
