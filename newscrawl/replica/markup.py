"""HTML shapes of the finews text API that the synthetic bodies reproduce.

Eastmoney stock and sector-board spans around company names, the K-line chart block of business news, and
the hidden ``<p>`` some real bodies start with, so that the parsers meet the same markup as in real posts.
"""
from __future__ import annotations

import html
import re

HIDDEN_P = '<p style="display:none;height:1px;overflow:hidden;"><br /></p>'


def esc(text: str) -> str:
    """Text escaped for an HTML element (quotes left as they are)."""
    return html.escape(text, quote=False)


def stock_span(name: str, market: str, code: str) -> str:
    """A company's first mention: linked stock span plus quote placeholder."""
    return (f'<span id="stock_{market}.{code}"><a href="http://quote.eastmoney.com/unify/r/{market}.{code}" '
            f'class="keytip" data-code="{market},{code}">{name}</a></span>'
            f'<span id="quote_{market}.{code}"></span>')


def stock_common(name: str, market: str, code: str) -> str:
    """A company's later mentions."""
    return (f'<span web="1" href="http://quote.eastmoney.com/unify/r/{market}.{code}" '
            f'class="em_stock_key_common" data-code="{market},{code}">{name}</span>')


def bk_span(name: str, bk: str) -> str:
    """A sector board's first mention."""
    return (f'<span id="bk_90.{bk}"><a href="http://quote.eastmoney.com/unify/r/90.{bk}" class="keytip" '
            f'data-code="90,{bk}">{name}</a></span><span id="bkquote_90.{bk}"></span>')


def kline_block(market: str, code: str, token: str) -> str:
    """The K-line chart widget (a hidden paragraph, then the chart image between EM_StockImg comments)."""
    return (f'{HIDDEN_P}<!-- EM_StockImg_Start --><p style="text-align:center;">'
            f'<a href="http://quote.eastmoney.com/unify/r/{market}.{code}" data-code="{code}|{market}|1" '
            f'data-code2="{code}|{market}|2|" class="EmImageRemark" target="_blank">'
            f'<img src="https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid={market}.{code}&imageType=k'
            f'&token={token}&at=1" border="0" alt="K图 {code}_0" data-code="K {code}|{market}|1" '
            f'data-code2="K {code}|{market}|2|" style="border:#d1d1d1 1px solid;" width="578" height="276" />'
            f'</a></p><!-- EM_StockImg_End -->')


def mark_stocks(body: str, companies: list[tuple[str, str, str]], sector: str, bk: str,
                seen: set[str]) -> str:
    """Wrap company names (``(name, market, code)``) and the sector name (board ``bk``) in ``body``.

    ``seen`` holds the words already marked in earlier paragraphs: a company's later mentions get the
    common span, the sector's later mentions stay plain.
    """
    names = {c[0]: c for c in companies}
    pattern = "|".join(re.escape(n) for n in sorted([*names, sector], key=len, reverse=True))

    def sub(m: re.Match) -> str:
        word = m.group(0)
        if word == sector:
            if sector in seen:
                return word
            seen.add(sector)
            return bk_span(word, bk)
        _, market, code = names[word]
        if word in seen:
            return stock_common(word, market, code)
        seen.add(word)
        return stock_span(word, market, code)

    return re.sub(pattern, sub, body)
