"""The grammar of one byline text: who wrote, photographed and edited an article, and where from.

``parse_byline_line`` reads one line (``文：陈静黄天玲俞新美``, ``（记者 胡晓蓉） 责任编辑：孙重远``,
``来源：河南日报客户端``) into a ``Byline``; ``bracket_names`` reads names alone in brackets (``（袁源）``).
Finding such lines in an article's paragraphs is ``newscrawl.text.bylines``.

A line counts as a byline only when all of it is accounted for: role words (记者, 图, 责任编辑, 来源 …),
names, organisations, placeholders, dates. Running text (``记者从中国石化获悉``, ``据记者了解``) is never a
byline. Pure functions, no Scrapy.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newscrawl.text.names import (
    OUTLET_STEMS,
    PLACEHOLDERS,
    ROLE_WORDS,
    UI_WORDS,
    fallback_name,
    is_organisation,
    is_outlet,
    is_placeholder,
    is_platform,
    is_plausible_name,
    is_title,
    join_spaced_surnames,
    segment_names,
    split_org_person,
    split_title_person,
)
from newscrawl.text.source_issue import without_issue
from newscrawl.text.traditional import restore, to_simplified

__all__ = ["Byline", "bracket_names", "in_script_of", "is_dateline", "looks_like_outlet", "parse_byline_line",
           "plain_text"]


@dataclass
class Byline:
    """People, organisations and source named by byline lines, and the raw lines they came from."""

    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    source: str | None = None
    lines: list[str] = field(default_factory=list)
    #: names credited only with 整理: authors while no writer is named, dropped from authors once one is
    arrangers: list[str] = field(default_factory=list)

    def merge(self, other: Byline) -> None:
        """Add ``other``'s names (deduplicated, in order); keep the first source found."""
        for attr in ("authors", "photographers", "editors", "organisations", "lines", "arrangers"):
            mine = getattr(self, attr)
            mine.extend(x for x in getattr(other, attr) if x not in mine)
        if self.source is None:
            self.source = other.source
        if self.arrangers and any(a not in self.arrangers for a in self.authors):
            self.authors = [a for a in self.authors if a not in self.arrangers]


# --- role words (data/byline_roles.tsv) ----------------------------------------------------------------
# a = writer credit, t = staff title (a writer unless a credit word before it in its group says otherwise),
# w = 整理, p = photographer, e = editor, s = source, i = image credit, m = metadata (consumed, ignored)
_ROLES: dict[str, str] = {w: code for w, (code, _) in ROLE_WORDS.items()}
# 报道 is no role word: "网易商业报道", "相关报道" are not bylines; "张三 北京报道" is (_PLACE_REPORT_RE)
_POSTFIX = frozenset(w for w, (_, post) in ROLE_WORDS.items() if post)
_CREDIT_CODES = frozenset("apewsi")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_ROLE_HINT_RE = re.compile("[" + "".join(sorted({w[0] for w in _ROLES})) + "]")
_MULTI_ROLES = "|".join(re.escape(w) for w in sorted((w for w in _ROLES if len(w) > 1), key=len,
                                                     reverse=True))
_ROLE_RE = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in _ROLES})) + "])"  # cheap first-character filter
    + f"(?:(?:{_MULTI_ROLES})(?!号|部|站|组|室|版|中心|频道|处|科|团)"
    + rf"|(?<![{_CJK}A-Za-z0-9])[文图圖译](?=[\s:/、,|]|$)"
    + r"|[摄攝](?=[\s:/、,|]|$))"
)
_SPACES_RE = re.compile(r" {2,}")
_URL_EMAIL_RE = re.compile(r"(?:https?:/*|www\.)[\w./?=&%#~+\-]+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_CJK_RUN_RE = re.compile(rf"^[{_CJK}]+$")
_LABEL_RE = re.compile(rf"(?:^|(?<=[\s|/,;]))([{_CJK}]{{2,5}})(?=\s*:)")
# a label whose value is a number, a count or a duration (时长：03:42, 字数：1200, 阅读：3.2万): never a name
_NUMBER_VALUE_RE = re.compile(r"\s*:\s*\d")
_GROUP_GAP_RE = re.compile(r"^[\s:/、,&|]*$")

_TRANS = str.maketrans({
    "\u3000": " ", "\xa0": " ", "\t": " ", "：": ":", "（": "(", "）": ")", "【": "[", "】": "]", "〔": "[",
    "〕": "]", "［": "[", "］": "]", "〖": "[", "〗": "]", "／": "/", "｜": "|", "，": ",", "；": ";",
    "＆": "&", "＿": "_", "丨": "|",
})
_DECOR = "□■●◆◇★☆▲△▼▽○◎※•‧-—–_=*#>|│〓~～· \n\r\f\v"
_BRACKETS_RE = re.compile(r"[()\[\]<>{}「」『』〈〉]")
# 【纠错】 【打印】 beside a credit (``【纠错】 【责任编辑:X】``): bracketed buttons, read and ignored
_BUTTON_RE = re.compile(r"\[\s*([^\[\]:\s]{2,6})\s*\]")
_TOKEN_SEP_RE = re.compile(r"[\s、,;|/&:]+")
_CODE_SUFFIX_RE = re.compile(r"[_#][A-Za-z0-9]+$")
_SKIP_TOKEN_RE = re.compile(
    r"^(?:[A-Za-z]{0,4}\d[\dA-Za-z:\-./年月日时分秒]*|\d+[年月日时分秒]?|\d*(?:分钟|小时|秒钟?|天)前?|刚刚)$")
_ASCII_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z.'\-]*$")
_DATELINE_RE = re.compile(
    r"^(?:(?:本报|本刊|本台|本网|本站)\S{0,12}讯"
    r"|\S{0,16}?(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}日)?(?:[讯电]|消息))$")
_DATE_IN_SOURCE_RE = re.compile(
    r"\d{2,4}[-/年.]\d{1,2}(?:[-/月.]\d{1,2}日?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?")

_OUTLET_SUFFIX_RE = re.compile(
    r"(?:社|报|网|网站|新闻|财经|客户端|数据|公司|台|频道|周刊|杂志|传媒|资讯|APP|App|app|微博|"
    r"微信|公众号|官微|官网|头条|快讯|电视|广播|之声|在线|观察|报道|视点|证券|研究院|日报)$")
_OUTLET_BAD_START = ("附", "注", "见", "详", "图", "完", "续", "下同", "下表", "下图", "上表", "上图", "如图",
                     "如下", "含", "据", "均", "即", "包括", "以上", "以下", "单位", "编者", "备注", "同比",
                     "环比", "原标题", "点击", "来自")


# "记者 张三 北京报道", "記者王小明／台北報導": the place and 报道 after the names (报道 alone is not a role word: "21世纪经济报道")
_PLACE_REPORT_RE = re.compile(rf"(?:\s+|\s*[/／]\s*)(?:[{_CJK}]{{2,6}}(?:报[道导]|电)|报[道导])$")
# "东方网记者张三、李四报道：": 报道 glued to the last name (taken off when the names are glued or joined by 、
# and a personal name is left before it)
_GLUED_REPORT_RE = re.compile(rf"(?<=[{_CJK}])报[道导]\s*:?$")
# "本报记者罗科苏盈发自北京": 发自 + place closes a byline, glued or not
_SENT_FROM_RE = re.compile(rf"\s*发自[{_CJK}]{{2,8}}$")
# "周思博 (Joel Spolsky)": a Latin form of the name just before it, in brackets, is the same person
_ALIAS_RE = re.compile(rf"(?<=[{_CJK}])\s*[(（]\s*[A-Za-z][A-Za-z .'\-]{{1,40}}[)）]")


_TAG_RE = re.compile(r"<[^<>]*>")


def plain_text(text: str) -> str:
    """Text with any inline markup taken out (``上海<span><a>证券</a></span>报`` → ``上海证券报``)."""
    if "<" in text and ">" in text:
        text = _TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def _normalise(text: str) -> str:
    s = text.translate(_TRANS).strip(_DECOR)
    return _SPACES_RE.sub(" ", s) if "  " in s else s


def _clean_token(tok: str) -> str:
    tok = _CODE_SUFFIX_RE.sub("", tok.strip("\"'“”‘’.。"))
    return tok.strip()


def _parse_people(seg: str) -> tuple[list[str], list[str]] | None:
    """Names and organisations in a stretch of byline text; None when something else is there.

    A token with a surname we do not list is taken as a name only when it stands apart from the role
    word (``记者 禤某``), not glued to it (``作者须知``).
    """
    loose = not seg[:1].strip() or seg[:1] in ":/|"
    if "@" in seg or "www." in seg or "http" in seg:
        seg = _URL_EMAIL_RE.sub(" ", seg)  # 编辑：张三 zhangsan@example.com
    glued = _GLUED_REPORT_RE.search(seg)  # names glued or joined by 、 (spaced, ``张三 南京报道`` is a place)
    if (glued and not any(c.isspace() for c in seg[:glued.start()].strip())
            and is_plausible_name(_TOKEN_SEP_RE.split(seg[:glued.start()].strip())[-1])):
        seg = seg[:glued.start()]
    seg = join_spaced_surnames(_SENT_FROM_RE.sub("", _PLACE_REPORT_RE.sub("", seg.rstrip())))  # 欧阳 娜娜
    names: list[str] = []
    orgs: list[str] = []
    latin: list[str] = []

    def flush_latin() -> None:
        if latin:
            whole = " ".join(latin)
            if is_outlet(whole) or is_platform(whole):
                orgs.append(whole)  # 作者：Taboola, CSDN.NET: a vendor or platform, nobody
            elif not is_placeholder(whole):
                names.append(whole)
            latin.clear()

    for raw in _TOKEN_SEP_RE.split(seg):
        tok = _clean_token(raw)
        if _ASCII_NAME_RE.match(tok) and not is_placeholder(tok):
            latin.append(tok)
            continue
        flush_latin()
        if not tok or is_placeholder(tok) or _SKIP_TOKEN_RE.match(tok):
            continue
        if tok in _ROLES:
            return None  # a role word kept as a name (选稿：许文杰 read wrong) is never a name
        if tok in _JOINERS:
            continue  # 张三 和 李四
        seg_names = segment_names(tok)
        if seg_names:
            names.extend(seg_names)
            continue
        titled = split_title_person(tok)
        if titled:
            if titled[0]:
                orgs.append(titled[0])
            names.append(titled[1])
            continue
        if is_title(tok):  # 世界经济研究部部长 between an affiliation and the name that follows
            continue
        org, person = split_org_person(tok)
        if org:
            orgs.append(org)
            names.append(person)
        elif is_organisation(tok):
            orgs.append(tok)
        elif loose and fallback_name(tok):
            names.append(tok)
        else:
            return None
    flush_latin()
    return names, orgs


_JOINERS = frozenset(["和", "及", "与", "以及"])
_TITLE_BRACKETS_RE = re.compile(r"^《([^《》]{1,20})》$")


def _parse_prefix(seg: str) -> list[str] | None:
    """Text before the first role word: organisations (``光明日报``, ``新华日报·交汇点``, ``《棱镜》``), a
    dateline (本报讯, …电), dates or placeholders."""
    orgs: list[str] = []
    for raw in re.split(r"[\s、,;|/&:]+", seg):
        tok = _clean_token(raw)
        if not tok or is_placeholder(tok) or _SKIP_TOKEN_RE.match(tok) or _DATELINE_RE.match(tok):
            continue
        if any(w in tok for w in UI_WORDS):
            continue  # a toolbar before the byline: 打印 关闭 收藏 来源：X
        titled = _TITLE_BRACKETS_RE.match(tok)
        if titled:  # 《红周刊》记者: a publication named by its title
            orgs.append(titled.group(1))
            continue
        parts = [x for x in re.split(r"[·•]+", tok) if x]
        if parts and all(_SKIP_TOKEN_RE.match(x) or _DATELINE_RE.match(x) or is_organisation(x)
                         or x.endswith(tuple(OUTLET_STEMS)) for x in parts):
            orgs.extend(x for x in parts if not (_SKIP_TOKEN_RE.match(x) or _DATELINE_RE.match(x)))
            continue
        if len(parts) > 1 and is_organisation(tok):  # 新华日报·交汇点: an outlet and its app or column
            orgs.append(tok)
            continue
        return None
    return orgs


_AFFILIATION_RE = re.compile(rf"^[{_CJK}A-Za-z0-9·•]{{2,12}}$")


def _split_affiliation(seg: str) -> tuple[str, str | None]:
    """A token glued to the staff title after it (``南都`` in ``采写：南都见习记者 X``), or joined to it by a plus
    sign (``澜江+记者 X``, ``某某新闻＋记者``): the reporter's outlet.

    Returns (the segment without it, the outlet) when the last token of ``seg`` touches the role word and is
    no personal name; else (seg, None)."""
    if not seg or not seg[-1:].strip() or seg[-1] in ":/|、,;&":
        return seg, None
    core = seg.rstrip("+＋")
    if core != seg:  # 澜江+记者, 某某新闻＋记者: an outlet joined to the title by a plus sign
        tok = re.split(r"[\s、,;|/&:+＋]+", core)[-1]
        if (tok and _AFFILIATION_RE.match(tok) and not is_placeholder(tok) and not _SKIP_TOKEN_RE.match(tok)
                and not _DATELINE_RE.match(tok)):
            return core[: -len(tok)], tok.strip("·•")
        return seg, None
    tok = re.split(r"[\s、,;|/&:]+", seg)[-1]
    if (not _AFFILIATION_RE.match(tok) or is_plausible_name(tok) or is_placeholder(tok) or is_organisation(tok)
            or all(is_organisation(x) for x in re.split(r"[·•]+", tok) if x)
            or _SKIP_TOKEN_RE.match(tok) or _DATELINE_RE.match(tok)):
        return seg, None
    return seg[: -len(tok)], tok.strip("·•")


def _group_codes(words: list[str]) -> str:
    """Role codes of a group of role words that follow each other (``文/图``, ``摄/本报记者``): a staff title
    after a credit word is only the credited person's title."""
    codes = ""
    for w in words:
        c = _ROLES.get(w, "m")
        if c == "t":
            if any(x in _CREDIT_CODES for x in codes):
                continue
            c = "a"
        codes += c
    return codes


def _outlet_words_in_source(work: str, matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop role words that are the end of an outlet's name after 来源 (``来源：梨视频``, ``来源：XX图片``): glued
    to the name before them, with no label mark after them."""
    out: list[tuple[int, int, str]] = []
    for start, end, word in matches:
        if (out and _ROLES[out[-1][2]] in ("s", "i") and _ROLES[word] in "pm" and start > 0
                and re.match(rf"[{_CJK}A-Za-z0-9]", work[start - 1])
                and " " not in work[out[-1][1]:start].strip(" :")
                and work[end:].lstrip()[:1] not in (":", "/")):
            continue
        out.append((start, end, word))
    return out


def _clean_source(seg: str) -> str | None | bool:
    """Source text after 来源: → outlet name; None when empty/placeholder; False when not a source.

    Toolbar words after it (``举报``, ``发表评论``, ``分享到``) are dropped."""
    s = _DATE_IN_SOURCE_RE.sub(" ", seg)
    s = re.sub(r"\s+", " ", s).strip(" :,;|/.-—")
    if " " in s:
        s = " ".join(t for t in s.split(" ") if not any(w in t for w in UI_WORDS)).strip(" :,;|/.-—")
    if not s or s in PLACEHOLDERS:
        return None
    if len(s) > 40 or any(c in s for c in "。！？!?"):
        return False
    return s


def _new_field(work: str, group: list, start: int, end: int) -> bool:
    """Whether the role word at ``start:end`` opens a labelled field of its own after a closing credit
    (``魏其濛/文 来源：X``, ``张三/摄 编辑：李四``) rather than joining ``group`` (``文/图``): the group's words all
    close a credit, text stands before it, only spaces part them and a label mark follows the word."""
    prev_end = group[1]
    return (all(w in _POSTFIX for w in group[3]) and bool(work[:group[0]].strip(" /:|"))
            and work[prev_end:start].strip() == "" and " " in work[prev_end:start]
            and work[end:].lstrip()[:1] == ":")


def _has_names(seg: str) -> bool:
    parsed = _parse_people(seg)
    return bool(parsed and parsed[0])


def in_script_of(b: Byline, simplified: str, original: str) -> Byline:
    """``b``, read from ``simplified`` (``original`` in simplified characters, newscrawl.text.traditional),
    with its names, source and lines as ``original`` writes them (陳怡君, not 陈怡君)."""
    if simplified == original:
        return b

    def back(xs: list[str]) -> list[str]:
        return [restore(x, simplified, original) for x in xs]

    return Byline(back(b.authors), back(b.photographers), back(b.editors), back(b.organisations),
                  restore(b.source, simplified, original) if b.source else b.source, back(b.lines),
                  back(b.arrangers))


def parse_byline_line(text: str) -> Byline | None:
    """One line → Byline when the whole line is byline/source text, else None. A traditional-script line
    (記者, 責任編輯, 來源) is read in simplified characters, its names given back as written."""
    plain = plain_text(text)
    simplified = to_simplified(plain)
    if len(plain) > 200 or not _ROLE_HINT_RE.search(simplified):
        return None
    found = _parse_line_cached(simplified)
    if found is None:
        return None
    authors, photographers, editors, organisations, source, arrangers = found
    b = Byline(list(authors), list(photographers), list(editors), list(organisations), source, [], list(arrangers))
    b = in_script_of(b, simplified, plain)
    b.lines = [text.strip()]
    return b


_Parsed = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None, tuple[str, ...]]


@lru_cache(maxsize=16384)
def _parse_line_cached(text: str) -> _Parsed | None:
    s = _normalise(text)
    if not s or len(s) > 160:
        return None
    s = s.rstrip("。.")
    if any(c in s for c in "。！？!?"):
        return None
    if "(" in s:
        s = _ALIAS_RE.sub("", s)
    if "[" in s:
        s = _BUTTON_RE.sub(lambda m: " " if any(w in m.group(1) for w in UI_WORDS) else m.group(0), s).strip()
    work = _BRACKETS_RE.sub(" ", s)
    matches = [(m.start(), m.end(), m.group()) for m in _ROLE_RE.finditer(work)]
    if not matches:
        return None
    matches = _outlet_words_in_source(work, matches)
    if ":" in work:  # other labelled fields of the line (排版：X, 视觉：Y): read and ignored, never names
        labels = [(m.start(1), m.end(1), m.group(1)) for m in _LABEL_RE.finditer(work)
                  if not any(a < m.end(1) and m.start(1) < b and _ROLES[w] != "m" for a, b, w in matches)
                  and not (len(m.group(1)) == 2 and is_plausible_name(m.group(1))
                           and not _NUMBER_VALUE_RE.match(work, m.end(1)))]
        if labels:
            matches = sorted([x for x in matches if not any(a < x[1] and x[0] < b for a, b, _ in labels)]
                             + labels)
    # merge role words that follow each other (文/图, 文、图) into groups: (start, end, codes, words)
    groups: list[list] = []
    for start, end, word in matches:
        if groups and _GROUP_GAP_RE.match(work[groups[-1][1]:start]) and not _new_field(work, groups[-1], start, end):
            groups[-1][1] = end
            groups[-1][3].append(word)
        else:
            groups.append([start, end, "", [word]])
    for g in groups:
        g[2] = _group_codes(g[3])
    if all(set(g[2]) <= {"m"} for g in groups):
        return None
    n = len(groups)
    contents = [work[: groups[0][0]]]
    contents += [work[groups[i][1]: groups[i + 1][0]] for i in range(n - 1)]
    contents.append(work[groups[-1][1]:])
    staff = [all(_ROLES.get(w) == "t" for w in g[3]) for g in groups]

    out = Byline()
    # an outlet glued to a staff title (南都见习记者, 每经记者) or to an editor's (每经编辑): an affiliation
    for i in range(n):
        if staff[i] or groups[i][2] == "e":
            contents[i], org = _split_affiliation(contents[i])
            if org:
                out.organisations.append(org)

    postfix = [False] * n
    for i, (_, end, codes, words) in enumerate(groups):
        marker = work[end:].lstrip()[:1] in (":", "/")
        if (all(w in _POSTFIX for w in words) and not marker and contents[i].strip()
                and (not contents[i + 1].strip() or i == 0 or postfix[i - 1])
                and _has_names(contents[i])):
            postfix[i] = True
    # 记者 张三 实习生 李四 文/图, 记者 王五 摄: a closing credit after staff titles credits all their names
    chain = (n >= 2 and postfix[-1] and not any(postfix[:-1]) and all(staff[:-1])
             and not contents[-1].strip())
    if chain:
        postfix[-1] = False
    # 文/张三 李四/摄: a credit before names and one glued after the last (X/摄): the last name is the closing
    # credit's, the others the opening one's (记者 张三 李四 摄, spaced, credits all: ``chain``)
    before_postfix: dict[int, str] = {}
    for i in range(n - 1):
        if not postfix[i] and postfix[i + 1] and not staff[i] and not chain:
            tokens = contents[i + 1].split()
            if len(tokens) >= 2 and tokens[-1].endswith(("/", "|")):
                before_postfix[i] = " ".join(tokens[:-1])
                contents[i + 1] = " " + tokens[-1]

    if not postfix[0]:
        orgs = _parse_prefix(contents[0])
        if orgs is None:
            return None
        out.organisations.extend(orgs)
    arrangers: list[str] = []
    for i, (_, _, codes, _) in enumerate(groups):
        if chain and i == n - 1:
            break
        if chain:
            codes = groups[-1][2]
        if postfix[i]:
            seg = contents[i]
        elif i + 1 < n and postfix[i + 1]:
            seg = before_postfix.get(i, "")
        else:
            seg = contents[i + 1]
        if i > 0 and postfix[i - 1] and not postfix[i] and contents[i].strip():
            return None  # text between a postfix role and a prefix role belongs to nobody
        if "m" in codes and set(codes) <= {"m"}:
            continue
        if "s" in codes:
            if postfix[i]:
                return None
            src = _clean_source(seg)
            if src is False:
                return None
            if src and is_plausible_name(src) and not looks_like_outlet(src):
                out.authors.append(src)  # "来源: 尹娟": a person named as the source wrote the piece
                continue
            if src and " " in src:  # "来源：某某网 王五": the outlet, then its writer; a second outlet is dropped
                head, *rest = src.split(" ")
                if ((is_organisation(head) or looks_like_outlet(head))
                        and all(_CJK_RUN_RE.match(t) and (is_plausible_name(t) or is_organisation(t)) for t in rest)):
                    src = head
                    out.authors.extend(t for t in rest if is_plausible_name(t))
            if src and out.source is None:
                out.source = without_issue(src)  # type: ignore[arg-type]  # 《X》2024年第2期 → 《X》
            continue
        if not postfix[i] and seg.lstrip().startswith("自") and set(codes) & {"a", "w"}:
            continue  # 综合整理自 A、B, 编译自 X: the sources it was compiled from, nobody credited
        parsed = _parse_people(seg)
        if "i" in codes:
            if parsed is None:
                credit = _clean_source(seg)
                if credit is False:
                    return None
                if credit:
                    out.organisations.append(credit)  # type: ignore[arg-type]
                continue
            out.photographers.extend(parsed[0])
            out.organisations.extend(parsed[1])
            continue
        if parsed is None:
            return None
        people, orgs = parsed
        out.organisations.extend(orgs)
        if "a" in codes:
            out.authors.extend(people)
        if "w" in codes:
            arrangers.extend(people)
        if "p" in codes:
            out.photographers.extend(people)
        if "e" in codes:
            out.editors.extend(people)
    if (postfix[-1] or chain) and contents[-1].strip():
        tail = _parse_people(contents[-1])  # after a closing 摄/文 only organisations may follow
        if tail is None or tail[0]:
            return None
        out.organisations.extend(tail[1])
    if arrangers and not out.authors:
        out.authors.extend(arrangers)  # 整理 credits the writer only when nobody else wrote it
        out.arrangers.extend(arrangers)
    if not (out.authors or out.photographers or out.editors or out.organisations or out.source or ":" in s):
        return None  # a bare role word (an "编辑" link) is not a byline; "作者：未知" is
    result = Byline()
    result.merge(out)  # deduplicates
    return (tuple(result.authors), tuple(result.photographers), tuple(result.editors),
            tuple(result.organisations), result.source, tuple(result.arrangers))


def looks_like_outlet(inner: str) -> bool:
    """``证券时报``, ``央视新闻``: text shaped like an outlet's name (an outlet suffix or a known short name)."""
    s = inner.strip()
    if not 2 <= len(s) <= 20 or s.startswith(_OUTLET_BAD_START) or s in PLACEHOLDERS:
        return False
    if not re.fullmatch(rf"[{_CJK}A-Za-z0-9·\s]+", s) or len(re.findall(rf"[{_CJK}]", s)) < 2:
        return False
    m = _OUTLET_SUFFIX_RE.search(s)
    return bool(m and m.start() >= 1) or s in OUTLET_STEMS


def bracket_names(inner: str) -> Byline | None:
    """``（袁源）``, ``（常书香 马丹阳 ）``, ``（姚峰 上海报道）`` closing an article: its authors."""
    s = _PLACE_REPORT_RE.sub("", _normalise(inner))
    tokens = [t for t in _TOKEN_SEP_RE.split(s) if t]
    if not tokens or len(tokens) > 6 or not all(is_plausible_name(t) for t in tokens):
        return None
    return Byline(authors=tokens)


def is_dateline(token: str) -> bool:
    """``本报讯``, ``新华社北京12月8日电``: a dateline token (no spaces) that may open a byline."""
    return bool(_DATELINE_RE.match(token))
