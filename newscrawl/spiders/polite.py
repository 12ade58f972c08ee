"""Politeness on the open web: the settings the spiders that crawl arbitrary sites (``article``, ``site``)
apply over the project's (robots.txt, AutoThrottle, per-site concurrency, a contact URL in the User-Agent)."""
from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)

_COMMENT = re.compile(r"^(?P<product>.*?)\s*\((?P<comment>.*)\)\s*$")


def user_agent(base: str, contact: str) -> str:
    """``base`` with ``+contact`` first in its comment: ``newscrawl/0.1 (+https://x.org/bot; …)``.

    Spaces and control characters in ``contact`` are percent-encoded (a header holds one line)."""
    contact = quote((contact or "").strip(), safe="".join(chr(c) for c in range(0x21, 0x7f)))
    if not contact:
        return base
    m = _COMMENT.match(base or "")
    return f"{m['product']} (+{contact}; {m['comment']})" if m else f"{base} (+{contact})".strip()


def apply_open_web(settings: Any) -> None:
    """``NEWSCRAWL_OPEN_WEB_SETTINGS`` at spider priority (``-s`` on the command line still wins), and
    ``NEWSCRAWL_CONTACT_URL`` in ``USER_AGENT`` (unless the command line set the User-Agent)."""
    settings.setdict(settings.getdict("NEWSCRAWL_OPEN_WEB_SETTINGS"), priority="spider")
    settings.set("USER_AGENT", user_agent(settings.get("USER_AGENT") or "", settings.get("NEWSCRAWL_CONTACT_URL")),
                 priority="spider")


def warn_without_contact(spider: Any) -> None:
    """Log a warning when no contact URL is set (site owners could not reach whoever runs the crawl)."""
    if not (spider.settings.get("NEWSCRAWL_CONTACT_URL") or "").strip():
        log.warning("NEWSCRAWL_CONTACT_URL is not set: the User-Agent gives site owners no way to reach you "
                    "(-s NEWSCRAWL_CONTACT_URL=https://… or mailto:…; docs/settings.md)")
