"""Chinese personal names: plausibility, splitting runs of names, organisation + person.

Names are scored with a small generative model: log P(surname) from ``data/surnames.tsv``, a prior
over the given-name length (1 or 2 characters) and log P(character) for each given-name character
(common given-name characters from ``data/given_chars.txt`` are much likelier than the rest).
``split_names`` picks the segmentation of a run
such as ``陈静黄天玲俞新美`` with the highest total score by dynamic programming. Pure functions, no
Scrapy; the surname table is read once at import.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

__all__ = [
    "PLACEHOLDERS",
    "fallback_name",
    "is_organisation",
    "is_plausible_name",
    "is_title",
    "name_score",
    "segment_names",
    "split_names",
    "split_org_person",
    "split_title_person",
]


def _load_surnames() -> tuple[dict[str, float], dict[str, float]]:
    """Read surnames.tsv → ({single: log p}, {compound: log p}); per-mille shares become probabilities."""
    text = resources.files("newscrawl.text").joinpath("data/surnames.tsv").read_text(encoding="utf-8")
    single: dict[str, float] = {}
    compound: dict[str, float] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, freq = line.partition("\t")
        logp = math.log(max(float(freq), 1e-4) / 1000.0)
        (single if len(name) == 1 else compound)[name] = logp
    return single, compound


def _load_given_chars() -> frozenset[str]:
    text = resources.files("newscrawl.text").joinpath("data/given_chars.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


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
# Broader set for tokens accepted only because a role word introduced them (unknown surname).
_FALLBACK_STOP = _GIVEN_STOP | frozenset(
    "采访问看见发现解布会议开展进行出作用可能要需所以因还更最很并已经由为着过得地上下中内外前后"
    "门路街道园场图片视频新闻文章来源作者记者本报网络综合整理提供据悉"
)

PLACEHOLDERS = frozenset({
    "未知", "佚名", "不详", "无", "暂无", "匿名", "本报", "本台", "本网", "本站", "本刊", "网络",
    "网友", "综合", "网络综合", "网络整理", "整理", "小编", "编者", "待定", "无名", "不明", "未署名",
    "admin", "Admin", "简介",
    "-", "--", "—", "——", "/", "null", "None", "none", "N/A", "n/a",
})

ORG_SUFFIXES = (
    "宣传部", "办公室", "工作室", "派出所", "检察院", "联合会", "委员会", "客户端", "公众号", "融媒体",
    "部", "局", "委", "办", "院", "所", "站", "中心", "公司", "集团", "报", "社", "台", "网", "频道",
    "大学", "学院", "医院", "街道", "镇", "乡", "村", "区", "县", "市", "省", "厅", "处", "科", "队",
    "会", "馆", "园", "组", "室", "校", "中学", "小学", "团", "厂", "行", "署", "协会", "新闻", "杂志",
    "周刊", "传媒", "媒体", "银行", "法院", "党委", "政府", "网站", "视觉", "图库", "基地", "支部",
)
_ORG_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, ORG_SUFFIXES), key=len, reverse=True)) + ")$")
_KNOWN_MEDIA = frozenset({"央视", "新华", "中新", "澎湃", "界面", "财新", "凤凰", "腾讯", "新浪", "网易",
                          "搜狐", "红星", "封面", "上游", "九派", "极目", "潮新闻", "视觉中国", "东方IC",
                          "IC photo"})
_ORG_CHARS_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·&（）()\-]+$")
_CJK_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_DOT_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})+$")
_SEP_RE = re.compile(r"[\s\u3000\xa0、，,;；/|｜]+")
_MAX_RUN = 64


def _given_ok(given: str) -> bool:
    return bool(given) and not any(c in _GIVEN_STOP for c in given)


def _given_logp(given: str) -> float:
    return _LEN_LOGP[len(given)] + sum(
        _COMMON_CHAR_LOGP if c in GIVEN_CHARS else _RARE_CHAR_LOGP for c in given)


@lru_cache(maxsize=65536)
def name_score(s: str) -> float | None:
    """Log-probability of ``s`` as one name (surname + 1–2 given characters); None if impossible."""
    best: float | None = None
    if len(s) >= 3 and s[:2] in COMPOUND_SURNAMES and len(s) - 2 in _LEN_LOGP and _given_ok(s[2:]):
        best = COMPOUND_SURNAMES[s[:2]] + _given_logp(s[2:])
    if s[:1] in SINGLE_SURNAMES and len(s) - 1 in _LEN_LOGP and _given_ok(s[1:]):
        score = SINGLE_SURNAMES[s[0]] + _given_logp(s[1:])
        best = score if best is None else max(best, score)
    return best


def is_plausible_name(s: str) -> bool:
    """True for a single Chinese personal name: known surname + 1–2 given characters, or a ·-joined name."""
    s = s.strip()
    if not s or s in PLACEHOLDERS:
        return False
    if _DOT_NAME_RE.match(s):
        return 3 <= len(s) <= 20
    if not 2 <= len(s) <= 4 or not _CJK_RE.match(s):
        return False
    return name_score(s) is not None


@lru_cache(maxsize=65536)
def _segment(run: str) -> tuple[str, ...] | None:
    """Most likely split of a separator-free CJK run into names (Viterbi over name lengths 2–4)."""
    n = len(run)
    if n < 2 or n > _MAX_RUN or not _CJK_RE.match(run):
        return None
    best: list[float | None] = [None] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for end in range(2, n + 1):
        for size in (2, 3, 4):
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


def segment_names(run: str) -> list[str] | None:
    """Strict split of one separator-free run into names; None when some part is not a name."""
    if _DOT_NAME_RE.match(run):
        return [run]
    seg = _segment(run)
    return list(seg) if seg else None


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


def is_organisation(s: str) -> bool:
    """True for an organisation or outlet name: 2–40 characters ending in 部/局/报/社/网/中心/公司 … ."""
    s = s.strip()
    if not 2 <= len(s) <= 40 or s in PLACEHOLDERS:
        return False
    if s in _KNOWN_MEDIA:
        return True
    if not _ORG_CHARS_RE.match(s):
        return False
    m = _ORG_RE.search(s)
    return bool(m) and m.start() >= 1


def split_org_person(s: str) -> tuple[str | None, str]:
    """``海门区委宣传部许丛军`` → ('海门区委宣传部', '许丛军'); (None, s) without an organisation prefix."""
    s = s.strip()
    parts = s.split()
    if len(parts) >= 2 and is_plausible_name(parts[-1]):
        head = "".join(parts[:-1])
        if is_organisation(head):
            return head, parts[-1]
    best: tuple[float, str, str] | None = None
    for k in (2, 3, 4):
        org, name = s[:-k], s[-k:]
        if len(org) < 2 or not is_organisation(org):
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
    """A 2–3 character CJK token that could be a name whose surname we do not list (after role words)."""
    return (2 <= len(token) <= 3 and bool(_CJK_RE.match(token))
            and not any(c in _FALLBACK_STOP for c in token) and token not in PLACEHOLDERS)
