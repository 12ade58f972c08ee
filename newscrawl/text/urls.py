"""Links and image sources of article bodies made absolute: :func:`url_resolver` (fast paths, memoised per
body) over :func:`resolve_url` (urljoin). Pure functions."""
from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

__all__ = ["resolve_url", "url_resolver"]


# An absolute http(s) URL that urljoin and urlsplit give back unchanged whatever the (valid) base: ASCII, a
# lower-case scheme, a host, no characters they strip or split on (# ; [] whitespace) but a non-empty query
# (an empty one, a trailing "?", would be dropped)
_PLAIN_ABS_URL = re.compile(r"https?://[^/?#;\[\]\s]+(?:/[^?#;\[\]\s]*)?(?:\?[^#\[\]\s]+)?", re.ASCII)


def _valid_base(base_url: str | None) -> bool:
    """Whether urljoin accepts base_url (an invalid one makes every link unusable)."""
    try:
        urlsplit(base_url or "")
    except ValueError:
        return False
    return True


# A root-relative path ('/wiki/…', no '//' host) with the same restrictions; without dot segments (no '/.')
# urljoin gives it back after the base's scheme://host
_PLAIN_ROOT_PATH = re.compile(r"/(?!/)[^?#;\[\]\s]*(?:\?[^#\[\]\s]+)?", re.ASCII)


def url_resolver(base_url: str | None) -> Callable[[str], str | None]:
    """:func:`resolve_url` for one base URL, with the answers kept for the call (a body repeats its links) and plain
    absolute http(s) URLs passed through as urljoin would give them. With a plain absolute base, plain
    root-relative ('/a/b') and protocol-relative ('//host/a') URLs are joined by concatenation, as urljoin
    would join them (it costs ~10 µs a link, and some pages have hundreds)."""
    memo: dict[str, str | None] = {}
    fast = _valid_base(base_url)
    plain = _PLAIN_ABS_URL.fullmatch
    root_path = _PLAIN_ROOT_PATH.fullmatch
    scheme = origin = ""
    if fast and base_url and base_url.isascii() and plain(base_url):
        parts = urlsplit(base_url)
        scheme, origin = parts.scheme, f"{parts.scheme}://{parts.netloc}"

    def join(url: str) -> str | None:
        stripped = url.strip()
        if fast and stripped.isascii():
            if plain(stripped):
                return stripped
            if origin and stripped[:1] == "/":
                if stripped[:2] == "//":
                    if plain(scheme + ":" + stripped):
                        return scheme + ":" + stripped
                elif root_path(stripped) and "/." not in stripped:
                    return origin + stripped
        return resolve_url(url, base_url)

    def resolve(url: str) -> str | None:
        got = memo.get(url, memo)
        if got is memo:
            got = memo[url] = join(url)
        return got  # type: ignore[return-value]
    return resolve


def resolve_url(url: str, base_url: str | None) -> str | None:
    """Absolute http(s) URL (or an unresolvable relative one when no base is given); None when unusable."""
    url = url.strip()
    if not url:
        return None
    try:
        if base_url:
            url = urljoin(base_url, url)
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme in ("http", "https") or (not scheme and not base_url):
        return url
    return None
