"""The thread starter of a forum page (Discuz!, phpwind, dvbbs): the user who wrote the first post.

In these templates the poster's name stands in a user cell of its own, followed by the user's statistics and
rank (``积分 2456``, ``中级会员``) and the post's floor (``楼主``, ``#1``) before the post's ``发表于 <date>``;
the replies repeat the pattern with their own users and later dates. Pure functions over the page's lines.
"""
from __future__ import annotations

import re

from newscrawl.text.data_files import data_lines


def _labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data_lines("forum_post_labels.txt"):
        word, _, tag = line.partition("\t")
        out[word.strip()] = tag.strip()
    return out


_LABELS = _labels()
_FLOORS = "|".join(re.escape(w) for w, t in _LABELS.items() if t in ("floor", "ui"))
_STATS = "|".join(re.escape(w) for w, t in _LABELS.items() if t == "stat")
_RANKS = "|".join(re.escape(w) for w, t in _LABELS.items() if t == "rank")
# a line that sits between the poster's name and 发表于: the floor, a stat, a rank or a toolbar word
_BETWEEN_RE = re.compile(
    rf"^(?:(?:{_FLOORS})|#?\d{{1,3}}\s*(?:楼|#|F)?|(?:(?:{_STATS})\s*[:：]?\s*[\d\-/:.,万 ]*(?:小时|天)?[\s|｜,，]*)+"
    rf"|\S{{0,6}}(?:{_RANKS})|[\s|｜:：]*)$", re.IGNORECASE)
#: how many such lines may stand between the name and the post's date
MAX_BETWEEN = 6


def is_post_furniture(line: str) -> bool:
    """A forum line that is no poster's name: a floor (``楼主``, ``#1``, ``1楼``), user stats, one or several on
    a line (``积分 2456``, ``积分 120 帖子 35 注册时间 2019-3-2``), a rank (``中级会员``) or a post toolbar word
    (``只看该作者``)."""
    return bool(_BETWEEN_RE.match(line.strip()))


def _holds_title(line: str, title: str | None) -> bool:
    """Whether ``line`` is the thread's title or holds it (``<h1>`` between the poster and 发表于)."""
    line = line.strip()
    return bool(title) and len(line) >= 4 and (line == title or title in line or (len(line) >= 8 and line in title))


def poster_index(lines: list[str], at: int, title: str | None = None) -> int | None:
    """The index of the line naming the poster of the post whose ``发表于 <date>`` is ``lines[at]``: the nearest
    line above it that is no post furniture (:func:`is_post_furniture`) nor a line holding the thread's
    ``title`` (at most :data:`MAX_BETWEEN` skipped); None at the top. The caller checks it is a user name."""
    j = at - 1
    while j >= 0 and at - j <= MAX_BETWEEN and (is_post_furniture(lines[j]) or _holds_title(lines[j], title)):
        j -= 1
    return j if j >= 0 and at - j <= MAX_BETWEEN else None


def poster_before(lines: list[str], at: int, title: str | None = None) -> str | None:
    """The line at :func:`poster_index`, or None."""
    j = poster_index(lines, at, title)
    return None if j is None else lines[j]
