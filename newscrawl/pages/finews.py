"""Parsers for the finews service: targets (URLs / infoCodes), list APIs, the text API, share pages."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.text.decode import normalise_charset
from newscrawl.text.ids import INFO_CODE_RE, code_date

_EASTMONEY_RE = re.compile(r"/(?:\d+,)?(\d{12,24})\.html?$")
_POST_PATH_RE = re.compile(r"/\d{4}/\d{2}/\d{2}/([A-Za-z]{0,4}\d{12,24})\.html?$")
_CODE_PARAMS = ("infoCode", "infocode", "InfoCode", "id", "code")

#: The ``raw_pages`` kinds of a finews payload: the text API's JSON, and the share page fetched when the API
#: gave no body (stored values: ``newscrawl reprocess`` reads them back by kind).
RAW_KIND = "text_api"
RAW_KIND_SHARE_PAGE = "share_page"


@dataclass(frozen=True)
class Target:
    """What a user asked for: the infoCode, and the URL they gave (None for a bare code)."""

    code: str
    url: str | None = None


def parse_target(text: str) -> Target:
    """Turn a share URL, text-API URL, Eastmoney/Jekyll article URL or bare infoCode into a Target.

    Raises ``PageError('bad_target', …)`` for anything else.
    """
    value = (text or "").strip()
    if not value:
        raise PageError("bad_target", "empty target")
    if INFO_CODE_RE.match(value):
        return Target(value)
    if not re.match(r"^(https?:)?//", value, re.IGNORECASE):
        raise PageError("bad_target", f"not a URL or infoCode: {value!r}")
    parts = urlsplit(value if not value.startswith("//") else "http:" + value)
    query = parse_qs(parts.query)
    for name in _CODE_PARAMS:
        for code in query.get(name, []):
            code = code.strip()
            if INFO_CODE_RE.match(code):
                return Target(code, value)
            raise PageError("bad_target", f"malformed infoCode {code!r} in {value}")
    for pattern in (_EASTMONEY_RE, _POST_PATH_RE):
        m = pattern.search(parts.path)
        if m:
            return Target(m.group(1), value)
    raise PageError("bad_target", f"no infoCode in URL {value}")


def read_targets(lines: list[str]) -> list[str]:
    """Targets from url_file lines: blanks and ``#`` comments (whole-line, or after whitespace) dropped."""
    out = []
    for line in lines:
        line = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        if line:
            out.append(line)
    return out


def decode_body(body: bytes, encoding: str | None = None) -> str:
    """Bytes to text: the declared encoding (GBK/GB2312 read as GB18030, Big5 as Big5-HKSCS), else UTF-8,
    else GB18030."""
    codec = normalise_charset(encoding)
    if codec:
        try:
            return body.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("gb18030", errors="replace")


def _load_json(body: bytes | str, encoding: str | None = None) -> Any:
    if isinstance(body, bytes):
        body = decode_body(body, encoding)
    body = body.lstrip("\ufeff")
    if not body.strip():
        raise PageError("empty_body", "the response body is empty")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise PageError("invalid_json", f"{exc.msg} at char {exc.pos}") from None


def _api_error(data: dict) -> str | None:
    """The message of an API error object, or None when ``data`` is not one."""
    for key in ("error", "Error", "errmsg"):
        if data.get(key):
            return str(data[key])
    for flag in ("IsSuccess", "isSuccess", "success", "Success"):
        if flag in data and data[flag] is False:
            return str(data.get("Message") or data.get("message") or data.get("msg") or "request failed")
    for key in ("code", "rc", "status"):
        code = data.get(key)
        if isinstance(code, int) and code not in (0, 1, 200):
            return f"{key} {code}: {data.get('message') or data.get('msg') or data.get('Message') or ''}".strip()
    return None


def _first(d: dict, *keys: str) -> Any:
    for key in keys:
        value = d.get(key)
        if value not in (None, ""):
            return value
    return None


def _unwrap(data: Any) -> Any:
    if isinstance(data, dict):
        for key in ("data", "Data", "result", "re"):
            if isinstance(data.get(key), (dict, list)):
                return data[key]
    return data


def _text(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def parse_list_response(body: bytes | str, encoding: str | None = None) -> list[dict[str, Any]]:
    """Entries of a list API response (``record`` / ``nodeList`` / ``records``), normalised.

    Each entry has ``code``, ``title``, ``published`` (raw time string), ``media``, ``source``,
    ``digest`` and ``url`` (an article page, when the API gives one).
    """
    data = _load_json(body, encoding)
    if isinstance(data, dict):
        message = _api_error(data)
        if message:
            raise PageError("api_error", message)
    container = _unwrap(data)
    rows: Any = None
    if isinstance(container, list):
        rows = container
    elif isinstance(container, dict):
        for key in ("record", "records", "nodeList", "list", "List", "items"):
            if isinstance(container.get(key), list):
                rows = container[key]
                break
    if rows is None:
        raise PageError("unexpected_json", "no record/records/nodeList list in the response")
    entries = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        code = _text(_first(row, "infoCode", "infocode", "InfoCode", "code", "Code"))
        if not code and _text(row.get("id")) and INFO_CODE_RE.match(str(row["id"]).strip()):
            code = str(row["id"]).strip()
        entries.append({
            "code": code,
            "title": _text(_first(row, "title", "Title", "simtitle")),
            "published": _text(_first(row, "datetime", "showtime", "showTime", "ShowTime", "time")),
            "media": _text(_first(row, "medianame", "mediaName", "MediaName")),
            "source": _text(_first(row, "from", "source", "Source")),
            "digest": _text(_first(row, "digest", "simdigest", "Digest")),
            "url": _text(_first(row, "url_w", "url", "Url")),
        })
    return entries


def parse_text_response(body: bytes | str, encoding: str | None = None) -> dict[str, Any]:
    """Fields of a text API response: ``html`` (required), and ``title``, ``published``, ``media``, ``source``, ``url`` when given."""
    data = _load_json(body, encoding)
    if isinstance(data, dict):
        message = _api_error(data)
        if message:
            raise PageError("api_error", message)
    data = _unwrap(data)
    if isinstance(data, str):
        data = {"text": data}
    if not isinstance(data, dict):
        raise PageError("unexpected_json", f"expected an object, got {type(data).__name__}")
    html = _first(data, "text", "content", "Text", "Content", "body")
    if not isinstance(html, str) or not html.strip():
        raise PageError("no_article_text", "the response has no text/content")
    return {
        "html": html,
        "title": _text(_first(data, "title", "Title")),
        "published": _text(_first(data, "showtime", "showTime", "ShowTime", "datetime", "time")),
        "media": _text(_first(data, "medianame", "mediaName", "MediaName")),
        "source": _text(_first(data, "from", "source", "Source")),
        "url": _text(_first(data, "url_w", "url", "Url")),
    }


_SHARE_CONTAINERS = (
    '//*[@id="ContentBody" or @id="newsContent" or @id="content" or @class="newsContent"'
    ' or contains(concat(" ", normalize-space(@class), " "), " article-content ")]'
)


def parse_share_page(html: str) -> dict[str, Any] | None:
    """The article of a share page that carries it in its HTML, or None for a script-driven shell."""
    from parsel import Selector

    sel = Selector(text=html or "<html></html>")
    for node in sel.xpath(_SHARE_CONTAINERS):
        text = "".join(node.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]").getall())
        if len(text.strip()) >= 20:
            title = (sel.xpath('//*[@id="newsTitle" or @class="newsTitle"]//text()').get()
                     or sel.xpath("//h1//text()").get() or sel.xpath("//title/text()").get())
            published = sel.xpath('//*[@id="newsTime" or @class="newsTime" or @class="time"]//text()').get()
            media = sel.xpath('//*[@id="newsSource" or @class="newsSource"]//text()').get()
            return {
                "html": node.xpath("./node()").getall() and "".join(node.xpath("./node()").getall()),
                "title": _text(title),
                "published": _text(published),
                "media": _text(media),
                "source": None,
                "url": None,
            }
    return None


def to_article(code: str, fields: dict[str, Any], entry: dict[str, Any] | None = None,
               given_url: str | None = None,
               public_share_url: str = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}",
               spider: str | None = None, raw_page: dict[str, Any] | None = None) -> Article:
    """The Article (raw fields, before the pipelines) for text-API (or share-page) ``fields``, the list
    ``entry`` and the URL a user gave; ``raw_page`` is the payload for ``raw_pages`` (kind :data:`RAW_KIND`
    or :data:`RAW_KIND_SHARE_PAGE`)."""
    entry = entry or {}
    share_url = public_share_url.format(code=code)
    is_share = bool(given_url and re.search(r"NewsShare|GetNewsText", given_url))
    url = (given_url if given_url and not is_share else None) or entry.get("url") or fields.get("url") or share_url
    return Article(
        id=code, url=url, share_url=share_url,
        title=fields.get("title") or entry.get("title"),
        media=fields.get("media") or entry.get("media"),
        category=entry.get("category") or ("emnews" if code.isdigit() else None),
        source=fields.get("source") or entry.get("source"),
        # no time from the API or the list: the date the code starts with (date precision), as import-posts does
        published_raw=fields.get("published") or entry.get("published") or code_date(code),
        raw_html=fields["html"], spider=spider, raw_page=raw_page,
    )
