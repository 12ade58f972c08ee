"""The nh3 sanitiser of article body blocks: the allow-list of tags and attributes, :func:`sanitize_html` for
one block and :func:`sanitize_many` for many in one nh3 call. Pure functions."""
from __future__ import annotations

import re
from functools import partial

import nh3

__all__ = ["DROP_TAGS", "NH3_UNWRAPS", "sanitize_html", "sanitize_many"]

_ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "blockquote",
    "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "img", "a",
}
_ALLOWED_ATTRS = {"img": {"src", "alt", "title"}, "a": {"href"}}
# Removed together with their content, both in our tree pass and (as a safety net) by nh3.
DROP_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "noframes", "form", "noscript", "template",
    "object", "embed", "applet", "param", "svg", "math", "select", "option", "optgroup", "textarea",
    "button", "input", "canvas", "audio", "video", "source", "track", "map", "area", "head", "title",
    "meta", "link", "base", "datalist", "dialog",
})
_NH3_CONTENT_TAGS = {
    "script", "style", "iframe", "form", "noscript", "template", "object", "embed", "applet", "svg",
    "math", "select", "textarea", "button", "canvas", "audio", "video", "title", "noframes", "frameset",
}
_NH3_OPTIONS = {
    "tags": _ALLOWED_TAGS,
    "attributes": _ALLOWED_ATTRS,
    "clean_content_tags": _NH3_CONTENT_TAGS,
    "url_schemes": {"http", "https"},
    "strip_comments": True,
}
sanitize_html = (
    nh3.Cleaner(**_NH3_OPTIONS).clean if hasattr(nh3, "Cleaner") else partial(nh3.clean, **_NH3_OPTIONS)
)
# Phrasing elements that nh3 (with the options above) unwraps, keeping their text, and that html5ever parses as
# ordinary or formatting elements (no implied end tags, no raw text): as a leaf, nh3 gives its escaped text.
NH3_UNWRAPS = frozenset({
    "span", "font", "sup", "sub", "small", "big", "s", "strike", "tt", "code", "abbr", "cite", "mark",
    "label", "q", "del", "ins", "var", "kbd", "samp", "dfn",
})


# Between the blocks handed to nh3 in one call: private-use characters that it passes through as text.
_SEP = "\ue000\ue0ff"
_CLOSING_TAG = re.compile(r"^<([A-Za-z][A-Za-z0-9]*)")


def sanitize_many(raws: list[str]) -> list[str]:
    """``[sanitize_html(r) for r in raws]`` in one nh3 call (its fixed cost per call dominates short blocks).

    The blocks are joined with ``_SEP`` text between them and the output split there; each piece must end
    with its block's closing tag (a formatting element left open would be re-opened around the separator
    and show there). Anything unexpected falls back to one call per block."""
    if len(raws) < 2 or any(_SEP in r for r in raws):
        return [sanitize_html(r) for r in raws]
    pieces = sanitize_html(_SEP.join(raws)).split(_SEP)
    if len(pieces) == len(raws):
        for raw, piece in zip(raws, pieces):
            m = _CLOSING_TAG.match(raw)
            if not m or not piece.endswith(f"</{m.group(1).lower()}>"):
                break
        else:
            return pieces
    return [sanitize_html(r) for r in raws]
