"""Chinese personal names and what is not one: plausibility, splitting runs of names, organisation + person.

Names are scored with a small generative model: log P(surname) from ``data/surnames.tsv``, a prior
over the given-name length (1 or 2 characters) and log P(character) for each given-name character
(common given-name characters from ``data/given_chars.txt`` are much likelier than the rest).
``split_names`` picks the segmentation of a run
such as ``陈静黄天玲俞新美`` with the highest total score by dynamic programming.

Which text may stand as an author (public, for every caller):

- ``is_plausible_name(s)``: a PERSON: a Chinese name of 2–4 Han characters (a listed single or compound
  surname + a 1–2 character given name), a Tibetan name of 2–3 listed syllables (``次仁罗布``), a ·-joined name (``阿卜杜勒·哈米德``) or a romanised name of 2–4
  capitalised words (``Joel Spolsky``); never an outlet, platform, role word or placeholder.
- ``is_author_name(s)``: a PERSON OR AN ACCOUNT (a self-media account, a forum or blog user): any plausible
  name, else a short handle (2–20 characters of letters, digits, Han, ``_-·.``) that is not an outlet
  (``参考消息``, ``X日报``), a platform or channel (``新浪科技``, ``澎湃新闻·澎湃号·政务``, ``CSDN.NET``), a
  vendor (``Taboola``), an organisation, a role word (``选稿``), a placeholder (``未知``, ``系统管理员``,
  ``admin``), a URL, a date, or button/slogan text (``扫一扫查看详情``, anything with ``！?。``).
- ``is_outlet``, ``is_platform``, ``is_organisation``, ``is_ui_text``, ``is_placeholder``: the single tests.

The word lists are data (``data/outlets.txt``, ``outlet_suffixes.txt``, ``platforms.txt``,
``platform_suffixes.txt``, ``account_verbs.txt``, ``org_suffixes.txt``, ``placeholders.txt``, ``ui_words.txt``,
``byline_roles.tsv``); the checks here are structural. Pure functions, no Scrapy; the data is read once at
import.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from newscrawl.text.data_files import data_lines
from newscrawl.text.traditional import to_simplified

__all__ = [
    "OUTLET_STEMS",
    "PLACEHOLDERS",
    "ROLE_WORDS",
    "fallback_name",
    "is_author_name",
    "is_latin_name",
    "is_non_author",
    "is_organisation",
    "is_outlet",
    "is_placeholder",
    "is_platform",
    "is_plausible_name",
    "is_role_word",
    "is_syllable_name",
    "is_title",
    "is_topic_account",
    "is_ui_text",
    "join_spaced_surnames",
    "name_score",
    "personal_names",
    "segment_names",
    "split_names",
    "split_org_person",
    "split_title_person",
]


def _load_roles() -> dict[str, tuple[str, bool]]:
    """byline_roles.tsv → {word: (role codes, may close a credit)}."""
    roles: dict[str, tuple[str, bool]] = {}
    for line in data_lines("byline_roles.tsv"):
        word, code, *rest = line.split("\t")
        roles[word] = (code, bool(rest) and rest[0] == "post")
    return roles


def _load_surnames() -> tuple[dict[str, float], dict[str, float]]:
    """Read surnames.tsv → ({single: log p}, {compound: log p}); per-mille shares become probabilities."""
    single: dict[str, float] = {}
    compound: dict[str, float] = {}
    for line in data_lines("surnames.tsv"):
        name, _, freq = line.partition("\t")
        logp = math.log(max(float(freq), 1e-4) / 1000.0)
        (single if len(name) == 1 else compound)[name] = logp
    return single, compound


def _load_given_chars() -> frozenset[str]:
    return frozenset(data_lines("given_chars.txt"))


SINGLE_SURNAMES, COMPOUND_SURNAMES = _load_surnames()
GIVEN_CHARS = _load_given_chars()
# 75 % of given-name characters come from the common list; the rest from ~6000 other characters.
_COMMON_CHAR_LOGP = math.log(0.75 / max(len(GIVEN_CHARS), 1))
_RARE_CHAR_LOGP = math.log(0.25 / 6000)

# P(given-name length): about 85 % of names today are surname + 2 characters.
_LEN_LOGP = {1: math.log(0.15), 2: math.log(0.85)}

# Characters that (almost) never occur in a given name but often follow a surname-like character in
# running text or in organisation names (宣传部, 日报, 记者, 获悉 …).
_GIVEN_STOP = frozenset(
    "的了是在与及等从到对将把被说称表示获悉据讯电记者编辑摄稿责来市省县区部局委厅署处社网报台站队"
    "办所馆乡村这那们个也都就而但或不无于今昨该此吗呢吧啊年日团司"
)
_GIVEN_LAST_OK = frozenset("来")
# Broader set for tokens accepted only because a role word introduced them (unknown surname).
_FALLBACK_STOP = _GIVEN_STOP | frozenset(
    "采访问看见发现解布会议开展进行出作用可能要需所以因还更最很并已经由为着过得地上下中内外前后"
    "门路街道园场图片视频新闻文章来源作者记者本报网络综合整理提供据悉钟秒"
)

ROLE_WORDS = _load_roles()
# transliterated Tibetan names: 2-3 listed two-character syllables, no Han surname (data/name_syllables.txt)
_NAME_SYLLABLES = frozenset(data_lines("name_syllables.txt"))
# their score in a segmentation: better than any split into two Han names, as likely as a common one
_SYLLABLE_NAME_LOGP = math.log(1e-6)
_PLACEHOLDER_TAGS = {w.strip(): tag.strip() for w, _, tag in (x.partition("\t") for x in data_lines("placeholders.txt"))}
_PLACEHOLDER_WORDS = list(_PLACEHOLDER_TAGS)
_PLACEHOLDER_PREFIXES = tuple(w for w, tag in _PLACEHOLDER_TAGS.items() if tag == "prefix")
PLACEHOLDERS = frozenset(
    {w for w in _PLACEHOLDER_WORDS} | {v for w in _PLACEHOLDER_WORDS if w.isascii() for v in (w.capitalize(),
                                                                                           w.upper())})
_PLACEHOLDERS_FOLDED = frozenset(w.casefold() for w in _PLACEHOLDER_WORDS)


def _tagged(name: str) -> dict[str, str]:
    """``data/<name>`` as {word: tag}: a line is ``word`` or ``word<TAB>tag``."""
    out: dict[str, str] = {}
    for line in data_lines(name):
        word, _, tag = line.partition("\t")
        out[word.strip()] = tag.strip()
    return out


_OUTLET_TAGS = _tagged("outlets.txt")
OUTLETS = frozenset(_OUTLET_TAGS)
_OUTLETS_FOLDED = frozenset(w.casefold() for w in OUTLETS)
# outlets that name the outlet before other words too (人民日报海外版, 央视新闻): 3+ characters or a tagged stem
_OUTLET_PREFIXES = tuple(sorted((w for w, tag in _OUTLET_TAGS.items() if len(w) >= 3 or tag == "stem"),
                                key=len, reverse=True))
OUTLET_STEMS = frozenset(w for w, tag in _OUTLET_TAGS.items() if tag == "stem")
_PLATFORM_TAGS = _tagged("platforms.txt")
PLATFORMS = frozenset(w.casefold() for w in _PLATFORM_TAGS)
_PLATFORMS_ANYWHERE = tuple(w.casefold() for w, tag in _PLATFORM_TAGS.items()
                            if len(w) >= 3 or w.isascii() or tag == "anywhere")
_OUTLET_SUFFIX_TAGS = _tagged("outlet_suffixes.txt")
OUTLET_SUFFIXES = tuple(_OUTLET_SUFFIX_TAGS)
_OUTLET_WORDS = tuple(w for w, tag in _OUTLET_SUFFIX_TAGS.items() if tag == "anywhere")
_PLATFORM_SUFFIX_TAGS = _tagged("platform_suffixes.txt")
PLATFORM_SUFFIXES = tuple(_PLATFORM_SUFFIX_TAGS)
_TOPIC_SUFFIXES = tuple(w for w, tag in _PLATFORM_SUFFIX_TAGS.items() if tag == "topic")
_ACCOUNT_VERBS = tuple(sorted(data_lines("account_verbs.txt"), key=len, reverse=True))
_ORG_SUFFIX_TAGS = _tagged("org_suffixes.txt")
ORG_SUFFIXES = tuple(_ORG_SUFFIX_TAGS) + OUTLET_SUFFIXES
_WEAK_ORG_SUFFIXES = frozenset(w for w, tag in _ORG_SUFFIX_TAGS.items() if tag == "weak")
_ORG_WORDS = tuple(w for w, tag in _ORG_SUFFIX_TAGS.items() if tag == "anywhere")
UI_WORDS = tuple(data_lines("ui_words.txt"))
_ORG_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, ORG_SUFFIXES), key=len, reverse=True)) + ")$")
_ORG_CHARS_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·&（）()\-]+$")
_CJK_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_DOT_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})+$")
_SEP_RE = re.compile(r"[\s\u3000\xa0、，,;；/|｜]+")
_MAX_RUN = 64


def _given_ok(given: str) -> bool:
    if len(given) == 2 and given[1] in _GIVEN_LAST_OK:  # 东来, 春来: a stop character closing a two-character given name
        return given[0] not in _GIVEN_STOP
    return bool(given) and not any(c in _GIVEN_STOP for c in given)


def _given_logp(given: str) -> float:
    return _LEN_LOGP[len(given)] + sum(
        _COMMON_CHAR_LOGP if c in GIVEN_CHARS else _RARE_CHAR_LOGP for c in given)


def is_syllable_name(s: str) -> bool:
    """A transliterated Tibetan name: 2–3 listed two-character syllables run together (``次仁罗布``,
    ``旦增顿珠``, ``扎西次仁多吉``; data/name_syllables.txt)."""
    return len(s) in (4, 6) and all(s[i:i + 2] in _NAME_SYLLABLES for i in range(0, len(s), 2))


#: Entries of each look-up cache below: full after a few thousand articles, then evicting (flat memory; at
#: 65,536 they kept growing past 100k articles: +~1.2 entries, ~250 bytes, an article).
NAME_CACHE_SIZE = 4096


@lru_cache(maxsize=NAME_CACHE_SIZE)
def name_score(s: str) -> float | None:
    """Log-probability of ``s`` as one name (surname + 1–2 given characters, or a syllable name); None if
    impossible."""
    if is_syllable_name(s):
        return _SYLLABLE_NAME_LOGP
    best: float | None = None
    if len(s) >= 3 and s[:2] in COMPOUND_SURNAMES and len(s) - 2 in _LEN_LOGP and _given_ok(s[2:]):
        best = COMPOUND_SURNAMES[s[:2]] + _given_logp(s[2:])
    if s[:1] in SINGLE_SURNAMES and len(s) - 1 in _LEN_LOGP and _given_ok(s[1:]):
        score = SINGLE_SURNAMES[s[0]] + _given_logp(s[1:])
        best = score if best is None else max(best, score)
    return best


def is_plausible_name(s: str) -> bool:
    """True for one PERSON's name: a listed surname + 1–2 given characters (2–4 Han characters), a ·-joined
    name (``买买提·艾力``) or a romanised name of 2–4 capitalised words; never an outlet, platform, role word
    or placeholder."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    if not s or is_placeholder(s) or s in ROLE_WORDS or is_outlet(s) or is_platform(s):
        return False
    if _DOT_NAME_RE.match(s):
        return 3 <= len(s) <= 20 and not is_organisation(s)
    if is_latin_name(s):
        return len(s.split()) >= 2
    if is_syllable_name(s):
        return True
    if not 2 <= len(s) <= 4 or not _CJK_RE.match(s):
        return False
    return name_score(s) is not None and not is_ui_text(s)


# a capitalised word (Spolsky, O'Brien, McDonald), an initial (J.), a short all-caps name (LI) or a particle
_LATIN_WORD_RE = re.compile(
    r"^(?:[A-Z][a-z]*\.|[A-Z][a-zA-Z'\-]*[a-z][a-zA-Z'\-]*|[A-Z]{2,3}|(?:van|von|de|da|di|der|le|la|bin|ibn|al))$")
_LATIN_NOT_NAME = frozenset(w.casefold() for w in data_lines("latin_non_name_words.txt"))


def is_latin_name(s: str) -> bool:
    """1–4 capitalised Latin words that could be a person's name (``Joel Spolsky``, ``J. K. Rowling``), no
    word of an outlet or a desk (News, Daily, Media, Staff, Editor …)."""
    words = s.split()
    if not 1 <= len(words) <= 4 or len(s) > 40:
        return False
    return all(_LATIN_WORD_RE.match(w) and w.casefold().rstrip(".") not in _LATIN_NOT_NAME for w in words)


# a placeholder numbered by the site: 网友10号, 游客_8a2f, 匿名用户123, guest42
_NUMBERED_RE = re.compile(r"[\s_\-#.]*\d[0-9A-Za-z]*号?$")


def is_placeholder(s: str) -> bool:
    """``未知``, ``佚名``, ``系统管理员``, ``admin``, ``-``: text that names nobody (data/placeholders.txt), also
    when the site numbers it (``网友10号``, ``guest42``) or it opens with one tagged ``prefix`` (``网友小李``)."""
    s = s.strip().casefold()
    if s in _PLACEHOLDERS_FOLDED:
        return True
    if s.startswith(_PLACEHOLDER_PREFIXES):
        return True
    m = _NUMBERED_RE.search(s)
    return bool(m) and m.start() > 0 and s[:m.start()] in _PLACEHOLDERS_FOLDED


def is_role_word(s: str) -> bool:
    """A byline role word on its own or with its label mark (``选稿``, ``责任编辑：``, ``记者``)."""
    return s.strip().rstrip(":：/| ") in ROLE_WORDS


def _dot_parts(s: str) -> list[str]:
    return [x for x in re.split(r"[·•・|｜]", s) if x.strip()] if any(c in s for c in "·•・|｜") else []


# Outlet and platform words are looked for inside texts of at most this many characters (a name, not a sentence).
_MAX_WORD_HOST = 12


def _could_be_person(s: str) -> bool:
    """A 2–4 Han text that scores as a personal name (彭博文), or a text too long to be a name of anything: the
    guard that keeps prefix and inside matches to short names."""
    return len(s) > _MAX_WORD_HOST or (2 <= len(s) <= 4 and bool(_CJK_RE.match(s)) and name_score(s) is not None)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_outlet(s: str) -> bool:
    """A news outlet or one of its channels: a listed one (``参考消息``, ``新华社``, ``Reuters``; data/outlets.txt), a
    name ending in an outlet suffix (``X日报``, ``X网``, ``X电视台``, ``X客户端`` …; data/outlet_suffixes.txt), a
    listed outlet followed by more words or a text holding an outlet word (``人民日报海外版``, ``央视新闻``,
    ``某某新闻客户端号``) when it is no personal name, or a ·-joined chain with an outlet in it
    (``新华日报·交汇点``)."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    if not s or len(s) > 40:
        return False
    if s.casefold() in _OUTLETS_FOLDED:
        return True
    if _ORG_CHARS_RE.match(s):
        if any(s.endswith(x) and len(s) > len(x) for x in OUTLET_SUFFIXES):
            return True
        if not _could_be_person(s) and (any(s.startswith(x) and len(s) > len(x) for x in _OUTLET_PREFIXES)
                                        or any(w in s and len(s) > len(w) for w in _OUTLET_WORDS)):
            return True
    parts = _dot_parts(s)
    return len(parts) >= 2 and any(is_outlet(x) for x in parts)


_DOMAIN_RE = re.compile(r"[A-Za-z0-9]\.(?:com|net|cn|org)\b", re.IGNORECASE)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_platform(s: str) -> bool:
    """A platform, channel, self-media account system or ad/recommendation vendor (data/platforms.txt): listed
    (``CSDN.NET``, ``Taboola``, ``澎湃号``), holding a listed one of 3+ characters or a Latin one (``CSDN博客``,
    ``by Taboola``), a domain name (``example.com``), ending in a platform suffix after at least two characters
    (``新浪科技``, ``腾讯财经``, ``XX号``; data/platform_suffixes.txt), or a ·-joined chain with one in it
    (``澎湃新闻·澎湃号·政务``). A personal name never is, nor a self-media account named for its topic
    (:func:`is_topic_account`: ``老王说财经``)."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    if not s or len(s) > 40:
        return False
    low = s.casefold()
    if low in PLATFORMS:
        return True
    parts = _dot_parts(s)
    if len(parts) >= 2 and any(is_platform(x) or is_outlet(x) for x in parts):
        return True
    if _DOMAIN_RE.search(s) or (not _could_be_person(s) and any(w in low for w in _PLATFORMS_ANYWHERE)):
        return True
    return (bool(_CJK_RE.match(s)) and any(s.endswith(x) and len(s) - len(x) >= 2 for x in PLATFORM_SUFFIXES)
            and not is_topic_account(s))


_NICKNAME_PREFIXES = "老小阿"


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_topic_account(s: str) -> bool:
    """A self-media account named for what it covers (``老王说财经``, ``小李看科技``, ``老张聊汽车``, ``老王财经``):
    a topic ending (data/platform_suffixes.txt, tagged ``topic``) after a stem that speaks of a person: a
    nickname (老/小/阿 + a listed surname), or 1–6 characters that are no outlet, platform or organisation and
    a talk verb (说, 聊, 看, 谈 …: data/account_verbs.txt). An outlet's channel (``新浪财经``, ``环球财经``) has
    neither shape; a listed outlet or platform never is one."""
    s = s.strip()
    if not 4 <= len(s) <= 14 or not _CJK_RE.match(s) or s.casefold() in PLATFORMS or s.casefold() in _OUTLETS_FOLDED:
        return False
    topic = next((x for x in _TOPIC_SUFFIXES if s.endswith(x)), None)
    if topic is None:
        return False
    stem = s[: -len(topic)]
    if len(stem) == 2 and stem[0] in _NICKNAME_PREFIXES and stem[1] in SINGLE_SURNAMES:
        return True
    verb = next((v for v in _ACCOUNT_VERBS if stem.endswith(v)), None)
    head = stem[: -len(verb)] if verb else ""
    return (1 <= len(head) <= 6 and not is_placeholder(head)
            and not (is_outlet(head) or is_platform(head) or is_organisation(head, handle=True)))


_UI_PUNCT_RE = re.compile(r"[!！?？。，,…#@《》“”\"<>=;；{}\[\]【】]|https?:|www\.|\.com\b")


def is_ui_text(s: str) -> bool:
    """Button, prompt or slogan text (``扫一扫查看详情``, ``成就一亿技术人!``): sentence or markup punctuation,
    a URL, or a UI word (data/ui_words.txt)."""
    return bool(_UI_PUNCT_RE.search(s)) or any(w in s for w in UI_WORDS)


def is_non_author(s: str) -> bool:
    """Text that names no person or account: an outlet or its channel, a platform, vendor or domain, an
    organisation (as :func:`is_organisation` with ``handle=True``), a role word, a placeholder, or button/slogan
    text. A caller that holds a plausible personal name (``全文杰``) checks :func:`is_plausible_name` first."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    return (is_placeholder(s) or is_role_word(s) or is_outlet(s) or is_platform(s)
            or is_organisation(s, handle=True) or is_ui_text(s))


# letters (Latin, Han, kana, Hangul), digits and _-·.&~ (放飞&心情, 私~川流, エミりん)
_HANDLE_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7afA-Za-z0-9_\-·•.&~～\s]+$")
_DATE_LIKE_RE = re.compile(r"\d{4}[-/年.]\d{1,2}|\d{1,2}:\d{2}|^\d+$")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_author_name(s: str) -> bool:
    """THE check for a text that may stand as an author: a person (:func:`is_plausible_name`) or an account
    handle (``去驴行``, ``GameForce``, ``往事随风x8pe``, ``私~川流``: 2–20 letters, digits, Han, kana, ``_-·.&~``);
    never what :func:`is_non_author` refuses (outlet, platform, vendor, organisation, role word, placeholder,
    button/slogan), a date, a byline (``本报记者张三``) or names run together (``陈静黄天玲``)."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    if is_plausible_name(s):
        return True
    if not 2 <= len(s) <= 20 or not _HANDLE_RE.match(s) or _DATE_LIKE_RE.search(s) or is_non_author(s):
        return False
    if any(w in s for w in ROLE_WORDS if len(w) >= 2 and ROLE_WORDS[w][0] != "m"):
        return False  # 本报记者张三, 责任编辑 …: a byline, not a name
    if any(w.casefold().strip(".") in _LATIN_NOT_NAME for w in s.split()):
        return False  # Xinhua News, Editorial Staff
    return is_topic_account(s) or not (  # 陈静黄天玲: to be split (阿杰谈体育 is no 阿杰 + 谈体育)
        _CJK_RE.match(s) and len(s) >= 4 and len(_segment(s) or ()) >= 2)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _segment(run: str) -> tuple[str, ...] | None:
    """Most likely split of a separator-free CJK run into names (Viterbi over name lengths 2–4, and 6 for a syllable name)."""
    n = len(run)
    if n < 2 or n > _MAX_RUN or not _CJK_RE.match(run):
        return None
    best: list[float | None] = [None] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for end in range(2, n + 1):
        for size in (2, 3, 4, 6):
            start = end - size
            if start < 0 or best[start] is None:
                continue
            score = name_score(run[start:end])
            if score is None:
                continue
            total = best[start] + score  # type: ignore[operator]
            if best[end] is None or total > best[end]:  # type: ignore[operator]
                best[end], back[end] = total, start
    if best[n] is None:
        return None
    parts: list[str] = []
    end = n
    while end:
        parts.append(run[back[end]:end])
        end = back[end]
    return tuple(reversed(parts))


_JOINED_RE = re.compile(r"以及|[和及与]")


def segment_names(run: str) -> list[str] | None:
    """Strict split of one separator-free run into names; None when some part is not a name.

    Names joined by 和/及/与 (``张明和李华``) are split there when every part is a run of names
    (``张和平`` stays one name)."""
    if _DOT_NAME_RE.match(run):
        return [run] if is_plausible_name(run) else None  # 澎湃新闻·澎湃号·政务 is a channel, not a name
    if _JOINED_RE.search(run):
        parts = [_segment(x) for x in _JOINED_RE.split(run)]
        if len(parts) > 1 and all(parts):
            return [name for part in parts for name in part]  # type: ignore[union-attr]
    seg = _segment(run)
    return list(seg) if seg else None


_SPACED_COMPOUND_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<surname>[\u4e00-\u9fff]{2})[ \u3000\xa0]+(?=(?P<given>[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff]))")


def join_spaced_surnames(text: str) -> str:
    """A compound surname parted by spaces from a 1–2 character given name joined (``欧阳 娜娜`` → ``欧阳娜娜``,
    ``诸葛 亮``), unless both parts are plausible names on their own (``欧阳 张三``: two people)."""
    if " " not in text and "\u3000" not in text and "\xa0" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        surname, given = m.group("surname"), m.group("given")
        if (surname not in COMPOUND_SURNAMES or not is_plausible_name(surname + given)
                or (is_plausible_name(surname) and is_plausible_name(given))):
            return m.group(0)
        return surname  # the spaces out; the given name (matched ahead) follows
    return _SPACED_COMPOUND_RE.sub(join, text)


def split_names(run: str) -> list[str]:
    """Split a run of names: ``陈静黄天玲俞新美`` → [陈静, 黄天玲, 俞新美]; also on spaces, 、，, ; /.

    Placeholders (未知, 佚名, 本报 …) give nothing; a chunk that cannot be segmented is kept whole.
    """
    out: list[str] = []
    for chunk in _SEP_RE.split(run.strip()):
        chunk = chunk.strip("　 :：()（）[]【】<>《》\"'“”")
        if not chunk or chunk in PLACEHOLDERS:
            continue
        seg = segment_names(chunk)
        out.extend(seg if seg else [chunk])
    return out


_FIELD_SEP_RE = re.compile(r"[\s\u3000、/／,，|｜&＆;；]+")


def personal_names(field_text: str) -> list[str] | None:
    """An author or account field that holds two to six personal names (``王小明 陶然``, ``王小明、陶然``,
    ``王小明/陶然``): the names; None for anything else (one name, a handle, an outlet)."""
    found = _personal_names(field_text.strip()) if len(field_text) <= 60 else None
    return list(found) if found else None


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _personal_names(text: str) -> tuple[str, ...] | None:
    tokens = [t for t in _FIELD_SEP_RE.split(text) if t]
    if 2 <= len(tokens) <= 6 and all(len(t) <= 4 and is_plausible_name(t) for t in tokens):
        return tuple(tokens)
    return None


@lru_cache(maxsize=NAME_CACHE_SIZE)
def is_organisation(s: str, handle: bool = False) -> bool:
    """True for an organisation, outlet or platform: 2–40 characters ending in 部/局/报/社/网/中心/公司/发布 …
    (data/org_suffixes.txt, outlet_suffixes.txt) or holding 官方, or a listed outlet, platform or vendor.

    ``handle``: the text may be a user or account name, which end in 行/站/园/队 … too (``去驴行``, ``美食驿站``):
    such a single-character ending (tagged ``weak``) counts only within a longer listed one (``银行``, ``工作站``)."""
    s = to_simplified(s.strip())  # 陳怡君, 明報: read in simplified characters
    if not 2 <= len(s) <= 40 or s in PLACEHOLDERS:
        return False
    if is_outlet(s) or is_platform(s):
        return True
    if not _ORG_CHARS_RE.match(s):
        return False
    if len(s) <= _MAX_WORD_HOST and any(w in s and len(s) > len(w) for w in _ORG_WORDS):
        return True
    m = _ORG_RE.search(s)
    return bool(m) and m.start() >= 1 and not (handle and m.group() in _WEAK_ORG_SUFFIXES)


def split_org_person(s: str) -> tuple[str | None, str]:
    """``海门区委宣传部许丛军`` → ('海门区委宣传部', '许丛军'); (None, s) without an organisation prefix (also
    for a whole organisation: ``校长办公室`` is no ``校长办`` + ``公室``)."""
    s = s.strip()
    parts = s.split()
    if len(parts) >= 2 and is_plausible_name(parts[-1]):
        head = "".join(parts[:-1])
        if is_organisation(head):
            return head, parts[-1]
    best: tuple[float, str, str] | None = None
    ending = _ORG_RE.search(s)  # 校长办公室: a cut inside the organisation's own ending (校长办 + 公室) is none
    for k in (2, 3, 4):
        org, name = s[:-k], s[-k:]
        if len(org) < 2 or not is_organisation(org) or (ending and ending.start() < len(org)):
            continue
        score = name_score(name) if _CJK_RE.match(name) else None
        if score is not None and (best is None or score > best[0]):
            best = (score, org, name)
    if best is None:
        return None, s
    return best[1], best[2]


# Job titles that stand between an affiliation and a name: 作者：中国国际经济交流中心研究员徐占忱.
TITLES = (
    "助理研究员", "副研究员", "研究员", "副教授", "教授", "讲师", "博士后", "博士生", "博士", "硕士",
    "研究生", "院长", "所长", "主任", "部长", "局长", "处长", "秘书长", "会长", "理事长", "主席",
    "董事长", "总经理", "首席经济学家", "经济学家", "分析师", "经济师", "律师", "学者", "专家",
)
_TITLE_AT_END_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")$")
_TITLE_THEN_NAME_RE = re.compile(
    "^(?P<head>.*?)(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")(?P<name>[^\\s]{2,4})$")
_TITLE_CHARS_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·“”\"（）()\-]+$")


def is_title(token: str) -> bool:
    """An affiliation + job title with no name (``世界经济研究部部长``, ``教授``), 2–40 characters."""
    return (2 <= len(token) <= 40 and bool(_TITLE_CHARS_RE.match(token))
            and bool(_TITLE_AT_END_RE.search(token)))


def split_title_person(token: str) -> tuple[str | None, str] | None:
    """``中国国际经济交流中心研究员徐占忱`` → ('中国国际经济交流中心', '徐占忱'); None without title + name."""
    if len(token) > 44 or not _TITLE_CHARS_RE.match(token):
        return None
    m = _TITLE_THEN_NAME_RE.match(token)
    if not m or not _CJK_RE.match(m.group("name")) or name_score(m.group("name")) is None:
        return None
    head = m.group("head").strip("“”\"")
    org = head if head and is_organisation(head) else None
    return org, m.group("name")


def fallback_name(token: str) -> bool:
    """A 2–3 character CJK token that could be a name whose surname we do not list (after role words);
    never an outlet, platform, role word, placeholder or UI word."""
    return (2 <= len(token) <= 3 and bool(_CJK_RE.match(token))
            and not any(c in _FALLBACK_STOP for c in token) and not is_placeholder(token)
            and token not in ROLE_WORDS and not is_outlet(token) and not is_platform(token)
            and not is_ui_text(token))
